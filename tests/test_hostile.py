"""Damaged, strange and hostile files: no code runs, no crash, nothing silently lost.

Each test builds its bad input itself, from a small generated LKIP, and checks the message
staff get (Bahasa Indonesia, naming the file, sheet and cell) and that nothing was written
that should not have been.  See docs/keamanan.md for what lkip-xl promises.
"""

from __future__ import annotations

import errno
import io
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from synthetic import write_lkip

from lkip_xl.book.inputbook import read_input
from lkip_xl.cli.commands import cli
from lkip_xl.jobs.fill import fill, output_name
from lkip_xl.jobs.validate import validate
from lkip_xl.model import numbers
from lkip_xl.model.errors import InputError, OutputError, TemplateError
from lkip_xl.output.pdf import build, export
from lkip_xl.rules import check_data
from lkip_xl.xlsx import files
from lkip_xl.xlsx.sheetxml import sheet_parts

LKIP_XL = [sys.executable, "-m", "lkip_xl"]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), prog_name="lkip-xl")
    return result.exit_code, result.stdout, result.stderr


def small(tmp_path: Path, name: str = "data.xlsx") -> Path:
    return write_lkip(tmp_path / name, programs=2, kegiatan=2)


def edit(path: Path, change: Callable[..., None]) -> Path:
    wb = load_workbook(path)
    change(wb)
    wb.save(path)
    return path


def set_identity(path: Path, label: str, value: object) -> Path:
    def change(wb: object) -> None:
        ws = wb["Identitas"]  # type: ignore[index]
        for row in ws.iter_rows(min_row=2):
            if row[0].value == label:
                row[1].value = value
                return
        raise AssertionError(label)

    return edit(path, change)


def first_kegiatan_row(path: Path, sheet: str = "Realisasi Anggaran") -> int:
    ws = load_workbook(path)[sheet]
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "Kegiatan")


def rewrite(path: Path, change: Callable[[str, bytes], bytes], out: Path | None = None) -> Path:
    """A copy of the package *path* with each part passed through ``change(name, data)``."""
    out = out or path
    with zipfile.ZipFile(path) as source:
        parts = [(i.filename, source.read(i)) for i in source.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts:
            target.writestr(name, change(name, data))
    out.write_bytes(buffer.getvalue())
    return out


def part_of(path: Path, sheet: str) -> str:
    with zipfile.ZipFile(path) as package:
        return sheet_parts(package)[sheet]


def outputs(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# --------------------------------------------------------------------------
# Security: templates are data, identity fields are text


def _templates(tmp_path: Path, ikhtisar: str) -> Path:
    from lkip_xl.model import paths

    folder = tmp_path / "narasi"
    shutil.copytree(paths.narasi_templates(), folder)
    (folder / "ikhtisar.j2").write_text(ikhtisar, encoding="utf-8")
    return folder


@pytest.mark.parametrize("expression", [
    'cycler.__init__.__globals__.os.popen("touch {marker}").read()',
    '"".__class__.__mro__[1].__subclasses__()',
    'lipsum.__globals__["os"].system("touch {marker}")',
])
def test_a_narrative_template_cannot_run_code(tmp_path: Path, expression: str) -> None:
    marker = tmp_path / "dijalankan"
    folder = _templates(tmp_path, "Ikhtisar.\n\n{{ " + expression.format(marker=marker) + " }}\n")
    with pytest.raises(TemplateError) as err:
        fill([small(tmp_path)], out_dir=tmp_path / "hasil", narasi=folder)
    message = str(err.value)
    assert message.startswith("berkas ikhtisar.j2, baris 3: templat narasi memakai sesuatu yang "
                              "tidak diizinkan (akses ke atribut '__")
    assert "tidak diizinkan" in message and "docs/narasi.md" in message
    assert not marker.exists()
    assert outputs(tmp_path / "hasil") == []


def test_a_narrative_template_cannot_exhaust_the_memory(tmp_path: Path) -> None:
    folder = _templates(tmp_path, 'Ikhtisar {{ "x" * 10000000000 }}')
    code, _, err = run("fill", str(small(tmp_path)), "--out", str(tmp_path / "hasil"),
                       "--templat-narasi", str(folder), "-q")
    assert code == 1
    assert err == ("Error: berkas ikhtisar.j2, baris 1: templat narasi memakai sesuatu yang "
                   "tidak diizinkan (hasil perkalian teks terlalu panjang (10000000000 x 1)); "
                   "templat hanya boleh memakai variabel dan filter yang tercantum di "
                   "docs/narasi.md\n")


MARKUP = {
    "NIP": '<a href="http://contoh.invalid/">19700101</a>',
    "Tanggal Penandatanganan": '<img src="{logo}"/>',
    "Kota Penandatanganan": "Tanjung<pinang",
    "Pangkat/Golongan": '<img src="http://contoh.invalid/x.png"/>',
    "Jabatan Penandatangan": '<font name="Courier" size="40">Kepala</font>',
    "Instansi": "Dinas <b>Uji</b> & Coba",
}


def test_identity_fields_reach_the_pdf_as_text_never_as_markup(tmp_path: Path) -> None:
    from pypdf import PdfReader

    data = small(tmp_path)
    logo = tmp_path / "lokal.png"
    logo.write_bytes(_png())
    for label, value in MARKUP.items():
        set_identity(data, label, value.format(logo=logo))
    result = fill([data], out_dir=tmp_path / "hasil", pdf=True)
    assert result.pdf is not None
    reader = PdfReader(result.pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    flat = re.sub(r"\s+", "", text)
    for value in MARKUP.values():
        assert re.sub(r"\s+", "", value.format(logo=logo)) in flat
    fonts, images, links = set(), 0, 0
    for page in reader.pages:
        resources = page["/Resources"]
        for font in resources.get("/Font", {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
        for obj in resources.get("/XObject", {}).values():
            images += obj.get_object().get("/Subtype") == "/Image"
        for annot in page.get("/Annots", []) or []:
            action = annot.get_object().get("/A", {})
            links += "/URI" in action
    assert links == 0 and images == 0
    assert fonts <= {"LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic",
                     "LiberationSans-BoldItalic"}  # the report's own fonts, no other


def _png() -> bytes:
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------
# Nothing lost, nothing overwritten without --force


def test_a_second_run_on_the_same_outputs_stops_while_the_first_writes(tmp_path: Path) -> None:
    data = small(tmp_path)
    out = tmp_path / "hasil"
    final = out / output_name({"instansi": "Dinas Uji Coba", "tahun": 2021})
    with files.Outputs([final], force=True), pytest.raises(OutputError) as err:
        fill([data], out_dir=out, force=True)  # another run holds the outputs
    assert str(err.value) == (f"berkas {final.name}: berkas keluaran ini sedang ditulis oleh "
                              "proses lkip-xl lain; tunggu sampai proses itu selesai, lalu ulangi")
    assert outputs(out) == []
    fill([data], out_dir=out)  # released: the lock is gone with its holder
    assert outputs(out) == ["dinas-uji-coba-2021-final.xlsx", "dinas-uji-coba-2021-validasi.json"]


def test_two_processes_writing_the_same_outputs_one_wins(tmp_path: Path) -> None:
    data = small(tmp_path)
    out = tmp_path / "hasil"
    args = [*LKIP_XL, "fill", str(data), "--out", str(out), "--no-pdf", "-q"]
    runs = [subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    results = sorted((p.communicate(timeout=120)[1], p.returncode)[::-1] for p in runs)
    assert [code for code, _ in results] == [0, 1]
    assert results[1][1].startswith("Error: berkas dinas-uji-coba-2021-final.xlsx: berkas "
                                    "keluaran ")  # "sudah ada" or "sedang ditulis"
    assert outputs(out) == ["dinas-uji-coba-2021-final.xlsx", "dinas-uji-coba-2021-validasi.json"]


@pytest.mark.parametrize("existing", ["dinas-uji-coba-2021-validasi.json",
                                      "dinas-uji-coba-2021-final.pdf"])
def test_every_output_is_protected_without_force(tmp_path: Path, existing: str) -> None:
    out = tmp_path / "hasil"
    out.mkdir()
    (out / existing).write_text("milik staf")
    with pytest.raises(OutputError) as err:
        fill([small(tmp_path)], out_dir=out, pdf=True)
    assert str(err.value) == (f"berkas {existing}: berkas keluaran sudah ada; pakai --force "
                              "untuk menimpanya")
    assert outputs(out) == [existing] and (out / existing).read_text() == "milik staf"


def test_an_input_is_never_an_output_even_with_force(tmp_path: Path) -> None:
    out = tmp_path / "hasil"
    out.mkdir()
    data = small(out, "dinas-uji-coba-2021-final.xlsx")
    before = data.read_bytes()
    code, _, err = run("fill", str(data), "--out", str(out), "--force", "--no-pdf")
    assert code == 1
    assert err.endswith("Error: berkas dinas-uji-coba-2021-final.xlsx: berkas keluaran ini juga "
                        "berkas masukan; lkip-xl tidak pernah menimpa masukannya. Pakai folder "
                        "keluaran lain (--out) atau ganti nama berkas masukan itu\n")
    assert data.read_bytes() == before and outputs(out) == [data.name]
    code, _, err = run("export", str(data), "--out", str(data), "--force")
    assert code == 1 and "juga berkas masukan" in err and data.read_bytes() == before


def test_a_failed_run_publishes_none_of_its_outputs(tmp_path: Path) -> None:
    """The outputs are written beside their targets, then renamed together."""
    out = tmp_path / "hasil"
    names = [out / "a.xlsx", out / "a.json", out / "a.pdf"]
    with files.Outputs(names) as first:
        for path in names:
            first.put(path, b"lama")
    with pytest.raises(RuntimeError), files.Outputs(names, force=True) as run_:
        run_.put(names[0], b"baru")
        run_.put(names[1], b"baru")
        raise RuntimeError("berhenti sebelum PDF")
    assert [p.read_bytes() for p in names] == [b"lama"] * 3
    assert outputs(out) == ["a.json", "a.pdf", "a.xlsx"]  # no temporary file, no lock left


def test_a_pdf_left_from_another_run_is_detected(tmp_path: Path) -> None:
    data = small(tmp_path)
    out = tmp_path / "hasil"
    first = fill([data], out_dir=out, pdf=True)
    set_identity(data, "Nama Penandatangan", "Pejabat Baru")
    second = fill([data], out_dir=out, force=True)  # without a PDF: the old one stays
    assert first.pdf is not None and first.pdf.exists()
    report = validate(second.output)
    stale = [f for f in report.findings if f.rule == "output.stale_pdf"]
    assert len(stale) == 1 and stale[0].severity == "warning"
    assert stale[0].message.startswith(f"PDF {first.pdf.name} di samping buku kerja ini dibuat "
                                       "dari versi lain buku kerja")
    export(second.output, force=True)
    assert not [f for f in validate(second.output).findings if f.rule == "output.stale_pdf"]


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.ENAMETOOLONG, errno.EROFS])
def test_an_os_error_on_output_names_the_file_and_its_cause(tmp_path: Path, code: int) -> None:
    target = tmp_path / "hasil" / "a.xlsx"

    def disk(tmp: Path) -> None:
        tmp.write_bytes(b"sebagian")
        raise OSError(code, os.strerror(code))

    with pytest.raises(OutputError) as err:
        files.write_atomically(target, disk)
    assert str(err.value).startswith("berkas a.xlsx: ")
    assert str(err.value) == f"berkas a.xlsx: {files.describe(OSError(code, ''))}"
    assert outputs(target.parent) == []


def _limit_file_size() -> None:  # in the child: a file larger than 40 kB cannot be written
    import resource

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))


def test_a_real_write_failure_leaves_no_half_of_the_outputs(tmp_path: Path) -> None:
    data = small(tmp_path)
    out = tmp_path / "hasil"
    done = subprocess.run([*LKIP_XL, "fill", str(data), "--out", str(out), "-q"],
                          capture_output=True, text=True, preexec_fn=_limit_file_size,
                          check=False)
    assert done.returncode == 1
    assert re.fullmatch(r"Error: berkas dinas-uji-coba-2021-final\.(xlsx|pdf): berkas melebihi "
                        r"batas ukuran berkas sistem; pakai folder lain \(--out\)\n", done.stderr)
    assert outputs(out) == []


def test_an_output_path_over_the_system_limit(tmp_path: Path) -> None:
    code, _, err = run("fill", str(small(tmp_path)), "--out", str(tmp_path / ("d" * 300)), "-q")
    assert code == 1
    assert err.startswith("Error: berkas dinas-uji-coba-2021-final.")
    assert err.endswith(": nama berkas atau jalur foldernya terlalu panjang untuk sistem berkas; "
                        "pakai folder keluaran dengan jalur yang lebih pendek (--out)\n")


def test_a_long_instansi_gives_a_short_file_name(tmp_path: Path) -> None:
    data = set_identity(small(tmp_path), "Instansi", "Dinas " + "Sangat Panjang " * 20)
    result = fill([data], out_dir=tmp_path / "hasil")
    assert result.output.name == ("dinas-sangat-panjang-sangat-panjang-sangat-panjang-sangat-"
                                  "panjang-sangat-panjang-2021-final.xlsx")  # 80 characters


def test_formulas_without_a_stored_value_are_reported_not_dropped(tmp_path: Path) -> None:
    data = small(tmp_path)
    r = first_kegiatan_row(data)

    def change(wb: object) -> None:
        ws = wb["Realisasi Anggaran"]  # type: ignore[index]
        ws[f"E{r}"] = "=1/0"
        ws[f"E{r + 1}"] = f"=SUM(E{r}:E{r})"
        ws[f"D{r}"] = '=HYPERLINK("http://contoh.invalid/","Kegiatan Bertautan")'

    edit(data, change)  # openpyxl stores formulas without values, as a script would
    inputs = read_input(data)
    found = {(f.cell, f.severity): f.message for f in check_data(inputs)
             if f.rule == "value.uncached_formula"}
    advice = "buka dan simpan berkas di Excel agar nilainya tersimpan, atau ketik nilainya"
    assert found == {
        (f"E{r}", "error"): f"rumus tanpa nilai tersimpan (=1/0): nilainya tidak diketahui; "
                            f"{advice}",
        (f"E{r + 1}", "error"): f"rumus tanpa nilai tersimpan (=SUM(E{r}:E{r})): nilainya tidak "
                                f"diketahui; {advice}",
        (f"D{r}", "warning"): "rumus tanpa nilai tersimpan (=HYPERLINK(\"http://contoh.invalid/\","
                              "\"Kegiatan Bertautan\")); dipakai teks 'Kegiatan Bertautan'; "
                              f"{advice}",
    }
    row = next(x for x in inputs.tables["Realisasi Anggaran"] if x.row == r)
    assert row.values["uraian"].text == "Kegiatan Bertautan"
    assert row.values["anggaran"].text == "=1/0" and row.values["anggaran"].problem


def test_a_cell_over_excels_limit_is_cut_with_a_finding(tmp_path: Path) -> None:
    data = small(tmp_path)
    long = "Arah kebijakan " * 2700  # 40,500 characters: more than openpyxl or Excel write
    part = part_of(data, "Tabel 2.3")

    def change(name: str, xml: bytes) -> bytes:
        if name != part:
            return xml
        return re.sub(rb'(<c r="F2"[^>]*?)(?: t="\w+")?>.*?</c>',
                      lambda m: m.group(1) + b' t="inlineStr"><is><t>' + long.encode()
                      + b"</t></is></c>", xml, count=1, flags=re.DOTALL)

    rewrite(data, change)
    result = fill([data], out_dir=tmp_path / "hasil")
    cut = [f for f in result.findings if f.rule == "value.text_too_long"]
    assert [(f.sheet, f.cell, f.severity, f.actual) for f in cut] == [
        ("Tabel 2.3", "F2", "warning", len(long.strip()))]
    ws = load_workbook(result.output)["Tabel 2.3"]
    assert max(len(str(c.value or "")) for row in ws.iter_rows() for c in row) == 32_767


# --------------------------------------------------------------------------
# No crash, no hang


def test_a_value_in_the_last_cell_of_a_sheet_is_refused_not_allocated(tmp_path: Path) -> None:
    data = edit(small(tmp_path), lambda wb: wb["Tabel 2.5"].cell(1_048_576, 16_384, 1))

    def memory_cap() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, 3 * 2**30))

    for command in ("fill", "validate"):
        done = subprocess.run([*LKIP_XL, command, str(data), "--out", str(tmp_path / "h")]
                              if command == "fill" else [*LKIP_XL, command, str(data)],
                              capture_output=True, text=True, preexec_fn=memory_cap,
                              check=False, timeout=120)
        assert done.returncode in (1, 2), done.stderr
        assert done.stderr.endswith(
            "Error: berkas data.xlsx, lembar 'Tabel 2.5': isi lembar terbentang sampai sel "
            "XFD1048576, jauh di luar tabel LKIP mana pun; hapus isi sel-sel jauh itu (Ctrl+End "
            "di Excel menunjukkan sel terakhir yang terpakai), simpan, lalu ulangi\n")


def test_a_zip_bomb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    data = small(tmp_path)
    part = part_of(data, "Tabel 2.1")
    padding = b" " * (20 * 2**20)  # 20 MB that compress a thousand times

    rewrite(data, lambda name, xml: xml.replace(b"</worksheet>", padding + b"</worksheet>")
            if name == part else xml)
    with pytest.raises(InputError) as err:
        read_input(data)
    refused = (rf"berkas data\.xlsx: bagian {part} dipadatkan [\d.]+ kali \(batas 100 kali "
               r"untuk bagian di atas 16 MB\); berkas seperti ini dibuat untuk menghabiskan "
               r"memori, ditolak sebelum dibaca")
    assert re.fullmatch(refused, str(err.value))
    with pytest.raises(TemplateError) as template:  # a template is checked the same way
        fill([small(tmp_path, "d.xlsx")], template=data, out_dir=tmp_path / "hasil")
    assert re.fullmatch(refused, str(template.value))


def test_a_part_declaring_a_huge_size_is_refused(tmp_path: Path) -> None:
    data = small(tmp_path)
    raw = bytearray(data.read_bytes())
    at = raw.rfind(b"PK\x01\x02")  # the last central directory entry: its uncompressed size
    raw[at + 24:at + 28] = struct.pack("<I", 1_100_000_000)
    data.write_bytes(bytes(raw))
    code, _, err = run("validate", str(data))
    assert code == 2
    assert re.fullmatch(r"Error: berkas data\.xlsx: bagian \S+ berukuran 1\.049 MB setelah "
                        r"dibuka \(batas 256 MB\); bukan buku kerja yang wajar, berkas ditolak "
                        r"sebelum dibaca\n", err)


def test_an_entity_attack_is_refused(tmp_path: Path) -> None:
    final = fill([small(tmp_path)], out_dir=tmp_path / "hasil").output
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>')
    evil = rewrite(final, lambda name, xml: bomb + re.sub(rb"^<\?xml[^>]*>", b"", xml)
                   if name == "xl/workbook.xml" else xml, tmp_path / "lama.xlsx")
    for args in (["fill", str(small(tmp_path, "d2.xlsx")), "--sebelumnya", str(evil),
                  "--out", str(tmp_path / "baru")], ["export", str(evil)]):
        code, _, err = run(*args)
        assert code == 1, err
        assert err.endswith("Error: berkas lama.xlsx: bagian xl/workbook.xml memuat deklarasi "
                            "DOCTYPE/ENTITY, yang tidak pernah ditulis Excel (serangan entitas "
                            "XML); berkas ditolak\n")
    assert outputs(tmp_path / "baru") == []


@pytest.mark.parametrize("code_cell, message", [
    ("i1048576", "kode jenis baris memuat lebih dari"),
    ("g1 zz", "kode jenis baris tidak terbaca"),
])
def test_a_tampered_row_map_is_a_damaged_final_workbook(tmp_path: Path, code_cell: str,
                                                        message: str) -> None:
    final = fill([small(tmp_path)], out_dir=tmp_path / "hasil").output
    part = part_of(final, "_lkip")
    rewrite(final, lambda name, xml: re.sub(rb"<is><t>[git]\d[^<]*</t></is>",
                                            f"<is><t>{code_cell}</t></is>".encode(), xml, count=1)
            if name == part else xml)
    for args in (["export", str(final)], ["validate", str(final)]):
        code, _, err = run(*args)
        assert code in (1, 2)
        assert err.startswith(f"Error: berkas {final.name}, lembar '_lkip', baris 2: buku kerja "
                              "akhir rusak atau diubah: peta baris tabel 'Tabel 1.1' di lembar "
                              f"tersembunyi _lkip tidak sah ({message}")
        assert err.endswith("jalankan lkip-xl fill lagi untuk membuat buku kerja akhir yang "
                            "baru\n")


def test_a_row_map_with_text_for_a_row_number(tmp_path: Path) -> None:
    final = fill([small(tmp_path)], out_dir=tmp_path / "hasil").output
    wb = load_workbook(final)
    wb["_lkip"]["B2"] = "dua"
    wb.save(final)
    with pytest.raises(InputError) as err:
        build(final)
    assert "buku kerja akhir rusak atau diubah" in str(err.value)
    assert "baris pertama 'dua' bukan nomor baris" in str(err.value)


@pytest.mark.parametrize("command", ["export", "sebelumnya"])
def test_a_file_that_is_no_workbook(tmp_path: Path, command: str) -> None:
    bad = tmp_path / "laporan.xlsx"
    bad.write_text("ini bukan buku kerja")
    args = ["export", str(bad)] if command == "export" else \
        ["fill", str(small(tmp_path)), "--sebelumnya", str(bad), "--out", str(tmp_path / "h")]
    code, _, err = run(*args)
    assert code == 1
    assert err.endswith("Error: berkas laporan.xlsx: bukan berkas Excel .xlsx yang dapat dibaca "
                        "(bukan arsip zip); buka di Excel lalu simpan sebagai Buku Kerja Excel "
                        "(.xlsx)\n")


def test_an_old_xls_or_a_password_protected_file(tmp_path: Path) -> None:
    bad = tmp_path / "lama.xlsx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    code, _, err = run("validate", str(bad))
    assert (code, err) == (2, "Error: berkas lama.xlsx: bukan berkas .xlsx: berkas Excel lama "
                              "(.xls) atau berkas yang dilindungi kata sandi; buka di Excel lalu "
                              "simpan sebagai Buku Kerja Excel (.xlsx) tanpa kata sandi\n")


def test_amounts_beyond_any_budget_are_findings_not_crashes(tmp_path: Path) -> None:
    data = small(tmp_path)
    r = first_kegiatan_row(data)

    def change(wb: object) -> None:
        ws = wb["Realisasi Anggaran"]  # type: ignore[index]
        ws[f"E{r}"], ws[f"E{r + 1}"] = 1e308, 1e308

    result = fill([edit(data, change)], out_dir=tmp_path / "hasil", pdf=True)
    found = [(f.cell, f.message) for f in result.findings if f.rule == "value.unreadable"
             and f.sheet == "Realisasi Anggaran"]
    assert found == [(f"E{n}", "nilai '1e+308': angka di luar batas yang masuk akal (1.000 "
                               "triliun atau lebih); periksa apakah ada digit berlebih")
                     for n in (r, r + 1)]
    assert numbers.format_rupiah(1e308).startswith("Rp 100.000.000.000")


def test_an_unexpected_error_is_one_line_not_a_traceback(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import lkip_xl.cli.commands

    def bug(*args: object, **kwargs: object) -> None:
        raise KeyError("kunci")

    monkeypatch.setattr(lkip_xl.cli.commands, "run_validation", bug)  # a bug, wherever it is
    code, out, err = run("validate", str(small(tmp_path)))
    assert (code, out) == (1, "")
    assert err == ("Error: kesalahan internal lkip-xl (KeyError: 'kunci'). Ini bukan kesalahan "
                   "data Anda: laporkan ke pengembang lkip-xl beserta perintah yang dijalankan "
                   "dan berkasnya (rinciannya: jalankan ulang dengan LKIP_XL_DEBUG=1)\n")


# --------------------------------------------------------------------------
# Values that cannot be right


def test_negative_budgets_and_counts_are_errors(tmp_path: Path) -> None:
    data = small(tmp_path)
    r = first_kegiatan_row(data)

    def change(wb: object) -> None:
        wb["Realisasi Anggaran"][f"F{r}"] = -5_000_000  # type: ignore[index]
        wb["Tabel 2.5"][f"E{first_kegiatan_row(data, 'Tabel 2.5')}"] = -1  # type: ignore[index]

    report = validate(edit(data, change))
    found = sorted((f.sheet, f.cell, f.message) for f in report.findings
                   if f.rule == "value.negative")
    assert found == [
        ("Realisasi Anggaran", f"F{r}", "nilai negatif -Rp 5.000.000: anggaran atau realisasi "
                                        "tidak mungkin kurang dari nol; periksa tanda minus"),
        ("Tabel 2.5", f"E{first_kegiatan_row(data, 'Tabel 2.5')}",
         "nilai negatif -Rp 1: anggaran atau realisasi tidak mungkin kurang dari nol; periksa "
         "tanda minus")]


@pytest.mark.parametrize("year", [0, 99999, -2020, 1999, 2101])
def test_implausible_years_are_refused(tmp_path: Path, year: int) -> None:
    data = set_identity(small(tmp_path), "Tahun Laporan", year)
    code, _, err = run("fill", str(data), "--out", str(tmp_path / "hasil"), "-q")
    assert (code, err) == (1, f"Error: berkas data.xlsx, lembar 'Identitas', sel B5: 'Tahun "
                              f"Laporan' harus tahun antara 2000 dan 2100, tertulis {year}\n")
    code, _, err = run("init", str(tmp_path / "baru.xlsx"), "--tahun", str(year), "--instansi",
                       "Dinas")
    assert (code, err) == (1, f"Error: --tahun harus tahun antara 2000 dan 2100, tertulis "
                              f"{year}\n")
    assert not (tmp_path / "baru.xlsx").exists()


def test_previous_must_be_a_final_workbook(tmp_path: Path) -> None:
    data = small(tmp_path)
    code, _, err = run("fill", str(data), "--sebelumnya", str(data), "--out",
                       str(tmp_path / "hasil"))
    assert (code, err) == (1, "Membaca data\nError: berkas data.xlsx: berkas ini buku kerja data, "
                              "bukan buku kerja akhir hasil lkip-xl fill; --sebelumnya harus buku "
                              "kerja akhir (…-final.xlsx) yang Narasi-nya diubah staf\n")
    assert outputs(tmp_path / "hasil") == []


def test_a_merged_cell_over_a_required_number(tmp_path: Path) -> None:
    data = small(tmp_path)
    r = first_kegiatan_row(data)
    edit(data, lambda wb: wb["Realisasi Anggaran"].merge_cells(f"E{r}:E{r + 1}"))
    found = [f for f in check_data(read_input(data)) if f.rule == "value.merged_cell"]
    assert [(f.sheet, f.cell, f.severity, f.message) for f in found] == [(
        "Realisasi Anggaran", f"E{r}", "error",
        f"sel gabungan E{r}:E{r + 1} menutupi baris {r}-{r + 1}: nilainya hanya tersimpan di sel "
        "pertamanya, baris lain terbaca kosong; batalkan penggabungan sel (Merge & Center) lalu "
        "isi nilai di setiap baris")]
