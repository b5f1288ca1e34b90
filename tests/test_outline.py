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
    assert shown.title({"instansi": "Dinas Contoh", "tahun": 2021}) == \
        "Tabel 2.5 Anggaran Dinas Contoh Tahun 2021"
    assert outline.shown("Realisasi Anggaran").title_prefix == "Realisasi Anggaran"
    assert outline.place_of_table("Tabel 2.5") == "BAB II › 2.2 Program, Kegiatan dan Pendanaan"
    assert outline.place_of_paragraph("indikator.IK01") == \
        "BAB III › Analisis Capaian per Indikator"
    assert outline.place_of_paragraph("ikhtisar") == "Ikhtisar Eksekutif"
