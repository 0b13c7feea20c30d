"""A chart on the beamer at the presenter's type size, its table one key away, copied or saved."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QFontInfo, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.plan import ACTION_STATUSES
from ...domain.taxonomy import ALL_BS
from ...paths import documents_dir, safe_file_name
from ...services import follow_up, measurement, plan
from .. import prompts
from ..chart_view import ChartView
from ..document import TrajectoryDocument
from ..i18n import fill, language, tr
from .keyed import KeyedActivity
from .style import set_role

#: A saved or copied PNG has this many pixels for each one on the beamer: sharp on a slide.
IMAGE_SCALE = 2
#: How long a line such as "Chart copied" stays.
NOTICE_MS = 4000


class ChartPane(QWidget):
    """A chart whose ordinary text is as large as the presenter's (its figure's dpi follows the
    type size), above a line for short notices; a key puts the table in its place."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = title
        self.view = ChartView(f"{name}Chart", title)
        self.view.table.hide()
        self.view.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the view's keys drive it
        self.notice = QLabel()
        self.notice.setObjectName(f"{name}Notice")
        self.notice.setAccessibleName(tr("What happened to the chart"))
        set_role(self.notice, "muted")
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.notice.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notice)
        #: what is shown (show_data's arguments), drawn again at a new type size
        self._shown: tuple | None = None
        self.table_shown = False
        #: where the next chart is saved: Documents, then the folder last saved in
        self.folder: Path | None = None
        self.table_action = QAction(tr("Show the table or the chart"), self)
        self.table_action.setObjectName(f"{name}TableAction")
        self.table_action.setShortcut(QKeySequence("V"))
        self.table_action.triggered.connect(self.toggle_table)
        self.copy_action = QAction(tr("Copy the chart as an image"), self)
        self.copy_action.setObjectName(f"{name}CopyAction")
        self.copy_action.setShortcut(QKeySequence("Ctrl+C"))
        self.copy_action.triggered.connect(self.copy_image)
        self.save_action = QAction(tr("Save the chart as PNG or SVG…"), self)
        self.save_action.setObjectName(f"{name}SaveAction")
        self.save_action.setShortcut(QKeySequence("Ctrl+S"))
        self.save_action.triggered.connect(self.save_image)
        self._enable()

    def key_actions(self) -> list[QAction]:
        return [self.table_action, self.copy_action, self.save_action]

    @property
    def figure(self):  # type: ignore[no-untyped-def]
        """The figure shown (None while the chart has nothing to draw)."""
        if self._shown is None or self._shown[4] or not self._shown[1]:
            return None
        return self._shown[0]

    def show_data(self, figure, rows: Sequence[str], columns: Sequence[str],  # type: ignore[no-untyped-def]
                  values: Sequence[Sequence[object]], blank: str = "",
                  changing: Sequence[object] = ()) -> None:
        """Draw `figure` at the presenter's type size and fill the table (see ChartView:
        `changing` are the artists new data changed in the figure shown, drawn again alone)."""
        self._shown = (figure, rows, columns, values, blank, changing)
        if figure is not None and not blank and rows:
            self._scale(figure)
        self.view.show_data(figure, rows, columns, values, blank, changing)
        self._show_mode()
        self._enable()

    def type_px(self) -> int:
        return QFontInfo(self.font()).pixelSize()

    def _scale(self, figure) -> None:  # type: ignore[no-untyped-def]
        """matplotlib's ordinary text ("medium") as large as the presenter's text: the figure's
        dots per inch follow the type size, so the layout keeps its proportions at any size."""
        from matplotlib import rcParams

        if figure.get_layout_engine() is None:
            # Margins fixed for the window's chart panel clip long labels at the beamer's type
            # size: the layout is worked out at each draw instead.
            figure.set_layout_engine("constrained")
        dpi = self.type_px() * 72 / float(rcParams["font.size"])
        canvas = self.view.canvas
        # A figure already on the canvas gets the screen's pixel ratio here; a new one gets it
        # from the canvas. matplotlib multiplies the ratio onto `_original_dpi` when the window
        # moves to a screen of another ratio (the beamer): that is the scaled dpi too.
        if canvas is not None and canvas.figure is figure:
            dpi_here = dpi * canvas.device_pixel_ratio
            if figure.dpi != dpi_here:  # the same dpi keeps what was drawn for `redraw`
                figure.set_dpi(dpi_here)
        else:
            figure.set_dpi(dpi)
        figure._original_dpi = dpi

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._shown is not None:
            self.show_data(*self._shown)  # zoomed, or moved to a screen of another size

    def _show_mode(self) -> None:
        table = self.view.table
        table.setVisible(self.table_shown)
        if self.table_shown:
            self.view.empty.hide()
            if self.view.canvas is not None:
                self.view.canvas.hide()

    def _enable(self) -> None:
        drawn = self.figure is not None
        self.copy_action.setEnabled(drawn)
        self.save_action.setEnabled(drawn)

    def toggle_table(self) -> None:
        """The table in the chart's place, or the chart back (drawn again at today's size)."""
        self.table_shown = not self.table_shown
        if self._shown is not None and not self.table_shown:
            self.show_data(*self._shown)
        self._show_mode()
        self.say(tr("The table is shown.") if self.table_shown else tr("The chart is shown."))

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self._notice_timer.start()

    def image(self, image_format: str) -> bytes:
        """The chart as shown, as a PNG (twice the beamer's pixels) or an SVG."""
        figure = self.figure
        assert figure is not None
        out = io.BytesIO()
        changing = self._shown[5] if self._shown else ()
        for artist in changing:  # drawn apart on screen (animated), which saving leaves out
            artist.set_animated(False)
        try:
            if image_format == "png":
                # Rendered by a canvas of its own: the one on screen keeps its pixels.
                figure.savefig(out, format="png", dpi=IMAGE_SCALE * figure._original_dpi,
                               backend="agg", facecolor="white")
            else:
                figure.savefig(out, format="svg", facecolor="white")
        finally:
            for artist in changing:
                artist.set_animated(True)
        return out.getvalue()

    def copy_image(self) -> None:
        if self.figure is None:
            return
        QGuiApplication.clipboard().setImage(QImage.fromData(self.image("png")))
        self.say(tr("The chart is on the clipboard: paste it into a slide."))

    def suggested_path(self) -> Path:
        folder = self.folder or documents_dir()
        return folder / (safe_file_name(f"{self.title} {date.today().isoformat()}") + ".png")

    def save_image(self) -> None:
        from ...exchange.atomic import write_atomically
        from ...exchange.errors import WriteError
        from ..messages import describe_write_error

        if self.figure is None:
            return
        path = prompts.choose_image_to_save(self, tr("Save the chart as"), self.suggested_path())
        if path is None:
            return
        image_format = "svg" if path.suffix.lower() == ".svg" else "png"
        data = self.image(image_format)

        def write(partial: Path) -> None:
            partial.write_bytes(data)

        try:
            write_atomically(path, write)
        except WriteError as exc:
            prompts.show_error(self, tr("Save the chart"), describe_write_error(exc))
            return
        self.folder = path.parent
        self.say(fill(tr("The chart is saved as %1."), str(path)))


class ChartSlide(KeyedActivity):
    """A presenter page that is one chart: a subclass says what it draws (`draw`), from which
    areas of the file (`areas`)."""

    key = "chart"

    def __init__(self, document: TrajectoryDocument, session_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.session_id = session_id
        self.setObjectName(f"{self.key}View")
        self.setAccessibleName(self.title())  # the presenter shows it as the page's heading
        self.pane = ChartPane(f"{self.key}Pane", self.title())
        for action in self.pane.key_actions():
            self.adopt(action)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane, 1)

    def reload(self) -> None:
        self.draw()

    def draw(self) -> None:
        """Show the chart with `self.pane.show_data`."""
        raise NotImplementedError


class ProgressSlide(ChartSlide):
    """Phase 6: the plan's actions per pillar by status, as the plan page draws them."""

    key = "progressSlide"
    areas = ("plan",)

    def title(self) -> str:
        return tr("Progress per pillar")

    def draw(self) -> None:
        from ...charts.plan_charts import progress_per_pillar

        pillars = plan.read_plan(self.document.db)
        statuses = ACTION_STATUSES.ordered_keys()
        labels = [ACTION_STATUSES.label(s, language()) for s in statuses]
        progress = follow_up.progress(pillars, date.today())
        titles = [p.title for p in pillars]
        counts = [[progress[p.id].counts.get(s, 0) for s in statuses] for p in pillars]
        self.pane.show_data(
            progress_per_pillar(titles, labels, counts, tr("Actions")) if pillars else None,
            titles, [*labels, tr("Overdue")],
            [[*row, progress[p.id].overdue] for p, row in zip(pillars, counts, strict=True)],
            blank="" if pillars else tr("The plan has no pillars yet."))


class ComparisonSlide(ChartSlide):
    """Phase 6: the region's mean per B in the baseline and in the re-measurement, small
    groups hidden as everywhere."""

    key = "comparisonSlide"
    areas = ("measurement",)

    def title(self) -> str:
        return tr("The baseline against the re-measurement")

    def draw(self) -> None:
        from ...charts.measurement_charts import round_comparison
        from ..formats import locale_decimal
        from ..score_views import cell_text, chart_value

        compared = measurement.baseline_against_latest(self.document.db)
        if compared is None:
            self.pane.show_data(None, [], [], [], blank=tr(
                "The comparison appears when a second measurement round (the re-measurement) "
                "is closed."))
            return
        labels = [ALL_BS.label(b, language()) for b in compared.bs]
        names = (compared.first.name, compared.last.name)
        self.pane.show_data(
            round_comparison(labels, [chart_value(c) for c in compared.before],
                             [chart_value(c) for c in compared.after], names,
                             decimal=locale_decimal()),
            labels, list(names), [[cell_text(a), cell_text(b)] for a, b in zip(
                compared.before, compared.after, strict=True)])
