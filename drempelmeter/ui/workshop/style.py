"""The beamer's look: a high-contrast palette (WCAG AA for every text) and type scaled to the screen."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

#: The base font at 1920×1080 (legible from the back of a room of twenty); other screens scale it
#: by their height, and the coach's zoom on top.
BASE_PX = 30
REFERENCE_HEIGHT = 1080
SMALLEST_PX = 14
ZOOM_STEP = 1.15
ZOOM_MIN = 0.5
ZOOM_MAX = 3.0

BACKGROUND = "#0b0b0b"
TEXT = "#ffffff"
MUTED = "#c9c9c9"
ACCENT = "#ffd60a"
CURRENT = "#1d3557"
OVER = "#ff9e80"
PULSE = "#7a1f00"
AHEAD = "#7ee787"
BAR = "#1a1a1a"
PANEL = "#141414"
BLACK = "#000000"

#: The colour of each capture kind on the beamer; the kind is always written too (never colour
#: alone).
KIND_COLOURS = {"signal": "#8ab4ff", "idea": ACCENT, "concern": OVER, "action": AHEAD}


@dataclass(frozen=True)
class Rule:
    """One rule of the presenter's style sheet: what it styles, its text on its background."""

    selector: str
    foreground: str
    background: str
    scale: float = 1.0
    bold: bool = False
    extra: str = ""
    #: False for the legend: it lists every key, so it keeps to the screen whatever the zoom
    zooms: bool = True


#: Every text the presenter shows is drawn by one of these rules; a test checks each pair.
RULES: tuple[Rule, ...] = (
    Rule("#presenterWindow", TEXT, BACKGROUND),
    Rule("#presenterWindow QWidget", TEXT, BACKGROUND),
    Rule("#presenterWindow QLabel", TEXT, BACKGROUND),
    Rule('#presenterWindow QLabel[role="title"]', ACCENT, BACKGROUND, 1.5, True),
    Rule('#presenterWindow QLabel[role="big"]', TEXT, BACKGROUND, 2.6, True),
    Rule('#presenterWindow QLabel[role="big_over"]', OVER, BACKGROUND, 2.6, True),
    Rule('#presenterWindow QLabel[role="big_pulse"]', TEXT, PULSE, 2.6, True,
         "padding: 0 0.2em;"),
    Rule('#presenterWindow QLabel[role="muted"]', MUTED, BACKGROUND, 0.8),
    Rule('#presenterWindow QLabel[role="dim"]', MUTED, BACKGROUND),
    Rule('#presenterWindow QLabel[role="current"]', TEXT, CURRENT, 1.0, True,
         "padding: 0.15em 0.4em;"),
    Rule('#presenterWindow QLabel[role="over"]', OVER, BACKGROUND, 1.0, True),
    Rule('#presenterWindow QLabel[role="pulse"]', TEXT, PULSE, 1.0, True,
         "padding: 0.15em 0.4em;"),
    Rule('#presenterWindow QLabel[role="ahead"]', AHEAD, BACKGROUND),
    *(Rule(f'#presenterWindow QLabel[role="kind_{kind}"]', colour, BACKGROUND, 0.8, True)
      for kind, colour in KIND_COLOURS.items()),
    Rule("#presenterWindow QListWidget", TEXT, BACKGROUND, 1.0, False, "border: none;"),
    Rule("#presenterWindow QListWidget::item:selected", TEXT, CURRENT),
    Rule("#presenterWindow QTableView", TEXT, BACKGROUND, 0.9, False, f"gridline-color: {MUTED};"),
    # the header's own type as its sections': Qt measures and cuts their text in it
    Rule("#presenterWindow QHeaderView", ACCENT, BAR, 0.9, True),
    Rule("#presenterWindow QHeaderView::section", ACCENT, BAR, 0.9, True),
    Rule("#presenterWindow #presenterFooter, #presenterFooter QLabel", MUTED, BAR, 0.7),
    Rule('#presenterFooter QLabel[role="over"]', OVER, BAR, 0.7, True),
    Rule('#presenterFooter QLabel[role="pulse"]', TEXT, PULSE, 0.7, True),
    Rule("#presenterFooter QPushButton", TEXT, BAR, 0.7, False,
         f"border: 1px solid {MUTED}; padding: 0.1em 0.5em;"),
    Rule("#presenterWindow #presenterLegend", TEXT, PANEL, 0.8, False,
         f"border: 2px solid {MUTED};", zooms=False),
    Rule("#presenterLegend QWidget", TEXT, PANEL, 0.8, zooms=False),
    Rule("#presenterLegend QLabel", TEXT, PANEL, 0.8, zooms=False),
    Rule('#presenterLegend QLabel[role="key"]', ACCENT, PANEL, 0.8, True, zooms=False),
    Rule('#presenterLegend QLabel[role="key_off"]', MUTED, PANEL, 0.8, True, zooms=False),
    Rule('#presenterLegend QLabel[role="off"]', MUTED, PANEL, 0.8, zooms=False),
    Rule('#presenterLegend QLabel[role="title"]', ACCENT, PANEL, 1.1, True, zooms=False),
)


def base_px(screen_height: int, zoom: float = 1.0) -> int:
    """The presenter's base font in pixels for a screen (or window) this high."""
    return max(SMALLEST_PX, round(BASE_PX * screen_height / REFERENCE_HEIGHT * zoom))


def clamp_zoom(zoom: float) -> float:
    return min(ZOOM_MAX, max(ZOOM_MIN, zoom))


def style_sheet(px: int, unzoomed: int | None = None) -> str:
    """The presenter's style sheet at base font `px`; what does not zoom at `unzoomed`."""
    lines = []
    for rule in RULES:
        weight = "bold" if rule.bold else "normal"
        size = round((px if rule.zooms or unzoomed is None else unzoomed) * rule.scale)
        lines.append(f"{rule.selector} {{ color: {rule.foreground}; background-color: "
                     f"{rule.background}; font-size: {size}px; "
                     f"font-weight: {weight}; {rule.extra} }}")
    lines.append(f"#presenterWindow #presenterBlack {{ background-color: {BLACK}; }}")  # no text
    return "\n".join(lines)


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget one of the style's roles (title, big, muted, current, over, pulse, ...)."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    # a label's padding is its frame's width, which it reads again only on a style change
    QApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
