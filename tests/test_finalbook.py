"""The row map of a final workbook."""

from __future__ import annotations

from pathlib import Path

from lkip_xl.book.finalbook import CELL_LIMIT, decode, encode, map_rows


def test_run_length_code_round_trips() -> None:
    kinds = ["group", "item", "item", "item", "group", "group", "item", "total"]
    assert encode(kinds) == "g1 i3 g2 i1 t1"
    assert decode(encode(kinds)) == kinds
    assert encode([]) == "" and decode("") == []


def test_long_tables_are_split_over_cells() -> None:
    kinds = ["group", "item"] * 20_000  # 40,000 rows: longer than one cell holds
    (row,) = map_rows({"Tabel 2.5": (6, kinds)})
    assert row[:2] == ("Tabel 2.5", 6) and len(row) > 3
    assert all(len(chunk) <= CELL_LIMIT for chunk in row[2:])
    assert decode("".join(row[2:])) == kinds


def test_reading_only_some_kinds_of_rows(tmp_path: Path) -> None:
    from lkip_xl.book.finalbook import read_final
    from lkip_xl.jobs.fill import fill

    final = fill(out_dir=tmp_path).output
    whole = read_final(final, ["Realisasi Anggaran"])
    some = read_final(final, ["Realisasi Anggaran"], {"Realisasi Anggaran": ("group", "total")})
    rows = whole.tables["Realisasi Anggaran"]
    assert some.tables["Realisasi Anggaran"] == [r for r in rows if r.kind != "item"]
    assert some.count("Realisasi Anggaran", "item") == 57 == \
        sum(r.kind == "item" for r in rows)
    assert some.count("Realisasi Anggaran", "group") == 16
