"""A partner named as a user types it: case, accents and spaces aside, only when one matches."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.partners import find_partner


@dataclass
class Named:
    name: str


KNOWN = [Named("OCMW Heuvelgem"), Named("Café Société"), Named("CAW Demervallei"),
         Named("Huis"), Named("huis")]


@pytest.mark.parametrize("typed, meant", [
    ("OCMW Heuvelgem", "OCMW Heuvelgem"),
    ("ocmw heuvelgem", "OCMW Heuvelgem"),
    ("  OCMW   Heuvelgem ", "OCMW Heuvelgem"),
    ("cafe societe", "Café Société"),
    ("huis", "huis"),  # the exact name wins over one the same but for case
])
def test_a_partner_is_found_ignoring_case_accents_and_spaces(typed, meant):
    assert find_partner(KNOWN, typed).name == meant


@pytest.mark.parametrize("typed", ["ocmw", "HUIS", "Bakkerij"])
def test_none_or_several_alike_is_refused_with_every_partners_name(typed):
    with pytest.raises(InvalidInput) as refused:
        find_partner(KNOWN, typed)
    assert refused.value.problem == InvalidInput.NOT_FOUND
    assert refused.value.choices == tuple(p.name for p in KNOWN)
