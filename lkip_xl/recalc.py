"""Recalculation in Python, behind one small interface.

After fill, every formula cell of the final workbook must carry its computed
value, so that readers that do not calculate (pandas, openpyxl with
``data_only=True``, previewers, the PDF step) see the numbers.

The engine is formualizer (a Rust spreadsheet engine on PyPI): it evaluates
the workbook and writes the cached values into the package without touching
the other parts (styles, comments, defined names).  The choice was made by
measurement against the alternatives; see ``docs/recalc-engine.md``.
LibreOffice headless is the reference engine of the differential tests
(:mod:`lkip_xl.libreoffice`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib.metadata import version

import formualizer

from .errors import LkipError

ENGINE = f"formualizer {version('formualizer')}"
# A fixed clock: TODAY()/NOW() in a staff formula must not make two runs differ.
_CLOCK = datetime(2000, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Recalculated:
    data: bytes  # the workbook with cached values
    formulas: int  # formula cells evaluated
    errors: dict[str, list[str]] = field(default_factory=dict)  # "#N/A" -> ["Sheet!A1", ...]
    unknown_functions: tuple[str, ...] = ()


class RecalcError(LkipError):
    """The formula engine could not evaluate the workbook."""


def recalculate(xlsx: bytes) -> Recalculated:
    """Evaluate every formula of the workbook *xlsx* and store the values in it."""
    try:
        result = formualizer.recalculate_xlsx_bytes(xlsx, deterministic_timestamp_utc=_CLOCK)
    except Exception as exc:  # the engine reports many kinds of failure
        raise RecalcError(f"rumus tidak dapat dihitung ulang: {exc}") from exc
    summary = result["summary"]
    errors = {token: list(info.get("locations", []))
              for token, info in (summary.get("error_summary") or {}).items()}
    unknown = summary.get("unknown_functions") or []
    names = tuple(sorted(u if isinstance(u, str) else str(u.get("name", u)) for u in unknown))
    return Recalculated(
        data=result["bytes"],
        formulas=int(summary.get("total_formulas", result.get("formula_cells", 0))),
        errors=errors,
        unknown_functions=names,
    )
