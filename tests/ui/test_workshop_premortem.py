"""Phase 5's pre-mortem run with the keys on the demo's plan: risks typed on the laptop (a name
is refused), clustered on the beamer, needs per cluster, then written into the action; undo
takes each step back."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from drempelmeter.domain.plan import all_actions
from drempelmeter.services import plan, premortem, workshops
from drempelmeter.services.trajectory import open_trajectory
from drempelmeter.ui import prompts
from drempelmeter.ui.document import TrajectoryDocument
from drempelmeter.ui.workshop.premortem_view import PremortemControl, PremortemView

from .test_workshop_poll import presenter_host

RISKS = ("De trekker vertrekt en niemand neemt over", "Geen budget na het eerste jaar",
         "Partners sturen niemand door", "De ruimte is niet vrij op vaste dagen")


def on_screen(qtbot, document: TrajectoryDocument, host: QWidget,  # type: ignore[no-untyped-def]
              ) -> tuple[PremortemView, PremortemControl]:
    """The pre-mortem of the demo's phase-5 session on `host` (a presenter_host the caller
    keeps), and its control window, both shown."""
    view = PremortemView(document, workshops.list_sessions(document.db, 5)[0].id)
    document.changed.connect(view.on_changed)  # as the controller does
    host.layout().addWidget(view)
    host.show()
    qtbot.waitExposed(host)
    control = view.control()
    assert isinstance(control, PremortemControl)
    qtbot.addWidget(control)
    control.show()
    return view, control


@pytest.fixture
def room(qtbot, demo_file, answers):
    document = TrajectoryDocument(open_trajectory(demo_file, back_up=False))
    document.confirm_personal_data = lambda exc: prompts.confirm_personal_data(None, exc)
    host = presenter_host(qtbot, 1920, 1080)
    yield on_screen(qtbot, document, host)
    document.close()


def action_of(view: PremortemView, action_id: str):  # type: ignore[no-untyped-def]
    return next(a for a in all_actions(plan.read_plan(view.document.db)) if a.id == action_id)


def type_card(qtbot, control, text: str) -> None:  # type: ignore[no-untyped-def]
    control.entry.setFocus()
    qtbot.keyClicks(control.entry, text)
    qtbot.keyClick(control.entry, Qt.Key.Key_Return)


def choose_first_action(view, qtbot, answers) -> str:  # type: ignore[no-untyped-def]
    """The first action of the plan without a pre-mortem in the session yet, chosen with A."""
    label = next(label for action_id, label in view.plan_actions.items()
                 if not premortem.list_notes(view.document.db, view.session_id, action_id))
    answers.choices = [label]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert view.action_label() == label
    return view.action_id


def notes_of(view: PremortemView) -> list:
    return premortem.list_notes(view.document.db, view.session_id, view.action_id)


def card_texts(view: PremortemView) -> list[str]:
    return [view.cards.item(n).text() for n in range(view.cards.count())]


def test_a_whole_premortem_with_the_keys_lands_in_the_action(room, qtbot, answers, demo_file):
    view, control = room
    # The view opens on the pre-mortem the session holds (the demo's).
    assert view.action_label().endswith("Spreekuur op locatie in de wijken")
    assert card_texts(view)[0] == "Niemand in de wijk weet dat het spreekuur bestaat"
    action_id = choose_first_action(view, qtbot, answers)
    assert card_texts(view) == []
    before = action_of(view, action_id)
    assert control.entry.isEnabled() and control.entry.accessibleName() == "Failure risk"
    for text in RISKS:
        type_card(qtbot, control, text)
    assert control.entry.text() == "" and view.stage == "risk"  # letters and digits typed
    # A name is warned about as it is typed, and refused unless the coach keeps it.
    qtbot.keyClicks(control.entry, "Dhr. Vermeulen wil niet meewerken")
    assert control.hint.isVisible()
    qtbot.keyClick(control.entry, Qt.Key.Key_Return)
    assert answers.personal and control.entry.text().startswith("Dhr. Vermeulen")
    control.entry.clear()
    assert card_texts(view) == list(RISKS)
    # From the card typed last back to the first; mark two cards, cluster them under a new name.
    view.setFocus()
    assert view.current == 3
    answers.text = "Mensen en tijd"
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Left, Qt.Key.Key_Left, Qt.Key.Key_Space,
                Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_K):
        qtbot.keyClick(view, key)
    # The card the coach is on, into the cluster that now exists.
    answers.choices = ["Mensen en tijd"]
    assert card_texts(view)[view.current] == RISKS[3]  # unclustered cards are shown first
    qtbot.keyClick(view, Qt.Key.Key_K)
    notes = {n.text: n for n in notes_of(view)}
    assert [notes[t].cluster for t in RISKS] == ["Mensen en tijd", "Mensen en tijd", "",
                                                  "Mensen en tijd"]
    assert card_texts(view)[0] == RISKS[2]  # unclustered first
    # Stage 2: what is needed, per cluster.
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert view.group() == ""
    assert "needed" in view.notice.text() and "risks" not in view.notice.text()
    type_card(qtbot, control, "Partners krijgen een vaste contactpersoon")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.group() == "Mensen en tijd"
    type_card(qtbot, control, "Een vaste vervanger voor de trekker")
    needs = {n.text: n.cluster for n in notes_of(view)
             if n.stage == "need"}
    assert needs == {"Partners krijgen een vaste contactpersoon": "",
                     "Een vaste vervanger voor de trekker": "Mensen en tijd"}
    assert card_texts(view) == ["Een vaste vervanger voor de trekker"]
    # Into the action's questions.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    after = action_of(view, action_id)
    added_risks = [r for r in after.risks if r not in before.risks]
    assert any("Mensen en tijd" in r and RISKS[0] in r and RISKS[3] in r for r in added_risks)
    assert any(RISKS[2] in r for r in added_risks)
    assert "Een vaste vervanger voor de trekker" in " ".join(after.needs)
    assert "Partners krijgen een vaste contactpersoon" in " ".join(after.needs)
    with closing(sqlite3.connect(demo_file)) as connection:
        count, = connection.execute("SELECT count(*) FROM premortem_note WHERE action_id = ?",
                                    (action_id,)).fetchone()
    assert count == len(RISKS) + 2
    # Undo: the action as it was, then the needs and the clusters go.
    stack = view.document.undo_stack
    stack.undo()
    assert action_of(view, action_id).risks == before.risks
    assert action_of(view, action_id).needs == before.needs
    stack.undo()
    stack.undo()
    assert not [n for n in notes_of(view)
                if n.stage == "need"]
    stack.undo()
    notes = {n.text: n for n in notes_of(view)}
    assert notes[RISKS[3]].cluster == ""
    stack.undo()
    notes = {n.text: n for n in notes_of(view)}
    assert all(notes[t].cluster == "" for t in RISKS)


def test_remove_and_take_out_of_a_cluster_then_undo(room, qtbot, answers):
    view, control = room
    choose_first_action(view, qtbot, answers)
    for text in RISKS[:3]:
        type_card(qtbot, control, text)
    view.setFocus()
    answers.text = "Geld"
    qtbot.keyClick(view, Qt.Key.Key_Left)  # from the card typed last
    qtbot.keyClick(view, Qt.Key.Key_K)  # no marks: the card the coach is on
    assert [n.cluster for n in notes_of(view)] == [
        "", "Geld", ""]
    assert card_texts(view) == [RISKS[0], RISKS[2], f"{RISKS[1]}\n[Geld]"]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_U)
    assert all(not n.cluster for n in notes_of(view))
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Left, Qt.Key.Key_Space, Qt.Key.Key_Right,
                Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Delete):
        qtbot.keyClick(view, key)
    assert [n.text for n in notes_of(view)] == [
        RISKS[1]]
    view.document.undo_stack.undo()
    assert [n.text for n in notes_of(view)] == list(
        RISKS[:3])
    assert card_texts(view) == list(RISKS[:3])


def test_the_clusters_as_a_chart_and_every_key_named(room, qtbot, answers):
    view, control = room
    choose_first_action(view, qtbot, answers)
    for text in RISKS:
        type_card(qtbot, control, text)
    view.setFocus()
    assert not view.pane.copy_action.isEnabled()  # the cards show: no chart to copy
    qtbot.keyClick(view, Qt.Key.Key_G)
    assert view.stack.currentWidget() is view.pane and view.pane.copy_action.isEnabled()
    table = view.pane.view.table
    assert table.rowCount() == 1 and table.item(0, 0).text() == "4"
    # Legible on the beamer as the poll is: labels at the beamer's type size, the count bold.
    from matplotlib.text import Text

    figure = view.pane.figure
    texts = [t for t in figure.findobj(Text) if t.get_text() and t.get_visible()]
    type_pt = view.pane.type_px() * 72 / figure._original_dpi
    assert min(t.get_fontsize() for t in texts) == pytest.approx(type_pt)
    assert any(t.get_text() == "4" and t.get_fontweight() == "bold" for t in texts)
    assert figure.get_layout_engine() is not None  # no fixed margins to clip the labels
    qtbot.keyClick(view, Qt.Key.Key_G)
    assert view.stack.currentWidget() is view.cards and not view.pane.copy_action.isEnabled()
    assert all(a.text() and a.shortcuts() for a in view.key_actions())
    # QWidget's own actions() and cursor() are not shadowed by the view's data
    assert set(view.key_actions()) <= set(view.actions()) and view.cursor() is not None
    view.move(view.pos())  # QWidget.move, not the cards'
    assert view.cards.accessibleName() and control.entry.accessibleName()
    current = view.cards.item(view.current)
    assert current.data(Qt.ItemDataRole.AccessibleDescriptionRole) == "current"


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_premortem_runs_in_the_presenter_of_phase_5(window, demo_file, qtbot, answers):
    from drempelmeter.ui.workshop.controller import action_text, keys_text

    from .test_workshop_presenter import press

    assert window.open_path(demo_file)
    assert window.start_workshop(5)
    controller = window.workshop
    presenter = controller.presenter
    qtbot.waitExposed(presenter)
    while presenter.current_view().key != "premortem":
        press(qtbot, presenter.current_view(), Qt.Key.Key_PageDown)
    view = presenter.current_view()
    press(qtbot, view, Qt.Key.Key_F1)  # the legend lists the view's keys
    for action in view.key_actions():
        assert (keys_text(action), action_text(action)) in set(presenter.legend.rows)
    press(qtbot, view, Qt.Key.Key_F1)
    action_id = choose_first_action(view, qtbot, answers)
    control = view.control()
    assert control.window() is controller.control and control.isVisible()
    type_card(qtbot, control, "Niemand trekt de kar na de zomer")
    assert card_texts(view) == ["Niemand trekt de kar na de zomer"]
    press(qtbot, view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Niemand trekt de kar na de zomer" in action_of(view, action_id).risks
    press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Niemand trekt de kar na de zomer" not in action_of(view, action_id).risks
