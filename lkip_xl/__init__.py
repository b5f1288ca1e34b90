"""lkip-xl: LKIP dari Excel.

For analysts, two functions give the LKIPs as pandas DataFrames (imported on first use:
``import lkip_xl`` itself loads neither pandas nor the rest of the library):

- :func:`lkip_xl.tables` — every table of one final workbook;
- :func:`lkip_xl.rekap` — the rollup of many (a Pemda's perangkat daerah).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lkip_xl.output.rekap import rekap, tables

__all__ = ["rekap", "tables"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from lkip_xl.output import rekap as module

        value = getattr(module, name)
        globals()[name] = value  # once imported, as a plain attribute
        return value
    raise AttributeError(f"module 'lkip_xl' has no attribute {name!r}")
