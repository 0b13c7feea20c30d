"""The crash harness, smaller: files killed mid-edit open, pass check, keep every returned edit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

STRESS = Path(__file__).resolve().parents[2] / "packaging" / "stress.py"
KILLS = 21  # 7 each during imports, services edits and window edits (undo commands)


@pytest.mark.slow
def test_kills_at_the_journal_mid_commit_and_at_random_leave_sound_files():
    result = subprocess.run(
        [sys.executable, str(STRESS), "--kills", str(KILLS), "--control", "6", "--seed", "11"],
        capture_output=True, text=True, timeout=600,
    )
    report = result.stdout + result.stderr
    assert f"kills failing a criterion: 0 of {KILLS}" in result.stdout, report
    assert "detections:              0 of" not in result.stdout, report
    assert result.returncode == 0, report
    assert "Result: PASS" in result.stdout, report
