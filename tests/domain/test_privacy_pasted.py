"""The personal-data guard on text pasted from a word processor or a web page: a bank or a form
that groups a number with non-breaking spaces or joins it with non-breaking hyphens and dashes
hides nothing, and look-alikes written the same way still pass."""

from __future__ import annotations

from datetime import date

import pytest

from drempelmeter.domain.privacy import IBAN, NATIONAL_NUMBER, PHONE, screen
from drempelmeter.domain.text import clean

TODAY = date(2026, 11, 22)
NBSP, NARROW_NBSP, NB_HYPHEN, EN_DASH, HYPHEN = "\u00a0", "\u202f", "\u2011", "\u2013", "\u2010"


@pytest.mark.parametrize(("text", "kind", "number"), [
    (f"Storten op BE68{NBSP}5390{NBSP}0754{NBSP}7034, graag.", IBAN,
     f"BE68{NBSP}5390{NBSP}0754{NBSP}7034"),
    (f"Rekening BE68{NARROW_NBSP}5390{NARROW_NBSP}0754{NARROW_NBSP}7034 is fout.", IBAN,
     f"BE68{NARROW_NBSP}5390{NARROW_NBSP}0754{NARROW_NBSP}7034"),
    (f"Rijksregisternummer 85.07.30{NB_HYPHEN}033.28 wacht.", NATIONAL_NUMBER,
     f"85.07.30{NB_HYPHEN}033.28"),
    (f"Rijksregisternummer 85.07.30{EN_DASH}033.28 wacht.", NATIONAL_NUMBER,
     f"85.07.30{EN_DASH}033.28"),
    (f"Nummer 850730{HYPHEN}033{HYPHEN}28 wacht.", NATIONAL_NUMBER, f"850730{HYPHEN}033{HYPHEN}28"),
    (f"Bel 0470{NB_HYPHEN}12{NB_HYPHEN}34{NB_HYPHEN}56 voor een afspraak.", PHONE,
     f"0470{NB_HYPHEN}12{NB_HYPHEN}34{NB_HYPHEN}56"),
])
def test_a_number_written_with_pasted_spaces_or_dashes_is_found_as_written(text, kind, number):
    """Each was missed (the IBAN, the national number): the finding names the text as it
    stands, so the window and the reports mark and mask the right characters."""
    found = screen(clean(text), TODAY)
    assert [(f.kind, f.text) for f in found] == [(kind, number)]
    assert clean(text)[found[0].start:found[0].end] == number


@pytest.mark.parametrize("text", [
    f"Werkingsjaren 2019{EN_DASH}2024 en 2023{NB_HYPHEN}2024.",
    f"Periode 01.01.2024{EN_DASH}31.12.2024, evaluatie in 2025.",
    f"Van 12{NB_HYPHEN}03{NB_HYPHEN}2024 tot 15{NB_HYPHEN}04{NB_HYPHEN}2024 gesloten.",
    f"Budget 12.345,67{NBSP}euro, waarvan 1.234.567,89 van de provincie.",
    f"Postcode 3500{NBSP}Hasselt, loket 12{EN_DASH}14.",
    f"Dossier 2024/12345{EN_DASH}B, referentie 23.456.789.012.",
    f"Ondernemingsnummer 0207.437.468, artikel 12{EN_DASH}15 van het decreet.",
])
def test_look_alikes_with_pasted_spaces_or_dashes_pass(text):
    assert screen(clean(text), TODAY) == []
