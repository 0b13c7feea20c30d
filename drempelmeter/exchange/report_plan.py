"""The report's chapters on the action plan, in the region's familiar shape (an overview table
per pillar, then each action with its three questions as bullets), and its follow-up."""

from __future__ import annotations

from ..domain.plan import ACTION_STATUSES, QUESTIONS
from ..domain.prioritisation import MOSCOW
from ..domain.taxonomy import ALL_BS
from .pdf_story import day
from .report_writer import ReportWriter, action_title, goal_title, in_sentence

OVERVIEW_COLUMNS = 4


def plan(w: ReportWriter) -> None:
    data = w.data
    w.chapter("Het actieplan")
    if not data.plan:
        w.text("Er is nog geen actieplan.")
        return
    w.heading("Overzicht per pijler en doel", 1)
    for pillar in data.plan:
        w.text(f"Pijler: {pillar.title}", w.styles.h3)
        goals = list(pillar.goals)
        for start in range(0, len(goals), OVERVIEW_COLUMNS):
            chunk = goals[start:start + OVERVIEW_COLUMNS]
            depth = max((len(g.actions) for g in chunk), default=0)
            rows = [(f"Actie {n + 1}", *(action_title(g.actions[n])
                                         if n < len(g.actions) else "" for g in chunk))
                    for n in range(depth)]
            w.table(["Doel", *(goal_title(g) for g in chunk)], rows,
                    wrap=tuple(range(1, len(chunk) + 1)))
    w.heading("De acties uitgewerkt", 1)
    for pillar in data.plan:
        for goal in pillar.goals:
            for action in goal.actions:
                action_in_full(w, pillar.title, goal, action)


def action_in_full(w: ReportWriter, pillar: str, goal, action) -> None:
    """An action's heading, its facts (the empty ones named once, not printed as rows of
    dashes) and its three questions, kept on one page when they fit on one."""
    titles = w.data.barrier_titles
    dates = (f"{day(action.starts_on)} – {day(action.due_on)}"
             if action.starts_on or action.due_on else "")
    validation = (f"{day(action.validated_on)}: {action.validation}".rstrip(": ")
                  if action.validated_on else action.validation)
    facts = [
        ("Pijler en doel", f"{pillar} · {goal_title(goal)}"),
        ("Trekker", action.owner),
        ("Betrokken partners", ", ".join(action.partners)),
        ("Start en deadline", dates),
        ("Middelen en budget", action.means),
        ("Indicator", action.indicator),
        ("Drempels", "; ".join(titles[b] for b in action.barrier_ids)),
        ("B's", ", ".join(ALL_BS.label(b, "nl") for b in action.bs)),
        ("GBO-principes", ", ".join(w.data.principle_labels.get(p, p)
                                    for p in action.principles)),
        ("MoSCoW", MOSCOW.label(action.moscow, "nl") if action.moscow else ""),
        ("Beslissing stuurgroep", validation),
        ("Stand", ACTION_STATUSES.label(action.status, "nl")),
    ]
    start = len(w.story)
    w.heading(f"Actie {action.number}: {action_title(action)}", 2)
    w.table([], [(name, value) for name, value in facts if value], wrap=(1,))
    empty = [name for name, value in facts if not value]
    if empty:
        w.text("Nog niet ingevuld: " + ", ".join(
            [empty[0], *map(in_sentence, empty[1:])]) + ".", w.styles.small)
    for term, points in zip(QUESTIONS, (action.concrete, action.risks, action.needs),
                            strict=True):
        w.text(term.nl, w.styles.question)
        w.bullets(points, keep=False)  # the action is kept together as a whole
    w.keep_with_heading(start)


def follow_up(w: ReportWriter) -> None:
    from ..charts.plan_charts import progress_per_pillar

    data = w.data
    w.chapter("Opvolging")
    if not data.plan:
        w.text("Er is nog geen actieplan om op te volgen.")
        return
    statuses = ACTION_STATUSES.ordered_keys()
    labels = [ACTION_STATUSES.label(s, "nl") for s in statuses]
    counts = [[p.counts.get(s, 0) for s in statuses] for _t, p in data.progress]
    w.figure(progress_per_pillar([t for t, _p in data.progress], labels, counts, "Acties",
                                 "Voortgang per pijler", size=(8, 3.2)))
    done = statuses.index("done")
    w.table(["Pijler", *labels, "Te laat"],
            [(t, *(f"{c} ({p.done_share:.0f} %)" if n == done else c
                   for n, c in enumerate(row)), p.overdue)
             for (t, p), row in zip(data.progress, counts, strict=True)], wrap=(0,))
    w.heading("Te laat", 1)
    w.table(["Actie", "Titel", "Deadline", "Stand", "Trekker"],
            [(a.number, action_title(a), day(a.due_on), ACTION_STATUSES.label(a.status, "nl"),
              a.owner) for a in data.overdue], wrap=(1, 4))
    w.heading("Verloop per actie", 1)
    history = [(a.number, day(s.on), ACTION_STATUSES.label(s.status, "nl"), s.note)
               for p in data.plan for a in p.all_actions() for s in a.history]
    w.table(["Actie", "Datum", "Stand", "Toelichting"], history, wrap=(3,))
    reported = [(a.number, a.reported_back) for p in data.plan for a in p.all_actions()
                if a.reported_back]
    w.heading("Teruggekoppeld aan de partners", 1)
    w.table(["Actie", "Wat werd teruggekoppeld"], reported, wrap=(1,))
    w.heading("Wat het plan nog niet dekt", 1)
    gaps = data.coverage
    by_id = {a.id: a for p in data.plan for a in p.all_actions()}
    w.bullets([
        *(f"Prioritaire drempel zonder actie: {data.barrier_titles.get(b, b)}"
          for b in gaps.barriers_without_action),
        *(f"B zonder actie: {ALL_BS.label(b, 'nl')}" for b in gaps.bs_without_action),
        *(f"GBO-principe zonder actie: {data.principle_labels.get(p, p)}"
          for p in gaps.principles_without_action),
        *(f"Actie {by_id[a].number} heeft geen trekker" for a in gaps.actions_without_owner),
        *(f"Actie {by_id[a].number} heeft geen deadline"
          for a in gaps.actions_without_deadline),
    ], empty="Het plan dekt alle prioritaire drempels, B's en principes.")

