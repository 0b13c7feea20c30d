"""The shape of a follow-up form: its sheets, the cells above the table, and its columns (one
definition for the form and its reader)."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.terms import normalise

FORMAT_NAME = "drempelmeter-opvolgingsformulier"
FORM_VERSION = 1
FOLLOW_UP_SHEET = "Opvolging"
INSTRUCTIONS_SHEET = "Instructies"
LISTS_SHEET = "Lijsten"
INFO_SHEET = "Info"
STATUS_LIST = "lijst_stand"
#: The cells above the table: who fills the form in, and on which day (label in column A).
REPORTER_LABEL = "Ingevuld door"
DATE_LABEL = "Datum van dit verslag"
REPORTER_ROW, DATE_ROW = 1, 2
HEADER_ROW = 4
#: The most characters a reported text may hold (a short report; the plan's own texts hold
#: 4,000), and a reporter's name.
TEXT_MAX = 2000
NAME_MAX = 200


@dataclass(frozen=True)
class FormColumn:
    field: str
    header_nl: str
    header_en: str
    help_nl: str
    #: Filled by the reporter; the other columns say which action a row is, and are locked.
    to_fill: bool = False
    width: int = 18
    #: Formatted as text: what is typed stays as typed ("85%" is not turned into 0,85 by the
    #: office suite), and the reader reads the number from it.
    as_text: bool = False

    def matches(self, header: object) -> bool:
        text = normalise(str(header or ""))
        return text in (normalise(self.header_nl), normalise(self.header_en), self.field)


COLUMNS: tuple[FormColumn, ...] = (
    FormColumn("number", "Nummer", "Number", "Het nummer van de actie in het actieplan.",
               width=9),
    FormColumn("title", "Actie", "Action", "De actie zoals ze in het actieplan staat.", width=40),
    FormColumn("goal", "Pijler en doel", "Pillar and goal",
               "Onder welke pijler en welk doel de actie valt.", width=30),
    FormColumn("starts_on", "Start", "Start", "Wanneer de actie start.", width=12),
    FormColumn("due_on", "Deadline", "Deadline", "Wanneer de actie klaar moet zijn.", width=12),
    FormColumn("current", "Stand nu", "Current status",
               "De stand die de coach het laatst noteerde.", width=14),
    FormColumn("status", "Nieuwe stand", "New status",
               "Kies uit de lijst: niet gestart, lopend, uitgevoerd, bijgestuurd of gestopt. "
               "Leeg: de stand blijft zoals hij is.", to_fill=True, width=16),
    FormColumn("done", "Wat is er gedaan?", "What was done?",
               "Wat gebeurde er sinds het vorige verslag? Kort en concreet.", to_fill=True,
               width=40),
    FormColumn("evidence", "Bewijs", "Evidence",
               "Waaruit blijkt het? Een verslag, een aantal, een link naar een document.",
               to_fill=True, width=30),
    FormColumn("next_step", "Volgende stap", "Next step",
               "Wat gebeurt er hierna, en wanneer?", to_fill=True, width=30),
    FormColumn("problems", "Problemen", "Problems",
               "Wat loopt er moeilijk? Verplicht als de actie bijgestuurd of gestopt is: "
               "schrijf dan waarom.", to_fill=True, width=30),
    FormColumn("needs", "Wat hebben jullie nodig?", "What do you need?",
               "Hulp, middelen of een beslissing van de stuurgroep.", to_fill=True, width=30),
    FormColumn("action_id", "Code (niet wijzigen)", "Code (do not change)",
               "Zo herkent Drempelmeter de actie. Niet wijzigen.", width=10),
)
COLUMN_BY_FIELD = {column.field: column for column in COLUMNS}
#: The reported texts, in the order of the columns.
TEXT_FIELDS = ("done", "evidence", "next_step", "problems", "needs")

INDICATORS_SHEET = "Indicatoren"
#: The indicators sheet: one row per indicator of the form's actions (those measured by hand;
#: a B's score comes from the measurement rounds).
INDICATOR_COLUMNS: tuple[FormColumn, ...] = (
    FormColumn("number", "Nummer", "Number", "Het nummer van de actie in het actieplan.",
               width=9),
    FormColumn("title", "Actie", "Action", "De actie waar de indicator bij hoort.", width=34),
    FormColumn("name", "Indicator", "Indicator", "Wat er gemeten wordt.", width=34),
    FormColumn("unit", "Eenheid", "Unit", "Waarin het gemeten wordt.", width=12),
    FormColumn("target", "Streefwaarde", "Target", "De waarde die de actie wil halen, en tegen "
               "wanneer.", width=20),
    FormColumn("last", "Laatste waarde", "Last value", "De laatst gekende waarde, en van "
               "wanneer.", width=20),
    FormColumn("value", "Nieuwe waarde", "New value",
               "Het getal dat je nu meet, bv. 12 of 3,5. Leeg: geen nieuwe meting.",
               to_fill=True, width=14, as_text=True),
    FormColumn("measured_on", "Datum van de meting", "Measured on",
               "Wanneer je het mat, bv. 31-12-2027. Leeg: de datum van dit verslag.",
               to_fill=True, width=14),
    FormColumn("indicator_id", "Code (niet wijzigen)", "Code (do not change)",
               "Zo herkent Drempelmeter de indicator. Niet wijzigen.", width=10),
)
INDICATOR_BY_FIELD = {column.field: column for column in INDICATOR_COLUMNS}
