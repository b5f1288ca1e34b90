"""The ``lkip-xl`` command line: a thin layer over the library.

Each command parses its options, calls one library function and prints what
it returns.  Errors of the library (:class:`~lkip_xl.model.errors.LkipError`) become
one line ``Error: ...`` on stderr and exit code 1, here and only here; usage
errors exit with 2 (click's convention).

Start-up is kept short: this module imports only click and the light modules of
``model`` (paths, errors), so that ``--help``, ``--version`` and usage errors
answer at once; each command imports the library it uses (openpyxl, ReportLab,
the rules, the formula engine, ...) in its own body.  ``tests/test_startup.py``
checks it.
"""

from __future__ import annotations

import datetime
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from lkip_xl.cli import click_id as _click_id
from lkip_xl.model import paths
from lkip_xl.model.errors import LkipError, internal_message

if TYPE_CHECKING:
    from lkip_xl.jobs.fill import FillResult
    from lkip_xl.jobs.validate import Report

_click_id.install()

# The library's entry points, each imported only when its command runs (a command's help,
# and every other command, does not pay for it).

def fill_report(data: tuple[Path, ...], **options: Any) -> FillResult:
    from lkip_xl.jobs.fill import fill

    return fill(data, **options)


def run_validation(path: Path) -> Report:
    from lkip_xl.jobs.validate import validate

    return validate(path)


def export_pdf(final: Path, out: Path | None, **options: Any) -> Path:
    from lkip_xl.output.pdf import export

    return export(final, out, **options)


def build_template(out: Path, **options: Any) -> Path:
    from lkip_xl.book.template import build_template as build

    return build(out, **options)


def _last_year() -> int:
    """The default of ``init --tahun``: the year before this one (as
    :func:`lkip_xl.book.inputbook.last_year`, without importing openpyxl for ``--help``)."""
    return datetime.date.today().year - 1


CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
DEFAULT_TEMPLATE_OUT = Path("templates") / paths.TEMPLATE_NAME


class _Failure(click.ClickException):
    """A library error as click shows it: ``Error: <message>`` and the error's exit code."""

    def __init__(self, error: LkipError, exit_code: int | None = None) -> None:
        super().__init__(str(error))
        self.exit_code = exit_code or error.exit_code  # type: ignore[misc]


class _Command(click.Command):
    """A command whose usage line reads in Indonesian."""

    def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("options_metavar", "[OPSI]")
        super().__init__(*args, **kwargs)


class _Internal(click.ClickException):
    """Anything unexpected, as one line instead of a traceback (the traceback itself with
    ``LKIP_XL_DEBUG=1``)."""

    def __init__(self, exc: BaseException) -> None:
        message = internal_message(exc)
        if not isinstance(exc, MemoryError):
            message += " (rinciannya: jalankan ulang dengan LKIP_XL_DEBUG=1)"
        super().__init__(message)


class _Group(click.Group):
    """The command group; library errors become one clean line here, and only here, and so
    does anything unexpected: no traceback reaches the user."""

    command_class = _Command

    def invoke(self, ctx: click.Context):  # type: ignore[no-untyped-def]
        try:
            return super().invoke(ctx)
        except LkipError as exc:
            raise _Failure(exc) from exc
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort,
                KeyboardInterrupt, SystemExit, GeneratorExit):
            raise
        except BaseException as exc:  # a bug, or a library's panic: one line, not a traceback
            if os.environ.get("LKIP_XL_DEBUG"):
                raise
            raise _Internal(exc) from exc

    def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("options_metavar", "[OPSI]")
        kwargs.setdefault("subcommand_metavar", "PERINTAH [ARGUMEN]...")
        super().__init__(*args, **kwargs)


@click.group(cls=_Group, context_settings=CONTEXT)
@click.version_option(package_name="lkip-xl", prog_name="lkip-xl")
def cli() -> None:
    """lkip-xl: menyusun LKIP (Laporan Kinerja Instansi Pemerintah) dari Excel.

    Data diisi staf di buku kerja Excel; lkip-xl mengisi setiap tabel laporan,
    menulis rumus Excel untuk setiap nilai turunan (jumlah, persen, capaian),
    memeriksa konsistensi, dan menghasilkan buku kerja akhir serta PDF.
    """


@cli.command()
@click.argument("keluaran", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--tahun", type=int, default=_last_year, show_default="tahun lalu",
              help="Tahun laporan, misalnya 2021.")
@click.option("--instansi", default="",
              help='Nama perangkat daerah tanpa nama daerahnya, misalnya "Sekretariat Daerah" '
                   "(bisa diisi nanti di lembar Identitas).")
@click.option("--force", is_flag=True, help="Timpa berkas KELUARAN yang sudah ada.")
@click.option("--xlsm", is_flag=True,
              help="Buku kerja bermakro (.xlsm) dengan lembar Menu dan tombol untuk Excel.")
def init(keluaran: Path | None, tahun: int, instansi: str, force: bool, xlsm: bool) -> None:
    """Buat buku kerja data baru (kosong) KELUARAN.

    Tanpa KELUARAN: data-lkip-<TAHUN>.xlsx di folder ini. Buku kerja berisi lembar
    Identitas dan satu lembar per tabel laporan dengan judul kolomnya; staf mengisi
    satu baris per data. Dengan --xlsm: buku kerja bermakro dengan lembar Menu
    (pilih aksi, tekan Jalankan), lembar xlwings.conf, dan modul Python di
    sampingnya (lihat docs/excel.md).
    """
    keluaran = keluaran or Path(f"data-lkip-{tahun}.xlsx")
    from lkip_xl.book import inputbook

    if xlsm:
        from lkip_xl.excel.xlsm import new_xlsm

        path = new_xlsm(keluaran, tahun=tahun, instansi=instansi, force=force)
        click.echo(f"Buku kerja bermakro ditulis: {path} (modul: {path.with_suffix('.py')})")
        return
    path = inputbook.new_workbook(keluaran, tahun=tahun, instansi=instansi, force=force)
    click.echo(f"Buku kerja data baru ditulis: {path} (tahun laporan {tahun})")
    if not instansi:
        click.echo("Isi nama instansi dan penandatangan di lembar Identitas.")


@cli.command()
@click.argument("data", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--template", "templat", type=click.Path(dir_okay=False, path_type=Path),
              help="Templat yang dipakai (bawaan: templat lkip-xl).")
@click.option("--out", "folder", type=click.Path(file_okay=False, path_type=Path),
              default=Path("hasil"), show_default=True, help="Folder hasil.")
@click.option("--force", is_flag=True, help="Timpa hasil yang sudah ada.")
@click.option("--sebelumnya", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Buku kerja akhir sebelumnya: paragraf Narasi yang diubah staf dipertahankan.")
@click.option("--templat-narasi", "narasi", type=click.Path(file_okay=False, exists=True,
              path_type=Path), help="Folder templat narasi (.j2) pengganti templat bawaan.")
@click.option("--no-pdf", "no_pdf", is_flag=True, help="Jangan tulis PDF laporan.")
@click.option("--final", "final_only", is_flag=True,
              help="Laporan untuk ditandatangani: ditolak selama masih ada galat (tanpa "
                   "--final, PDF bertanda DRAF dengan lampiran catatan pemeriksaan).")
@click.option("--quiet", "-q", is_flag=True, help="Tanpa tampilan proses; cetak jalur hasil saja.")
@click.option("--format", "fmt", type=click.Choice(["teks", "json"]), default="teks",
              show_default=True, help="Bentuk ringkasan: teks untuk dibaca, json untuk program.")
def fill(data: tuple[Path, ...], templat: Path | None, folder: Path, force: bool,
         sebelumnya: Path | None, narasi: Path | None, no_pdf: bool, final_only: bool,
         quiet: bool, fmt: str) -> None:
    """Isi templat dari buku kerja DATA, hitung ulang, validasi, tulis hasil akhir.

    Tanpa DATA, dipakai contoh bawaan (LKIP Sekretariat Daerah Kota
    Tanjungpinang 2020). Hasil: FOLDER/<instansi>-<tahun>-final.xlsx dan
    FOLDER/<instansi>-<tahun>-validasi.json. Setiap nilai turunan (jumlah,
    persen, capaian) ditulis sebagai rumus Excel dan nilainya dihitung ulang;
    temuan validasi ditulis di lembar Validasi dan ditandai di selnya; narasi
    laporan dibuat dari nilai tabel di lembar Narasi.
    """
    from lkip_xl.cli import render

    progress = None if quiet or fmt == "json" else ProgressLine()
    result = fill_report(data, template=templat, out_dir=folder, force=force,
                         progress=progress, previous=sebelumnya, narasi=narasi,
                         pdf=not no_pdf, final_only=final_only)
    if progress:
        progress.close()
    if fmt == "json":
        click.echo(json.dumps(render.fill_json(result), ensure_ascii=False, indent=2))
    elif quiet:
        click.echo(str(result.output))
    else:
        click.echo(render.fill_text(result))


@cli.command()
@click.argument("berkas", nargs=-1, required=True,
                type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["teks", "json"]), default="teks",
              show_default=True, help="Bentuk laporan: teks untuk dibaca, json untuk program.")
def validate(berkas: tuple[Path, ...], fmt: str) -> None:
    """Periksa konsistensi BERKAS: rumus, hitungan, antartabel, nilai dan teks.

    BERKAS boleh buku kerja data, buku kerja akhir hasil fill, atau .xlsx apa
    pun (untuk .xlsx lain hanya aturan rumus yang dipakai). Kode keluar: 0 bila
    tidak ada galat, 1 bila ada galat, 2 bila berkas tidak dapat dibaca.
    """
    from lkip_xl.cli import render

    reports = []
    for path in berkas:
        try:
            reports.append(run_validation(path))
        except LkipError as exc:
            raise _Failure(exc, exit_code=2) from exc
    if fmt == "json":
        payload = [render.validation_json(r) for r in reports]
        click.echo(json.dumps(payload[0] if len(payload) == 1 else payload,
                              ensure_ascii=False, indent=2, default=str))
    else:
        click.echo("\n\n".join(render.validation_text(r) for r in reports))
    if any(r.errors for r in reports):
        sys.exit(1)


@cli.command()
@click.argument("final", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--out", "keluaran", type=click.Path(dir_okay=False, path_type=Path),
              help="Berkas PDF (bawaan: di samping FINAL, berakhiran .pdf).")
@click.option("--force", is_flag=True, help="Timpa PDF yang sudah ada.")
@click.option("--final", "final_only", is_flag=True,
              help="Laporan untuk ditandatangani: ditolak selama lembar Validasi masih memuat "
                   "galat.")
def export(final: Path, keluaran: Path | None, force: bool, final_only: bool) -> None:
    """Tulis LKIP sebagai PDF dari buku kerja akhir FINAL.

    Sampul, kata pengantar, daftar isi, ikhtisar eksekutif, BAB I-IV dengan
    setiap tabel dan narasinya (teks staf di bagiannya, termasuk perubahan
    staf di lembar Narasi), nomor halaman dan penanda (bookmark). Selama
    masih ada galat, PDF bertanda DRAF dengan lampiran catatan pemeriksaan.
    """
    from lkip_xl.xlsx.files import made_from

    path = export_pdf(final, keluaran, force=force, final_only=final_only)
    source = made_from(path)
    named = f" (dari {source[0]}, SHA-256 {source[1][:12]})" if source else ""
    click.echo(f"PDF ditulis: {path}{named}")


@cli.command()
@click.option("--out", "keluaran", type=click.Path(dir_okay=False, path_type=Path),
              default=DEFAULT_TEMPLATE_OUT, show_default=True, help="Berkas templat yang ditulis.")
@click.option("--force", is_flag=True, help="Timpa templat yang sudah ada.")
def template(keluaran: Path, force: bool) -> None:
    """Tulis templat LKIP dari deskripsi tabel lkip-xl.

    Satu lembar per tabel laporan (Tabel 1.1 sampai 3.4, Realisasi Anggaran)
    dengan judul, judul kolom, format angka, pengaturan cetak dan pola rumus,
    serta lembar Pengaturan.
    """
    path = build_template(keluaran, force=force)
    click.echo(f"Templat ditulis: {path}")


@cli.command()
@click.argument("aturan_id", metavar="[ID]", required=False)
@click.option("--format", "fmt", type=click.Choice(["teks", "json"]), default="teks",
              show_default=True, help="Bentuk daftar: teks untuk dibaca, json untuk program.")
def aturan(aturan_id: str | None, fmt: str) -> None:
    """Daftar aturan pemeriksaan lkip-xl, atau penjelasan satu aturan ID.

    Setiap temuan menyebut aturan yang menemukannya (misalnya value.unreadable).
    Tanpa ID: semua aturan dengan tingkat dan judulnya. Dengan ID: penjelasan
    aturan itu, dengan contoh yang salah dan yang benar (juga di docs/aturan.md).
    """
    from lkip_xl.output import rules_doc
    from lkip_xl.rules.registry import rules

    registered = rules()
    if aturan_id is None:
        click.echo(json.dumps(rules_doc.listing(), ensure_ascii=False, indent=2)
                   if fmt == "json" else rules_doc.table())
        return
    found = registered.get(aturan_id.strip())
    if found is None:
        raise click.BadParameter(f"aturan {aturan_id!r} tidak ada; 'lkip-xl aturan' menampilkan "
                                 "semua aturan", param_hint="ID")
    click.echo(json.dumps(rules_doc.explained(found), ensure_ascii=False, indent=2)
               if fmt == "json" else rules_doc.text(found))


class ProgressLine:
    """Renders fill's progress callback on stderr: a bar on a terminal, lines otherwise."""

    WIDTH = 24

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = ""

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.tty:
            filled = self.WIDTH * done // max(total, 1)
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            click.echo(f"\r[{bar}] {done}/{total} {stage}".ljust(79)[:79], err=True, nl=False)
        elif stage != self.last:
            click.echo(stage, err=True)
        self.last = stage

    def close(self) -> None:
        if self.tty:
            click.echo("", err=True)


def main() -> None:
    """Entry point of the ``lkip-xl`` console script and ``python -m lkip_xl``."""
    cli(prog_name="lkip-xl")
