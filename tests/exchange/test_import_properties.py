"""Generated rows and cell values thrown at the importer: it raises only its own errors, and an
import is all or nothing."""

from __future__ import annotations

from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drempelmeter.exchange.bundle_columns import COLUMNS
from drempelmeter.exchange.errors import WorkbookError
from drempelmeter.services import bundles, signals, vocabularies
from drempelmeter.services.trajectory import get_trajectory

from .conftest import count, fill

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60)
LABELS = st.sampled_from([t.nl for c in COLUMNS if c.vocabulary for t in c.vocabulary]
                         + [t.en for c in COLUMNS if c.vocabulary for t in c.vocabulary])
CELL = st.one_of(
    st.none(), TEXT, LABELS, st.integers(-10, 10**12), st.floats(allow_nan=False),
    st.booleans(), st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.sampled_from(["=1+1", "=A1", "+3", "@x", "Bekendheid; Wonen", "3 – groot", "  "]),
)
ROWS = st.lists(st.lists(CELL, min_size=0, max_size=len(COLUMNS)), min_size=1, max_size=6)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rows=ROWS, valid_rows_only=st.booleans())
def test_the_importer_never_crashes_and_never_writes_half(demo_db, template, tmp_path_factory,
                                                          rows, valid_rows_only):
    filled = fill(template, rows, out=tmp_path_factory.mktemp("h") / "bundle.xlsx")
    before = count(demo_db)
    try:
        report = bundles.import_bundle(demo_db, filled, valid_rows_only=valid_rows_only)
    except WorkbookError:
        assert count(demo_db) == before
        return
    if report.written:
        assert valid_rows_only or not report.problems
        assert count(demo_db) == before + report.added
    else:
        assert report.problems and not valid_rows_only
        assert count(demo_db) == before
    trajectory = get_trajectory(demo_db)
    for record in signals.list_signals(demo_db):  # the reader's checks are validated()'s
        signals.validated(record, trajectory.optional_bs, vocabularies.effective(demo_db))
    again = bundles.import_bundle(demo_db, filled, valid_rows_only=True)
    assert again.added == 0  # whatever was imported is recognised the second time
