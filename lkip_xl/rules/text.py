"""Figures in the sentences staff wrote (Narasi Staf, Uraian Capaian) against the tables.

Numbers are read with the strict Indonesian rules of :mod:`lkip_xl.model.numbers`: a
figure with more than one reading is never guessed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from typing import Any

from lkip_xl.book.inputbook import InputData, Row, Value
from lkip_xl.model import capaian, schema
from lkip_xl.model.numbers import (
    format_angka,
    format_rupiah,
    parse_count,
    parse_number,
    parse_scaled,
    parse_terbilang,
)
from lkip_xl.rules import tables
from lkip_xl.rules.registry import Issue, Subject, rule
from lkip_xl.rules.tables import TEXT_KEY, budget_lines, by_key, cell_number, texts

_AMOUNT_WORDS = re.compile(r"(Rp\.?\s*[\d.,]+\d)\s*\(([^)]*[a-zA-Z][^)]*)\)")
_COUNT_WORDS = re.compile(r"(?<![\d.,])\b(\d{1,4})\s*\(([A-Za-z][A-Za-z ]+)\)")
_COUNTS = re.compile(r"\b(\d{1,4})\s*[.(]?\s*(?:\([^)]*\)\s*)?(Program|Sub\s+Kegiatan|Kegiatan)\b",
                     re.I)
# A count of all programs or kegiatan is announced by one of these words.
_COUNT_WORDS_BEFORE = re.compile(r"\b(ada|sebanyak|jumlah|terdapat|melaksanakan|mengelola)\b",
                                 re.I)
_YEAR = re.compile(r"\b(LK[jJ]?IP|Laporan Kinerja|tahun anggaran|Perjanjian Kinerja|selama)"
                   r"[^.:;]{0,60}?\b[Tt]ahun\s+(\d{4})"
                   r"(?!\s*(?:[-–—/]|s\.?\s?d\.?|sampai(?: dengan)?)\s*(?:tahun\s*)?\d{4})")
# Phrases of this year's performance: a past year here is left over from an old report,
# a later year cannot have been measured yet (a comparison with last year is not one).
_YEAR_PAST = re.compile(r"\b(akuntabilitas kinerja|penilaian kinerja|Rencana Kinerja|"
                        r"target kinerja|diperjanjikan|[Aa]nggaran untuk|capaian kinerja|"
                        r"target yang direncanakan|realisasi anggaran)[^.:;]{0,60}?\b"
                        r"(?:pada\s+)?[Tt]ahun\s+(\d{4})"
                        r"(?!\s*(?:[-–—/]|s\.?\s?d\.?|sampai)\s*(?:tahun\s*)?\d{4})")
_YEAR_LATER = re.compile(r"\b(capaian|realisasi)(?:\s+(?:kinerja|anggaran|keuangan|fisik))?"
                         r"(?:\s+[^.:;,]{0,60}?)?\s+(?:pada\s+)?[Tt]ahun\s+(\d{4})\b")
_RUPIAH = re.compile(r"Rp[.,]?\s*\d[\d.,]*\d")
# A sentence that compares with earlier years, or speaks of plans and projections
_COMPARED = re.compile(r"dibanding|pembanding|perbandingan|sebelum|lalu|tahun-tahun", re.I)
_PLANNED = re.compile(r"diharapkan|harapan|rencana|target|proyeksi|akan|diproyeksikan|"
                      r"direncanakan|acuan|pedoman|mendatang|berikutnya|selanjutnya", re.I)


def _sentence_at(text: str, at: int) -> str:
    """The sentence of *text* that holds position *at*."""
    start = max(text.rfind(". ", 0, at), text.rfind("! ", 0, at), text.rfind("? ", 0, at))
    end = min((i for i in (text.find(". ", at), text.find("! ", at), text.find("? ", at))
               if i >= 0), default=len(text))
    return text[start + 1:end + 1]
_NUMBER = r"(?<![\d.,])\d{1,3}(?:[.,]\d+)*(?![\d.,]\d)"
_NUMBER_WORDS = {"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
                 "sepuluh", "sebelas", "belas", "puluh", "ratus", "seratus", "ribu", "seribu",
                 "juta", "miliar", "milyar", "triliun"}


def _looks_like_words(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return sum(w in _NUMBER_WORDS for w in words) >= 3


@rule("text.terbilang", "error", needs={"shown"},
      title="Angka dan terbilangnya tidak sama",
      explanation="""Jumlah uang atau bilangan yang ditulis juga dengan huruf (terbilang) harus
      bilangan yang sama. Terbilang yang tidak dapat dibaca sebagai satu bilangan (urutan kata
      bilangan yang salah) juga dilaporkan.""",
      wrong="57 (Enam Puluh Tiga) kegiatan", right="57 (Lima Puluh Tujuh) kegiatan")
def terbilang(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    for sheet, row, value in texts(s.shown):
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


@rule("text.angka_tak_terbaca", "error", needs={"shown"},
      title="Jumlah uang di teks yang tidak dapat dibaca",
      explanation="""Jumlah rupiah di kalimat yang tidak dapat dibaca sebagai satu angka
      (pemisah ribuan dan desimal tercampur, seperti yang tercetak di LKIP contoh).""",
      wrong="sebesar Rp. 56.475.618.912.19", right="sebesar Rp 56.475.618.912,19")
def unreadable_amounts(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    for sheet, row, value in texts(s.shown):
        for m in _RUPIAH.finditer(value.text or ""):
            parsed = parse_number(m.group(0))
            if parsed.value is None:
                yield Issue(sheet, value.cell, f"angka '{m.group(0)}' di teks tidak dapat "
                            f"dibaca: {parsed.problem}", row.text("bagian"), key=TEXT_KEY[sheet],
                            actual=m.group(0))


def _amount_total(data: InputData, sheet: str, column: str) -> float | None:
    """A budget table's total as the report shows it (typed or computed), else the sum
    of its kegiatan (and sub kegiatan) when every one can be read; None when neither is
    known."""
    total = next((r for r in data.tables[sheet] if r.kind == "total"), None)
    number = total.number(column) if total is not None else None
    if number is not None:
        return float(number)
    items = [r.values.get(column) for r in budget_lines(data, sheet)]
    if items and all(v is not None and (v.blank or v.number is not None) for v in items):
        return float(sum(v.number or 0 for v in items if v is not None))
    return None


# Words that tie an amount in a sentence of a section to a table's total:
# (section, words, table, column, what the message calls it).
_AMOUNT_OF = (
    (re.compile(r"2\.1\.4|Ikhtisar", re.I), re.compile(r"belanja langsung", re.I),
     "Tabel 2.5", "pagu", "total pagu Tabel 2.5"),
    (re.compile(r"Ikhtisar|Realisasi Anggaran", re.I),
     re.compile(r"menggunakan dana|realisasi anggaran", re.I), "Realisasi Anggaran",
     "realisasi", "jumlah realisasi di Realisasi Anggaran"),
    # the whole budget: not in a sentence about one program or kegiatan
    (re.compile(r"2\.1\.4|Ikhtisar|Realisasi Anggaran", re.I),
     re.compile(r"(?:total|jumlah|seluruh) (?:pagu )?anggaran(?![^.]*\b(?:program|kegiatan))",
                re.I), "Realisasi Anggaran", "anggaran", "jumlah anggaran di Realisasi Anggaran"),
)


# What the programmes' budget tables do not hold: the indirect spending (salaries), revenue.
_OTHER_BUDGET = re.compile(r"tidak\s+langsung|\bBTL\b|pendapatan|penerimaan", re.I)


@rule("text.angka_tabel", "error", needs={"shown"},
      title="Jumlah uang di teks berbeda dengan total tabelnya",
      explanation="""Kalimat yang menyebut Belanja Langsung (di Ikhtisar atau bagian 2.1.4)
      dibandingkan dengan total pagu Tabel 2.5, dan kalimat yang menyebut realisasi anggaran
      dengan jumlah realisasi di Realisasi Anggaran. Persen realisasi, penyerapan atau capaian
      anggaran di kalimat mana pun yang tidak menyebut program, kegiatan, rata-rata, tahun lain
      atau triwulan dibandingkan dengan persen jumlah Realisasi Anggaran (dibulatkan seperti
      ditulis); persen 'rata-rata' dengan persen jumlah itu atau rata-rata persen program atau
      kegiatannya (peringatan). Realisasi yang disebut di samping seluruh anggaran (jumlah
      anggaran atau total pagu yang tepat) dibandingkan dengan jumlah realisasi Realisasi
      Anggaran; peringatan bila ada nilai tabel yang tidak terbaca.""",
      wrong="Belanja Langsung sebesar Rp 38.000.000.000 (total pagu Rp 38.619.594.847)",
      right="Belanja Langsung sebesar Rp 38.619.594.847")
def amounts(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    for sheet, row, value in texts(s.shown):
        text = value.text or ""
        for section, pattern, table, column, what in _AMOUNT_OF:
            if not section.search(row.text("bagian")):
                continue
            # the first amount after the words, in the same sentence and close to them
            found: list[float] = []
            for m in pattern.finditer(text):
                near = _RUPIAH.search(text, m.end(), min(len(text), m.end() + 150))
                between = text[m.end():near.start()] if near else ""
                if near and "." not in between.replace("Rp.", "") \
                        and not _OTHER_BUDGET.search(between):
                    number = parse_number(near.group(0)).value
                    if number is not None:
                        found.append(float(number))
            total = _amount_total(s.shown, table, column)
            if total is None or not found or any(abs(a - total) < 1 for a in found):
                continue
            yield Issue(sheet, value.cell, f"teks menyebut {format_rupiah(found[0], 2)}, {what} "
                        f"{format_rupiah(total, 2)}", row.text("bagian"), key=TEXT_KEY[sheet],
                        expected=total, actual=float(found[0]))
        yield from _spent_share(s.shown, sheet, row, value)
        yield from _realisasi_of_total(s.shown, sheet, row, value)


_SPENT = re.compile(r"\b(?:realisasi|penyerapan|serapan|capaian)\s+(?:anggaran|keuangan|belanja)"
                    rf"\b[^.%]{{0,80}}?({_NUMBER})\s*%", re.I)
_NOT_THE_TOTAL = re.compile(r"program|kegiatan|rata|triwulan|semester|bulan|fisik|provinsi|"
                            r"nasional|target", re.I)


def _spent_share(data: InputData, sheet: str, row: Row, value: Value) -> Iterator[Issue]:
    """The share of the whole budget spent, as a sentence gives it, against the total of
    Realisasi Anggaran."""
    total = next((r for r in data.tables["Realisasi Anggaran"] if r.kind == "total"), None)
    shown = total.values.get("persen") if total is not None else None
    if shown is None or shown.number is None:
        return
    for _, sentence in _sentences(value.text or ""):
        if any(int(y.group(0)) != data.year for y in _ANY_YEAR.finditer(sentence)):
            continue
        yield from _mean_share(data, sheet, row, value, sentence, float(shown.number))
        if _NOT_THE_TOTAL.search(sentence):
            continue
        for m in _SPENT.finditer(sentence):
            stated = _percent(m.group(1), data.decimal_comma)
            if stated is not None and _off(stated, float(shown.number),
                                           _decimals(m.group(1), data.decimal_comma)):
                yield Issue(sheet, value.cell, f"'{m.group(0).strip()}': persen jumlah "
                            f"Realisasi Anggaran {format_angka(float(shown.number), 2)}%",
                            row.text("bagian"), key=TEXT_KEY[sheet],
                            expected=round(float(shown.number), 2), actual=stated)


_MEAN_SPENT = re.compile(r"\b(?:realisasi|penyerapan|serapan|capaian)\s+(?:anggaran|keuangan)\s+"
                         rf"(?:secara\s+)?rata-rata\s+(?:sebesar\s+|mencapai\s+)?({_NUMBER})"
                         r"\s*%", re.I)


def _mean_share(data: InputData, sheet: str, row: Row, value: Value, sentence: str,
                total: float) -> Iterator[Issue]:
    """'capaian keuangan rata-rata sebesar 92%': the share of the whole budget, or the mean
    of the programs' or of the kegiatan's shares; none of them is no mean of this table."""
    shares = [total]
    for kind in ("item", "group"):
        rows = [r.number("persen") for r in data.tables["Realisasi Anggaran"] if r.kind == kind]
        if rows and all(p is not None for p in rows):
            shares.append(sum(float(p or 0) for p in rows) / len(rows))
    for m in _MEAN_SPENT.finditer(sentence):
        stated = _percent(m.group(1), data.decimal_comma)
        digits = _decimals(m.group(1), data.decimal_comma)
        if stated is not None and all(_off(stated, share, digits) for share in shares):
            yield Issue(sheet, value.cell, f"'{m.group(0).strip()}': persen jumlah Realisasi "
                        f"Anggaran {format_angka(total, 2)}%"
                        + (f", rata-rata persen program atau kegiatannya "
                           f"{' / '.join(format_angka(x, 2) for x in shares[1:])}%"
                           if len(shares) > 1 else "") + _unsure(data), row.text("bagian"),
                        key=TEXT_KEY[sheet], expected=round(total, 2), actual=stated,
                        severity="warning")


def _unsure(data: InputData) -> str:
    """What to add to a finding against a total of Realisasi Anggaran that a value no one
    can read leaves open ('' when every value is read)."""
    unread = [v.cell for r in data.tables["Realisasi Anggaran"] for key, v in r.values.items()
              if key in ("anggaran", "realisasi") and v.number is None
              and re.search(r"\d", v.text or "")]
    return f" (jumlah tabel belum pasti: {', '.join(unread[:3])} tidak terbaca)" if unread else ""


_TOTAL_BUDGET = re.compile(r"Rp[.,]?\s*\d[\d.,]*\d(?:,-)?\s*,?\s*(?:(?:dengan|dan)\s+"
                           r"realisasi(?:nya)?|(?:anggaran\s+tersebut\s+|dan\s+|yang\s+)?"
                           r"(?:terealisasi|direalisasikan))\s+(?:sebesar\s+|senilai\s+|:\s*)?"
                           r"(Rp[.,]?\s*\d[\d.,]*\d)", re.I)


def _realisasi_of_total(data: InputData, sheet: str, row: Row, value: Value
                        ) -> Iterator[Issue]:
    """'anggaran ... sebesar Rp 6.711.000.000 dengan realisasi sebesar Rp 6.173.785.026':
    beside the whole budget, the whole realisasi of Realisasi Anggaran."""
    budgets = {a for a in (_amount_total(data, "Realisasi Anggaran", "anggaran"),
                           _amount_total(data, "Tabel 2.5", "pagu")) if a}
    spent = _amount_total(data, "Realisasi Anggaran", "realisasi")
    if not budgets or not spent:
        return
    text = value.text or ""
    for m in _TOTAL_BUDGET.finditer(text):
        budget = parse_number(re.match(r"Rp[.,]?\s*\d[\d.,]*\d", m.group(0))
                              .group(0)).value  # type: ignore[union-attr]
        said = parse_number(m.group(1)).value
        if budget is None or said is None or not any(abs(float(budget) - b) < 1
                                                     for b in budgets):
            continue
        if abs(float(said) - spent) >= 1:
            unsure = _unsure(data)
            yield Issue(sheet, value.cell, f"teks menyebut realisasi {m.group(1)} dari seluruh "
                        f"anggaran {format_rupiah(float(budget))}, jumlah realisasi di Realisasi "
                        f"Anggaran {format_rupiah(spent, 2)}{unsure}", row.text("bagian"),
                        key=TEXT_KEY[sheet], expected=spent, actual=float(said),
                        severity="warning" if unsure else None)


@rule("text.jumlah", "error", needs={"shown"},
      title="Jumlah program atau kegiatan di teks berbeda dengan Tabel 2.4",
      explanation="""'16 program', 'sebanyak 57 kegiatan', '120 sub kegiatan' di kalimat
      dibandingkan dengan banyaknya baris program, kegiatan dan sub kegiatan di Tabel 2.4.
      Kalimat boleh menyebut jumlah lain juga ('menjadi 45 kegiatan yang direfocusing'): hanya
      dilaporkan bila tidak satu pun jumlah yang disebutnya sama dengan tabel.""",
      wrong="melaksanakan 63 kegiatan (Tabel 2.4: 57 kegiatan)",
      right="melaksanakan 57 kegiatan")
def counts(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    table = s.shown.tables["Tabel 2.4"]
    actual = {"program": sum(r.kind == "group" for r in table),
              "kegiatan": sum(r.kind == "item" for r in table),
              "sub kegiatan": sum(r.kind == "sub" for r in table)}
    for sheet, row, value in texts(s.shown):
        stated: dict[str, list[int]] = {}
        text = value.text or ""
        for m in _COUNTS.finditer(text):
            if _COUNT_WORDS_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
                stated.setdefault(" ".join(m.group(2).lower().split()), []).append(
                    int(m.group(1)))
        for what, numbers in stated.items():
            if actual[what] and actual[what] not in numbers:
                yield Issue(sheet, value.cell, f"teks menyebut {numbers[0]} {what}, Tabel 2.4 "
                            f"memuat {actual[what]} {what}", row.text("bagian"),
                            key=TEXT_KEY[sheet], expected=actual[what], actual=numbers[0])


@rule("text.tahun", "warning", needs={"shown"},
      title="Tahun lain disebut di tempat tahun laporan",
      explanation="""Kalimat seperti 'LKIP Tahun 2019', 'Perjanjian Kinerja Tahun 2019',
      'penilaian kinerja ... Tahun 2019' atau 'target kinerja Tahun 2019' di laporan tahun 2020
      biasanya sisa laporan tahun lalu (kecuali kalimat yang membandingkan dengan tahun
      sebelumnya); 'capaian anggaran tahun 2021' di laporan 2020 belum dapat diukur (kecuali
      kalimat tentang harapan, rencana atau target). Kalimat yang menyebut angka tahun ini
      (banyaknya program dan kegiatan Tabel 2.4, total pagu atau realisasi anggaran) dengan
      tahun lain juga dilaporkan. Tahun pada judul tabel analisis (kolom Tahun pada Judul
      Tabel) yang bukan tahun laporan adalah galat.""",
      wrong="Laporan Kinerja Tahun 2019 (laporan tahun 2020); Untuk tahun 2019 ada 16 "
            "program dan 57 kegiatan (Tabel 2.4 tahun 2020: 16 program, 57 kegiatan)",
      right="Laporan Kinerja Tahun 2020; Untuk tahun 2020 ada 16 program dan 57 kegiatan")
def year(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    report_year = s.shown.year
    figures = _this_years_figures(s.shown)
    for sheet, row, value in texts(s.shown):
        for sentence, said in _years_with_figures(value.text or "", figures, report_year):
            yield Issue(sheet, value.cell, f"'{sentence}': angka tahun {report_year} ditulis "
                        f"sebagai tahun {said}", row.text("bagian"), key=TEXT_KEY[sheet],
                        expected=report_year, actual=said)
        for m in _YEAR.finditer(value.text or ""):
            # a period (2019 - 2023) names its years; next year's Perjanjian Kinerja is
            # signed before the report of this one
            ahead = m.group(1) == "Perjanjian Kinerja" and int(m.group(2)) == report_year + 1
            if int(m.group(2)) != report_year and not ahead:
                yield Issue(sheet, value.cell, f"'{m.group(0).strip()}': laporan tahun "
                            f"{report_year} menyebut tahun {m.group(2)}", row.text("bagian"),
                            key=TEXT_KEY[sheet], expected=report_year, actual=int(m.group(2)))
        for m in _YEAR_PAST.finditer(value.text or ""):
            said = int(m.group(2))  # a later year may be a Renstra target or next year's plan
            sentence = _sentence_at(value.text or "", m.start())
            # a realisasi beside this year's sets the two side by side
            beside = m.group(1).lower() == "realisasi anggaran" and any(
                int(y) == report_year for y in _TAHUN.findall(sentence))
            if said < report_year and not _YEAR.search(m.group(0)) \
                    and not _COMPARED.search(sentence) and not beside:
                yield Issue(sheet, value.cell, f"'{m.group(0).strip()}': laporan tahun "
                            f"{report_year} menyebut tahun {said}", row.text("bagian"),
                            key=TEXT_KEY[sheet], expected=report_year, actual=said)
        for m in _YEAR_LATER.finditer(value.text or ""):
            if int(m.group(2)) > report_year \
                    and not _PLANNED.search(_sentence_at(value.text or "", m.start())):
                yield Issue(sheet, value.cell, f"'{m.group(0).strip()}': laporan tahun "
                            f"{report_year} tidak dapat memuat {m.group(1).lower()} tahun "
                            f"{m.group(2)}", row.text("bagian"), key=TEXT_KEY[sheet],
                            expected=report_year, actual=int(m.group(2)))
    for table in ("Analisis Indikator", "Ringkasan Capaian"):
        for row in s.shown.tables[table]:
            heading = row.values.get("tahun_judul")
            if heading is not None and heading.number is not None \
                    and heading.number != report_year:
                yield Issue(table, heading.cell, f"judul tabel menyebut tahun "
                            f"{int(heading.number)}, laporan ini tahun {report_year}", row.label,
                            "tahun_judul", expected=report_year, actual=int(heading.number),
                            severity="error")


_TAHUN = re.compile(r"\b[Tt]ahun\s+(\d{4})\b(?!\s*(?:[-–—/]|s\.?\s?d\.?|sampai)\s*"
                       r"(?:tahun\s*)?\d{4})")


def _this_years_figures(data: InputData) -> tuple[set[int], set[float]]:
    """What the report states of its own year: the number of programs and of kegiatan
    (Tabel 2.4), and the budget totals (pagu, anggaran, realisasi) as the tables show them."""
    table = data.tables["Tabel 2.4"]
    counts = {n for n in (sum(r.kind == "group" for r in table),
                          sum(r.kind == "item" for r in table)) if n}
    amounts = {a for sheet, column in (("Tabel 2.5", "pagu"), ("Realisasi Anggaran", "anggaran"),
                                       ("Realisasi Anggaran", "realisasi"))
               if (a := _amount_total(data, sheet, column))}
    return counts, amounts


def _years_with_figures(text: str, figures: tuple[set[int], set[float]], report_year: int
                        ) -> Iterator[tuple[str, int]]:
    """Sentences that name another year (not a period) beside this year's program and
    kegiatan counts or budget total, and do not compare years: that year is left over."""
    counts, amounts = figures
    for m in _TAHUN.finditer(text):
        said = int(m.group(1))
        if said == report_year:
            continue
        sentence = _sentence_at(text, m.start())
        if _COMPARED.search(sentence) or any(int(y) == report_year
                                             for y in _TAHUN.findall(sentence)):
            continue
        stated = {int(c.group(1)) for c in _COUNTS.finditer(sentence)}
        money = {parsed.value for r in _RUPIAH.finditer(sentence)
                 if (parsed := parse_number(r.group(0))).value is not None}
        both_counts = len(counts) == 2 and counts <= stated
        if both_counts or any(abs(a - b) < 0.5 for a in amounts for b in money):
            yield " ".join(sentence.split())[:80], said


@rule("text.kesimpulan", "error", needs={"shown"},
      title="Kesimpulan 'semua sasaran tercapai' yang bertentangan dengan tabel",
      explanation="""Kalimat yang menyimpulkan semua (atau seluruh) sasaran, target atau
      indikator tercapai, padahal menurut Tabel 3.1 atau 3.3 (status seperti yang dicetak
      laporan) ada indikator yang belum tercapai.""",
      wrong="Semua realisasi indikator telah mencapai target (IK03: target 100%, realisasi 92%)",
      right="Sebelas dari dua belas indikator tercapai; IK03 belum tercapai")
def conclusion(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    missed = []
    # missed as the tables show them, or as staff typed them (a realisasi the template
    # links from elsewhere), against the Perjanjian Kinerja's target
    sheets = ("Tabel 3.1", "Tabel 3.3")
    typed = tables.typed(s.data, s.shown, s.stated, sheets)
    pk = by_key(s.shown, "Tabel 2.6")
    rows: list[tuple[Row, Mapping[str, Value]]] = [
        (row, row.values) for sheet in sheets for row in s.shown.tables[sheet]]
    rows += [(row, values) for sheet in sheets for row in s.shown.tables[sheet]
             if (values := typed.get((sheet, " / ".join(row.key)))) is not None]
    for row, values in rows:
        source = pk.get(" / ".join(row.key))
        target = cell_number(source.values.get("target")) if source else None
        realisasi = values.get("realisasi")
        r: Any = cell_number(realisasi)
        if r is None and realisasi is not None and realisasi.text:
            r = realisasi.text
        result = capaian.compute(target, r, source.text("polaritas") if source else "positif")
        status = values.get("status")
        said = status.display().strip() if status is not None else ""
        if row.kind != "total" and capaian.BELUM in (result.status, said) \
                and row.label not in missed:
            missed.append(row.label)
    if not missed:
        return
    for sheet, row, value in texts(s.shown):
        claim = _ALL_REACHED.search(value.text or "")
        if claim:
            yield Issue(sheet, value.cell, f"teks menyimpulkan semua sasaran tercapai, tetapi "
                        f"{len(missed)} indikator belum tercapai menurut Tabel 3.1/3.3: "
                        f"{', '.join(missed[:3])}", row.text("bagian"), key=TEXT_KEY[sheet],
                        expected=f"{len(missed)} indikator belum tercapai",
                        actual=claim.group(0))


_ALL_REACHED = re.compile(r"\b(?:semua|seluruh)\s+(?:realisasi\s+|capaian\s+)?(?:sasaran|target|"
                          r"indikator)[^.]*?(?:tercapai|berhasil dicapai|mencapai target|"
                          r"memenuhi target)", re.I)


@rule("text.judul_tahun", "warning", needs={"shown"},
      title="Judul atau kepala kolom tercetak yang menyebut tahun lain",
      explanation="""Judul tabel dan kepala kolom seperti yang tercetak di dokumen (lembar
      Judul Tercetak) dibandingkan dengan tahun-tahun tabel itu: tahun laporan, tahun kolom
      per tahunnya (Realisasi 2020 di Tabel 3.4 laporan 2021) dan tahun-tahun Renstra untuk
      tabel Renstra. Tahun lain biasanya sisa laporan tahun sebelumnya.""",
      wrong="Tabel 2.4: 'PROGRAM DAN KEGIATAN TAHUN ANGGARAN 2020' (laporan 2021)",
      right="Tabel 2.4: 'PROGRAM DAN KEGIATAN TAHUN ANGGARAN 2021'")
def printed_title_year(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    years = s.shown.years
    renstra = set(range(years.renstra, years.renstra + 6))
    for row in s.shown.tables.get("Judul Tercetak", []):
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


# --------------------------------------------------------------------------
# What real LKIPs get wrong in their sentences (issue 14): counts, arithmetic, categories,
# regulations and amounts.  Each figure is read strictly; a sentence whose figure has no
# single reading is left alone.

_NUM_WORD = (r"(?:se(?:puluh|belas|ratus)|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan"
             r")(?:\s+(?:belas|puluh))?(?:\s+(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|"
             r"sembilan))?")
# a count: "3", "3 (tiga)", "tiga"; groups: figure, words in brackets, bare words
_A_COUNT = (rf"(?:(?<![\d.,])(\d{{1,3}})(?![\d.,]\d)(?:\s*\(\s*([A-Za-z ]+?)\s*\))?"
            rf"|\b({_NUM_WORD})\b)")


def _count(figure: str | None, bracketed: str | None, words: str | None) -> int | None:
    return parse_count(figure, bracketed) if figure else parse_count(None, words)


def _sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of *text* with where each starts: a full stop that ends a sentence is
    followed by a space (a dot between digits groups thousands)."""
    out, start = [], 0
    for m in re.finditer(r"(?<!\bRp)(?<!\bNo)(?<!\bth)[.!?](?=\s|$)", text):
        out.append((start, text[start:m.end()]))
        start = m.end()
    if text[start:].strip():
        out.append((start, text[start:]))
    return out


def _decimals(figure: str, comma: bool = True) -> int:
    """How many decimals *figure* is written with (a comma is the decimal mark in a report
    written the Indonesian way; else a last group of three digits groups thousands)."""
    if comma:
        return len(figure.rsplit(",", 1)[1]) if "," in figure else 0
    last = re.split(r"[.,]", figure)
    return len(last[-1]) if len(last) > 1 and len(last[-1]) != 3 else 0


def _percent(figure: str, comma: bool) -> float | None:
    value = parse_number(figure, decimal_comma=comma).value
    return None if value is None else float(value)


def _items(data: InputData, sheet: str) -> list[Row]:
    return [r for r in data.tables.get(sheet, []) if r.kind not in ("total", "group")]


def _sasaran_counts(data: InputData) -> set[int]:
    """How many sasaran the report's tables list (the Perjanjian Kinerja, Tabel 2.1, and
    the report's own tables of sasaran)."""
    found = set()
    for sheet in ("Tabel 2.6", "Tabel 3.1", "Tabel 2.1"):
        rows = _items(data, sheet)
        codes = {r.text("kode_sasaran").strip() for r in rows} - {""}
        names = {r.text("sasaran").strip().lower() for r in rows} - {""}
        if codes or names:
            found.add(len(codes) if codes else len(names))
    return found | _extra_counts(data, "sasaran")


def _extra_counts(data: InputData, word: str) -> set[int]:
    return {len(e.rows) for e in data.extras
            if word in f"{e.sheet} {e.title}".lower() and e.rows}


def _indicator_counts(data: InputData) -> set[int]:
    """How many indicators a sentence may count: all of a table, or one sasaran's."""
    found = set()
    for sheet in ("Tabel 2.6", "Tabel 3.1", "Tabel 2.2", "Tabel 3.3"):
        rows = _items(data, sheet)
        if rows:
            found.add(len(rows))
        found |= _extra_counts(data, "indikator")
        per: dict[str, int] = {}
        for r in rows:
            group = r.text("kode_sasaran") or r.text("kode_program")
            per[group] = per.get(group, 0) + 1
        found |= set(per.values())
    return found


_COUNT_CLAIM = re.compile(
    rf"\b(terdapat|terhadap|ada|sebanyak|memiliki|terdiri (?:dari|atas)|dengan|meliputi|"
    rf"mencakup|yaitu|adalah|total|berjumlah)\s+(?:\w+\s+){{0,2}}?{_A_COUNT}\s+"
    rf"(sasaran|indikator)\b(?!\s+(?:ke|yang\s+(?:belum|tidak|telah|sudah|tercapai)))", re.I)


@rule("text.jumlah_sasaran", "error", needs={"shown"},
      title="Banyaknya sasaran atau indikator di teks berbeda dengan tabel",
      explanation="""'terdapat satu sasaran strategis', 'dengan 3 (tiga) indikator' di kalimat
      dibandingkan dengan banyaknya sasaran dan indikator di Perjanjian Kinerja (Tabel 2.6),
      Tabel 3.1 dan Tabel 2.1. Jumlah indikator satu sasaran atau indikator program juga
      diterima; 'salah satu sasaran' dan 'N dari M' bukan jumlah seluruhnya. Angka dan
      terbilangnya dibaca bersama dan harus sama.""",
      wrong="terdapat satu sasaran strategis (Tabel 2.6: 2 sasaran)",
      right="terdapat dua sasaran strategis")
def goal_counts(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    actual = {"sasaran": _sasaran_counts(s.shown), "indikator": _indicator_counts(s.shown)}
    for sheet, row, value in texts(s.shown):
        text = value.text or ""
        for m in _COUNT_CLAIM.finditer(text):
            what = m.group(5).lower()
            n = _count(m.group(2), m.group(3), m.group(4))
            before = text[max(0, m.start() - 12):m.start(2) if m.group(2) else m.start(4)]
            after = text[m.end():m.end() + 40]
            if n is None or not actual[what] or n in actual[what] \
                    or re.search(r"salah\s*$|\bsalah\s+satu", before + m.group(0)[:40], re.I) \
                    or re.match(r"\s*(?:\w+\s+){0,3}?(?:tercapai|yang tercapai|berhasil)", after):
                continue
            if re.search(rf"\bdari\s+{_A_COUNT}", text[m.end(1):m.start(5)]):
                continue
            table = min(actual[what], key=lambda c: abs(c - n))
            yield Issue(sheet, value.cell, f"teks menyebut {n} {what}, tabel laporan memuat "
                        f"{table} {what}", row.text("bagian"), key=TEXT_KEY[sheet],
                        expected=table, actual=n)


_REACHED_COUNT = re.compile(
    rf"{_A_COUNT}\s+dari\s+{_A_COUNT}\s+(?:dari\s+)?indikator\b[^.]{{0,80}}?"
    rf"(?<!belum )(?<!tidak )(tercapai|mencapai target|memenuhi target)", re.I)
_DECIDED = (capaian.TERCAPAI, capaian.BELUM)


@rule("text.jumlah_tercapai", "error", needs={"shown"},
      title="Banyaknya indikator tercapai di teks berbeda dengan Tabel 3.1",
      explanation="""'1 (satu) dari 3 (tiga) indikator telah mencapai target' dibandingkan
      dengan status indikator di Tabel 3.1 seperti yang dicetak laporan: banyaknya indikator
      dan banyaknya yang tercapai. Indikator yang statusnya tidak dapat dihitung (target
      bukan angka) boleh dihitung tercapai atau tidak.""",
      wrong="2 dari 3 indikator telah mencapai target (Tabel 3.1: 1 tercapai)",
      right="1 dari 3 indikator telah mencapai target")
def reached_counts(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    rows = _items(s.shown, "Tabel 3.1")
    if not rows:
        return
    reached = sum(r.text("status").strip() == capaian.TERCAPAI for r in rows)
    open_ = sum(r.text("status").strip() not in _DECIDED for r in rows)
    for sheet, row, value in texts(s.shown):
        for m in _REACHED_COUNT.finditer(value.text or ""):
            n, total = _count(*m.group(1, 2, 3)), _count(*m.group(4, 5, 6))
            if n is None or total is None or total != len(rows):
                continue
            if not reached <= n <= reached + open_:
                yield Issue(sheet, value.cell, f"teks menyebut {n} dari {total} indikator "
                            f"tercapai, Tabel 3.1: {reached} tercapai"
                            + (f" ({open_} tidak dapat dihitung)" if open_ else ""),
                            row.text("bagian"), key=TEXT_KEY[sheet], expected=reached, actual=n)


_SHARE = re.compile(
    rf"{_A_COUNT}\s+(?:\w+\s+){{0,3}}?dari\s+(?:total\s+|jumlah\s+|sebanyak\s+)?{_A_COUNT}"
    rf"([^\d%.;]{{0,70}}?)\b(atau|sekitar|sebesar|yaitu|setara|sama dengan|kurang lebih|"
    rf"mencapai|\()\s*({_NUMBER})\s*%", re.I)
_POINTS = re.compile(rf"\b(?:lebih\s+(?:unggul|tinggi|rendah|baik)|unggul|selisih(?:nya)?|"
                     rf"(?:ke)?naik(?:an)?|meningkat|menurun|turun)\b[^.%\d]{{0,60}}?"
                     rf"({_NUMBER})\s*poin", re.I)
_OTHER_SHARE = re.compile(r"dengan|serapan|realisasi|capaian|anggaran|target|rata|keuangan",
                          re.I)
_APPROXIMATE = re.compile(r"sekitar|kurang lebih|hampir|lebih dari|kurang dari", re.I)


def _off(stated: float, computed: float, decimals: int, slack: float = 0.0) -> bool:
    return abs(stated - computed) > 0.5 * 10 ** -decimals + 1e-9 + slack


@rule("text.hitung", "error", needs={"shown"},
      title="Hitungan di dalam kalimat yang salah",
      explanation="""Persen yang dihitung di kalimat dari dua bilangan kalimat itu sendiri
      ('7 dari 17 perangkat daerah, sekitar 24%': 7/17 = 41%), dan selisih 'lebih unggul N
      poin' dari dua nilai yang baru saja disebut. Persen dibulatkan seperti ditulis; 'sekitar'
      boleh meleset satu poin.""",
      wrong="7 dari 17 perangkat daerah, sekitar 24%",
      right="7 dari 17 perangkat daerah, sekitar 41%")
def sentence_arithmetic(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    comma = s.shown.decimal_comma
    for sheet, row, value in texts(s.shown):
        text = value.text or ""
        for m in _SHARE.finditer(text):
            part, whole = _count(*m.group(1, 2, 3)), _count(*m.group(4, 5, 6))
            stated = _percent(m.group(9), comma)
            if part is None or not whole or stated is None or part > whole:
                continue
            if _OTHER_SHARE.search(m.group(7)) or len(m.group(7)) > 45:
                continue  # the percentage is of something else
            slack = 1.0 if _APPROXIMATE.search(m.group(8)) else 0.0
            computed = 100 * part / whole
            if _off(stated, computed, _decimals(m.group(9), comma), slack):
                yield Issue(sheet, value.cell, f"'{m.group(0).strip()}': {part}/{whole} = "
                            f"{format_angka(computed, 2)}%, bukan {m.group(9)}%",
                            row.text("bagian"), key=TEXT_KEY[sheet],
                            expected=round(computed, 2), actual=stated)
        for m in _POINTS.finditer(text):
            # the two values compared: the last two decimal figures before the claim, in
            # the same sentence or the one before it
            before = text[max(0, m.start() - 400):m.start()]
            figures = [f for f in re.finditer(rf"(?<![\w(])({_NUMBER})(?!\s*%)(?![\w)])",
                                              before) if re.search(r"[.,]", f.group(1))]
            claimed = _percent(m.group(1), comma)
            if len(figures) < 2 or claimed is None:
                continue
            a, b = (_percent(f.group(1), comma) for f in figures[-2:])
            if a is None or b is None:
                continue
            digits = max(_decimals(figures[-1].group(1), comma),
                         _decimals(figures[-2].group(1), comma))
            if _off(claimed, abs(a - b), min(digits, _decimals(m.group(1), comma))):
                yield Issue(sheet, value.cell, f"selisih {figures[-2].group(1)} dan "
                            f"{figures[-1].group(1)} adalah {format_angka(abs(a - b), digits)} "
                            f"poin, bukan {m.group(1)}", row.text("bagian"),
                            key=TEXT_KEY[sheet], expected=round(abs(a - b), 6), actual=claimed)


_CATEGORY_AFTER = re.compile(
    rf"({_NUMBER})(%?)\s*(?:\(\s*(?:nilai|predikat|kategori)?\s*(AA|A|BB|B|CC|C|D)\s*\)"
    rf"|[,]?\s*(?:dengan\s+)?(?:nilai|predikat|kategori)\s+[\"“]?(AA|A|BB|B|CC|C|D)\b(?!\.?\w))")
_PREDICATE_WORDS = r"(?:Sangat\s+)?(?:Baik|Tinggi|Rendah|Sedang|Cukup|Kurang|Memuaskan|Istimewa)"
_PREDICATE_CLAIM = re.compile(rf"\b(?:predikat|berada pada(?: kategori| predikat)?|"
                              rf"kategori)\s+[\"“]?({_PREDICATE_WORDS})\b", re.I)
_PERCENT_PREDICATE = re.compile(rf"({_NUMBER})\s*%\s*(?:\(\s*|,?\s*(?:dengan\s+)?"
                                rf"(?:predikat|kategori)\s+)({_PREDICATE_WORDS})\b", re.I)


def _scale(data: InputData) -> list[tuple[float, str]]:
    scale = []
    for r in data.tables.get("Skala Predikat", []):
        bound, name = r.number("batas"), r.text("predikat").strip()
        if bound is not None and name:
            scale.append((float(bound), name))
    return scale or list(capaian.PREDICATE_SCALE)


@rule("text.predikat", "error", needs={"shown"},
      title="Kategori atau predikat di teks yang tidak sesuai nilai atau skala laporan",
      explanation="""Nilai yang ditulis dengan kategori SAKIP ('62,72 kategori CC', 'nilai
      3,157 (A)') dibandingkan dengan rentang kategori itu (AA di atas 90, A di atas 80 sampai
      90, BB, B, CC, C, D); angka yang merujuk tabel, lampiran atau level tidak. Bila laporan
      memberi skalanya sendiri (lembar Skala Predikat), capaian persen dengan predikat
      ('94,24% (Tinggi)') dibandingkan dengan skala itu, dan predikat capaian indikator yang
      tidak ada di skala itu ('predikat Sangat Baik' pada skala Sangat Tinggi ... Sangat
      Rendah) dilaporkan sebagai peringatan.""",
      wrong="nilai 62,72 kategori CC", right="nilai 62,72 kategori B")
def predicate_words(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    comma = s.shown.decimal_comma
    scale = _scale(s.shown)
    own = bool(s.shown.tables.get("Skala Predikat"))  # the report's own scale, not assumed
    names = {name.lower() for _, name in scale}
    settings = capaian.Settings(predicates=tuple(scale))
    for sheet, row, value in texts(s.shown):
        text = value.text or ""
        where = (sheet, value.cell)
        for m in _CATEGORY_AFTER.finditer(text):
            code = m.group(3) or m.group(4)
            number = _percent(m.group(1), comma)
            bounds = next(((lo, hi) for c, lo, hi, _ in capaian.SAKIP_SCALE if c == code), None)
            if number is None or bounds is None or m.group(2) or re.search(
                    r"(?:tabel|lampiran|nomor|no\.?|gambar|grafik|level|pasal|ayat|butir|bab"
                    r"|huruf|poin|angka|ke-?)\s*$", text[max(0, m.start() - 12):m.start()], re.I):
                continue
            low, high = bounds
            if not (low < number <= high or (low == 0 and number == 0)):
                fits = next((c for c, lo, hi, _ in capaian.SAKIP_SCALE if lo < number <= hi), "-")
                yield Issue(*where, f"'{m.group(0).strip()}': nilai {m.group(1)} bukan kategori "
                            f"{code} ({format_angka(low)}-{format_angka(high)}), kategorinya "
                            f"{fits}", row.text("bagian"), key=TEXT_KEY[sheet],
                            expected=fits, actual=code)
        for m in _PERCENT_PREDICATE.finditer(text) if own else ():
            number, said = _percent(m.group(1), comma), " ".join(m.group(2).split())
            if number is None or said.lower() not in names:
                continue
            right = capaian.predicate(number, settings)
            if right and right.lower() != said.lower():
                yield Issue(*where, f"'{m.group(0).strip()}': capaian {m.group(1)}% berpredikat "
                            f"{right} menurut skala laporan", row.text("bagian"),
                            key=TEXT_KEY[sheet], expected=right, actual=said)
        if not own or not re.search(r"capaian|indikator", text, re.I):
            continue
        for m in _PREDICATE_CLAIM.finditer(text):
            said = " ".join(m.group(1).split())
            if said.lower() in names or re.search(r"AKIP|SAKIP|evaluasi", text[
                    max(0, m.start() - 80):m.start()], re.I):
                continue
            yield Issue(*where, f"predikat '{said}' tidak ada di skala predikat laporan "
                        f"({', '.join(name for _, name in scale)})", row.text("bagian"),
                        key=TEXT_KEY[sheet], expected=", ".join(n for _, n in scale),
                        actual=said, severity="warning")


_REGULATION = re.compile(
    r"\b(Undang[- ]Undang|UU|Peraturan Pemerintah|PP|Peraturan Presiden|Perpres|"
    r"Instruksi Presiden|Inpres|Peraturan Menteri(?:\s+(?!Nomor\b|No\b)[A-Z][\w-]*|\s+dan|\s+&)*|"
    r"Permen[\w-]*(?:\s*RB)?|Peraturan (?:Gubernur|Bupati|Wali\s?kota)(?:\s+(?!Nomor\b|No\b)"
    r"[A-Z][\w-]*)*|Per(?:gub|bup|wal|wak)[\w]*(?:\s+(?!Nomor\b|No\b)[A-Z][\w-]*)*|"
    r"Peraturan Daerah(?:\s+(?!Nomor\b|No\b)[A-Z][\w-]*)*|Perda)\s*"
    r"(?:Republik Indonesia\s*|RI\s*)?(?:[Nn]omor|No\.?|Nmr\.?)\s*([\w./-]*\d[\w./-]*?)\s*,?\s*"
    r"(?:[Tt]ahun|Th\.?)\s*(\d{4})(?:\s+tentang\s+((?:(?!\s(?:Peraturan|Undang|Keputusan)\s)"
    r"[^.;,]){3,80}))?")
_ISSUERS = ((r"peraturan menteri dalam negeri|permendagri", "permendagri"),
            (r"peraturan menteri pendayagunaan.*|permenpan.*", "permenpanrb"),
            (r"undang[- ]undang|uu", "uu"), (r"peraturan pemerintah|pp", "pp"),
            (r"peraturan presiden|perpres", "perpres"), (r"instruksi presiden|inpres", "inpres"),
            (r"peraturan daerah.*|perda", "perda"),
            (r"peraturan wali\s?kota.*|perwa[lk].*", "perwali"),
            (r"peraturan bupati.*|perbup.*", "perbup"),
            (r"peraturan gubernur.*|pergub.*", "pergub"))
_PERIOD = re.compile(r"\b(RPJMD|Rencana Pembangunan Jangka Menengah Daerah)\b\)?(?:\s*\(RPJMD\))?"
                     r"(?:\s+(?!tahun\b|periode\b)[\w/]+){0,5}?\s+(?:tahun?|periode)?\s*"
                     r"(\d{4})\s*(?:-|–|—|s\.?\s?d\.?|sampai(?: dengan)?)\s*(\d{4})", re.I)


_PLAN_PERIOD = re.compile(r"(?:RPJMD|RPJPD|Renstra|Rencana Strategis|Rencana Pembangunan Jangka "
                          r"(?:Menengah|Panjang))\b[^.;]*?(\d{4})\s*(?:-|–|—|s\.?\s?d\.?|"
                          r"sampai(?: dengan)?)\s*(\d{4})", re.I)
_APBD = "anggaran pendapatan dan belanja daerah"


def _topic_text(text: str, m: re.Match[str]) -> str:
    """What the regulation cited at *m* is about: from 'tentang' to the end of its clause,
    without what is in brackets (its Lembaran Daerah, an acronym)."""
    about = re.match(r"\s*tentang\s+([^;,]*?)(?=[;,]|\.\s|\.$|$)", text[m.end(3):], re.I)
    return re.sub(r"\([^)]*\)", " ", about.group(1)) if about else ""


def _topic_key(about: str, region: set[str]) -> frozenset[str]:
    """The words of a topic that tell it from another: not the region's name, the level
    of government, linking words."""
    about = re.sub(r"\bAPBD\b", _APBD, about, flags=re.I)
    return frozenset(w for w in tables.name_words(about) if len(w) > 2 and w not in region
                     and w not in {"provinsi", "kabupaten", "kota", "tentang", "atas", "yang"})


def _issuer(name: str) -> str:
    name = " ".join(name.lower().split())
    for pattern, short in _ISSUERS:
        if re.fullmatch(pattern, name):
            return short
    return name


def _same_topic(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    words = [set(re.findall(r"[a-z]{4,}", t.lower())) for t in (a, b)]
    return len(words[0] & words[1]) * 2 >= min(len(words[0]), len(words[1]))


# The gazette a regulation was published in, right after its citation: "(Lembaran Negara
# Republik Indonesia Tahun 2008 Nomor 21, ...)".
_GAZETTE = re.compile(r"\(\s*(?:Lembaran|Berita)\s+(?:Negara|Daerah)[^()]*?Tahun\s+(\d{4})",
                      re.I)


def _citation(report_year: int, sheet: str, row: Row, value: Value, text: str,
              m: re.Match[str], plan: re.Match[str] | None) -> Iterator[Issue]:
    """One citation against itself: published in the gazette of another year; a plan whose
    period ended before the report's year; a 'Peraturan' numbered as a Keputusan (Kep.)."""
    quoted = m.group(0).strip()
    following = _REGULATION.search(text, m.end())
    gazette = _GAZETTE.search(text, m.end(3), following.start() if following else len(text))
    if gazette and gazette.group(1) != m.group(3):
        yield Issue(sheet, value.cell, f"'{quoted}' diundangkan di lembaran tahun "
                    f"{gazette.group(1)}: tahun peraturan dan lembarannya berbeda",
                    row.text("bagian"), key=TEXT_KEY[sheet], expected=int(m.group(3)),
                    actual=int(gazette.group(1)))
    if plan and int(plan.group(2)) < report_year and not re.search(
            r"perubahan", text[m.start():m.end() + 300], re.I):
        yield Issue(sheet, value.cell, f"'{quoted}' tentang rencana {plan.group(1)}-"
                    f"{plan.group(2)}, yang berakhir sebelum tahun laporan {report_year}",
                    row.text("bagian"), key=TEXT_KEY[sheet], expected=report_year,
                    actual=int(plan.group(2)))
    if re.match(r"peraturan", m.group(1), re.I) and re.search(r"\bKep\b", m.group(2), re.I):
        yield Issue(sheet, value.cell, f"'{quoted}': nomor keputusan (Kep.) untuk sebuah "
                    "peraturan; keputusan atau peraturankah?", row.text("bagian"),
                    key=TEXT_KEY[sheet], actual=m.group(2))


@rule("text.peraturan", "warning", needs={"shown"},
      title="Peraturan atau RPJMD yang disebut dengan tahun berbeda",
      explanation="""Peraturan yang sama (jenis dan nomor yang sama, dan pokok yang sama bila
      keduanya menyebut 'tentang') disebut dengan tahun yang berbeda di satu laporan, atau
      periode RPJMD yang berbeda: yang berbeda dari kebanyakan sebutan dilaporkan. Peraturan
      yang tahunnya sesudah tahun laporan berikutnya juga dilaporkan, peraturan jenis dan
      tahun yang sama tentang pokok yang sama yang disebut dengan nomor berbeda, dan peraturan
      tentang RPJMD atau Renstra yang tahunnya sesudah periode rencana itu berakhir ('Perda
      Nomor 25 Tahun 2013 tentang RPJMD 2008-2013'). Juga: peraturan yang lembaran negara
      atau daerahnya (di dalam kurung sesudahnya) bertahun lain, rencana yang periodenya
      berakhir sebelum tahun laporan, dan 'Peraturan' yang bernomor keputusan (Kep.).""",
      wrong="Permendagri Nomor 86 Tahun 2016 (di bagian lain: Nomor 86 Tahun 2017)",
      right="Permendagri Nomor 86 Tahun 2017")
def regulations(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    cited: dict[tuple[str, str], list[tuple[int, str | None, str, Row, Value, str]]] = {}
    periods: dict[str, list[tuple[str, str, Row, Value]]] = {}
    topics: dict[tuple[str, int, frozenset[str]], list[tuple[str, str, Row, Value, str]]] = {}
    region = set(tables.name_words(str(s.shown.identity.get("pemerintah") or "")))
    for sheet, row, value in texts(s.shown):
        text = value.text or ""
        for m in _REGULATION.finditer(text):
            key = (_issuer(m.group(1)), m.group(2).lower().rstrip("./-"))
            cited.setdefault(key, []).append((int(m.group(3)), m.group(4), sheet, row, value,
                                              m.group(0).strip()))
            if int(m.group(3)) > s.shown.year + 1:
                yield Issue(sheet, value.cell, f"'{m.group(0).strip()}': peraturan tahun "
                            f"{m.group(3)} di laporan tahun {s.shown.year}", row.text("bagian"),
                            key=TEXT_KEY[sheet], expected=s.shown.year, actual=int(m.group(3)))
            about = _topic_text(text, m)
            plan = _PLAN_PERIOD.search(about)
            if plan and not re.search(r"perubahan", about, re.I) \
                    and int(m.group(3)) >= int(plan.group(2)):
                yield Issue(sheet, value.cell, f"'{m.group(0).strip()}': peraturan tahun "
                            f"{m.group(3)} tentang rencana {plan.group(1)}-{plan.group(2)}: "
                            "rencana ditetapkan di awal periodenya, bukan di akhirnya",
                            row.text("bagian"),
                            key=TEXT_KEY[sheet], expected=f"sebelum {plan.group(2)}",
                            actual=int(m.group(3)))
            topics.setdefault((key[0], int(m.group(3)), _topic_key(about, region)), []).append(
                (key[1], sheet, row, value, m.group(0).strip()))
            yield from _citation(s.shown.year, sheet, row, value, text, m, plan)
        for m in _PERIOD.finditer(text):
            periods.setdefault("RPJMD", []).append((f"{m.group(2)}-{m.group(3)}", sheet, row,
                                                    value))
    for citations in cited.values():
        years: dict[int, int] = {}
        for year, *_ in citations:
            years[year] = years.get(year, 0) + 1
        if len(years) < 2:
            continue
        most = max(years.values())
        # the year most citations give; a tie names each citation against the other
        usuals = [y for y in years if years[y] == most]
        for year, topic, sheet, row, value, quoted in citations:
            usual = next((y for y in usuals if y != year), year)
            same = [c for c in citations if c[0] == usual and _same_topic(c[1], topic)]
            if year != usual and same:
                yield Issue(sheet, value.cell, f"'{quoted}': di bagian lain peraturan ini "
                            f"disebut tahun {usual} "
                            f"({same[0][3].text('bagian') or same[0][3].label})",
                            row.text("bagian"), key=TEXT_KEY[sheet], expected=usual, actual=year)
    for (_, year_, words), citations_ in topics.items():
        numbers = {number for number, *_ in citations_}
        if len(words) < 3 or len(numbers) < 2:
            continue
        for number, sheet, row, value, quoted in citations_:
            other = next(c for c in citations_ if c[0] != number)
            yield Issue(sheet, value.cell, f"'{quoted}': peraturan yang sama (tahun {year_}, "
                        f"pokok yang sama) disebut bernomor {other[0]} di bagian lain "
                        f"({other[2].text('bagian') or other[2].label})", row.text("bagian"),
                        key=TEXT_KEY[sheet], expected=other[0], actual=number)
    for name, said in periods.items():
        counts: dict[str, int] = {}
        for period, *_ in said:
            counts[period] = counts.get(period, 0) + 1
        if len(counts) < 2:
            continue
        usual_period = max(counts, key=lambda p: counts[p])
        if list(counts.values()).count(counts[usual_period]) > 1:
            continue  # no majority: which is right is for staff to say
        for period, sheet, row, value in said:
            if period != usual_period:
                yield Issue(sheet, value.cell, f"{name} {period}: di bagian lain laporan "
                            f"{name} {usual_period} ({counts[usual_period]} kali)",
                            row.text("bagian"), key=TEXT_KEY[sheet], expected=usual_period,
                            actual=period)


_EDUCATION = (
    (r"pasca\s*sarjana|magister|strata\s+(?:dua|2)|(?-i:S[-.]?\s?2)", "S2"),
    (r"doktor|strata\s+(?:tiga|3)|(?-i:S[-.]?\s?3)", "S3"),
    (r"sarjana\s+muda(?:\s*/\s*diploma\s+(?:tiga|III|3))?|diploma\s+(?:tiga|III|3)|"
     r"(?-i:D[-.]?\s?(?:III|3))", "DIII"),
    (r"diploma\s+(?:empat|IV|4)|(?-i:D[-.]?\s?(?:IV|4))", "DIV"),
    (r"diploma\s+(?:satu|I|1)|(?-i:D[-.]?\s?(?:I|1))", "DI"),
    (r"diploma\s+(?:dua|II|2)|(?-i:D[-.]?\s?(?:II|2))", "DII"),
    (r"sarjana|strata\s+(?:satu|1)|(?-i:S[-.]?\s?1)", "S1"),
    (r"(?-i:SMA|SLTA|SMU|SMK)", "SLTA"), (r"(?-i:SMP|SLTP)", "SLTP"), (r"(?-i:SD)", "SD"))
_LEVEL = re.compile(r"\b(?:" + "|".join(f"(?P<l{i}>{p})" for i, (p, _) in enumerate(_EDUCATION))
                    + r")\b", re.I)
_ALIASES = {"SMA": "SLTA", "SMU": "SLTA", "SMK": "SLTA", "SMP": "SLTP", "D3": "DIII",
            "D4": "DIV", "D1": "DI", "D2": "DII", "SARJANA": "S1", "MAGISTER": "S2"}


def _level_code(code: str) -> str:
    plain = re.sub(r"[\s.\-/]", "", code.upper())
    return _ALIASES.get(plain, plain)


@rule("text.pegawai", "error", needs={"shown"},
      title="Jumlah pegawai per pendidikan di teks berbeda dengan Tabel 1.4",
      explanation="""'lulusan SMA Sederajat sebanyak 72 orang', 'Sarjana 67 orang' di kalimat
      dibandingkan dengan jumlah pegawai tingkat pendidikan itu di Tabel 1.4 (SMA dan SLTA,
      Sarjana dan S1, Sarjana Muda dan D.III, Pasca Sarjana dan S2 dianggap sama). Hanya
      tingkat yang ada di Tabel 1.4 yang dibandingkan.""",
      wrong="lulusan SMA Sederajat sebanyak 72 orang (Tabel 1.4: SLTA 74)",
      right="lulusan SMA Sederajat sebanyak 74 orang")
def staff_by_education(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    table = {}
    for r in _items(s.shown, "Tabel 1.4"):
        if r.number("jumlah") is not None:
            table[_level_code(r.text("kode"))] = (r.text("kode"), int(r.number("jumlah") or 0))
    if not table:
        return
    for sheet, row, value in texts(s.shown):
        text = value.text or ""
        if not re.search(r"pegawai|pendidikan|lulusan|PNS|ASN", text, re.I):
            continue
        for m in _LEVEL.finditer(text):
            level = next(code for i, (_, code) in enumerate(_EDUCATION) if m.group(f"l{i}"))
            if level not in table:
                continue
            tail = re.match(rf"\s*(?:sederajat|ke\s*atas)?\s*(?:sebanyak|sejumlah|berjumlah|:|=)?"
                            rf"\s*{_A_COUNT}\s*orang", text[m.end():], re.I)
            if tail is None:
                continue
            n = _count(*tail.group(1, 2, 3))
            code, count = table[level]
            if n is not None and n != count:
                yield Issue(sheet, value.cell, f"teks menyebut {m.group(0).strip()} {n} orang, "
                            f"Tabel 1.4 {code}: {count} orang", row.text("bagian"),
                            key=TEXT_KEY[sheet], expected=count, actual=n)


def _table_amounts(data: InputData) -> list[tuple[float, str]]:
    """Every amount of rupiah the tables show, with where (for the message)."""
    out = []
    for sheet, keys in (("Tabel 2.5", ("pagu",)), ("Tabel 2.6 Program", ("anggaran",)),
                        ("Realisasi Anggaran", ("anggaran", "realisasi")),
                        ("Tabel 2.6", ("target",)), ("Tabel 3.1", ("target", "realisasi")),
                        ("Tabel 2.2", ()), ("Tabel 3.2", ()), ("Tabel 3.4", ())):
        for r in data.tables.get(sheet, []):
            for key, v in r.values.items():
                if (not keys or key in keys) and v.number is not None and v.unit != "persen" \
                        and abs(v.number) >= 1_000_000:
                    out.append((float(v.number), f"{sheet} {r.label or r.kind} ({key})"))
    for extra in data.extras:  # the report's own tables, as printed
        for cells in extra.rows:
            for c in cells:
                parsed = parse_number(str(c), integer_unit=True) if c is not None else None
                if parsed is not None and parsed.value is not None \
                        and abs(parsed.value) >= 1_000_000:
                    out.append((float(parsed.value), f"{extra.sheet} ({extra.title})"))
    return out


@rule("text.rupiah_dekat", "error", needs={"shown"},
      title="Jumlah uang di teks hampir sama dengan nilai tabel",
      explanation="""Jumlah rupiah di kalimat yang tidak sama dengan satu pun nilai tabel
      laporan, padahal hanya berbeda beberapa rupiah dari salah satunya (total yang meleset
      satu rupiah: jumlah uang harus tepat) atau tepat seribu kali lebih kecil atau lebih
      besar (miliar dan triliun tertukar). Jumlah dengan kata skala ('9,59 miliar') dibaca
      dengan pembulatannya.""",
      wrong="realisasi sebesar Rp182.064.333.827 (Realisasi Anggaran: 182.064.333.825)",
      right="realisasi sebesar Rp182.064.333.825")
def near_amounts(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    amounts = _table_amounts(s.shown)
    if not amounts:
        return
    for sheet, row, value in texts(s.shown):
        text = value.text or ""
        found: list[tuple[str, float, float]] = []  # as written, value, rounding
        for m in _RUPIAH.finditer(text):
            parsed = parse_number(m.group(0))
            if parsed.value is not None and abs(parsed.value) >= 1_000_000:
                found.append((m.group(0), float(parsed.value), 0.005))
        for m in re.finditer(r"Rp[.,]?\s*\d[\d.,]*\s*(?:ribu|juta|miliar|milyar|M|triliun|T)"
                             r"(?![\w])", text):
            scaled = parse_scaled(m.group(0))
            if scaled is not None:
                found.append((m.group(0), float(scaled[0]), float(scaled[1])))
        for written, number, rounding in found:
            equal = [w for v, w in amounts if abs(number - v) <= rounding]
            near = [(v, w) for v, w in amounts if rounding < 0.01
                    and rounding < abs(number - v) <= min(999, 1e-5 * abs(v))]
            thousand = [(v, w) for v, w in amounts
                        if abs(number * 1000 - v) <= rounding * 1000 or
                        abs(number - v * 1000) <= rounding]
            if near:
                v, where = near[0]
                also = f"; sama dengan {equal[0]}" if equal else ""
                yield Issue(sheet, value.cell, f"teks menyebut {written.strip()}, {where}: "
                            f"{format_rupiah(v, 2 if not v.is_integer() else 0)} (selisih "
                            f"{format_angka(abs(number - v))} rupiah{also})", row.text("bagian"),
                            key=TEXT_KEY[sheet], expected=v, actual=number,
                            severity="warning" if equal else None)
            elif thousand and not equal:
                v, where = thousand[0]
                yield Issue(sheet, value.cell, f"teks menyebut {written.strip()}, {where}: "
                            f"{format_rupiah(v)} (seribu kali "
                            f"{'lebih besar' if v > number else 'lebih kecil'})",
                            row.text("bagian"), key=TEXT_KEY[sheet], expected=v, actual=number)


# --------------------------------------------------------------------------
# Values quoted for a named indicator or programme

_STOP = {"dan", "yang", "di", "ke", "dari", "pada", "untuk", "dengan", "atau", "serta", "dalam",
         "oleh", "terhadap", "the", "of"}
_SPELLING = {"prosentase": "persentase", "prosentasi": "persentase", "presentase": "persentase"}


def _words(text: str) -> list[tuple[str, int, int]]:
    """The significant words of *text*, lower case, with where each is."""
    return [(_SPELLING.get(w, w), m.start(), m.end())
            for m in re.finditer(r"[A-Za-z0-9]+", text)
            if (w := m.group(0).lower()) not in _STOP]


class _Named:
    """A row of a table a sentence may name: its words, and the values it shows."""

    def __init__(self, name: str, label: str, values: dict[str, list[float]],
                 sheet: str, code: str) -> None:
        self.words = [w for w, _, _ in _words(name)]
        self.label, self.values, self.sheet, self.code = label, values, sheet, code


_NAMED_SHEETS = ("Tabel 3.1", "Tabel 3.3", "Realisasi Anggaran")


def _named(shown: InputData, typed: Mapping[tuple[str, str], Mapping[str, Value]]
           ) -> list[_Named]:
    """The indicators of Tabel 3.1 and 3.3 and the programmes of the budget tables, each
    with its values as the report shows them and as staff typed them (*typed*: a sentence
    that repeats a typed capaian the formula corrects is the table's mistake, reported
    there); a row without a number still ends the words about the row before it."""
    out = []
    pk_rows = by_key(shown, "Tabel 2.6")
    for sheet, name_key, keys in (
            ("Tabel 3.1", "indikator", ("target", "realisasi", "capaian")),
            ("Tabel 3.3", "indikator", ("target", "realisasi", "capaian")),
            ("Realisasi Anggaran", "uraian", ("anggaran", "realisasi", "persen"))):
        for r in shown.tables.get(sheet, []):
            if (sheet == "Realisasi Anggaran") != (r.kind == "group") or not r.text(name_key):
                continue
            values: dict[str, list[float]] = {}
            for source in (r.values, typed.get((sheet, " / ".join(r.key)), {})):
                for key in keys:
                    v = source.get(key)
                    if v is not None and v.number is not None:
                        values.setdefault(key, []).append(float(v.number))
            if sheet == "Tabel 3.1":  # the Perjanjian Kinerja's target too
                pk = pk_rows.get(" / ".join(r.key))
                v = pk.values.get("target") if pk is not None else None
                if v is not None and v.number is not None:
                    values.setdefault("target", []).append(float(v.number))
            out.append(_Named(r.text(name_key), r.label, values, sheet, r.text("kode")))
    return [n for n in out if len(n.words) >= 2]


def _mentions(named: list[_Named], text: str) -> list[tuple[int, int, _Named]]:
    """Where *text* names which row: the row's significant words in order (a name of four
    words or more may miss one), the longest name when several fit."""
    words = _words(text)
    plain = [w for w, _, _ in words]
    found: list[tuple[int, int, _Named]] = []
    for n in named:
        k = len(n.words)
        for i in range(len(plain)):
            if plain[i] != n.words[0]:
                continue
            window = plain[i:i + k]
            if window == n.words:
                found.append((words[i][1], words[i + k - 1][2], n))
            elif k >= 4 and len(plain) >= i + k - 1:
                j, missing = 0, 0
                for w in n.words:
                    if j < len(plain) - i and plain[i + j] == w:
                        j += 1
                    else:
                        missing += 1
                if missing <= 1 and j >= k - 1:
                    found.append((words[i][1], words[i + j - 1][2], n))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, _Named]] = []
    for f in found:
        if not kept or f[0] >= kept[-1][1]:
            kept.append(f)
    return kept


_QUOTE = re.compile(rf"\b(target(?:nya)?|realisasi(?:nya)?|terealisasi|capaian(?:nya)?|"
                    rf"mencapai|tercapai|anggaran(?:nya)?|pagu)(?:\s+(?:kinerja|anggaran|"
                    rf"keuangan))?\s*(?:(?:sebesar|sejumlah|senilai|adalah|yaitu|:)\s*)?"
                    rf"(Rp[.,]?\s*\d[\d.,]*\d|{_NUMBER})(\s*%)?", re.I)
_ELSEWHERE = re.compile(r"provinsi|nasional|pusat|rata-rata|kabupaten/kota|standar|"
                        r"sebelum|lalu|renstra|rpjmd|akhir|triwulan|semester|bulan", re.I)
_KINDS = {"target": ("target",), "realisasi": ("realisasi",), "terealisasi": ("realisasi",),
          "capaian": ("capaian", "persen"), "mencapai": ("realisasi", "capaian", "persen"),
          "tercapai": ("realisasi", "capaian", "persen"), "anggaran": ("anggaran",),
          "pagu": ("anggaran",)}
_KIND_WORDS = {"target": "target", "realisasi": "realisasi", "capaian": "capaian",
               "persen": "persentase realisasi", "anggaran": "anggaran"}


@rule("text.nilai_indikator", "warning", needs={"shown"},
      title="Target, realisasi atau capaian yang dikutip untuk indikator atau program berbeda "
            "dengan tabel",
      explanation="""Kalimat yang menyebut nama indikator (Tabel 3.1, 3.3) atau program
      (Realisasi Anggaran), dengan nama yang boleh sedikit berbeda, lalu 'target', 'realisasi',
      'capaian' atau 'mencapai' dengan angkanya, dibandingkan dengan nilai baris itu seperti
      yang dicetak laporan atau diketik staf (dan target Perjanjian Kinerja). Target dan
      realisasi yang tertukar
      disebutkan. Angka untuk tahun lain, provinsi, nasional atau rata-rata tidak dibandingkan.
      Di Uraian Capaian (Analisis Indikator) kalimat tanpa nama indikator membicarakan
      indikator barisnya.""",
      wrong="Persentase layanan tepat waktu: target 85% dan realisasi 80% (Tabel 3.1: target "
            "80%, realisasi 85%)",
      right="Persentase layanan tepat waktu: target 80% dan realisasi 85%")
def quoted_values(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    named = _named(s.shown, tables.typed(s.data, s.shown, s.stated, _NAMED_SHEETS))
    comma = s.shown.decimal_comma
    year = s.shown.year
    by_code = {n.code: n for n in named if n.sheet == "Tabel 3.1"}
    for sheet, row, value in texts(s.shown):
        text = value.text or ""
        own = by_code.get(row.text("kode")) if sheet == "Analisis Indikator" else None
        told: set[tuple[str, str]] = set()  # one finding per row's value and cell
        for _, sentence in _sentences(text):
            spans = _mentions(named, sentence)
            bounds = [(b, spans[i + 1][0] if i + 1 < len(spans) else len(sentence), n)
                      for i, (_, b, n) in enumerate(spans)]
            if own is not None and not spans:
                bounds = [(0, len(sentence), own)]
            for begin, end, n in bounds:
                for m in _QUOTE.finditer(sentence, begin, min(end, begin + 90)):
                    if _ELSEWHERE.search(sentence) or any(
                            int(y.group(0)) != year for y in _ANY_YEAR.finditer(sentence)):
                        continue
                    issue = _compare(m, n, comma)
                    if issue is not None and (n.label, issue[3]) not in told:
                        told.add((n.label, issue[3]))
                        message, expected, actual, _ = issue
                        yield Issue(sheet, value.cell, message, row.text("bagian") or row.label,
                                    key=TEXT_KEY[sheet], expected=expected, actual=actual)


def _compare(m: re.Match[str], n: _Named,
             comma: bool) -> tuple[str, float, float, str] | None:
    word = m.group(1).lower().removesuffix("nya")
    kinds = [k for k in _KINDS[word] if k in n.values]
    figure = m.group(2)
    if not kinds:
        return None
    parsed = parse_number(figure, decimal_comma=comma)
    if parsed.value is None:
        return None
    stated = float(parsed.value)
    if (parsed.unit == "rupiah") != (kinds[0] == "anggaran" or n.sheet == "Realisasi Anggaran"
                                     and kinds[0] == "realisasi"):
        return None
    digits = _decimals(re.sub(r"^Rp[.,]?\s*", "", figure), comma)
    if parsed.unit == "rupiah":
        digits = 2
    if any(not _off(stated, v, digits) for k in kinds for v in n.values[k]):
        return None
    other = {"target": "realisasi", "realisasi": "target"}.get(kinds[0])
    swapped = other is not None and other in n.values and len(kinds) == 1 and any(
        not _off(stated, v, digits) for v in n.values[other])
    shown_value = n.values[kinds[0]][0]
    written = figure + (m.group(3) or "").strip()
    said = f"'{m.group(0).strip()}' untuk {n.label}: {n.sheet} {_KIND_WORDS[kinds[0]]} " \
           f"{format_angka(shown_value, None if parsed.unit == 'rupiah' else max(2, digits))}"
    if swapped:
        said += f" (angka {written} adalah {other}nya: target dan realisasi tertukar)"
    return said, shown_value, stated, kinds[0]


# --------------------------------------------------------------------------
# Text copied from another unit's report, or another part of this one

_UNIT_TYPES = r"Biro|Dinas|Badan|Kantor|Bagian|Satuan|Pusat|Balai|Inspektorat|Sekretariat"
_OWN_DOCUMENT = re.compile(
    r"\b(Perjanjian Kinerja|Rencana Strategis|Renstra|Rencana Kerja|Renja|LK[jJ]?IP|LAKIP|"
    r"Laporan (?:Akuntabilitas )?Kinerja(?: Instansi Pemerintah)?|Indikator Kinerja Utama|"
    rf"Kepala|Sekretaris)\s+({_UNIT_TYPES})\s+((?:[A-Z][\w/&-]*\s*){{1,6}})")
_NAME_END = re.compile(r"\s+(?:Sekretariat|Setda|Provinsi|Kabupaten|Kota|Kab\.?|Tahun|Daerah"
                       r"(?=\s+(?:Provinsi|Kabupaten|Kota|Tahun)))\b.*$", re.S)
_OWN_REGION = re.compile(
    r"\b(Pendapatan Asli Daerah(?:\s*\(PAD\))?|PAD|APBD|Pemerintah|Pemerintahan|Pemda|RPJMD|"
    r"Sekretariat Daerah|Setda|Gubernur|Bupati|Wali\s?kota)\s+(Provinsi|Kabupaten|Kota)\s+"
    r"((?:[A-Z][\w-]*\s*){1,3})")


_DIRECTIONS = {"utara", "selatan", "timur", "barat", "tengah", "tenggara", "daya", "laut"}


@rule("text.unit_lain", "warning", needs={"shown"},
      title="Teks yang menyebut unit atau daerah lain sebagai milik laporan ini",
      explanation="""Dokumen unit ini (Perjanjian Kinerja, Renstra, LKIP, Kepala ...) yang
      disebut dengan nama unit lain sejenis ('Perjanjian Kinerja Biro Organisasi' di laporan
      Biro Administrasi Pembangunan), dan PAD, APBD, RPJMD atau Pemerintah dari daerah lain
      setingkat ('Pendapatan Asli Daerah Provinsi Jawa Tengah' di laporan Provinsi Kalimantan
      Timur): biasanya teks yang disalin dari laporan unit lain. Nama yang disingkat
      (akronim) atau salah ketik satu dua huruf dianggap sama.""",
      wrong="disusun Perjanjian Kinerja Biro Organisasi Tahun 2016 (Instansi: Biro "
            "Administrasi Pembangunan)",
      right="disusun Perjanjian Kinerja Biro Administrasi Pembangunan Tahun 2016")
def other_unit(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    instansi = " ".join(str(s.shown.identity.get("instansi") or "").split())
    region = " ".join(str(s.shown.identity.get("pemerintah") or "").split())
    kind = instansi.split()[0].casefold() if instansi else ""
    own_name = " ".join(instansi.split()[1:])
    level = region.split()[0].casefold() if region else ""
    own_region = " ".join(region.split()[1:])
    for sheet, row, value in texts(s.shown):
        text = value.text or ""
        told: set[str] = set()
        for m in _OWN_DOCUMENT.finditer(text) if own_name else ():
            name = _NAME_END.sub("", m.group(3).strip())
            if m.group(2).casefold() != kind or not name:
                continue
            foreign = tables.foreign_words(name, own_name)
            said = f"{m.group(2)} {name}"
            if foreign and said not in told:
                told.add(said)
                yield Issue(sheet, value.cell, f"'{m.group(0).strip()}': laporan ini dari "
                            f"{instansi}, bukan {said}", row.text("bagian"),
                            key=TEXT_KEY[sheet], expected=instansi, actual=said)
        for m in _OWN_REGION.finditer(text) if own_region else ():
            name = " ".join(m.group(3).split())
            if m.group(2).casefold() != level:
                continue
            # the name is its first capitalised words (a heading capitalises the words
            # after it too): another region differs in its first word, or in the direction
            # after it (Jawa Tengah, Jawa Barat)
            words = tables.name_words(name)[:2]
            if len(words) == 2 and words[1] not in _DIRECTIONS:
                words = words[:1]
            name = " ".join(name.split()[:len(words)])
            said = f"{m.group(2)} {name}"
            if tables.foreign_words(name, own_region) and said not in told:
                told.add(said)
                yield Issue(sheet, value.cell, f"'{m.group(0).strip()}': laporan ini dari "
                            f"{region}, bukan {said}", row.text("bagian"),
                            key=TEXT_KEY[sheet], expected=region, actual=said)


_NOT_REACHED = re.compile(r"\b(hampir|belum|tidak)\s+(?:dapat\s+)?(?:ter)?capai(?:nya)?\b|"
                          r"\b(hampir|belum|tidak)\s+mencapai\b", re.I)


def _named_after(named: list[_Named], text: str) -> _Named | None:
    """The one indicator *text* (words after a claim) begins to name: its whole name as
    :func:`_mentions` finds it, or the first three words or more of one name only."""
    spans = _mentions(named, text)
    if spans and spans[0][0] < 40:
        return spans[0][2]
    plain = [w for w, _, _ in _words(text)][:12]
    best: list[tuple[int, _Named]] = []
    for n in named:
        for i in range(min(4, len(plain))):
            k = 0
            while k < len(n.words) and i + k < len(plain) and plain[i + k] == n.words[k]:
                k += 1
            if k >= 3:
                best.append((k, n))
    if not best:
        return None
    top = max(k for k, _ in best)
    found = {id(n): n for k, n in best if k == top}
    return next(iter(found.values())) if len(found) == 1 else None


@rule("text.status_capaian", "warning", needs={"shown"},
      title="Teks menyebut indikator hampir atau belum tercapai, padahal capaiannya 100% atau "
            "lebih",
      explanation="""Kalimat 'hampir tercapainya target ...', 'belum mencapai target ...' yang
      menyebut indikator Tabel 3.1 atau 3.3 (namanya utuh, atau tiga kata pertamanya bila hanya
      satu indikator yang diawali kata-kata itu), padahal capaian indikator itu di tabel, seperti
      dicetak dan seperti dihitung, 100% atau lebih.""",
      wrong="hampir tercapainya target jumlah kebijakan Gubernur (Tabel 3.1: target 19, "
            "realisasi 19, capaian 100%)",
      right="tercapainya target jumlah kebijakan Gubernur")
def reached_words(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    typed = tables.typed(s.data, s.shown, s.stated, _NAMED_SHEETS)
    named = [n for n in _named(s.shown, typed) if n.sheet in ("Tabel 3.1", "Tabel 3.3")
             and n.values.get("capaian")]
    for sheet, row, value in texts(s.shown):
        text = value.text or ""
        for m in _NOT_REACHED.finditer(text):
            sentence_end = min(i for i in (text.find(". ", m.end()), len(text)) if i >= 0)
            after = re.sub(r"^\W*(?:nya\s+)?(?:target|sasaran)?\s*(?:indikator\s+)?", "",
                           text[m.end():sentence_end], flags=re.I)
            n = _named_after(named, after)
            if n is None or min(n.values["capaian"]) < 100:
                continue
            yield Issue(sheet, value.cell, f"'{m.group(0)} ... {after[:40].strip()}': "
                        f"{n.label} di {n.sheet} bercapaian "
                        f"{format_angka(min(n.values['capaian']), 2)}%", row.text("bagian"),
                        key=TEXT_KEY[sheet], expected="tercapai", actual=m.group(0))


_LIST_MARK = re.compile(r"(?<![\w.(])(\d{1,2}|[a-z])\)\s+")


def _list_items(text: str) -> Iterator[list[tuple[str, str]]]:
    """The lists of *text* numbered '1) … 2) …' or 'a) … b) …': each a list of (mark,
    item); a list starts again at 1) or a), and its last item ends with its sentence."""
    marks = list(_LIST_MARK.finditer(text))
    current: list[tuple[str, str]] = []
    previous = ""
    for i, m in enumerate(marks):
        mark = m.group(1)
        first = mark in ("1", "a")
        follows = previous and (mark.isdigit() and previous.isdigit()
                                and int(mark) == int(previous) + 1
                                or mark.isalpha() and previous.isalpha()
                                and ord(mark) == ord(previous) + 1)
        if not first and not follows:
            continue
        if first and current:
            yield current
            current = []
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        stop = re.search(r"\.\s|;|:\s", text[m.end():end])
        current.append((mark, text[m.end():m.end() + stop.start() if stop else end]))
        previous = mark
    if current:
        yield current


@rule("text.daftar_ganda", "warning", needs={"shown"},
      title="Butir yang sama dua kali dalam satu daftar",
      explanation="""Daftar bernomor di teks ('1) … 2) … 3) …') yang memuat butir yang sama
      dua kali (huruf besar-kecil, spasi dan tanda baca tidak dibedakan): biasanya salinan
      yang lupa diganti dengan butir yang seharusnya, misalnya kegiatan yang tidak
      disebut.""",
      wrong="1) Kegiatan Administrasi Keuangan 2) Kegiatan Penyediaan Jasa 3) Kegiatan "
            "Penyediaan Jasa",
      right="1) Kegiatan Administrasi Keuangan 2) Kegiatan Penyediaan Jasa 3) Kegiatan "
            "Administrasi Umum")
def repeated_items(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    for sheet, row, value in texts(s.shown):
        for items in _list_items(value.text or ""):
            seen: dict[str, str] = {}
            for mark, item in items:
                key = " ".join(re.findall(r"\w+", item.casefold()))
                if len(key.split()) < 3:
                    continue
                if key in seen:
                    yield Issue(sheet, value.cell, f"butir {mark}) sama dengan butir "
                                f"{seen[key]}): '{' '.join(item.split())[:80]}'",
                                row.text("bagian"), key=TEXT_KEY[sheet], actual=item.strip())
                else:
                    seen[key] = mark


# What the acronyms of SAKIP stand for (PermenPANRB 53/2014, Permendagri 86/2017)
_ACRONYMS = {
    "lkjip": "laporan kinerja instansi pemerintah", "lkip": "laporan kinerja instansi pemerintah",
    "lakip": "laporan akuntabilitas kinerja instansi pemerintah",
    "sakip": "sistem akuntabilitas kinerja instansi pemerintah",
    "rpjmd": "rencana pembangunan jangka menengah daerah",
    "rpjpd": "rencana pembangunan jangka panjang daerah",
    "rkpd": "rencana kerja pemerintah daerah", "renstra": "rencana strategis",
    "iku": "indikator kinerja utama", "pad": "pendapatan asli daerah",
    "apbd": "anggaran pendapatan dan belanja daerah",
}


@rule("text.singkatan", "warning", needs={"shown"},
      title="Kepanjangan singkatan yang salah",
      explanation="""Singkatan SAKIP yang ditulis dengan kepanjangannya di depannya ('Laporan
      Kinerja Instansi Pemerintah (LKjIP)'): kepanjangan yang dimulai dengan kata pertama yang
      benar tetapi kata lainnya berbeda (bukan salah ketik satu dua huruf) dilaporkan. Yang
      diperiksa: LKjIP, LKIP, LAKIP, SAKIP, RPJMD, RPJPD, RKPD, Renstra, IKU, PAD, APBD.""",
      wrong="LAPORAN KINERJA INTERNAL PEMERINTAH (LKjIP)",
      right="LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)")
def acronyms(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    for sheet, row, value in texts(s.shown):
        text = value.text or ""
        told: set[str] = set()
        for m in re.finditer(r"\(\s*([A-Za-z]{2,8})\s*\)", text):
            expansion = _ACRONYMS.get(m.group(1).casefold())
            if expansion is None:
                continue
            want = expansion.split()
            before = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 120):m.start()])
            said = [w.casefold() for w in before[-len(want):]]
            if len(said) != len(want) or said[0] != want[0] or all(
                    a == b or len(a) > 3 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.8
                    for a, b in zip(said, want, strict=True)):
                continue
            written = " ".join(before[-len(want):])
            if written.casefold() in told:
                continue
            told.add(written.casefold())
            yield Issue(sheet, value.cell, f"'{written} ({m.group(1)})': {m.group(1)} adalah "
                        f"{expansion.title()}", row.text("bagian"), key=TEXT_KEY[sheet],
                        expected=expansion, actual=written)
