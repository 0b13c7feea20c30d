"""Ids made many at once are the random UUIDs (version 4) that `new_id` makes one at a time."""

from __future__ import annotations

import random
import uuid

from drempelmeter.domain.ids import new_id, new_ids


def test_ids_made_at_once_are_version_4_uuids_written_as_new_id_writes_them():
    made = new_ids(2000)
    assert len(set(made)) == 2000
    for text in made:
        parsed = uuid.UUID(text)
        assert (parsed.version, parsed.variant, str(parsed)) == (4, uuid.RFC_4122, text)
    assert len(new_id()) == len(made[0]) and new_ids(0) == []


def test_every_random_bit_varies():
    """The version and variant bits are set, not the bits around them (a mask one off would
    leave a bit fixed in all of them)."""
    made = [uuid.UUID(text).int for text in new_ids(500)]
    fixed = (2**128 - 1) & ~(0xF << 76) & ~(0x3 << 62)
    ones = zeros = 0
    for value in made:
        ones |= value
        zeros |= ~value
    assert ones & zeros & fixed == fixed


def test_ids_from_a_seeded_generator_are_made_again_from_the_seed():
    """The province-size test trajectory (packaging/bench/make_scaled.py) is the same file for
    the same seed, its ids those a template carries back."""
    first, again = (new_ids(3, random.Random(14).randbytes) for _ in range(2))
    assert first == again != new_ids(3, random.Random(15).randbytes)
    assert all(uuid.UUID(text).version == 4 for text in first)
