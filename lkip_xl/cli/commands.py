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
# and every other command, does not pay for it), openpyxl first without what it needs not
# here (lkip_xl.xlsx.lean).

def _library() -> None:
    from lkip_xl.xlsx.lean import import_openpyxl

    import_openpyxl()


def fill_report(data: tuple[Path, ...], **options: Any) -> FillResult:
    _library()
    from lkip_xl.jobs.fill import fill

    return fill(data, **options)


def run_validation(path: Path) -> Report:
    _library()
    from lkip_xl.jobs.validate import validate

    return validate(path)


def export_pdf(final: Path, out: Path | None, **options: Any) -> Path:
    _library()
    from lkip_xl.output.pdf import export

    return export(final, out, **options)


def build_template(out: Path, **options: Any) -> Path:
    _library()
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


def _positive(ctx: click.Context, param: click.Parameter, value: int | None) -> int | None:
    if value is not None and value < 1:
        raise click.BadParameter("harus 1 atau lebih", ctx=ctx, param=param)
    return value


def _batch_options(command: Any) -> Any:
    """The options of many LKIPs at once (fill and validate of a folder, a pattern or
    several files with --batch: :mod:`lkip_xl.jobs.batch`)."""
    options = [
        click.option("--batch", is_flag=True,
                     help="Setiap berkas yang diberikan adalah satu LKIP (untuk folder dan "
                          "pola seperti \"data/*.xlsx\" tidak perlu)."),
        click.option("--jobs", "-j", type=int, default=None, metavar="N", callback=_positive,
                     help="Banyak LKIP yang dikerjakan bersamaan (bawaan: jumlah inti "
                          "prosesor)."),
        click.option("--dask", metavar="ALAMAT",
                     help="Kerjakan di klaster Dask distributed di ALAMAT (misalnya "
                          "tcp://10.0.0.5:8786); perlu lkip-xl[dask]."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@cli.command()
@click.argument("data", nargs=-1, type=click.Path(path_type=Path))
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
@_batch_options
def fill(data: tuple[Path, ...], templat: Path | None, folder: Path, force: bool,
         sebelumnya: Path | None, narasi: Path | None, no_pdf: bool, final_only: bool,
         quiet: bool, fmt: str, **many: Any) -> None:
    """Isi templat dari buku kerja DATA, hitung ulang, validasi, tulis hasil akhir.

    Tanpa DATA, dipakai contoh bawaan (LKIP Sekretariat Daerah Kota
    Tanjungpinang 2020). Hasil: FOLDER/<instansi>-<tahun>-final.xlsx dan
    FOLDER/<instansi>-<tahun>-validasi.json. Setiap nilai turunan (jumlah,
    persen, capaian) ditulis sebagai rumus Excel dan nilainya dihitung ulang;
    temuan validasi ditulis di lembar Validasi dan ditandai di selnya; narasi
    laporan dibuat dari nilai tabel di lembar Narasi.

    Banyak LKIP sekaligus (misalnya semua perangkat daerah satu Pemda): DATA
    berupa folder (setiap buku kerja di dalamnya satu LKIP), pola seperti
    "data/*.xlsx", atau beberapa berkas dengan --batch. LKIP dikerjakan
    bersamaan, lalu dicetak tabel per LKIP; satu berkas yang rusak tidak
    menghentikan yang lain. Kode keluar 1 bila ada LKIP yang gagal atau
    bergalat. Tanpa --batch, beberapa berkas DATA adalah satu LKIP.
    """
    if many["batch"] or _many(data):
        if sebelumnya:
            raise click.UsageError("--sebelumnya hanya untuk satu LKIP, tidak untuk banyak "
                                   "LKIP sekaligus")
        _run_many("fill", data, many, quiet=quiet, fmt=fmt, out_dir=folder, template=templat,
                  force=force, narasi=narasi, pdf=not no_pdf, final_only=final_only)
        return
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
@click.argument("berkas", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["teks", "json"]), default="teks",
              show_default=True, help="Bentuk laporan: teks untuk dibaca, json untuk program.")
@click.option("--quiet", "-q", is_flag=True,
              help="Tanpa tampilan proses (untuk banyak LKIP sekaligus).")
@_batch_options
def validate(berkas: tuple[Path, ...], fmt: str, quiet: bool, **many: Any) -> None:
    """Periksa konsistensi BERKAS: rumus, hitungan, antartabel, nilai dan teks.

    BERKAS boleh buku kerja data, buku kerja akhir hasil fill, atau .xlsx apa
    pun (untuk .xlsx lain hanya aturan rumus yang dipakai). Kode keluar: 0 bila
    tidak ada galat, 1 bila ada galat, 2 bila berkas tidak dapat dibaca.

    Banyak LKIP sekaligus: BERKAS berupa folder, pola seperti "data/*.xlsx",
    atau beberapa berkas dengan --batch; diperiksa bersamaan, lalu dicetak
    tabel per LKIP (dengan --format json juga temuannya). Kode keluar 1 bila
    ada LKIP yang gagal dibaca atau bergalat.
    """
    if many["batch"] or _many(berkas):
        _run_many("validate", berkas, many, quiet=quiet, fmt=fmt)
        return
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


def _many(paths: tuple[Path, ...]) -> bool:
    """Whether *paths* name many LKIPs: a folder, or a pattern such as ``data/*.xlsx``
    (which a Windows shell passes as it is)."""
    return any(p.is_dir() or (not p.exists() and any(c in str(p) for c in "*?["))
               for p in paths)


def _run_many(action: str, sources: tuple[Path, ...], many: dict[str, Any], *, quiet: bool,
              fmt: str, **options: Any) -> None:
    """Fill or validate many LKIPs (:func:`lkip_xl.jobs.batch.run_batch`): a progress bar,
    then a line per LKIP; exit code 1 when one failed or has errors."""
    import contextlib

    from lkip_xl.cli import render
    from lkip_xl.jobs.batch import collect, run_batch

    if not sources:
        raise click.UsageError("--batch memerlukan berkas, folder atau pola")
    paths = collect(sources)
    client = _dask_client(many["dask"]) if many.get("dask") else None
    shown = not quiet and fmt != "json"
    label = f"{'Mengisi' if action == 'fill' else 'Memeriksa'} {len(paths)} LKIP"
    try:
        with (click.progressbar(length=len(paths), label=label, file=sys.stderr,
                                show_pos=True, item_show_func=lambda name: name)
              if shown else contextlib.nullcontext()) as bar:

            def progress(name: str, done: int, total: int) -> None:
                if bar is not None:
                    bar.update(1, name)

            items = run_batch(
                paths, action, executor=client.get_executor() if client else None,
                progress=progress if shown else None,
                jobs=many.get("jobs"), with_findings=action == "validate" and fmt == "json",
                **options)
    finally:
        if client is not None:
            client.close()
    if fmt == "json":
        click.echo(json.dumps(render.batch_json(items, action), ensure_ascii=False, indent=2,
                              default=str))
    elif quiet and action == "fill":
        for item in items:
            if item.outputs:
                click.echo(item.outputs[0])
            else:
                click.echo(f"GAGAL {Path(item.file).name}: {item.error}", err=True)
    else:
        click.echo(render.batch_text(items, action))
    if any(item.failed or item.errors for item in items):
        sys.exit(1)


def _dask_client(address: str) -> Any:
    """A client of the Dask distributed cluster at *address* (the extra lkip-xl[dask])."""
    try:
        from distributed import Client
    except ImportError:
        raise click.ClickException(
            "--dask memerlukan Dask distributed, yang belum terpasang; pasang dengan: "
            'pip install "lkip-xl[dask]"') from None
    try:
        return Client(address, timeout=10)
    except (OSError, TimeoutError, ValueError) as exc:
        raise click.ClickException(
            f"tidak dapat terhubung ke klaster Dask di {address}: {exc}") from exc


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


@cli.command()
@click.argument("folder", nargs=-1, required=True, metavar="FOLDER...",
                type=click.Path(exists=True, path_type=Path))
@click.option("--out", "keluaran", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("rekap.xlsx"), show_default=True, help="Buku kerja rekap yang ditulis.")
@click.option("--pdf", "pdf", is_flag=True,
              help="Tulis juga rekap sebagai dokumen PDF di samping buku kerja (.pdf).")
@click.option("--force", is_flag=True, help="Timpa rekap yang sudah ada.")
@click.option("--tahun", type=int,
              help="Tahun yang direkap (bawaan: tahun yang dimiliki sebagian besar LKIP).")
@click.option("--daftar", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Berkas teks berisi nama perangkat daerah yang diharapkan, satu per baris: "
                   "yang tidak ada LKIP-nya dilaporkan.")
def rekap(folder: tuple[Path, ...], keluaran: Path, pdf: bool, force: bool, tahun: int | None,
          daftar: Path | None) -> None:
    """Rekap LKIP seluruh perangkat daerah dari buku kerja akhir di FOLDER.

    FOLDER (beserta subfoldernya) dicari buku kerja akhir hasil lkip-xl fill;
    berkas .xlsx lain dilewati. Buku kerja rekap memuat per perangkat daerah:
    IKU dengan target, realisasi, capaian dan predikat; sebaran predikat;
    anggaran, realisasi dan serapan per unit dan per program; temuan
    pemeriksaan per aturan; dan kelengkapan (LKIP yang tidak ada, ganda atau
    tahun lain). Jumlah, persen dan serapan ditulis sebagai rumus Excel, dengan
    grafik di lembar Grafik.
    """
    from lkip_xl.jobs.rekap import rekap as run

    expected = None
    if daftar is not None:
        try:
            lines = daftar.read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise click.BadParameter(f"{daftar} tidak dapat dibaca: {exc}",
                                     param_hint="--daftar") from exc
        expected = [line.strip() for line in lines if line.strip()]
    result = run(folder, keluaran, pdf=pdf, force=force, tahun=tahun, expected=expected)
    rollup = result.rollup
    year = f", tahun {rollup.tahun}" if rollup.tahun else ""
    click.echo(f"Rekap ditulis: {result.output} ({rollup.units} perangkat daerah{year})")
    if result.pdf:
        click.echo(f"PDF ditulis: {result.pdf}")
    units = rollup.frames["unit"]
    problems = units[units["status"] != "ada"]
    if len(problems):
        click.echo(f"Tidak direkap ({len(problems)}; rinciannya di lembar Kelengkapan):")
        for row in problems.itertuples():
            name = row.instansi if isinstance(row.instansi, str) and row.instansi \
                else row.berkas
            click.echo(f"  {row.status}: {name}: {row.keterangan}")


def main() -> None:
    """Entry point of the ``lkip-xl`` console script and ``python -m lkip_xl``."""
    cli(prog_name="lkip-xl")
