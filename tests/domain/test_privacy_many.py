"""`screen_many` finds in each text exactly what `screen` finds in it alone, with the gates'
searches run over all the texts joined: on lists of texts made of what the detectors look for,
texts with the separator in them, empty texts; and it screens alone only the texts some gate
lets through (counted, not timed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from drempelmeter.domain import privacy
from drempelmeter.domain.privacy import screen, screen_many

from .test_privacy_gates import TODAY, texts

#: Texts that end or begin where another's pattern would go on: a number cut in two by the
#: join, a spelled-out "at" at a text's edge, an IBAN's letters at the end of one text.
#: An account of Azerbaijan holds two digits: only the IBAN's gate lets its text through.
FEW_DIGITS_IBAN = "AZ75NABZABCDEFGHIJKLMNOPQRST"
EDGES = st.sampled_from([FEW_DIGITS_IBAN, "BE68", "5390 0754 7034", "jan at", "at x.be", "0471 23", "45 67",
                         "Kerkstraat", "12", "geb.", "1/2/1990", "Dhr.", "Peeters", "\x00",
                         "a\x00b 0471 23 45 67", ""])


@settings(max_examples=150, deadline=None)
@given(st.lists(texts | EDGES, max_size=12))
def test_each_text_gets_what_the_screen_finds_in_it_alone(many):
    assert screen_many(many, TODAY) == [screen(text, TODAY) for text in many]


def test_each_gate_alone_lets_its_text_through():
    """A text that one gate alone lets through, for each kind: none is lost to the others'."""
    alone = [f"Huur naar {FEW_DIGITS_IBAN} gestort.", "Mail jan (at) voorbeeld (punt) be.",
             "Bel 0471 23 45 67.", "RRN 85.07.30-033.28.", "Geboren op 3/4/1990.",
             "Woont in de Kerkstraat 12.", "Dhr. Peeters belde.", "Niets te zien hier."]
    found = screen_many(alone, TODAY)
    assert found == [screen(text, TODAY) for text in alone]
    assert [{f.kind for f in kinds} for kinds in found] == [
        {"iban"}, {"email"}, {"phone"}, {"national_number"}, {"birth_date"}, {"address"},
        {"name"}, set()]


def test_only_the_texts_a_gate_lets_through_are_screened_alone(monkeypatch):
    screened: list[str] = []
    alone = privacy.screen

    def counting(text, today=None):  # type: ignore[no-untyped-def]
        screened.append(text)
        return alone(text, today)

    monkeypatch.setattr(privacy, "screen", counting)
    plain = [f"Signaal {n}: mensen haken af bij het onthaal na lang wachten." for n in range(500)]
    found = screen_many([*plain, "Bel dhr. Peeters op 0471 23 45 67."], TODAY)
    assert screened == ["Bel dhr. Peeters op 0471 23 45 67."]
    assert found[:-1] == [[]] * 500 and {f.kind for f in found[-1]} == {"name", "phone"}
