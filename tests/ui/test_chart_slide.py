"""A chart on the beamer: its text as large as the presenter's, redrawn whole at every size and
type size, its table one key away, copied and saved as a real PNG and SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import numpy
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QWidget

from drempelmeter.charts.workshop_charts import ANSWER_STYLE, PollChart
from drempelmeter.services.records import TrajectoryRecord
from drempelmeter.services.trajectory import create_trajectory
from drempelmeter.ui import prompts
from drempelmeter.ui.document import TrajectoryDocument
from drempelmeter.ui.workshop.chart_slide import IMAGE_SCALE, ChartSlide

from .test_chart_view import pixels

BS = ["Bekendheid", "Bereikbaarheid", "Beschikbaarheid", "Betaalbaarheid $5"]
ANSWERS = ["Heel zwak", "Zwak", "Matig", "Goed", "Heel goed", "Weet niet", "N.v.t."]
COUNTS = [[1, 2, 5, 3, 0, 1, 0], [0, 0, 2, 8, 4, 0, 0], [3, 3, 3, 3, 3, 0, 1], [0, 1, 0, 0, 0, 0, 0]]


class CountsSlide(ChartSlide):
    """The poll's chart from fixed counts: a chart slide as a subclass makes one."""

    key = "countsTest"

    def title(self) -> str:
        return "Counts"

    def draw(self) -> None:
        chart = PollChart(BS, ANSWERS, COUNTS, "Handen", current=1)
        self.pane.show_data(chart.figure, BS, ANSWERS, COUNTS, changing=chart.changing())


@pytest.fixture
def slide(qtbot, tmp_path):
    db = create_trajectory(tmp_path / "slide.drempel", TrajectoryRecord(name="Dia"))
    document = TrajectoryDocument(db)
    host = QWidget()  # the presenter's type: every widget's text 30 px, as on a 1080p beamer
    host.setObjectName("presenterWindow")
    host.setStyleSheet("#presenterWindow QWidget { font-size: 30px; }")
    qtbot.addWidget(host)
    view = CountsSlide(document, "no-session", host)
    host.resize(1280, 720)
    view.resize(1280, 720)
    host.show()
    qtbot.waitExposed(host)
    view.reload()
    qtbot.wait(30)
    yield view
    document.close()


def assert_shows_only_its_figure(view) -> None:  # type: ignore[no-untyped-def]
    canvas = view.pane.view.canvas
    canvas.draw()
    ratio = canvas.device_pixel_ratio
    size = canvas.figure.get_size_inches() * canvas.figure.dpi
    assert (round(size[0]), round(size[1])) == (round(canvas.width() * ratio),
                                                round(canvas.height() * ratio))
    drawn = numpy.asarray(canvas.buffer_rgba())
    shown = pixels(canvas.grab().toImage())
    assert shown.shape == drawn.shape
    assert numpy.array_equal(shown[..., :3], drawn[..., :3])
    assert (shown[-1, :, :3] == 255).all() and (shown[:, -1, :3] == 255).all()


def test_the_chart_text_is_the_presenters_size_and_fills_the_slide_at_two_sizes(slide, qtbot):
    figure = slide.pane.figure
    ratio = slide.pane.view.canvas.device_pixel_ratio
    assert slide.pane.type_px() == 30
    # matplotlib's ordinary text (10 pt) is drawn 30 px high: 30 px × 72 / 10 pt dots per inch.
    assert figure.dpi == pytest.approx(216 * ratio)
    assert_shows_only_its_figure(slide)
    slide.parentWidget().resize(1920, 1080)
    slide.resize(1920, 1080)
    qtbot.wait(30)
    assert_shows_only_its_figure(slide)
    # New data at the new size: a new figure, fitted whole.
    slide.reload()
    qtbot.wait(30)
    assert slide.pane.figure is not figure
    assert_shows_only_its_figure(slide)


def test_zoom_draws_the_chart_again_at_the_new_type_size(slide, qtbot):
    slide.parentWidget().setStyleSheet("#presenterWindow QWidget { font-size: 40px; }")
    qtbot.wait(30)
    assert slide.pane.type_px() == 40
    ratio = slide.pane.view.canvas.device_pixel_ratio
    assert slide.pane.figure.dpi == pytest.approx(288 * ratio)
    assert_shows_only_its_figure(slide)


def test_the_table_is_one_key_away(slide, qtbot):
    table, canvas = slide.pane.view.table, slide.pane.view.canvas
    assert canvas.isVisible() and not table.isVisible()
    slide.setFocus()
    qtbot.keyClick(slide, Qt.Key.Key_V)
    assert table.isVisible() and not canvas.isVisible()
    assert table.rowCount() == 4 and table.item(1, 3).text() == "8"
    assert table.verticalHeaderItem(3).text() == "Betaalbaarheid $5"
    qtbot.keyClick(slide, Qt.Key.Key_V)
    qtbot.wait(30)
    assert canvas.isVisible() and not table.isVisible()
    assert_shows_only_its_figure(slide)
    names = {a.objectName(): a for a in slide.key_actions()}
    assert all(a.shortcut().toString() and a.text() for a in names.values())


def test_copy_puts_the_chart_on_the_clipboard(slide, qtbot):
    QGuiApplication.clipboard().clear()
    slide.setFocus()
    qtbot.keyClick(slide, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    image = QGuiApplication.clipboard().image()
    assert not image.isNull()
    canvas = slide.pane.view.canvas
    assert (image.width(), image.height()) == (IMAGE_SCALE * canvas.width(),
                                               IMAGE_SCALE * canvas.height())


def test_save_writes_a_real_png_and_svg(slide, qtbot, tmp_path, monkeypatch):
    asked = []
    target = [tmp_path / "dia.png"]

    def choose(_parent, _title, suggestion):  # type: ignore[no-untyped-def]
        asked.append(suggestion)
        return target[0]

    monkeypatch.setattr(prompts, "choose_image_to_save", choose)
    slide.setFocus()
    qtbot.keyClick(slide, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    data = (tmp_path / "dia.png").read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    # The bars, drawn apart on screen, are in the image too.
    saved = pixels(QImage(str(tmp_path / "dia.png")))
    orange = numpy.array([int(ANSWER_STYLE[1][0][i:i + 2], 16) for i in (1, 3, 5)])
    assert (numpy.abs(saved[..., :3].astype(int) - orange).sum(axis=2) < 6).sum() > 1000
    assert asked[0].suffix == ".png" and asked[0].name.startswith("Counts 20")
    target[0] = tmp_path / "dia.svg"
    qtbot.keyClick(slide, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    root = ET.parse(tmp_path / "dia.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert ANSWER_STYLE[1][0].lower() in (tmp_path / "dia.svg").read_text().lower()
    assert asked[1].parent == tmp_path  # the folder last saved in, next time
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("dia")) == [
        "dia.png", "dia.svg"]
    # The chart on screen is untouched by the saving.
    assert_shows_only_its_figure(slide)


def test_phase_6_slides_show_the_plans_progress_and_follow_its_edits(qtbot, demo_file):
    from drempelmeter.domain.plan import all_actions
    from drempelmeter.services import plan, workshops
    from drempelmeter.services.trajectory import open_trajectory
    from drempelmeter.ui.plan_edits import add_status
    from drempelmeter.ui.workshop.chart_slide import ComparisonSlide, ProgressSlide

    db = open_trajectory(demo_file, back_up=False)
    document = TrajectoryDocument(db)
    try:
        session_id = workshops.list_sessions(db)[0].id
        progress, comparison = ProgressSlide(document, session_id), ComparisonSlide(
            document, session_id)
        for slide in (progress, comparison):
            document.changed.connect(slide.on_changed)  # as the controller does
            qtbot.addWidget(slide)
            slide.resize(1280, 720)
            slide.show()
            slide.reload()
        pillars = plan.read_plan(db)
        table = progress.pane.view.table
        assert table.rowCount() == len(pillars) and progress.pane.figure is not None
        done = next(c for c in range(table.columnCount())
                    if table.horizontalHeaderItem(c).text() == "Done")
        before = int(table.item(0, done).text())
        action = all_actions(pillars[:1])[0]
        assert action.status != "done"
        assert document.push(add_status(document, "step-test", action.id, "done", date.today(),
                                        ""))
        assert int(table.item(0, done).text()) == before + 1
        # The demo's end measurement is still open: the comparison says when it will appear.
        assert comparison.pane.figure is None
        assert "second measurement round" in comparison.pane.view.empty.text()
        assert not comparison.pane.copy_action.isEnabled()
    finally:
        document.close()
