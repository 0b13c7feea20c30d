"""Who takes part: partner kinds and types, participant roles and groups."""

from __future__ import annotations

from .terms import Term, Vocabulary

PARTNER_KINDS = Vocabulary(
    "partner_kinds",
    (
        Term("core", "Kernpartner", "Core partner"),
        Term("cooperating", "Samenwerkingspartner", "Cooperating partner"),
    ),
)

PARTNER_TYPES = Vocabulary(
    "partner_types",
    (
        Term("local_government", "OCMW / lokaal bestuur", "OCMW / local government"),
        Term("caw", "CAW", "CAW (general welfare centre)"),
        Term("dmw", "DMW van een ziekenfonds", "DMW of a health-insurance fund"),
        Term("huis_van_het_kind", "Huis van het Kind", "Huis van het Kind"),
        Term("kind_en_gezin", "Kind en Gezin / Opgroeien", "Kind en Gezin / Opgroeien"),
        Term("other", "Andere", "Other"),
    ),
)

PARTICIPANT_ROLES = Vocabulary(
    "participant_roles",
    (
        Term("policy_worker", "Beleidsmedewerker", "Policy worker"),
        Term("front_line_worker", "Basiswerker", "Front-line worker"),
        Term("lived_experience", "Ervaringsdeskundige", "Lived-experience expert"),
        Term("bridge_figure", "Brugfiguur", "Bridge figure"),
        Term("other", "Andere", "Other"),
    ),
)

GROUPS = Vocabulary(
    "groups",
    (
        Term("steering", "Stuurgroep", "Steering group"),
        Term("working", "Werkgroep", "Working group"),
        Term("sounding_board", "Klankgroep", "Sounding board"),
    ),
)

#: Who can take a decision in the decision log: the trajectory's groups, and the coach.
DECISION_MAKERS = Vocabulary(
    "decision_makers",
    (*GROUPS.terms, Term("coach", "Procescoach", "Process coach")),
)
