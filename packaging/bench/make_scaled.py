"""Build a province-size trajectory through the services, reproducible from a seed.

    python3 packaging/bench/make_scaled.py OUT --signals 100000 --barriers 5000 --actions 400

Forty regions' partners; signals varied from the demo's own (their B, level, moment, channel and
text, with other places, openings, endings and words), spread over the B's and received over
two years; barriers bundling alike signals (about half the signals, the rest left for the
suggestions), each titled and described in words combined from a few dozen fragments, its
severity, frequency and influence its own; a plan whose actions each take up a few barriers.
Every id is a version-4 UUID made from the seed (a template exported from the file comes back
in). The signals go in as a bundle import does (validated, then one bulk insert per batch);
barriers and the plan through their services one by one, as a coach would make them.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from drempelmeter.domain.ids import new_ids
from drempelmeter.domain.plan import ActionRecord, GoalRecord, PillarRecord
from drempelmeter.services import barriers, partners, plan, signals
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
TRAJECTORY = TrajectoryRecord(
    name="Drempelmeter provincie (schaaltest)", region="Provincie, veertig regio's",
    coach="Provinciaal coördinator", start_date=STARTED,
    target_groups=("poverty", "elderly", "young_families", "newcomers", "digitally_excluded"),
    optional_bs=("betreedbaarheid", "begripvolheid"))

#: What a barrier's title is about, then what goes wrong, by its B, and for whom (or nothing).
SUBJECTS = (
    "Schooltoeslag", "Energiepremie", "Huurpremie", "Verhoogde tegemoetkoming", "Leefloon",
    "Stookoliepremie", "Sociaal tarief", "Kinderopvangtoeslag", "Budgetbegeleiding",
    "Zorgbudget", "Mantelzorgpremie", "Vrijetijdspas met kansentarief",
    "Collectieve schuldenregeling", "Rechtenverkenning", "Sociale kruidenier", "Thuiszorg",
)
PROBLEMS = {
    "bekendheid": ("onbekend bij wie er recht op heeft", "de informatie bereikt niet wie ze nodig "
                   "heeft", "doorverwijzers kennen de voorwaarden niet", "niemand wijst erop"),
    "beschikbaarheid": ("lange wachtlijst voor een eerste gesprek", "enkel tijdens de "
                        "kantooruren", "te weinig plaatsen in de regio",
                        "geen vervanging in de vakantie"),
    "bereikbaarheid": ("loket ver van de deelgemeenten", "telefonisch nauwelijks bereikbaar",
                       "geen bus naar het dienstencentrum", "aanvragen enkel digitaal"),
    "betaalbaarheid": ("de eigen bijdrage schrikt af", "verplaatsingskosten naar het loket",
                       "voorschieten lukt niet", "betalende attesten vooraf"),
    "begrijpbaarheid": ("brieven in ambtelijke taal", "het formulier is onduidelijk",
                        "uitleg enkel in het Nederlands", "de beslissing wordt niet uitgelegd"),
    "bruikbaarheid": ("past niet bij grote gezinnen", "te veel bewijsstukken nodig",
                      "de app werkt niet op oudere telefoons", "hulp stopt te vroeg"),
    "betrouwbaarheid": ("elk loket zegt iets anders", "dossiers raken zoek",
                        "beloofd terugbellen blijft uit", "regels veranderen zonder bericht"),
    "betreedbaarheid": ("onthaal niet toegankelijk met een rolstoel", "geen ruimte voor een "
                        "gesprek onder vier ogen", "drempelvrees aan de balie",
                        "wachtzaal zonder plek voor kinderen"),
    "begripvolheid": ("mensen voelen zich niet gehoord", "schaamte om hulp te vragen",
                      "wantrouwen na een eerdere weigering", "oordelende reacties aan de balie"),
}
FOR_WHOM = (
    "", "", "", "bij alleenstaande ouders", "voor ouderen zonder computer",
    "in de deelgemeenten", "voor nieuwkomers", "bij jongeren die net achttien zijn",
    "voor mensen met een beperking", "bij werkende gezinnen", "voor gezinnen met schulden",
)
#: A barrier's description: who meets it, then what follows (or nothing).
WHO = ("alleenstaande ouders", "oudere inwoners", "nieuwkomers", "jongvolwassenen",
       "gezinnen met jonge kinderen", "mensen met een beperking", "werkende gezinnen",
       "inwoners zonder internet")
SEEN = ("De partners melden dat vooral {} hierop botsen.", "Vooral {} haken hier af.",
        "Het onthaal ziet dit elke week bij {}.", "Uit de signalen blijkt dat {} hier "
        "vastlopen.", "Doorverwijzers zien {} hier telkens opnieuw stranden.")
FOLLOWS = ("", "Daardoor blijven rechten onbenut.", "Wie afhaakt, komt zelden terug.",
           "Hulpverleners verliezen er veel tijd mee.", "Intussen lopen de schulden op.",
           "Een warme doorverwijzing ontbreekt.", "Mensen stellen hun vraag uit tot het "
           "dringend wordt.", "Het probleem speelt in meerdere gemeenten.")
#: A barrier's severity (1 to 4), frequency and influence, drawn each on its own.
SEVERITIES = (1, 2, 2, 3, 3, 3, 4, 4)
FREQUENCIES = ("rarely", "monthly", "monthly", "weekly", "weekly", "daily")
INFLUENCES = ("internal", "internal", "partnership", "partnership", "supralocal")


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


def seeded_ids(rng: random.Random, count: int) -> list[str]:
    """`count` version-4 UUIDs, as the app makes them, from the seeded generator."""
    return new_ids(count, rng.randbytes)


def signal_records(rng: random.Random, count: int, partner_ids: list[str],
                   ) -> Iterator[tuple[int, SignalRecord]]:
    """`count` signals: (the demo signal they vary on, the record); no partner twice the same."""
    seen: set[tuple[str, str]] = set()
    ids = seeded_ids(rng, count)
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
            id=ids[made], partner_id=partner_id, description=description, primary_b=b,
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


def barrier_words(rng: random.Random, b: str) -> tuple[str, str]:
    """A barrier's title (what, what goes wrong as its B has it, for whom) and description."""
    title = f"{rng.choice(SUBJECTS)}: {rng.choice(PROBLEMS[b])} {rng.choice(FOR_WHOM)}"
    description = f"{rng.choice(SEEN).format(rng.choice(WHO))} {rng.choice(FOLLOWS)}"
    return title.strip(), description.strip() if rng.random() < 0.8 else ""


#: A barrier as made here: id, title, description, signal ids, B, severity, frequency, influence.
Made = tuple[str, str, str, list[str], str, int, str, str]


def bundle(rng: random.Random, made: list[tuple[int, SignalRecord]], count: int,
           ) -> list[Made]:
    """`count` barriers, each bundling alike signals (varied from the same demo signal); about
    half the signals stay out, for the suggestions."""
    alike: dict[int, list[str]] = {}
    for template, record in made:
        alike.setdefault(template, []).append(record.id)
    chosen = [(template, signal_id) for template, ids in sorted(alike.items())
              for signal_id in ids[: len(ids) // 2]]
    found = []
    ids = seeded_ids(rng, count)
    for n in range(min(count, len(chosen))):
        part = chosen[n * len(chosen) // count:(n + 1) * len(chosen) // count]
        b = DEMO_SIGNALS[part[0][0]][1]
        found.append((ids[n], *barrier_words(rng, b), [signal_id for _t, signal_id in part], b,
                      rng.choice(SEVERITIES), rng.choice(FREQUENCIES), rng.choice(INFLUENCES)))
    return found


def scored(rng: random.Random, made: list[tuple[int, SignalRecord]], barrier_list: list[Made],
           ) -> list[SignalRecord]:
    """The signals, those in a barrier given its severity (the first; the others a step lower
    or not), frequency and influence: what a new barrier takes from its signals."""
    fields = {signal_id: (max(1, severity - (n > 0) * rng.randrange(2)), frequency, influence)
              for *_, ids, _b, severity, frequency, influence in barrier_list
              for n, signal_id in enumerate(ids)}
    return [record if record.id not in fields else replace(
                record, severity=fields[record.id][0], frequency=fields[record.id][1],
                influence=fields[record.id][2]) for _template, record in made]


def signals_and_barriers(rng: random.Random, partner_ids: list[str], signal_count: int,
                         barrier_count: int) -> tuple[list[SignalRecord], list[Made]]:
    """The signals of these partners, and the barriers that bundle about half of them."""
    made = list(signal_records(rng, signal_count, partner_ids))
    barrier_list = bundle(rng, made, barrier_count)
    return scored(rng, made, barrier_list), barrier_list


def add_barriers(db, barrier_list: list[Made]) -> None:
    """Each barrier made through the service, as a coach bundles signals."""
    for barrier_id, title, description, ids, *_fields in barrier_list:
        barriers.create_barrier(db, barrier_id, title, ids, description)


def action_plan(rng: random.Random, barrier_list: list[Made], count: int) -> list[PillarRecord]:
    """`count` actions under the demo's pillars and goals, each taking up one to three barriers."""
    goals = [(p, g, [a[0] for a in actions]) for p, (_pt, gs) in enumerate(DEMO_PLAN)
             for g, (_gt, actions) in enumerate(gs)]
    per_goal: dict[tuple[int, int], list[ActionRecord]] = {}
    ids = seeded_ids(rng, count)
    for n in range(count):
        p, g, titles = goals[n % len(goals)]
        linked = rng.sample(barrier_list, min(len(barrier_list), rng.randint(1, 3)))
        per_goal.setdefault((p, g), []).append(ActionRecord(
            id=ids[n], title=f"{rng.choice(titles)} ({REGIONS[n % len(REGIONS)]})",
            owner=f"Sociaal Huis {REGIONS[n % len(REGIONS)]}",
            starts_on=STARTED + timedelta(days=400 + rng.randrange(120)),
            due_on=STARTED + timedelta(days=700 + rng.randrange(300)),
            barrier_ids=tuple(b[0] for b in linked),
            bs=tuple(dict.fromkeys(b[4] for b in linked)),
            moscow=rng.choice(("must", "should", "could"))))
    pillar_ids, goal_ids = seeded_ids(rng, len(DEMO_PLAN)), iter(seeded_ids(rng, len(goals)))
    return [PillarRecord(pillar_ids[p], pillar_title, tuple(
                GoalRecord(next(goal_ids), goal_title, 0, tuple(per_goal.get((p, g), ())))
                for g, (goal_title, _actions) in enumerate(goals_of)))
            for p, (pillar_title, goals_of) in enumerate(DEMO_PLAN)]


def build(out: Path, signal_count: int, barrier_count: int, action_count: int, seed: int) -> None:
    rng = random.Random(seed)
    db = create_trajectory(out, TRAJECTORY)
    try:
        steps = time.perf_counter()
        named = list(partner_names())
        partner_ids = [partners.add_partner(db, PartnerRecord(partner_id, name, kind, type_)).id
                       for partner_id, (name, kind, type_) in zip(
                           seeded_ids(rng, len(named)), named, strict=True)]
        records, barrier_list = signals_and_barriers(rng, partner_ids, signal_count,
                                                     barrier_count)
        add_signals(db, records)
        print(f"{len(partner_ids)} partners, {signal_count:,} signals: "
              f"{time.perf_counter() - steps:.1f} s", flush=True)
        steps = time.perf_counter()
        add_barriers(db, barrier_list)
        print(f"{len(barrier_list):,} barriers holding "
              f"{sum(len(b[3]) for b in barrier_list):,} signals: "
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
