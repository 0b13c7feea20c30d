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
        Term("poverty_association", "Armoedevereniging / doelgroeporganisatie",
             "Poverty association / target-group organisation"),
        Term("facilitating", "Faciliterende partner", "Facilitating partner"),
        Term("clb", "CLB", "CLB (pupil guidance centre)"),
        Term("ldc", "LDC (lokaal dienstencentrum)", "LDC (local service centre)"),
        Term("community_development", "Samenlevingsopbouw", "Community development"),
        Term("primary_care_zone", "Eerstelijnszone / zorgraad", "Primary-care zone / care council"),
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
        Term("process_coach", "Procescoach", "Process coach"),
        Term("manager", "Leidinggevende", "Manager"),
        Term("external_facilitator", "Externe begeleider", "External facilitator"),
        Term("signal_coordinator", "Signaalcoördinator", "Signal coordinator"),
        Term("other", "Andere", "Other"),
    ),
)

GROUPS = Vocabulary(
    "groups",
    (
        Term("steering", "Stuurgroep", "Steering group"),
        Term("core_group", "Kerngroep", "Core group"),
        Term("working", "Werkgroep", "Working group"),
        Term("working_social_map", "Werkgroep sociale kaart", "Working group social map"),
        Term("working_clarification", "Werkgroep vraagverheldering",
             "Working group clarifying the question"),
        Term("working_warm_referral", "Werkgroep warme doorverwijzing",
             "Working group warm referral"),
        Term("working_neighbourhood", "Werkgroep buurtgericht werken",
             "Working group neighbourhood work"),
        Term("expert_group", "Expertengroep", "Expert group"),
        Term("sounding_board", "Klankgroep", "Sounding board"),
    ),
)

#: The working groups, the general one and the themed ones: their members prioritise.
WORKING_GROUPS = frozenset(("working", "working_social_map", "working_clarification",
                            "working_warm_referral", "working_neighbourhood"))

#: Who can take a decision in the decision log: the trajectory's groups, and the coach.
DECISION_MAKERS = Vocabulary(
    "decision_makers",
    (*GROUPS.terms, Term("coach", "Procescoach", "Process coach")),
)
