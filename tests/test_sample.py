"""The sample workbook against the published report it transcribes.

``workbooks/contoh-tanjungpinang-2020.xlsx`` (built by ``tools/build_sample.py``)
is the LKIP 2020 of the Sekretariat Daerah Kota Tanjungpinang as printed.  These
tests read it back with :func:`lkip_xl.book.inputbook.read_input` and compare it with
the report's text (``tests/data/seed-lkip-tanjungpinang-2020.txt``): every
expected value below is the string printed in the report, and each test first
asserts that the string occurs there (on the row's own line where the report
prints the row on one line), so the transcription is checked against the
source, not against itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from lkip_xl.book.inputbook import InputData, Row, read_input
from lkip_xl.model import schema
from lkip_xl.rules import check_data

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "workbooks" / "contoh-tanjungpinang-2020.xlsx"
SEED = Path(__file__).resolve().parent / "data" / "seed-lkip-tanjungpinang-2020.txt"

_MARKUP = re.compile(r"</?(?:b|p|li|ol)\b[^>]*>|\*\*")

SEED_RAW = SEED.read_text(encoding="utf-8")
# Whole text with markup dropped and whitespace collapsed: text split by a
# line or page break reads as one.
SEED_TEXT = re.sub(r"\s+", " ", _MARKUP.sub("", SEED_RAW))
# The tab-separated table lines, as lists of cells.
SEED_LINES = [
    [cell.strip() for cell in _MARKUP.sub("", line).split("\t")]
    for line in SEED_RAW.splitlines()
    if "\t" in line
]


@pytest.fixture(scope="module")
def data() -> InputData:
    return read_input(BOOK)


def in_seed(printed: str) -> bool:
    return re.sub(r"\s+", " ", printed) in SEED_TEXT


def on_one_line(label: str, printed: list[str]) -> bool:
    """True when a table line of the seed holds *label*, then *printed* in order."""
    for cells in SEED_LINES:
        starts = [i for i, c in enumerate(cells) if c and (c == label or c.startswith(label))]
        for start in starts:
            rest = iter(cells[start + 1 :])
            if all(any(c == p for c in rest) for p in printed):
                return True
    return False


def row_by_key(data: InputData, sheet: str, key: tuple[str, ...]) -> Row:
    for row in data.tables[sheet]:
        if row.key == key:
            return row
    raise AssertionError(f"{sheet}: no row {key}")


# A cell's expectation: (the string printed in the seed, the value read back).
# The value is a number (read as a number), a str (kept as that text) or None
# (blank cell; the printed string is then "").
Expected = tuple[str, "int | float | str | None"]


def assert_cell(row: Row, column: str, printed: str, expected: int | float | str | None) -> None:
    value = row.values[column]
    where = f"{value.cell} ({column})"
    if expected is None:
        assert value.blank, f"{where}: expected blank, found {value.raw!r}"
        return
    assert in_seed(printed), f"{printed!r} does not occur in the seed"
    if isinstance(expected, str):
        assert value.number is None, f"{where}: {value.raw!r} must stay text"
        assert value.text == expected, f"{where}: {value.text!r} != {expected!r}"
    else:
        assert value.number == pytest.approx(expected), f"{where}: {value.raw!r} != {expected}"


@dataclass(frozen=True)
class RowSpec:
    key: tuple[str, ...]
    kind: str
    label: tuple[str, str]  # (column, printed text)
    cells: dict[str, Expected] = field(default_factory=dict)
    same_line: bool = True  # the seed prints label and cells on one table line


@dataclass(frozen=True)
class TableSpec:
    count: int
    first: RowSpec
    last: RowSpec


_S1 = (
    "Meningkatnya Pelayanan Administrasi Pemerintahan yang berkualitas, bersih, transparan, "
    "akuntabel, partisipatif, dan tanggap terhadap aspirasi masyarakat."
)

TABLES: dict[str, TableSpec] = {
    "Tabel 1.1": TableSpec(
        15,
        # The PNS subtotal is printed on its own "Total 109 Orang" line.
        RowSpec(("PNS",), "group", ("uraian", "PNS"), {"jumlah": ("109 Orang", 109)},
                same_line=False),
        RowSpec(("TOTAL",), "total", ("uraian", "Total PNS+ Non PNS"),
                {"jumlah": ("274 Orang", 274)}),
    ),
    "Tabel 1.2": TableSpec(
        5,
        RowSpec(("IV",), "item", ("kode", "IV"), {"jumlah": ("14 Orang", 14)}),
        RowSpec(("TOTAL",), "total", ("kode", "TOTAL"), {"jumlah": ("109 Orang", 109)}),
    ),
    "Tabel 1.3": TableSpec(
        5,
        RowSpec(("I",), "item", ("kode", "I"), {"jumlah": ("- Orang", "-")}),
        RowSpec(("TOTAL",), "total", ("kode", "TOTAL"), {"jumlah": ("42 Orang", 42)}),
    ),
    "Tabel 1.4": TableSpec(
        7,
        RowSpec(("S3",), "item", ("kode", "S3"),
                {"jumlah": ("1 Orang", 1), "persen": ("0,9 %", 0.9)}),
        RowSpec(("Total",), "total", ("kode", "Total"),
                {"jumlah": ("110 Orang", 110), "persen": ("100%", 100)}),
    ),
    "Tabel 2.1": TableSpec(
        2,
        RowSpec(("T1",), "item", ("tujuan",
                "mendorong peningkatan reformasi birokrasi terutama pada aspek akuntabilitas "
                "kinerja, kualitas pelayanan publik, penataan organisasi dan tata laksana, dan "
                "penataan peraturan perundang-undangan"),
                {"sasaran": ("Indeks Reformasi Birokrasi", "Indeks Reformasi Birokrasi")}),
        RowSpec(("T2",), "item",
                ("tujuan", "Meningkatnya Pelayanan Publik Yang Efisien dan Efektif"),
                {"sasaran": ("Indeks Kepuasan Masyarakat (IKM) Unit Pelayanan Publik",
                             "Indeks Kepuasan Masyarakat (IKM) Unit Pelayanan Publik")}),
    ),
    "Tabel 2.2": TableSpec(
        2,
        RowSpec(("IKU01",), "item", ("indikator", "Indeks Reformasi Birokrasi"),
                {"target_0": ("81,56", 81.56), "target_1": ("79,10", 79.1),
                 "target_2": ("80", 80), "target_3": ("81,05", 81.05),
                 "target_4": ("82,0", 82), "target_5": ("83,10", 83.1),
                 "target_6": ("84", 84), "target_rpjmd": ("84", 84)}),
        RowSpec(("IK09",), "item",
                ("indikator", "Indeks Kepuasan Masyarakat pada unit pelayanan publik"),
                {"target_0": ("68,0", 68), "target_3": ("72,2", 72.2),
                 "target_6": ("80,12", 80.12), "target_rpjmd": ("80,12", 80.12)}),
    ),
    "Tabel 2.3": TableSpec(
        40,
        RowSpec(("AK01",), "item",
                ("arah_kebijakan", "menginventarisir data wilayah dan pemetaan serta pemasangan "
                 "batas eksisting wilayah sesuai kewenangan daerah baik batas antar kelurahan, "
                 "kecamatan maupun batas wilayah dengan Kabupaten/Kota lain."),
                same_line=False),
        RowSpec(("AK40",), "item",
                ("arah_kebijakan", "meningkatkan pembangunan daerah dengan menyusun rumusan "
                 "kebijakan pembangunan daerah yang berkualitas."),
                same_line=False),
    ),
    "Tabel 2.4": TableSpec(
        73,
        RowSpec(("P01",), "group", ("uraian", "Program Pelayanan Administrasi Perkantoran"),
                {"target": ("100 %", 100)}),
        RowSpec(("P16.11",), "item",
                ("uraian", "Pembinaan Majelis Taklim Se Kota Tanjungpinang"),
                {"target": ("", None)}),
    ),
    "Tabel 2.5": TableSpec(
        74,
        RowSpec(("P01",), "group", ("uraian", "Program Pelayanan Administrasi Perkantoran"),
                {"pagu": ("Rp. 21.751.232.247.00", "Rp. 21.751.232.247.00")}),
        RowSpec(("TOTAL",), "total", ("uraian", "Total Anggaran"),
                {"pagu": ("Rp. 38.618.594.847", 38618594847)}),
    ),
    "Tabel 2.6": TableSpec(
        14,
        RowSpec(("IK01",), "item",
                ("indikator", "Persentase Perda dan Perkada yang mendukung visi misi KDH/WKDH"),
                {"target": ("80%", 80)}),
        RowSpec(("IK14",), "item", ("indikator", "Persentase RT dan RW yang dilakukan pembinaan"),
                {"target": ("100%", 100)}),
    ),
    "Tabel 2.6 Program": TableSpec(
        14,
        RowSpec(("P03",), "item", ("program",
                "Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan"),
                {"anggaran": ("Rp. 132.105.000", 132105000),
                 "keterangan": ("APBD TA.2020", "APBD TA.2020")}),
        RowSpec(("P13",), "item",
                ("program", "Peningkatan Partisipasi Masyarakat Dalam Membangun Desa"),
                {"anggaran": ("Rp. 188.800.000", 188800000)}),
    ),
    "Tabel 3.1": TableSpec(
        14,
        RowSpec(("IK01",), "item",
                ("indikator", "Persentase Perda dan Perkada yang mendukung visi misi KDH/WKDH"),
                {"target": ("80%", 80), "realisasi": ("80%", 80)}),
        RowSpec(("IK14",), "item", ("indikator", "Persentase RT dan RW yang dilakukan pembinaan"),
                {"target": ("100%", 100), "realisasi": ("100%", 100)}),
    ),
    "Tabel 3.2": TableSpec(
        14,
        RowSpec(("IK01",), "item",
                ("indikator", "Persentase Perda dan Perkada yang mendukung visi misi KDH/WKDH"),
                {"realisasi_0": ("", None), "realisasi_1": ("", None),
                 "target_0": ("67%", 67), "target_1": ("80%", 80), "target_2": ("80%", 80),
                 "target_5": ("80%", 80)}),
        RowSpec(("IK14",), "item", ("indikator", "Persentase RT dan RW yang dilakukan pembinaan"),
                {"target_0": ("100%", 100), "target_5": ("100%", 100)}),
    ),
    "Tabel 3.3": TableSpec(
        14,
        RowSpec(("IK01",), "item",
                ("program", "Penataan Peraturan Perundang-Undangan"),
                {"target": ("80%", 80), "realisasi": ("80%", 80), "capaian": ("100%", 100)}),
        RowSpec(("IK14",), "item",
                ("program", "Peningkatan Partisipasi Masyarakat Dalam Membangun Desa"),
                {"target": ("100%", 100), "realisasi": ("100%", 100),
                 "capaian": ("100%", 100)}),
    ),
    "Tabel 3.4": TableSpec(
        14,
        RowSpec(("IK01",), "item",
                ("indikator", "Persentase Perda dan Perkada yang mendukung visi misi KDH/WKDH"),
                {"realisasi_lalu": ("80%", 80), "realisasi": ("80%", 80)}),
        RowSpec(("IK14",), "item", ("indikator", "Persentase RT dan RW yang dilakukan pembinaan"),
                {"realisasi_lalu": ("100%", 100), "realisasi": ("100%", 100)}),
    ),
    "Realisasi Anggaran": TableSpec(
        74,
        RowSpec(("P01",), "group", ("uraian", "Program Pelayanan Administrasi Perkantoran"),
                {"anggaran": ("", None), "realisasi": ("", None), "persen": ("", None)}),
        RowSpec(("TOTAL",), "total", ("uraian", "jumlah"),
                {"anggaran": ("", None), "realisasi": ("", None), "persen": ("", None)}),
    ),
    "Analisis Indikator": TableSpec(
        14,
        RowSpec(("IK01",), "item",
                ("indikator", "Persentase Perda dan Perkada yang mendukung Visi Misi KDH/WKDH"),
                {"tahun_judul": ("Target 2020", 2020), "target": ("80%", 80),
                 "realisasi_lalu": ("100%", 100), "realisasi": ("80%", 80),
                 "capaian": ("100%", 100)}),
        RowSpec(("IK14",), "item", ("indikator", "Persentase RT dan RW yang dilakukan pembinaan"),
                {"target": ("100%", 100), "realisasi_lalu": ("100%", 100),
                 "realisasi": ("100%", 100), "capaian": ("100%", 100)}),
    ),
    "Analisis Kegiatan": TableSpec(
        24,
        RowSpec(("IK01", "P07.01"), "item", ("kegiatan", "e-drafting produk hukum daerah"),
                {"target": ("yaitu 300", 300), "realisasi": ("", None),
                 "persen": ("terserap sebesar 0%", 0)},
                same_line=False),
        RowSpec(("IK14", "P13.01"), "item",
                ("kegiatan", "pembinaan lembaga kemasyarakatan kelurahan Kota Tanjungpinang"),
                {"target": ("", None), "realisasi": ("sebanyak 839 orang", 839),
                 "persen": ("839 orang atau terserap sebesar 100%", 100)},
                same_line=False),
    ),
    "Ringkasan Capaian": TableSpec(
        19,
        RowSpec(("Sasaran 1", "IK01"), "item",
                ("indikator", "Persentase Perda dan Perkada yang mendukung Visi Misi KDH/WKDH"),
                {"target": ("80%", 80), "realisasi_lalu": ("80%", 80),
                 "realisasi": ("80%", 80), "capaian": ("tercapai", "tercapai")}),
        RowSpec(("Sasaran 2", "IK14"), "item",
                ("indikator", "Persentase RT dan RW yang dilakukan pembinaan"),
                {"tahun_judul": ("Target 2019", 2019), "target": ("100%", 100),
                 "realisasi_lalu": ("-", "-"), "realisasi": ("100%", 100),
                 "capaian": ("100%", "100%")}),
    ),
    "Penutup": TableSpec(
        14,
        RowSpec(("IK01",), "item",
                ("indikator", "Persentase Perda dan Perkada yang mendukung visi misi KDH/WKDH"),
                {"target": ("80%", 80), "realisasi": ("80%", 80), "capaian": ("100%", 100)}),
        RowSpec(("IK14",), "item", ("indikator", "Persentase RT dan RW yang dilakukan pembinaan"),
                {"target": ("100%", 100), "realisasi": ("100%", 100),
                 "capaian": ("100%", 100)}),
    ),
    "Narasi Staf": TableSpec(
        35,
        RowSpec(("N01",), "item", ("teks",
                "Puji syukur kami panjatkan kehadiran Tuhan Yang Maha Esa, atas berkat dan "
                "rahmat-Nya maka Laporan Kinerja Instansi Pemerintah (LKIP) Sekretariat Daerah "
                "Kota Tanjungpinang Tahun 2020 dapat disusun."), same_line=False),
        RowSpec(("N35",), "item", ("teks",
                "Membangun Komitmen semua pimpinan di lingkungan Sekretariat Daerah Kota "
                "Tanjungpinang agar dalam merencanakan program dan kegiatan selalu mengacu pada "
                "Dokumen Perencanaan yang sudah ada yaitu RPJMD Kota Tanjungpinang dan Dokumen "
                "Rencana Strategis (Renstra) Sekretariat Daerah Kota Tanjungpinang 2018-2023."),
                same_line=False),
    ),
}

def test_every_table_is_specified() -> None:
    assert set(TABLES) == {t.sheet for t in schema.TABLES if not t.optional}


def test_identity(data: InputData) -> None:
    ident = data.identity
    assert ident["tahun"] == 2020
    assert (ident["renstra_awal"], ident["renstra_akhir"]) == (2018, 2023)
    for key in ("nama", "pangkat", "visi", "misi"):
        assert in_seed(ident[key]), key
    assert in_seed("NIP." + ident["nip"])
    assert in_seed("Tanjungpinang, 28 FEBRUARI 2021")
    assert ident["tanggal"] == "28 Februari 2021"


@pytest.mark.parametrize("sheet", list(TABLES))
def test_row_count(data: InputData, sheet: str) -> None:
    assert len(data.tables[sheet]) == TABLES[sheet].count


@pytest.mark.parametrize("end", ["first", "last"])
@pytest.mark.parametrize("sheet", list(TABLES))
def test_first_and_last_row(data: InputData, sheet: str, end: str) -> None:
    spec: RowSpec = getattr(TABLES[sheet], end)
    rows = data.tables[sheet]
    row = rows[0] if end == "first" else rows[-1]
    assert row.key == spec.key
    assert row.kind == spec.kind
    column, label = spec.label
    assert in_seed(label), f"{label!r} does not occur in the seed"
    assert row.text(column) == label
    for col, (printed, expected) in spec.cells.items():
        assert_cell(row, col, printed, expected)
    if spec.same_line:  # the year of a header is printed on the header line
        line = [p for c, (p, _) in spec.cells.items() if p and c != "tahun_judul"]
        assert on_one_line(label, line), f"{label!r} with {line} not on one seed line"


# Totals and subtotals as printed, including the ones that do not add up:
# (sheet, key, column, label on the printed line, printed value, value read).
STATED = [
    ("Tabel 1.1", ("PNS",), "jumlah", "Total", "109 Orang", 109),
    ("Tabel 1.1", ("NONPNS",), "jumlah", "Total", "165 Orang", 165),  # items add up to 164
    ("Tabel 1.1", ("TOTAL",), "jumlah", "Total PNS+ Non PNS", "274 Orang", 274),
    ("Tabel 1.2", ("TOTAL",), "jumlah", "TOTAL", "109 Orang", 109),
    ("Tabel 1.3", ("TOTAL",), "jumlah", "TOTAL", "42 Orang", 42),  # items add up to 39
    ("Tabel 1.4", ("Total",), "jumlah", "Total", "110 Orang", 110),
    ("Tabel 1.4", ("Total",), "persen", "110 Orang", "100%", 100),
    ("Tabel 2.5", ("TOTAL",), "pagu", "Total Anggaran", "Rp. 38.618.594.847", 38618594847),
    *(
        ("Tabel 2.5", (kode,), "pagu", label, printed, number)
        for kode, label, printed, number in (
            ("P03", "Program Peningkatan Pengembangan Sistem Pelaporan Capaian kinerja dan "
             "Keuangan", "Rp. 132.105.000", 132105000),
            ("P04", "Program Peningkatan Pelayanan Kedinasan Kepala Daerah/Wakil Kepala Daerah",
             "Rp. 1.899.546.300", 1899546300),
            ("P05", "Program Peningkatan dan Pengembangan Pengelolaan Keuangan Daerah",
             "Rp. 145.000.000", 145000000),
            ("P06", "Program Penataan Daerah Otonomi Baru", "Rp. 283.200.000", 283200000),
            ("P07", "Program Penataan Peraturan Perundang-undangan", "Rp. 335.650.000",
             335650000),
            ("P08", "Program pengembangan Komunikasi, Informasi dan media massa",
             "Rp. 535.000.000", 535000000),
            ("P09", "Program Pengembangan wawasan kebangsaan", "Rp. 626.000.000", 626000000),
            ("P10", "Program Pelayanan Pengadaan Barang/Jasa Pemerintah", "Rp. 136.882.000",
             136882000),
            ("P11", "Program Peningkatan Kinerja BUMD dan Lembaga Perekonomian",
             "Rp. 239.979.300", 239979300),
            ("P12", "Program Peningkatan Pengendalian Pelaksanaan Pembangunan Daerah",
             "Rp. 25.900.000", 25900000),
            ("P13", "Program Peningkatan Partisipasi masyarakat dalam membangun desa",
             "Rp. 62.000.000", 62000000),
            ("P14", "Program Fasilitasi Bantuan dan Layanan Hukum", "Rp. 280.000.000",
             280000000),
            ("P15", "Program Peningkatan Kerjasama unsur Pimpinan Daerah", "Rp.586.000.000",
             586000000),
            ("P16", "Program Penerangan Bimbingan dan Kerukunan Hidup Beragama",
             "Rp. 4.808.900.000", 4808900000),
        )
    ),
]


@pytest.mark.parametrize(("sheet", "key", "column", "label", "printed", "number"), STATED)
def test_stated_totals(
    data: InputData, sheet: str, key: tuple[str, ...], column: str, label: str, printed: str,
    number: int,
) -> None:
    assert on_one_line(label, [printed])
    row = row_by_key(data, sheet, key)
    assert row.kind in ("group", "total")
    assert row.number(column) == number


# Values with no single reading stay text; readable ones are numbers.
AS_TEXT = [
    ("Realisasi Anggaran", ("P16.03",), "realisasi", "Rp.4.110,677,710"),
    ("Tabel 2.5", ("P01",), "pagu", "Rp. 21.751.232.247.00"),
    ("Tabel 2.5", ("P01.02",), "pagu", "Rp. 16.363.478.747.00"),
    ("Tabel 2.5", ("P02",), "pagu", "Rp. 6.771.200.000.00"),
    ("Tabel 3.3", ("IK11",), "realisasi", "Tidak ada kegiatan pendukung"),
    ("Tabel 3.4", ("IK03",), "realisasi_lalu", "BB"),
    ("Tabel 3.4", ("IK04",), "realisasi_lalu", "N/A"),
    ("Tabel 3.2", ("IK11",), "realisasi_0", "NA"),
    ("Ringkasan Capaian", ("Sasaran 1", "IK04"), "realisasi_lalu", "-"),
    ("Penutup", ("IK03",), "capaian", "Belum Tercapai"),
    ("Penutup", ("IK04",), "realisasi", "Baik"),
    ("Analisis Kegiatan", ("IK08", "P06.04"), "persen", "100;%"),
    ("Analisis Kegiatan", ("IK10", "P16.03"), "target", "47;7"),
]

AS_NUMBER = [
    ("Realisasi Anggaran", ("P01.01",), "realisasi", "Rp. 838,318,150", 838318150),
    ("Realisasi Anggaran", ("P01.01",), "anggaran", "Rp. 3.657.599.500", 3657599500),
    ("Realisasi Anggaran", ("P01.01",), "persen", "93,28%", 93.28),
    ("Realisasi Anggaran", ("P02.03",), "anggaran", "0,00", 0),
    ("Realisasi Anggaran", ("P01.04",), "persen", "0.00%", 0),
    ("Realisasi Anggaran", ("P03.03",), "realisasi", "Rp.23.975.000", 23975000),
    ("Tabel 2.4", ("P03",), "target", "3,40", 3.4),
    ("Tabel 2.6", ("IK05",), "target", "3,40", 3.4),
    ("Tabel 2.6", ("IK09",), "target", "72,2", 72.2),
    ("Tabel 2.6 Program", ("P14",), "anggaran", "Rp, 280.000.000", 280000000),
    ("Tabel 2.5", ("P06.03",), "pagu", "RP. 42.800.000", 42800000),
    ("Tabel 3.3", ("IK04",), "realisasi", "33.34%", 33.34),
    ("Tabel 3.4", ("IK05",), "realisasi_lalu", "3,20", 3.2),
    ("Penutup", ("IK02",), "realisasi", "3,20", 3.2),
]


@pytest.mark.parametrize(("sheet", "key", "column", "printed"), AS_TEXT)
def test_unreadable_values_stay_text(
    data: InputData, sheet: str, key: tuple[str, ...], column: str, printed: str
) -> None:
    assert in_seed(printed)
    assert_cell(row_by_key(data, sheet, key), column, printed, printed)


@pytest.mark.parametrize(("sheet", "key", "column", "printed", "number"), AS_NUMBER)
def test_readable_values_are_numbers(
    data: InputData, sheet: str, key: tuple[str, ...], column: str, printed: str,
    number: int | float,
) -> None:
    assert_cell(row_by_key(data, sheet, key), column, printed, number)


# Text cells that join two printed fragments split between other columns' cells.
REJOINED = {
    ("Tabel 2.4", ("P10.03",), "indikator"),  # "Persentase Pengadaan" / "Barang/Jasa ..."
    ("Tabel 3.2", ("IK07",), "indikator"),  # "... perekonomian" / "an daerah yang tersusun"
}


@pytest.mark.parametrize("sheet", list(TABLES))
def test_text_is_printed_text(data: InputData, sheet: str) -> None:
    """Every free-text cell occurs in the seed (up to line breaks and markup)."""
    tbl = schema.table(sheet)
    text_columns = [c.key for c in tbl.input_columns
                    if c.kind == "teks" and c.key not in ("satuan", "polaritas", "jenis_faktor",
                                                          "bagian", "no")]
    missing = []
    for row in data.tables[sheet]:
        for col in text_columns:
            text = row.text(col)
            if text and not in_seed(text) and (sheet, row.key, col) not in REJOINED:
                missing.append((row.key, col, text[:60]))
    assert not missing


def test_program_and_kegiatan_counts(data: InputData) -> None:
    assert in_seed("Untuk tahun 2020 ada 16 Program 57.kegiatan")
    rows = data.tables["Tabel 2.4"]
    assert sum(r.kind == "group" for r in rows) == 16
    assert sum(r.kind == "item" for r in rows) == 57
    assert not [r for r in rows if r.kind == "total"]  # Tabel 2.4 prints no total


def test_codes_join_to_tabel_2_4(data: InputData) -> None:
    codes = {r.key[0] for r in data.tables["Tabel 2.4"]}
    programs = {r.key[0] for r in data.tables["Tabel 2.4"] if r.kind == "group"}
    for sheet in ("Tabel 2.5", "Realisasi Anggaran"):
        used = {r.key[0] for r in data.tables[sheet] if r.kind != "total"}
        assert used <= codes, (sheet, used - codes)
        assert used == codes, (sheet, codes - used)  # both list every program and kegiatan
    assert {r.key[0] for r in data.tables["Tabel 2.6 Program"]} <= programs
    used = {r.text("kode_program") for r in data.tables["Tabel 3.3"]} - {""}
    assert used <= programs
    for row in data.tables["Analisis Kegiatan"]:
        kegiatan = row.text("kode_kegiatan")
        assert kegiatan in codes or kegiatan.startswith("LAIN."), kegiatan


def test_indicator_codes_follow_tabel_2_6(data: InputData) -> None:
    pk = [r.key[0] for r in data.tables["Tabel 2.6"]]
    assert pk == [f"IK{i:02d}" for i in range(1, 15)]
    for sheet in ("Tabel 3.1", "Tabel 3.2", "Tabel 3.3", "Tabel 3.4", "Penutup"):
        assert [r.key[0] for r in data.tables[sheet]] == pk, sheet
    assert sorted(r.key[0] for r in data.tables["Analisis Indikator"]) == pk
    sasaran = {r.key[0]: r.text("kode_sasaran") for r in data.tables["Tabel 2.6"]}
    assert [sasaran[k] for k in pk] == ["S1"] * 9 + ["S2"] * 5
    assert in_seed(_S1)
    assert data.tables["Tabel 2.6"][0].text("sasaran") == _S1
    assert [r.key[0] for r in data.tables["Tabel 2.2"]] == ["IKU01", "IK09"]


def test_realisasi_anggaran_program_order(data: InputData) -> None:
    groups = [(r.text("no"), r.key[0]) for r in data.tables["Realisasi Anggaran"]
              if r.kind == "group"]
    assert [no for no, _ in groups] == [f"{c}." for c in "ABCDEFGHIJKLMNOP"]
    assert [k for _, k in groups] == [
        "P01", "P02", "P03", "P04", "P05", "P06", "P07", "P08",
        "P15", "P09", "P16", "P10", "P11", "P12", "P14", "P13",
    ]
    harmonisasi = row_by_key(data, "Realisasi Anggaran", ("P16.09",))
    assert harmonisasi.text("uraian") == "Harmonisasi Antar Umat Beragama Se Kota Tanjungpinang"
    assert row_by_key(data, "Tabel 2.4", ("P16.09",)).text("uraian") == (
        "Harmonisasi Kegiatan Keagamaan Berjalan dengan Baik"
    )


def test_narasi_quotes_the_figures(data: InputData) -> None:
    texts = [r.text("teks") for r in data.tables["Narasi Staf"]]
    for fragment in (
        "Rp. 56.475.618.912.19 dari total anggaran sebesar Rp. 53.817.299.824.00",
        "Rp 56.475.618.912,19 (Lima puluh enam milyar",
        "Rp 17.857.024.065,19",
        "Rp 38.618.594.847 (tiga puluh delapan juta",
        "16 Program 57.kegiatan",
        "Rp. 50.341.082.281,00 - dengan jumlah Program sebanyak 16 (Enam Belas) Program dan "
        "dengan Kegiatan sebanyak 57 (Enam Puluh Tiga) Kegiatan",
        "pegawai sebanyak 274 Orang (data Desember 2020)",
        "RPJMD Kota Tanjungpinang 2013-2018",
        "Sekretariat Daerah Kota Tanjungpinang 2018-2023",
        "Sekretariat Daerah Kota Tanjungpinang Tahun 2019.",
        "telah berhasil dicapai dengan baik.",
        "pagu anggaran sebesar Rp. 188.800.000 dengan realisasi anggaran sebesar "
        "Rp. 58.435.900 atau terserap sebesar 30,95%",
    ):
        assert in_seed(fragment), fragment
        assert any(fragment in t for t in texts), fragment
    codes = [r.key[0] for r in data.tables["Narasi Staf"]]
    assert codes == [f"N{i:02d}" for i in range(1, len(codes) + 1)]


def test_no_structural_findings(data: InputData) -> None:
    """Reading reports the seed's unreadable values, never a key or row-kind problem."""
    rules = {f.rule for f in check_data(data)}
    assert not rules & {"value.row_kind", "value.missing_key", "value.duplicate_key",
                        "value.uncached_formula", "value.merged_cell", "value.text_too_long"}
    assert {"value.unreadable", "value.no_number"} <= rules


def test_committed_sample_matches_its_transcription(tmp_path: Path) -> None:
    """The workbook is what tools/build_sample.py makes of tools/sample_data.py."""
    import subprocess
    import sys

    from xlsxparts import differing_parts

    out = tmp_path / "sample.xlsx"
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_sample.py"), str(out)],
                   check=True, capture_output=True)
    assert differing_parts(BOOK, out) == [], (
        "workbooks/contoh-tanjungpinang-2020.xlsx is out of date: run "
        "`uv run python tools/build_sample.py`")
