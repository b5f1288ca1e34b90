"""Every finding-producing rule, registered once (:mod:`lkip_xl.rules.registry`).

Importing this package registers every rule: each module below registers its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lkip_xl.rules import (  # noqa: F401  (each registers its rules)
    arith,
    cross,
    formula,
    input,
    narasi,
    output,
    structure,
    text,
    value,
)
from lkip_xl.rules.registry import Subject, run

if TYPE_CHECKING:
    from lkip_xl.book.inputbook import InputData
    from lkip_xl.model.findings import Finding


def check_data(data: InputData) -> list[Finding]:
    """The findings of the rules that need only the data workbooks (no recalculation)."""
    return run(Subject(data.files[0] if data.files else "", data=data))
