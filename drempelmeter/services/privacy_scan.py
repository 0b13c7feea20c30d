"""Every free-text field of a trajectory, and the personal data the guard finds in it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..domain.privacy import redact, screen_many
from ..store import queries
from ..store.database import TrajectoryDatabase
from ..store.models import (
    ActionStatus,
    ActionYearNote,
    Barrier,
    Capture,
    ChapterNote,
    ChecklistItem,
    Decision,
    FollowUpReport,
    Indicator,
    IndicatorValue,
    KeyFinding,
    MeasurementRound,
    Participant,
    Partner,
    PlanAction,
    PlanGoal,
    PlanPillar,
    PolicySignal,
    PremortemNote,
    PriorityEntry,
    PriorityRound,
    QuestionnaireTheme,
    QuestionnaireThemeItem,
    Signal,
    SoundingBoardEvaluation,
    Trajectory,
    VocabularyTerm,
    WorkshopSession,
)
from .policy_signals import TEXT_FIELDS
from .prioritisation import OBJECTION, ROUND_NOTE, entry_id

#: Each kind of record with its free-text fields (a field may hold a list of points).
FIELDS = (
    ("trajectory", Trajectory, ("name", "region", "coach")),
    ("partner", Partner, ("name",)),
    ("participant", Participant, ("name",)),
    ("checklist_item", ChecklistItem, ("text", "note")),
    ("session", WorkshopSession, ("title", "location", "notes", "prompts", "summary")),
    ("capture", Capture, ("text",)),
    ("decision", Decision, ("text",)),
    ("signal", Signal, ("description",)),
    ("measurement_round", MeasurementRound, ("name",)),
    ("barrier", Barrier, ("title", "description")),
    ("priority_round", PriorityRound, ("participants", "rationale")),
    ("pillar", PlanPillar, ("title",)),
    ("goal", PlanGoal, ("title",)),
    ("action", PlanAction, ("title", "concrete", "risks", "needs", "owner", "partners", "means",
                            "indicator", "validation", "reported_back")),
    ("action_status", ActionStatus, ("note",)),
    ("follow_up_report", FollowUpReport, ("reporter", "done", "evidence", "next_step", "problems",
                                          "needs")),
    ("premortem_note", PremortemNote, ("text", "cluster")),
    ("chapter_note", ChapterNote, ("text",)),
    ("key_finding", KeyFinding, ("text",)),
    ("action_year_note", ActionYearNote, ("text",)),
    ("policy_signal", PolicySignal, TEXT_FIELDS),
    ("vocabulary_term", VocabularyTerm, ("nl", "en")),
    ("questionnaire_theme", QuestionnaireTheme, ("name", "explanation")),
    ("questionnaire_theme_item", QuestionnaireThemeItem,
     ("text", "staff_text", "management_text", "client_text")),
    ("indicator", Indicator, ("name", "unit")),
    ("indicator_value", IndicatorValue, ("reporter", "note")),
    ("evaluation", SoundingBoardEvaluation, ("reason",)),
)
AGENDA = "agenda"
EXCERPT = 30


@dataclass(frozen=True)
class FieldText:
    """One stored text: which record and field, the point of a list (from 1), and what it says."""

    record: str
    record_id: str
    field: str
    point: int | None
    text: str
    #: A signal imported with personal data that waits for the coach's review.
    to_review: bool = False


@dataclass(frozen=True)
class FileFinding:
    """Personal data found in a stored text, described without repeating it."""

    record: str
    record_id: str
    field: str
    point: int | None
    kind: str
    start: int
    end: int
    #: The text around it with every finding replaced by its neutral words.
    excerpt: str
    kept: bool
    to_review: bool

    def as_dict(self) -> dict[str, object]:
        return {"record": self.record, "id": self.record_id, "field": self.field,
                "point": self.point, "kind": self.kind, "start": self.start, "end": self.end,
                "excerpt": self.excerpt, "kept": self.kept, "to_review": self.to_review}


def field_texts(session) -> Iterator[FieldText]:
    """Every free text in the file, record by record."""
    for record, model, fields in FIELDS:
        for row in queries.every(session, model):
            review = bool(getattr(row, "to_review", False))
            for field in fields:
                value = getattr(row, field)
                if isinstance(value, str):
                    yield FieldText(record, row.id, field, None, value, review)
                else:
                    for n, point in enumerate(value or (), start=1):
                        yield FieldText(record, row.id, field, n, point, review)
            if model is WorkshopSession:
                for n, item in enumerate(row.agenda, start=1):
                    yield FieldText(record, row.id, AGENDA, n, item.text)
            if model is PriorityRound and isinstance((row.settings or {}).get(ROUND_NOTE), str):
                yield FieldText(record, row.id, ROUND_NOTE, None, row.settings[ROUND_NOTE])
    for entry in queries.every(session, PriorityEntry):
        if isinstance((entry.inputs or {}).get(OBJECTION), str):
            yield FieldText("priority_entry", entry_id(entry.round_id, entry.barrier_id),
                            OBJECTION, None, entry.inputs[OBJECTION])


def kept_texts(session) -> dict[tuple[str, str, str], set[str]]:
    """What the user confirmed is not personal data, per record and field."""
    kept = {(k.record, k.record_id, k.field): set(k.texts)
            for k in queries.personal_data_keeps(session)}
    for signal_id, texts in queries.signal_keeps(session):
        kept[("signal", signal_id, "description")] = set(texts)
    return kept


def scan_session(session) -> list[FileFinding]:
    kept = kept_texts(session)
    found = []
    places = list(field_texts(session))
    for place, findings in zip(places, screen_many([p.text for p in places]), strict=True):
        confirmed = kept.get((place.record, place.record_id, place.field), set())
        for f in findings:
            found.append(FileFinding(
                place.record, place.record_id, place.field, place.point, f.kind, f.start,
                f.end, _excerpt(place.text, findings, f.start, f.end), f.text in confirmed,
                place.to_review))
    return found


def scan(db: TrajectoryDatabase) -> list[FileFinding]:
    """Every finding in every free-text field, kept ones included (marked as kept)."""
    with db.session() as session:
        return scan_session(session)


def _excerpt(text: str, findings, start: int, end: int) -> str:
    """A short stretch around one finding, with every finding in it replaced."""
    left = max(0, start - EXCERPT)
    right = min(len(text), end + EXCERPT)
    inside = [f for f in findings if f.start >= left and f.end <= right]
    cut = [f for f in findings if f not in inside and f.end > left and f.start < right]
    left = min([left, *(f.start for f in cut)])
    right = max([right, *(f.end for f in cut)])
    shown = redact(text[left:right], [type(f)(f.kind, f.start - left, f.end - left, f.text)
                                      for f in findings if f.start >= left and f.end <= right])
    return ("…" if left > 0 else "") + shown + ("…" if right < len(text) else "")
