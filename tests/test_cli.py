"""The command line: Indonesian help for every command, exact messages, exit codes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from xlsxparts import differing_parts

from lkip_xl.cli import cli

COMMANDS = ["init", "fill", "validate", "export", "template"]


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


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["fill"], "Error: perintah 'fill' belum tersedia di versi ini\n"),
        (["validate", "x.xlsx"], "Error: perintah 'validate' belum tersedia di versi ini\n"),
        (["export", "x.xlsx"], "Error: perintah 'export' belum tersedia di versi ini\n"),
    ],
)
def test_commands_not_built_yet_say_so_in_one_line(args: list[str], message: str) -> None:
    code, out, err = run(*args)
    assert (code, out, err) == (1, "", message)


def test_usage_errors_exit_2_in_indonesian() -> None:
    code, _, err = run("tidak-ada")
    assert code == 2
    assert err.endswith("Error: Perintah 'tidak-ada' tidak ada.\n")
    code, _, err = run("init", "x.xlsx")
    assert code == 2
    assert err.endswith("Error: Opsi belum diisi '--tahun'.\n")


def test_template_command_writes_the_template(tmp_path: Path, template_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    code, stdout, _ = run("template", "--out", str(out))
    assert (code, stdout) == (0, f"Templat ditulis: {out}\n")
    assert differing_parts(out, template_path) == []


def test_init_writes_a_new_workbook_and_never_overwrites_silently(tmp_path: Path) -> None:
    out = tmp_path / "lkip-2021.xlsx"
    code, stdout, _ = run("init", str(out), "--tahun", "2021", "--instansi", "Dinas Contoh")
    assert (code, stdout) == (0, f"Buku kerja data baru ditulis: {out}\n")
    ws = load_workbook(out)["Identitas"]
    values = {row[0].value: row[1].value for row in ws.iter_rows(min_row=2)}
    assert values["Instansi"] == "Dinas Contoh" and values["Tahun Laporan"] == 2021
    code, _, err = run("init", str(out), "--tahun", "2021", "--instansi", "Dinas Contoh")
    assert (code, err) == (
        1, "Error: berkas lkip-2021.xlsx: berkas keluaran sudah ada; pakai --force untuk "
           "menimpanya\n")
    code, _, _ = run("init", str(out), "--tahun", "2022", "--instansi", "X", "--force")
    assert code == 0


def test_python_dash_m_runs_the_cli() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "lkip_xl", "--help"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.startswith("Penggunaan: lkip-xl [OPSI]")
