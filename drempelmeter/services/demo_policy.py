"""The demo's policy signals: the costs barrier marked supra-local, a letter to the Flemish
government sent and answered, and a draft to the federal government, in the region's words."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..domain.policy import ANSWERED, SENT, SUPRA_LOCAL
from ..store.database import TrajectoryDatabase
from . import barriers, policy_signals

if TYPE_CHECKING:
    from .demo import Timeline

#: The demo's barrier about costs (demo_barriers.BARRIERS, numbered from 1).
COSTS = "demo-barrier-8"
#: Days before the demo is made: the letter sent, and the answer received.
SENT_DAYS, ANSWERED_DAYS = 300, 240

FLEMISH_REQUEST = (
    "Wij vragen de Vlaamse overheid om attesten en uittreksels die nodig zijn voor een "
    "aanvraag bij een lokaal bestuur of een CAW kosteloos te maken voor wie recht heeft op een "
    "verhoogde tegemoetkoming, en om die gegevens waar het kan zelf op te vragen bij de "
    "bevoegde diensten, zodat mensen hun dossier niet hoeven te betalen om het volledig te maken.")
FLEMISH_ANSWER = (
    "Het kabinet Welzijn erkent de drempel en neemt de vraag mee in de evaluatie van het "
    "decreet lokaal sociaal beleid. De automatische gegevensuitwisseling voor attesten wordt in "
    "een proefproject bij vijf lokale besturen getest; de regio mag zich kandidaat stellen.")
FLEMISH_FOLLOW_UP = (
    "De stuurgroep stelt de regio kandidaat voor het proefproject en bespreekt de uitkomst "
    "op de volgende vergadering.")
FEDERAL_REQUEST = (
    "Wij vragen de federale overheid om de derdebetalersregeling bij de huisarts en de "
    "tandarts automatisch toe te passen voor iedereen met een verhoogde tegemoetkoming, zodat "
    "niemand zorg uitstelt omdat het remgeld eerst moet worden voorgeschoten.")


def add_demo_policy(db: TrajectoryDatabase, timeline: Timeline) -> None:
    """Mark the costs barrier supra-local and address it to two levels above the region."""
    costs = barriers.get_barrier(db, COSTS)
    barriers.update_barrier(db, replace(costs, influence=SUPRA_LOCAL))
    flemish = policy_signals.make_policy_signal(
        db, "demo-policy-1", COSTS, "flemish", "Vlaams minister van Welzijn", FLEMISH_REQUEST)
    sent = replace(flemish, status=SENT, sent_on=timeline.ago(SENT_DAYS))
    policy_signals.save_policy_signal(db, sent, timeline.today)
    policy_signals.save_policy_signal(db, replace(
        sent, status=ANSWERED, answered_on=timeline.ago(ANSWERED_DAYS), answer=FLEMISH_ANSWER,
        follow_up=FLEMISH_FOLLOW_UP), timeline.today)
    policy_signals.make_policy_signal(
        db, "demo-policy-2", COSTS, "federal", "RIZIV, dienst voor geneeskundige verzorging",
        FEDERAL_REQUEST)
