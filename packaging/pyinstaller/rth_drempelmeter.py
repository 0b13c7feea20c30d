"""PyInstaller run-time hook: before the app's first import, matplotlib's config folder."""

from drempelmeter.paths import seed_matplotlib_config

seed_matplotlib_config()
