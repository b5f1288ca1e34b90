"""Findings: problems reported as data, never raised.

Validation reports what it notices as a list of :class:`Finding`.  Each has the id of
the rule that found it (``family.name``: ``value.unreadable``, ``arith.total``...; every
rule is registered once, in :mod:`lkip_xl.rules.registry`), a severity, and the place
where staff fix it: the file they gave, its sheet and cell.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

SEVERITIES = ("error", "warning", "info")
# How a severity is named to users.
SEVERITY_TEXT = {"error": "galat", "warning": "peringatan", "info": "catatan"}


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    sheet: str
    cell: str
    message: str  # Bahasa Indonesia
    row_label: str = ""
    column: str = ""
    expected: Any = None
    actual: Any = None
    file: str = ""  # the workbook the user gave, where *sheet* and *cell* are
    final_cell: str = ""  # for a data workbook: the same cell in the final workbook

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _FIELDS}


_FIELDS = tuple(f.name for f in fields(Finding))


def count_by_severity(findings: list[Finding]) -> dict[str, int]:
    counts = dict.fromkeys(SEVERITIES, 0)
    for f in findings:
        counts[f.severity] += 1
    return counts
