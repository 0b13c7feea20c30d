"""Follow-up forms in the window: export one for a trekker or partner, and how a reported step
reads in an action's history (the import is in followup_import)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..domain.plan import ACTION_STATUSES, StatusStep
from ..services.followup_forms import StepReport, owners
from . import prompts
from .formats import format_date
from .i18n import fill, language, tr
from .messages import describe_invalid_input, describe_write_error, masked_text

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)


def export_followup_form(window: MainWindow) -> None:
    """Ask for whom (a trekker, or a partner for every action it works on) and where, then
    write the form."""
    from ..exchange.errors import WriteError
    from ..services import partners
    from ..services.errors import InvalidInput
    from ..services.followup_forms import export_followup

    if window.document is None:
        return
    title = tr("Export a follow-up form")
    db = window.document.db
    owner_items = {fill(tr("Trekker: %1"), name): ("owner", name) for name in owners(db)}
    partner_items = {fill(tr("Partner: %1"), p.name): ("partner", p.name)
                     for p in partners.list_partners(db)}
    choices = {**owner_items, **partner_items}
    if not owner_items:
        prompts.show_info(window, title, tr(
            "A follow-up form lists the actions of one trekker or partner, and no action in the "
            "plan has a trekker yet. Name the trekker of each action on the page Action plan."))
        return
    chosen = prompts.choose_item(window, title, tr("For whom?"), list(choices))
    if chosen is None:
        return
    kind, name = choices[chosen]
    target = prompts.choose_file_to_save(window, tr("Save the follow-up form as"),
                                         window.suggested_path(fill(tr("Follow-up %1"), name),
                                                               ".xlsx"), ".xlsx")
    if target is None:
        return
    window.settings.set_last_folder(target.parent)
    try:
        exported = export_followup(db, target, **{kind: name})
    except WriteError as exc:
        log.warning("follow-up form export to %s failed: %s", target, exc.kind)
        prompts.show_error(window, title, describe_write_error(exc))
        return
    except InvalidInput as exc:
        prompts.show_error(window, title, describe_invalid_input(exc))
        return
    log.info("follow-up form exported: %s (%d actions)", target, exported.count)
    window.statusBar().showMessage(fill(tr("Follow-up form for %1 saved as %2 (%3 actions)."),
                                        name, str(target), str(exported.count)), 10000)
    if exported.masked:
        prompts.show_info(window, title, masked_text(exported.masked))


def history_line(step: StatusStep, report: StepReport | None) -> str:
    """A step of an action's history as the follow-up view lists it: when, who recorded it (the
    coach, or a follow-up form's reporter), the status, and the note or what was reported."""
    status = ACTION_STATUSES.label(step.status, language())
    if report is None:
        coach = tr("the coach")
        return f"{format_date(step.on)} · {coach} · {status}" + (
            f": {step.note}" if step.note else "")
    parts = [f"{format_date(step.on)} · " + fill(tr("%1, on the follow-up form of %2"),
                                                 report.reporter, report.made_for)
             + f" · {status}"]
    for label, text in ((tr("Done"), report.done), (tr("Evidence"), report.evidence),
                        (tr("Next step"), report.next_step), (tr("Problems"), report.problems),
                        (tr("Needs"), report.needs)):
        if text:
            parts.append(f"    {label}: {text}")
    return "\n".join(parts)
