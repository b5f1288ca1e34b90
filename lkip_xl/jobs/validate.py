"""``lkip-xl validate``: consistency findings for a data workbook, a final workbook, any .xlsx.

* A **data workbook** (it has the ``Identitas`` sheet and the tables) is read,
  filled in memory and recalculated, so that every stated total, percentage,
  capaian and repeated value is compared with what the formulas compute
  (``arith.*``, ``cross.*``); then the rules of :mod:`lkip_xl.rules.checks` (``cross``,
  ``value``, ``text``) and the formula rules run.
* A **final workbook** (it has fill's row map) gets the formula rules and the
  LKIP structure rules: a total that does not cover every row of its table, a
  subtotal reaching into another program.
* **Any other .xlsx** gets the formula rules only.

Findings are data (:class:`~lkip_xl.model.findings.Finding`), sorted by sheet and cell.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook

from lkip_xl.build.finalbook import ROWS_SHEET, Record, read_final
from lkip_xl.build.formulas import group_items
from lkip_xl.build.inputbook import read_inputs
from lkip_xl.build.template import locate
from lkip_xl.jobs.fill import compare_stated, populate
from lkip_xl.model import schema
from lkip_xl.model.errors import InputError, Location
from lkip_xl.model.findings import Finding
from lkip_xl.rules import checks
from lkip_xl.xlsx import a1
from lkip_xl.xlsx.reader import Book
from lkip_xl.xlsx.recalc import recalculate


@dataclass
class Report:
    file: str
    kind: str  # "data", "final" or "other"
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(f.severity == "error" for f in self.findings)


def validate(path: str | Path) -> Report:
    """Validate one workbook; raises InputError when it cannot be read at all."""
    path = Path(path)
    if not path.is_file():
        raise InputError("berkas tidak ditemukan", Location(file=path))
    with Book(path) as book:  # InputError when it is no workbook or no real one
        sheets = set(book.sheetnames)
    if ROWS_SHEET in sheets:
        report = Report(str(path), "final", _formula_findings(path) + _structure(path)
                        + _stale_pdf(path))
    elif schema.IDENTITY_SHEET in sheets and all(t.sheet in sheets for t in schema.TABLES):
        report = Report(str(path), "data", _data_findings(path) + _formula_findings(path))
    else:
        report = Report(str(path), "other", _formula_findings(path))
    report.findings.sort(key=_order)
    return report


def _stale_pdf(path: Path) -> list[Finding]:
    """The PDF beside a final workbook was made from another version of it (the workbook
    was edited since, or a run stopped between writing the workbook and the PDF)."""
    from lkip_xl.output.pdf import made_from

    pdf = path.with_suffix(".pdf")
    source = made_from(pdf) if pdf.is_file() else None
    if source is None:
        return []
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if source[1] == digest:
        return []
    return [Finding(
        "output.stale_pdf", "warning", "", "",
        f"PDF {pdf.name} di samping buku kerja ini dibuat dari versi lain buku kerja "
        f"(SHA-256 {source[1][:12]}, buku kerja ini {digest[:12]}); jalankan lkip-xl export "
        f"{path.name} --force agar PDF sesuai isi buku kerja", expected=digest,
        actual=source[1], file=str(path))]


def _order(f: Finding) -> tuple[str, int, int, str]:
    return (f.sheet, *a1.order(f.cell), f.rule)


def _data_findings(path: Path) -> list[Finding]:
    data = read_inputs([path])
    populated = populate(data)
    with Book(recalculate(populated.data)) as recalculated:
        differences = compare_stated(recalculated, populated.stated)
    return data.findings + differences + checks.check(data)


def _formula_findings(path: Path) -> list[Finding]:
    try:
        from lkip_xl.rules.formula import check_formulas
    except ImportError:  # the formula rules are being built
        return []
    return check_formulas(path)


_SUM_RANGE = re.compile(r"SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)")


def _structure(path: Path) -> list[Finding]:
    """Totals cover every row of their table; subtotals stay inside their program."""
    wb = load_workbook(path)
    out: list[Finding] = []
    for sheet, rows in read_final(path).tables.items():
        tbl = schema.table(sheet)
        ws = wb[sheet]
        letters = locate(ws, tbl, require_patterns=False).letters
        for col in tbl.template_columns:
            sums = {kind for kind, pattern in col.formulas.items()
                    if "{items}" in pattern or "{groups}" in pattern or "{rows}" in pattern}
            if sums:
                out += _coverage(ws, tbl, [r for r in rows if r.kind in sums or
                                           r.kind == "item"], letters[col.key], col.header)
    return out


def _coverage(ws: object, tbl: schema.Table, rows: list[Record], letter: str,
              header: str) -> list[Finding]:
    out = []
    for i, row in enumerate(rows):
        if row.kind not in ("group", "total"):
            continue
        formula = ws[f"{letter}{row.row}"].value  # type: ignore[index]
        if not isinstance(formula, str) or not formula.startswith("="):
            out.append(Finding(
                "formula.total_diketik", "error", tbl.sheet, f"{letter}{row.row}",
                "nilai turunan diketik sebagai angka, bukan rumus", row_label=row.key,
                column=header, actual=formula))
            continue
        if row.kind == "group":
            expected = group_items([(r.kind, r.row) for r in rows], i)
        else:
            items = [r.row for r in rows if r.kind == "item"]
            groups = [r.row for r in rows if r.kind == "group"]
            expected = None if groups else ((items[0], items[-1]) if items else None)
            if groups:
                cited = {int(n) for n in re.findall(rf"\b{letter}(\d+)\b", formula)}
                missing = [g for g in groups if g not in cited]
                if missing:
                    out.append(Finding(
                        "formula.total_tidak_lengkap", "error", tbl.sheet, f"{letter}{row.row}",
                        f"total tidak mencakup {len(missing)} baris program (baris "
                        f"{', '.join(map(str, missing[:5]))})", row_label=row.key or "Total",
                        column=header, expected=len(groups), actual=len(groups) - len(missing)))
                continue
        m = _SUM_RANGE.search(formula)
        if expected is None or m is None:
            continue
        first, last = int(m.group(2)), int(m.group(4))
        if (first, last) == expected:
            continue
        rule = "formula.subtotal_lintas_program" if (first < expected[0] or last > expected[1]) \
            else "formula.total_tidak_lengkap"
        what = "mencakup baris di luar programnya" if rule.endswith("program") \
            else "tidak mencakup semua barisnya"
        out.append(Finding(
            rule, "error", tbl.sheet, f"{letter}{row.row}",
            f"rumus menjumlahkan baris {first}-{last}, seharusnya {expected[0]}-{expected[1]}: "
            f"{what}", row_label=row.key, column=header,
            expected=f"{letter}{expected[0]}:{letter}{expected[1]}",
            actual=f"{letter}{first}:{letter}{last}"))
    return out
