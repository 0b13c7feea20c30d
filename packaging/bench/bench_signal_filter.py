"""Filter the signals table of 100,000 signals as a coach types five letters in its search box:
the page's model, proxy and counts under the table (one filter change and one count per
keystroke) against a bare QSortFilterProxyModel over a QStringListModel of the same
descriptions (Qt filtering C++ data). Both proxies have a table view on them, as on the page,
and are sorted on the first column (the page's view sorts on it from the start). Prints the
median time per keystroke of each, and the ratio (target <= 50 ms a keystroke).

    python3 packaging/dev.py bench signal_filter
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtWidgets import QApplication, QTableView
from results import result

from drempelmeter.domain.terms import normalise
from drempelmeter.services.records import SignalLine
from drempelmeter.ui.signal_table import SignalFilterProxy, SignalsModel

SIGNALS = 100_000
TYPED = "wacht"
RUNS = 3
TARGET_MS = 50
WORDS = ("wachtlijst", "loket", "formulier", "telefoon", "website", "afspraak", "taal", "kosten",
         "brief", "digitaal", "onthaal", "schulden", "huur", "wachtzaal", "cliënten", "bus",
         "premie", "aanvraag", "dossier", "tolk")
PARTNERS = tuple(f"p{i:02}" for i in range(40))
BS = ("bekendheid", "bereikbaarheid", "begrijpbaarheid", "betaalbaarheid", "bruikbaarheid")


def records() -> list[SignalLine]:
    """The signals as the page lists them (their normalised text as the file stores it)."""
    rng = random.Random(14)
    texts = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))) + "."
             for _ in range(SIGNALS)]
    return [SignalLine(id=f"s{i:06}", partner_id=rng.choice(PARTNERS), primary_b=rng.choice(BS),
                       description=text, level=None, journey_moment=None, target_groups=(),
                       severity=rng.choice((None, 1, 2, 3, 4)), status="noticed",
                       to_review=False, search_text=normalise(text))
            for i, text in enumerate(texts)]


def typing(filter_to) -> list[float]:  # type: ignore[no-untyped-def]
    """The time of each keystroke, typed one after the other."""
    spent = []
    for end in range(1, len(TYPED) + 1):
        start = time.perf_counter()
        filter_to(TYPED[:end])
        spent.append(time.perf_counter() - start)
    return spent


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    data = records()
    descriptions = [r.description for r in data]
    model = SignalsModel()
    model.set_records(data)
    source = QStringListModel(descriptions)
    ours_times: list[float] = []
    bare_times: list[float] = []
    counts_seen = []
    for _ in range(RUNS):  # A/B interleaved, each run from the whole table shown
        bare = QSortFilterProxyModel()
        bare.setSourceModel(source)
        bare.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        bare_view = QTableView()
        bare_view.setModel(bare)
        bare_view.setSortingEnabled(True)
        bare_times += typing(bare.setFilterFixedString)

        proxy = SignalFilterProxy()
        proxy.setSourceModel(model)
        view = QTableView()
        view.setModel(proxy)
        view.setSortingEnabled(True)

        def ours(text: str, proxy: SignalFilterProxy = proxy) -> None:
            """What the signals page does per keystroke: filter, then count what is shown."""
            proxy.set_filters(equal={}, target_group=None, min_severity=None, text=text)
            counts_seen.append((proxy.rowCount(), proxy.shown_per_partner_and_b().total()))

        ours_times += typing(ours)
        assert proxy.rowCount() == bare.rowCount(), (proxy.rowCount(), bare.rowCount())
        view.deleteLater(), bare_view.deleteLater()
        app.processEvents()
    o, b = statistics.median(ours_times), statistics.median(bare_times)
    print(f"filtering {SIGNALS:,} signals while typing {TYPED!r}, median of {RUNS} x "
          f"{len(TYPED)} keystrokes ({counts_seen[-1][0]:,} shown at the end)")
    print(f"  baseline (bare QSortFilterProxyModel, C++ data): {b * 1000:7.1f} ms a keystroke "
          f"(slowest {max(bare_times) * 1000:.0f} ms)")
    print(f"  drempelmeter (filter and counts):                {o * 1000:7.1f} ms a keystroke "
          f"(slowest {max(ours_times) * 1000:.0f} ms)")
    print(f"  ratio: {o / b:.2f}x (target <= {TARGET_MS} ms a keystroke)")
    result(f"filter the signals table, per keystroke, {SIGNALS:,} signals", f"{o * 1000:.1f} ms",
           baseline=f"{b * 1000:.1f} ms (bare QSortFilterProxyModel)", ratio=f"{o / b:.2f}x",
           target=f"<= {TARGET_MS} ms", met=o * 1000 <= TARGET_MS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
