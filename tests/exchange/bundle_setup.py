"""The small trajectory the two-partner bundle fixtures were made for: fixed ids, so a bundle
saved by LibreOffice once still belongs to the trajectory a test builds again."""

from __future__ import annotations

from pathlib import Path

from drempelmeter.services import partners, signals
from drempelmeter.services.records import PartnerRecord, SignalRecord, TrajectoryRecord
from drempelmeter.services.trajectory import TrajectoryDatabase, create_trajectory

TRAJECTORY_ID = "fixture-trajectory-bundles"
CAW = ("fixture-partner-caw", "CAW Demervallei")
OCMW = ("fixture-partner-ocmw", "OCMW Bilzen")
#: One signal of each partner: (id, partner id, description).
SIGNALS = (
    ("11111111-1111-4111-8111-111111111111", CAW[0],
     "Wie zijn afspraak mist, krijgt geen herinnering."),
    ("22222222-2222-4222-8222-222222222222", OCMW[0],
     "De brieven over de huurpremie zijn voor velen onleesbaar."),
)


def build(path: Path) -> TrajectoryDatabase:
    db = create_trajectory(path, TrajectoryRecord(name="Bundels", id=TRAJECTORY_ID))
    for partner_id, name in (CAW, OCMW):
        partners.add_partner(db, PartnerRecord(partner_id, name, "core", "caw"))
    signals.add_signals(db, [SignalRecord(signal_id, partner_id, text, "bekendheid")
                             for signal_id, partner_id, text in SIGNALS])
    return db
