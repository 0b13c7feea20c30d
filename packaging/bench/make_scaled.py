"""Build a province-size trajectory through the services, reproducible from a seed.

    python3 packaging/bench/make_scaled.py OUT --signals 100000 --barriers 5000 --actions 400

Forty regions' partners; signals varied from the demo's own (their B, level, moment, channel and
text, with other places, openings, endings and words), spread over the B's and received over
two years; barriers bundling alike signals (about half the signals, the rest left for the
suggestions); a plan whose actions each take up a few barriers. The signals go in as a bundle
import does (validated, then one bulk insert per batch); barriers and the plan through their
services one by one, as a coach would make them.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from drempelmeter.domain.plan import ActionRecord, GoalRecord, PillarRecord
from drempelmeter.services import barriers, partners, plan, signals
from drempelmeter.services.demo_barriers import BARRIERS as DEMO_BARRIERS
from drempelmeter.services.demo_plan import PLAN as DEMO_PLAN
from drempelmeter.services.demo_signals import SIGNALS as DEMO_SIGNALS
from drempelmeter.services.records import PartnerRecord, SignalRecord, TrajectoryRecord
from drempelmeter.services.trajectory import create_trajectory
from drempelmeter.store import bundle_rows, queries

REGIONS = (
    "Demervallei", "Kempenland", "Dijleland", "Hageland", "Zennevallei", "Leiestreek",
    "Scheldeland", "Maasland", "Netevallei", "Waasland", "Meetjesland", "Westhoek",
    "Pajottenland", "Haspengouw", "Voorkempen", "Rupelstreek", "Vlaamse Ardennen", "Dender",
    "Noorderkempen", "Zuiderkempen", "Brugse Polder", "Kustzone", "Houtland", "Mandelstreek",
    "Druivenstreek", "Groene Gordel", "Zoniënwoud", "Molenland", "Durmevallei", "Gete",
    "Herselt-Hulshout", "Limburgs Maasland", "Midden-Limburg", "Noord-Limburg", "Zuid-West",
    "Leie en Schipdonk", "Kanaalzone", "Getevallei", "Zwinstreek", "Ieperboog",
)
PARTNER_KINDS = (
    ("Sociaal Huis", "core", "local_government"), ("OCMW", "core", "local_government"),
    ("CAW", "core", "caw"), ("DMW Ziekenfonds", "core", "dmw"),
    ("Huis van het Kind", "cooperating", "huis_van_het_kind"),
    ("Kind en Gezin, regioteam", "cooperating", "kind_en_gezin"),
    ("Armoedevereniging", "cooperating", "other"),
)
OPENINGS = (
    "", "", "", "In onze gemeente: ", "Sinds dit voorjaar: ", "Volgens de onthaalmedewerkers: ",
    "Uit de zitdagen: ", "Opnieuw gemeld: ", "Bij huisbezoeken horen we dat ",
    "Vanuit de armoedevereniging: ", "Ook dit kwartaal: ",
)
ENDINGS = (
    "", "", "", " Dat horen we vooral in de deelgemeenten.",
    " Het gaat vaak om alleenstaande ouders.", " Ook oudere inwoners botsen hierop.",
    " Nieuwkomers haken hier het snelst af.", " De doorverwijzers merken het ook.",
    " Het probleem lijkt het laatste jaar groter.", " Een deel komt daarna niet meer terug.",
    " Hulpverleners verliezen er veel tijd mee.", " Jongeren vinden de weg dan niet.",
)
#: Words the partners write differently for the same thing.
VARIANTS = {
    "mensen": ("mensen", "inwoners", "gezinnen", "cliënten", "bewoners"),
    "brieven": ("brieven", "documenten", "mails", "formulieren"),
    "online": ("online", "digitaal", "via de website", "via een app"),
    "telefoon": ("telefoon", "telefoonlijn", "centrale"),
    "wachten": ("wachten", "lang wachten", "weken wachten"),
    "ingewikkeld": ("ingewikkeld", "moeilijk", "onduidelijk", "te technisch"),
    "afspraak": ("afspraak", "gesprek", "intake"),
}
PLACES = ("Demerstad", "Heuvelgem", "Beekveld", "Kouterbeke", "Molenhoek", "Linderode",
          "Bosveld", "Vijverdonk", "Hoeveland", "Akkerzele", "Broekstede", "Weidegem")
STARTED = date(2024, 9, 2)


def partner_names() -> Iterator[tuple[str, str, str]]:
    for region in REGIONS:
        for prefix, kind, type_ in PARTNER_KINDS:
            yield f"{prefix} {region}", kind, type_


def describe(rng: random.Random, text: str) -> str:
    """A partner's own wording of a demo signal: another opening, words, place and ending."""
    worded = " ".join(rng.choice(VARIANTS[w]) if w in VARIANTS and rng.random() < 0.6 else w
                      for w in text.split())
    opening = rng.choice(OPENINGS)
    if opening.endswith("dat "):
        worded = worded[0].lower() + worded[1:]
    ending = rng.choice(ENDINGS)
    if rng.random() < 0.3:
        ending += f" Vooral in {rng.choice(PLACES)}."
    return f"{opening}{worded}{ending}"


def signal_records(rng: random.Random, count: int, partner_ids: list[str],
                   ) -> Iterator[tuple[int, SignalRecord]]:
    """`count` signals: (the demo signal they vary on, the record); no partner twice the same."""
    seen: set[tuple[str, str]] = set()
    made = 0
    while made < count:
        template = rng.randrange(len(DEMO_SIGNALS))
        (_partner, b, level, moment, channel, groups, domains, severity, frequency,
         text) = DEMO_SIGNALS[template]
        partner_id = rng.choice(partner_ids)
        description = describe(rng, text)
        if (partner_id, description) in seen:
            continue
        seen.add((partner_id, description))
        received = STARTED + timedelta(days=rng.randrange(720))
        yield template, SignalRecord(
            id=f"s{made:06}", partner_id=partner_id, description=description, primary_b=b,
            level=level, journey_moment=moment, channel=channel, target_groups=groups,
            life_domains=domains, severity=max(1, min(4, severity + rng.choice((-1, 0, 0, 1)))),
            frequency=frequency, source="front_line_worker",
            created_at=datetime(received.year, received.month, received.day, 10, tzinfo=UTC))
        made += 1


def add_signals(db, records: list[SignalRecord], batch: int = 5_000) -> None:
    """Validated like any signal, inserted in batches as a bundle import inserts its new rows."""
    for start in range(0, len(records), batch):
        with db.session() as session:
            trajectory = queries.trajectory(session)
            now = datetime.now(UTC)
            rows = []
            for record in records[start:start + batch]:
                record = signals.validated(record, trajectory.optional_bs)
                rows.append(signals.row_values(
                    record, trajectory.id, row_id=record.id,
                    mark=signals.fingerprint(record.partner_id, record.description), now=now))
            with db.sqlite() as conn:  # in the session's transaction
                bundle_rows.insert_signals(conn, rows)


def barrier_title(template: int) -> str:
    """The demo's title for the barrier its signal went into, or the signal's first words."""
    for title, _description, chosen in DEMO_BARRIERS:
        if template in chosen:
            return title
    return " ".join(DEMO_SIGNALS[template][-1].split()[:7]).rstrip(",;:.")


def bundle(made: list[tuple[int, SignalRecord]], count: int,
           ) -> list[tuple[str, str, list[str], str]]:
    """`count` barriers (id, title, signal ids, B), each bundling alike signals (varied from the
    same demo signal); about half the signals stay out, for the suggestions."""
    alike: dict[int, list[str]] = {}
    for template, record in made:
        alike.setdefault(template, []).append(record.id)
    chosen = [(template, signal_id) for template, ids in sorted(alike.items())
              for signal_id in ids[: len(ids) // 2]]
    found = []
    for n in range(min(count, len(chosen))):
        part = chosen[n * len(chosen) // count:(n + 1) * len(chosen) // count]
        template = part[0][0]
        found.append((f"b{n:05}", f"{barrier_title(template)} (regio {REGIONS[n % len(REGIONS)]})",
                      [signal_id for _t, signal_id in part], DEMO_SIGNALS[template][1]))
    return found


def action_plan(rng: random.Random, barrier_list: list[tuple[str, str, list[str], str]],
                count: int) -> list[PillarRecord]:
    """`count` actions under the demo's pillars and goals, each taking up one to three barriers."""
    goals = [(p, g, [a[0] for a in actions]) for p, (_pt, gs) in enumerate(DEMO_PLAN)
             for g, (_gt, actions) in enumerate(gs)]
    per_goal: dict[tuple[int, int], list[ActionRecord]] = {}
    for n in range(count):
        p, g, titles = goals[n % len(goals)]
        linked = rng.sample(barrier_list, min(len(barrier_list), rng.randint(1, 3)))
        per_goal.setdefault((p, g), []).append(ActionRecord(
            id=f"a{n:05}", title=f"{rng.choice(titles)} ({REGIONS[n % len(REGIONS)]})",
            owner=f"Sociaal Huis {REGIONS[n % len(REGIONS)]}",
            starts_on=STARTED + timedelta(days=400 + rng.randrange(120)),
            due_on=STARTED + timedelta(days=700 + rng.randrange(300)),
            barrier_ids=tuple(b[0] for b in linked),
            bs=tuple(dict.fromkeys(b[3] for b in linked)),
            moscow=rng.choice(("must", "should", "could"))))
    return [PillarRecord(f"p{p}", pillar_title, tuple(
                GoalRecord(f"p{p}g{g}", goal_title, 0, tuple(per_goal.get((p, g), ())))
                for g, (goal_title, _actions) in enumerate(goals_of)))
            for p, (pillar_title, goals_of) in enumerate(DEMO_PLAN)]


def build(out: Path, signal_count: int, barrier_count: int, action_count: int, seed: int) -> None:
    rng = random.Random(seed)
    db = create_trajectory(out, TrajectoryRecord(
        name="Drempelmeter provincie (schaaltest)", region="Provincie, veertig regio's",
        coach="Provinciaal coördinator", start_date=STARTED,
        target_groups=("poverty", "elderly", "young_families", "newcomers", "digitally_excluded"),
        optional_bs=("betreedbaarheid", "begripvolheid")))
    try:
        steps = time.perf_counter()
        partner_ids = [partners.add_partner(db, PartnerRecord(f"pa{n:03}", name, kind, type_)).id
                       for n, (name, kind, type_) in enumerate(partner_names())]
        made = list(signal_records(rng, signal_count, partner_ids))
        add_signals(db, [record for _template, record in made])
        print(f"{len(partner_ids)} partners, {signal_count:,} signals: "
              f"{time.perf_counter() - steps:.1f} s", flush=True)
        steps = time.perf_counter()
        barrier_list = bundle(made, barrier_count)
        for barrier_id, title, ids, _b in barrier_list:
            barriers.create_barrier(db, barrier_id, title, ids)
        print(f"{len(barrier_list):,} barriers holding "
              f"{sum(len(b[2]) for b in barrier_list):,} signals: "
              f"{time.perf_counter() - steps:.1f} s", flush=True)
        steps = time.perf_counter()
        plan.add_plan(db, action_plan(rng, barrier_list, action_count))
        print(f"{action_count:,} actions: {time.perf_counter() - steps:.1f} s", flush=True)
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the trajectory file to write (must not exist)")
    parser.add_argument("--signals", type=int, default=100_000)
    parser.add_argument("--barriers", type=int, default=5_000)
    parser.add_argument("--actions", type=int, default=400)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args(argv)
    if args.out.exists():
        print(f"{args.out} exists already: choose another name or remove it first.",
              file=sys.stderr)
        return 2
    build(args.out, args.signals, args.barriers, args.actions, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
