"""The command line: Indonesian help for every command, exact messages, exit codes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from xlsxparts import differing_parts

from lkip_xl.book.inputbook import read_input
from lkip_xl.cli.commands import cli

COMMANDS = ["init", "fill", "validate", "export", "template", "aturan", "rekap"]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), prog_name="lkip-xl")
    return result.exit_code, result.stdout, result.stderr


def test_top_level_help_lists_every_command_in_indonesian() -> None:
    code, out, _ = run("--help")
    assert code == 0
    assert out.startswith("Penggunaan: lkip-xl [OPSI] PERINTAH [ARGUMEN]...\n")
    assert "\nOpsi:\n" in out and "\nPerintah:\n" in out
    for name in COMMANDS:
        assert f"\n  {name} " in out


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_indonesian_help(name: str) -> None:
    code, out, _ = run(name, "--help")
    assert code == 0
    assert out.startswith(f"Penggunaan: lkip-xl {name} [OPSI]")
    assert re.search(r"\n  -h, --help +Tampilkan bantuan ini lalu keluar\.\n", out)
    for english in ("Usage:", "Options:", "Show this message"):
        assert english not in out


def test_usage_errors_exit_2_in_indonesian() -> None:
    code, _, err = run("tidak-ada")
    assert code == 2
    assert err.endswith("Error: Perintah 'tidak-ada' tidak ada.\n")
    code, _, err = run("init", "x.xlsx", "--tahun")
    assert code == 2
    assert err.endswith("Error: Opsi '--tahun' memerlukan nilai.\n")


def test_template_command_writes_the_template(tmp_path: Path, template_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    code, stdout, _ = run("template", "--out", str(out))
    assert (code, stdout) == (0, f"Templat ditulis: {out}\n")
    assert differing_parts(out, template_path) == []


def test_init_writes_a_new_workbook_and_never_overwrites_silently(tmp_path: Path) -> None:
    out = tmp_path / "lkip-2021.xlsx"
    code, stdout, _ = run("init", str(out), "--tahun", "2021", "--instansi", "Dinas Contoh")
    assert (code, stdout) == (0, f"Buku kerja data baru ditulis: {out} (tahun laporan 2021)\n")
    ws = load_workbook(out)["Identitas"]
    values = {row[0].value: row[1].value for row in ws.iter_rows(min_row=2)}
    assert values["Instansi"] == "Dinas Contoh" and values["Tahun Laporan"] == 2021
    code, _, err = run("init", str(out), "--tahun", "2021", "--instansi", "Dinas Contoh")
    assert (code, err) == (
        1, "Error: berkas lkip-2021.xlsx: berkas keluaran sudah ada; pakai --force untuk "
           "menimpanya\n")
    code, _, _ = run("init", str(out), "--tahun", "2022", "--instansi", "X", "--force")
    assert code == 0


def test_init_asks_for_nothing_it_can_default(tmp_path: Path, monkeypatch: Any) -> None:
    import datetime

    monkeypatch.chdir(tmp_path)
    year = datetime.date.today().year - 1  # an LKIP reports on the year before
    code, stdout, _ = run("init")
    out = Path(f"data-lkip-{year}.xlsx")
    assert (code, stdout) == (0, f"Buku kerja data baru ditulis: {out} (tahun laporan {year})\n"
                                 "Isi nama instansi dan penandatangan di lembar Identitas.\n")
    data = read_input(tmp_path / out)  # readable as it is: the identity is to be completed
    assert data.year == year
    code, stdout, _ = run("validate", str(out))
    assert "'Instansi' belum diisi" in stdout


def test_python_dash_m_runs_the_cli() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "lkip_xl", "--help"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.startswith("Penggunaan: lkip-xl [OPSI]")


def _small_data(tmp_path: Path) -> Path:
    from lkip_xl.book.inputbook import write_input

    identity = {"instansi": "Dinas Kecil", "pemerintah": "Kota A", "kota": "A", "tahun": 2021,
                "renstra_awal": 2019, "renstra_akhir": 2024, "jabatan": "Kepala",
                "nama": "B", "nip": "1"}
    rows = {
        "Tabel 2.5": [
            {"jenis": "Program", "kode": "P01", "no": "1.", "uraian": "Program A",
             "pagu": "Rp 300.000"},
            {"jenis": "Kegiatan", "kode": "P01.01", "uraian": "Kegiatan A1", "pagu": 100000},
            {"jenis": "Kegiatan", "kode": "P01.02", "uraian": "Kegiatan A2", "pagu": 150000},
            {"jenis": "Total", "uraian": "Total", "pagu": 250000},
        ],
        "Realisasi Anggaran": [
            {"jenis": "Program", "kode": "P01", "uraian": "Program A"},
            {"jenis": "Kegiatan", "kode": "P01.01", "uraian": "Kegiatan A1", "anggaran": 100000,
             "realisasi": "Rp 90.000", "persen": "90%"},
            {"jenis": "Kegiatan", "kode": "P01.02", "uraian": "Kegiatan A2",
             "realisasi": "1.500,000,0"},
        ],
    }
    return write_input(tmp_path / "data.xlsx", identity, rows)


def test_fill_prints_differences_and_a_summary(tmp_path: Path) -> None:
    data = _small_data(tmp_path)
    out = tmp_path / "hasil"
    code, stdout, stderr = run("fill", str(data), "--out", str(out))
    assert code == 0
    final = out / "dinas-kecil-2021-final.xlsx"
    from lkip_xl.xlsx.recalc import ENGINE

    assert stdout == (
        "Angka tertulis yang berbeda dengan hasil rumus:\n"
        "  galat      Tabel 2.5!E2 [Program A] Pagu Anggaran: tertulis Rp 300.000, "
        "hasil rumus Rp 250.000 (selisih -Rp 50.000)\n"
        "\n"
        "Nilai yang tidak dapat dibaca (tetap ditulis sebagai teks, ditandai merah):\n"
        "  galat      Realisasi Anggaran!F4 [Kegiatan A2] Realisasi (Rp): nilai '1.500,000,0' "
        "tidak dapat dibaca sebagai angka: pemisah ribuan tidak konsisten\n"
        "\n"
        "Tabel diisi           : 22 (10 baris, 21 rumus)\n"
        "Angka tertulis berbeda: 1\n"
        "Nilai tak terbaca     : 1\n"
        "Temuan validasi       : 2 galat, 0 peringatan, 0 catatan (lembar Validasi)\n"
        f"Dihitung ulang dengan : {ENGINE}\n"
        f"Hasil                 : {final}\n"
        f"Laporan validasi      : {out / 'dinas-kecil-2021-validasi.json'}\n"
        f"PDF                   : {out / 'dinas-kecil-2021-final.pdf'}\n"
    )
    assert stderr.splitlines()[0] == "Membaca data" and stderr.splitlines()[-1] == "Selesai"
    book = load_workbook(final)
    leftovers = [(ws.title, c.coordinate) for ws in book.worksheets for row in ws.iter_rows()
                 for c in row if isinstance(c.value, str) and "«" in c.value]
    assert leftovers == []  # pattern rows of empty tables do not survive
    code, _, stderr = run("fill", str(data), "--out", str(out))
    assert (code, stderr) == (1, "Membaca data\nError: berkas dinas-kecil-2021-final.xlsx: "
                                 "berkas keluaran sudah ada; pakai --force untuk menimpanya\n")


def test_fill_quiet_and_json(tmp_path: Path) -> None:
    import json

    data = _small_data(tmp_path)
    code, stdout, stderr = run("fill", str(data), "--out", str(tmp_path), "--quiet")
    assert (code, stdout, stderr) == (0, f"{tmp_path / 'dinas-kecil-2021-final.xlsx'}\n", "")
    code, stdout, stderr = run("fill", str(data), "--out", str(tmp_path), "--force",
                               "--format", "json")
    assert code == 0 and stderr == ""
    summary = json.loads(stdout)
    assert summary["stated_differences"] == 1 and summary["unreadable"] == 1
    assert summary["tables"][0] == {"sheet": "Tabel 1.1", "rows": 0, "formulas": 0}
    difference = next(f for f in summary["findings"] if f["rule"] == "arith.subtotal")
    assert (difference["cell"], difference["actual"], difference["expected"]) == (
        "E2", 300000, 250000)  # the data cell staff edit
    assert difference["final_cell"] == "D5" and difference["file"] == str(data)


def test_fill_with_bad_input_names_the_place(tmp_path: Path) -> None:
    from openpyxl import load_workbook as load

    data = _small_data(tmp_path)
    wb = load(data)
    wb["Tabel 2.5"]["E1"] = "Anggaran"
    wb.save(data)
    code, stdout, stderr = run("fill", str(data), "--out", str(tmp_path), "-q")
    assert (code, stdout) == (1, "")
    assert stderr == ("Error: berkas data.xlsx, lembar 'Tabel 2.5', baris 1: kolom wajib tidak "
                      "ada: 'Pagu Anggaran'\n")
