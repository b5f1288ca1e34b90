"""Each optional part of an LKIP, present and absent: the final workbook, its formulas, the
narrative and the PDF take in what is given and leave out what is not (never an empty
table, never a column of blanks).

Two small real fills: the tiny LKIP with every optional part given, and with none of
them (tables left out, no breakdowns).
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from rule_cases import IDENTITY, ROWS

from lkip_xl.book.finalbook import FinalBook, read_final
from lkip_xl.book.inputbook import write_input
from lkip_xl.jobs.fill import FillResult, fill
from lkip_xl.model import schema

LEFT_OUT = ("Tabel 1.2", "Tabel 1.3", "Tabel 1.4", "Tabel 2.3", "Tabel 3.2", "Analisis Kegiatan",
            "Ringkasan Capaian")


def _full() -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """The tiny LKIP with every optional part: staff by sex and as a total only, budget
    per sasaran, the report's own predicate scale, quarterly realisasi, a national standard,
    realisasi fisik, a derived table given as printed (with a wrong figure), LKjIP,
    sequential numbering, and the region written into the unit's name."""
    identity, rows = copy.deepcopy(IDENTITY), copy.deepcopy(ROWS)
    identity.update(sebutan="LKjIP", penomoran="urut", instansi="Dinas Contoh Kota Contoh",
                    pemerintah="Kota Contoh",
                    kata_pengantar="Puji syukur kami panjatkan.\n\nLaporan ini disusun  "
                                   "bersama.\nSemoga bermanfaat.")
    rows["Tabel 1.2"] = [{"kode": "IV", "jumlah": 1, "laki_laki": 1, "perempuan": 0},
                         {"kode": "III", "jumlah": 5, "laki_laki": 2, "perempuan": 2},
                         {"kode": "II", "jumlah": "-"}]  # none, as printed tables write it
    rows["Tabel 1.3"] = [{"jenis": "Total", "jumlah": 50}]  # a total only
    rows["Tabel 1.4"] = [{"kode": "S1", "jumlah": 3, "laki_laki": 2, "perempuan": 1},
                         {"kode": "SLTA", "jumlah": 2, "laki_laki": 1, "perempuan": 2}]
    rows["Anggaran Sasaran"] = [{"kode": "S1", "uraian": SASARAN, "anggaran": 150_000_000,
                                 "realisasi": 135_000_000}]
    rows["Skala Predikat"] = [{"predikat": "Kurang", "batas": 0},
                              {"predikat": "Baik", "batas": 90},
                              {"predikat": "Sangat Baik", "batas": 110}]
    rows["Tabel 3.1"][0].update(realisasi_tw1="20%", realisasi_tw4="85%",
                                standar_nasional="75%")
    rows["Realisasi Anggaran"][1]["fisik"] = "100%"
    rows["Efisiensi Program"] = [{"jenis": "Program", "kode": "P01", "program": "Program "
                                  "Pelayanan", "capaian": "106,25%", "serapan": "95%"}]
    return identity, rows


SASARAN = ROWS["Tabel 2.1"][0]["sasaran"]


def _minimal() -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    identity, rows = copy.deepcopy(IDENTITY), copy.deepcopy(ROWS)
    for sheet in LEFT_OUT:
        rows.pop(sheet, None)
    return identity, rows


# The report's own tables: (sheet, caption, place, header, rows)
EXTRAS = [
    ("Tambahan Pegawai", "Pegawai menurut Jenis Kelamin dan Unit", "1.2 Sumber Daya Manusia",
     ["Unit", "Laki-laki", "Perempuan"], [["Sekretariat", 3, 2], ["Jumlah", 3, 2]]),
    ("Tambahan Aset", "Daftar Aset Tahun 2021", "BAB III",
     ["Jenis Aset", "Jumlah", "Nilai (Rp)"], [["Gedung kantor", 1, 2_500_000_000],
                                             ["Kendaraan dinas", 4, 1_200_000_000]]),
]


def _fill(tmp: Path, made: tuple[dict[str, Any], dict[str, list[dict[str, Any]]]],
          drop: tuple[str, ...] = (), extra: list[Any] | None = None
          ) -> tuple[FillResult, FinalBook, str]:
    identity, rows = made
    data = write_input(tmp / "data.xlsx", identity, rows)
    wb = load_workbook(data)
    for sheet in drop:  # a unit that leaves tables out has no sheet for them
        del wb[sheet]
    for sheet, caption, place, header, body in extra or []:
        ws = wb.create_sheet(sheet)
        ws["A1"], ws["B1"], ws["A2"], ws["B2"] = "Judul", caption, "Bagian", place
        for n, values in enumerate([header, *body], start=4):
            for c, value in enumerate(values, start=1):
                ws.cell(n, c, value)
    wb.save(data)
    result = fill([data], out_dir=tmp / "hasil", pdf=True)
    assert result.pdf is not None
    text = " ".join(p.extract_text() for p in PdfReader(result.pdf).pages)
    return result, read_final(result.output), re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> tuple[FillResult, FinalBook, str]:
    return _fill(tmp_path_factory.mktemp("full"), _full(), extra=EXTRAS)


@pytest.fixture(scope="module")
def minimal(tmp_path_factory: pytest.TempPathFactory) -> tuple[FillResult, FinalBook, str]:
    return _fill(tmp_path_factory.mktemp("minimal"), _minimal(), LEFT_OUT)


def _row(book: FinalBook, sheet: str, kind: str = "item", index: int = 0) -> dict[str, Any]:
    return [r for r in book.tables[sheet] if r.kind == kind][index].values


# -- tables left out ----------------------------------------------------------------------

def test_tables_left_out_are_noted_numbered_around_and_not_printed(minimal: Any) -> None:
    result, book, text = minimal
    noted = sorted(f.sheet for f in result.findings if f.rule == "value.tabel_tidak_ada")
    assert noted == sorted(LEFT_OUT)  # info: a unit may leave them out
    assert all(f.severity == "info" for f in result.findings if f.sheet in LEFT_OUT)
    assert "Berdasarkan Golongan" not in text and "Arah Kebijakan Jangka Menengah" not in text
    # numbered among the tables the report has: Tabel 2.4 of the outline is its 2.3
    assert "Tabel 2.3 Program dan Kegiatan Dinas Contoh" in text
    assert "Tabel 3.2 Realisasi Program (Outcome)" in text
    ws = load_workbook(result.output)["Tabel 2.4"]
    assert ws["A1"].value == "Tabel 2.3"


def test_every_table_is_numbered_in_sequence_when_asked(full: Any) -> None:
    result, book, text = full
    assert "Tabel 1 Komposisi Pegawai" in text and "Tabel 2 Komposisi PNS" in text
    names = book.names()  # what the workbook's titles say, the PDF says
    wb = load_workbook(result.output)
    assert [wb[s]["A1"].value for s in ("Tabel 1.3", "Tabel 2.5", "Penutup")] == \
        [names["Tabel 1.3"], names["Tabel 2.5"], names["Penutup"]] == \
        ["Tabel 3", "Tabel 10", "Tabel 22"]  # Tabel 1.3: a total only, still a table
    assert "Tabel 10 Anggaran Dinas Contoh Kota Contoh Tahun 2021" in text
    assert "rinciannya disajikan pada Tabel 1 sampai dengan Tabel 4" in text


# -- the report's title and the unit's name ---------------------------------------------------

def test_lkjip_and_the_region_once(full: Any, minimal: Any) -> None:
    _, book, text = full
    assert "(LKjIP)" in text and "(LKIP)" not in text
    assert "DINAS CONTOH KOTA CONTOH" in text and "KOTA CONTOH KOTA CONTOH" not in text
    assert "Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas Contoh Kota Contoh Tahun" in text
    assert "(LKIP) Dinas Contoh Kota Contoh Tahun 2021" in minimal[2]


# -- staff ------------------------------------------------------------------------------------

def test_staff_by_sex_adds_up_and_a_total_alone_stands(full: Any, minimal: Any) -> None:
    result, book, text = full
    assert _row(book, "Tabel 1.2", index=1)["jumlah"] == 4  # =laki_laki+perempuan
    assert _row(book, "Tabel 1.2", "total")["laki_laki"] == 3
    assert _row(book, "Tabel 1.2", "total")["jumlah"] == 5  # 1 + 4 + "-"
    wrong = [f for f in result.findings if f.rule == "arith.jumlah"]
    assert [(f.sheet, f.expected, f.actual) for f in wrong] == [("Tabel 1.2", 4, 5),
                                                                ("Tabel 1.4", 3, 2)]
    assert _row(book, "Tabel 1.3", "total")["jumlah"] == 50  # no breakdown: the stated total
    # the same PNS in Tabel 1.1 (5), 1.2 as it shows them (1 + 4, its stated 5 is
    # arith.jumlah's) and 1.4 (2 + 1 and 1 + 2: 6), by sex in 1.2 (3 men, 2 women) and 1.4
    # (3 men, 3 women)
    staff = [f for f in result.findings if f.rule == "cross.pegawai"]
    assert [(f.sheet, f.column, f.expected, f.actual) for f in staff] == [
        ("Tabel 1.4", "Jumlah (orang)", 5, 6), ("Tabel 1.4", "Perempuan", 2, 3)]
    assert not [f for f in result.findings if f.sheet == "Tabel 1.3" and f.severity == "error"]
    assert "Laki-laki" in text
    # without a breakdown the columns are blank in the workbook and left out of the PDF
    _, book, text = minimal
    assert _row(book, "Tabel 1.1", "total")["laki_laki"] in (None, "")
    assert "Laki-laki" not in text and "Perempuan" not in text


# -- budget per sasaran, averages, efficiency -------------------------------------------------

def test_budget_per_sasaran_reaches_the_averages_and_the_narrative(full: Any) -> None:
    result, book, text = full
    assert "Anggaran dan Realisasi per Sasaran" in text
    row = _row(book, "Capaian Sasaran")
    assert row["indikator"] == 2 and row["anggaran"] == 150_000_000
    assert row["serapan"] == pytest.approx(0.9)
    narasi = _narasi(result.output)
    assert "sebesar" in narasi["sasaran"] and "penyerapan anggaran 90%" in narasi["sasaran"]


def test_without_budget_per_sasaran_no_table_and_no_blank_columns(minimal: Any) -> None:
    result, book, text = minimal
    assert "Anggaran dan Realisasi per Sasaran" not in text
    assert "Rata-rata Capaian Kinerja per Sasaran" in text  # from Tabel 3.1 alone
    caption = text.index("Rata-rata Capaian Kinerja per Sasaran Tahun 2021", text.index(
        "DAFTAR ISI") + 500)
    assert "Serapan" not in text[caption:caption + 400]
    assert "penyerapan" not in _narasi(result.output)["sasaran"]


def test_a_derived_table_given_as_printed_is_checked(full: Any) -> None:
    result, book, _ = full
    stated = [f for f in result.findings if f.sheet == "Efisiensi Program"]
    # capaian 106,25% is right; the stated 95% absorption is 90% by the figures
    assert [(f.rule, f.row_label, f.actual) for f in stated if f.severity == "error"] == [
        ("arith.persen", "Program Pelayanan", 95)]


def test_efficiency_paragraph_only_when_it_can_be_computed(full: Any, minimal: Any) -> None:
    assert "Program Pelayanan (capaian" in _narasi(full[0].output)["efisiensi"]
    identity, rows = _minimal()
    assert _narasi(minimal[0].output)["efisiensi"]  # Tabel 3.3 and the budget are there


# -- the predicate scale ------------------------------------------------------------------------

def test_the_reports_own_predicate_scale(full: Any, minimal: Any) -> None:
    result, book, _ = full
    assert _row(book, "Tabel 3.1")["predikat"] == "Baik"  # 106,25%: at least 90, under 110
    ws = load_workbook(result.output)[schema.SETTINGS_SHEET]
    names = [row[0].value for row in ws.iter_rows() if row[1].value in (0, 90, 110)]
    assert names[-3:] == ["Kurang", "Baik", "Sangat Baik"]
    assert _row(minimal[1], "Tabel 3.1")["predikat"] == "Sangat Tinggi"  # the default scale


# -- optional columns -----------------------------------------------------------------------------

def test_optional_columns_printed_only_when_given(full: Any, minimal: Any) -> None:
    for header in ("Realisasi TW I", "Realisasi TW IV", "Standar Nasional", "Realisasi Fisik"):
        assert header in full[2], header
        assert header not in minimal[2], header
    assert "Realisasi TW II" not in full[2]  # given for no indicator


def _narasi(final: Path) -> dict[str, str]:
    ws = load_workbook(final)["Narasi"]
    return {str(r[0]): str(r[3] or "") for r in ws.iter_rows(min_row=2, values_only=True)
            if r[0]}


# -- the report's own tables ------------------------------------------------------------------

def test_the_reports_own_tables_are_printed_in_their_section(full: Any, minimal: Any) -> None:
    result, book, text = full
    names = book.names()
    # numbered in sequence after the tables of their section: 1.2 has Tabel 1 to 4
    assert names["Tambahan Pegawai"] == "Tabel 5"
    assert "Tabel 5 Pegawai menurut Jenis Kelamin dan Unit" in text
    assert "Tabel 6 Tujuan" in text  # the next section's first table follows
    aset = names["Tambahan Aset"]  # BAB III: at its end, after Efisiensi Program
    assert int(aset.split()[1]) == int(names["Efisiensi Program"].split()[1]) + 1
    assert f"{aset} Daftar Aset Tahun 2021" in text and "2.500.000.000" in text
    wb = load_workbook(result.output)
    assert wb["Tambahan Aset"]["B1"].value == "Daftar Aset Tahun 2021"
    assert wb["Tambahan Aset"]["C1"].value == aset  # the copy names its number
    assert not [f for f in result.findings if f.rule == "value.tabel_tambahan"]
    assert not minimal[1].extras and "Daftar Aset" not in minimal[2]


def test_kata_pengantar_keeps_its_paragraphs(full: Any) -> None:
    result, _, text = full
    assert _narasi(result.output)["kata_pengantar"] == (
        "Puji syukur kami panjatkan.\nLaporan ini disusun bersama.\nSemoga bermanfaat.")
    assert "Puji syukur kami panjatkan. Laporan ini disusun bersama. Semoga" in text


# -- numbers written the Indonesian way throughout -------------------------------------------

def test_decimal_comma_reads_what_is_otherwise_ambiguous() -> None:
    from lkip_xl.book.inputbook import from_records
    from lkip_xl.rules import check_data

    identity, rows = copy.deepcopy(IDENTITY), copy.deepcopy(ROWS)
    rows["Tabel 3.1"][1]["realisasi"] = "Level 3 (3,157)"
    rows["Tabel 2.5"][2]["pagu"] = "50.000.000"
    plain = from_records(identity, rows)
    assert plain.tables["Tabel 3.1"][1].values["realisasi"].number is None
    unreadable = [f for f in check_data(plain) if f.rule == "value.unreadable"]
    assert "Tanda Desimal 'koma'" in unreadable[0].message
    identity["desimal"] = "koma"
    comma = from_records(identity, rows)
    assert comma.tables["Tabel 3.1"][1].values["realisasi"].number == 3.157
    assert comma.tables["Tabel 2.5"][2].values["pagu"].number == 50_000_000
    assert not [f for f in check_data(comma) if f.rule == "value.unreadable"]
