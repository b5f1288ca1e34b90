"""Real published LKIPs of other units, transcribed as printed (tests/data/<name>/): each is
rebuilt by its script exactly as committed, reads, fills, and says what the document says;
the validator keeps finding the document's mistakes it finds today
(benchmarks/real_lkips.py prints the whole score)."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from lkip_xl.book.finalbook import read_final
from lkip_xl.book.inputbook import read_inputs
from lkip_xl.jobs.fill import fill

DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(DATA.parent.parent / "benchmarks"))
from real_lkips import score  # noqa: E402

# name: (instansi, pemerintah, year, sheets it must have rows in, mistakes found at least)
DOCUMENTS: dict[str, tuple[str, str, int, tuple[str, ...], int]] = {
    "bapenda-kaltim-2021": ("Badan Pendapatan Daerah", "Provinsi Kalimantan Timur", 2021,
                            ("Tabel 1.4", "Tabel 2.6", "Tabel 3.1", "Realisasi Anggaran"), 10),
    "dpupr-grobogan-2021": ("Dinas Pekerjaan Umum dan Penataan Ruang", "Kabupaten Grobogan",
                            2021, ("Tabel 1.2", "Tabel 3.1", "Tabel 3.3", "Realisasi Anggaran"),
                            10),
    "inspektorat-jombang-2022": ("Inspektorat", "Kabupaten Jombang", 2022,
                                 ("Tabel 1.2", "Tabel 3.1", "Tabel 3.2", "Realisasi Anggaran"),
                                 7),
    # held aside: audited by hand and committed before the validator first ran on it
    "biro-adpem-jabar-2016": ("Biro Administrasi Pembangunan Sekretariat Daerah",
                              "Provinsi Jawa Barat", 2016,
                              ("Tabel 1.4", "Tabel 2.6", "Tabel 3.1", "Realisasi Anggaran"), 10),
    # held out: audited by hand and committed before the validator first ran on it
    "rsj-jabar-2016": ("Rumah Sakit Jiwa", "Provinsi Jawa Barat", 2016,
                       ("Tabel 2.2", "Tabel 2.6", "Tabel 3.1", "Realisasi Anggaran"), 15),
}


def test_every_transcription_is_listed() -> None:
    assert {p.name for p in DATA.iterdir() if (p / "SOURCE.md").is_file()} == set(DOCUMENTS)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_rebuilt_exactly_as_committed(name: str, tmp_path: Path) -> None:
    out = tmp_path / f"{name}.xlsx"
    argv = sys.argv
    try:
        sys.argv = ["build.py", str(out)]
        with pytest.raises(SystemExit) as done:
            runpy.run_path(str(DATA / name / "build.py"), run_name="__main__")
    finally:
        sys.argv = argv
    assert done.value.code in (0, None)
    assert _cells(out) == _cells(DATA / name / f"{name}.xlsx"), \
        f"run `uv run python tests/data/{name}/build.py` and commit the workbook"


def _cells(path: Path) -> dict[str, dict[str, Any]]:
    wb = load_workbook(path)
    return {ws.title: {c.coordinate: c.value for row in ws.iter_rows() for c in row
                       if c.value is not None} for ws in wb.worksheets}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_fills_and_says_what_the_document_says(name: str, tmp_path: Path) -> None:
    instansi, pemerintah, year, sheets, _ = DOCUMENTS[name]
    data = read_inputs([DATA / name / f"{name}.xlsx"])
    assert (data.identity["instansi"], data.identity["pemerintah"], data.year) == \
        (instansi, pemerintah, year)
    assert all(data.tables[sheet] for sheet in sheets)
    assert data.extras and all(e.header and e.rows for e in data.extras)  # its own tables
    result = fill([DATA / name / f"{name}.xlsx"], out_dir=tmp_path)
    book = read_final(result.output)
    assert (book.identity["instansi"], book.year) == (instansi, year)
    names = book.names()
    assert all(sheet in names for sheet in sheets)
    assert all(extra.sheet in names for extra in book.extras)  # every table has a place


@pytest.mark.parametrize("name", DOCUMENTS)
def test_finds_the_mistakes_it_finds_today(name: str) -> None:
    found = score(DATA / name)
    assert found["found"] + found["row"] >= DOCUMENTS[name][4]
