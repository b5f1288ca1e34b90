"""The report's outline: every table of the template has its place, number and caption."""

from __future__ import annotations

from lkip_xl.model import outline, schema


def test_every_template_table_is_placed_once() -> None:
    placed = [t.sheet for _, _, t in outline.tables()]
    assert len(placed) == len(set(placed))
    assert set(placed) <= {t.sheet for t in schema.TABLES}
    assert {t.sheet for t in schema.TABLES if t.in_template} <= set(placed)


def test_titles_come_from_the_outline() -> None:
    shown = outline.shown("Tabel 2.5")
    assert shown.title({"instansi": "Dinas Contoh", "tahun": 2021}, "Tabel 2.5") == \
        "Tabel 2.5 Anggaran Dinas Contoh Tahun 2021"
    assert outline.place_of_table("Tabel 2.5") == "BAB II › 2.2 Program, Kegiatan dan Pendanaan"
    assert outline.place_of_paragraph("indikator.IK01") == \
        "BAB III › Analisis Capaian per Indikator"
    assert outline.place_of_paragraph("ikhtisar") == "Ikhtisar Eksekutif"


def test_numbers_follow_the_tables_the_report_has() -> None:
    every = outline.numbers()
    assert every["Tabel 2.5"] == "Tabel 2.5"
    assert every["Tabel 2.6 Program"] == "Tabel 2.7"
    assert every["Realisasi Anggaran"] == "Tabel 3.6"
    assert "Analisis Indikator" not in every  # not printed as a table
    # a unit without staff tables 1.2-1.4 and without Tabel 2.3
    present = {t.sheet for t in schema.TABLES} - {"Tabel 1.2", "Tabel 1.3", "Tabel 1.4",
                                                   "Tabel 2.3"}
    some = outline.numbers(present)
    assert (some["Tabel 1.1"], some["Tabel 2.4"], some["Tabel 2.5"]) == \
        ("Tabel 1.1", "Tabel 2.3", "Tabel 2.4")
    assert "Tabel 2.3" not in some
    sequential = outline.numbers(present, outline.SEQUENTIAL)
    assert (sequential["Tabel 1.1"], sequential["Tabel 2.1"], sequential["Tabel 2.4"]) == \
        ("Tabel 1", "Tabel 2", "Tabel 4")
