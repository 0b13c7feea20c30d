"""Write matplotlib's font cache for the frozen build: only the fonts matplotlib ships.

Run by the spec at build time with the build's Python: `python mpl_font_cache.py OUT_DIR`.
The cache names each font relative to matplotlib's data folder, so it holds wherever the bundle
is unpacked; the build machine's own fonts are left out (they would not be on the user's laptop,
and asking for one that is gone makes matplotlib rebuild the cache, "Matplotlib is building the
font cache", at the user's first chart). The charts use DejaVu Sans, which matplotlib ships.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    # Building the full cache here must not touch the developer's own matplotlib cache.
    os.environ["MPLCONFIGDIR"] = tempfile.mkdtemp(prefix="drempelmeter-mpl-")
    import matplotlib
    from matplotlib import font_manager

    data = Path(matplotlib.get_data_path()).resolve()
    manager = font_manager.FontManager()
    manager.ttflist = [f for f in manager.ttflist if Path(f.fname).resolve().is_relative_to(data)]
    manager.afmlist = [f for f in manager.afmlist if Path(f.fname).resolve().is_relative_to(data)]
    target = out_dir / f"fontlist-v{font_manager.FontManager.__version__}.json"
    font_manager.json_dump(manager, target)
    print(f"matplotlib font cache: {len(manager.ttflist)} fonts -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
