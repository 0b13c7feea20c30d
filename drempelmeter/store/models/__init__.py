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
from .cycle import BaselineScore, CarriedItem, CycleLink
from .followup import FollowUpReport
from .indicators import Indicator, IndicatorValue, SoundingBoardEvaluation
from .plan_history import PlannedVersion
from .policy import PolicySignal
from .questionnaire_theme import QuestionnaireTheme, QuestionnaireThemeItem
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
    "BaselineScore",
    "Capture",
    "CarriedItem",
    "ChapterNote",
    "ChecklistItem",
    "CycleLink",
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
    "PlannedVersion",
    "PolicySignal",
    "PollCount",
    "PremortemNote",
    "PriorityEntry",
    "PriorityRound",
    "QuestionnaireTheme",
    "QuestionnaireThemeItem",
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
