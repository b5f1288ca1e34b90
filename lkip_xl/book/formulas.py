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
    items: tuple[int, int] | None = None  # first and last item row a group/table covers
    groups: tuple[int, ...] = ()  # group rows a total covers
    total: int | None = None  # the total row of the table
    group_rows: tuple[int, ...] = ()  # the table's group rows (a total counts them)


def group_items(rows: Sequence[tuple[str, int]], index: int) -> tuple[int, int] | None:
    """First and last row of the items that follow the group row ``rows[index]``.

    *rows* are (kind, row number) pairs in sheet order; None when the group has
    no item (a program without kegiatan).
    """
    end = index + 1
    while end < len(rows) and rows[end][0] == "item":
        end += 1
    return (rows[index + 1][1], rows[end - 1][1]) if end > index + 1 else None


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


_SPANS = ("items", "rows", "groups", "group_count", "row_count")


def _braces(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _literal(text: str) -> Callable[[RowContext], str]:
    return lambda ctx: text


def _placeholder(name: str, at_total: bool, own: str, layout: SheetLayout,
                 pattern: str) -> Callable[[RowContext], str]:
    if name in ("items", "rows"):
        return lambda ctx: (f"{own}{ctx.items[0]}:{own}{ctx.items[1]}"
                            if ctx.items is not None else "0")
    if name == "group_count":  # how many group rows a total covers (0 when none)
        return lambda ctx: f"COUNTA({','.join(f'{own}{r}' for r in ctx.group_rows)})" \
            if ctx.group_rows else "0"
    if name == "row_count":  # how many rows, groups and items, a total covers
        def rows(ctx: RowContext) -> str:
            ends = [*ctx.groups, *(ctx.items or ())]
            return f"COUNTA({own}{min(ends)}:{own}{max(ends)})" if ends else "0"
        return rows
    if name == "groups":
        def groups(ctx: RowContext) -> str:
            if not ctx.groups and ctx.items is not None:  # no groups: the items are top level
                return f"{own}{ctx.items[0]}:{own}{ctx.items[1]}"
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
