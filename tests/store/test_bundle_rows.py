"""The bundle import's column queries describe the signal and partner tables as the models do."""

from __future__ import annotations

import pytest

from drempelmeter.store import bundle_rows
from drempelmeter.store.models import Base

from . import test_start_rows


@pytest.mark.parametrize("light", bundle_rows.TABLES, ids=lambda t: t.name)
def test_each_described_column_is_the_models_with_its_conversion(light):
    test_start_rows.test_each_described_column_is_the_models_with_its_conversion(light)


def test_the_signal_is_described_whole():
    """An updated signal is read whole and a new one may set any column: none may be missing."""
    assert list(bundle_rows.SIGNAL.c.keys()) == list(Base.metadata.tables["signal"].c.keys())
