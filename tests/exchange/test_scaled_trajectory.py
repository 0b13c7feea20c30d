"""The province-size trajectory of packaging/bench/make_scaled.py is one a coach could have
made: a partner's template exported from it comes back in (its signals' numbers are the app's
own), and its barriers differ in title, description and scores; the same seed makes the same."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from drempelmeter.services import barriers, bundles, partners
from drempelmeter.services.records import PartnerRecord
from drempelmeter.services.trajectory import create_trajectory

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging" / "bench"))

import make_scaled


def test_a_template_from_it_comes_back_and_its_barriers_differ(tmp_path):
    rng = random.Random(14)
    db = create_trajectory(tmp_path / "schaal.drempel", make_scaled.TRAJECTORY)
    try:
        partner = partners.add_partner(db, PartnerRecord(
            make_scaled.seeded_ids(rng, 1)[0], "CAW Demervallei", "core", "caw")).id
        records, barrier_list = make_scaled.signals_and_barriers(rng, [partner], 300, 30)
        make_scaled.add_signals(db, records)
        make_scaled.add_barriers(db, barrier_list)
        template = tmp_path / "caw.xlsx"
        bundles.export_template(db, "CAW Demervallei", template)
        back = bundles.import_bundle(db, template, dry_run=True)
        assert (back.problems, back.unchanged) == ((), 300)
        made = barriers.list_barriers(db)
        assert len(made) == 30 and len({b.title for b in made}) >= 25
        assert len({b.description for b in made}) >= 20
        assert len({(b.severity, b.frequency, b.influence) for b in made}) >= 10
    finally:
        db.close()
    again = make_scaled.signals_and_barriers(random.Random(14), ["p"], 50, 5)
    assert again == make_scaled.signals_and_barriers(random.Random(14), ["p"], 50, 5)
