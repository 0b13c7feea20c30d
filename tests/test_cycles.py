"""The cycle collector is paused while a bulk operation runs, and left as it was after: on,
off, or after the operation failed."""

from __future__ import annotations

import gc

import pytest

from drempelmeter.cycles import cycles_paused


@cycles_paused
def collector_on(fail: bool = False) -> bool:
    if fail:
        raise ValueError("failed")
    return gc.isenabled()


def test_paused_while_it_runs_then_on_again_even_after_a_failure():
    assert gc.isenabled()
    assert collector_on() is False
    assert gc.isenabled()
    with pytest.raises(ValueError):
        collector_on(fail=True)
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    try:
        assert collector_on() is False
        assert not gc.isenabled()
    finally:
        gc.enable()
