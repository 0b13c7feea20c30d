"""A whole-record save never overwrites a change made elsewhere since the record was read."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace

import pytest

from drempelmeter.services import barriers, partners, plan, signals, trajectory
from drempelmeter.services.errors import ChangedElsewhere


def change_elsewhere(path, sql: str, *args) -> None:  # type: ignore[no-untyped-def]
    """Another editor's committed change, through a connection of its own."""
    with closing(sqlite3.connect(path)) as other:
        other.execute(sql, args)
        other.commit()


def test_a_partner_changed_elsewhere_is_not_overwritten(demo_file):
    db = trajectory.open_trajectory(demo_file)
    try:
        seen = partners.list_partners(db)[0]
        change_elsewhere(db.path, "UPDATE partner SET name = 'Hernoemd elders' WHERE id = ?",
                         seen.id)
        with pytest.raises(ChangedElsewhere, match="partner was changed elsewhere"):
            partners.update_partner(db, replace(seen, name="Mijn naam"), expected=seen)
        assert partners.list_partners(db)[0].name == "Hernoemd elders"
    finally:
        db.close()


@pytest.mark.parametrize("kind", ["signal", "barrier", "action", "trajectory"])
def test_every_whole_record_save_checks_what_it_saw(demo_file, kind):
    db = trajectory.open_trajectory(demo_file)
    try:
        if kind == "signal":
            seen = signals.list_signals(db)[0]
            table, column, new = "signal", "description", replace(seen, description="Nieuw.")
            save = signals.update_signal
        elif kind == "barrier":
            seen = barriers.list_barriers(db)[0]
            table, column, new = "barrier", "title", replace(seen, title="Nieuwe titel")
            save = barriers.update_barrier
        elif kind == "action":
            seen = plan.read_plan(db)[0].goals[0].actions[0]
            table, column, new = "plan_action", "title", replace(seen, title="Nieuwe actie")
            save = plan.update_action
        else:
            seen = trajectory.get_trajectory(db)
            table, column, new = "trajectory", "region", replace(seen, region="Nieuwe regio")
            save = trajectory.update_trajectory
        save(db, new, expected=seen)  # as it was read: written
        change_elsewhere(db.path, f"UPDATE {table} SET {column} = 'Elders' WHERE id = ?",
                         new.id)
        with pytest.raises(ChangedElsewhere):
            save(db, replace(new, **{column: "Nog eens"}), expected=new)
        with closing(sqlite3.connect(db.path)) as check:
            assert check.execute(f"SELECT {column} FROM {table} WHERE id = ?",
                                 (new.id,)).fetchone() == ("Elders",)
    finally:
        db.close()


def test_undo_and_redo_of_an_edit_with_cleaned_text_are_not_taken_for_a_change(new_db):
    """The saved text is cleaned (trimmed, control characters out); undo expects what was
    saved, not what was typed."""
    from drempelmeter.services.records import PartnerRecord

    first = partners.add_partner(new_db, PartnerRecord("p", "CAW", "core", "caw"))
    typed = replace(first, name="  CAW Limburg\x0b ")
    partners.update_partner(new_db, typed, expected=first)
    partners.update_partner(new_db, first, expected=typed)
    partners.update_partner(new_db, typed, expected=first)
    assert partners.list_partners(new_db)[0].name == "CAW Limburg"


def test_text_saved_by_an_older_version_is_not_taken_for_a_change(demo_file):
    """A file from before text was cleaned holds decomposed accents, trailing spaces and
    control characters; editing such a record is no conflict."""
    import unicodedata

    with closing(sqlite3.connect(demo_file)) as old:
        old.execute("UPDATE partner SET name = ? WHERE position = 1",
                    (unicodedata.normalize("NFD", "Café De Brug "),))
        old.execute("UPDATE signal SET description = description || '\x0b'")
        old.execute("UPDATE trajectory SET coach = coach || '  '")
        old.commit()
    db = trajectory.open_trajectory(demo_file)
    try:
        seen = partners.list_partners(db)[0]
        partners.update_partner(db, replace(seen, name="Café De Brug"), expected=seen)
        signal = signals.list_signals(db)[0]
        signals.update_signal(db, replace(signal, description="Nieuw."), expected=signal)
        details = trajectory.get_trajectory(db)
        trajectory.update_trajectory(db, replace(details, coach="An"), expected=details)
        assert partners.list_partners(db)[0].name == "Café De Brug"
    finally:
        db.close()
