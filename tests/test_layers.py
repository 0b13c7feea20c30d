"""The layers of DESIGN.md: imports point downwards only (ui → services → store … → domain)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "drempelmeter"

# layer → top-level modules it must never import
FORBIDDEN = {
    "domain": {"PySide6", "sqlalchemy", "alembic", "matplotlib", "reportlab", "openpyxl",
               "drempelmeter.store", "drempelmeter.services", "drempelmeter.ui",
               "drempelmeter.exchange", "drempelmeter.charts"},
    "store": {"PySide6", "drempelmeter.services", "drempelmeter.ui", "drempelmeter.exchange",
              "drempelmeter.charts"},
    "exchange": {"PySide6", "sqlalchemy", "alembic", "drempelmeter.services", "drempelmeter.ui"},
    "charts": {"PySide6", "sqlalchemy", "alembic", "matplotlib.pyplot", "drempelmeter.services",
               "drempelmeter.ui", "drempelmeter.store"},
    "services": {"PySide6", "sqlalchemy", "alembic", "drempelmeter.ui"},
    "ui": {"sqlalchemy", "alembic", "matplotlib.pyplot", "drempelmeter.store"},
}
TOP_LEVEL_NO_QT = ("cli.py", "paths.py", "logs.py", "linux_display.py", "__init__.py")


def imported_modules(path: Path) -> set[str]:
    """Absolute names of every module `path` imports, relative imports resolved."""
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def violations(path: Path, forbidden: set[str]) -> set[str]:
    return {
        name for name in imported_modules(path)
        for bad in forbidden if name == bad or name.startswith(bad + ".")
    }


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_downwards(layer):
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no modules in {layer}/"
    found = {str(f.relative_to(PACKAGE)): sorted(v) for f in files
             if (v := violations(f, FORBIDDEN[layer]))}
    assert found == {}


def test_top_level_modules_do_not_import_qt_or_sql():
    for name in TOP_LEVEL_NO_QT:
        assert violations(PACKAGE / name, {"PySide6", "sqlalchemy"}) == set(), name


def test_the_check_itself_catches_a_violation(tmp_path):
    bad = PACKAGE / "services" / "trajectory.py"
    assert violations(bad, {"drempelmeter.store"})  # it does import the store, legitimately
    assert not violations(bad, {"PySide6"})
