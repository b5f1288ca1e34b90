"""Rendering the schema's formula patterns into Excel formulas.

The template builder renders each pattern once, for the template's example
rows; fill renders it for every row of the data.  Both go through
:func:`render`, so a pattern means the same thing everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from lkip_xl.model import outline, schema
from lkip_xl.xlsx import a1

_PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)(@total)?\}")
# {Tabel 3.1!capaian}: a column of another table over its rows
_OTHER = re.compile(r"\{([^{}!]+)!([a-z0-9_]+)\}")


class RowContext(NamedTuple):
    """Where a row sits: its number, and the rows its formulas cover."""

    row: int
    items: tuple[int, int] | None = None  # first and last row a group heads (or a table's items)
    groups: tuple[int, ...] = ()  # top-level rows a total covers
    total: int | None = None  # the total row of the table
    group_rows: tuple[int, ...] = ()  # the table's group rows (a total counts them)
    children: tuple[int, ...] = ()  # the rows directly under a group (none given: its items)
    item_rows: tuple[int, ...] = ()  # the table's item rows (a total counts them)
    sub_rows: tuple[int, ...] = ()  # the table's sub rows (a total counts them)
    flat: bool = False  # no row heads another: the top-level rows are one range


def contexts(rows: Sequence[tuple[str, int]]) -> dict[int, RowContext]:
    """Each row's formula context, from the (kind, row number) pairs of a table in sheet
    order: the rows a group heads and those directly under it, the top-level rows, the
    total (:func:`lkip_xl.model.schema.hierarchy`)."""
    kinds = [k for k, _ in rows]
    at = [r for _, r in rows]
    places = schema.hierarchy(kinds)
    total = next((r for k, r in rows if k == "total"), None)
    detail = [r for k, r in rows if k in schema.DETAIL]
    span = (detail[0], detail[-1]) if detail else None
    top = tuple(r for (k, r), p in zip(rows, places, strict=True)
                if k != "total" and p.parent is None)
    flat = not any(p.heads for p in places)
    by_kind = {kind: tuple(r for k, r in rows if k == kind) for kind in schema.LEVELS}
    out: dict[int, RowContext] = {}
    for i, (kind, row) in enumerate(rows):
        place = places[i]
        if kind == "group" or place.heads:
            covered = (at[i + 1], at[place.end - 1]) if place.heads else None
            children = tuple(at[c] for c in place.children)
        else:
            covered, children = span, ()
        out[row] = RowContext(row=row, items=covered, groups=top, total=total,
                              group_rows=by_kind["group"], children=children,
                              item_rows=by_kind["item"], sub_rows=by_kind["sub"], flat=flat)
    return out


def group_items(rows: Sequence[tuple[str, int]], index: int) -> tuple[int, int] | None:
    """First and last row of the rows that the row ``rows[index]`` heads.

    *rows* are (kind, row number) pairs in sheet order; None when it heads none (a
    program without kegiatan, a kegiatan without sub kegiatan).
    """
    place = schema.hierarchy([k for k, _ in rows])[index]
    return (rows[index + 1][1], rows[place.end - 1][1]) if place.heads else None


def runs(rows: Sequence[int]) -> list[tuple[int, int]]:
    """Consecutive row numbers as (first, last) runs: [5, 6, 7, 9] -> [(5, 7), (9, 9)]."""
    out: list[list[int]] = []
    for r in rows:
        if out and out[-1][1] == r - 1:
            out[-1][1] = r
        else:
            out.append([r, r])
    return [(a, b) for a, b in out]


@dataclass(frozen=True)
class SheetLayout:
    """Column letter of each column key of a table on its sheet."""

    sheet: str
    letters: dict[str, str] = field(default_factory=dict)


def compile_pattern(pattern: str, column: str, layout: SheetLayout,
                    ranges: Callable[[str, str], str] | None = None
                    ) -> Callable[[RowContext], str]:
    """Prepare *pattern* for the cells of *column*: a function of the row's context.

    The pattern is split once; rendering a row only joins strings, which keeps
    fill linear and fast on large tables.  ``{Sheet!column}`` placeholders, a column of
    another table over its rows, are rendered once by *ranges*.
    """
    if _OTHER.search(pattern):
        if ranges is None:
            raise ValueError(f"{layout.sheet}: pattern {pattern!r} needs other tables' ranges")
        pattern = _OTHER.sub(lambda m: ranges(m.group(1), m.group(2)), pattern)
    own = layout.letters[column]
    found = list(_PLACEHOLDER.finditer(pattern))
    if all(m.group(1) not in _SPANS and not m.group(2) for m in found):
        # only cells of the row itself: one str.format of the row number
        template, last = [], 0
        for m in found:
            template += [_braces(pattern[last:m.start()]), layout.letters[m.group(1)], "{0}"]
            last = m.end()
        text = "".join(template) + _braces(pattern[last:])
        return lambda ctx: text.format(ctx.row)
    pieces: list[Callable[[RowContext], str]] = []
    last = 0
    for m in found:
        pieces.append(_literal(pattern[last:m.start()]))
        pieces.append(_placeholder(m.group(1), bool(m.group(2)), own, layout, pattern))
        last = m.end()
    pieces.append(_literal(pattern[last:]))
    return lambda ctx: "".join([piece(ctx) for piece in pieces])


_SPANS = ("items", "rows", "groups", "children", "group_count", "item_count", "sub_count")


def _braces(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _literal(text: str) -> Callable[[RowContext], str]:
    return lambda ctx: text


def _placeholder(name: str, at_total: bool, own: str, layout: SheetLayout,
                 pattern: str) -> Callable[[RowContext], str]:
    if name in ("items", "rows"):
        return lambda ctx: (f"{own}{ctx.items[0]}:{own}{ctx.items[1]}"
                            if ctx.items is not None else "0")
    if name == "children":  # the rows directly under a group: a range when consecutive
        def children(ctx: RowContext) -> str:
            if not ctx.children:
                return (f"{own}{ctx.items[0]}:{own}{ctx.items[1]}"
                        if ctx.items is not None else "0")
            found = runs(ctx.children)
            if len(found) == 1:
                return f"{own}{found[0][0]}:{own}{found[0][1]}"
            return ",".join(f"{own}{a}" if a == b else f"{own}{a}:{own}{b}" for a, b in found)
        return children
    if name.endswith("_count"):  # how many rows of a kind a total covers (0 when none)
        field_name = name.removesuffix("_count") + "_rows"

        def count(ctx: RowContext) -> str:
            found = getattr(ctx, field_name)
            return "COUNTA(" + ",".join(f"{own}{a}" if a == b else f"{own}{a}:{own}{b}"
                                        for a, b in runs(found)) + ")" if found else "0"
        return count
    if name == "groups":
        def groups(ctx: RowContext) -> str:
            if ctx.flat and ctx.groups:  # no row heads another: the rows are one range
                return f"{own}{ctx.groups[0]}:{own}{ctx.groups[-1]}"
            return ",".join(f"{own}{r}" for r in ctx.groups) or "0"
        return groups
    letter = layout.letters[name]
    if at_total:
        def total(ctx: RowContext) -> str:
            if ctx.total is None:
                raise ValueError(f"{layout.sheet}: pattern {pattern!r} needs a total row")
            return f"${letter}${ctx.total}"
        return total
    return lambda ctx: f"{letter}{ctx.row}"


def render(pattern: str, column: str, layout: SheetLayout, ctx: RowContext) -> str:
    """Render *pattern* for the cell of *column* in the row described by *ctx*."""
    return compile_pattern(pattern, column, layout)(ctx)


def link_formula(column: schema.Column, layout: SheetLayout, row: int,
                 linked: SheetLayout, linked_rows: tuple[int, int]) -> str:
    """The formula repeating another table's value for the row with the same key.

    ``linked_rows`` are the first and last data rows of the linked table.
    """
    return compile_link(column, layout, linked, linked_rows)(row)


def compile_link(column: schema.Column, layout: SheetLayout, linked: SheetLayout,
                 linked_rows: tuple[int, int]) -> Callable[[int], str]:
    """:func:`link_formula` prepared once for a column: a function of the row number."""
    assert column.link is not None
    sheet, target_key = column.link
    ref = a1.sheet_name(sheet)
    first, last = linked_rows
    key = layout.letters["kode"]
    target = linked.letters[target_key]
    linked_key = linked.letters["kode"]
    head = f"INDEX({ref}!${target}${first}:${target}${last},MATCH(${key}"
    tail = f",{ref}!${linked_key}${first}:${linked_key}${last},0))"

    def formula(row: int) -> str:
        lookup = f"{head}{row}{tail}"
        # A blank source stays blank ("not entered" is not 0); a missing key shows #N/A.
        return f'=IF({lookup}="","",{lookup})'

    return formula


def caption_formula(shown: outline.Shown) -> str:
    """The table's caption (from the report's outline) as a live formula on the Pengaturan
    names."""
    names = {
        "instansi": "Instansi",
        "tahun": "Tahun",
        "tahun_lalu": "(Tahun-1)",
        "jabatan": "Jabatan",
        "renstra": 'RenstraAwal&"-"&RenstraAkhir',
        "pemerintah": "Pemerintah",
    }
    parts = []
    for i, piece in enumerate(re.split(r"\{([a-z_]+)\}", shown.caption)):
        if i % 2:
            parts.append(names[piece])
        elif piece:
            parts.append('"' + piece.replace('"', '""') + '"')
    return "=" + "&".join(parts)


def header_formula(column: schema.Column) -> str:
    """A year column's header, live on the report year.

    Under a spanning header ("Target") the header is the year alone (=Tahun-3);
    otherwise the header text with the year (="Realisasi "&(Tahun-1)).
    """
    assert column.year_offset is not None
    off = column.year_offset
    base = "RenstraAwal" if column.year_base == "renstra" else "Tahun"
    if column.span:
        return f"={base}" if off == 0 else f"={base}{off:+d}"
    prefix = column.header.split("{tahun}")[0]
    year = base if off == 0 else f"({base}{off:+d})"
    return f'="{prefix}"&{year}'
