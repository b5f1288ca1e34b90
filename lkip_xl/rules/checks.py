"""Validation rules on the data of an LKIP: cross-table, values, and figures in text.

Each rule is a function ``(data: InputData) -> list[Finding]`` with a stable id
``family.name``.  Arithmetic (stated totals, percentages and capaian against
what the formulas compute) and the cross-table rules that follow the schema's
links come from fill's comparison (:mod:`lkip_xl.jobs.fill`); here are the rules that
need no formula: the same quantity in tables the template does not link, the
plausibility of values, and the numbers staff wrote in sentences.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from lkip_xl.build.inputbook import InputData, Row, Value
from lkip_xl.model import capaian, schema
from lkip_xl.model.findings import Finding
from lkip_xl.model.numbers import (
    format_angka,
    format_persen,
    format_rupiah,
    parse_number,
    parse_terbilang,
)

Rule = Callable[[InputData], list[Finding]]


def _finding(rule: str, severity: str, sheet: str, cell: str, message: str, *,
             row_label: str = "", column: str = "", expected: Any = None,
             actual: Any = None) -> Finding:
    return Finding(rule=rule, severity=severity, sheet=sheet, cell=cell, message=message,
                   row_label=row_label, column=column, expected=expected, actual=actual)


def cell_number(value: Value | None) -> float | None:
    """A value as the workbook holds it: a percentage as a fraction (80% -> 0.8)."""
    if value is None or value.number is None:
        return None
    return value.number / 100 if value.unit == "persen" else float(value.number)


def _show(value: Value, kind: str = "") -> str:
    """A value as staff write it: Rp 1.234.567, 80%, 3,4 — or its text."""
    if value.number is None:
        return value.display()
    if value.unit == "persen" or kind == "persen":
        return format_persen(value.number, 2 if not float(value.number).is_integer() else 0)
    if kind == "rupiah" or value.unit == "rupiah":
        return format_rupiah(value.number)
    return format_angka(value.number)


# --------------------------------------------------------------------------
# cross: the same quantity in tables the template does not link by formula


def _by_key(data: InputData, sheet: str, kind: str | None = None) -> dict[str, Row]:
    return {" / ".join(r.key): r for r in data.tables[sheet]
            if r.kind != "total" and (kind is None or r.kind == kind)}


def cross_program_budget(data: InputData) -> list[Finding]:
    """Pagu of each program: Tabel 2.5 (stated subtotal) against the Perjanjian Kinerja."""
    pagu = _by_key(data, "Tabel 2.5", "group")
    out = []
    for key, row in _by_key(data, "Tabel 2.6 Program").items():
        other = pagu.get(key)
        mine = row.values.get("anggaran")
        if other is None or mine is None or mine.number is None:
            continue
        theirs = other.values.get("pagu")
        if theirs is None or theirs.number is None or theirs.number == mine.number:
            continue
        out.append(_finding(
            "cross.pagu_program", "error", "Tabel 2.6 Program", mine.cell,
            f"anggaran program {format_rupiah(mine.number)} berbeda dengan pagu di Tabel 2.5 "
            f"{format_rupiah(theirs.number)} (kunci {key}, digabung menurut kode)",
            row_label=row.label, column="Anggaran", expected=theirs.number,
            actual=mine.number))
    return out


def cross_pagu_kegiatan(data: InputData) -> list[Finding]:
    """Anggaran of each kegiatan in Realisasi Anggaran against its pagu in Tabel 2.5."""
    pagu = _by_key(data, "Tabel 2.5", "item")
    out = []
    for key, row in _by_key(data, "Realisasi Anggaran", "item").items():
        source = pagu.get(key)
        if source is not None:
            out += _compare("Realisasi Anggaran", row, "anggaran", source.values.get("pagu"),
                            "Tabel 2.5", "cross.pagu_kegiatan")
    return out


def cross_renstra_target(data: InputData) -> list[Finding]:
    """This year's target in the Renstra tables (2.2, 3.2) against the Perjanjian Kinerja."""
    pk = _by_key(data, "Tabel 2.6")
    columns = {"Tabel 2.2": _year_column("Tabel 2.2", "target", 0),
               "Tabel 3.2": _year_column("Tabel 3.2", "target", 0)}
    out = []
    for sheet, column in columns.items():
        if column is None:
            continue
        for key, row in _by_key(data, sheet).items():
            source = pk.get(key)
            if source is None:
                continue
            out += _compare(sheet, row, column, source.values.get("target"), "Tabel 2.6",
                            "cross.target")
    return out


def _year_column(sheet: str, prefix: str, offset: int) -> str | None:
    for col in schema.table(sheet).columns:
        if col.key.startswith(prefix + "_") and col.year_offset == offset:
            return col.key
    return None


def _compare(sheet: str, row: Row, column: str, source: Value | None, source_sheet: str,
             rule: str) -> list[Finding]:
    value = row.values.get(column)
    if value is None or value.blank or source is None or source.blank:
        return []
    a, b = cell_number(value), cell_number(source)
    if a is not None and b is not None:
        if abs(a - b) <= 1e-9 * max(1.0, abs(b)):
            return []
    elif value.display().strip().lower() == source.display().strip().lower():
        return []
    col = schema.table(sheet).column(column)
    header = col.header_for(None)
    return [_finding(rule, "error", sheet, value.cell,
                     f"{_show(value, col.kind)} di sini, tetapi {_show(source, col.kind)} di "
                     f"{source_sheet} untuk kode {' / '.join(row.key)}",
                     row_label=row.label, column=header, expected=b if b is not None
                     else source.display(), actual=a if a is not None else value.display())]


def _total(data: InputData, sheet: str, group: str | None = None) -> tuple[float, Row] | None:
    """The number of staff in a table (or in one group of it): the sum of its items,
    or the stated total where an item cannot be read."""
    rows = data.tables[sheet]
    if group is not None:
        start = next((i for i, r in enumerate(rows)
                      if r.kind == "group" and r.text("kode").strip().upper() == group), None)
        if start is None:
            return None
        members = []
        for r in rows[start + 1:]:
            if r.kind != "item":
                break
            members.append(r)
        stated_row: Row | None = rows[start]
    else:
        members = [r for r in rows if r.kind == "item"]
        stated_row = next((r for r in rows if r.kind == "total"), members[-1] if members else None)
    if stated_row is None:
        return None
    numbers = [r.number("jumlah") for r in members]
    if members and all(n is not None for n in numbers):
        return float(sum(n for n in numbers if n is not None)), stated_row
    stated = stated_row.number("jumlah")
    return (float(stated), stated_row) if stated is not None else None


def cross_staff(data: InputData) -> list[Finding]:
    """The number of PNS: Tabel 1.1 (group PNS) against Tabel 1.2 and 1.4."""
    pns = _total(data, "Tabel 1.1", "PNS")
    if pns is None:
        return []
    reference = pns[0]
    out = []
    for sheet in ("Tabel 1.2", "Tabel 1.4"):
        other = _total(data, sheet)
        if other is None or other[0] == reference:
            continue
        row = other[1]
        cell = row.values["jumlah"].cell if "jumlah" in row.values else ""
        out.append(_finding(
            "cross.pegawai", "error", sheet, cell,
            f"jumlah PNS {format_angka(other[0])} orang, tetapi Tabel 1.1 mencatat "
            f"{format_angka(reference)} orang PNS", row_label=row.label,
            column="Jumlah (orang)", expected=reference, actual=other[0]))
    return out


def cross_indicator_program(data: InputData) -> list[Finding]:
    """Which program an indicator belongs to: Tabel 3.3 against the indicators of Tabel 2.4.

    Tabel 2.4 names a program's indicators in text, without indicator codes, so
    the indicator is found there by name similarity (and the message says so).
    """
    programs = [r for r in data.tables["Tabel 2.4"] if r.kind == "group" and r.text("indikator")]
    out = []
    for row in data.tables["Tabel 3.3"]:
        name, program = row.text("indikator").lower(), row.text("kode_program")
        if not name or not program:
            continue
        best, score = None, 0.0
        matcher = difflib.SequenceMatcher(None, b=name)
        for candidate in programs:
            for part in re.split(r",\s*", candidate.text("indikator").lower()):
                matcher.set_seq1(part)
                if matcher.real_quick_ratio() < 0.85 or matcher.quick_ratio() < 0.85:
                    continue  # cheap upper bounds first: most names are far apart
                ratio = matcher.ratio()
                if ratio > score:
                    best, score = candidate, ratio
        if best is None or score < 0.85 or " / ".join(best.key) == program:
            continue
        out.append(_finding(
            "cross.program_indikator", "warning", "Tabel 3.3", row.values["kode_program"].cell,
            f"indikator ini tercantum di Tabel 2.4 pada program {' / '.join(best.key)} "
            f"({best.text('uraian')}), bukan {program} (dicocokkan menurut kemiripan nama, "
            f"{score:.0%})", row_label=row.label, column="Kode Program",
            expected=" / ".join(best.key), actual=program))
    return out


# --------------------------------------------------------------------------
# value: plausibility


def value_budget(data: InputData) -> list[Finding]:
    """Realisasi above pagu, realisasi without pagu, no realisasi where there is a budget."""
    out = []
    for row in data.tables["Realisasi Anggaran"]:
        if row.kind != "item":
            continue
        anggaran, realisasi = row.values.get("anggaran"), row.values.get("realisasi")
        a = anggaran.number if anggaran else None
        r = realisasi.number if realisasi else None
        cell = realisasi.cell if realisasi else ""
        if a is not None and r is not None:
            if a == 0 and r > 0:
                out.append(_finding(
                    "value.realisasi_tanpa_pagu", "error", "Realisasi Anggaran", cell,
                    f"realisasi {format_rupiah(r)} pada kegiatan dengan anggaran 0",
                    row_label=row.label, column="Realisasi (Rp)", expected=0, actual=r))
            elif r > a:
                out.append(_finding(
                    "value.realisasi_melebihi_pagu", "error", "Realisasi Anggaran", cell,
                    f"realisasi {format_rupiah(r)} melebihi anggaran {format_rupiah(a)} "
                    f"({r / a:.0%} dari anggaran)",
                    row_label=row.label, column="Realisasi (Rp)", expected=a, actual=r))
        elif a and realisasi is not None and realisasi.blank:
            out.append(_finding(
                "value.tanpa_realisasi", "warning", "Realisasi Anggaran", cell,
                f"anggaran {format_rupiah(a)} tetapi realisasi tidak diisi",
                row_label=row.label, column="Realisasi (Rp)", expected=None, actual=None))
    return out


def value_negative(data: InputData) -> list[Finding]:
    """Amounts and head counts below zero: a budget, a realisasi or a staff count cannot be
    negative (a minus sign typed by mistake, or a refund entered as spending)."""
    out = []
    for tbl in schema.TABLES:
        columns = [c for c in tbl.input_columns if c.kind in ("rupiah", "orang")]
        for row in data.tables.get(tbl.sheet, []):
            for col in columns:
                v = row.values.get(col.key)
                if v is not None and v.number is not None and v.number < 0:
                    what = "jumlah pegawai" if col.kind == "orang" else "anggaran atau realisasi"
                    out.append(_finding(
                        "value.negative", "error", tbl.sheet, v.cell,
                        f"nilai negatif {_show(v, col.kind)}: {what} tidak mungkin kurang dari "
                        "nol; periksa tanda minus", row_label=row.label, column=col.header,
                        actual=v.number))
    return out


def value_units(data: InputData) -> list[Finding]:
    """A value written as a percentage for an indicator whose unit is an index or a score."""
    units = {" / ".join(r.key): r.text("satuan").strip().lower() for r in data.tables["Tabel 2.6"]}
    out = []
    for tbl in schema.TABLES:
        for row in data.tables[tbl.sheet]:
            unit = units.get(row.text("kode")) if "kode" in row.values else None
            if unit not in ("indeks", "nilai"):
                continue
            for col in tbl.input_columns:
                value = row.values.get(col.key)
                if col.kind == "nilai" and value is not None and value.unit == "persen":
                    out.append(_finding(
                        "value.satuan", "error", tbl.sheet, value.cell,
                        f"{_show(value)} ditulis sebagai persen, padahal satuan indikator ini "
                        f"{unit} (Tabel 2.6)", row_label=row.label,
                        column=col.header_for(data.year), expected=unit, actual=_show(value)))
    return out


def value_realisasi_copies_target(data: InputData) -> list[Finding]:
    """Every realisasi equal to its target (Perjanjian Kinerja): suspicious, copied?"""
    pk = _by_key(data, "Tabel 2.6")
    pairs = []
    for row in data.tables["Tabel 3.1"]:
        source = pk.get(" / ".join(row.key))
        realisasi = cell_number(row.values.get("realisasi"))
        if source is not None and realisasi is not None:
            pairs.append((row, realisasi, cell_number(source.values.get("target"))))
    if len(pairs) >= 3 and all(r == t for _, r, t in pairs):
        first = pairs[0][0].values["realisasi"]
        return [_finding(
            "value.realisasi_sama_target", "warning", "Tabel 3.1", first.cell,
            f"realisasi semua {len(pairs)} indikator sama persis dengan targetnya; periksa "
            "apakah realisasi tersalin dari target", column="Realisasi")]
    return []


def value_whole_counts(data: InputData) -> list[Finding]:
    """Head counts that are not whole numbers."""
    out = []
    for tbl in schema.TABLES:
        for col in tbl.input_columns:
            if col.kind != "orang":
                continue
            for row in data.tables[tbl.sheet]:
                value = row.values.get(col.key)
                if value is not None and value.number is not None and \
                        not float(value.number).is_integer():
                    out.append(_finding(
                        "value.bukan_bilangan_bulat", "error", tbl.sheet, value.cell,
                        f"jumlah orang {_show(value)} bukan bilangan bulat",
                        row_label=row.label, column=col.header, actual=value.number))
    return out


# --------------------------------------------------------------------------
# text: figures in staff-written text

_AMOUNT_WORDS = re.compile(r"(Rp\.?\s*[\d.,]+\d)\s*\(([^)]*[a-zA-Z][^)]*)\)")
_COUNT_WORDS = re.compile(r"(?<![\d.,])\b(\d{1,4})\s*\(([A-Za-z][A-Za-z ]+)\)")
_COUNTS = re.compile(r"\b(\d{1,4})\s*[.(]?\s*(?:\([^)]*\)\s*)?(Program|Kegiatan)\b", re.I)
# A count of all programs or kegiatan is announced by one of these words.
_COUNT_WORDS_BEFORE = re.compile(r"\b(ada|sebanyak|jumlah|terdapat|melaksanakan|mengelola)\b",
                                 re.I)
_YEAR = re.compile(r"\b(LKIP|Laporan Kinerja|tahun anggaran|Perjanjian Kinerja|selama)"
                   r"[^.:;]{0,60}?\b[Tt]ahun\s+(\d{4})")


# Where staff write sentences: (sheet, column).
_TEXT_COLUMNS = (("Narasi Staf", "teks"), ("Analisis Indikator", "uraian"))


def _texts(data: InputData) -> Iterable[tuple[str, Row, Value]]:
    """Every staff-written text: its sheet, its row, its cell."""
    for sheet, column in _TEXT_COLUMNS:
        for row in data.tables[sheet]:
            value = row.values.get(column)
            if value is not None and value.text:
                yield sheet, row, value


def text_terbilang(data: InputData) -> list[Finding]:
    """An amount or count and its words must be the same number."""
    out = []
    for sheet, row, value in _texts(data):
        text = value.text or ""
        for m in _AMOUNT_WORDS.finditer(text):
            figure = parse_number(m.group(1), integer_unit=False)
            words = parse_terbilang(m.group(2))
            if words is None:
                if _looks_like_words(m.group(2)):
                    out.append(_finding(
                        "text.terbilang", "error", sheet, value.cell,
                        f"terbilang '{m.group(2).strip()}' untuk {m.group(1)} tidak dapat dibaca "
                        "sebagai satu bilangan (urutan kata bilangan salah)",
                        row_label=row.text("bagian"), column="Teks", actual=m.group(2).strip()))
                continue
            if figure.value is not None and abs(float(words) - float(figure.value)) > 0.005:
                out.append(_finding(
                    "text.terbilang", "error", sheet, value.cell,
                    f"{m.group(1)} ditulis dengan huruf '{m.group(2).strip()}' = "
                    f"{format_angka(float(words))}, bukan {format_angka(float(figure.value))}",
                    row_label=row.text("bagian"), column="Teks",
                    expected=float(figure.value), actual=float(words)))
        for m in _COUNT_WORDS.finditer(text):
            words = parse_terbilang(m.group(2))
            if words is not None and int(words) != int(m.group(1)):
                out.append(_finding(
                    "text.terbilang", "error", sheet, value.cell,
                    f"{m.group(1)} ditulis dengan huruf '{m.group(2).strip()}' = "
                    f"{int(words)}", row_label=row.text("bagian"), column="Teks",
                    expected=int(m.group(1)), actual=int(words)))
    return out


_NUMBER_WORDS = {"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
                 "sepuluh", "sebelas", "belas", "puluh", "ratus", "seratus", "ribu", "seribu",
                 "juta", "miliar", "milyar", "triliun"}


def _looks_like_words(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return sum(w in _NUMBER_WORDS for w in words) >= 3


_RUPIAH = re.compile(r"Rp[.,]?\s*\d[\d.,]*\d")


def text_unreadable_amounts(data: InputData) -> list[Finding]:
    """An amount in the text that cannot be read as one number (Rp. 56.475.618.912.19)."""
    out = []
    for sheet, row, value in _texts(data):
        for m in _RUPIAH.finditer(value.text or ""):
            parsed = parse_number(m.group(0))
            if parsed.value is None:
                out.append(_finding(
                    "text.angka_tak_terbaca", "error", sheet, value.cell,
                    f"angka '{m.group(0)}' di teks tidak dapat dibaca: {parsed.problem}",
                    row_label=row.text("bagian"), column="Teks", actual=m.group(0)))
    return out


def _amount_total(data: InputData, sheet: str, column: str) -> float | None:
    """A budget table's total: the sum of its kegiatan when every one can be read,
    else the total the table states; None when neither is known."""
    items = [r.values.get(column) for r in data.tables[sheet] if r.kind == "item"]
    if items and all(v is not None and (v.blank or v.number is not None) for v in items):
        return float(sum(v.number or 0 for v in items if v is not None))
    total = next((r for r in data.tables[sheet] if r.kind == "total"), None)
    number = total.number(column) if total is not None else None
    return float(number) if number is not None else None


# Words that tie an amount in a sentence of a section to a table's total:
# (section, words, table, column, what the message calls it).
_AMOUNT_OF = (
    (re.compile(r"2\.1\.4|Ikhtisar", re.I), re.compile(r"belanja langsung", re.I),
     "Tabel 2.5", "pagu", "total pagu Tabel 2.5"),
    (re.compile(r"Ikhtisar|Realisasi Anggaran", re.I),
     re.compile(r"menggunakan dana|realisasi anggaran", re.I), "Realisasi Anggaran",
     "realisasi", "jumlah realisasi di Realisasi Anggaran"),
)


def text_amounts(data: InputData) -> list[Finding]:
    """An amount a sentence gives for a table's total (Belanja Langsung, the realisasi
    anggaran) against that total."""
    out = []
    for sheet, row, value in _texts(data):
        text = value.text or ""
        for section, pattern, table, column, what in _AMOUNT_OF:
            if not section.search(row.text("bagian")):
                continue
            # the first amount after the words, in the same sentence and close to them
            amounts: list[float] = []
            for m in pattern.finditer(text):
                near = _RUPIAH.search(text, m.end(), min(len(text), m.end() + 150))
                if near and "." not in text[m.end():near.start()].replace("Rp.", ""):
                    number = parse_number(near.group(0)).value
                    if number is not None:
                        amounts.append(float(number))
            total = _amount_total(data, table, column)
            if total is None or not amounts or any(abs(a - total) < 1 for a in amounts):
                continue
            out.append(_finding(
                "text.angka_tabel", "error", sheet, value.cell,
                f"teks menyebut {format_rupiah(amounts[0], 2)}, {what} "
                f"{format_rupiah(total, 2)}", row_label=row.text("bagian"), column="Teks",
                expected=total, actual=float(amounts[0])))
    return out


def text_counts(data: InputData) -> list[Finding]:
    """'16 Program', '57 Kegiatan' in the text against the rows of Tabel 2.4.

    A text may count other things too ("menjadi 45 kegiatan yang direfocusing"):
    it is flagged only when none of the counts it states is the table's count.
    """
    actual = {"program": sum(r.kind == "group" for r in data.tables["Tabel 2.4"]),
              "kegiatan": sum(r.kind == "item" for r in data.tables["Tabel 2.4"])}
    out = []
    for sheet, row, value in _texts(data):
        stated: dict[str, list[int]] = {}
        text = value.text or ""
        for m in _COUNTS.finditer(text):
            if _COUNT_WORDS_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
                stated.setdefault(m.group(2).lower(), []).append(int(m.group(1)))
        for what, numbers in stated.items():
            if actual[what] and actual[what] not in numbers:
                out.append(_finding(
                    "text.jumlah", "error", sheet, value.cell,
                    f"teks menyebut {numbers[0]} {what}, Tabel 2.4 memuat {actual[what]} "
                    f"{what}", row_label=row.text("bagian"), column="Teks",
                    expected=actual[what], actual=numbers[0]))
    return out


def text_year(data: InputData) -> list[Finding]:
    """A report for year N whose text or table headers name another year where N is meant."""
    year = data.year
    out = []
    for sheet, row, value in _texts(data):
        for m in _YEAR.finditer(value.text or ""):
            if int(m.group(2)) != year:
                out.append(_finding(
                    "text.tahun", "warning", sheet, value.cell,
                    f"'{m.group(0).strip()}': laporan tahun {year} menyebut tahun "
                    f"{m.group(2)}", row_label=row.text("bagian"), column="Teks",
                    expected=year, actual=int(m.group(2))))
    for table in ("Analisis Indikator", "Ringkasan Capaian"):
        for row in data.tables[table]:
            heading = row.values.get("tahun_judul")
            if heading is not None and heading.number is not None and heading.number != year:
                out.append(_finding(
                    "text.tahun", "error", table, heading.cell,
                    f"judul tabel menyebut tahun {int(heading.number)}, laporan ini tahun "
                    f"{year}", row_label=row.label, column="Tahun pada Judul Tabel",
                    expected=year, actual=int(heading.number)))
    return out


def text_conclusion(data: InputData) -> list[Finding]:
    """A conclusion that every target was met while the tables show one that was not."""
    pk = _by_key(data, "Tabel 2.6")
    missed = []
    for row in [*data.tables["Tabel 3.1"], *data.tables["Tabel 3.3"]]:
        source = pk.get(" / ".join(row.key))
        target = cell_number(source.values.get("target")) if source else None
        realisasi = row.values.get("realisasi")
        r: Any = cell_number(realisasi)
        if r is None and realisasi is not None and realisasi.text:
            r = realisasi.text
        result = capaian.compute(target, r, source.text("polaritas") if source else "positif")
        if result.status == capaian.BELUM and row.label not in missed:
            missed.append(row.label)
    if not missed:
        return []
    out = []
    for sheet, row, value in _texts(data):
        if re.search(r"semua (sasaran|target|indikator)[^.]*(tercapai|berhasil dicapai)",
                     value.text or "", re.I):
            out.append(_finding(
                "text.kesimpulan", "error", sheet, value.cell,
                f"teks menyimpulkan semua sasaran tercapai, tetapi {len(missed)} indikator "
                f"belum tercapai menurut Tabel 3.1/3.3: {', '.join(missed[:3])}",
                row_label=row.text("bagian"), column="Teks", actual=len(missed)))
    return out


RULES: tuple[Rule, ...] = (
    cross_program_budget, cross_pagu_kegiatan, cross_renstra_target, cross_staff,
    cross_indicator_program,
    value_budget, value_negative, value_units, value_realisasi_copies_target, value_whole_counts,
    text_terbilang, text_unreadable_amounts, text_amounts, text_counts, text_year,
    text_conclusion,
)


def check(data: InputData) -> list[Finding]:
    """Every rule of this module on *data*; each finding names the data file of its sheet."""
    files = {sheet: rows[0].file for sheet, rows in data.tables.items() if rows}
    findings: list[Finding] = []
    for rule in RULES:
        findings += [replace(f, file=files.get(f.sheet, "")) for f in rule(data)]
    return findings
