"""The structure of a final workbook's tables: subtotals and totals are formulas, each over
exactly the rows it sums (staff may have typed over a formula, or inserted a row outside
its range)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from lkip_xl.book.finalbook import Record
from lkip_xl.book.formulas import group_items
from lkip_xl.model import schema
from lkip_xl.rules.registry import Issue, Subject, rule
from lkip_xl.xlsx import a1
from lkip_xl.xlsx.reader import SheetCells

_SUM_RANGE = re.compile(r"SUM\((\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+)\)")


class _Problem(NamedTuple):
    kind: str  # "typed", "short" or "outside"
    issue: Issue


def _problems(s: Subject) -> list[_Problem]:
    """Every subtotal and total of the final workbook checked once (the three rules share
    the work)."""
    if "structure" not in s.cache:
        assert s.final is not None and s.workbook is not None
        found: list[_Problem] = []
        for sheet, rows in s.final.tables.items():
            tbl = schema.table(sheet)
            letters = s.final.letters.get(sheet, {})
            cells = s.workbook.cells(sheet)
            for col in tbl.template_columns:
                sums = {kind for kind, pattern in col.formulas.items()
                        if "{items}" in pattern or "{groups}" in pattern or "{rows}" in pattern}
                if sums and col.key in letters:
                    found += _coverage(tbl, [r for r in rows if r.kind in sums or
                                             r.kind == "item"], col, letters[col.key], cells)
        s.cache["structure"] = found
    return s.cache["structure"]


def _coverage(tbl: schema.Table, rows: list[Record], col: schema.Column, letter: str,
              cells: SheetCells) -> list[_Problem]:
    formulas, values = cells.formulas, cells.values
    column = a1.column_index(letter)
    out = []
    for i, row in enumerate(rows):
        if row.kind not in ("group", "total"):
            continue
        ref = a1.ref(row.row, column)
        formula = formulas.get((row.row, column))
        kinds = [(r.kind, r.row) for r in rows]
        alone = group_items(kinds, i) is None if row.kind == "group" \
            else all(r.kind == "total" for r in rows)
        if formula is None and alone:
            continue  # nothing to add up: the value the report gives stands (or none)
        if formula is None:
            out.append(_Problem("typed", Issue(
                tbl.sheet, ref, "nilai turunan diketik sebagai angka, bukan rumus", row.key,
                col.key, actual=values.get((row.row, column)))))
            continue
        if row.kind == "group":
            expected = group_items(kinds, i)
        else:
            items = [r.row for r in rows if r.kind == "item"]
            groups = [r.row for r in rows if r.kind == "group"]
            expected = None if groups else ((items[0], items[-1]) if items else None)
            if groups:
                cited = {int(n) for n in re.findall(rf"\b{letter}(\d+)\b", formula)}
                missing = [g for g in groups if g not in cited]
                if missing:
                    out.append(_Problem("short", Issue(
                        tbl.sheet, ref, f"total tidak mencakup {len(missing)} baris program "
                        f"(baris {', '.join(map(str, missing[:5]))})", row.key or "Total",
                        col.key, expected=len(groups), actual=len(groups) - len(missing))))
                continue
        m = _SUM_RANGE.search(formula)
        span = a1.box(m.group(1)) if m else None
        if expected is None or span is None:
            continue
        first, last = span[0], span[2]
        if (first, last) == expected:
            continue
        outside = first < expected[0] or last > expected[1]
        what = "mencakup baris di luar programnya" if outside else "tidak mencakup semua barisnya"
        out.append(_Problem("outside" if outside else "short", Issue(
            tbl.sheet, ref, f"rumus menjumlahkan baris {first}-{last}, seharusnya "
            f"{expected[0]}-{expected[1]}: {what}", row.key, col.key,
            expected=f"{letter}{expected[0]}:{letter}{expected[1]}",
            actual=f"{letter}{first}:{letter}{last}")))
    return out


@rule("formula.total_diketik", "error", needs={"final", "formulas"},
      title="Subtotal atau total diketik sebagai angka, bukan rumus",
      explanation="""Di buku kerja akhir setiap subtotal program dan total tabel adalah rumus.
      Angka yang diketik menimpanya tidak ikut berubah bila rinciannya diubah.""",
      wrong="Tabel 2.5 D5: 6771200000 (diketik)", right="Tabel 2.5 D5: =SUM(D6:D9)")
def typed_over(s: Subject) -> Iterator[Issue]:
    yield from (p.issue for p in _problems(s) if p.kind == "typed")


@rule("formula.total_tidak_lengkap", "error", needs={"final", "formulas"},
      title="Subtotal atau total tidak mencakup semua barisnya",
      explanation="""Rumus subtotal sebuah program harus menjumlahkan tepat baris kegiatannya,
      dan total tabel semua programnya. Rentang yang berhenti satu baris terlalu cepat (baris
      yang disisipkan di bawahnya) atau total yang melewatkan sebuah program dilaporkan.""",
      wrong="Tabel 2.5 D10: =SUM(D11:D13), kegiatannya di baris 11-14",
      right="Tabel 2.5 D10: =SUM(D11:D14)")
def incomplete(s: Subject) -> Iterator[Issue]:
    yield from (p.issue for p in _problems(s) if p.kind == "short")


@rule("formula.subtotal_lintas_program", "error", needs={"final", "formulas"},
      title="Subtotal menjumlahkan baris program lain",
      explanation="""Rentang rumus subtotal sebuah program mencakup baris di luar programnya
      (kegiatan program berikutnya, atau baris program itu sendiri).""",
      wrong="Tabel 2.5 D10: =SUM(D11:D16), program berikutnya mulai di baris 15",
      right="Tabel 2.5 D10: =SUM(D11:D14)")
def outside(s: Subject) -> Iterator[Issue]:
    yield from (p.issue for p in _problems(s) if p.kind == "outside")
