"""Scoring rules with hand-computed expectations, suppression and secondary suppression."""

from __future__ import annotations

from drempelmeter.domain.scoring import ALL, DONT_KNOW, NOT_APPLICABLE, Answer, change, score


def answers(partner: str, group: str, values: list[object], b: str = "bekendheid",
            first: int = 0) -> list[Answer]:
    """One answer per respondent; 'w' is weet niet, 'n' is niet van toepassing."""
    out = []
    for i, value in enumerate(values, start=first):
        special = {"w": DONT_KNOW, "n": NOT_APPLICABLE}.get(value)  # type: ignore[arg-type]
        out.append(Answer(f"{partner}-{group}-{i}", partner, group, b,
                          None if special else value, special))  # type: ignore[arg-type]
    return out


def test_mean_distribution_and_dont_know_share_by_hand():
    # 6 staff at CAW: 4, 5, 3, 4, weet niet, n.v.t. -> mean (4+5+3+4)/4 = 4.0; four people gave
    # a valid answer, enough for a threshold of 3.
    result = score(answers("caw", "staff", [4, 5, 3, 4, "w", "n"]), threshold=3)
    cell = result.get("caw", "staff", "bekendheid")
    assert not cell.suppressed
    assert cell.respondents == 6 and cell.answers == 4
    assert cell.mean == 4.0
    assert cell.distribution == (0, 0, 1, 2, 1)
    assert cell.dont_know_share == round(1 / 6, 3)


def test_a_group_under_the_threshold_is_suppressed_everywhere():
    data = answers("caw", "staff", [4] * 6) + answers("caw", "client", [2, 2, 3, 2])
    result = score(data, threshold=5)
    client = result.get("caw", "client", "bekendheid")
    assert client.suppressed and client.mean is None and client.respondents is None
    assert client.distribution is None and client.dont_know_share is None
    assert result.gap("caw", "bekendheid") is None  # a gap would reveal the hidden group


def test_secondary_suppression_within_a_partner():
    # staff 6 (mean 4), management 8 (mean 3), clients 4 (hidden). The partner total (18
    # respondents) is shown; with staff and management shown, clients could be worked out
    # from it. So the smallest shown group, staff, is hidden as well.
    data = (answers("caw", "staff", [4] * 6) + answers("caw", "management", [3] * 8)
            + answers("caw", "client", [1] * 4))
    result = score(data, threshold=5)
    assert result.get("caw", "client", "bekendheid").suppressed
    assert result.get("caw", "staff", "bekendheid").suppressed
    assert not result.get("caw", "management", "bekendheid").suppressed
    # Why each is hidden: clients are too few; staff would reveal them.
    assert result.get("caw", "client", "bekendheid").small_group
    assert not result.get("caw", "staff", "bekendheid").small_group
    total = result.get("caw", ALL, "bekendheid")
    assert not total.suppressed and total.respondents == 18
    assert total.mean == round((6 * 4 + 8 * 3 + 4 * 1) / 18, 2)  # 2.89


def test_secondary_suppression_across_partners():
    # Clients: CAW 6, OCMW 7, DMW 3 (hidden). The regional client total would reveal DMW, so
    # the smallest shown partner, CAW, is hidden too.
    data = (answers("caw", "client", [3] * 6) + answers("ocmw", "client", [4] * 7)
            + answers("dmw", "client", [2] * 3))
    result = score(data, threshold=5)
    assert result.get("dmw", "client", "bekendheid").suppressed
    assert result.get("caw", "client", "bekendheid").suppressed
    assert not result.get("ocmw", "client", "bekendheid").suppressed
    regional = result.get(ALL, "client", "bekendheid")
    assert regional.respondents == 16 and regional.mean == round((18 + 28 + 6) / 16, 2)


def test_nothing_hidden_means_nothing_extra_hidden():
    data = answers("caw", "staff", [4] * 5) + answers("caw", "client", [2] * 5)
    result = score(data, threshold=5)
    assert not any(cell.suppressed for cell in result.cells.values())
    assert result.gap("caw", "bekendheid") == 2.0


def test_the_threshold_is_never_below_three():
    result = score(answers("caw", "staff", [4, 4]), threshold=1)
    assert result.threshold == 3
    assert result.get("caw", "staff", "bekendheid").suppressed


def test_scores_per_b_are_separate():
    data = answers("caw", "staff", [5] * 5) + answers("caw", "staff", [1] * 5, b="bruikbaarheid")
    result = score(data)
    assert result.get("caw", "staff", "bekendheid").mean == 5.0
    assert result.get("caw", "staff", "bruikbaarheid").mean == 1.0
    assert result.get(ALL, ALL, "bekendheid").respondents == 5


def test_change_between_rounds():
    before = score(answers("caw", "client", [2, 2, 3, 3, 2]))
    after = score(answers("caw", "client", [3, 4, 4, 3, 4]))
    assert change(before, after, "caw", "client", "bekendheid") == round(3.6 - 2.4, 2)
    small = score(answers("caw", "client", [5, 5]))
    assert change(before, small, "caw", "client", "bekendheid") is None


def test_dont_know_counts_in_the_share_never_in_the_mean():
    result = score(answers("caw", "staff", ["w"] * 5 + [4] * 5))
    cell = result.get("caw", "staff", "bekendheid")
    assert cell.mean == 4.0 and cell.answers == 5 and cell.dont_know_share == 0.5
    none = score(answers("ocmw", "staff", ["w"] * 5)).get("ocmw", "staff", "bekendheid")
    assert none.suppressed and none.small_group  # nobody gave a valid answer


def test_people_are_counted_by_a_valid_answer_not_by_any_answer():
    # 6 clients, of whom 2 said "weet niet": the mean would rest on 4 people, under 5.
    result = score(answers("caw", "client", [3, 4, 2, 5, "w", "w"]), threshold=5)
    assert result.get("caw", "client", "bekendheid").suppressed
