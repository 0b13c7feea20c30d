"""The window on a laptop screen (1280×720, 1366×768): every page and tab of the demo opened
with the phase navigator and the page each at least their minimum width, and no window or
dialog larger than the screen. Each screen size runs in its own Qt process, since the offscreen
platform takes its screen from a configuration file when the application starts."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QSettings

from drempelmeter.ui.main_window import MainWindow
from drempelmeter.ui.settings import AppSettings
from drempelmeter.ui.workspace import NAVIGATOR_MIN_WIDTH, PAGE_MIN_WIDTH

WALK = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QDialog
    app = QApplication([])
    from drempelmeter.ui.i18n import install_translators
    from drempelmeter.ui.main_window import MainWindow
    from drempelmeter.ui.settings import AppSettings
    demo, folder, language = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    translators = install_translators(app, language)
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, folder / "drempelmeter.log")
    free = app.primaryScreen().availableGeometry()
    report = {"screen": [free.width(), free.height()], "first": [window.width(), window.height()],
              "first_at": [window.x(), window.y()], "views": [], "dialogs": []}
    window.show()
    window.setGeometry(free)  # as large as the screen lets it be: a maximised window
    app.processEvents()
    window.open_path(demo)
    workspace = window.workspace

    def record(name):
        app.processEvents()
        left, right = workspace.widget(0), workspace.widget(1)
        report["views"].append({
            "view": name, "window": [window.width(), window.height()],
            "navigator": left.width(), "navigator_min": left.minimumWidth(),
            "page": right.width(), "page_min": right.minimumWidth(),
            "scrolls": right.verticalScrollBar().isVisible(),
            "page_height": workspace.pages.minimumSizeHint().height(),
            "viewport_height": right.viewport().height(),
            "label": workspace.navigator.visualRect(workspace.navigator_model.index(2)).width(),
            "state_line": workspace.navigator.fontMetrics().horizontalAdvance(
                str(workspace.navigator_model.index(2).data()).splitlines()[1])})

    def dialogs(name):
        app.processEvents()
        for dialog in app.topLevelWidgets():
            if isinstance(dialog, QDialog) and dialog.isVisible():
                frame = dialog.frameGeometry()
                report["dialogs"].append({
                    "dialog": name, "inside": free.contains(frame),
                    "frame": [frame.x(), frame.y(), frame.width(), frame.height()]})
                dialog.reject()

    for number in range(1, 7):
        workspace.show_phase(number)
        record(f"phase {number}")
    for section in range(6):
        workspace.show_section(section)
        page = workspace.pages.currentWidget()
        tabs = getattr(page, "tabs", None)
        for tab in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(tab)
            record(f"section {section} tab {tab}")
    workspace.signals_page.on_add()
    dialogs("new signal")
    workspace.measurement_page.on_new_round()
    dialogs("new round")
    workspace.partners_page.on_add_partner()
    dialogs("new partner")
    window.close_trajectory()
    print(json.dumps(report))
""")


@pytest.mark.parametrize(("width", "height", "language"),
                         [(1280, 720, "nl"), (1366, 768, "nl"), (1280, 720, "en")])
def test_every_page_fits_a_laptop_screen(demo_file, tmp_path, width, height, language):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    done = subprocess.run(
        [sys.executable, "-c", WALK, str(demo_file), str(tmp_path), language],
        env={**__import__("os").environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
             "MPLBACKEND": "Agg"}, capture_output=True, text=True, timeout=240, check=True)
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["screen"] == [width, height]
    # The first window takes at most 90 % of the screen, centred.
    first_width, first_height = report["first"]
    assert first_width <= 0.9 * width and first_height <= 0.9 * height
    assert report["first_at"] == [(width - first_width) // 2, (height - first_height) // 2]
    assert len(report["views"]) >= 6 + 6
    for view in report["views"]:
        assert view["window"] == [width, height], view  # no page made the window grow
        assert view["navigator_min"] >= NAVIGATOR_MIN_WIDTH
        assert view["navigator"] >= view["navigator_min"], view
        assert view["page"] >= max(view["page_min"], PAGE_MIN_WIDTH), view
        # "3. Nulmeting" and its state ("In uitvoering · 2 van 5 klaar") on a line each
        assert view["label"] >= view["state_line"], view
        # A page scrolls only when it needs more than the room there is.
        assert view["scrolls"] == (view["page_height"] > view["viewport_height"]), view
    assert {d["dialog"] for d in report["dialogs"]} == {"new signal", "new round", "new partner"}
    for dialog in report["dialogs"]:
        assert dialog["inside"], dialog


def test_the_split_between_navigator_and_page_is_kept(qtbot, demo_file, tmp_path, answers):
    store = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    first = MainWindow(store, tmp_path / "drempelmeter.log")
    qtbot.addWidget(first)
    first.resize(1280, 720)
    first.show()
    first.open_path(demo_file)
    workspace = first.workspace
    workspace.moveSplitter(330, 1)
    chosen = workspace.sizes()
    assert chosen[0] == 330
    first.close_trajectory()

    second = MainWindow(store, tmp_path / "drempelmeter.log")
    qtbot.addWidget(second)
    second.resize(1280, 720)
    second.show()
    second.open_path(demo_file)
    assert second.workspace.sizes() == chosen
    # Dragging the navigator smaller than its minimum leaves it at its minimum.
    second.workspace.moveSplitter(40, 1)
    assert second.workspace.sizes()[0] == second.workspace.widget(0).minimumWidth()
    second.close_trajectory()


FIRST = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from drempelmeter.ui.main_window import MainWindow
    from drempelmeter.ui.settings import AppSettings
    folder = Path(sys.argv[1])
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, folder / "drempelmeter.log")
    print(json.dumps([window.x(), window.y(), window.width(), window.height()]))
""")


def test_the_first_window_on_a_beamer_takes_the_room_not_a_laptop_size(tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "beamer", "x": 0, "y": 0, "width": 1920, "height": 1080,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    done = subprocess.run(
        [sys.executable, "-c", FIRST, str(tmp_path)],
        env={**__import__("os").environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"},
        capture_output=True, text=True, timeout=120, check=True)
    x, y, width, height = json.loads(done.stdout.splitlines()[-1])
    assert (width, height) == (1728, 972)  # 90 % of the screen, centred
    assert (x, y) == ((1920 - width) // 2, (1080 - height) // 2)
