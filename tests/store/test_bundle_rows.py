"""The bundle import's driver-level reads and writes describe the signal table as the models do,
and store and read values as SQLAlchemy does."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import JSON, Boolean
from sqlalchemy.dialects import sqlite

from drempelmeter.services import signals
from drempelmeter.services.trajectory import open_trajectory
from drempelmeter.store import bundle_rows, queries
from drempelmeter.store.column_types import UTCDateTime
from drempelmeter.store.models import Base


@pytest.fixture
def demo_db(demo_file):
    db = open_trajectory(demo_file, back_up=False)
    yield db
    db.close()


def test_the_signal_is_described_whole_with_each_conversion():
    """An updated signal is read whole and a new one may set any column: none may be missing,
    and each column the models convert is converted alike."""
    model = Base.metadata.tables["signal"]
    assert tuple(model.c.keys()) == bundle_rows.SIGNAL_COLUMNS
    kinds = {JSON: bundle_rows.JSON_COLUMNS, UTCDateTime: bundle_rows.TIME_COLUMNS,
             Boolean: bundle_rows.FLAG_COLUMNS}
    dialect = sqlite.dialect()
    for column in model.c:
        described = [kind for kind, names in kinds.items() if column.name in names]
        if described:
            assert described == [type(column.type)], column.name
        else:
            impl = column.type.dialect_impl(dialect)
            assert impl.bind_processor(dialect) is None, f"{column.name} is converted"


def test_signals_are_read_as_the_models_read_them(demo_db):
    with demo_db.session() as session:
        expected = {s.id: {name: getattr(s, name) for name in bundle_rows.SIGNAL_COLUMNS}
                    for s in queries.signals(session)}
    with demo_db.sqlite() as conn:
        read = bundle_rows.signals_matching(conn, list(expected), [])
    assert len(read) == len(expected) > 10
    assert {row["id"]: row for row in read} == expected
    assert [row["created_at"] for row in read] == sorted(row["created_at"] for row in read)


def test_an_update_is_stored_as_the_models_store_it(demo_db):
    with demo_db.session() as session:
        signal = queries.signals(session)[0]
        values = signals.changed_values(signal, replace(
            signals.to_record(signal), tags=("digital",), kept_findings=("0471",),
            to_review=True))
    assert values["kept_confirmed_at"] is not None and values["to_review"] is True
    with demo_db.sqlite(writing=True) as conn:
        bundle_rows.update_signal(conn, signal.id, values)
    with demo_db.session() as session:
        stored = next(s for s in queries.signals(session) if s.id == signal.id)
        assert {name: getattr(stored, name) for name in values} == values
