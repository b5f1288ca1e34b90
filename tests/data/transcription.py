"""What the build scripts of the real LKIPs in ``tests/data/<name>/build.py`` share: records
from positional tuples, the check of the data against the schema, and the report's own
tables (``Tambahan …`` sheets) added to the data workbook ``write_input`` wrote.

Each script imports it with ``sys.path.insert(0, <tests/data>)``; it is not part of lkip-xl.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from openpyxl import load_workbook

from lkip_xl.model import schema

Record = dict[str, str | None]


def rows(columns: str, *data: tuple[str | None, ...]) -> list[Record]:
    """Records from positional tuples; *columns* names the keys, space separated."""
    keys = columns.split()
    return [dict(zip(keys, row, strict=True)) for row in data]


def narasi(paragraphs: Iterable[tuple[str, str]]) -> list[Record]:
    """Narasi Staf records (N01, N02, ...) from (bagian, teks) pairs in the document's order."""
    return [{"kode": f"N{i:02d}", "bagian": bagian, "teks": teks}
            for i, (bagian, teks) in enumerate(paragraphs, start=1)]


def check(identity: Mapping[str, Any], tables: Mapping[str, Iterable[Mapping[str, Any]]],
          *, unique_keys: bool = False) -> list[str]:
    """Fail early (SystemExit) when the data do not match the schema's tables, columns and
    identity fields (with *unique_keys*, also on a key given twice); the schema's tables
    the document does not have are returned: the format allows leaving them out."""
    known = {t.sheet for t in schema.TABLES}
    unknown = [s for s in tables if s not in known]
    if unknown:
        raise SystemExit(f"tabel tidak dikenal: {unknown}")
    for tbl in schema.TABLES:
        keys = {c.key for c in tbl.input_columns}
        seen: set[tuple[Any, ...]] = set()
        for i, row in enumerate(tables.get(tbl.sheet, ()), start=1):
            extra = set(row) - keys
            if extra:
                raise SystemExit(f"{tbl.sheet} baris {i}: kolom tidak dikenal {sorted(extra)}")
            key = tuple(row.get(k) for k in tbl.key)
            if unique_keys and key in seen:
                raise SystemExit(f"{tbl.sheet} baris {i}: kunci ganda {key}")
            seen.add(key)
    fields = {f.key for f in schema.IDENTITY}
    if set(identity) - fields:
        raise SystemExit(f"identitas tidak dikenal: {sorted(set(identity) - fields)}")
    return [t.sheet for t in schema.TABLES if t.sheet not in tables]


class Extra(NamedTuple):
    """One of the report's own tables: its sheet, title, place in the outline, headers, rows."""

    sheet: str
    judul: str
    bagian: str
    header: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]


def write_extras(path: Path, extras: Iterable[Extra]) -> None:
    """Add the Tambahan sheets to the data workbook *path* (write_input does not)."""
    wb = load_workbook(path)
    for extra in extras:
        if len(extra.sheet) > 31 or extra.sheet in wb.sheetnames:
            raise SystemExit(f"nama lembar tidak dapat dipakai: {extra.sheet}")
        ws = wb.create_sheet(extra.sheet)
        ws["A1"], ws["B1"] = "Judul", extra.judul
        ws["A2"], ws["B2"] = "Bagian", extra.bagian
        for c, head in enumerate(extra.header, start=1):
            ws.cell(4, c, head)
        for r, row in enumerate(extra.rows, start=5):
            if len(row) != len(extra.header):
                raise SystemExit(f"{extra.sheet} baris {r}: {len(row)} sel, "
                                 f"{len(extra.header)} judul kolom")
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(r, c, value)
    wb.save(path)
