"""The narrative of the LKIP, generated from the computed values of the final workbook.

Never from stated ones: the context is read from the final workbook
(:func:`lkip_xl.book.finalbook.read_final`, the values the formulas computed), so a
paragraph can never contradict its tables.  The wording lives in Jinja2
templates that staff can edit without Python (``templates/narasi/*.j2``; the
variables are documented in ``docs/narasi.md``); numbers are formatted the
Indonesian way and amounts are also written in words.
"""

from __future__ import annotations

import contextlib
import functools
import re
import traceback
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from lkip_xl.book.finalbook import ROWS_SHEET, FinalBook, Record
from lkip_xl.book.inputbook import InputData
from lkip_xl.model import capaian, outline, paths, schema
from lkip_xl.model.errors import InputError, Location, TemplateError
from lkip_xl.model.narasi import FIRST_ROW, HEADERS, SHEET, Paragraph, Previous, Shown
from lkip_xl.model.numbers import (
    format_angka,
    format_fraction,
    format_rupiah,
    terbilang,
    terbilang_rupiah,
)
from lkip_xl.xlsx import a1, sheetxml
from lkip_xl.xlsx.reader import Book
from lkip_xl.xlsx.sheetxml import TEXT_LIMIT
from lkip_xl.xlsx.styles import header_row


def _value(value: Any, percent: bool) -> str:
    """An indicator value as the table shows it: 80%, 72,2, BB; '-' when there is none."""
    if value is None or value == "":
        return "-"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    return format_fraction(value) if percent else format_angka(value)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) \
        else None


# The tables the narrative reads, and of Realisasi Anggaran only the programs and the total
# (read_final's arguments).
SOURCES = ("Tabel 1.1", "Tabel 3.1", "Tabel 3.2", "Tabel 3.4", "Analisis Kegiatan",
           "Realisasi Anggaran", "Capaian Sasaran", "Efisiensi Program")
SOURCE_KINDS = {"Realisasi Anggaran": ("group", "total")}


class _Sandbox(ImmutableSandboxedEnvironment):
    """Templates are data, not code: a template reaches no Python internals (attributes
    starting with ``_``, functions' globals), changes no object, and cannot make a text
    large enough to exhaust the memory."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*" and (isinstance(left, (str, list, tuple)) or
                                isinstance(right, (str, list, tuple))):
            count = right if isinstance(left, (str, list, tuple)) else left
            size = len(left if isinstance(left, (str, list, tuple)) else right)
            if isinstance(count, int) and count * size > TEXT_LIMIT:
                raise SecurityError(f"hasil perkalian teks terlalu panjang ({count} x {size})")
        if operator == "**" and isinstance(right, (int, float)) and abs(right) > 100:
            raise SecurityError(f"pangkat terlalu besar ({right})")
        return super().call_binop(context, operator, left, right)


class _Cache(jinja2.FileSystemBytecodeCache):
    """Jinja2's cache of compiled templates that never fails a fill: a cache file that
    cannot be read or written (a full disk, a folder without rights) is no cache."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, EOFError, ValueError):
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _bytecode_cache(directory: str | None = None) -> _Cache | None:
    """The cache in Jinja2's private per-user folder (or *directory*); None where there is
    none to be had (the templates are then compiled on every run)."""
    try:
        return _Cache(directory, pattern="__lkip_xl_narasi_%s.cache")
    except (OSError, RuntimeError):
        return None


@functools.lru_cache(maxsize=8)
def environment(folder: Path | None = None) -> jinja2.Environment:
    """The Jinja2 environment of a template folder (compiled templates are kept), sandboxed:
    a template from a folder staff were sent is data, not code.

    Compiled templates are also kept between runs, in the user's own private folder of
    Jinja2's cache (by the template's name and the checksum of its text, so an edited
    template is compiled again): compiling the bundled ones is 0.06 s of every fill.  The
    files are named for this sandbox (its ``*`` and ``**`` are compiled as calls to
    :meth:`_Sandbox.call_binop`), apart from any other Jinja2 user's."""
    env = _Sandbox(
        loader=jinja2.FileSystemLoader(str(folder or paths.narasi_templates())),
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
    )
    env.filters.update(
        persen=format_fraction,
        rupiah=lambda x: format_rupiah(x, 0 if float(x).is_integer() else 2),
        angka=format_angka,
        terbilang=lambda n: terbilang(int(n)),
        terbilang_rupiah=terbilang_rupiah,
    )
    return env


def context(book: FinalBook) -> dict[str, Any]:
    """The variables of the templates (documented in docs/narasi.md)."""
    year = book.year
    identity = {k: ("" if v is None else v) for k, v in book.identity.items()}
    lalu = {r.key: r for r in book.tables.get("Tabel 3.4", [])}
    renstra = {r.key: r for r in book.tables.get("Tabel 3.2", [])}
    kegiatan: dict[str, list[dict[str, Any]]] = {}
    for r in book.tables.get("Analisis Kegiatan", []):
        kegiatan.setdefault(r.text("kode_indikator"), []).append(_kegiatan(r))
    indicators = [_indicator(r, lalu.get(r.key), renstra.get(r.key), kegiatan.get(r.key, []))
                  for r in book.tables.get("Tabel 3.1", []) if r.kind == "item"]
    return {
        **identity,
        "tahun": year,
        "sebutan": schema.choice(book.identity, "sebutan"),
        "tabel": book.names(),
        "nama_unit": schema.unit_name(book.identity),
        "indikator": indicators,
        "tercapai": [i for i in indicators if i["status"] == capaian.TERCAPAI],
        "belum": [i for i in indicators if i["status"] == capaian.BELUM],
        "tanpa_angka": [i for i in indicators
                        if i["status"] not in (capaian.TERCAPAI, capaian.BELUM)],
        "anggaran": _budget(book.tables.get("Realisasi Anggaran", []),
                            book.count("Realisasi Anggaran", "item"),
                            book.count("Realisasi Anggaran", "sub")),
        "pegawai": _staff(book.tables.get("Tabel 1.1", [])),
        "sasaran": _averages(book.tables.get("Capaian Sasaran", []), "sasaran"),
        "efisiensi": _averages(book.tables.get("Efisiensi Program", []), "program"),
    }


def _averages(rows: list[Record], label: str) -> dict[str, Any]:
    """Average capaian and the budget absorbed, per row (sasaran or program) and overall,
    from a table computed by the workbook's formulas (Capaian Sasaran, Efisiensi Program)."""
    def one(r: Record) -> dict[str, Any]:
        return {"nama": r.text(label), "capaian": _number(r.values.get("capaian")),
                "serapan": _number(r.values.get("serapan")),
                "efisiensi": _number(r.values.get("efisiensi"))}

    items = [one(r) for r in rows if r.kind == "item"]
    total = next((one(r) for r in rows if r.kind == "total"), None)
    measured = [i for i in items if i["capaian"] is not None]
    both = [i for i in items if i["efisiensi"] is not None]
    return {
        "daftar": measured,
        "rata_rata": total["capaian"] if total else None,
        "serapan": total["serapan"] if total else None,
        "efisien": [i for i in both if i["efisiensi"] >= 0],
        "tidak_efisien": [i for i in both if i["efisiensi"] < 0],
    }


def _staff(rows: list[Record]) -> dict[str, float | None]:
    """Staff counts from Tabel 1.1's computed subtotals and total."""
    groups = {r.text("kode").upper(): _number(r.values.get("jumlah"))
              for r in rows if r.kind == "group"}
    total = next((_number(r.values.get("jumlah")) for r in rows if r.kind == "total"), None)
    pns = groups.get("PNS")
    others = [v for k, v in groups.items() if k != "PNS"]
    non_pns = sum(v for v in others if v is not None) if others and None not in others else None
    return {"total": total, "pns": pns, "non_pns": non_pns}


def _indicator(r: Record, lalu: Record | None, renstra: Record | None,
               kegiatan: list[dict[str, Any]]) -> dict[str, Any]:
    percent = "realisasi" in r.percent or "target" in r.percent
    value = _number(r.values.get("capaian"))
    item: dict[str, Any] = {
        "kode": r.key,
        "nama": r.text("indikator"),
        "sasaran": r.text("sasaran"),
        "target": r.values.get("target"),
        "realisasi": r.values.get("realisasi"),
        "target_teks": _value(r.values.get("target"), "target" in r.percent),
        "realisasi_teks": _value(r.values.get("realisasi"), "realisasi" in r.percent),
        "capaian": value,
        "predikat": r.text("predikat"),
        "status": r.text("status"),
        "kegiatan": kegiatan,
        "lalu_teks": "", "perubahan": "", "renstra_teks": "", "renstra_capaian": None,
    }
    now = _number(r.values.get("realisasi"))
    if lalu is not None:
        before = lalu.values.get("realisasi_lalu")
        item["lalu_teks"] = _value(before, "realisasi_lalu" in lalu.percent)
        b = _number(before)
        if b is not None and now is not None and ("realisasi_lalu" in lalu.percent) == percent:
            item["perubahan"] = ("meningkat" if now > b else "menurun" if now < b
                                 else "sama dengan tahun sebelumnya")
    if renstra is not None:
        # the end-of-Renstra target: as given, else the last year's target that is filled
        years = sorted((k for k in renstra.values if k.startswith("target_")
                        and k != "target_akhir"), key=lambda k: int(k.rsplit("_", 1)[1]))
        key = next((k for k in ["target_akhir", *reversed(years)]
                    if renstra.values.get(k) not in (None, "")), None)
        final = renstra.values.get(key) if key else None
        item["renstra_teks"] = _value(final, key in renstra.percent)
        f = _number(final)
        if f and now is not None:
            item["renstra_capaian"] = now / f
    return item


def _kegiatan(r: Record) -> dict[str, Any]:
    unit = r.text("satuan")

    def amount(key: str) -> str:
        value = r.values.get(key)
        if value is None or value == "":
            return ""
        text = _value(value, key in r.percent)
        return f"{text} {unit}".strip() if unit and key not in r.percent else text

    return {"kode": r.text("kode_kegiatan"), "nama": r.text("kegiatan"),
            "indikator": r.text("indikator_keluaran"), "target_teks": amount("target") or "-",
            "realisasi_teks": amount("realisasi"), "jenis_faktor": r.text("jenis_faktor"),
            "faktor": r.text("faktor"), "solusi": r.text("solusi"),
            "kurang": _short(_number(r.values.get("target")),
                             _number(r.values.get("realisasi")))}


def counted(counts: Sequence[tuple[int, str]]) -> str:
    """The levels a budget has, as a sentence names them: "2 program, 5 kegiatan dan 13
    sub kegiatan"; a level with no row is left out ("13 sub kegiatan", never "0 program")."""
    parts = [f"{n} {what}" for n, what in counts if n]
    return " dan ".join([", ".join(parts[:-1]), parts[-1]]) if len(parts) > 1 else \
        "".join(parts)


def _short(target: float | None, realisasi: float | None) -> bool:
    """Whether an output fell short of its target (both numbers)."""
    return target is not None and realisasi is not None and realisasi < target


def _budget(rows: list[Record], kegiatan: int, sub_kegiatan: int = 0) -> dict[str, Any]:
    total = next((r for r in rows if r.kind == "total"), None)
    pagu = _number(total.values.get("anggaran")) if total else None
    spent = _number(total.values.get("realisasi")) if total else None
    programs = [r for r in rows if r.kind == "group"]
    lowest = sorted(({"nama": r.text("uraian"), "persen": _number(r.values.get("persen"))}
                     for r in programs if _number(r.values.get("persen")) is not None),
                    key=lambda p: p["persen"] or 0.0)[:3 if len(programs) > 6 else 1]
    return {
        "lengkap": pagu is not None and spent is not None and pagu > 0,
        "pagu": pagu, "realisasi": spent,
        "persen": spent / pagu if pagu and spent is not None else None,
        "program": len(programs), "kegiatan": kegiatan, "sub_kegiatan": sub_kegiatan,
        "rincian": counted(((len(programs), "program"), (kegiatan, "kegiatan"),
                            (sub_kegiatan, "sub kegiatan"))),
        "terendah": lowest,
    }




def generate(book: FinalBook, folder: Path | None = None) -> list[Paragraph]:
    """Every paragraph of the narrative, in report order."""
    env = environment(folder)
    ctx = context(book)

    def render(name: str, **extra: Any) -> str:
        file = (folder or paths.narasi_templates()) / f"{name}.j2"
        try:
            text = env.get_template(f"{name}.j2").render(**ctx, **extra)
        except SecurityError as exc:
            raise TemplateError(
                f"templat narasi memakai sesuatu yang tidak diizinkan ({_unsafe(exc)}); templat "
                "hanya "
                "boleh memakai variabel dan filter yang tercantum di docs/narasi.md",
                _where(exc, file)) from exc
        except jinja2.TemplateError as exc:
            raise TemplateError(f"templat narasi tidak dapat dipakai: {exc}",
                                _where(exc, file)) from exc
        except (ArithmeticError, TypeError, ValueError, RecursionError) as exc:
            raise TemplateError(f"templat narasi gagal dijalankan ({type(exc).__name__}: {exc})",
                                _where(exc, file)) from exc
        if len(text) > TEXT_LIMIT:
            raise TemplateError(f"templat narasi menghasilkan {format_angka(len(text))} karakter "
                                f"(batas {format_angka(TEXT_LIMIT)} per paragraf)",
                                Location(file=file))
        # spaces as one; a line break (typed in a cell of the identity) starts a paragraph
        return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())

    def paragraph(key: str, title: str, name: str, **extra: Any) -> Paragraph:
        return Paragraph(key, outline.place_of_paragraph(key), title, render(name, **extra))

    out = [paragraph("kata_pengantar", "Kata Pengantar", "kata_pengantar"),
           paragraph("ikhtisar", "Ikhtisar Eksekutif", "ikhtisar"),
           paragraph("pendahuluan", "Latar Belakang", "pendahuluan")]
    out += [paragraph(f"indikator.{i['kode']}", i["nama"], "indikator", i=i)
            for i in ctx["indikator"]]
    out.append(paragraph("sasaran", "Rata-rata Capaian per Sasaran", "sasaran"))
    out.append(paragraph("anggaran", "Realisasi Anggaran", "anggaran"))
    out.append(paragraph("efisiensi", "Efisiensi Penggunaan Sumber Daya", "efisiensi"))
    out.append(paragraph("penutup", "Kesimpulan", "penutup"))
    return out


def _unsafe(exc: SecurityError) -> str:
    """The sandbox's reason, in Indonesian where it is the usual one."""
    m = re.fullmatch(r"access to attribute '(.+?)' of '(.+?)' object is unsafe\.?", str(exc))
    return f"akses ke atribut '{m.group(1)}' dari objek '{m.group(2)}'" if m else str(exc)


def _where(exc: BaseException, file: Path) -> Location:
    """The template file and the line where *exc* arose, when it is known."""
    line = getattr(exc, "lineno", None)
    if line is None:
        frames = [f for f in traceback.extract_tb(exc.__traceback__)
                  if Path(f.filename).name == file.name]
        line = frames[-1].lineno if frames else None
    return Location(file=file, row=line)


# --------------------------------------------------------------------------
# The Narasi sheet of the final workbook, and staff's edits kept across runs

WIDTHS = (16, 28, 40, 110, 14, 30)
GENERATED = "dibuat"
EDITED = "diubah staf"
STAFF = "staf"  # a paragraph of the data workbook's Narasi Staf or Analisis Indikator
UNUSED = "dibuat, tidak dicetak (ada teks staf)"
STAFF_KEY = "staf."


def staff_paragraphs(data: InputData) -> list[Paragraph]:
    """The staff's own text, in its order: each Narasi Staf paragraph where its Bagian
    Laporan places it (:func:`lkip_xl.model.outline.locate_text`; the cover and dates are no
    paragraphs), and each indicator's Uraian of Analisis Indikator in place of the
    generated analysis of that indicator."""
    out = []
    own_foreword = bool(str(data.identity.get("kata_pengantar") or "").strip())
    for row in data.tables.get("Narasi Staf", []):
        text, where = row.text("teks").strip(), outline.locate_text(row.text("bagian"))
        if own_foreword and where is not None and where.section == "Kata Pengantar":
            continue  # the Kata Pengantar of the identity is the one meant for the report
        if text and where is not None:
            out.append(Paragraph(f"{STAFF_KEY}{row.text('kode') or row.row}", where.place,
                                 row.text("bagian"), text))
    for row in data.tables.get("Analisis Indikator", []):
        text = row.text("uraian").strip()
        if text:
            key = f"indikator.{' / '.join(row.key)}"
            out.append(Paragraph(f"{STAFF_KEY}{key}", outline.place_of_paragraph(key),
                                 row.text("indikator"), text))
    return out


def combine(paragraphs: list[Paragraph], previous: Mapping[str, Previous],
            staff: list[Paragraph]) -> list[tuple[Paragraph, str, str]]:
    """The Narasi sheet's rows: the generated paragraphs (staff's edits kept, :func:`merge`),
    marked unused where the staff wrote that part themselves, then the staff's paragraphs.
    The staff's text is the report's; generated text fills what they left empty."""
    placed = {p.section for p in staff}
    given = {p.key.removeprefix(STAFF_KEY) for p in staff}
    out = []
    for p, text, origin in merge(paragraphs, previous):
        replaced = p.key in given or (p.section in placed and not p.key.startswith("indikator."))
        out.append((p, text, UNUSED if replaced and origin == GENERATED else origin))
    return out + [(p, p.text, STAFF) for p in staff]


def read_sheet(source: str | Path | bytes | Book) -> list[Shown]:
    """The paragraphs of a final workbook's Narasi sheet to print, as they stand (staff
    edits included), in the sheet's order: those marked unused are left out."""
    return [Shown(key, p.section, p.title, p.text, p.origin)
            for key, p in read_previous(source).items() if p.origin != UNUSED]


def read_previous(source: str | Path | bytes | Book) -> dict[str, Previous]:
    """The Narasi sheet of an earlier final workbook, by key (InputError when it is not a
    final workbook of lkip-xl).  A :class:`Book` given stays open."""
    book = source if isinstance(source, Book) else \
        Book(source if isinstance(source, bytes) else Path(source))
    try:
        if ROWS_SHEET not in book.sheetnames:
            what = ("buku kerja data" if schema.IDENTITY_SHEET in book.sheetnames
                    else "buku kerja lain")
            raise InputError(
                f"berkas ini {what}, bukan buku kerja akhir hasil lkip-xl fill; "
                "--sebelumnya harus buku kerja akhir (…-final.xlsx) yang Narasi-nya diubah staf",
                Location(file=book.path))
        rows = book.sheet(SHEET).rows if SHEET in book.sheetnames else []
    finally:
        if book is not source:
            book.close()
    out = {}
    for r, values in rows[1:]:
        values = list(values) + [""] * (len(HEADERS) - len(values))
        if isinstance(values[0], str) and values[0]:
            out[values[0]] = Previous(str(values[3] or ""), str(values[5] or ""),
                                      str(values[2] or ""), r, str(values[1] or ""),
                                      str(values[4] or ""))
    return out


def merge(paragraphs: list[Paragraph], previous: Mapping[str, Previous]
          ) -> list[tuple[Paragraph, str, str]]:
    """Each paragraph with the text to show and its origin: staff's edits are kept (and
    reported by the narrative rules, :mod:`lkip_xl.rules.narasi`)."""
    out = []
    for p in paragraphs:
        old = previous.get(p.key)
        if old is None or not old.edited:
            out.append((p, p.text, GENERATED))
        else:
            out.append((p, old.text, EDITED))
    return out


def prepare_sheet(wb: Any) -> None:
    """The Narasi sheet (replacing the template's, if any): its header; the rows come later
    (:func:`sheet_rows`), as sheet XML."""
    if SHEET in wb.sheetnames:
        del wb[SHEET]
    ws = wb.create_sheet(SHEET, index=1)
    header_row(ws, 1, HEADERS, WIDTHS)
    ws.column_dimensions["F"].hidden = True
    ws.freeze_panes = "A2"


def sheet_rows(shown: list[tuple[Paragraph, str, str]], styles: dict[str, int]
               ) -> dict[int, str]:
    """The Narasi sheet's rows as sheet XML, in the text *styles* (:meth:`Styles.text`)."""
    rows = {}
    for r, (p, text, origin) in enumerate(shown, start=FIRST_ROW):
        values = (p.key, p.section, p.title, text, origin, p.text)
        cells = [sheetxml.cell(a1.ref(r, c),
                               styles["wrap"] if c in (3, 4) else styles["top"], v)
                 for c, v in enumerate(values, start=1)]
        lines = max(1, -(-len(text) // 120))
        rows[r] = sheetxml.row(r, cells, 15 * lines)
    return rows
