"""The same quantity in two tables: the values they repeat from each other must agree.

Where the template repeats a value by formula (the target of Tabel 3.1 from the
Perjanjian Kinerja), the value staff typed is compared with what the formula brings
(:func:`linked`); elsewhere the two tables' values are compared directly.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterator

from lkip_xl.book.inputbook import InputData, Row, Value
from lkip_xl.model import capaian, schema
from lkip_xl.model.numbers import format_angka, format_rupiah
from lkip_xl.rules import arith
from lkip_xl.rules.registry import Issue, Subject, rule
from lkip_xl.rules.tables import (
    budget_lines,
    by_key,
    cell_number,
    level_name,
    show,
    year_column,
)


@rule("cross.tertaut", "error", needs={"computed"},
      title="Nilai yang diulang dari tabel lain berbeda dengan sumbernya",
      explanation="""Beberapa kolom mengulang nilai tabel lain untuk kode yang sama: target
      Tabel 3.1, 3.3 dan Penutup dari Perjanjian Kinerja (Tabel 2.6), realisasi dari Tabel 3.1,
      realisasi tahun lalu dari Tabel 3.4, anggaran Realisasi Anggaran dari pagu Tabel 2.5.
      Di buku kerja akhir kolom itu berisi rumus yang mengambil nilai sumbernya; nilai yang
      diketik staf di buku kerja data dibandingkan dengan hasil rumus itu.""",
      wrong="Tabel 3.1 IK01 target 83%, Tabel 2.6 IK01 target 80%",
      right="Tabel 3.1 IK01 target 80% (atau dikosongkan: rumus yang mengisinya)")
def linked(s: Subject) -> Iterator[Issue]:
    yield from arith.differences(s, lambda st: st.kind == "link")


@rule("cross.pagu_program", "error", needs={"shown"},
      title="Anggaran program di Perjanjian Kinerja berbeda dengan pagu di Tabel 2.5",
      explanation="""Anggaran setiap program (atau kegiatan) di lembar Tabel 2.6 Program
      (Perjanjian Kinerja) dibandingkan dengan pagu kode yang sama di Tabel 2.5 (subtotal
      program, atau pagu kegiatan); bila Tabel 2.5 tidak memuat kode itu, dengan anggarannya
      di Realisasi Anggaran.""",
      wrong="PK: P01 Rp 16.000.000.000; Tabel 2.5: P01 Rp 16.363.478.747",
      right="PK: P01 Rp 16.363.478.747; Tabel 2.5: P01 Rp 16.363.478.747")
def program_budget(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    sources = (("Tabel 2.5", "pagu", "pagu di Tabel 2.5"),
               ("Realisasi Anggaran", "anggaran", "anggaran di Realisasi Anggaran"))
    budgets = [(by_key(s.shown, sheet), column, what) for sheet, column, what in sources]
    for key, row in by_key(s.shown, "Tabel 2.6 Program").items():
        mine = row.values.get("anggaran")
        found = next(((other.values.get(column), what) for rows, column, what in budgets
                      if (other := rows.get(key)) is not None), None)
        if found is None or mine is None or mine.number is None:
            continue
        theirs, what = found
        if theirs is None or theirs.number is None or theirs.number == mine.number:
            continue
        yield Issue("Tabel 2.6 Program", mine.cell,
                    f"anggaran {format_rupiah(mine.number)} berbeda dengan {what} "
                    f"{format_rupiah(theirs.number)} (kunci {key}, digabung menurut kode)",
                    row.label, "anggaran", expected=theirs.number, actual=mine.number)


@rule("cross.pagu_kegiatan", "error", needs={"shown"},
      title="Anggaran kegiatan di Realisasi Anggaran berbeda dengan pagunya di Tabel 2.5",
      explanation="""Anggaran yang diketik untuk sebuah kegiatan (atau sub kegiatan) di
      Realisasi Anggaran dibandingkan dengan pagu kegiatan yang sama (menurut kode) di Tabel
      2.5. Kegiatan yang dirinci menjadi sub kegiatan adalah subtotal: yang dibandingkan
      adalah sub kegiatannya.""",
      wrong="Realisasi Anggaran P01.01: Rp 4.000.000.000; Tabel 2.5 P01.01: Rp 4.045.901.500",
      right="Realisasi Anggaran P01.01: Rp 4.045.901.500")
def pagu_kegiatan(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    pagu = by_key(s.shown, "Tabel 2.5", schema.DETAIL)
    lines = {" / ".join(r.key): r for r in budget_lines(s.shown, "Realisasi Anggaran")}
    for key, row in lines.items():
        source = pagu.get(key)
        if source is not None:
            yield from _compare("Realisasi Anggaran", row, "anggaran", source.values.get("pagu"),
                                "Tabel 2.5")


@rule("cross.target_renstra", "error", needs={"shown"},
      title="Target tahun ini di tabel Renstra berbeda dengan Perjanjian Kinerja",
      explanation="""Target tahun laporan di Tabel 2.2 dan Tabel 3.2 (target jangka menengah
      Renstra) dibandingkan dengan target indikator yang sama di Perjanjian Kinerja (Tabel
      2.6). Tabel 3.2 juga mengulang Renstra: target setiap tahunnya dan Target Akhir Renstra
      (target tahun terakhir Renstra) dibandingkan dengan Tabel 2.2 untuk kode yang sama (target
      tahun laporan hanya bila Perjanjian Kinerja tidak memuat indikator itu).""",
      wrong="Tabel 2.2 IK01 Target 2020: 75%; Tabel 2.6 IK01: 80%",
      right="Tabel 2.2 IK01 Target 2020: 80%; Tabel 2.6 IK01: 80%")
def renstra_target(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    pk = by_key(s.shown, "Tabel 2.6")
    for sheet in ("Tabel 2.2", "Tabel 3.2"):
        column = year_column(sheet, "target", s.shown.year, s.shown.years)
        if column is None:
            continue
        for key, row in by_key(s.shown, sheet).items():
            source = pk.get(key)
            if source is not None:
                yield from _compare(sheet, row, column, source.values.get("target"), "Tabel 2.6")
    yield from _renstra_repeated(s.shown, pk)


def _renstra_repeated(shown: InputData, pk: dict[str, Row]) -> Iterator[Issue]:
    """Tabel 3.2's targets of each Renstra year and its end target against Tabel 2.2's."""
    years = shown.years
    def by_year(sheet: str) -> dict[int, str]:
        return {y: c.key for c in schema.table(sheet).columns
                if c.key.startswith("target_") and (y := c.year(years)) is not None}

    source_years, own_years = by_year("Tabel 2.2"), by_year("Tabel 3.2")
    if not source_years:
        return
    last = max(source_years)
    renstra = by_key(shown, "Tabel 2.2")
    for key, row in by_key(shown, "Tabel 3.2").items():
        source = renstra.get(key)
        if source is None:
            continue
        for y, column in own_years.items():
            if y in source_years and not (y == years.report and key in pk):
                yield from _compare("Tabel 3.2", row, column,
                                    source.values.get(source_years[y]), f"Tabel 2.2 ({y})")
        yield from _compare("Tabel 3.2", row, "target_akhir",
                            source.values.get(source_years[last]), f"Tabel 2.2 ({last})")


# What the printed summary Ringkasan Capaian repeats: (its column, the source table, column).
_SUMMARY = (("target", "Tabel 2.6", "target"), ("realisasi", "Tabel 3.1", "realisasi"),
            ("realisasi_lalu", "Tabel 3.4", "realisasi_lalu"))


@rule("cross.ringkasan", "error", needs={"shown"},
      title="Ringkasan Capaian berbeda dengan tabel sumbernya",
      explanation="""Ringkasan Capaian (tabel ringkasan yang dicetak apa adanya) mengulang
      target dari Perjanjian Kinerja (Tabel 2.6), realisasi dari Tabel 3.1 dan realisasi tahun
      lalu dari Tabel 3.4 untuk kode indikator yang sama; setiap nilainya dibandingkan dengan
      nilai yang ditampilkan tabel sumber (diketik atau hasil rumus). Tanda "-" dan N/A sama
      artinya: tidak ada nilai. Baris yang judulnya menyebut tahun lain tidak dibandingkan
      (tahunnya sendiri sudah dilaporkan), begitu pula angka yang tidak dapat dibaca
      (dilaporkan sebagai value.unreadable).""",
      wrong="Ringkasan Capaian IK01 realisasi 85%; Tabel 3.1 IK01 realisasi 80%",
      right="Ringkasan Capaian IK01 realisasi 80%; Tabel 3.1 IK01 realisasi 80%")
def summary(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    sources = {sheet: by_key(s.shown, sheet) for _, sheet, _ in _SUMMARY}
    for row in s.shown.tables["Ringkasan Capaian"]:
        heading = row.values.get("tahun_judul")
        if heading is not None and heading.number is not None \
                and heading.number != s.shown.year:
            continue
        code = row.text("kode").strip()
        for column, sheet, source_column in _SUMMARY:
            source = sources[sheet].get(code)
            if source is None:
                continue
            value, theirs = row.values.get(column), source.values.get(source_column)
            if _unread(value) or _unread(theirs) or (_nothing(value) and _nothing(theirs)):
                continue
            yield from _compare("Ringkasan Capaian", row, column, theirs, sheet, code)


def _nothing(value: Value | None) -> bool:
    """No value, however a table writes it: blank, a dash, N/A."""
    return value is None or value.number is None and \
        value.display().strip().lower().replace("/", "") in ("", "-", "na", "\u2013")


def _unread(value: Value | None) -> bool:
    """A number that cannot be read (value.unreadable reports it), not a text such as NA."""
    return value is not None and value.number is None and \
        any(ch.isdigit() for ch in value.display())


def _compare(sheet: str, row: Row, column: str, source: Value | None,
             source_sheet: str, code: str = "") -> list[Issue]:
    value = row.values.get(column)
    if value is None or value.blank or source is None or source.blank:
        return []
    a, b = cell_number(value), cell_number(source)
    severity = None
    if a is not None and b is not None:
        if abs(a - b) <= 4e-15 * max(1.0, abs(b)):
            return []
        if (value.unit == "persen") != (source.unit == "persen") \
                and value.number == source.number:
            return []  # 10% here, 10 there: one figure written two ways (value.skala_persen)
    elif value.display().strip().lower() == source.display().strip().lower():
        return []
    elif (a is None) != (b is None):  # a score against a category ("80" and "A")
        score = value.number if a is not None else source.number
        bounds = capaian.band((source if a is not None else value).display())
        if bounds is not None and score is not None:
            if bounds[0] < float(score) <= bounds[1]:
                return []
            severity = "warning"  # by the usual scale; the report may have its own
    col = schema.table(sheet).column(column)
    return [Issue(sheet, value.cell,
                  f"{show(value, col.kind)} di sini, tetapi {show(source, col.kind)} di "
                  f"{source_sheet} untuk kode {code or ' / '.join(row.key)}", row.label, column,
                  expected=b if b is not None else source.display(),
                  actual=a if a is not None else value.display(), severity=severity)]


def _total(data: InputData, sheet: str, group: str | None = None,
           column: str = "jumlah") -> tuple[float, Row] | None:
    """The number of staff in a table (or in one group of it), of *column* (all, men or
    women): the sum of its items, or the stated total where an item cannot be read."""
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
        # the total row where staff wrote it (a total fill adds has no data cell)
        stated_row = next((r for r in rows if r.kind == "total" and _cell(r, column)),
                          members[-1] if members else None)
    if stated_row is None:
        return None
    numbers = [0 if _none(r, column) else r.number(column) for r in members]
    if members and all(n is not None for n in numbers):
        return float(sum(n for n in numbers if n is not None)), stated_row
    stated = stated_row.number(column)
    return (float(stated), stated_row) if stated is not None else None


@rule("cross.pegawai", "error", needs={"shown"},
      title="Jumlah PNS berbeda antara tabel pegawai",
      explanation="""Jumlah PNS di Tabel 1.1 (kelompok PNS) dibandingkan dengan jumlah pegawai
      menurut golongan (Tabel 1.2) dan menurut pendidikan (Tabel 1.4): ketiganya menghitung
      orang yang sama. Bila tabel-tabel itu memuat laki-laki dan perempuan, jumlah
      masing-masing juga dibandingkan. Jumlah yang disepakati dua tabel menjadi pembanding,
      dan tabel yang berbeda dilaporkan (bila tidak ada kesepakatan, Tabel 1.1 pembandingnya).""",
      wrong="Tabel 1.1: 109 PNS; Tabel 1.4: 110 orang", right="Tabel 1.1: 109 PNS; Tabel 1.4: 109")
def staff(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    for column, who in (("jumlah", "PNS"), ("laki_laki", "PNS laki-laki"),
                        ("perempuan", "PNS perempuan")):
        found = [(sheet, total) for sheet, group in _STAFF_TABLES
                 if (total := _total(s.shown, sheet, group, column)) is not None]
        if len(found) < 2:
            continue
        # the count most tables agree on is the reference (the first table's on a tie):
        # the table that differs is where the mistake is
        votes = Counter(count for _, (count, _) in found)
        reference = max(votes, key=lambda c: (votes[c], c == found[0][1][0]))
        agree = " dan ".join(sheet for sheet, (count, _) in found if count == reference)
        for sheet, (count, row) in found:
            if count == reference:
                continue
            value = row.values.get(column)
            yield Issue(sheet, value.cell if value is not None else "",
                        f"jumlah {who} {format_angka(count)} orang, tetapi {agree} mencatat "
                        f"{format_angka(reference)} orang {who}", row.label, column,
                        expected=reference, actual=count)


def _cell(row: Row, column: str) -> str:
    value = row.values.get(column)
    return value.cell if value is not None else ""


def _none(row: Row, column: str) -> bool:
    """Whether a row counts nobody in *column*: a dash, as printed tables write it, or a
    row of nobody at all (its men and women left blank)."""
    if row.text(column).strip() == "-":
        return True
    return column != "jumlah" and not row.text(column).strip() and (
        row.text("jumlah").strip() in ("-", "") or row.number("jumlah") == 0)


# The tables counting the same PNS: Tabel 1.1 its group PNS, the others whole.
_STAFF_TABLES = (("Tabel 1.1", "PNS"), ("Tabel 1.2", None), ("Tabel 1.4", None))


@rule("cross.program_indikator", "warning", needs={"shown"},
      title="Indikator tercantum di program lain pada Tabel 2.4",
      explanation="""Tabel 3.3 menyebut program setiap indikator. Tabel 2.4 menulis indikator
      program sebagai teks tanpa kode, sehingga indikator dicari di sana menurut kemiripan
      nama (paling sedikit 85%); bila ditemukan di program lain, pesan menyebut program itu
      dan tingkat kemiripannya.""",
      wrong="Tabel 3.3 IK05 Nilai LPPD di program P02; Tabel 2.4 mencantumkannya di P03",
      right="Tabel 3.3 IK05 Nilai LPPD di program P03")
def indicator_program(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    programs = [r for r in s.shown.tables["Tabel 2.4"]
                if r.kind == "group" and r.text("indikator")]
    for row in s.shown.tables["Tabel 3.3"]:
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
        yield Issue("Tabel 3.3", row.values["kode_program"].cell,
                    f"indikator ini tercantum di Tabel 2.4 pada program {' / '.join(best.key)} "
                    f"({best.text('uraian')}), bukan {program} (dicocokkan menurut kemiripan "
                    f"nama, {score:.0%})", row.label, "kode_program",
                    expected=" / ".join(best.key), actual=program)


# The tables that name a program, a kegiatan or an indicator by its code: the first of
# each group is the reference, the others repeat its names.
_NAMED = (
    (("Tabel 2.5", "uraian"), ("Tabel 2.4", "uraian"), ("Realisasi Anggaran", "uraian"),
     ("Tabel 2.6 Program", "program")),
    (("Tabel 2.6", "indikator"), ("Tabel 2.2", "indikator"), ("Tabel 3.1", "indikator"),
     ("Tabel 3.2", "indikator"), ("Tabel 3.3", "indikator"), ("Tabel 3.4", "indikator"),
     ("Analisis Indikator", "indikator"), ("Penutup", "indikator")),
)


def _name(text: str) -> str:
    """A name as compared: case, spaces, a leading "Program"/"Kegiatan" and trailing
    punctuation do not count."""
    name = " ".join(text.casefold().replace("\u00a0", " ").split()).rstrip(".;,")
    return re.sub(r"^(?:(?:program|kegiatan)(?:\s+|(?=[a-z])))+", "", name)


@rule("cross.nama", "warning", needs={"shown"},
      title="Kode yang sama bernama lain di tabel lain",
      explanation="""Program dan kegiatan muncul di Tabel 2.5, Tabel 2.4, Realisasi Anggaran dan
      (programnya) Perjanjian Kinerja; indikator di Tabel 2.6 dan di tabel capaian. Untuk kode
      yang sama namanya harus sama (huruf besar-kecil, spasi, kata "Program" atau "Kegiatan"
      di awal dan tanda baca di akhir tidak dibedakan): nama
      yang berbeda biasanya sisa laporan tahun lalu, atau baris yang kodenya tertukar.
      Pembandingnya Tabel 2.5 untuk program dan kegiatan, Tabel 2.6 untuk indikator; tanpa
      Tabel 2.5 pembandingnya Tabel 2.4, dan hanya kata yang diganti, ditambah atau dihilangkan
      yang dilaporkan (bukan salah ketik beberapa huruf, kata sambung, atau kata yang
      digabung); bila dua tabel lain sama-sama menamainya lain, nama di tabel
      pembanding itu juga dilaporkan. Sasaran di Tabel 2.6, 3.1 dan 3.2 dibandingkan dengan
      Tabel 2.1 menurut kode sasarannya.""",
      wrong="Tabel 2.5 P01.02: Operasional Rutin Kantor; Realisasi Anggaran P01.02: "
            "Penyediaan Jasa Kebersihan Kantor",
      right="Tabel 2.5 dan Realisasi Anggaran P01.02: Operasional Rutin Kantor")
def names(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    for group in _NAMED:
        # the reference is the first table of the group the report gives
        given = [(sheet, column) for sheet, column in group if by_key(s.shown, sheet)]
        if not given:
            continue
        (reference, column), *others = given
        # without the group's own reference (Tabel 2.5), a list of names only: words
        # misspelt are not reported against it, only words replaced, added or left out
        spelling = reference == group[0][0]
        ref_rows = by_key(s.shown, reference)
        source = {key: row.text(column) for key, row in ref_rows.items()}
        # a code the reference does not have: named by the first other table that has it
        # (words misspelt are not reported against such a name)
        first: dict[str, tuple[str, str]] = {}
        for sheet, key_column in others:
            for key, row in by_key(s.shown, sheet).items():
                if key not in source and row.text(key_column):
                    first.setdefault(key, (sheet, row.text(key_column)))
        differing: dict[str, list[str]] = {}
        for sheet, key_column in others:
            for key, row in by_key(s.shown, sheet).items():
                named_by, theirs = (reference, source[key]) if key in source else \
                    first.get(key, (sheet, ""))
                mine = row.text(key_column)
                if named_by == sheet or mine == theirs or not mine or not theirs \
                        or _name(mine) == _name(theirs) \
                        or (not spelling or named_by != reference) and _same_name(mine, theirs):
                    continue
                if named_by == reference:
                    differing.setdefault(key, []).append(mine)
                value = row.values[key_column]
                yield Issue(sheet, value.cell, f"nama '{mine}' berbeda dengan nama kode {key} di "
                            f"{named_by}: '{theirs}'", row.label, key_column, expected=theirs,
                            actual=mine)
        for key, theirs_all in differing.items():
            # two other tables agree with each other: the reference is the odd one
            agreeing = next((a for i, a in enumerate(theirs_all)
                             if any(_same_name(a, b) for b in theirs_all[i + 1:])), None)
            if agreeing is not None:
                row = ref_rows[key]
                value = row.values[column]
                yield Issue(reference, value.cell, f"nama '{row.text(column)}' untuk kode {key}, "
                            f"tetapi tabel lain menamainya '{agreeing}'", row.label, column,
                            expected=agreeing, actual=row.text(column))
    yield from _sasaran_names(s.shown)


def _sasaran_names(data: InputData) -> Iterator[Issue]:
    """A sasaran named by its code in the Perjanjian Kinerja or a table of capaian, against
    Tabel 2.1."""
    source = {r.text("kode_sasaran").strip(): r.text("sasaran")
              for r in data.tables.get("Tabel 2.1", []) if r.kind != "total"}
    for sheet in ("Tabel 2.6", "Tabel 3.1", "Tabel 3.2"):
        for row in data.tables.get(sheet, []):
            code, mine = row.text("kode_sasaran").strip(), row.text("sasaran")
            theirs = source.get(code, "")
            if row.kind == "total" or not mine or not theirs or _same_name(mine, theirs):
                continue
            value = row.values["sasaran"]
            yield Issue(sheet, value.cell, f"sasaran '{mine}' berbeda dengan nama sasaran {code} "
                        f"di Tabel 2.1: '{theirs}'", row.label, "sasaran", expected=theirs,
                        actual=mine)


def _edits(a: str, b: str) -> int:
    """The Levenshtein distance of two words."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _same_name(a: str, b: str) -> bool:
    """Two names of one row: the same words, but for words misspelt by a few letters (one
    in four of the longer word, at least two) and words run together."""
    if a == b or _name(a) == _name(b):
        return True
    if _SIGNS.findall(a) != _SIGNS.findall(b):  # "< 48 Jam" is not "> 48 Jam"
        return False
    wa, wb = ([w for w in re.findall(r"[a-z0-9]+", _name(x)) if w not in _LINKS]
              for x in (a, b))
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if op != "replace":
            return False
        pairs = list(zip(wa[i1:i2], wb[j1:j2], strict=True)) if i2 - i1 == j2 - j1 else \
            [("".join(wa[i1:i2]), "".join(wb[j1:j2]))]  # words run together
        for x, y in pairs:
            if any(c.isdigit() for c in x + y) and x != y \
                    or _edits(x, y) > max(2, max(len(x), len(y)) // 4):
                return False
    return True


_LINKS = {"dan", "dengan", "di", "yang", "pada", "dalam", "serta", "untuk", "ke", "dari"}
_SIGNS = re.compile(r"[<>≤≥]")


def _unit(text: str) -> str:
    return re.sub(r"[^a-z0-9%]+", " ", text.casefold()).strip()


def _measure(value: Value, row: Row) -> str:
    """What a value counts: a percentage, or its row's unit ("" when none is given)."""
    unit = _unit(row.text("satuan"))
    return "%" if value.unit == "persen" or unit in ("%", "persen") else unit


@rule("cross.kegiatan", "error", needs={"shown"},
      title="Target atau realisasi kegiatan berbeda antara Tabel 3.3 dan Analisis Kegiatan",
      explanation="""Indikator sebuah kegiatan dapat tercantum di Tabel 3.3 (menurut kode
      kegiatannya di kolom Kode Program) dan di Analisis Kegiatan (Kode Kegiatan yang sama,
      Indikator Keluaran yang namanya sama, paling sedikit 85% mirip): target dan realisasinya
      harus sama angkanya. Satuan yang berbeda hanya peringatan. Kegiatan yang di setiap tabel
      hanya berindikator satu, dengan nama lain dan angka lain (ukuran yang sama), juga
      peringatan: satu keluaran yang ditulis dua kali dengan angka berbeda?""",
      wrong="Tabel 3.3 K11 panjang saluran drainase: target 2,57 km; Analisis Kegiatan K11: "
            "target 2,5 km",
      right="Tabel 3.3 dan Analisis Kegiatan K11: target 2,57 km")
def kegiatan(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    by_kegiatan: dict[str, list[Row]] = {}
    for row in s.shown.tables["Analisis Kegiatan"]:
        if row.text("kode_kegiatan").strip() and row.text("indikator_keluaran").strip():
            by_kegiatan.setdefault(row.text("kode_kegiatan").strip(), []).append(row)
    rows_of = Counter(r.text("kode_program").strip() for r in s.shown.tables["Tabel 3.3"])
    for row in s.shown.tables["Tabel 3.3"]:
        code = row.text("kode_program").strip()
        candidates = by_kegiatan.get(code, [])
        name = _name(row.text("indikator"))
        if not candidates or not name:
            continue
        score, other = max((difflib.SequenceMatcher(None, name, _name(
            c.text("indikator_keluaran"))).ratio(), c) for c in candidates)
        if score < 0.85:
            if len(candidates) == 1 and rows_of[code] == 1:
                yield from _one_indicator_each(row, other)
            continue
        for column in ("target", "realisasi"):
            mine, theirs = row.values.get(column), other.values.get(column)
            if mine is None or theirs is None or mine.number is None or theirs.number is None \
                    or _measure(mine, row) != _measure(theirs, other):
                continue  # 100% of a service against 1 paket: not the same measure
            if abs(float(mine.number) - float(theirs.number)) > 1e-9 * max(
                    1.0, abs(float(theirs.number))):
                yield Issue("Tabel 3.3", mine.cell,
                            f"{column} {show(mine)} di sini, tetapi {show(theirs)} di Analisis "
                            f"Kegiatan untuk kegiatan {row.text('kode_program')} "
                            f"(indikator keluaran '{other.text('indikator_keluaran')}')",
                            row.label, column, expected=theirs.number, actual=mine.number)
        mine_unit, their_unit = _unit(row.text("satuan")), _unit(other.text("satuan"))
        if mine_unit and their_unit and mine_unit != their_unit:
            value = row.values["satuan"]
            yield Issue("Tabel 3.3", value.cell, f"satuan '{row.text('satuan')}' di sini, "
                        f"tetapi '{other.text('satuan')}' di Analisis Kegiatan untuk kegiatan "
                        f"{row.text('kode_program')}", row.label, "satuan",
                        expected=other.text("satuan"), actual=row.text("satuan"),
                        severity="warning")


def _one_indicator_each(row: Row, other: Row) -> Iterator[Issue]:
    """A kegiatan measured by one indicator in Tabel 3.3 and by one in Analisis Kegiatan,
    named differently, with other figures in the same measure: likely one output told two
    ways (a warning: they may be two outputs)."""
    mine, theirs = row.values.get("target"), other.values.get("target")
    done, told = row.values.get("realisasi"), other.values.get("realisasi")
    if mine is None or theirs is None or mine.number is None or theirs.number is None \
            or _measure(mine, row) != _measure(theirs, other) or mine.number == theirs.number \
            or done is None or told is None or done.number == told.number:
        return
    yield Issue("Tabel 3.3", mine.cell,
                f"kegiatan {row.text('kode_program')}: target {show(mine)}, realisasi "
                f"{show(done)} untuk '{row.text('indikator')[:50]}', tetapi Analisis Kegiatan "
                f"memberi target {show(theirs)}, realisasi {show(told)} untuk indikator "
                f"'{other.text('indikator_keluaran')[:50]}': satu keluaran dengan dua nama "
                "dan dua angka?", row.label, "target", expected=theirs.number,
                actual=mine.number, severity="warning")


# Where an indicator's realisasi of the report year is written, with the column of its name.
_REALISASI_OF = (("Tabel 3.1", "indikator"), ("Tabel 3.3", "indikator"),
                 ("Tabel 3.4", "indikator"), ("Analisis Kegiatan", "indikator_keluaran"))


@rule("cross.indikator_sama", "warning", needs={"shown"},
      title="Indikator yang sama dengan kode lain dan realisasi lain",
      explanation="""Indikator yang namanya sama persis (huruf besar-kecil, spasi dan tanda
      baca tidak dihitung; paling sedikit tiga kata) di Tabel 3.1, 3.3, 3.4 atau Analisis
      Kegiatan dengan kode yang berbeda: realisasi tahun laporannya (dalam ukuran yang sama)
      harus sama. Biasanya kode yang berbeda membuat tabel tidak dapat dicocokkan, dan salah
      satu angkanya tersalin dari bagian lain.""",
      wrong="Tabel 3.4 IKP01 'Tercukupinya penyediaan jasa ...': realisasi 100; Analisis "
            "Kegiatan IKR01 dengan nama yang sama: realisasi 70",
      right="Realisasi 100 di keduanya (atau kode yang sama)")
def same_indicator(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    seen: dict[str, tuple[str, Row, Value]] = {}
    for sheet, column in _REALISASI_OF:
        for row in s.shown.tables.get(sheet, []):
            name = re.sub(r"[^\w]+", " ", _name(row.text(column))).strip()
            value = row.values.get("realisasi")
            if row.kind == "total" or len(name.split()) < 3 or value is None \
                    or value.number is None:
                continue
            first = seen.setdefault(name, (sheet, row, value))
            other_sheet, other, theirs = first
            if other is row or other.key[:1] == row.key[:1] \
                    or _measure(theirs, other) != _measure(value, row) \
                    or abs(float(theirs.number or 0) - float(value.number)) <= 1e-9 * max(
                        1.0, abs(float(value.number))):
                continue
            yield Issue(sheet, value.cell, f"realisasi {show(value)} untuk "
                        f"'{row.text(column).strip()[:60]}', tetapi {other_sheet} memberi "
                        f"{show(theirs)} untuk indikator bernama sama (kode {other.key[0]})",
                        row.label, "realisasi", expected=theirs.number, actual=value.number)


@rule("cross.cakupan", "error", needs={"shown"},
      title="Kegiatan yang ada di Tabel 2.5 tetapi tidak di Realisasi Anggaran, atau sebaliknya",
      explanation="""Bila laporan memuat Tabel 2.5 (pagu per kegiatan) dan Realisasi Anggaran,
      setiap kegiatan dan sub kegiatan yang beranggaran harus tercantum di keduanya (menurut
      kode): kegiatan yang hilang dari Realisasi Anggaran membuat total realisasi terlalu
      kecil, kegiatan yang hanya ada di Realisasi Anggaran tidak berpagu di Tabel 2.5.""",
      wrong="Tabel 2.5: P01.01, P01.02, P01.03; Realisasi Anggaran: P01.01, P01.02",
      right="Tabel 2.5 dan Realisasi Anggaran: P01.01, P01.02, P01.03")
def coverage(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    pagu = by_key(s.shown, "Tabel 2.5", schema.DETAIL)
    spent = by_key(s.shown, "Realisasi Anggaran", schema.DETAIL)
    if not pagu or not spent:
        return  # a table the report does not give: nothing to compare
    for sheet, rows, other, missing in (
            ("Tabel 2.5", pagu, spent, "tidak ada di Realisasi Anggaran"),
            ("Realisasi Anggaran", spent, pagu, "tidak ada di Tabel 2.5 (tanpa pagu)")):
        for key, row in rows.items():
            if key not in other:
                value = row.values.get("kode")
                yield Issue(sheet, value.cell if value is not None else "",
                            f"{level_name(sheet, row.kind)} {key} ({row.label}) {missing}",
                            row.label, "kode",
                            actual=key)
