"""The open trajectory: the phase navigator and section list on the left, the chosen page right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import phases, vocabularies
from ..services.errors import TrajectoryFileError
from . import text_size
from .document import TrajectoryDocument
from .i18n import tr
from .phase_models import PhaseNavigatorModel
from .phase_page import PhasePage
from .settings import AppSettings
from .vocabulary_edits import VOCABULARIES

if TYPE_CHECKING:
    from .barriers_page import BarriersPage
    from .measurement_page import MeasurementPage
    from .partners_page import PartnersPage
    from .plan_page import PlanPage
    from .signals_page import SignalsPage
    from .trajectory_page import TrajectoryPage

SIGNALS, MEASUREMENT, BARRIERS, PLAN, PARTNERS, DETAILS = range(6)
#: The section where each phase's work is done.
PHASE_SECTIONS = {1: PARTNERS, 2: SIGNALS, 3: MEASUREMENT, 4: BARRIERS, 5: PLAN, 6: PLAN}

#: Pixel widths of the panes: the navigator's least and first width, the page's least.
NAVIGATOR_MIN_WIDTH, NAVIGATOR_WIDTH, PAGE_MIN_WIDTH = 200, 240, 560


class PageStack(QStackedWidget):
    """The pages, as wide as the one shown needs (not the widest of them), inside a scroll
    area: a page wider than the room beside the navigator scrolls rather than squeezing it."""

    def __init__(self) -> None:
        super().__init__()
        self.scroller = QScrollArea()
        self.scroller.setObjectName("pageScroller")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setWidget(self)
        self.currentChanged.connect(self._page_changed)

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page else QSize()

    def heightForWidth(self, _width: int) -> int:
        """None: the scroll area would grow the pages to the preferred height of the tallest
        one; the page shown gets the viewport's height, and scrolls only below its minimum."""
        return -1

    def _page_changed(self) -> None:
        self.updateGeometry()
        self.scroller.horizontalScrollBar().setValue(0)
        self.scroller.verticalScrollBar().setValue(0)


class Workspace(QSplitter):
    """Everything shown while a trajectory is open."""

    #: a filled workbook a page asked to import (the window runs the import)
    import_requested = Signal(object)
    #: a page could not be read from the file (a damaged file opened read-only)
    read_failed = Signal(object)

    def __init__(self, document: TrajectoryDocument, settings: AppSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("workspace")
        self.settings = settings
        self.document = document
        self.navigator_model = PhaseNavigatorModel(self)
        self.navigator = QListView()
        self.navigator.setObjectName("phaseNavigator")
        self.navigator.setAccessibleName(tr("Phases"))
        self.navigator.setModel(self.navigator_model)
        self.navigator.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.navigator.setSpacing(2)
        self.navigator.setWordWrap(True)
        self.navigator.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections = QListWidget()
        self.sections.setObjectName("sectionNavigator")
        self.sections.setAccessibleName(tr("Trajectory"))
        self.sections.addItems([tr("Signals"), tr("Measurement"), tr("Barriers"),
                                tr("Action plan"), tr("Partners and participants"),
                                tr("Trajectory details")])
        self._fit_sections()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        phases_label = QLabel(tr("&Phases"))
        phases_label.setBuddy(self.navigator)
        sections_label = QLabel(tr("&Trajectory"))
        sections_label.setBuddy(self.sections)
        left_layout.addWidget(phases_label)
        left_layout.addWidget(self.navigator, 1)
        left_layout.addWidget(sections_label)
        left_layout.addWidget(self.sections)

        self.phase_page = PhasePage(document)
        self.phase_page.work_requested.connect(self.show_work_of_phase)
        self._signals_page: SignalsPage | None = None
        self._measurement_page: MeasurementPage | None = None
        self._barriers_page: BarriersPage | None = None
        self._plan_page: PlanPage | None = None
        self._partners_page: PartnersPage | None = None
        self._details_page: TrajectoryPage | None = None
        self.pages = PageStack()
        self.pages.addWidget(self.phase_page)
        self.addWidget(left)
        self.addWidget(self.pages.scroller)
        self._size_panes(left)

        # A page changes when the user chooses it (click, arrow keys, Enter, Space), never
        # because Tab lands on a list and Qt makes its first row current (WCAG 3.2.1).
        self.navigator.selectionModel().selectionChanged.connect(self.on_phase_selection)
        self.navigator.activated.connect(lambda _index: self.on_phase_selection())
        self.sections.itemSelectionChanged.connect(self.on_section_selection)
        self.sections.activated.connect(lambda index: self.on_section_chosen(index.row()))
        document.changed.connect(self.on_changed)
        self.refresh_navigator()

    @property
    def signals_page(self) -> SignalsPage:
        if self._signals_page is None:
            from .signals_page import SignalsPage  # loads the signal and chart modules

            self._signals_page = SignalsPage(self.document)
            self.pages.addWidget(self._signals_page)
        return self._signals_page

    @property
    def measurement_page(self) -> MeasurementPage:
        if self._measurement_page is None:
            from .measurement_page import MeasurementPage  # loads the scoring and its charts

            self._measurement_page = MeasurementPage(self.document)
            self._measurement_page.import_requested.connect(self.import_requested)
            self.pages.addWidget(self._measurement_page)
        return self._measurement_page

    @property
    def barriers_page(self) -> BarriersPage:
        if self._barriers_page is None:
            from .barriers_page import BarriersPage

            self._barriers_page = BarriersPage(self.document)
            self.pages.addWidget(self._barriers_page)
        return self._barriers_page

    @property
    def plan_page(self) -> PlanPage:
        if self._plan_page is None:
            from .plan_page import PlanPage

            self._plan_page = PlanPage(self.document)
            self.pages.addWidget(self._plan_page)
        return self._plan_page

    @property
    def partners_page(self) -> PartnersPage:
        """Built the first time it is needed, so opening a file stays quick."""
        if self._partners_page is None:
            from .partners_page import PartnersPage  # loads the record editors

            self._partners_page = PartnersPage(self.document)
            self._partners_page.signals_requested.connect(self.show_partner_signals)
            self.pages.addWidget(self._partners_page)
        return self._partners_page

    @property
    def details_page(self) -> TrajectoryPage:
        if self._details_page is None:
            from .trajectory_page import TrajectoryPage

            self._details_page = TrajectoryPage(self.document)
            self.pages.addWidget(self._details_page)
        return self._details_page

    def show_partner_signals(self, partner_id: str) -> None:
        """A partner's bundle: the signals page, filtered on that partner."""
        self.show_section(SIGNALS)
        self.signals_page.show_partner(partner_id)

    def _size_panes(self, left: QWidget) -> None:
        """Neither pane is squeezed below its minimum (a page wider than the rest of the
        window scrolls instead); the split the user chose is kept for the next time."""
        self.setChildrenCollapsible(False)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.pages.scroller.setMinimumWidth(PAGE_MIN_WIDTH)
        self.left = left
        self.setSizes([NAVIGATOR_WIDTH, 1000])
        saved = self.settings.workspace_splitter() if self.settings else None
        if saved is not None:
            self.restoreState(saved)
        self.splitterMoved.connect(self._save_split)

    def _save_split(self) -> None:
        if self.settings is not None:
            self.settings.set_workspace_splitter(self.saveState())

    def _fit_sections(self) -> None:
        self.sections.setMaximumHeight(self.sections.sizeHintForRow(0) * 6 + 8)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and hasattr(self, "left"):  # larger text
            self._fit_sections()
            self._fit_navigator()
        super().changeEvent(event)

    def _fit_navigator(self) -> None:
        """The navigator at least as wide as its longest line ("In progress · 2 of 5 done"),
        so a phase's number, title and state stay readable at any window size."""
        metrics = self.navigator.fontMetrics()
        lines = [line for row in range(self.navigator_model.rowCount())
                 for line in str(self.navigator_model.index(row).data()).splitlines()[1:]]
        widest = max((metrics.horizontalAdvance(line) for line in lines), default=0)
        larger = text_size.scale()  # the icon and margins grow with View ▸ Larger text
        chrome = (self.navigator.iconSize().width() + 2 * self.navigator.spacing()
                  + self.navigator.verticalScrollBar().sizeHint().width() + int(32 * larger))
        self.left.setMinimumWidth(min(max(widest + chrome, NAVIGATOR_MIN_WIDTH),
                                      int(NAVIGATOR_WIDTH * larger)))

    def refresh_navigator(self) -> None:
        self.navigator_model.lists = vocabularies.effective(self.document.db)
        self.navigator_model.set_statuses(phases.list_phases(self.document.db))
        self._fit_navigator()

    def on_changed(self, area: str) -> None:
        if area in ("phases", VOCABULARIES):
            self.refresh_navigator()

    def show_phase(self, number: int) -> None:
        """Go to a phase from elsewhere (a shortcut, the window): the focus moves to its page."""
        index = self.navigator_model.index(number - 1)
        selection = self.navigator.selectionModel()
        already = selection.isSelected(index)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if already:  # no selection change, so no signal: show it ourselves
            self._show_phase_page(number)
        self.focus_page()

    def show_work_of_phase(self, number: int) -> None:
        """The page where a phase's work is done; phase 6 opens the plan on its follow-up."""
        self.show_section(PHASE_SECTIONS[number])
        if number == 6:
            self.plan_page.tabs.setCurrentIndex(self.plan_page.tabs.count() - 1)

    def show_section(self, section: int) -> None:
        """Go to a section from elsewhere: the focus moves to its page, for a screen reader."""
        self.sections.setCurrentRow(section)
        self.focus_page()

    def focus_page(self) -> None:
        """The focus on the first control of the page shown, so a screen reader follows."""
        page = self.pages.currentWidget()
        if page is None or not self.isVisible():
            return
        widget = page.nextInFocusChain()
        while widget is not page and page.isAncestorOf(widget):
            if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()
                    and widget.isEnabled()):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def on_phase_selection(self) -> None:
        rows = self.navigator.selectionModel().selectedRows()
        if rows:
            self._show_phase_page(rows[0].data(PhaseNavigatorModel.NumberRole))

    def _show_phase_page(self, number: int) -> None:
        self.sections.blockSignals(True)
        self.sections.setCurrentRow(-1)
        self.sections.blockSignals(False)
        try:
            self.phase_page.show_phase(number)
        except TrajectoryFileError as exc:
            self.read_failed.emit(exc)
            return
        self.pages.setCurrentWidget(self.phase_page)

    def on_section_selection(self) -> None:
        rows = self.sections.selectedIndexes()
        if rows:
            self.on_section_chosen(rows[0].row())

    def on_section_chosen(self, row: int) -> None:
        if row < 0:
            return
        self.navigator.selectionModel().clearSelection()  # the current item stays, for the keys
        pages = {SIGNALS: lambda: self.signals_page,
                 MEASUREMENT: lambda: self.measurement_page,
                 BARRIERS: lambda: self.barriers_page, PLAN: lambda: self.plan_page,
                 PARTNERS: lambda: self.partners_page, DETAILS: lambda: self.details_page}
        try:
            page = pages[row]()
        except TrajectoryFileError as exc:
            self.read_failed.emit(exc)
            return
        self.pages.setCurrentWidget(page)

    def current_phase(self) -> int | None:
        return self.phase_page.number if self.pages.currentWidget() is self.phase_page else None
