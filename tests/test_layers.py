"""The layers of DESIGN.md: imports point downwards only (ui → services → store … → domain)."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
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


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """import-linter's contracts from pyproject.toml, over the package found in `root`."""
    return subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
         "sys.exit(lint_imports_command())"],
        cwd=root, env={**os.environ, "PYTHONPATH": str(root)}, capture_output=True, text=True,
        timeout=300)


def test_the_layers_hold_transitively():
    """The contracts in pyproject.toml follow imports through every module in between."""
    result = lint_imports(PACKAGE.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_an_indirect_violation_is_caught(tmp_path):
    """Negative control: the domain reaching Qt through a helper of its own is found."""
    shutil.copytree(PACKAGE, tmp_path / "drempelmeter",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PACKAGE.parent / "pyproject.toml", tmp_path)
    (tmp_path / "drempelmeter" / "domain" / "helper_of_its_own.py").write_text(
        '"""Looks harmless."""\nfrom drempelmeter.ui import app  # noqa: F401\n')
    result = lint_imports(tmp_path)
    assert result.returncode == 1
    assert "The domain is pure Python" in result.stdout or "Layers point" in result.stdout
    assert "helper_of_its_own" in result.stdout
