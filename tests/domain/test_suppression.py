"""Suppression that cannot be undone by arithmetic, by hand and by hypothesis on random rounds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from drempelmeter.domain.scoring import ALL, DONT_KNOW, NOT_APPLICABLE, Answer, hidden_counts, score

GROUPS = ("staff", "management", "client")
BS = ("bekendheid", "bruikbaarheid")


def people(partner: str, group: str, values: list[object], b: str = "bekendheid") -> list[Answer]:
    """One answer per respondent; 'w' is weet niet, 'n' is niet van toepassing."""
    out = []
    for i, value in enumerate(values):
        special = {"w": DONT_KNOW, "n": NOT_APPLICABLE}.get(value)  # type: ignore[arg-type]
        out.append(Answer(f"{partner}-{group}-{i}", partner, group, b,
                          None if special else value, special))  # type: ignore[arg-type]
    return out


def valid_counts(answers: list[Answer]) -> dict[tuple[str, str, str], int]:
    """Per cell and total: how many people gave a valid answer (1–5), counted here by hand."""
    valid: dict[tuple[str, str, str], set[str]] = {}
    for a in answers:
        for key in ((a.partner, a.group, a.b), (a.partner, ALL, a.b), (ALL, a.group, a.b),
                    (ALL, ALL, a.b)):
            people_of = valid.setdefault(key, set())
            if a.value is not None:
                people_of.add(a.respondent)
    return {key: len(who) for key, who in valid.items()}


def reader_lines(counts):  # type: ignore[no-untyped-def]
    """Every line and column of the table with its total, built independently of the code."""
    lines = []
    for b in {k[2] for k in counts}:
        partners = sorted({k[0] for k in counts if k[2] == b and k[0] != ALL})
        groups = sorted({k[1] for k in counts if k[2] == b and k[1] != ALL})
        lines += [((p, ALL, b), [(p, g, b) for g in groups if (p, g, b) in counts])
                  for p in partners]
        lines += [((ALL, g, b), [(p, g, b) for p in partners if (p, g, b) in counts])
                  for g in groups]
        lines.append(((ALL, ALL, b), [(p, ALL, b) for p in partners]))
        lines.append(((ALL, ALL, b), [(ALL, g, b) for g in groups]))
    return lines


def audit(answers: list[Answer], threshold: int, partners=None) -> list[str]:  # type: ignore[no-untyped-def]
    """What a reader of the published table could learn of too few people (empty: nothing)."""
    result = score(answers, threshold, partners)
    counts = valid_counts(answers)
    limit = max(threshold, 3)
    shown = {k for k, cell in result.cells.items() if not cell.suppressed}
    problems = [f"shown {k} rests on {counts[k]}" for k in shown if counts[k] < limit]
    known, lines = set(shown), reader_lines(counts)
    changed = True
    while changed:
        changed = False
        for total, members in lines:
            unknown = [m for m in members if m not in known]
            if total in known and unknown and sum(counts[m] for m in unknown) < limit:
                problems.append(f"{unknown} worked out from {total}")
            if (total in known and len(unknown) == 1) or (total not in known and not unknown):
                learnt = unknown[0] if unknown else total
                if counts[learnt] < limit:
                    problems.append(f"{learnt} worked out, rests on {counts[learnt]}")
                known.add(learnt)
                changed = True
        if problems:
            break
    return problems


def test_the_issues_example_cannot_be_subtracted_out():
    # 6 staff, 1 manager, 1 client at one partner: total minus staff would be the manager and
    # the client together, and the manager knows their own answer.
    data = (people("caw", "staff", [4, 3, 4, 5, 4, 3]) + people("caw", "management", [2])
            + people("caw", "client", [1]))
    result = score(data, threshold=5)
    assert result.get("caw", "management", "bekendheid").suppressed
    assert result.get("caw", "client", "bekendheid").suppressed
    # Staff and total cannot both be shown: one of them goes.
    staff, total = result.get("caw", "staff", "bekendheid"), result.get("caw", ALL, "bekendheid")
    assert staff.suppressed or total.suppressed
    assert audit(data, 5) == []
    assert hidden_counts([staff, total, result.get("caw", "client", "bekendheid")]) == (1, 1)


def test_two_small_groups_beside_each_other_are_not_enough():
    # The old rule hid a second cell only when exactly one was hidden: two small groups (2 + 1)
    # beside staff and management left the total minus the shown groups as their sum.
    data = (people("caw", "staff", [4] * 7) + people("caw", "management", [3] * 6)
            + people("caw", "client", [1, 2]) + people("caw", "volunteer", [5]))
    assert audit(data, 5) == []
    result = score(data, threshold=5)
    hidden = [g for g in (*GROUPS, "volunteer")
              if result.get("caw", g, "bekendheid").suppressed]
    assert len(hidden) >= 3


def test_a_partners_report_keeps_its_groups_when_another_partner_has_a_small_group():
    # The regional table hides a staff cell beside DMW's 2 staff; CAW's own report does not
    # publish the other partners' cells, so CAW's groups stay.
    data = (people("caw", "staff", [4] * 6) + people("caw", "client", [3] * 7)
            + people("ocmw", "staff", [4] * 9) + people("ocmw", "client", [3] * 8)
            + people("dmw", "staff", [2, 2]) + people("dmw", "client", [3] * 9))
    regional = score(data, threshold=5)
    assert regional.get("caw", "staff", "bekendheid").suppressed
    own = score(data, threshold=5, partners=["caw"])
    assert not own.get("caw", "staff", "bekendheid").suppressed
    assert not own.get("caw", "client", "bekendheid").suppressed
    assert own.get("dmw", "staff", "bekendheid") is None  # not published at all
    assert audit(data, 5, ["caw"]) == [] and audit(data, 5) == []


def test_weet_niet_does_not_make_a_shown_mean_rest_on_too_few():
    data = people("caw", "staff", [4, 4, 4, "w", "n", "w"]) + people("caw", "client", [3] * 6)
    result = score(data, threshold=5)
    assert result.get("caw", "staff", "bekendheid").suppressed
    assert audit(data, 5) == []


VALUES = (1, 2, 3, 4, 5, "w", "n")
#: A respondent's one or two items of a B, drawn at once (one choice, not one per item and
#: per list length: generating rounds was most of this test's time); the single items listed
#: seven times over, so that half the draws answer one item, as a list of one or two would.
ITEMS = st.sampled_from([(v,) for v in VALUES] * len(VALUES)
                        + [(v, w) for v in VALUES for w in VALUES])
respondent = st.tuples(*(ITEMS for _b in BS))


@st.composite
def rounds(draw):  # type: ignore[no-untyped-def]
    """2–6 partners, groups of 0–8 people, each answering one or two items per B."""
    answers = []
    for p in range(draw(st.integers(2, 6))):
        for group in GROUPS:
            for r in range(draw(st.integers(0, 8))):
                for b, values in zip(BS, draw(respondent), strict=True):
                    for value in values:
                        special = {"w": DONT_KNOW, "n": NOT_APPLICABLE}.get(value)  # type: ignore[arg-type]
                        answers.append(Answer(f"p{p}-{group}-{r}", f"p{p}", group, b,
                                              None if special else value, special))  # type: ignore[arg-type]
    return answers


@settings(max_examples=300, deadline=None)
@given(rounds(), st.sampled_from([3, 5]), st.booleans())
def test_no_reader_learns_anything_of_too_few_people(answers, threshold, own_report):  # type: ignore[no-untyped-def]
    partners = ["p0"] if own_report else None
    assert audit(answers, threshold, partners) == []
