"""Every finding-producing rule, registered once (:mod:`lkip_xl.rules.registry`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lkip_xl.build.inputbook import InputData
    from lkip_xl.model.findings import Finding


def check_data(data: InputData) -> list[Finding]:
    """The findings of the rules that need only the data workbooks (no recalculation)."""
    from lkip_xl.rules.registry import Subject, run

    return run(Subject(data.files[0] if data.files else "", data=data))
