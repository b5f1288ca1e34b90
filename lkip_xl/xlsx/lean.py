"""openpyxl imported without the optional packages it does not need here.

On import, openpyxl imports numpy (when installed) only to accept numpy numbers as cell
values, and Pillow only to embed pictures.  lkip-xl gives openpyxl neither (it writes
Python numbers, and charts, not pictures), but both are installed beside it (pandas needs
numpy, ReportLab Pillow), and importing them is about 0.15 s of every command's start: a
third of what ``lkip-xl fill`` spends before its first step.

:func:`import_openpyxl` imports openpyxl first, with the two hidden, then lets them be
imported again by whoever needs them (pandas for a rekap, ReportLab for a PDF).  A process
that imported openpyxl before is left as it is.  The entry points of a process call it
(the CLI's commands, the batch's worker processes); a library caller who never does gets
openpyxl as usual.
"""

from __future__ import annotations

import sys

# What openpyxl imports only for features lkip-xl does not use.
_OPTIONAL = ("numpy", "PIL")


def import_openpyxl() -> None:
    """Import openpyxl without numpy and Pillow, unless it or they are imported already."""
    if "openpyxl" in sys.modules:
        return
    hidden = [name for name in _OPTIONAL if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "import name" fails
    try:
        import openpyxl  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
