"""The Qt-free layers type-check: mypy over the files pyproject.toml names, as configured there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_qt_free_layers_type_check(request, tmp_path):
    # mypy's incremental cache kept in pytest's cache folder (.pytest_cache/d/mypy) between
    # runs: a warm run checks again only the modules that changed and those depending on them
    # (~26 s cold, a few warm); a fresh clone or `-p no:cacheprovider` starts cold.
    cache = request.config.cache.mkdir("mypy") if request.config.pluginmanager.has_plugin(
        "cacheprovider") else tmp_path / "cache"
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(cache)], cwd=ROOT,
        capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
