"""`validate DATA`, `fill DATA` and `validate FINAL` say the same about the same LKIP.

Each reports in its own coordinates: validate and fill of a data workbook at the data
cells (fill also names the final cell), validate of the final workbook at the final
cells.  Findings are compared by rule, sheet and row of the final workbook (of a table
the final workbook does not show, the data row).

What is compared: validate and fill of the data, every rule but the formula rules (those
look at the workbook given: the data workbook's own formulas, or the final workbook's)
and the narrative's (only fill writes a narrative); fill and validate of the final
workbook, every rule that compares the tables as the report shows them and the values
the data states (``needs`` within ``shown`` and ``computed``).  What reading the data
workbook notices (an unreadable number, a dash, a merged cell) is about that file: the
final workbook's Validasi sheet keeps it, and its formulas show it (``formula.*``).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from lkip_xl.jobs.fill import fill
from lkip_xl.jobs.validate import validate
from lkip_xl.model.findings import Finding
from lkip_xl.model.paths import sample_workbook
from lkip_xl.rules import registry
from lkip_xl.xlsx import a1

DATA = Path(__file__).resolve().parent / "data"
LKIPS = {"contoh": sample_workbook(),
         **{p.name: p / f"{p.name}.xlsx" for p in sorted(DATA.iterdir())
            if (p / "SOURCE.md").is_file()}}

Key = tuple[str, str, int | None]


def _by_row(findings: list[Finding], rules: set[str], final: bool) -> Counter[Key]:
    return Counter((f.rule, f.sheet, a1.row_of(f.final_cell or f.cell if final else f.cell))
                   for f in findings if f.rule in rules)


@pytest.mark.parametrize("name", LKIPS)
def test_validate_fill_and_the_final_workbook_agree(name: str, tmp_path: Path) -> None:
    rules = registry.rules()
    made = fill([LKIPS[name]], out_dir=tmp_path)
    data = validate(LKIPS[name]).findings
    final = validate(made.output).findings

    of_the_lkip = {r for r, rule in rules.items() if rule.family not in ("formula", "narasi")}
    assert _by_row(data, of_the_lkip, False) == _by_row(made.findings, of_the_lkip, False)

    comparing = {r for r, rule in rules.items() if rule.needs <= {"shown", "computed"}}
    from_fill = _by_row(made.findings, comparing, True)
    assert from_fill, "nothing compared"
    assert _by_row(final, comparing, False) == from_fill
