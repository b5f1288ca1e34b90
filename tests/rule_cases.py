"""One failing and one passing case for every registered rule, on tiny in-memory LKIPs.

:data:`CASES` maps a rule id to a :class:`Case`: a subject with the fault, the same subject
without it, and where the finding must point (sheet and cell).  A rule that needs only the
data gets a one-line case (:func:`data_case`: the fault, written as a change of the tiny
LKIP's records); the others build their subject from what they need (stated and computed
values, cells of a workbook, a final workbook's rows, the narrative), without a file and
without recalculation.  Adding a rule means adding its row here: ``test_rules.py`` fails
for a registered rule without one.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from lkip_xl.book import extras
from lkip_xl.book.finalbook import FinalBook, Record
from lkip_xl.book.inputbook import Value, from_records, read_input, write_input
from lkip_xl.book.populate import Stated
from lkip_xl.jobs.validate import shown_of
from lkip_xl.model import schema
from lkip_xl.model.narasi import Paragraph, Previous
from lkip_xl.rules.registry import Narrative, Subject
from lkip_xl.xlsx import a1
from lkip_xl.xlsx.files import source_mark
from lkip_xl.xlsx.reader import CellBook, SheetCells

IDENTITY: dict[str, Any] = {
    "instansi": "Dinas Contoh", "pemerintah": "Kota Contoh", "kota": "Contoh", "tahun": 2021,
    "renstra_awal": 2019, "renstra_akhir": 2024, "tanggal": "1 Februari 2022",
    "jabatan": "Kepala Dinas Contoh", "nama": "Nama Pejabat", "pangkat": "Pembina / IVa",
    "nip": "19700101 199001 1 001",
}
SASARAN = {"kode_sasaran": "S1", "no": "1", "sasaran": "Meningkatnya kualitas layanan"}
IK01 = {**SASARAN, "kode": "IK01", "indikator": "Persentase layanan tepat waktu"}
IK02 = {**SASARAN, "kode": "IK02", "indikator": "Indeks kepuasan masyarakat"}

# A tiny LKIP that no rule reports: two programs' worth of everything.
ROWS: dict[str, list[dict[str, Any]]] = {
    "Tabel 1.1": [
        {"jenis": "Kelompok", "kode": "PNS", "uraian": "PNS"},
        {"jenis": "Jabatan", "kode": "PNS.01", "uraian": "Kepala", "jumlah": 1},
        {"jenis": "Jabatan", "kode": "PNS.02", "uraian": "Staf", "jumlah": 4},
        {"jenis": "Kelompok", "kode": "NON", "uraian": "Non PNS"},
        {"jenis": "Jabatan", "kode": "NON.01", "uraian": "Tenaga harian lepas", "jumlah": 2},
        {"jenis": "Total", "uraian": "Total"},
    ],
    "Tabel 1.2": [{"kode": "IV", "jumlah": 1}, {"kode": "III", "jumlah": 4}],
    "Tabel 1.3": [{"kode": "II", "jumlah": 1}],
    "Tabel 1.4": [{"kode": "S1", "jumlah": 3}, {"kode": "SLTA", "jumlah": 2}],
    "Tabel 2.1": [{"kode": "T1", "no": "1", "tujuan": "Pelayanan yang baik",
                   "sasaran": SASARAN["sasaran"]}],
    "Tabel 2.2": [{**IK01, "target_3": "80%"}, {**IK02, "target_3": "3,4"}],
    "Tabel 2.3": [{"kode": "A1", "tujuan": "Pelayanan yang baik", "strategi": "Digitalisasi",
                   "no": "1", "arah_kebijakan": "Layanan daring"}],
    "Tabel 2.4": [
        {"jenis": "Program", "kode": "P01", "no": "A.", "uraian": "Program Pelayanan",
         "indikator": "Persentase layanan tepat waktu", "target": "80%"},
        {"jenis": "Kegiatan", "kode": "P01.01", "no": "1.", "uraian": "Layanan Surat"},
        {"jenis": "Kegiatan", "kode": "P01.02", "no": "2.", "uraian": "Layanan Arsip"},
    ],
    "Tabel 2.5": [
        {"jenis": "Program", "kode": "P01", "no": "A.", "uraian": "Program Pelayanan",
         "pagu": 150_000_000},
        {"jenis": "Kegiatan", "kode": "P01.01", "no": "1.", "uraian": "Layanan Surat",
         "pagu": 100_000_000},
        {"jenis": "Kegiatan", "kode": "P01.02", "no": "2.", "uraian": "Layanan Arsip",
         "pagu": 50_000_000},
    ],
    "Tabel 2.6": [{**IK01, "target": "80%", "satuan": "persen", "polaritas": "positif"},
                  {**IK02, "target": "3,4", "satuan": "indeks", "polaritas": "positif"}],
    "Tabel 2.6 Program": [{"jenis": "Program", "kode": "P01", "no": "1",
                           "program": "Program Pelayanan", "anggaran": 150_000_000}],
    "Tabel 3.1": [{**IK01, "realisasi": "85%"}, {**IK02, "realisasi": "3,5"}],
    "Tabel 3.2": [{**IK01, "target_2": "80%"}],
    "Tabel 3.3": [{"no": "1", "kode_program": "P01", "program": "Program Pelayanan",
                   "kode": "IK01", "indikator": IK01["indikator"]}],
    "Tabel 3.4": [{**IK01, "realisasi_lalu": "78%"}],
    "Realisasi Anggaran": [
        {"jenis": "Program", "kode": "P01", "no": "A.", "uraian": "Program Pelayanan"},
        {"jenis": "Kegiatan", "kode": "P01.01", "no": "1.", "uraian": "Layanan Surat",
         "anggaran": 100_000_000, "realisasi": 90_000_000},
        {"jenis": "Kegiatan", "kode": "P01.02", "no": "2.", "uraian": "Layanan Arsip",
         "anggaran": 50_000_000, "realisasi": 45_000_000},
    ],
    "Analisis Indikator": [{"kode": "IK01", "indikator": IK01["indikator"], "tahun_judul": 2021,
                            "uraian": "Capaian IK01 baik karena layanan daring."}],
    "Analisis Kegiatan": [{"kode_indikator": "IK01", "kode_kegiatan": "P01.01",
                           "kegiatan": "Layanan Surat", "target": 100, "realisasi": 95,
                           "satuan": "surat"}],
    "Ringkasan Capaian": [],
    "Penutup": [{"kode": "IK01", "indikator": IK01["indikator"]}],
    "Narasi Staf": [{"kode": "N01", "bagian": "Ikhtisar Eksekutif",
                     "teks": "Dinas Contoh melaksanakan 1 program dan 2 kegiatan pada tahun "
                             "2021 dengan realisasi anggaran Rp 135.000.000."}],
}

FILE = "data.xlsx"
Build = Callable[[Path], Subject]


@dataclass(frozen=True)
class Case:
    fail: Build  # the subject with the fault
    ok: Build  # the same, without it
    sheet: str  # where the finding points
    cell: str


def tiny(change: Callable[[dict[str, Any], dict[str, list[dict[str, Any]]]], None] | None = None
         ) -> Subject:
    """The tiny LKIP as a subject of the data rules, *change* made to a copy of it."""
    identity, rows = copy.deepcopy(IDENTITY), copy.deepcopy(ROWS)
    if change is not None:
        change(identity, rows)
    data = from_records(identity, rows, FILE)
    return Subject(FILE, data=data, shown=shown_of(data))


def cell(sheet: str, index: int, key: str) -> str:
    """The data cell of record *index* (0-based) of *sheet*, column *key*."""
    keys = [c.key for c in schema.table(sheet).input_columns]
    return a1.ref(index + 2, keys.index(key) + 1)


CASES: dict[str, Case] = {}


def data_case(rule: str, sheet: str, index: int, key: str,
              fault: Callable[[dict[str, Any], dict[str, list[dict[str, Any]]]], None]) -> None:
    """A rule that needs only the data: the tiny LKIP with *fault*, and without."""
    CASES[rule] = Case(lambda _: tiny(fault), lambda _: tiny(), sheet, cell(sheet, index, key))


def _set(sheet: str, index: int, **values: Any) -> Callable[..., None]:
    def change(identity: dict[str, Any], rows: dict[str, list[dict[str, Any]]]) -> None:
        rows[sheet][index].update(values)
    return change


def _add(sheet: str, record: dict[str, Any], at: int | None = None) -> Callable[..., None]:
    def change(identity: dict[str, Any], rows: dict[str, list[dict[str, Any]]]) -> None:
        rows[sheet].insert(len(rows[sheet]) if at is None else at, record)
    return change


# value: reading
data_case("value.unreadable", "Tabel 2.5", 1, "pagu",
          _set("Tabel 2.5", 1, pagu="Rp.4.110,677,710"))
data_case("value.no_number", "Tabel 1.2", 0, "jumlah", _set("Tabel 1.2", 0, jumlah="-"))
data_case("value.row_kind", "Tabel 2.5", 1, "jenis", _set("Tabel 2.5", 1, jenis="Sub Program"))
data_case("value.missing_key", "Tabel 2.5", 2, "kode", _set("Tabel 2.5", 2, kode=None))
data_case("value.duplicate_key", "Tabel 2.5", 2, "kode", _set("Tabel 2.5", 2, kode="P01.01"))
data_case("value.text_too_long", "Tabel 2.3", 0, "arah_kebijakan",
          _set("Tabel 2.3", 0, arah_kebijakan="Layanan daring. " * 2100))


def _uncached(ok: bool) -> Build:
    def build(_: Path) -> Subject:
        subject = tiny()
        assert subject.data is not None
        if not ok:
            ref = cell("Tabel 2.5", 1, "pagu")
            info = subject.data.sheets["Tabel 2.5"]
            subject.data.sheets["Tabel 2.5"] = info.__class__(
                **{**info.__dict__, "uncached": {ref: "SUM(E3:E3)"}})
        return subject
    return build


CASES["value.uncached_formula"] = Case(_uncached(False), _uncached(True), "Tabel 2.5",
                                       cell("Tabel 2.5", 1, "pagu"))


def _merged(ok: bool) -> Build:
    def build(_: Path) -> Subject:
        subject = tiny()
        assert subject.data is not None
        if not ok:
            first, last = cell("Tabel 2.5", 1, "pagu"), cell("Tabel 2.5", 2, "pagu")
            info = subject.data.sheets["Tabel 2.5"]
            subject.data.sheets["Tabel 2.5"] = info.__class__(
                **{**info.__dict__, "merged": (f"{first}:{last}",)})
        return subject
    return build


CASES["value.merged_cell"] = Case(_merged(False), _merged(True), "Tabel 2.5",
                                  cell("Tabel 2.5", 1, "pagu"))

# value: plausibility
data_case("value.realisasi_tanpa_pagu", "Realisasi Anggaran", 1, "realisasi",
          _set("Realisasi Anggaran", 1, anggaran=0))
data_case("value.realisasi_melebihi_pagu", "Realisasi Anggaran", 1, "realisasi",
          _set("Realisasi Anggaran", 1, realisasi=150_000_000))
data_case("value.tanpa_realisasi", "Realisasi Anggaran", 2, "realisasi",
          _set("Realisasi Anggaran", 2, realisasi=None))
data_case("value.negative", "Realisasi Anggaran", 2, "realisasi",
          _set("Realisasi Anggaran", 2, realisasi=-45_000_000))
data_case("value.satuan", "Tabel 3.1", 1, "realisasi", _set("Tabel 3.1", 1, realisasi="350%"))
data_case("value.bukan_bilangan_bulat", "Tabel 1.3", 0, "jumlah",
          _set("Tabel 1.3", 0, jumlah=1.5))


def _all_copied(identity: dict[str, Any], rows: dict[str, list[dict[str, Any]]]) -> None:
    rows["Tabel 2.6"].append({**SASARAN, "kode": "IK03", "indikator": "Indeks SPBE",
                              "target": "2,5", "satuan": "indeks"})
    rows["Tabel 3.1"] = [{**IK01, "realisasi": "80%"}, {**IK02, "realisasi": "3,4"},
                         {**SASARAN, "kode": "IK03", "indikator": "Indeks SPBE",
                          "realisasi": "2,5"}]


data_case("value.realisasi_sama_target", "Tabel 3.1", 0, "realisasi", _all_copied)

# cross
data_case("cross.pagu_program", "Tabel 2.6 Program", 0, "anggaran",
          _set("Tabel 2.6 Program", 0, anggaran=140_000_000))
data_case("cross.pagu_kegiatan", "Realisasi Anggaran", 2, "anggaran",
          _set("Realisasi Anggaran", 2, anggaran=55_000_000))
data_case("cross.target_renstra", "Tabel 2.2", 0, "target_3", _set("Tabel 2.2", 0, target_3="75%"))
data_case("cross.pegawai", "Tabel 1.2", 1, "jumlah", _set("Tabel 1.2", 1, jumlah=5))
data_case("cross.program_indikator", "Tabel 3.3", 0, "kode_program",
          lambda identity, rows: (
              rows["Tabel 2.4"].append({"jenis": "Program", "kode": "P02", "no": "B.",
                                        "uraian": "Program Lain", "indikator": "Indeks lain"}),
              rows["Tabel 3.3"][0].update(kode_program="P02")))
def _kegiatan_indicator(realisasi: int, satuan: str = "surat") -> Callable[..., None]:
    """A kegiatan's indicator in Tabel 3.3 and in Analisis Kegiatan (realisasi 95 surat)."""
    def change(identity: dict[str, Any], rows: dict[str, list[dict[str, Any]]]) -> None:
        rows["Tabel 3.3"].append({"no": "2", "kode_program": "P01.01", "program": "Layanan Surat",
                                  "kode": "IKK01", "indikator": "Jumlah surat terkirim",
                                  "target": 100, "realisasi": realisasi, "satuan": satuan})
        rows["Analisis Kegiatan"][0].update(indikator_keluaran="Jumlah surat yang terkirim")
    return change


CASES["cross.kegiatan"] = Case(lambda _: tiny(_kegiatan_indicator(90)),
                               lambda _: tiny(_kegiatan_indicator(95)), "Tabel 3.3",
                               cell("Tabel 3.3", 1, "realisasi"))
data_case("cross.cakupan", "Tabel 2.5", 2, "kode",  # and P01.03 has no pagu
          _set("Realisasi Anggaran", 2, kode="P01.03"))
data_case("cross.nama", "Realisasi Anggaran", 2, "uraian",
          _set("Realisasi Anggaran", 2, uraian="Layanan Perpustakaan"))


def _summary(realisasi: str) -> Callable[..., None]:
    """A printed Ringkasan Capaian of IK01 (Tabel 3.1: realisasi 85%)."""
    return _add("Ringkasan Capaian", {"bagian": "Sasaran 1", "kode": "IK01",
                                      "indikator": IK01["indikator"], "tahun_judul": 2021,
                                      "target": "80%", "realisasi": realisasi})


CASES["cross.ringkasan"] = Case(lambda _: tiny(_summary("80%")), lambda _: tiny(_summary("85%")),
                                "Ringkasan Capaian", cell("Ringkasan Capaian", 0, "realisasi"))

# text
data_case("text.terbilang", "Narasi Staf", 0, "teks",
          _set("Narasi Staf", 0, teks="Anggaran Rp 150.000.000 (seratus lima juta rupiah)."))
data_case("text.angka_tak_terbaca", "Narasi Staf", 0, "teks",
          _set("Narasi Staf", 0, teks="Anggaran sebesar Rp. 150.000.000.00 terserap."))
data_case("text.angka_tabel", "Narasi Staf", 0, "teks",
          _set("Narasi Staf", 0, teks="Realisasi anggaran sebesar Rp 130.000.000 tahun ini."))
data_case("text.jumlah", "Narasi Staf", 0, "teks",
          _set("Narasi Staf", 0, teks="Dinas melaksanakan 3 kegiatan tahun ini."))
data_case("text.tahun", "Narasi Staf", 0, "teks",
          _set("Narasi Staf", 0, teks="Laporan Kinerja ini untuk tahun 2020."))
data_case("text.kesimpulan", "Narasi Staf", 0, "teks",
          lambda identity, rows: (
              rows["Tabel 3.1"][0].update(realisasi="70%"),
              rows["Narasi Staf"][0].update(teks="Semua sasaran tercapai dengan baik.")))


def _text_case(rule: str, wrong: str, right: str,
               more: Callable[..., None] | None = None) -> None:
    """A text rule: Narasi Staf's sentence *wrong* reported, *right* not (after *more*)."""
    def with_text(teks: str) -> Callable[..., None]:
        def change(identity: dict[str, Any], rows: dict[str, list[dict[str, Any]]]) -> None:
            rows["Narasi Staf"][0].update(teks=teks)
            if more is not None:
                more(identity, rows)
        return change
    CASES[rule] = Case(lambda _: tiny(with_text(wrong)), lambda _: tiny(with_text(right)),
                       "Narasi Staf", cell("Narasi Staf", 0, "teks"))


_text_case("text.jumlah_sasaran", "Terdapat dua sasaran strategis dengan 2 indikator kinerja.",
           "Terdapat satu sasaran strategis dengan 2 (dua) indikator kinerja.")
_text_case("text.jumlah_tercapai", "Sebanyak 1 (satu) dari 2 (dua) indikator telah mencapai "
           "target.", "Sebanyak 2 (dua) dari 2 (dua) indikator telah mencapai target.")
_text_case("text.hitung", "Baru 7 dari 17 perangkat daerah, sekitar 24%, yang terlayani.",
           "Baru 7 dari 17 perangkat daerah, sekitar 41%, yang terlayani.")
_text_case("text.predikat", "Nilai evaluasi AKIP 62,72 kategori CC.",
           "Nilai evaluasi AKIP 62,72 kategori B.")
_text_case("text.peraturan", "Pedomannya Permendagri Nomor 86 Tahun 2017 dan Peraturan Menteri "
           "Dalam Negeri Nomor 86 Tahun 2016.", "Pedomannya Permendagri Nomor 86 Tahun 2017 "
           "dan Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017.")
_text_case("text.pegawai", "Pegawai lulusan SMA sebanyak 3 (tiga) orang dan Sarjana 3 orang.",
           "Pegawai lulusan SMA sebanyak 2 (dua) orang dan Sarjana 3 orang.")
_text_case("text.rupiah_dekat", "Pagu program sebesar Rp 150.000.001 tahun ini.",
           "Pagu program sebesar Rp 150.000.000 tahun ini.")
_text_case("text.nilai_indikator", "Persentase layanan tepat waktu: target 85% dan realisasi "
           "80%.", "Persentase layanan tepat waktu: target 80% dan realisasi 85%.")


# arith and cross.tertaut: stated values against computed ones, given by hand
def _stated(kind: str, sheet: str, key: str, stated: Any, computed: Any, ok: Any) -> Case:
    tbl = schema.table(sheet)
    column = tbl.column(key)
    data_cell, final_cell = "E7", "D12"

    def build(value: Any) -> Build:
        def subject(_: Path) -> Subject:
            number = float(str(value).rstrip("%").replace(",", "."))
            unit = "persen" if str(value).endswith("%") else None
            read = Value(value, data_cell, number, str(value), unit)
            found = [Stated(sheet, final_cell, "Baris uji", column, read, kind, FILE)]
            return Subject(FILE, stated=found, computed=lambda s, c: computed,
                           years=schema.Years(2021, 2019))
        return subject

    return Case(build(stated), build(ok), sheet, data_cell)


CASES["arith.subtotal"] = _stated("group", "Tabel 2.5", "pagu", 160_000_000, 150_000_000,
                                  150_000_000)
CASES["arith.total"] = _stated("total", "Realisasi Anggaran", "realisasi", 140_000_000,
                               135_000_000, 135_000_000)
CASES["arith.persen"] = _stated("item", "Realisasi Anggaran", "persen", "95%", 0.9, "90%")
CASES["arith.jumlah"] = _stated("item", "Tabel 1.2", "jumlah", 20, 21, 21)
CASES["arith.capaian"] = _stated("item", "Tabel 3.1", "capaian", "110%", 1.0625, "106,25%")
CASES["cross.tertaut"] = _stated("link", "Tabel 3.1", "target", "83%", 0.8, "80%")


# formula: cells of any workbook, in memory
def _cells(*rows: list[Any], cached: dict[str, Any] | None = None) -> CellBook:
    """A one-sheet workbook: *rows* from A1 ("=..." is a formula), *cached* formula values."""
    values: dict[tuple[int, int], Any] = {}
    formulas: dict[tuple[int, int], str] = {}
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if isinstance(value, str) and value.startswith("="):
                formulas[(r, c)] = value
            elif value is not None:
                values[(r, c)] = value
    for ref, value in (cached or {}).items():
        values[(int(ref[1:]), ord(ref[0]) - 64)] = value
    return CellBook({"Data": SheetCells(values, formulas)})


def _formula_case(rule: str, cell_ref: str, bad: CellBook, good: CellBook) -> None:
    CASES[rule] = Case(lambda _: Subject(FILE, workbook=bad),
                       lambda _: Subject(FILE, workbook=good), "Data", cell_ref)


_HEAD = ["Uraian", "Anggaran", "Realisasi", "Persen"]
_formula_case("formula.error_value", "D2",
              _cells(_HEAD, ["A", 10, 9, "=C2/#REF!"]),
              _cells(_HEAD, ["A", 10, 9, "=C2/B2"], cached={"D2": 0.9}))
_formula_case("formula.inconsistent", "D4",
              _cells(_HEAD, ["A", 10, 9, "=C2/B2"], ["B", 20, 18, "=C3/B3"],
                     ["C", 30, 27, "=C4/B3"], ["D", 40, 36, "=C5/B5"], ["E", 50, 45, "=C6/B6"]),
              _cells(_HEAD, ["A", 10, 9, "=C2/B2"], ["B", 20, 18, "=C3/B3"],
                     ["C", 30, 27, "=C4/B4"], ["D", 40, 36, "=C5/B5"], ["E", 50, 45, "=C6/B6"]))
_formula_case("formula.hardcoded", "D4",
              _cells(_HEAD, ["A", 10, 9, "=C2/B2"], ["B", 20, 18, "=C3/B3"],
                     ["C", 30, 27, 0.5], ["D", 40, 36, "=C5/B5"], ["E", 50, 45, "=C6/B6"]),
              _cells(_HEAD, ["A", 10, 9, "=C2/B2"], ["B", 20, 18, "=C3/B3"],
                     ["C", 30, 27, "=C4/B4"], ["D", 40, 36, "=C5/B5"], ["E", 50, 45, "=C6/B6"]))
_formula_case("formula.range_omits_adjacent", "B6",
              _cells(["Uraian", "Anggaran"], ["A", 10], ["B", 20], ["C", 30], ["D", 40],
                     ["Jumlah", "=SUM(B2:B4)"]),
              _cells(["Uraian", "Anggaran"], ["A", 10], ["B", 20], ["C", 30], ["D", 40],
                     ["Jumlah", "=SUM(B2:B5)"]))
_GROUPS = [["Uraian", "Anggaran"], ["Belanja Pegawai", None], ["Gaji", 100], ["Tunjangan", 200],
           ["Lembur", 300], ["Belanja Barang", None], ["ATK", 100], ["Cetak", 200],
           ["Sewa", 300]]
_formula_case("formula.range_spans_headings", "B10",
              _cells(*_GROUPS, ["Jumlah", "=SUM(B2:B9)"]),
              _cells(*_GROUPS, ["Jumlah", "=SUM(B3:B5,B7:B9)"]))
_formula_case("formula.number_as_text", "B4",
              _cells(["Uraian", "Anggaran"], ["A", 10], ["B", 20], ["C", "30"], ["D", 40]),
              _cells(["Uraian", "Anggaran"], ["A", 10], ["B", 20], ["C", 30], ["D", 40]))
_formula_case("formula.refers_to_empty", "C2",
              _cells(["Uraian", "Anggaran", "Persen"], ["A", 10, "=B2/Z99"]),
              _cells(["Uraian", "Anggaran", "Persen"], ["A", 10, "=B2/B2"],
                     cached={"C2": 1}))
_YEARS = ["Uraian", "2019", "2020", "2021", "2022"]
_ROWS = [[f"Kegiatan {i}", 10 * i, 11 * i, 12 * i, 13 * i] for i in range(1, 6)]
_formula_case("formula.inconsistent_group", "B7",
              _cells(_YEARS, *_ROWS, ["Jumlah", "=SUM(B2:B6)", "=SUM(C3:C6)", "=SUM(D3:D6)",
                                      "=SUM(E3:E6)"]),
              _cells(_YEARS, *_ROWS, ["Jumlah", "=SUM(B2:B6)", "=SUM(C2:C6)", "=SUM(D2:D6)",
                                      "=SUM(E2:E6)"]))
_formula_case("formula.typed_in_row", "B7",
              _cells(_YEARS, *_ROWS, ["Jumlah", "=SUM(B2:B6)", "=SUM(C2:C6)", 999,
                                      "=SUM(E2:E6)"]),
              _cells(_YEARS, *_ROWS, ["Jumlah", "=SUM(B2:B6)", "=SUM(C2:C6)", "=SUM(D2:D6)",
                                      "=SUM(E2:E6)"]))
_formula_case("formula.constant_in_sum", "C7",
              _cells(_YEARS, *_ROWS, ["Jumlah", "=SUM(B2:B6)", "=SUM(C2:C6)+150",
                                      "=SUM(D2:D6)", "=SUM(E2:E6)"]),
              _cells(_YEARS, *_ROWS, ["Jumlah", "=SUM(B2:B6)", "=SUM(C2:C6)", "=SUM(D2:D6)",
                                      "=SUM(E2:E6)"]))


# formula: the structure of a final workbook's table (its rows and its cells)
def _final(pagu_formula: str | int) -> Build:
    def build(_: Path) -> Subject:
        kinds = ["group", "item", "item", "total"]
        rows = [Record(k, key, r, {}, frozenset()) for k, key, r in
                zip(kinds, ["P01", "P01.01", "P01.02", ""], [5, 6, 7, 8], strict=True)]
        book = FinalBook({"tahun": 2021}, {"Tabel 2.5": rows}, {"Tabel 2.5": kinds},
                         {"Tabel 2.5": {"kode": "A", "no": "B", "uraian": "C", "pagu": "D"}})
        values = {(6, 4): 100, (7, 4): 50}
        formulas = {(8, 4): "=SUM(D5)"}
        if isinstance(pagu_formula, str):
            formulas[(5, 4)] = pagu_formula
        else:
            values[(5, 4)] = pagu_formula
        cells = CellBook({"Tabel 2.5": SheetCells(values, formulas)})
        return Subject("akhir.xlsx", workbook=cells, final=book)
    return build


CASES["formula.total_diketik"] = Case(_final(150), _final("=SUM(D6:D7)"), "Tabel 2.5", "D5")
CASES["formula.total_tidak_lengkap"] = Case(_final("=SUM(D6:D6)"), _final("=SUM(D6:D7)"),
                                            "Tabel 2.5", "D5")
CASES["formula.subtotal_lintas_program"] = Case(_final("=SUM(D6:D8)"), _final("=SUM(D6:D7)"),
                                                "Tabel 2.5", "D5")


# narasi: paragraphs generated now, and those of an earlier final workbook
def _narrative(previous: Previous | None, figures: str = "93,28%") -> Build:
    def build(_: Path) -> Subject:
        now = Paragraph("ikhtisar", "Ikhtisar Eksekutif", "Ikhtisar",
                        f"Realisasi anggaran {figures}.")
        kept = {"ikhtisar": previous} if previous else {}
        return Subject(FILE, narrative=Narrative([now], kept, "lama.xlsx"))
    return build


_EDITED = Previous("Realisasi anggaran 93,28%, sangat baik.", "Realisasi anggaran 93,28%.",
                   "Ikhtisar", 3)
CASES["narasi.diubah"] = Case(_narrative(_EDITED), _narrative(None), "Narasi", "D3")
CASES["narasi.angka_berubah"] = Case(_narrative(_EDITED, "95,10%"), _narrative(_EDITED),
                                     "Narasi", "D3")


# output: the PDF beside a final workbook, made from it or not
def _outputs(same: bool) -> Build:
    def build(tmp: Path) -> Subject:
        final = tmp / "akhir.xlsx"
        final.write_bytes(b"buku kerja akhir")
        digest = hashlib.sha256(b"buku kerja akhir" if same else b"versi lama").hexdigest()
        final.with_suffix(".pdf").write_bytes(source_mark(final.name, digest).encode())
        return Subject(str(final), outputs=final)
    return build


CASES["output.stale_pdf"] = Case(_outputs(False), _outputs(True), "", "")


# sheets left out, and sheets no table is named like
def _sheets(left_out: str = "", unknown: str = "") -> Build:
    def build(_: Path) -> Subject:
        subject = tiny()
        assert subject.data is not None
        if left_out:
            del subject.data.sheets[left_out]
            subject.data.tables[left_out] = []
        if unknown:
            subject.data.other_sheets.append((FILE, unknown))
        return subject
    return build


CASES["value.tabel_tidak_ada"] = Case(_sheets(left_out="Tabel 1.3"), _sheets(), "Tabel 1.3", "")
CASES["value.lembar_tidak_dikenal"] = Case(_sheets(unknown="Tabel 2,5"),
                                           _sheets(unknown="Catatan"), "Tabel 2,5", "")

_NIP_ROW = 2 + [f.key for f in schema.IDENTITY].index("nip")  # identity fields from row 2
CASES["value.identitas_kosong"] = Case(lambda _: tiny(lambda identity, rows: identity.update(
    nip=None)), lambda _: tiny(), "Identitas", f"B{_NIP_ROW}")

_NUMBERING_ROW = 2 + [f.key for f in schema.IDENTITY].index("penomoran")
CASES["value.identitas_pilihan"] = Case(lambda _: tiny(lambda identity, rows: identity.update(
    penomoran="berurutan")), lambda _: tiny(lambda identity, rows: identity.update(
        penomoran=" Urut ")), "Identitas", f"B{_NUMBERING_ROW}")


def _scale(*bounds: Any) -> Callable[..., None]:
    def change(identity: dict[str, Any], rows: dict[str, list[dict[str, Any]]]) -> None:
        rows["Skala Predikat"] = [{"predikat": f"P{i}", "batas": b}
                                  for i, b in enumerate(bounds)]
    return change


CASES["value.skala_predikat"] = Case(lambda _: tiny(_scale(70, 85)),
                                     lambda _: tiny(_scale(0, 70, 85)), "Skala Predikat",
                                     cell("Skala Predikat", 0, "batas"))
data_case("value.skala_persen", "Tabel 3.1", 0, "realisasi", _set("Tabel 3.1", 0, realisasi="85"))


def _extra(place: str) -> Build:
    def build(_: Path) -> Subject:
        subject = tiny()
        assert subject.data is not None
        subject.data.extras.append(extras.Extra("Tambahan Aset", "Daftar Aset", place,
                                                ["Aset", "Nilai"], [["Gedung", 1_000_000]],
                                                FILE))
        return subject
    return build


CASES["value.tabel_tambahan"] = Case(_extra("Bab 3 bagian C"),
                                     _extra("C. Efisiensi Penggunaan Sumber Daya"),
                                     "Tambahan Aset", "B2")


def _year_header(year: int) -> Build:
    """Tabel 2.2 of the tiny LKIP (Renstra 2019-2024) with one more year column."""
    def build(tmp: Path) -> Subject:
        path = write_input(tmp / "tahun.xlsx", IDENTITY, ROWS)
        wb = load_workbook(path)
        ws = wb["Tabel 2.2"]
        ws.cell(1, ws.max_column + 1, f"Target {year}")
        wb.save(path)
        data = read_input(path)
        return Subject(str(path), data=data, shown=shown_of(data))
    return build


CASES["value.kolom_tahun"] = Case(
    _year_header(2027), _year_header(2023), "Tabel 2.2",
    a1.ref(1, len(schema.table("Tabel 2.2").input_columns) + 1))

data_case("text.judul_tahun", "Judul Tercetak", 0, "judul", lambda identity, rows: rows.update(
    {"Judul Tercetak": [{"kode": "J1", "lembar": "Tabel 2.4",
                         "judul": "PROGRAM DAN KEGIATAN TAHUN ANGGARAN 2020"},
                        {"kode": "J2", "lembar": "Tabel 3.4", "judul": "REALISASI 2020"}]}))

# issue 14, recall on real LKIPs: the signatory, the date, other units, words of status
_ROW_OF = {f.key: 2 + i for i, f in enumerate(schema.IDENTITY)}
CASES["value.tanggal"] = Case(lambda _: tiny(lambda identity, rows: identity.update(
    tanggal="2022")), lambda _: tiny(), "Identitas", f"B{_ROW_OF['tanggal']}")


def _signatory(pangkat: str) -> Callable[..., None]:
    def change(identity: dict[str, Any], rows: dict[str, list[dict[str, Any]]]) -> None:
        identity.update(pangkat=pangkat)
        rows["Narasi Staf"][0].update(teks="PIHAK KESATU Nama Pejabat Pembina Tingkat I NIP. "
                                           "19700101 199001 1 001")
    return change


CASES["value.penandatangan"] = Case(lambda _: tiny(_signatory("Pembina Utama Muda")),
                                    lambda _: tiny(_signatory("Pembina Tk. I / IVb")),
                                    "Identitas", f"B{_ROW_OF['pangkat']}")
_text_case("text.unit_lain", "Disusun Perjanjian Kinerja Dinas Pertanian Tahun 2021.",
           "Disusun Perjanjian Kinerja Dinas Contoh Tahun 2021.")
_text_case("text.status_capaian", "Hal ini ditandai hampir tercapainya target persentase layanan "
           "tepat waktu.", "Hal ini ditandai tercapainya target persentase layanan tepat waktu.")
_text_case("text.daftar_ganda", "Kegiatan pendukung: 1) Layanan Surat Masuk Harian 2) Layanan "
           "Arsip Dinas Contoh 3) Layanan Surat Masuk Harian.", "Kegiatan pendukung: 1) Layanan "
           "Surat Masuk Harian 2) Layanan Arsip Dinas Contoh.")
_text_case("text.singkatan", "Laporan Kinerja Internal Pemerintah (LKjIP) ini disusun.",
           "Laporan Kinerja Instansi Pemerintah (LKjIP) ini disusun.")
data_case("value.satuan_nama", "Tabel 2.6", 0, "satuan", _set("Tabel 2.6", 0, satuan="km"))
data_case("value.nomor_urut", "Tabel 2.5", 2, "no", _set("Tabel 2.5", 2, no="3."))


def _same_name(realisasi: int) -> Callable[..., None]:
    """A kegiatan indicator named as IK01 (Tabel 3.1: realisasi 85%) under another code."""
    return _add("Analisis Kegiatan", {
        "kode_indikator": "IKK02", "kode_kegiatan": "P01.02", "kegiatan": "Layanan Arsip",
        "indikator_keluaran": IK01["indikator"], "target": 80, "realisasi": realisasi,
        "satuan": "%"})


CASES["cross.indikator_sama"] = Case(lambda _: tiny(_same_name(70)),
                                     lambda _: tiny(_same_name(85)), "Analisis Kegiatan",
                                     cell("Analisis Kegiatan", 1, "realisasi"))
