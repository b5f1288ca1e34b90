"""The structure of a final workbook's tables: subtotals and totals are formulas, each over
exactly the rows it sums (staff may have typed over a formula, or inserted a row outside
its range)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from lkip_xl.book.finalbook import Record
from lkip_xl.model import schema
from lkip_xl.rules.registry import Issue, Subject, rule
from lkip_xl.xlsx import a1
from lkip_xl.xlsx.reader import SheetCells

_SUM_RANGE = re.compile(r"SUM\((\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+)\)")
_SUM_ARGS = re.compile(r"SUM\(([^()]*)\)")


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
                        if _ADDS_UP.search(pattern)}
                if sums and col.key in letters:
                    found += _coverage(tbl, rows, sums, col, letters[col.key], cells)
        s.cache["structure"] = found
    return s.cache["structure"]


_ADDS_UP = re.compile(r"\{(items|groups|rows|children)\}")


def _coverage(tbl: schema.Table, rows: list[Record], sums: set[str], col: schema.Column,
              letter: str, cells: SheetCells) -> list[_Problem]:
    formulas, values = cells.formulas, cells.values
    column = a1.column_index(letter)
    out = []
    kinds = [r.kind for r in rows]
    places = schema.hierarchy(kinds)
    tops = [r.row for r, p in zip(rows, places, strict=True)
            if r.kind != "total" and p.parent is None]
    flat = not any(p.heads for p in places)
    for i, row in enumerate(rows):
        role = row.role
        if role not in ("group", "total") or role not in sums:
            continue
        ref = a1.ref(row.row, column)
        formula = formulas.get((row.row, column))
        place = places[i]
        alone = not place.heads if role == "group" else not tops
        if formula is None and alone:
            continue  # nothing to add up: the value the report gives stands (or none)
        if formula is None:
            out.append(_Problem("typed", Issue(
                tbl.sheet, ref, "nilai turunan diketik sebagai angka, bukan rumus", row.key,
                col.key, actual=values.get((row.row, column)))))
            continue
        if role == "group":
            expected = [rows[c].row for c in place.children]
        elif flat:
            expected = tops
        else:  # a total over the top-level rows: each of them cited
            cited = {int(n) for n in re.findall(rf"\b{letter}(\d+)\b", formula)}
            cited |= _covered(formula, letter)
            missing = [g for g in tops if g not in cited]
            if missing:
                what = _level_noun(tbl, rows, tops)
                out.append(_Problem("short", Issue(
                    tbl.sheet, ref, f"total tidak mencakup {len(missing)} baris {what} "
                    f"(baris {', '.join(map(str, missing[:5]))})", row.key or "Total",
                    col.key, expected=len(tops), actual=len(tops) - len(missing))))
            continue
        out += _compare(tbl, row, ref, formula, letter, col, expected)
    return out


def _compare(tbl: schema.Table, row: Record, ref: str, formula: str, letter: str,
             col: schema.Column, expected: list[int]) -> list[_Problem]:
    """A subtotal (or a flat table's total) against the rows it should sum, *expected*."""
    if not expected:
        return []
    m = _SUM_RANGE.search(formula)
    span = a1.box(m.group(1)) if m else None
    if span is not None and expected == list(range(expected[0], expected[-1] + 1)):
        first, last = span[0], span[2]
        if (first, last) == (expected[0], expected[-1]):
            return []
        outside = first < expected[0] or last > expected[-1]
        what = "mencakup baris di luar programnya" if outside else \
            "tidak mencakup semua barisnya"
        return [_Problem("outside" if outside else "short", Issue(
            tbl.sheet, ref, f"rumus menjumlahkan baris {first}-{last}, seharusnya "
            f"{expected[0]}-{expected[-1]}: {what}", row.key, col.key,
            expected=f"{letter}{expected[0]}:{letter}{expected[-1]}",
            actual=f"{letter}{first}:{letter}{last}"))]
    covered = _covered(formula, letter)
    if not covered:
        return []
    missing = [r for r in expected if r not in covered]
    extra = sorted(covered - set(expected))
    if extra:
        return [_Problem("outside", Issue(
            tbl.sheet, ref, f"rumus menjumlahkan baris {', '.join(map(str, extra[:5]))} yang "
            "bukan rinciannya langsung (dihitung dua kali atau milik kelompok lain)", row.key,
            col.key, expected=len(expected), actual=len(covered)))]
    if missing:
        return [_Problem("short", Issue(
            tbl.sheet, ref, f"rumus tidak menjumlahkan baris "
            f"{', '.join(map(str, missing[:5]))} dari rinciannya", row.key, col.key,
            expected=len(expected), actual=len(expected) - len(missing)))]
    return []


def _covered(formula: str, letter: str) -> set[int]:
    """The rows of column *letter* the last SUM(...) of *formula* adds up."""
    found = _SUM_ARGS.findall(formula)
    rows: set[int] = set()
    for part in (found[-1].split(",") if found else []):
        box = a1.box(part.strip()) if ":" in part else None
        if box is not None and a1.letter(box[1]) == letter:
            rows.update(range(box[0], box[2] + 1))
        elif (m := re.fullmatch(rf"\$?{letter}\$?(\d+)", part.strip())):
            rows.add(int(m.group(1)))
    return rows


def _level_noun(tbl: schema.Table, rows: list[Record], tops: list[int]) -> str:
    """What the top-level rows are called ("program", or "kegiatan" without programs)."""
    top = set(tops)
    kinds = {r.kind for r in rows if r.row in top}
    named = tbl.rows.named() if tbl.rows else {}
    kind = next((k for k in schema.LEVELS if k in kinds), "group")
    return named.get(kind, "program").lower()


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
