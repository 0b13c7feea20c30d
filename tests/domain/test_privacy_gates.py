"""The screen's shortcuts (its first look, `could_hold_any`, and each kind's gate) never skip a
text in which a detector finds something: on texts made of what the detectors look for (IBANs,
national numbers, phones, e-mail addresses plain and spelled out, birth dates, addresses, names
before or after a title) among other words and characters, in any case, the screen finds exactly
what every detector run on the whole text finds."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

from drempelmeter.domain import privacy
from drempelmeter.domain.privacy import (
    ADDRESS,
    BIRTH_DATE,
    EMAIL,
    IBAN,
    NAME,
    NATIONAL_NUMBER,
    PHONE,
    Finding,
    could_hold_any,
    detectors,
    screen,
)
from drempelmeter.domain.privacy_words import _any_of, folded

from .test_privacy import NOTATIONS, belgian_iban, national_number

TODAY = date(2026, 11, 22)
#: Characters a pasted or typed text brings that the patterns or their gates treat specially:
#: IGNORECASE's look-alikes of ASCII letters, no-break spaces and dashes, digits of other
#: scripts, the signs of a spelled-out e-mail address.
ODD = "İıſ\u212a\u00a0\u202f\u2011\u2013\u2212°é٣３@()[]{}<>/.,-:' \n"

ibans = st.builds(belgian_iban, st.integers(0, 9_999_999_999)) | st.sampled_from(
    ["NL91 ABNA 0417 1643 00", "FR14 2004 1010 0505 0001 3M02 606", "DE89370400440532013000"])
national_numbers = st.builds(
    lambda born, sequence, notation: notation(national_number(born, sequence)),
    st.dates(date(1900, 1, 1), date(2026, 11, 1)), st.integers(1, 997),
    st.sampled_from(NOTATIONS))
phones = st.builds(
    lambda prefix, digits, gap: prefix + gap.join(digits[i:i + 2] for i in range(0, 8, 2)),
    st.sampled_from(["04", "+32 4", "0032 4", "011/", "02 ", "(011) ", "+31 6 ", "0800 ", "(04",
                     "[ 04", "(011)/"]),
    st.text("0123456789", min_size=8, max_size=8), st.sampled_from(["", " ", ".", "-", "/"]))
emails = st.builds(
    lambda local, at, domain, dot, tld: f"{local}{at}{domain}{dot}{tld}",
    st.text("abcjnz019", min_size=1, max_size=6) | st.sampled_from(["an.peeters", "j+x-y"]),
    st.sampled_from(["@", " @ ", " at ", " (at) ", "[at]", " apenstaartje ", " arobase "]),
    st.text("aelnt-09", min_size=1, max_size=6),
    st.sampled_from([".", " dot ", " punt ", "(dot)", " [point] "]),
    st.sampled_from(["be", "com", "org", "vlaanderen", "xyz"]))
birth_dates = st.builds(
    lambda cue, gap, day, month, year, form: cue + gap + form.format(d=day, m=month, y=year),
    st.sampled_from(["geboren", "geb.", "Geboortedatum:", "°", "née le", "born", "naissance"]),
    st.sampled_from(["", " ", " op ", " na ", " le "]), st.integers(1, 31), st.integers(1, 12),
    st.integers(1900, 2030),
    st.sampled_from(["{d}/{m}/{y}", "{d}.{m}.{y}", "{y}-{m}-{d}", "{d} maart {y}",
                     "{d}er janvier {y}"]))
addresses = st.builds(
    lambda street, number, box: f"{street} {number}{box}",
    st.sampled_from(["Kerkstraat", "Oude Baan", "Meir", "stationsstraat", "Rue de la Loi",
                     "avenue Louise", "Grote Markt", "Sint-Pietersplein", "Koning Albertlaan",
                     "chaussée de Gand", "Zand", "Brugsesteenweg"]),
    st.integers(1, 999), st.sampled_from(["", " bus 3", "b", " bte 12", "/2", " jaar"]))
surnames = st.builds(
    lambda particle, surname: particle + surname,
    st.sampled_from(["", "Van ", "van der ", "De ", "El ", "d'"]),
    st.sampled_from(["Peeters", "Janssens", "Claes", "Minister", "Aït-Ali", "Dupont", "Özdemir"]))
names = st.builds(
    lambda title, surname: f"{title} {surname}",
    st.sampled_from(["Dhr.", "mevr", "Mw.", "Mr", "M.", "Mme", "Mevrouw", "meneer", "familie",
                     "het gezin", "Madame", "Veuve", "Fam."]), surnames) | st.builds(
    lambda surname, title: f"{surname}{title}", surnames,
    st.sampled_from([", mevrouw", ", dhr.", ",meneer", " (Mevr.)", ", Mme", ", fam.", ", M."]))
patterns = ibans | national_numbers | phones | emails | birth_dates | addresses | names
words = st.sampled_from(["Bel", "mail", "naar", "woont", "in de", "sinds", "12 personen",
                         "om 14 uur", "BTW BE 0123.456.749", "factuur 2024-0031", "nr.", ","])
cases = st.sampled_from([str, str.upper, str.lower, str.title, str.swapcase])
texts = st.builds(
    lambda parts, case: case(" ".join(parts)),
    st.lists(patterns | words | st.text(ODD + "abcdefghijklmnopqrstuvwxyz0123456789",
                                        max_size=12), min_size=1, max_size=5), cases)


def every_detector(text: str) -> list[Finding]:
    """What the screen finds, but with every detector run on the whole text: no shortcuts."""
    read = text if text.isascii() else text.translate(privacy._PASTED)
    findings: list[Finding] = []
    for kind, _gate, detect in detectors(TODAY):
        for start, end in detect(read):
            if all(end <= f.start or start >= f.end for f in findings):
                findings.append(Finding(kind, start, end, text[start:end]))
    return sorted(findings, key=lambda f: f.start)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_the_screen_finds_what_every_detector_finds(text):
    assert screen(text, TODAY) == every_detector(text)


@settings(max_examples=100, deadline=None)
@given(texts)
def test_no_shortcut_turns_down_a_text_a_detector_finds_something_in(text):
    """Each kind on its own, so an earlier kind's finding cannot hide a gate's mistake."""
    read = text if text.isascii() else text.translate(privacy._PASTED)
    lower = folded(read)
    for kind, could_hold, detect in detectors(TODAY):
        if next(iter(detect(read)), None) is not None:
            assert could_hold(read, lower), kind
            assert could_hold_any(read, lower), kind


@pytest.mark.parametrize(("kind", "strategy"), [
    (IBAN, ibans), (NATIONAL_NUMBER, national_numbers), (PHONE, phones), (EMAIL, emails),
    (BIRTH_DATE, birth_dates), (ADDRESS, addresses), (NAME, names)])
def test_each_kind_the_texts_are_made_of_is_found_in_them(kind, strategy):
    """The texts above hold what the detectors look for, not only what they let pass."""
    find(strategy, lambda made: kind in {f.kind for f in every_detector(f"Tekst: {made}.")},
         settings=settings(phases=[Phase.generate], database=None))  # found, not shrunk


def test_a_text_without_digits_or_the_signs_of_an_address_or_a_title_is_not_looked_at():
    """The first look does turn texts down (it would pass every test above by saying yes)."""
    assert not could_hold_any("mensen haken af bij het onthaal", "mensen haken af bij het onthaal")
    assert could_hold_any("bel 0471", "bel 0471")
    assert could_hold_any("mail jan@x.be", "mail jan@x.be")
    assert could_hold_any("Dhr. Peeters", "dhr. peeters")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text("abc.°é", min_size=1, max_size=4), min_size=1, max_size=8),
       st.text("abc.°é ", max_size=20))
def test_a_gates_search_of_words_finds_one_where_one_of_them_is(words, text):
    assert (_any_of(words).search(text) is not None) == any(w in text for w in words)


def test_plain_descriptions_run_no_detector_and_numbered_ones_only_the_gates(monkeypatch):
    """Counted, not timed: a bundle's descriptions without a digit, an @ or a title are turned
    down at the first look; with a row number in them, each kind stops at its gate."""
    run: list[str] = []

    def counting(kind, detect):  # type: ignore[no-untyped-def]
        def detector(text):  # type: ignore[no-untyped-def]
            run.append(kind)
            return detect(text)
        return detector

    made = tuple((kind, gate, counting(kind, detect)) for kind, gate, detect in detectors(TODAY))
    monkeypatch.setattr(privacy, "detectors", lambda today: made)
    for number in range(100):
        assert screen("Mensen haken af bij het onthaal na lang wachten.", TODAY) == []
        assert screen(f"Signaal {number}: mensen haken af na lang wachten.", TODAY) == []
    assert run == []
    assert screen("Bel 0471 23 45 67.", TODAY) and run == [PHONE]
