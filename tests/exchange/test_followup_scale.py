"""The follow-up import reads the plan and the form's earlier reports as columns: importing a
form, and importing it again, loads the trajectory's row once each and no other ORM object, at 3
actions as at 30 (counted, not timed)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from drempelmeter.domain.ids import new_id
from drempelmeter.domain.plan import ActionRecord, GoalRecord, PillarRecord
from drempelmeter.services import followup_forms, plan
from drempelmeter.services.trajectory import TrajectoryRecord, create_trajectory

from ..orm_loads import objects_loaded
from .followup_setup import fill_form, make_form, steps

OWNER = "CAW Demervallei"


def loaded_by_imports(folder: Path, size: int) -> Counter[str]:
    """The objects two imports of a form with `size` filled rows load."""
    folder.mkdir()
    db = create_trajectory(folder / "t.drempel", TrajectoryRecord(name="Schaal"))
    try:
        actions = tuple(ActionRecord(new_id(), f"Actie {n}", owner=OWNER) for n in range(size))
        plan.add_plan(db, [PillarRecord(new_id(), "Pijler", (GoalRecord(new_id(), "Doel", 1,
                                                                         actions),))])
        form = fill_form(make_form(db, folder / "f.xlsx", OWNER), {
            n: {"status": "Lopend", "done": f"Stap {n} gezet."} for n in range(size)})
        with objects_loaded() as loaded:
            first = followup_forms.import_followup(db, form, today=date(2026, 11, 30))
            again = followup_forms.import_followup(db, form, today=date(2026, 11, 30))
        assert (first.added, again.unchanged, steps(db)) == (size, size, size)
        return loaded
    finally:
        db.close()


def test_an_import_loads_no_object_per_row(tmp_path):
    small = loaded_by_imports(tmp_path / "small", 3)
    assert small == loaded_by_imports(tmp_path / "large", 30) == Counter({"Trajectory": 2})
