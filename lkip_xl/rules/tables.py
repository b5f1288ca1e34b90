"""What several rules ask of an LKIP's data: rows by key, values as the workbook holds
them and as staff write them, the sentences staff wrote."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping, Sequence

from lkip_xl.book.inputbook import InputData, Row, Value
from lkip_xl.book.written import Stated
from lkip_xl.model import schema
from lkip_xl.model.numbers import format_angka, format_persen, format_rupiah
from lkip_xl.xlsx import a1


def by_key(data: InputData, sheet: str, kind: str | tuple[str, ...] | None = None
           ) -> dict[str, Row]:
    """The rows of a table by their key (joined with " / "), without its total (only the
    rows of *kind*, or of the kinds given)."""
    kinds = (kind,) if isinstance(kind, str) else kind
    return {" / ".join(r.key): r for r in data.tables[sheet]
            if r.kind != "total" and (kinds is None or r.kind in kinds)}


def typed(data: InputData | None, shown: InputData, stated: Sequence[Stated] | None,
          sheets: tuple[str, ...]) -> dict[tuple[str, str], Mapping[str, Value]]:
    """The values staff typed in the rows of *sheets*, by sheet and row key (joined with
    " / "), where they may differ from what the report shows (a realisasi typed where the
    template repeats Tabel 3.1's): of a data workbook its rows; of a final workbook what it
    records of them, the values typed where it computes (:mod:`lkip_xl.book.written`)."""
    if data is not None:
        return {(sheet, " / ".join(r.key)): r.values for sheet in sheets
                for r in data.tables.get(sheet, [])}
    by_row: dict[tuple[str, int | None], dict[str, Value]] = {}
    for s in stated or ():
        if s.sheet in sheets:
            by_row.setdefault((s.sheet, a1.row_of(s.cell)), {})[s.column.key] = s.value
    return {(sheet, " / ".join(r.key)): values for sheet in sheets
            for r in shown.tables.get(sheet, []) if (values := by_row.get((sheet, r.row)))}


def budget_lines(data: InputData, sheet: str) -> list[Row]:
    """The kegiatan and sub kegiatan of a budget table that no row sums: each sub kegiatan,
    and each kegiatan without sub kegiatan (a kegiatan over its sub kegiatan is a subtotal,
    checked as one: :mod:`lkip_xl.rules.arith`)."""
    rows = data.tables.get(sheet, [])
    heads = schema.heading([r.kind for r in rows])
    return [r for r, h in zip(rows, heads, strict=True) if r.kind in schema.DETAIL and not h]


def level_name(sheet: str, kind: str) -> str:
    """What a row of *kind* is called in *sheet* ("kegiatan", "sub kegiatan")."""
    rows = schema.table(sheet).rows
    return (rows.named().get(kind, kind) if rows else kind).lower()


def cell_number(value: Value | None) -> float | None:
    """A value as the workbook holds it: a percentage as a fraction (80% -> 0.8)."""
    if value is None or value.number is None:
        return None
    return value.number / 100 if value.unit == "persen" else float(value.number)


def show(value: Value, kind: str = "") -> str:
    """A value as staff write it: Rp 1.234.567, 80%, 3,4 — or its text."""
    if value.number is None:
        return value.display()
    if value.unit == "persen" or kind == "persen":
        return format_persen(value.number, 2 if not float(value.number).is_integer() else 0)
    if kind == "rupiah" or value.unit == "rupiah":
        return format_rupiah(value.number)
    return format_angka(value.number)


def year_column(sheet: str, prefix: str, year: int, years: schema.Years) -> str | None:
    """The key of the year column of *sheet* (``target_3``) that holds *year*."""
    for col in schema.table(sheet).columns:
        if col.key.startswith(prefix + "_") and col.year(years) == year:
            return col.key
    return None


# Where staff write sentences: (sheet, column).
TEXT_COLUMNS = (("Narasi Staf", "teks"), ("Analisis Indikator", "uraian"))
TEXT_KEY = dict(TEXT_COLUMNS)


def texts(data: InputData) -> Iterator[tuple[str, Row, Value]]:
    """Every staff-written text: its sheet, its row, its cell."""
    for sheet, column in TEXT_COLUMNS:
        for row in data.tables[sheet]:
            value = row.values.get(column)
            if value is not None and value.text:
                yield sheet, row, value


# --------------------------------------------------------------------------
# The unit's own name, as the Identitas gives it, against a name in a title or a sentence

_NAME_STOP = {"dan", "pada", "di", "ke", "dari", "untuk", "the", "of", "serta"}


def name_words(text: str) -> list[str]:
    """The significant words of a unit's name, lower case."""
    return [w for w in re.findall(r"[a-z0-9]+", text.casefold()) if w not in _NAME_STOP]


def _acronym(word: str, words: list[str]) -> bool:
    """*word* is the initials of consecutive *words* (PUPR: Pekerjaan Umum Penataan Ruang),
    or their first syllables (Bapenda: Badan Pendapatan Daerah)."""
    if len(word) < 2:
        return False
    for start in range(len(words)):
        rest = word
        for w in words[start:]:
            if not rest:
                break
            take = next((n for n in range(min(len(w), len(rest)), 0, -1)
                         if rest.startswith(w[:n])), 0)
            if not take:
                break
            rest = rest[take:]
        if not rest:
            return True
    return False


def foreign_words(named: str, own: str) -> list[str]:
    """The words of the unit name *named* that the unit's own name *own* has not, neither as
    a word, a word misspelt by a letter or two, nor as an acronym of its words; [] when
    *named* is the unit's own name."""
    mine = name_words(own)
    out = []
    for w in name_words(named):
        if w in mine or _acronym(w, mine) or any(
                difflib.SequenceMatcher(None, w, m).ratio() >= 0.85 for m in mine):
            continue
        out.append(w)
    return out
