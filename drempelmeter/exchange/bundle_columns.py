"""The columns of a signal bundle workbook: one definition for the template and the importer."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..domain.taxonomy import (
    ALL_BS,
    CHANNELS,
    FREQUENCY,
    GBO_FUNCTIONS,
    GBO_PRINCIPLES,
    INFLUENCE,
    JOURNEY_MOMENTS,
    LEVELS,
    LIFE_DOMAIN_TAGS,
    LIFE_DOMAINS,
    NON_TAKE_UP_TYPES,
    OBSERVATION_SOURCES,
    SEVERITY,
    SIGNAL_STATUSES,
    TARGET_GROUPS,
)
from ..domain.terms import Vocabulary, normalise
from ..domain.vocabularies import Vocabularies

FORMAT_NAME = "drempelmeter-signalenbundel"
TEMPLATE_VERSION = 1
SIGNALS_SHEET = "Signalen"
SIGNALS_SHEET_NAMES = ("Signalen", "Signals")
INSTRUCTIONS_SHEET = "Instructies"
LISTS_SHEET = "Lijsten"
INFO_SHEET = "Info"
MULTI_SEPARATORS = (";", ",", "\n")


@dataclass(frozen=True)
class BundleColumn:
    field: str
    header_nl: str
    header_en: str
    help_nl: str
    vocabulary: Vocabulary | None = None
    multi: bool = False
    required: bool = False
    width: int = 18

    @property
    def list_name(self) -> str:
        """The defined name of this column's drop-down list."""
        return f"lijst_{self.field}"

    def matches(self, header: object) -> bool:
        """Whether a heading names this column: its Dutch or English heading or its field, case,
        accents, spacing and a word processor's typographic apostrophe ("Thema’s") aside."""
        text = normalise(str(header or "")).replace("’", "'")
        return text in (normalise(self.header_nl), normalise(self.header_en), self.field)


COLUMNS: tuple[BundleColumn, ...] = (
    BundleColumn("id", "Nummer (niet wijzigen)", "Number (do not change)",
                 "Laat leeg voor een nieuw signaal. Vult Drempelmeter zelf in.", width=14),
    BundleColumn("description", "Omschrijving", "Description",
                 "Wat loopt er mis, voor wie, en hoe vaak? Geen namen, adressen of nummers.",
                 required=True, width=60),
    BundleColumn("primary_b", "B", "B", "De toegankelijkheid die het meest in het gedrang komt.",
                 ALL_BS, required=True),
    BundleColumn("secondary_b", "Tweede B", "Second B", "Eventueel een tweede B.", ALL_BS),
    BundleColumn("level", "Niveau", "Level", "Waar ligt de oorzaak?", LEVELS, width=24),
    BundleColumn("non_take_up", "Soort non-take-up", "Non-take-up type",
                 "Waarom komt het recht niet terecht?", NON_TAKE_UP_TYPES),
    BundleColumn("journey_moment", "Moment", "Journey moment",
                 "Vóór, aan of na de deur.", JOURNEY_MOMENTS),
    BundleColumn("channel", "Kanaal", "Channel", "Langs welke weg?", CHANNELS),
    BundleColumn("gbo_function", "GBO-functie", "GBO function",
                 "Welke functie van het GBO loopt vast?", GBO_FUNCTIONS, width=24),
    BundleColumn("gbo_principle", "Werkingsprincipe", "Working principle",
                 "Welk werkingsprincipe staat onder druk?", GBO_PRINCIPLES),
    BundleColumn("life_domains", "Levensdomeinen", "Life domains",
                 "Eén of meer, gescheiden door een puntkomma.", LIFE_DOMAINS, multi=True, width=24),
    BundleColumn("tags", "Thema's", "Tags", "Mobiliteit en/of digitale inclusie.",
                 LIFE_DOMAIN_TAGS, multi=True),
    BundleColumn("target_groups", "Doelgroepen", "Target groups",
                 "Eén of meer categorieën, gescheiden door een puntkomma. Nooit een persoon.",
                 TARGET_GROUPS, multi=True, width=28),
    BundleColumn("source", "Bron", "Source", "Wie merkte het op?", OBSERVATION_SOURCES),
    BundleColumn("severity", "Ernst", "Severity", "Van 0 (geen probleem) tot 4 (blokkeert).",
                 SEVERITY, width=22),
    BundleColumn("frequency", "Hoe vaak", "Frequency", "Hoe vaak komt het voor?", FREQUENCY),
    BundleColumn("influence", "Invloed", "Influence", "Wie kan het oplossen?", INFLUENCE,
                 width=24),
    BundleColumn("status", "Stand", "Status", "Laat leeg voor een nieuw signaal.",
                 SIGNAL_STATUSES),
)

COLUMN_BY_FIELD = {column.field: column for column in COLUMNS}


def columns_for(lists: Vocabularies) -> tuple[BundleColumn, ...]:
    """The columns with the trajectory's own lists (its target groups, principles, tags)."""
    return tuple(column if column.vocabulary is None
                 else replace(column, vocabulary=lists.own(column.vocabulary))
                 for column in COLUMNS)


def column_letter(index: int) -> str:
    """A, B, ... Z, AA for a 0-based column index."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
