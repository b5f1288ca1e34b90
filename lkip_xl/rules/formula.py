"""Excel-style formula error checks for any .xlsx workbook.

The rules read a workbook's cells (values and formulas, :class:`~lkip_xl.xlsx.reader.Book`
or an in-memory :class:`~lkip_xl.xlsx.reader.CellBook`) and report what a careful reviewer
would question; :func:`check_formulas` runs them on any workbook:

- ``formula.inconsistent``: a formula whose R1C1 form differs from the form its neighbours
  in the same row or column share (one odd cell in a block of equal formulas);
- ``formula.inconsistent_group``: a row of column totals (or column of row totals), members
  up to ``group_gap`` cells apart, whose members refer to different cells (compared as sets
  of referenced cells, not as text); the whole group is reported;
- ``formula.typed_in_row``: numbers typed where the row's other periods hold the same total
  or link (the whole group);
- ``formula.constant_in_sum``: a typed number or ``--`` among the terms of a sum;
- ``formula.range_omits_adjacent``: a SUM-like range that stops short of numbers lying
  between its end and the formula (Excel's "formula omits adjacent cells");
- ``formula.range_spans_headings``: a column total whose range starts on an empty heading
  row and runs over the blank heading rows of several groups;
- ``formula.hardcoded``: a typed number where the surrounding formula pattern applies;
- ``formula.error_value``: a formula whose cached value is an Excel error, or that
  contains ``#REF!`` (a reference to deleted cells);
- ``formula.number_as_text``: a text that reads as a number, among numbers;
- ``formula.refers_to_empty``: a formula that refers to an empty cell in a row or column
  that is empty altogether (a reference pointing to nowhere).

Formulas are compared in R1C1 form (:mod:`lkip_xl.xlsx.formula`): relative references
become offsets from the formula's cell, absolute references stay absolute.  Most rules
check their suggestion before reporting: the formula the neighbours share must *fit* the
suspect cell, i.e. refer there to cells of the same kinds (numbers, formulas, empty...) as
it does at the neighbours.  That keeps ordinary table structure (a total row under a block
of row formulas, a first row that starts a running balance) from being reported.

The library never prints; problems that stop the work raise
:class:`~lkip_xl.model.errors.InputError`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.formula.tokenizer import Token, Tokenizer
from openpyxl.formula.translate import Translator

from lkip_xl.model.errors import InputError, Location
from lkip_xl.model.findings import Finding
from lkip_xl.rules import registry
from lkip_xl.rules.registry import Issue, Subject, rule
from lkip_xl.xlsx import a1
from lkip_xl.xlsx.formula import (
    AGGREGATES,
    ERROR_VALUES,
    MAX_RANGE_CELLS,
    Formula,
    Unknown,
    evaluate,
    parse_formula,
)
from lkip_xl.xlsx.reader import Book, CellSource, SheetCells

__all__ = ["FormulaKnobs", "check_formulas"]

# Texts accountants type for "nothing / zero" in a column of numbers.
ZERO_PLACEHOLDERS = frozenset({"-", "\u2013", "\u2014", "--", "nil", "Nil", "NIL"})
# Errors reported by formula.error_value.  #DIV/0! is left out: in real workbooks it nearly
# always marks a divisor that is not filled in yet (a template, a year without data), not a
# wrong formula.
REPORTED_ERRORS = ERROR_VALUES - {"#DIV/0!"}
_NUMBER_TEXT = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$")




@dataclass(frozen=True)
class FormulaKnobs:
    """The tunable choices of the formula rules (the defaults are lkip-xl's behaviour).

    ``benchmarks/excelint_score.py`` searches a small grid of them, leaving one workbook
    out at a time, so that a choice tuned to one workbook shows in its score.
    """

    disabled: frozenset[str] = frozenset()  # rule ids not run
    group_min: int = 4  # inconsistent_group, typed_in_row: fewest members of a group
    group_gap: int = 1  # inconsistent_group, typed_in_row: most cells between two members
    group_majority: float = 0.8  # formula.inconsistent_group: a group whose commonest
    # pattern holds at least this share of it is left to formula.inconsistent (odd ones)
    group_effective: bool = True  # formula.inconsistent_group: only when the cells that
    # differ hold numbers or formulas (not when a range merely starts on a blank heading)
    spans_headings_min: int = 4  # formula.range_spans_headings: fewest rows of the range
    spans_headings_trailing: bool = False  # formula.range_spans_headings: also a range that
    # ends on an empty separator row (blank rows between it and the total)


DEFAULT_KNOBS = FormulaKnobs()


# --------------------------------------------------------------------------- the sheet model


@dataclass
class _Cell:
    row: int
    col: int
    kind: str  # "f" formula, "n" number, "t" text, "b" boolean, "e" error constant
    value: Any
    cached: Any = None
    formula: Formula | None = None

    @property
    def coord(self) -> str:
        return f"{a1.letter(self.col)}{self.row}"


@dataclass
class _Sheet:
    title: str
    cells: dict[tuple[int, int], _Cell]
    rows: dict[int, list[int]] = field(default_factory=dict)  # row -> sorted columns
    cols: dict[int, list[int]] = field(default_factory=dict)  # column -> sorted rows
    text_rows: dict[int, list[int]] = field(default_factory=dict)  # column -> rows of text

    def __post_init__(self) -> None:
        rows: dict[int, list[int]] = defaultdict(list)
        cols: dict[int, list[int]] = defaultdict(list)
        text_rows: dict[int, list[int]] = defaultdict(list)
        for r, c in sorted(self.cells):
            rows[r].append(c)
            cols[c].append(r)
            if self.cells[(r, c)].kind == "t":
                text_rows[c].append(r)
        self.rows, self.cols, self.text_rows = dict(rows), dict(cols), dict(text_rows)

    def get(self, row: int, col: int) -> _Cell | None:
        return self.cells.get((row, col))

    def kind(self, row: int, col: int) -> str:
        cell = self.cells.get((row, col))
        if cell is None:
            return ""
        if cell.kind == "t" and str(cell.value).strip() in ZERO_PLACEHOLDERS:
            return "n"
        if cell.formula is not None and cell.formula.is_total:
            return "F"  # a total (SUM-like over a range) is not the same as a row formula
        return cell.kind

    def row_label(self, row: int, col: int) -> str:
        """The nearest text at the left of (row, col), the row's label."""
        cols = self.rows.get(row, [])
        i = bisect.bisect_left(cols, col)
        for c in reversed(cols[:i]):
            cell = self.cells[(row, c)]
            if cell.kind == "t" and str(cell.value).strip() not in ZERO_PLACEHOLDERS:
                return _short(cell.value)
        return ""

    def column_header(self, row: int, col: int) -> str:
        """The nearest text above (row, col), the column's header."""
        rows = self.text_rows.get(col, [])
        i = bisect.bisect_left(rows, row)
        for r in reversed(rows[max(0, i - 40) : i]):
            value = str(self.cells[(r, col)].value).strip()
            if value not in ZERO_PLACEHOLDERS:
                return _short(value)
        return ""


def _short(value: Any, limit: int = 60) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _kind_of(value: Any, formula: bool = True) -> str:
    if isinstance(value, bool):
        return "b"
    if isinstance(value, (int, float)):
        return "n"
    if isinstance(value, str):
        if formula and value.startswith("=") and len(value) > 1:
            return "f"
        if value.strip().upper() in ERROR_VALUES:
            return "e"
        return "t"
    return "n"  # dates and times are numbers to Excel


def _build_sheet(title: str, source: SheetCells) -> _Sheet:
    cells: dict[tuple[int, int], _Cell] = {}
    formulas = source.formulas
    for (r, c), value in source.values.items():
        if (r, c) in formulas:
            continue
        if isinstance(value, str) and not value.strip():
            continue
        cells[(r, c)] = _Cell(r, c, _kind_of(value, formula=False), value)
    for (r, c), text in formulas.items():
        cached = source.values.get((r, c))
        formula = parse_formula(text, r, c)
        if _typed_text(formula):
            # text typed with a leading "=" (a note, a heading "= Total biaya"), not a
            # formula Excel could compute: compared as text
            cells[(r, c)] = _Cell(r, c, "t", text)
            continue
        cells[(r, c)] = _Cell(r, c, "f", text, None if cached == "" else cached, formula)
    return _Sheet(title, cells)


def _typed_text(formula: Formula) -> bool:
    """Whether a "formula" is text typed with a leading "=": it does not parse, or it is
    only words (names side by side, no reference, function or operator)."""
    if formula.refs or formula.funcs or formula.has_ref_error:
        return False
    if len(formula.key) == 1:
        return True  # the tokenizer could not read it
    return len(formula.key[4]) >= 2 and not formula.key[2]


# --------------------------------------------------------------------------- shared helpers


def _runs(positions: list[int]) -> Iterator[list[int]]:
    """Maximal runs of consecutive integers in a sorted list."""
    run: list[int] = []
    for p in positions:
        if run and p != run[-1] + 1:
            yield run
            run = []
        run.append(p)
    if run:
        yield run


def _lines(sheet: _Sheet) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """Every row and column as ("row"|"col", the coordinates of its non-empty cells)."""
    for r, cols in sheet.rows.items():
        yield "row", [(r, c) for c in cols]
    for c, rows in sheet.cols.items():
        yield "col", [(r, c) for r in rows]


def _line_runs(coords: list[tuple[int, int]], axis: str) -> Iterator[list[tuple[int, int]]]:
    pos = 1 if axis == "row" else 0
    by_pos = {rc[pos]: rc for rc in coords}
    for run in _runs(sorted(by_pos)):
        yield [by_pos[p] for p in run]


def _profile(sheet: _Sheet, formula: Formula, row: int, col: int) -> tuple[Any, ...] | None:
    """What the formula's relative same-sheet references point at from (row, col).

    One entry per reference: the kind of the cell, or for a range the set of kinds of its
    non-empty cells.  ``None`` when a reference falls off the sheet.
    """
    out: list[Any] = []
    for ref in formula.refs:
        if ref.sheet is not None or not ref.relative:
            continue
        box = ref.at(row, col)
        if box is None:
            return None
        r1, c1, r2, c2 = box
        if (r1, c1) == (r2, c2):
            out.append(sheet.kind(r1, c1) or "_")
            continue
        if (r2 - r1 + 1) * (c2 - c1 + 1) > MAX_RANGE_CELLS:
            out.append("big")
            continue
        kinds = set()
        if r1 <= row <= r2 and c1 <= col <= c2:
            kinds.add("self")
        for r in range(r1, r2 + 1):
            cols = sheet.rows.get(r)
            if not cols:
                continue
            lo, hi = bisect.bisect_left(cols, c1), bisect.bisect_right(cols, c2)
            for c in cols[lo:hi]:
                kinds.add(sheet.kind(r, c))
        out.append(frozenset(kinds) if kinds else "_")
    return tuple(out)


def _has_relative_local_ref(formula: Formula) -> bool:
    return any(ref.sheet is None and ref.relative for ref in formula.refs)


def _fits(sheet: _Sheet, members: list[_Cell], row: int, col: int) -> bool:
    """Whether the formula the members share would refer, at (row, col), to cells of the
    same kinds as it does at (most of) the members."""
    formula = members[0].formula
    assert formula is not None
    if not _has_relative_local_ref(formula):
        return False
    profiles = Counter(_profile(sheet, m.formula, m.row, m.col) for m in members if m.formula)
    common, count = profiles.most_common(1)[0]
    if common is None or count * 4 < len(members) * 3:
        return False
    here = _profile(sheet, formula, row, col)
    return here == common and "_" not in common


def _translate(cell: _Cell, row: int, col: int) -> str:
    """The formula of ``cell`` as it would read at (row, col)."""
    target = f"{a1.letter(col)}{row}"
    try:
        return str(Translator(str(cell.value), origin=cell.coord).translate_formula(target))
    except Exception:
        return str(cell.value)


def _direction(axis: str, neighbour: _Cell, cell: _Cell) -> str:
    if axis == "row":
        return "di sebelah kiri" if neighbour.col < cell.col else "di sebelah kanan"
    return "di atasnya" if neighbour.row < cell.row else "di bawahnya"


def _nearest(members: list[_Cell], cell: _Cell) -> _Cell:
    return min(members, key=lambda m: abs(m.row - cell.row) + abs(m.col - cell.col))


@dataclass
class _Context:
    sheet: _Sheet
    make: Callable[..., Issue]
    # (sheet title or None for this sheet, row, col) -> cached value, for evaluation
    value: Callable[[str | None, int, int], Any] = lambda _s, _r, _c: None
    knobs: FormulaKnobs = DEFAULT_KNOBS


# --------------------------------------------------------------------------- evaluation


def _agrees(typed: Any, computed: Any) -> bool:
    """Whether a typed number equals what the formula computes (to 0.5%, or 0.01)."""
    if not isinstance(computed, float) or not isinstance(typed, (int, float)):
        return False
    return abs(typed - computed) <= max(0.01, 0.005 * abs(computed))


# --------------------------------------------------------------------------- the rules


def _error_value(ctx: _Context) -> Iterator[Issue]:
    """A formula that contains #REF!, or whose cached value is an Excel error (other than
    #DIV/0!, see :data:`REPORTED_ERRORS`) not caused by an error in a cell it refers to."""
    for cell in ctx.sheet.cells.values():
        if cell.kind != "f" or cell.formula is None:
            continue
        if cell.formula.has_ref_error:
            yield ctx.make(
                cell,
                f"rumus merujuk ke sel yang sudah dihapus (#REF!): {cell.value}",
                expected="rumus tanpa #REF!", actual=cell.value,
            )
            continue
        cached = cell.cached
        if not isinstance(cached, str) or cached.strip().upper() not in REPORTED_ERRORS:
            continue
        if _error_precedent(ctx.sheet, cell):
            continue  # the error comes from another cell, reported there
        yield ctx.make(
            cell,
            f"rumus menghasilkan galat {cached.strip().upper()}: {cell.value}",
            expected="nilai angka", actual=cached,
        )


def _is_error(value: Any) -> bool:
    return isinstance(value, str) and value.strip().upper() in ERROR_VALUES


def _error_precedent(sheet: _Sheet, cell: _Cell) -> bool:
    """Whether a same-sheet cell the formula refers to holds an error itself."""
    assert cell.formula is not None
    for ref in cell.formula.refs:
        if ref.sheet is not None:
            continue
        box = ref.at(cell.row, cell.col)
        if box is None:
            continue
        r1, c1, r2, c2 = box
        if (r2 - r1 + 1) * (c2 - c1 + 1) > MAX_RANGE_CELLS:
            continue
        for r in range(r1, r2 + 1):
            cols = sheet.rows.get(r, [])
            lo, hi = bisect.bisect_left(cols, c1), bisect.bisect_right(cols, c2)
            for c in cols[lo:hi]:
                other = sheet.cells[(r, c)]
                if (other.formula is not None and other.formula.has_ref_error) or _is_error(
                    other.cached if other.kind == "f" else other.value
                ):
                    return True
    return False


def _groups(cells: list[_Cell]) -> dict[tuple[Any, ...], list[_Cell]]:
    groups: dict[tuple[Any, ...], list[_Cell]] = defaultdict(list)
    for cell in cells:
        assert cell.formula is not None
        groups[cell.formula.key].append(cell)
    return groups


def _inconsistent(ctx: _Context) -> Iterator[Issue]:
    """A formula that differs from the one formula its row or column neighbours share."""
    sheet = ctx.sheet
    seen: set[tuple[int, int]] = set()
    for axis, coords in _lines(sheet):
        formula_coords = [rc for rc in coords if sheet.cells[rc].kind == "f"]
        for run in _line_runs(formula_coords, axis):
            if len(run) < 3:
                continue
            cells = [sheet.cells[rc] for rc in run]
            groups = _groups(cells)
            key, members = max(groups.items(), key=lambda kv: len(kv[1]))
            if len(members) < 2 or len(members) * 2 < len(run):
                continue
            if not _has_relative_local_ref(members[0].formula):  # type: ignore[arg-type]
                continue
            idx = {id(c): i for i, c in enumerate(cells)}
            positions = [idx[id(m)] for m in members]
            for odd_key, odd in groups.items():
                if odd_key == key or len(odd) * 3 > len(run) or len(odd) * 2 > len(members):
                    continue
                odd_formula, formula = odd[0].formula, members[0].formula
                assert odd_formula is not None and formula is not None
                if odd_formula.ref_key == formula.ref_key:
                    continue  # same references, other constants: data, not a mistake
                if set(odd_formula.funcs) != set(formula.funcs):
                    continue  # another computation on purpose (a ratio row among totals)
                for cell in odd:
                    if (cell.row, cell.col) in seen:
                        continue
                    if _consistent_across(sheet, cell, axis):
                        continue
                    i = idx[id(cell)]
                    inside = min(positions) < i < max(positions)
                    if not _fits(sheet, members, cell.row, cell.col):
                        continue
                    if not inside and not _odd_at_edge_is_suspicious(sheet, cell, members):
                        continue
                    seen.add((cell.row, cell.col))
                    near = _nearest(members, cell)
                    expected = _translate(near, cell.row, cell.col)
                    yield ctx.make(
                        cell,
                        f"rumus berbeda dari rumus di sekitarnya: {cell.value} di sini, "
                        f"{near.value} di {near.coord} {_direction(axis, near, cell)} "
                        f"({len(members)} sel sebaris memakai pola yang sama; "
                        f"mengikuti pola, rumusnya {expected})",
                        expected=expected, actual=cell.value,
                    )


def _consistent_across(sheet: _Sheet, cell: _Cell, axis: str) -> bool:
    """Whether the cell's formula equals a neighbour's across the line being checked (the
    cell above or below for a row, left or right for a column): then it belongs to a
    block running the other way and is not an odd one out."""
    assert cell.formula is not None
    steps = ((-1, 0), (1, 0)) if axis == "row" else ((0, -1), (0, 1))
    for dr, dc in steps:
        other = sheet.get(cell.row + dr, cell.col + dc)
        if other is not None and other.formula is not None and (
            other.formula.key == cell.formula.key
        ):
            return True
    return False


def _odd_at_edge_is_suspicious(sheet: _Sheet, cell: _Cell, members: list[_Cell]) -> bool:
    """At the end of a run, the odd formula must also break its own orthogonal line: its
    references point at cells of other kinds than the shared formula's would."""
    assert cell.formula is not None
    formula = members[0].formula
    assert formula is not None
    own = _profile(sheet, cell.formula, cell.row, cell.col)
    shared = _profile(sheet, formula, cell.row, cell.col)
    return own != shared or cell.formula.shape != formula.shape


# --------------------------------------------------------------------------- groups of totals

_RefCell = tuple[Any, ...]


def _signature(formula: Formula, row: int, col: int) -> frozenset[_RefCell] | None:
    """The cells a formula refers to, each relative to the formula's own cell where the
    reference is relative (``(dr, dc)``) and absolute where it is absolute (``("$", n)``
    for that part), with the sheet of another sheet's cells: two formulas that refer to the
    same cells the same way have the same signature, whatever they compute with them
    (``=A5-B5`` and ``=SUM(A5:B5)``).  ``None`` when a reference falls off the sheet."""
    out: set[_RefCell] = set()
    for ref in formula.refs:
        box = ref.at(row, col)
        if box is None:
            return None
        r1, c1, r2, c2 = box
        sheet = None if ref.sheet is None else ref.sheet.strip().lower()
        if (r2 - r1 + 1) * (c2 - c1 + 1) > MAX_RANGE_CELLS:
            out.add((sheet, "range", ref.r1c1))
            continue
        rows_abs, cols_abs = ref.r1_abs and ref.r2_abs, ref.c1_abs and ref.c2_abs
        for r in range(r1, r2 + 1):
            rp: Any = ("$", r) if rows_abs else r - row
            for c in range(c1, c2 + 1):
                out.add((sheet, rp, ("$", c) if cols_abs else c - col))
    return frozenset(out)


def _along(formula: Formula, axis: str) -> int | str | None:
    """Where every same-sheet reference of the formula lies across *axis*, when all lie in
    one line at one relative offset: for a row of formulas, each refers to one column (its
    own, or one at the same distance), so the formulas compute one column each (column
    totals, links); for a column of formulas, each refers to one row.  ``"link"`` for a
    formula that refers to other sheets only; ``None`` otherwise."""
    if not formula.refs:
        return None
    offsets = set()
    for ref in formula.refs:
        if ref.sheet is not None:
            continue
        if axis == "row":
            if ref.c1_abs or ref.c2_abs or ref.c1 is None or ref.c1 != ref.c2:
                return None
            offsets.add(ref.c1)
        else:
            if ref.r1_abs or ref.r2_abs or ref.r1 is None or ref.r1 != ref.r2:
                return None
            offsets.add(ref.r1)
    if not offsets:
        return "link"
    return offsets.pop() if len(offsets) == 1 else None


def _segments(cells: list[_Cell], axis: str, gap: int) -> Iterator[list[_Cell]]:
    """Runs of cells along a line with at most *gap* positions between neighbours (values
    in every other column make one run)."""
    pos = 1 if axis == "row" else 0
    run: list[_Cell] = []
    for cell in sorted(cells, key=lambda c: (c.row, c.col)[pos]):
        if run and (cell.row, cell.col)[pos] - (run[-1].row, run[-1].col)[pos] - 1 > gap:
            yield run
            run = []
        run.append(cell)
    if run:
        yield run


def _total_groups(sheet: _Sheet, gap: int) -> Iterator[tuple[str, list[_Cell]]]:
    """Every group of comparable formulas: along a row, the formulas that each compute one
    column at the same distance (column totals, links to one column); along a column, those
    that each compute one row; all with the same computation (functions, operators and
    constants: only their references may differ); members at most *gap* cells apart.
    Formulas of another computation (a ratio with an absolute divisor, a formula over
    several columns, a share beside totals) stay out."""
    for axis, coords in _lines(sheet):
        kinds: dict[tuple[Any, ...], list[_Cell]] = defaultdict(list)
        for rc in coords:
            cell = sheet.cells[rc]
            if cell.formula is None:
                continue
            across = _along(cell.formula, axis)
            if across is not None:
                kinds[(across,) + tuple(cell.formula.key[1:])].append(cell)
        for members in kinds.values():
            if len(members) >= 2:
                for run in _segments(members, axis, gap):
                    yield axis, run


def _differs_in_value(sheet: _Sheet, cell: _Cell, own: frozenset[_RefCell] | None,
                      common: frozenset[_RefCell] | None) -> bool:
    """Whether the cells *cell*'s formula refers to (*own*) and those the shared pattern
    would refer to there (*common*) differ by a cell holding a number or a formula (a
    range that starts on a heading or ends on an empty separator changes nothing)."""
    assert own is not None and common is not None
    for sheet_name, rp, cp in own ^ common:
        if sheet_name is not None or not isinstance(rp, int) or not isinstance(cp, int):
            return True
        if sheet.kind(cell.row + rp, cell.col + cp) in ("n", "f", "F"):
            return True
    return False


def _link_sheets(cell: _Cell) -> frozenset[str]:
    assert cell.formula is not None
    return frozenset(r.sheet.strip().lower() for r in cell.formula.refs if r.sheet is not None)


def _links_only(cells: list[_Cell]) -> bool:
    """Whether every formula refers to other sheets only (a row or column of links)."""
    return all(c.formula is not None and c.formula.refs
               and all(r.sheet is not None for r in c.formula.refs) for c in cells)


def _group_span(cells: list[_Cell]) -> str:
    first = min(cells, key=lambda c: (c.row, c.col))
    last = max(cells, key=lambda c: (c.row, c.col))
    return f"{first.coord}:{last.coord}"


def _inconsistent_group(ctx: _Context) -> Iterator[Issue]:
    """A group of comparable formulas (one row of column totals, one column of row totals,
    members up to ``group_gap`` cells apart) whose members refer to different cells,
    relative to their own: every member is reported, the odd ones and the ones they
    disagree with, since which side is right is for a reader to decide."""
    sheet, knobs = ctx.sheet, ctx.knobs
    for _axis, run in _total_groups(sheet, knobs.group_gap):
        if len(run) < knobs.group_min:
            continue
        sigs = [_signature(c.formula, c.row, c.col) for c in run if c.formula is not None]
        if any(s is None for s in sigs) or len(set(sigs)) < 2:
            continue
        counts = Counter(sigs)
        common, n_common = counts.most_common(1)[0]
        if n_common * 2 < len(run):
            continue  # no pattern shared by half: formulas that differ by design
        if n_common >= knobs.group_majority * len(run):
            continue  # a few odd ones in a long run: formula.inconsistent names them
        if _links_only(run) and len({_link_sheets(c) for c in run}) < 2:
            continue  # links to one other sheet, whose rows need not be laid out as here
        if knobs.group_effective and not any(
            _differs_in_value(sheet, c, s, common)
            for c, s in zip(run, sigs, strict=True) if s != common
        ):
            continue  # the cells that differ are empty or text: the same values either way
        span = _group_span(run)
        shared = next(c for c, s in zip(run, sigs, strict=True) if s == common)
        for cell, sig in zip(run, sigs, strict=True):
            others = [c for c, s in zip(run, sigs, strict=True) if s != sig]
            other = _nearest(others, cell)
            yield ctx.make(
                cell,
                f"rumus-rumus sejajar di {span} merujuk ke sel yang berbeda: {cell.value} "
                f"di sini, {other.value} di {other.coord} ({n_common} dari {len(run)} "
                f"memakai pola {shared.value} di {shared.coord}); periksa seluruh kelompok "
                f"dan samakan rentangnya",
                expected=_translate(shared, cell.row, cell.col), actual=cell.value,
            )


def _typed_in_row(ctx: _Context) -> Iterator[Issue]:
    """Numbers typed in a row of formulas that each compute one column the same way (totals,
    links): the figures of the first periods are formulas, those of later periods typed,
    where the formula would fit and at least one typed number differs from what it would
    give.  A typed first period (a base year, an opening balance
    typed on purpose) is ordinary; formulas holding typed figures themselves (``=5400-C13``)
    are data, not a pattern.  The whole group is reported: the typed numbers and the
    formulas beside them."""
    sheet, knobs = ctx.sheet, ctx.knobs
    for r, cols in sheet.rows.items():
        cells = [sheet.cells[(r, c)] for c in cols]
        picked = [c for c in cells if (c.formula is not None
                                        and _along(c.formula, "row") is not None
                                        and not _has_number_literal(c.formula))
                  or sheet.kind(c.row, c.col) == "n"]
        for run in _segments(picked, "row", knobs.group_gap):
            formulas = [c for c in run if c.formula is not None]
            if not formulas:
                continue
            first = formulas[0].col
            run = [c for c in run if c.col >= first]
            numbers = [c for c in run if c.formula is None]
            if not numbers or len(run) < knobs.group_min or len(numbers) > len(formulas):
                continue  # mostly typed: a row of figures with a formula or two
            if len({_signature(c.formula, c.row, c.col) for c in formulas
                    if c.formula is not None}) > 1:
                continue  # formulas that disagree are formula.inconsistent_group's
            shared = formulas[0]
            assert shared.formula is not None
            if not _has_relative_local_ref(shared.formula):
                continue  # links to another sheet: a typed period there is often a prior year
            if _refers_along(shared.formula, "row"):
                continue  # the numbers are the formulas' own inputs
            if not all(_fits_one(sheet, shared, c.row, c.col) for c in numbers):
                continue
            if all(_agrees(c.value, _computed(ctx, shared, c)) for c in numbers):
                continue  # values pasted over the formulas, equal to what they give
            span = _group_span(run)
            names = ", ".join(c.coord for c in numbers)
            for cell in run:
                expected = _translate(shared, cell.row, cell.col)
                yield ctx.make(
                    cell,
                    f"di {span} sebagian nilai berupa rumus ({shared.value} di "
                    f"{shared.coord}) dan sebagian diketik ({names}); mengikuti pola, "
                    f"{cell.coord} seharusnya {expected}",
                    expected=expected, actual=cell.value,
                )


def _computed(ctx: _Context, member: _Cell, cell: _Cell) -> Any:
    """What *member*'s formula would compute at *cell* (``None`` when unknown)."""
    try:
        return evaluate(_translate(member, cell.row, cell.col), cell.row, cell.col, ctx.value)
    except Unknown:
        return None


def _has_number_literal(formula: Formula) -> bool:
    return any(_is_number(lit) for lit in formula.key[3])


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _fits_one(sheet: _Sheet, member: _Cell, row: int, col: int) -> bool:
    """Whether *member*'s formula, moved to (row, col), refers to cells of the kinds it
    refers to where it is (another sheet's cells are taken on trust)."""
    assert member.formula is not None
    here = _profile(sheet, member.formula, row, col)
    there = _profile(sheet, member.formula, member.row, member.col)
    return here is not None and here == there and "_" not in here


def _hardcoded(ctx: _Context) -> Iterator[Issue]:
    """A typed number inside a row or column run of equal formulas that would fit there."""
    sheet = ctx.sheet
    seen: set[tuple[int, int]] = set()
    for axis, coords in _lines(sheet):
        line_cells = [sheet.cells[rc] for rc in coords]
        numbers_in_line = sum(1 for c in line_cells if c.kind == "n")
        if not numbers_in_line:
            continue
        shapes = Counter(c.formula.shape for c in line_cells if c.formula is not None)
        for run in _line_runs(coords, axis):
            cells = [sheet.cells[rc] for rc in run]
            formulas = [c for c in cells if c.formula is not None]
            numbers = [c for c in cells if c.kind == "n"]
            if len(formulas) < 2 or not numbers:
                continue
            key, members = max(_groups(formulas).items(), key=lambda kv: len(kv[1]))
            if len(members) < 2:
                continue
            formula = members[0].formula
            assert formula is not None
            if not _has_relative_local_ref(formula):
                continue
            if _refers_along(formula, axis):
                continue  # the numbers of the line are the formulas' own inputs
            pos = 1 if axis == "row" else 0
            member_pos = [(m.row, m.col)[pos] for m in members]
            # A column whose formulas far outnumber its typed numbers is a formula column
            # even where a whole block of it was typed over.  Rows are not judged so: the
            # first columns of a row are often typed figures (a base year) on purpose.
            line_dominant = axis == "col" and shapes[formula.shape] >= 3 * numbers_in_line
            for cell in numbers:
                if (cell.row, cell.col) in seen:
                    continue
                p = (cell.row, cell.col)[pos]
                inside = min(member_pos) < p < max(member_pos)
                if not (inside or line_dominant):
                    continue
                if not _fits(sheet, members, cell.row, cell.col):
                    continue
                near = _nearest(members, cell)
                expected = _translate(near, cell.row, cell.col)
                try:
                    computed = evaluate(expected, cell.row, cell.col, ctx.value)
                except Unknown:
                    computed = None
                if computed is None or _agrees(cell.value, computed):
                    continue  # a pasted value equal to what the formula gives
                seen.add((cell.row, cell.col))
                yield ctx.make(
                    cell,
                    f"angka {cell.value} diketik langsung, padahal sel-sel sekitarnya berisi "
                    f"rumus (mis. {near.value} di {near.coord}); mengikuti pola, sel ini "
                    f"seharusnya {expected}",
                    expected=expected, actual=cell.value,
                )


def _refers_along(formula: Formula, axis: str) -> bool:
    """Whether a relative reference of the formula stays in its own row (axis "row") or
    column (axis "col")."""
    for ref in formula.refs:
        if ref.sheet is not None:
            continue
        if axis == "col" and not ref.c1_abs and ref.c1 == 0 and ref.c2 == 0:
            return True
        if axis == "row" and not ref.r1_abs and ref.r1 == 0 and ref.r2 == 0:
            return True
    return False


def _aggregate_ranges(cell: _Cell) -> Iterator[tuple[str, tuple[int, int, int, int]]]:
    assert cell.formula is not None
    for func, ref in cell.formula.ranges:
        if func not in AGGREGATES or ref.sheet is not None:
            continue
        box = ref.at(cell.row, cell.col)
        if box is not None:
            yield func, box


def _a1_box(box: tuple[int, int, int, int]) -> str:
    r1, c1, r2, c2 = box
    return f"{a1.letter(c1)}{r1}:{a1.letter(c2)}{r2}"


def _range_omits_adjacent(ctx: _Context) -> Iterator[Issue]:
    """A SUM-like range ending short of numbers that lie between it and the formula."""
    sheet = ctx.sheet
    for cell in sheet.cells.values():
        if cell.formula is None:
            continue
        for func, box in _aggregate_ranges(cell):
            r1, c1, r2, c2 = box
            if c1 == c2 == cell.col and r2 < cell.row - 1:
                gap = [(r, c1) for r in range(r2 + 1, cell.row)]
            elif r1 == r2 == cell.row and c2 < cell.col - 1:
                gap = [(r1, c) for c in range(c2 + 1, cell.col)]
            else:
                continue
            kinds = [sheet.kind(*rc) for rc in gap]
            inside = {
                sheet.kind(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)
            } - {""}
            if not inside or not set(kinds) <= inside or not set(kinds) <= {"n", "f"}:
                continue  # the cells left out are of another kind (a ratio row, a label)
            if any(_refers_to(cell, rc) for rc in gap):
                continue  # used elsewhere in the formula: left out of the range on purpose
            omitted = gap
            names = ", ".join(f"{a1.letter(c)}{r}" for r, c in omitted)
            extended = (r1, c1, gap[-1][0], gap[-1][1])
            yield ctx.make(
                cell,
                f"rentang {func}({_a1_box(box)}) pada rumus {cell.value} tidak mencakup "
                f"sel angka yang bersebelahan: {names}",
                expected=f"{func}({_a1_box(extended)})", actual=cell.value,
            )
            break


def _refers_to(cell: _Cell, rc: tuple[int, int]) -> bool:
    assert cell.formula is not None
    for ref in cell.formula.refs:
        if ref.sheet is None and not ref.is_range and ref.at(cell.row, cell.col) == (*rc, *rc):
            return True
    return False


def _range_spans_headings(ctx: _Context) -> Iterator[Issue]:
    """A column total whose range starts on an empty heading row and runs over the empty
    heading rows of several groups of figures (with ``spans_headings_trailing``, also when
    it ends on empty separator rows above the total)."""
    sheet = ctx.sheet
    for cell in sheet.cells.values():
        if cell.formula is None or cell.formula.funcs[:1] != ["SUM"]:
            continue
        for _func, box in _aggregate_ranges(cell):
            r1, c1, r2, c2 = box
            if not (c1 == c2 == cell.col and r2 < cell.row
                    and r2 - r1 + 1 >= ctx.knobs.spans_headings_min):
                continue
            if r2 < cell.row - 1 and (not ctx.knobs.spans_headings_trailing or any(
                    sheet.kind(r, c1) for r in range(r2 + 1, cell.row))):
                continue  # stops short of the formula (of figures: range_omits_adjacent)
            filled = [sheet.kind(r, c1) != "" for r in range(r1, r2 + 1)]
            if filled[0] or not any(filled) or (
                    not filled[-1] and not ctx.knobs.spans_headings_trailing):
                continue
            first_data = filled.index(True)
            last_data = len(filled) - 1 - filled[::-1].index(True)
            if all(filled[first_data:last_data + 1]):
                continue  # only leading blanks: the figures start lower, nothing skipped
            if not sheet.row_label(r1, c1):
                continue  # the empty first row is not a heading
            yield ctx.make(
                cell,
                f"jumlah {cell.value} dimulai dari baris judul yang kosong "
                f"({a1.letter(c1)}{r1}) dan melewati baris kosong di antara "
                f"kelompok angka; periksa apakah rentangnya hanya mencakup baris rincian "
                f"yang dimaksud",
                expected=f"SUM atas baris rincian mulai {a1.letter(c1)}{r1 + first_data}",
                actual=cell.value,
            )
            break


def _constant_in_sum(ctx: _Context) -> Iterator[Issue]:
    """A sum with a typed constant among its terms (``=SUM(D5:D9)+150``,
    ``=SUM(D5:D9,150)``, ``=D5+D6+150``), or a ``--`` between two terms (``=D5--D6``
    adds D6), where the formulas beside it in its row or column have no such term."""
    sheet = ctx.sheet
    for cell in sheet.cells.values():
        if cell.formula is None:
            continue
        found = _stray_term(str(cell.value))
        if found is None:
            continue
        if any(_stray_term(str(n.value)) is not None
               for n in _line_neighbours(sheet, cell) if n.formula is not None):
            continue  # the neighbours add constants too: the table's own way
        yield ctx.make(
            cell,
            f"rumus {cell.value} memuat {found} di antara suku penjumlahan; periksa apakah "
            f"angka itu sengaja diketik di dalam rumus",
            expected="penjumlahan sel tanpa angka ketikan", actual=cell.value,
        )


def _line_neighbours(sheet: _Sheet, cell: _Cell) -> list[_Cell]:
    out = []
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        other = sheet.get(cell.row + dr, cell.col + dc)
        if other is not None:
            out.append(other)
    return out


_TERM_EDGE = frozenset({"+", "-"})


def _stray_term(text: str) -> str | None:
    """"--" between two terms, or a number added to a sum of cells, in *text*."""
    try:
        tokens = [t for t in Tokenizer(text).items if t.type != Token.WSPACE]
    except Exception:
        return None
    refs = sum(1 for t in tokens if t.type == Token.OPERAND and t.subtype == Token.RANGE)
    sums = any(t.type == Token.FUNC and t.subtype == Token.OPEN and t.value.upper() == "SUM("
               for t in tokens)
    plus = sum(1 for t in tokens if t.type == Token.OP_IN and t.value == "+")
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (tok.type == Token.OP_IN and tok.value == "-" and nxt is not None
                and nxt.type == Token.OP_PRE and nxt.value == "-"):
            return "'--' (dikurangi negatif = ditambah)"
        if not (sums or (refs >= 2 and plus >= 1)):
            continue
        if tok.type != Token.OPERAND or tok.subtype != Token.NUMBER:
            continue
        before = prev is not None and (
            (prev.type == Token.OP_IN and prev.value in _TERM_EDGE)
            or (prev.type == Token.SEP and _in_sum(tokens, i)))
        after = nxt is None or (nxt.type == Token.OP_IN and nxt.value in _TERM_EDGE) or (
            nxt.type in (Token.SEP, Token.FUNC) and _in_sum(tokens, i))
        if before and after:
            return f"angka {tok.value}"
    return None


def _in_sum(tokens: list[Token], i: int) -> bool:
    """Whether token *i* is an argument of SUM (the innermost open function)."""
    depth = 0
    for tok in reversed(tokens[:i]):
        if tok.type in (Token.FUNC, Token.PAREN) and tok.subtype == Token.CLOSE:
            depth += 1
        elif tok.type in (Token.FUNC, Token.PAREN) and tok.subtype == Token.OPEN:
            if depth == 0:
                return tok.type == Token.FUNC and tok.value.upper() == "SUM("
            depth -= 1
    return False


def _number_as_text(ctx: _Context) -> Iterator[Issue]:
    """A text that reads as a number between numbers of the same column."""
    sheet = ctx.sheet
    for cell in sheet.cells.values():
        if cell.kind != "t":
            continue
        text = str(cell.value).strip()
        if not _NUMBER_TEXT.match(text) or (len(text) > 1 and text[0] == "0" and text[1] != "."):
            continue
        above = sheet.kind(cell.row - 1, cell.col)
        below = sheet.kind(cell.row + 1, cell.col)
        above2 = sheet.kind(cell.row - 2, cell.col)
        below2 = sheet.kind(cell.row + 2, cell.col)
        if not (above == below == "n" and (above2 == "n" or below2 == "n")):
            continue
        left = sheet.get(cell.row, cell.col - 1)
        right = sheet.get(cell.row, cell.col + 1)
        if any(
            o is not None and o.kind == "t" and _NUMBER_TEXT.match(str(o.value).strip())
            for o in (left, right)
        ):
            continue  # a whole row of numbers typed as text: a note row, on purpose
        yield ctx.make(
            cell,
            f"angka '{text}' tersimpan sebagai teks di kolom berisi angka; nilainya tidak "
            f"ikut dihitung oleh SUM dan rumus lain",
            expected="angka", actual=cell.value,
        )


def _refers_to_empty(ctx: _Context) -> Iterator[Issue]:
    """A formula referring to an empty cell whose row and column are both empty: the
    reference points outside every table of the sheet."""
    sheet = ctx.sheet
    for cell in sheet.cells.values():
        if cell.formula is None:
            continue
        for ref in cell.formula.refs:
            if ref.sheet is not None or ref.is_range:
                continue
            box = ref.at(cell.row, cell.col)
            if box is None:
                continue
            r, c = box[0], box[1]
            if r in sheet.rows or c in sheet.cols:
                continue  # an empty input in a used row or column is ordinary
            yield ctx.make(
                cell,
                f"rumus {cell.value} merujuk ke sel kosong {a1.letter(c)}{r} "
                f"yang baris dan kolomnya tidak berisi apa pun (rujukan ke luar tabel)",
                expected="rujukan ke sel berisi angka", actual=cell.value,
            )
            break


# --------------------------------------------------------------------------- registered

# The rules are registered in the order of their rank: on one cell, only the first that
# reports it is kept (first_per_cell).


def _each_sheet(s: Subject, check: Callable[[_Context], Iterable[Issue]]) -> Iterator[Issue]:
    """*check* on every sheet of the subject's workbook (the sheets are built once)."""
    knobs = s.cache.get("formula.knobs", DEFAULT_KNOBS)
    for ctx in _contexts(s):
        ctx.knobs = knobs
        try:
            yield from check(ctx)
        except (RecursionError, MemoryError):
            raise
        except Exception:  # pragma: no cover - one odd sheet must not stop the others
            continue


def _contexts(s: Subject) -> list[_Context]:
    if "formula.sheets" not in s.cache:
        assert s.workbook is not None
        source = s.workbook
        titles = {t.strip(): t for t in source.worksheets}
        wanted = s.cache.get("formula.only")
        contexts = []
        for title in source.worksheets:
            if wanted is None or title.strip() in wanted:
                contexts.append(_context(title, source, titles))
        s.cache["formula.sheets"] = contexts
    return s.cache["formula.sheets"]


def _context(title: str, source: CellSource, titles: dict[str, str]) -> _Context:
    own = source.cells(title)
    sheet = _build_sheet(title, own)
    others: dict[str, dict[tuple[int, int], Any]] = {}

    def value(other: str | None, row: int, col: int) -> Any:
        if other is None:
            return own.values.get((row, col))
        name = titles.get(other.strip())
        if name is None:
            raise Unknown
        if name not in others:
            others[name] = source.cells(name).values
        return others[name].get((row, col))

    def make(cell: _Cell, message: str, **kw: Any) -> Issue:
        return Issue(sheet.title, cell.coord, message, sheet.row_label(cell.row, cell.col),
                     column=sheet.column_header(cell.row, cell.col), **kw)

    return _Context(sheet, make, value)


@rule("formula.error_value", "error", needs={"formulas"}, first_per_cell=True,
      title="Rumus menghasilkan galat Excel atau merujuk sel yang dihapus",
      explanation="""Rumus yang memuat #REF! (merujuk sel yang sudah dihapus), atau yang nilainya
      galat Excel (#N/A, #VALUE!, #NAME?...) yang tidak berasal dari sel lain yang sudah galat.
      #DIV/0! tidak dilaporkan: biasanya pembagi yang belum diisi.""",
      wrong="=SUM(#REF!)", right="=SUM(D6:D9)")
def error_value(s: Subject) -> Iterator[Issue]:
    yield from _each_sheet(s, _error_value)


@rule("formula.inconsistent_group", "warning", needs={"formulas"}, first_per_cell=True,
      title="Rumus sejajar merujuk ke sel yang berbeda",
      explanation="""Dalam satu baris jumlah kolom (atau satu kolom jumlah baris), rumus-rumus
      yang sejajar, juga yang berselang satu kolom, merujuk ke sel yang berbeda bila dilihat
      dari posisinya masing-masing (rentang yang mulai atau berhenti di baris lain, sel yang
      dilewati). Rumus dibandingkan menurut sel yang dirujuk, bukan teksnya: =A5-B5 dan
      =SUM(A5:B5) sama. Seluruh kelompok dilaporkan, karena pembaca yang menentukan rumus
      mana yang benar.""",
      wrong="D17: =SUM(D3:D16), E17: =SUM(E4:E16), F17: =SUM(F4:F16)",
      right="D17: =SUM(D4:D16), E17: =SUM(E4:E16), F17: =SUM(F4:F16)")
def inconsistent_group(s: Subject) -> Iterator[Issue]:
    yield from _each_sheet(s, _inconsistent_group)


@rule("formula.inconsistent", "warning", needs={"formulas"}, first_per_cell=True,
      title="Rumus berbeda dari rumus di sekitarnya",
      explanation="""Dalam satu baris atau kolom berisi rumus yang sama (dibandingkan menurut
      posisi relatifnya, bentuk R1C1), satu rumus berbeda dari yang lain, padahal rumus
      tetangganya cocok di tempat itu.""",
      wrong="E5: =C5/D5, E6: =C6/D5, E7: =C7/D7", right="E6: =C6/D6")
def inconsistent(s: Subject) -> Iterator[Issue]:
    yield from _each_sheet(s, _inconsistent)


@rule("formula.range_omits_adjacent", "warning", needs={"formulas"}, first_per_cell=True,
      title="Rentang jumlah tidak mencakup angka yang bersebelahan",
      explanation="""Rentang SUM (atau AVERAGE, COUNT...) berhenti sebelum angka yang terletak
      antara ujung rentang dan rumusnya ("rumus melewatkan sel yang bersebelahan" di
      Excel).""",
      wrong="D10: =SUM(D5:D8), D9 berisi angka", right="D10: =SUM(D5:D9)")
def range_omits_adjacent(s: Subject) -> Iterator[Issue]:
    yield from _each_sheet(s, _range_omits_adjacent)


@rule("formula.range_spans_headings", "warning", needs={"formulas"}, first_per_cell=True,
      title="Jumlah kolom dimulai dari baris judul kosong",
      explanation="""Total sebuah kolom dimulai dari baris judul yang kosong dan melewati baris
      judul kosong beberapa kelompok angka: bisa menjumlahkan subtotal bersama rinciannya.""",
      wrong="D20: =SUM(D4:D19) atas judul, rincian dan subtotal",
      right="D20: =SUM(D5:D8,D10:D13)")
def range_spans_headings(s: Subject) -> Iterator[Issue]:
    yield from _each_sheet(s, _range_spans_headings)


@rule("formula.hardcoded", "warning", needs={"formulas"}, first_per_cell=True,
      title="Angka diketik di antara rumus",
      explanation="""Sel berisi angka yang diketik di tengah deretan rumus yang sama, padahal
      rumus deretan itu cocok di tempatnya: nilainya tidak ikut berubah bila datanya
      berubah.""",
      wrong="E5: =C5/D5, E6: 0,93, E7: =C7/D7", right="E6: =C6/D6")
def hardcoded(s: Subject) -> Iterator[Issue]:
    yield from _each_sheet(s, _hardcoded)


@rule("formula.typed_in_row", "warning", needs={"formulas"}, first_per_cell=True,
      title="Sebagian nilai sebaris berupa rumus, sebagian diketik",
      explanation="""Dalam satu baris (atau kolom), nilai beberapa periode dihitung dengan rumus
      yang sama (jumlah kolom, tautan) sedangkan periode lain diketik sebagai angka, padahal
      rumus itu cocok di tempatnya: angka yang diketik tidak ikut berubah bila datanya
      berubah. Seluruh kelompok dilaporkan.""",
      wrong="C21: =SUM(C14:C20), D21: 74, E21: =SUM(E14:E20)",
      right="D21: =SUM(D14:D20)")
def typed_in_row(s: Subject) -> Iterator[Issue]:
    yield from _each_sheet(s, _typed_in_row)


@rule("formula.constant_in_sum", "info", needs={"formulas"}, first_per_cell=True,
      title="Angka ketikan atau '--' di dalam penjumlahan",
      explanation="""Rumus penjumlahan memuat angka yang diketik sebagai salah satu sukunya
      (=SUM(D5:D9)+150, =SUM(D5:D9;150), =D5+D6+150), atau '--' di antara dua suku (=D5--D6
      justru menambahkan D6), padahal rumus di sebelahnya tidak: angka itu tidak ikut berubah
      bila datanya berubah.""",
      wrong="D10: =SUM(D5:D9)+150", right="D10: =SUM(D5:D9)")
def constant_in_sum(s: Subject) -> Iterator[Issue]:
    yield from _each_sheet(s, _constant_in_sum)


@rule("formula.number_as_text", "warning", needs={"formulas"}, first_per_cell=True,
      title="Angka tersimpan sebagai teks",
      explanation="""Teks yang terbaca sebagai angka di kolom berisi angka: nilainya tidak ikut
      dihitung oleh SUM dan rumus lain.""",
      wrong="D7: '1.250.000' (teks)", right="D7: 1250000 (angka)")
def number_as_text(s: Subject) -> Iterator[Issue]:
    yield from _each_sheet(s, _number_as_text)


@rule("formula.refers_to_empty", "info", needs={"formulas"}, first_per_cell=True,
      title="Rumus merujuk ke sel kosong di luar tabel",
      explanation="""Rumus merujuk ke sel kosong yang baris dan kolomnya tidak berisi apa pun:
      rujukan itu mengarah ke luar setiap tabel lembar itu.""",
      wrong="E5: =C5/Z99", right="E5: =C5/D5")
def refers_to_empty(s: Subject) -> Iterator[Issue]:
    yield from _each_sheet(s, _refers_to_empty)


# --------------------------------------------------------------------------- entry point


def check_formulas(source: str | Path | CellSource, *, sheets: Iterable[str] | None = None,
                   file: str = "", knobs: FormulaKnobs = DEFAULT_KNOBS,
                   cache: dict[str, Any] | None = None) -> list[Finding]:
    """The formula rules on a workbook (a file, a :class:`~lkip_xl.xlsx.reader.Book` or a
    :class:`~lkip_xl.xlsx.reader.CellBook`), or on the named ``sheets``: its findings in
    sheet order, then by row and column; at most one finding per cell.

    *knobs* are the rules' tunable choices; *cache*, a dict kept by the caller between
    calls on the same source and sheets, keeps the parsed sheets (for runs with other
    knobs)."""
    if isinstance(source, (str, Path)):
        path = Path(source)
        if not path.is_file():
            raise InputError("berkas tidak ditemukan", Location(file=path))
        with Book(path) as book:
            return check_formulas(book, sheets=sheets, file=str(path), knobs=knobs)
    subject = Subject(file=file, workbook=source)
    if cache is not None:
        subject.cache = cache
    if sheets is not None:
        subject.cache["formula.only"] = {s.strip() for s in sheets}
    subject.cache["formula.knobs"] = knobs
    found = registry.run(subject, [r for r in registry.applicable(subject)
                                   if r.needs == {"formulas"} and r.id not in knobs.disabled])
    order = {title: i for i, title in enumerate(source.worksheets)}
    return sorted(found, key=lambda f: (order.get(f.sheet, 0), *a1.order(f.cell)))
