"""PySide6's import hook without its reading of sources: for every Python module imported after
PySide6, shiboken reads the module's whole source (inspect.getsource, kept in linecache) to see
whether it may use `from __feature__ import …`. The app uses no such feature; the reading cost
about 60 ms of the start and 20 to 45 MiB of source lines kept for good (#14)."""

from __future__ import annotations

import sys
from types import ModuleType


def quiet() -> None:
    """Have the hook take every module for one that uses no feature, its own answer for a module
    whose source it cannot read. The hook is PySide6's private code: a version without it is
    left as it is (tests/ui/test_feature_hook.py notices)."""
    import PySide6  # noqa: F401  (its import installs the hook)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_no_feature  # type: ignore[attr-defined]


def _uses_no_feature(_module: ModuleType) -> bool:
    return False
