"""The first window's column queries describe the tables as the models define them."""

from __future__ import annotations

import pytest
from sqlalchemy.dialects import sqlite
from sqlalchemy.types import NullType

from drempelmeter.domain.vocabularies import Change
from drempelmeter.services import vocabularies
from drempelmeter.store import start_rows
from drempelmeter.store.models import Base

#: Columns described untyped although their stored value is converted: only sorted on.
SORTED_ONLY = {("decision", "created_at")}


@pytest.mark.parametrize("light", start_rows.TABLES, ids=lambda t: t.name)
def test_each_described_column_is_the_models_with_its_conversion(light):
    model = Base.metadata.tables[light.name]
    dialect = sqlite.dialect()
    for column in light.c:
        assert column.name in model.c, f"{light.name}.{column.name} is not in the models"
        model_type = model.c[column.name].type
        if isinstance(column.type, NullType):
            converts = model_type.dialect_impl(dialect).result_processor(dialect, None) is not None
            assert not converts or (light.name, column.name) in SORTED_ONLY, (
                f"{light.name}.{column.name} is read as stored, the models convert it")
        else:
            assert type(column.type) is type(model_type), f"{light.name}.{column.name}"


def test_a_column_described_with_another_type_fails_the_check():
    light = start_rows.table("phase", start_rows.column("started_on"))
    with pytest.raises(AssertionError, match="read as stored"):
        test_each_described_column_is_the_models_with_its_conversion(light)


def test_the_vocabulary_changes_read_as_the_region_made_them(new_db):
    key = vocabularies.add_term(new_db, "target_groups", "Mensen zonder papieren")
    vocabularies.forget_cached(new_db)
    changes = vocabularies.effective(new_db).changes
    added = [c for c in changes if c.key == key]
    assert added == [Change("target_groups", key, "Mensen zonder papieren", None, None,
                            added[0].position)]
    assert all(isinstance(c.retired, bool | None) for c in changes)
