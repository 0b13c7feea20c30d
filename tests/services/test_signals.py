"""Signals on a real file: validation, the privacy guard at the boundary, undo pairs, status."""

from __future__ import annotations

from dataclasses import replace

import pytest

from drempelmeter.services import partners, personal_data, signals
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.records import PartnerRecord, SignalRecord
from drempelmeter.store import queries


@pytest.fixture
def db(new_db):
    partners.add_partner(new_db, PartnerRecord("caw", "CAW Midden", "core", "caw"))
    return new_db


def signal(**fields) -> SignalRecord:  # type: ignore[no-untyped-def]
    values = {"id": "s1", "partner_id": "caw", "primary_b": "bekendheid",
              "description": "Mensen kennen het onthaal niet."}
    values.update(fields)
    return SignalRecord(**values)


def test_add_and_read_back_every_field(db):
    record = signal(
        secondary_b="begrijpbaarheid", level="organisation", non_take_up="not_known",
        journey_moment="before_door", channel="online", gbo_function="inform",
        gbo_principle="proactive", life_domains=("income", "housing"), tags=("mobility",),
        target_groups=("poverty",), source="front_line_worker", severity=3, frequency="weekly",
        influence="partnership", status="bundled",
    )
    signals.add_signal(db, record)
    [saved] = signals.list_signals(db)
    assert replace(saved, created_at=None) == replace(
        record, life_domains=("income", "housing"))
    assert saved.created_at is not None


@pytest.mark.parametrize(("fields", "field"), [
    ({"description": "   "}, "description"),
    ({"primary_b": "betreedbaarheid"}, "primary_b"),  # optional B not switched on
    ({"primary_b": "schoonheid"}, "primary_b"),
    ({"secondary_b": "bekendheid"}, "secondary_b"),  # the same as the primary one
    ({"level": "galactic"}, "level"),
    ({"target_groups": ("poverty", "martians")}, "target_groups"),
    ({"severity": 5}, "severity"),
    ({"status": "forgotten"}, "status"),
])
def test_wrong_values_are_refused_and_nothing_is_written(db, fields, field):
    with pytest.raises(InvalidInput) as caught:
        signals.add_signal(db, signal(**fields))
    assert caught.value.field == field
    assert signals.list_signals(db) == []


def test_personal_data_is_refused_until_confirmed_and_the_confirmation_is_recorded(db):
    text = "Mevrouw uit de Kerkstraat 12 kreeg geen antwoord."
    with pytest.raises(InvalidInput) as caught:
        signals.add_signal(db, signal(description=text))
    assert caught.value.problem == InvalidInput.PERSONAL_DATA
    assert caught.value.value == "[adres]"
    assert [f.text for f in caught.value.findings] == ["Kerkstraat 12"]
    signals.add_signal(db, signal(description=text, kept_findings=("Kerkstraat 12",)))
    with personal_data.confirmed(["Kerkstraat 12"]):  # the window's confirmation
        signals.add_signal(db, signal(id="s2", description=text + " Opnieuw."))
    with db.session() as session:
        rows = queries.signals(session)
        assert [r.kept_findings for r in rows] == [["Kerkstraat 12"]] * 2
        assert all(r.kept_confirmed_at is not None and not r.to_review for r in rows)


def test_search_text_and_fingerprint_are_derived(db):
    signals.add_signal(db, signal(description="Één loket is TE ver."))
    with db.session() as session:
        [row] = queries.signals(session)
        assert row.search_text == "een loket is te ver."
        assert row.fingerprint == signals.fingerprint("caw", "  een LOKET is te ver. ")


def test_remove_and_restore_keep_ids_and_order(db):
    signals.add_signals(db, [signal(id=f"s{i}", description=f"Signaal {i}") for i in range(3)])
    before = signals.list_signals(db)
    removed = signals.remove_signals(db, ["s0", "s2"])
    assert [s.id for s in signals.list_signals(db)] == ["s1"]
    signals.add_signals(db, removed)
    assert signals.list_signals(db) == before


def test_status_of_a_selection_changes_and_comes_back(db):
    signals.add_signals(db, [signal(id="a"), signal(id="b", status="bundled")])
    old = signals.set_status(db, {"a": "analysed", "b": "analysed"})
    assert old == {"a": "noticed", "b": "bundled"}
    assert {s.status for s in signals.list_signals(db)} == {"analysed"}
    signals.set_status(db, old)
    assert [s.status for s in signals.list_signals(db)] == ["noticed", "bundled"]


def test_a_partner_with_signals_cannot_be_removed(db):
    signals.add_signal(db, signal())
    with pytest.raises(InvalidInput) as caught:
        partners.remove_partner(db, "caw")
    assert caught.value.problem == InvalidInput.IN_USE
    assert [p.id for p in partners.list_partners(db)] == ["caw"]


def test_the_demo_has_sixty_signals_over_all_partners_and_bs(demo_file):
    from drempelmeter.domain.taxonomy import CORE_BS
    from drempelmeter.services.trajectory import open_trajectory

    db = open_trajectory(demo_file)
    try:
        found = signals.list_signals(db)
        assert len(found) >= 60
        assert {s.partner_id for s in found} == {p.id for p in partners.list_partners(db)}
        assert {t.key for t in CORE_BS} <= {s.primary_b for s in found}
        assert len({s.status for s in found}) >= 3
        assert all(not signals.unresolved_findings(s) for s in found)
    finally:
        db.close()
