"""The klankgroep evaluations late or to plan, in the window: counted on the plan's follow-up
beside the overdue actions, named in the follow-up list, and listed per owner in the dialog."""

from __future__ import annotations

from datetime import date

from drempelmeter.ui.due_view import DueDialog
from drempelmeter.ui.workspace import PLAN

from ..services.test_evaluation_due import small_plan


def test_the_follow_up_counts_and_names_them_and_the_dialog_lists_them(window, new_db):
    small_plan(new_db, date.today())
    path = new_db.path
    new_db.close()
    window.open_path(path)
    window.workspace.show_section(PLAN)
    page = window.workspace.plan_page
    page.tabs.setCurrentIndex(2)
    assert page.due.label.text() == ("0 overdue · 0 due within 30 days · sounding board: "
                                     "1 evaluations late · 1 to plan")
    assert "every 6 months" in page.due.label.toolTip()
    column = [" ".join(page.follow.horizontalHeaderItem(c).text().split())  # on two lines
              for c in range(page.follow.columnCount())].index("Late or to plan")
    cells = [page.follow.item(r, column).text() for r in range(page.follow.rowCount())]
    assert cells[0].startswith("evaluation ") and cells[0].endswith(" days late")
    assert cells[1].startswith("evaluation to plan by ") and cells[2] == ""
    go = window.findChild(type(window.save_copy_action), "actionDueActions")
    assert go.text() == "&Overdue and due-soon actions and evaluations…"  # as its dialog lists
    go.trigger()
    dialog = window.findChild(DueDialog)
    assert dialog.evaluations.rowCount() == 2 and dialog.table.rowCount() == 0
    assert dialog.copy.isEnabled() and dialog.evaluations.accessibleName()
    text = dialog.text.toPlainText()
    assert text.startswith("Sounding board (klankgroep) evaluations:\n\nCAW Demervallei\n"
                           "- 1.1 Brieven herschrijven: evaluation ")
    assert "OCMW Heuvelgem\n- 1.2 Spreekuur in de bib: evaluation to plan by " in text
    assert text.endswith("(not evaluated since it started)")
    dialog.kind.setCurrentIndex(1)  # overdue only: the late evaluation
    assert dialog.evaluations.rowCount() == 1


def test_how_late_or_by_when_in_words():
    from drempelmeter.domain.evaluation_due import DueEvaluation
    from drempelmeter.ui.due_view import evaluation_when

    def said(days: int) -> str:
        return evaluation_when(DueEvaluation("1.1", "Actie", "CAW", date(2027, 1, 31), None,
                                             days))

    assert [said(d) for d in (-12, -1, 0, 9)] == [
        "evaluation 12 days late", "evaluation 1 day late", "evaluation to plan by 31 Jan 2027",
        "evaluation to plan by 31 Jan 2027"]


def test_the_reminder_names_the_last_evaluation_or_none_in_whole_sentences(dutch):
    """"(last: none since its start)" was put together from two translated pieces."""
    from drempelmeter.domain.evaluation_due import DueEvaluation
    from drempelmeter.ui.due_view import reminder_text

    evaluated = DueEvaluation("1.1", "Brieven", "CAW", date(2027, 1, 31), date(2026, 7, 31), -3)
    never = DueEvaluation("1.2", "Spreekuur", "CAW", date(2027, 2, 28), None, 20)
    assert reminder_text([], [evaluated, never]).splitlines()[-2:] == [
        "- 1.1 Brieven: evaluatie 3 dagen te laat (laatste evaluatie: 31 jul 2026)",
        "- 1.2 Spreekuur: evaluatie te plannen tegen 28 feb 2027 (nog niet geëvalueerd sinds "
        "de start)"]
