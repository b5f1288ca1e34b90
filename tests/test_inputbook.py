"""Reading the staff's data workbooks: numbers, row kinds, keys and clear errors."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from lkip_xl.book.inputbook import new_workbook, read_input, read_inputs, write_input
from lkip_xl.model import schema
from lkip_xl.model.errors import InputError
from lkip_xl.rules import check_data

IDENTITY = {
    "instansi": "Dinas Contoh",
    "pemerintah": "Kota Contoh",
    "kota": "Contoh",
    "tahun": 2021,
    "renstra_awal": 2019,
    "renstra_akhir": 2024,
    "jabatan": "Kepala Dinas",
    "nama": "Nama Pejabat",
    "nip": "19700101 199001 1 001",
}

ROWS: dict[str, list[dict[str, Any]]] = {
    "Tabel 2.5": [
        {"jenis": "Program", "kode": "P01", "uraian": "Program A", "pagu": "Rp. 1.500.000"},
        {"jenis": "Kegiatan", "kode": "P01.01", "uraian": "Kegiatan A1", "pagu": "Rp. 838,318,150"},
        {"jenis": "Kegiatan", "kode": "P01.02", "uraian": "Kegiatan A2", "pagu": "1.000"},
        {"jenis": "Kegiatan", "kode": "P01.03", "uraian": "Kegiatan A3",
         "pagu": "Rp.4.110,677,710"},
        {"jenis": "Total", "uraian": "Total", "pagu": 2500000},
    ],
    "Tabel 3.1": [
        {"kode": "IK01", "indikator": "Persentase A", "target": "80%", "realisasi": "3,40"},
        {"kode": "IK02", "indikator": "Nilai SAKIP", "target": "79", "realisasi": "BB"},
        {"kode": "IK03", "indikator": "Indeks B", "target": "72.2", "realisasi": "N/A"},
        {"kode": "IK04", "indikator": "Persen C", "target": "1.000", "realisasi": "banyak"},
    ],
}


def _write(tmp_path: Path, rows: dict[str, list[dict[str, Any]]] = ROWS,
           name: str = "data.xlsx") -> Path:
    return write_input(tmp_path / name, IDENTITY, rows)


def _finding(data: Any, cell: str, sheet: str) -> Any:
    return next(f for f in check_data(data) if f.cell == cell and f.sheet == sheet)


def test_numbers_are_read_only_when_they_have_one_reading(tmp_path: Path) -> None:
    data = read_input(_write(tmp_path))
    pagu = {r.key: r.values["pagu"] for r in data.tables["Tabel 2.5"]}
    assert pagu[("P01",)].number == 1500000
    assert pagu[("P01.01",)].number == 838318150  # commas can only group thousands
    assert pagu[("P01.02",)].number == 1000  # "1.000" in a rupiah column is one thousand
    unreadable = pagu[("P01.03",)]
    assert unreadable.number is None and unreadable.text == "Rp.4.110,677,710"  # kept, not dropped
    f = _finding(data, unreadable.cell, "Tabel 2.5")
    assert (f.rule, f.severity, f.column, f.row_label) == (
        "value.unreadable", "error", "Pagu Anggaran", "Kegiatan A3")
    assert f.message.startswith("nilai 'Rp.4.110,677,710' tidak dapat dibaca sebagai angka")
    rows = {r.key: r for r in data.tables["Tabel 3.1"]}
    assert rows[("IK01",)].values["target"].number == 80
    assert rows[("IK01",)].values["target"].unit == "persen"
    assert rows[("IK01",)].values["realisasi"].number == 3.4
    assert rows[("IK03",)].values["target"].number == 72.2
    # a category is a valid indicator value; N/A is "no value", reported as info
    assert rows[("IK02",)].values["realisasi"].text == "BB"
    assert not [f for f in check_data(data) if f.cell == rows[("IK02",)].values["realisasi"].cell]
    na = _finding(data, rows[("IK03",)].values["realisasi"].cell, "Tabel 3.1")
    assert (na.rule, na.severity) == ("value.no_number", "info")
    # "1.000" outside a whole-unit column has two readings: reported, never guessed
    amb = rows[("IK04",)].values["target"]
    assert amb.number is None and amb.text == "1.000"
    f = _finding(data, amb.cell, "Tabel 3.1")
    assert "dapat dibaca lebih dari satu cara" in f.message
    f = _finding(data, rows[("IK04",)].values["realisasi"].cell, "Tabel 3.1")
    assert f.message == "nilai 'banyak' tidak dapat dibaca sebagai angka: bukan angka"


def test_percent_cells_and_row_kinds(tmp_path: Path) -> None:
    path = _write(tmp_path)
    ws = load_workbook(path)["Tabel 3.1"]
    assert ws["F2"].value == 0.8 and ws["F2"].number_format == "0%"  # stored as Excel does
    data = read_input(path)
    kinds = [(r.kind, r.key) for r in data.tables["Tabel 2.5"]]
    assert kinds == [("group", ("P01",)), ("item", ("P01.01",)), ("item", ("P01.02",)),
                     ("item", ("P01.03",)), ("total", ("",))]
    assert data.identity["tahun"] == 2021 and data.year == 2021
    assert data.tables["Tabel 1.1"] == []


def test_duplicate_key_and_unknown_row_kind(tmp_path: Path) -> None:
    rows = {"Tabel 2.5": [
        {"jenis": "Kegiatan", "kode": "P01.01", "uraian": "A", "pagu": 1},
        {"jenis": "Kegiatan", "kode": "P01.01", "uraian": "B", "pagu": 2},
        {"jenis": "Subtotal", "kode": "P01.02", "uraian": "C", "pagu": 3},
        {"jenis": "Kegiatan", "uraian": "D", "pagu": 4},
    ]}
    data = read_input(_write(tmp_path, rows))
    by_rule = {f.rule: f for f in check_data(data)}
    dup = by_rule["value.duplicate_key"]
    assert (dup.cell, dup.row_label, dup.actual) == ("B3", "B", "P01.01")
    assert dup.message == "kode 'P01.01' sudah dipakai di baris 2; kode harus unik"
    kind = by_rule["value.row_kind"]
    assert kind.cell == "A4"
    assert kind.message == ("jenis baris 'Subtotal' tidak dikenal; pilih salah satu: "
                            "Program, Kegiatan, Sub Kegiatan, Total")
    assert by_rule["value.missing_key"].cell == "B5"  # the Kode column


def test_a_table_left_out_is_empty_and_noted(tmp_path: Path) -> None:
    path = _write(tmp_path)
    wb = load_workbook(path)
    del wb["Tabel 2.4"]
    wb.save(path)
    data = read_input(path)
    assert data.tables["Tabel 2.4"] == [] and "Tabel 2.4" not in data.sheets
    noted = [f for f in check_data(data) if f.rule == "value.tabel_tidak_ada"]
    assert [(f.sheet, f.severity, f.message) for f in noted] == [
        ("Tabel 2.4", "info", "lembar 'Tabel 2.4' tidak ada di buku kerja data; tabel ini "
                              "tidak dimuat di laporan")]
    del wb["Identitas"]
    wb.save(path)
    with pytest.raises(InputError) as err:  # the identity cannot be left out
        read_input(path)
    assert str(err.value) == ("lembar 'Identitas' tidak ditemukan di data.xlsx; buku kerja "
                              "data perlu lembar Identitas (lkip-xl init membuatnya)")


def test_missing_required_column(tmp_path: Path) -> None:
    path = _write(tmp_path)
    wb = load_workbook(path)
    wb["Tabel 2.5"]["E1"] = "Anggaran"
    wb.save(path)
    with pytest.raises(InputError) as err:
        read_input(path)
    assert str(err.value) == (
        "berkas data.xlsx, lembar 'Tabel 2.5', baris 1: kolom wajib tidak ada: 'Pagu Anggaran'")


def test_year_columns_follow_the_report_year(tmp_path: Path) -> None:
    rows = {"Tabel 3.4": [{"kode": "IK01", "indikator": "A", "realisasi_lalu": "BB",
                           "realisasi": "79"}]}
    path = _write(tmp_path, rows)
    ws = load_workbook(path)["Tabel 3.4"]
    assert [c.value for c in ws[1]][-3:] == ["Realisasi 2020", "Realisasi 2021", "Perubahan (%)"]
    row = read_input(path).tables["Tabel 3.4"][0]
    assert row.values["realisasi_lalu"].text == "BB" and row.values["realisasi"].number == 79


def test_missing_identity(tmp_path: Path) -> None:
    path = _write(tmp_path)
    wb = load_workbook(path)
    ws = wb["Identitas"]
    for row in ws.iter_rows(min_row=2):
        if row[0].value in ("Instansi", "NIP"):
            row[1].value = None
    wb.save(path)
    # checked all the same: what the signed report needs is a warning until it is given
    missing = [f for f in check_data(read_input(path)) if f.rule == "value.identitas_kosong"]
    assert [(f.severity, f.row_label, f.cell) for f in missing] == [
        ("warning", "Instansi", "B2"), ("warning", "NIP", f"B{2 + _row_of('nip')}")]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == "Tahun Laporan":
            row[1].value = None
    wb.save(path)
    with pytest.raises(InputError) as err:  # without its year, nothing can be read
        read_input(path)
    assert str(err.value) == (
        "berkas data.xlsx, lembar 'Identitas': data identitas belum diisi: Tahun Laporan")


def _row_of(key: str) -> int:
    return [f.key for f in schema.IDENTITY].index(key)


def test_bad_year_in_identity(tmp_path: Path) -> None:
    path = _write(tmp_path)
    wb = load_workbook(path)
    wb["Identitas"]["B5"] = "dua ribu"
    wb.save(path)
    assert wb["Identitas"]["A5"].value == "Tahun Laporan"
    with pytest.raises(InputError) as err:
        read_input(path)
    assert str(err.value) == (
        "berkas data.xlsx, lembar 'Identitas', sel B5: 'Tahun Laporan' harus berupa tahun "
        "(misalnya 2020), tertulis 'dua ribu'")


def test_file_problems(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        read_input(tmp_path / "tidak-ada.xlsx")
    assert str(err.value) == "berkas tidak-ada.xlsx: berkas tidak ditemukan"
    bad = tmp_path / "rusak.xlsx"
    bad.write_text("bukan excel")
    with pytest.raises(InputError) as err:
        read_input(bad)
    assert str(err.value).startswith("berkas rusak.xlsx: bukan berkas Excel .xlsx")


def test_data_spread_over_two_workbooks(tmp_path: Path) -> None:
    full = _write(tmp_path)
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    for path, keep in ((a, lambda s: s.startswith("Tabel 1") or s == "Identitas"),
                       (b, lambda s: not (s.startswith("Tabel 1") or s == "Identitas"))):
        wb = load_workbook(full)
        for name in list(wb.sheetnames):
            if not keep(name):
                del wb[name]
        wb.save(path)
    data = read_inputs([a, b])
    assert len(data.tables["Tabel 2.5"]) == 5
    with pytest.raises(InputError) as err:
        read_inputs([full, b])
    assert "ada di dua berkas (data.xlsx dan b.xlsx)" in str(err.value)


def test_reading_never_modifies_the_input(tmp_path: Path) -> None:
    path = _write(tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    read_input(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_new_workbook_reads_back_empty(tmp_path: Path) -> None:
    path = new_workbook(tmp_path / "baru.xlsx", tahun=2022, instansi="Dinas Baru")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Identitas", *(t.sheet for t in schema.TABLES)]
    assert [c.value for c in wb["Tabel 2.5"][1]] == [
        "Jenis", "Kode", "No", "Program dan Kegiatan", "Pagu Anggaran"]
    data = read_input(path)  # the identity is to be completed by staff: a warning
    assert all(rows == [] for rows in data.tables.values())
    missing = {f.row_label for f in check_data(data) if f.rule == "value.identitas_kosong"}
    assert missing >= {"Pemerintah Daerah", "Nama Penandatangan", "NIP"}


def test_a_data_workbook_of_the_earlier_format_still_reads() -> None:
    """The bundled sample as it was before the format grew (no Satuan, Kondisi Awal/Akhir,
    Kode Sasaran, Standar Nasional or Realisasi Fisik columns) reads as the current one."""
    from lkip_xl.model import paths

    old = read_input(Path(__file__).parent / "data" / "format-2026-11" /
                     "contoh-tanjungpinang-2020.xlsx")
    new = read_input(paths.sample_workbook())
    assert old.identity == new.identity
    for sheet, rows in new.tables.items():
        before = old.tables[sheet]
        assert [r.key for r in before] == [r.key for r in rows], sheet
        for a, b in zip(before, rows, strict=True):
            common = set(a.values) & set(b.values)
            assert {k: (a.values[k].number, a.values[k].text) for k in common} == \
                {k: (b.values[k].number, b.values[k].text) for k in common}, (sheet, a.key)
