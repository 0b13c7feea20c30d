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


def frozen_bundle(tmp_path, monkeypatch, cache: str = '{"_version": "shipped"}'):
    """A frozen build's folder with the font cache made at build time, as sys._MEIPASS."""
    bundle = tmp_path / "bundle"
    (bundle / "matplotlib-cache").mkdir(parents=True)
    (bundle / "matplotlib-cache" / "fontlist-v9.9.json").write_text(cache, encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    return bundle


def test_a_frozen_build_gives_matplotlib_the_shipped_font_cache(tmp_path, monkeypatch,
                                                                 isolated_user_dirs):
    frozen_bundle(tmp_path, monkeypatch)
    environ: dict[str, str] = {}
    folder = paths.seed_matplotlib_config(environ)
    assert folder is not None and folder.is_relative_to(isolated_user_dirs / "cache")
    assert environ["MPLCONFIGDIR"] == str(folder)
    assert (folder / "fontlist-v9.9.json").read_text(encoding="utf-8") == '{"_version": "shipped"}'
    assert [p.name for p in folder.iterdir()] == ["fontlist-v9.9.json"]  # no partial copy left


def test_the_font_cache_matplotlib_keeps_is_not_overwritten(tmp_path, monkeypatch,
                                                            isolated_user_dirs):
    frozen_bundle(tmp_path, monkeypatch)
    folder = paths.seed_matplotlib_config({})
    assert folder is not None
    (folder / "fontlist-v9.9.json").write_text('{"_version": "updated"}', encoding="utf-8")
    assert paths.seed_matplotlib_config({}) == folder
    assert (folder / "fontlist-v9.9.json").read_text(encoding="utf-8") == '{"_version": "updated"}'


def test_matplotlib_is_left_alone_from_source_or_when_the_user_chose_a_folder(
        tmp_path, monkeypatch, isolated_user_dirs):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    environ: dict[str, str] = {}
    assert paths.seed_matplotlib_config(environ) is None and environ == {}
    frozen_bundle(tmp_path, monkeypatch)
    environ = {"MPLCONFIGDIR": "/somewhere/else"}
    assert paths.seed_matplotlib_config(environ) is None
    assert environ == {"MPLCONFIGDIR": "/somewhere/else"}
    assert not (isolated_user_dirs / "cache").exists()


def test_an_unwritable_cache_leaves_matplotlib_to_find_its_own_folder(tmp_path, monkeypatch,
                                                                      isolated_user_dirs):
    frozen_bundle(tmp_path, monkeypatch)
    (isolated_user_dirs / "cache").write_text("a file where the cache folder goes")
    environ: dict[str, str] = {}
    assert paths.seed_matplotlib_config(environ) is None
    assert "MPLCONFIGDIR" not in environ
