"""Every item model passes Qt's model tester with real data from the demo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from drempelmeter.services import decisions, partners, phases, trajectory, workshops
from drempelmeter.ui.phase_models import ChecklistModel, PhaseNavigatorModel
from drempelmeter.ui.tables import DecisionsModel, ParticipantsModel, PartnersModel, SessionsModel


@pytest.fixture
def demo_db(demo_file):
    db = trajectory.open_trajectory(demo_file)
    yield db
    db.close()


def test_phase_navigator(qtmodeltester, demo_db):
    model = PhaseNavigatorModel()
    model.set_statuses(phases.list_phases(demo_db))
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    assert model.index(4).data(PhaseNavigatorModel.StateRole) == "done"
    assert model.index(5).data(PhaseNavigatorModel.StateRole) == "in_progress"
    assert model.index(5).data().startswith("6. Delivery, follow-up and re-measurement\nIn progress")


def test_checklist_asks_for_an_edit_instead_of_changing_itself(qtmodeltester, demo_db):
    asked = []
    model = ChecklistModel(lambda entry, done: asked.append((entry.id, done)))
    model.set_entries(phases.checklist(demo_db, 6))
    qtmodeltester.check(model)
    index = model.index(4)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert asked == [(model.entry(4).id, True)]
    assert not model.entry(4).done  # unchanged until the edit has been made
    model.editable = False
    assert not model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


@pytest.mark.parametrize(("model_class", "load"), [
    (PartnersModel, partners.list_partners),
    (ParticipantsModel, partners.list_participants),
    (SessionsModel, workshops.list_sessions),
    (DecisionsModel, decisions.list_decisions),
], ids=["partners", "participants", "sessions", "decisions"])
def test_record_tables(qtmodeltester, demo_db, model_class, load):
    model = model_class()
    records = load(demo_db)
    model.set_records(records)
    qtmodeltester.check(model)
    assert model.rowCount() == len(records) > 0
    assert model.columnCount() == len(model_class.HEADERS)
    assert model.index(0, 0).data(model.IdRole) == records[0].id
    assert model.row_of(records[-1].id) == len(records) - 1


def test_sessions_sort_by_date_not_by_text(demo_db):
    model = SessionsModel()
    model.set_records(workshops.list_sessions(demo_db))
    keys = [model.index(r, SessionsModel.DATE).data(SessionsModel.SortRole)
            for r in range(model.rowCount())]
    first = min(s.held_on for s in workshops.list_sessions(demo_db))
    assert keys == sorted(keys) and keys[0] == first.isoformat()


def test_signals_model_and_its_filter(qtmodeltester, demo_db):
    from drempelmeter.services import signal_lines
    from drempelmeter.ui.signal_table import SignalFilterProxy, SignalsModel

    model = SignalsModel()
    model.set_records(signal_lines.list_signal_lines(demo_db))
    qtmodeltester.check(model)
    proxy = SignalFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_filters(equal={"primary_b": "bekendheid"}, target_group=None, min_severity=3,
                      text="")
    assert proxy.rowCount() > 0
    assert all(r.primary_b == "bekendheid" and r.severity >= 3 for r in proxy.records())
    proxy.set_filters(equal={}, target_group="homeless", min_severity=None, text="WACHTLIJST")
    assert [r.description[:20] for r in proxy.records()] == ["De wachtlijst voor b"]


def test_answers_grid_keeps_the_model_contract_through_every_change(qtmodeltester, demo_db):
    """Qt's tester watches the model while it is refilled: same forms with new answers, the
    entry row appearing and going when the round closes, and emptied."""
    from dataclasses import replace

    from drempelmeter.services import measurement
    from drempelmeter.ui.entry_grid import AnswersModel

    round_ = measurement.list_rounds(demo_db)[0]
    forms = measurement.list_respondents(demo_db, round_.id)[:4]
    items = [(item_id, f"vraag {item_id}") for item_id, _b in round_.items]
    model = AnswersModel()
    qtmodeltester.check(model)
    model.set_data(items, forms, editable=True)
    assert model.rowCount() == len(forms) + 1 and model.columnCount() == len(items)
    changed = [replace(forms[0], answers=((items[0][0], 5, None),)), *forms[1:]]
    model.set_data(items, changed, editable=True)
    assert model.index(0, 0).data() == "5"
    model.set_data(items, changed, editable=False)  # the round closed: no entry row
    assert model.rowCount() == len(forms)
    model.set_data(items, [], editable=False)
    model.set_data([], [], editable=False)  # nothing to show, twice: no signal on no cells
    model.set_data([], [], editable=False)
    assert model.rowCount() == model.columnCount() == 0


def test_the_barrier_list_is_a_model_that_keeps_the_contract(qtmodeltester, demo_db):
    from drempelmeter.services import barriers, prioritisation
    from drempelmeter.ui.barrier_list_model import BarrierLine, BarrierListModel

    records = {r.id: r for r in barriers.list_barriers(demo_db)}
    reading = prioritisation.read_priorities(demo_db)
    model = BarrierListModel()
    qtmodeltester.check(model)
    model.set_records([BarrierLine(records[p.barrier_id], p, "CAW",
                                   len(records[p.barrier_id].signal_ids)) for p in reading.order])
    assert model.rowCount() == len(records) and model.columnCount() == 9
    assert [model.index(r, 0).data() for r in range(3)] == [
        str(p.place) for p in reading.order[:3]]
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == records[
        reading.order[0].barrier_id].title
    keys = [model.index(r, model.SCORE).data(model.SortRole) for r in range(model.rowCount())]
    assert all(isinstance(k, float | int) for k in keys)
