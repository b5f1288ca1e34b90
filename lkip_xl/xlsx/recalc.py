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
from pathlib import Path

import formualizer

from lkip_xl.model.errors import LkipError


def _version() -> str:
    """formualizer's version, from the name of its installed ``.dist-info`` folder
    (``formualizer-0.13.0.dist-info``, as the wheel format names it); importlib.metadata only
    where there is none (it imports the email package, 12 ms of every start)."""
    found = sorted(Path(formualizer.__file__).parent.parent.glob("formualizer-*.dist-info"))
    if len(found) == 1:
        return found[0].name[len("formualizer-"):-len(".dist-info")]
    from importlib.metadata import version

    return version("formualizer")


ENGINE = f"formualizer {_version()}"
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
