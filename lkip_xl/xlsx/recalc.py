"""Recalculation in Python, behind one small interface.

After fill, every formula cell of the final workbook must carry its computed
value, so that readers that do not calculate (pandas, openpyxl with
``data_only=True``, previewers, the PDF step) see the numbers.

The engine is formualizer (a Rust spreadsheet engine on PyPI): it evaluates
the workbook and writes the cached values into the package without touching
the other parts (styles, comments, defined names).  The choice was made by
measurement against the alternatives; see ``docs/recalc-engine.md``.
LibreOffice headless is the reference engine of the differential tests
(:mod:`lkip_xl.xlsx.libreoffice`).
"""

from __future__ import annotations

from datetime import datetime, timezone
from importlib.metadata import version

import formualizer

from lkip_xl.model.errors import LkipError

ENGINE = f"formualizer {version('formualizer')}"
# A fixed clock: TODAY()/NOW() in a staff formula must not make two runs differ.
_CLOCK = datetime(2000, 1, 1, tzinfo=timezone.utc)


class RecalcError(LkipError):
    """The formula engine could not evaluate the workbook."""


def recalculate(xlsx: bytes) -> bytes:
    """Evaluate every formula of the workbook *xlsx*; the same package with the values."""
    try:
        result = formualizer.recalculate_xlsx_bytes(xlsx, deterministic_timestamp_utc=_CLOCK)
    except Exception as exc:  # the engine reports many kinds of failure
        raise RecalcError(f"rumus tidak dapat dihitung ulang: {exc}") from exc
    return bytes(result["bytes"])
