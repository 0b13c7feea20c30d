"""SQLAlchemy 2.x models of one trajectory, one module per part. No client person appears
anywhere in this model."""

from .base import NAME_LENGTH, TEXT_LENGTH, AppMeta, Base, UTCDateTime, id_column, utc_now
from .core import (
    ActionStatus,
    AgendaItem,
    Attendance,
    Barrier,
    Capture,
    ChecklistItem,
    Decision,
    MeasurementRound,
    Participant,
    Partner,
    PersonalDataKeep,
    PhaseRecord,
    PlanAction,
    PlanGoal,
    PlanPillar,
    PollCount,
    PremortemNote,
    PriorityEntry,
    PriorityRound,
    Respondent,
    ResponseAnswer,
    Signal,
    Trajectory,
    WorkshopSession,
)
from .followup import FollowUpReport
from .indicators import Indicator, IndicatorValue, SoundingBoardEvaluation
from .policy import PolicySignal
from .steering import ActionYearNote, ChapterNote, KeyFinding
from .vocabulary import VocabularyTerm


__all__ = [
    "NAME_LENGTH",
    "TEXT_LENGTH",
    "ActionStatus",
    "ActionYearNote",
    "AgendaItem",
    "AppMeta",
    "Attendance",
    "Barrier",
    "Base",
    "Capture",
    "ChapterNote",
    "ChecklistItem",
    "Decision",
    "FollowUpReport",
    "Indicator",
    "IndicatorValue",
    "KeyFinding",
    "MeasurementRound",
    "Participant",
    "Partner",
    "PersonalDataKeep",
    "PhaseRecord",
    "PlanAction",
    "PlanGoal",
    "PlanPillar",
    "PolicySignal",
    "PollCount",
    "PremortemNote",
    "PriorityEntry",
    "PriorityRound",
    "Respondent",
    "ResponseAnswer",
    "Signal",
    "SoundingBoardEvaluation",
    "Trajectory",
    "UTCDateTime",
    "VocabularyTerm",
    "WorkshopSession",
    "id_column",
    "utc_now",
]
