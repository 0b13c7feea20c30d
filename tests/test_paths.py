"""Bundled folders are found from a source checkout and from a frozen build."""

from __future__ import annotations

import sys

from drempelmeter import paths


def test_source_checkout_finds_resources_and_questionnaires():
    assert (paths.resource("icons", "drempelmeter.svg")).is_file()
    assert (paths.resource("translations", "drempelmeter_nl.ts")).is_file()
    assert (paths.questionnaires_dir() / "README.md").is_file()


def test_a_frozen_build_looks_in_its_bundle_first(tmp_path, monkeypatch):
    (tmp_path / "resources").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"


def test_user_folders_follow_the_platform_and_exist(isolated_user_dirs):
    assert paths.user_data_dir().is_dir()
    assert paths.user_data_dir().is_relative_to(isolated_user_dirs)
    assert paths.user_log_dir().is_dir()


def test_the_release_notes_ship_with_every_build(tmp_path, monkeypatch):
    import tomllib

    assert paths.release_notes() == paths.PACKAGE_DIR.parent / "CHANGELOG.md"  # a checkout
    with (paths.PACKAGE_DIR.parent / "pyproject.toml").open("rb") as file:
        wheel = tomllib.load(file)["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert wheel["force-include"]["CHANGELOG.md"] == "drempelmeter/CHANGELOG.md"
    (tmp_path / "CHANGELOG.md").write_text("# Changelog\n", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.release_notes() == tmp_path / "CHANGELOG.md"  # a frozen build
