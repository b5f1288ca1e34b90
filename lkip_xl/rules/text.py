"""Figures in the sentences staff wrote (Narasi Staf, Uraian Capaian) against the tables.

Numbers are read with the strict Indonesian rules of :mod:`lkip_xl.model.numbers`: a
figure with more than one reading is never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lkip_xl.book.inputbook import InputData
from lkip_xl.model import capaian, schema
from lkip_xl.model.numbers import format_angka, format_rupiah, parse_number, parse_terbilang
from lkip_xl.rules.registry import Issue, Subject, rule
from lkip_xl.rules.tables import TEXT_KEY, by_key, cell_number, texts

_AMOUNT_WORDS = re.compile(r"(Rp\.?\s*[\d.,]+\d)\s*\(([^)]*[a-zA-Z][^)]*)\)")
_COUNT_WORDS = re.compile(r"(?<![\d.,])\b(\d{1,4})\s*\(([A-Za-z][A-Za-z ]+)\)")
_COUNTS = re.compile(r"\b(\d{1,4})\s*[.(]?\s*(?:\([^)]*\)\s*)?(Program|Kegiatan)\b", re.I)
# A count of all programs or kegiatan is announced by one of these words.
_COUNT_WORDS_BEFORE = re.compile(r"\b(ada|sebanyak|jumlah|terdapat|melaksanakan|mengelola)\b",
                                 re.I)
_YEAR = re.compile(r"\b(LK[jJ]?IP|Laporan Kinerja|tahun anggaran|Perjanjian Kinerja|selama)"
                   r"[^.:;]{0,60}?\b[Tt]ahun\s+(\d{4})"
                   r"(?!\s*(?:[-–—/]|s\.?\s?d\.?|sampai(?: dengan)?)\s*(?:tahun\s*)?\d{4})")
_RUPIAH = re.compile(r"Rp[.,]?\s*\d[\d.,]*\d")
_NUMBER_WORDS = {"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
                 "sepuluh", "sebelas", "belas", "puluh", "ratus", "seratus", "ribu", "seribu",
                 "juta", "miliar", "milyar", "triliun"}


def _looks_like_words(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return sum(w in _NUMBER_WORDS for w in words) >= 3


@rule("text.terbilang", "error", needs={"data"},
      title="Angka dan terbilangnya tidak sama",
      explanation="""Jumlah uang atau bilangan yang ditulis juga dengan huruf (terbilang) harus
      bilangan yang sama. Terbilang yang tidak dapat dibaca sebagai satu bilangan (urutan kata
      bilangan yang salah) juga dilaporkan.""",
      wrong="57 (Enam Puluh Tiga) kegiatan", right="57 (Lima Puluh Tujuh) kegiatan")
def terbilang(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    for sheet, row, value in texts(s.data):
        text = value.text or ""
        where = (sheet, value.cell)
        for m in _AMOUNT_WORDS.finditer(text):
            figure = parse_number(m.group(1), integer_unit=False)
            words = parse_terbilang(m.group(2))
            if words is None:
                if _looks_like_words(m.group(2)):
                    yield Issue(*where, f"terbilang '{m.group(2).strip()}' untuk {m.group(1)} "
                                "tidak dapat dibaca sebagai satu bilangan (urutan kata bilangan "
                                "salah)", row.text("bagian"), key=TEXT_KEY[sheet],
                                actual=m.group(2).strip())
                continue
            if figure.value is not None and abs(float(words) - float(figure.value)) > 0.005:
                yield Issue(*where, f"{m.group(1)} ditulis dengan huruf '{m.group(2).strip()}' = "
                            f"{format_angka(float(words))}, bukan "
                            f"{format_angka(float(figure.value))}", row.text("bagian"),
                            key=TEXT_KEY[sheet], expected=float(figure.value), actual=float(words))
        for m in _COUNT_WORDS.finditer(text):
            words = parse_terbilang(m.group(2))
            if words is not None and int(words) != int(m.group(1)):
                yield Issue(*where, f"{m.group(1)} ditulis dengan huruf '{m.group(2).strip()}' = "
                            f"{int(words)}", row.text("bagian"), key=TEXT_KEY[sheet],
                            expected=int(m.group(1)), actual=int(words))


@rule("text.angka_tak_terbaca", "error", needs={"data"},
      title="Jumlah uang di teks yang tidak dapat dibaca",
      explanation="""Jumlah rupiah di kalimat yang tidak dapat dibaca sebagai satu angka
      (pemisah ribuan dan desimal tercampur, seperti yang tercetak di LKIP contoh).""",
      wrong="sebesar Rp. 56.475.618.912.19", right="sebesar Rp 56.475.618.912,19")
def unreadable_amounts(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    for sheet, row, value in texts(s.data):
        for m in _RUPIAH.finditer(value.text or ""):
            parsed = parse_number(m.group(0))
            if parsed.value is None:
                yield Issue(sheet, value.cell, f"angka '{m.group(0)}' di teks tidak dapat "
                            f"dibaca: {parsed.problem}", row.text("bagian"), key=TEXT_KEY[sheet],
                            actual=m.group(0))


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


@rule("text.angka_tabel", "error", needs={"data"},
      title="Jumlah uang di teks berbeda dengan total tabelnya",
      explanation="""Kalimat yang menyebut Belanja Langsung (di Ikhtisar atau bagian 2.1.4)
      dibandingkan dengan total pagu Tabel 2.5, dan kalimat yang menyebut realisasi anggaran
      dengan jumlah realisasi di Realisasi Anggaran.""",
      wrong="Belanja Langsung sebesar Rp 38.000.000.000 (total pagu Rp 38.619.594.847)",
      right="Belanja Langsung sebesar Rp 38.619.594.847")
def amounts(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    for sheet, row, value in texts(s.data):
        text = value.text or ""
        for section, pattern, table, column, what in _AMOUNT_OF:
            if not section.search(row.text("bagian")):
                continue
            # the first amount after the words, in the same sentence and close to them
            found: list[float] = []
            for m in pattern.finditer(text):
                near = _RUPIAH.search(text, m.end(), min(len(text), m.end() + 150))
                if near and "." not in text[m.end():near.start()].replace("Rp.", ""):
                    number = parse_number(near.group(0)).value
                    if number is not None:
                        found.append(float(number))
            total = _amount_total(s.data, table, column)
            if total is None or not found or any(abs(a - total) < 1 for a in found):
                continue
            yield Issue(sheet, value.cell, f"teks menyebut {format_rupiah(found[0], 2)}, {what} "
                        f"{format_rupiah(total, 2)}", row.text("bagian"), key=TEXT_KEY[sheet],
                        expected=total, actual=float(found[0]))


@rule("text.jumlah", "error", needs={"data"},
      title="Jumlah program atau kegiatan di teks berbeda dengan Tabel 2.4",
      explanation="""'16 program', 'sebanyak 57 kegiatan' di kalimat dibandingkan dengan
      banyaknya baris program dan kegiatan di Tabel 2.4. Kalimat boleh menyebut jumlah lain
      juga ('menjadi 45 kegiatan yang direfocusing'): hanya dilaporkan bila tidak satu pun
      jumlah yang disebutnya sama dengan tabel.""",
      wrong="melaksanakan 63 kegiatan (Tabel 2.4: 57 kegiatan)",
      right="melaksanakan 57 kegiatan")
def counts(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    table = s.data.tables["Tabel 2.4"]
    actual = {"program": sum(r.kind == "group" for r in table),
              "kegiatan": sum(r.kind == "item" for r in table)}
    for sheet, row, value in texts(s.data):
        stated: dict[str, list[int]] = {}
        text = value.text or ""
        for m in _COUNTS.finditer(text):
            if _COUNT_WORDS_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
                stated.setdefault(m.group(2).lower(), []).append(int(m.group(1)))
        for what, numbers in stated.items():
            if actual[what] and actual[what] not in numbers:
                yield Issue(sheet, value.cell, f"teks menyebut {numbers[0]} {what}, Tabel 2.4 "
                            f"memuat {actual[what]} {what}", row.text("bagian"),
                            key=TEXT_KEY[sheet], expected=actual[what], actual=numbers[0])


@rule("text.tahun", "warning", needs={"data"},
      title="Tahun lain disebut di tempat tahun laporan",
      explanation="""Kalimat seperti 'LKIP Tahun 2019' atau 'Perjanjian Kinerja Tahun 2019' di
      laporan tahun 2020 biasanya sisa laporan tahun lalu. Tahun pada judul tabel analisis
      (kolom Tahun pada Judul Tabel) yang bukan tahun laporan adalah galat.""",
      wrong="Laporan Kinerja Tahun 2019 (laporan tahun 2020)",
      right="Laporan Kinerja Tahun 2020")
def year(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    report_year = s.data.year
    for sheet, row, value in texts(s.data):
        for m in _YEAR.finditer(value.text or ""):
            # a period (2019 - 2023) names its years; next year's Perjanjian Kinerja is
            # signed before the report of this one
            ahead = m.group(1) == "Perjanjian Kinerja" and int(m.group(2)) == report_year + 1
            if int(m.group(2)) != report_year and not ahead:
                yield Issue(sheet, value.cell, f"'{m.group(0).strip()}': laporan tahun "
                            f"{report_year} menyebut tahun {m.group(2)}", row.text("bagian"),
                            key=TEXT_KEY[sheet], expected=report_year, actual=int(m.group(2)))
    for table in ("Analisis Indikator", "Ringkasan Capaian"):
        for row in s.data.tables[table]:
            heading = row.values.get("tahun_judul")
            if heading is not None and heading.number is not None \
                    and heading.number != report_year:
                yield Issue(table, heading.cell, f"judul tabel menyebut tahun "
                            f"{int(heading.number)}, laporan ini tahun {report_year}", row.label,
                            "tahun_judul", expected=report_year, actual=int(heading.number),
                            severity="error")


@rule("text.kesimpulan", "error", needs={"data"},
      title="Kesimpulan 'semua sasaran tercapai' yang bertentangan dengan tabel",
      explanation="""Kalimat yang menyimpulkan semua sasaran, target atau indikator tercapai,
      padahal menurut Tabel 3.1 atau 3.3 ada indikator yang belum tercapai.""",
      wrong="Semua sasaran telah tercapai (IK03: target 100%, realisasi 92%)",
      right="Sebelas dari dua belas indikator tercapai; IK03 belum tercapai")
def conclusion(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    pk = by_key(s.data, "Tabel 2.6")
    missed = []
    for row in [*s.data.tables["Tabel 3.1"], *s.data.tables["Tabel 3.3"]]:
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
        return
    for sheet, row, value in texts(s.data):
        claim = re.search(r"semua (sasaran|target|indikator)[^.]*(tercapai|berhasil dicapai)",
                          value.text or "", re.I)
        if claim:
            yield Issue(sheet, value.cell, f"teks menyimpulkan semua sasaran tercapai, tetapi "
                        f"{len(missed)} indikator belum tercapai menurut Tabel 3.1/3.3: "
                        f"{', '.join(missed[:3])}", row.text("bagian"), key=TEXT_KEY[sheet],
                        expected=f"{len(missed)} indikator belum tercapai",
                        actual=claim.group(0))


@rule("text.judul_tahun", "warning", needs={"data"},
      title="Judul atau kepala kolom tercetak yang menyebut tahun lain",
      explanation="""Judul tabel dan kepala kolom seperti yang tercetak di dokumen (lembar
      Judul Tercetak) dibandingkan dengan tahun-tahun tabel itu: tahun laporan, tahun kolom
      per tahunnya (Realisasi 2020 di Tabel 3.4 laporan 2021) dan tahun-tahun Renstra untuk
      tabel Renstra. Tahun lain biasanya sisa laporan tahun sebelumnya.""",
      wrong="Tabel 2.4: 'PROGRAM DAN KEGIATAN TAHUN ANGGARAN 2020' (laporan 2021)",
      right="Tabel 2.4: 'PROGRAM DAN KEGIATAN TAHUN ANGGARAN 2021'")
def printed_title_year(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    years = s.data.years
    renstra = set(range(years.renstra, years.renstra + 6))
    for row in s.data.tables.get("Judul Tercetak", []):
        sheet, title = row.text("lembar").strip(), row.values.get("judul")
        if title is None or not title.text:
            continue
        allowed = {years.report}
        if sheet in schema.TABLES_BY_SHEET:
            tbl = schema.table(sheet)
            allowed |= {y for c in tbl.columns if (y := c.year(years)) is not None}
            if any(c.year_base == "renstra" for c in tbl.columns):
                allowed |= renstra
        for m in _ANY_YEAR.finditer(title.text):
            if int(m.group(0)) not in allowed:
                yield Issue("Judul Tercetak", title.cell,
                            f"'{title.text}' ({sheet}) menyebut tahun {m.group(0)}; tabel itu "
                            f"untuk tahun {years.report}", row.text("lembar"), "judul",
                            expected=years.report, actual=int(m.group(0)))


_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
