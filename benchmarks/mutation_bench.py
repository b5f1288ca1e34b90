"""How many injected faults the validator reports: one fault at a time in a clean LKIP.

    uv run python benchmarks/mutation_bench.py [--seed 1] [--per-kind 8] [--kinds a,b]
                                               [--workers 2] [--missed]

The clean LKIP is ``tests/clean_sample.py`` (the bundled sample with its mistakes
corrected; validation finds no error in it).  For each kind of fault below, ``--per-kind``
sites are drawn at random (seeded), the fault is injected at one site, the LKIP is written
as a data workbook and validated in-process (``lkip_xl.jobs.validate.validate``), and the
fault counts as *reported* when an error or warning that the clean LKIP does not have
names the mutated data cell or another cell of its row, or one of the kind's *counterpart*
rows, where the evidence of a fault is (each kind's docstring says which).

The kinds, by the family of rules expected to report them: amounts, budgets and staff
counts (value, arith, cross), repeated values and summary tables (cross), malformed
numbers (value), and figures in the staff's sentences (text).  Every table value a fault
changes is written as staff write it ("80%", "3,40", "Rp 1.234.567").
"""

from __future__ import annotations

import argparse
import copy
import random
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _common import ROOT, table

from lkip_xl.book.inputbook import InputData, Row, cell_value, from_records, write_input
from lkip_xl.jobs.validate import shown_of, validate
from lkip_xl.model import schema
from lkip_xl.model.findings import Finding
from lkip_xl.model.numbers import format_rupiah, terbilang_rupiah
from lkip_xl.rules.tables import cell_number, year_column
from lkip_xl.xlsx import a1

sys.path.insert(0, str(ROOT / "tests"))
from clean_sample import clean_rows  # noqa: E402

Rows = dict[str, list[dict[str, Any]]]
Site = tuple[str, int, str]  # sheet, record index (0-based), column key


@dataclass
class Clean:
    """The clean LKIP: its records and the values its report shows (typed or computed)."""

    identity: dict[str, Any]
    rows: Rows
    shown: InputData

    def number(self, sheet: str, index: int, column: str) -> float | None:
        """The value record *index* of *sheet* shows in *column* (a percentage as a
        fraction), typed or computed."""
        row = self.shown_row(sheet, index)
        return cell_number(row.values.get(column)) if row is not None else None

    def shown_row(self, sheet: str, index: int) -> Row | None:
        line = index + 2  # the data row of the record
        return next((r for r in self.shown.tables[sheet] if r.row == line), None)

    def total(self, sheet: str, column: str) -> float | None:
        row = next((r for r in self.shown.tables[sheet] if r.kind == "total"), None)
        return cell_number(row.values.get(column)) if row is not None else None

    def indexes(self, sheet: str, kind: str | None = None) -> list[int]:
        tbl = schema.table(sheet)
        labels = tbl.rows.labels() if tbl.rows else {}
        return [i for i, r in enumerate(self.rows[sheet])
                if kind is None or labels.get(str(r.get("jenis") or "").lower(), "item") == kind]


@dataclass
class Mutation:
    where: Site  # the mutated data cell
    what: str
    counterparts: list[tuple[str, int]] = field(default_factory=list)  # (sheet, index)


Mutate = Callable[[random.Random, Clean, Rows], Mutation]
KINDS: dict[str, Mutate] = {}


def kind(name: str) -> Callable[[Mutate], Mutate]:
    def register(f: Mutate) -> Mutate:
        KINDS[name] = f
        return f
    return register


# --------------------------------------------------------------------------
# How values change


def typo(rng: random.Random, amount: int) -> int:
    """*amount* with one digit changed, or two adjacent different digits swapped."""
    digits = list(str(amount))
    pairs = [i for i in range(len(digits) - 1) if digits[i] != digits[i + 1]
             and not (i == 0 and digits[1] == "0")]
    if pairs and rng.random() < 0.5:
        i = rng.choice(pairs)
        digits[i], digits[i + 1] = digits[i + 1], digits[i]
    else:
        i = rng.randrange(len(digits))
        digits[i] = rng.choice([d for d in "0123456789" if d != digits[i] and (i or d != "0")])
    return int("".join(digits))


def written(x: float, percent: bool, decimals: int = 2) -> str:
    """A value as staff write it: 83%, 72,25%, 3,4."""
    value = x * 100 if percent else x
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text}%" if percent else text


def shifted(rng: random.Random, x: float) -> float:
    """*x* moved by a few units of its size (a value another table would not show)."""
    step = rng.choice([-10, -5, -3, -2, 2, 3, 5, 10])
    scale = 0.01 if abs(x) <= 1.5 else (0.1 if abs(x) < 10 else 1)
    moved = x + step * scale
    return moved if moved > 0 else x + abs(step) * scale


def _percent(raw: Any) -> bool:
    return isinstance(raw, str) and raw.strip().endswith("%")


def numeric(sheet: str, column: str, raw: Any) -> float | None:
    """A typed value as the workbook holds it (80% -> 0.8), None unless a number."""
    stored, _ = cell_value(schema.table(sheet).column(column), raw)
    return float(stored) if isinstance(stored, (int, float)) else None


# --------------------------------------------------------------------------
# The kinds of fault


def _kegiatan(clean: Clean, sheet: str, column: str) -> list[int]:
    return [i for i in clean.indexes(sheet, "item")
            if numeric(sheet, column, clean.rows[sheet][i].get(column))]


def _program_of(rows: list[dict[str, Any]], index: int) -> int:
    return next(i for i in range(index, -1, -1) if rows[i].get("jenis") == "Program")


def _index(rows: list[dict[str, Any]], code: str) -> int | None:
    return next((i for i, r in enumerate(rows) if r.get("kode") == code), None)


@kind("typo_pagu")
def typo_pagu(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """A digit changed or two swapped in a kegiatan's pagu (Tabel 2.5).  Its evidence is
    the same kegiatan's anggaran in Realisasi Anggaran and its programme's budget in the
    Perjanjian Kinerja (counterparts)."""
    i = rng.choice(_kegiatan(clean, "Tabel 2.5", "pagu"))
    row = rows["Tabel 2.5"][i]
    old = int(numeric("Tabel 2.5", "pagu", row["pagu"]) or 0)
    row["pagu"] = new = typo(rng, old)
    program = rows["Tabel 2.5"][_program_of(rows["Tabel 2.5"], i)]["kode"]
    others = [(sheet, j) for sheet, code in (("Realisasi Anggaran", row["kode"]),
                                             ("Tabel 2.6 Program", program))
              if (j := _index(rows[sheet], code)) is not None]
    return Mutation(("Tabel 2.5", i, "pagu"), f"{row['kode']} {old} -> {new}", others)


@kind("typo_realisasi")
def typo_realisasi(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """A digit changed or two swapped in a kegiatan's realisasi (Realisasi Anggaran), its
    programme's realisasi subtotal stated as printed reports state it (correct before the
    typo): the subtotal is a counterpart."""
    sheet = "Realisasi Anggaran"
    i = rng.choice(_kegiatan(clean, sheet, "realisasi"))
    p = _program_of(rows[sheet], i)
    rows[sheet][p]["realisasi"] = int(clean.number(sheet, p, "realisasi") or 0)
    old = int(numeric(sheet, "realisasi", rows[sheet][i]["realisasi"]) or 0)
    rows[sheet][i]["realisasi"] = new = typo(rng, old)
    return Mutation((sheet, i, "realisasi"), f"{rows[sheet][i]['kode']} {old} -> {new}",
                    [(sheet, p)])


@kind("realisasi_over_pagu")
def over_pagu(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """A kegiatan's realisasi above its anggaran (Realisasi Anggaran)."""
    sheet = "Realisasi Anggaran"
    i = rng.choice(_kegiatan(clean, sheet, "anggaran"))
    anggaran = numeric(sheet, "anggaran", rows[sheet][i]["anggaran"]) or 0
    new = round(anggaran * rng.choice([1.01, 1.1, 1.5, 2, 10]))
    rows[sheet][i]["realisasi"] = new
    return Mutation((sheet, i, "realisasi"), f"{rows[sheet][i]['kode']} realisasi {new}")


@kind("persen_off")
def persen_off(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """A stated percentage off: realisasi per anggaran (Realisasi Anggaran) or the share of
    staff by education (Tabel 1.4)."""
    sheet = rng.choice(["Realisasi Anggaran", "Realisasi Anggaran", "Tabel 1.4"])
    i = rng.choice([j for j in clean.indexes(sheet) if clean.number(sheet, j, "persen")])
    right = clean.number(sheet, i, "persen") or 0
    rows[sheet][i]["persen"] = new = written(shifted(rng, right), True)
    return Mutation((sheet, i, "persen"), f"{sheet} {rows[sheet][i].get('kode')} "
                    f"{written(right, True)} -> {new}")


_SUMS = (("Tabel 2.5", "pagu"), ("Realisasi Anggaran", "anggaran"),
         ("Realisasi Anggaran", "realisasi"), ("Tabel 1.1", "jumlah"),
         ("Tabel 2.6 Program", "anggaran"), ("Tabel 1.2", "jumlah"))


@kind("subtotal_off")
def subtotal_off(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """A stated subtotal (a programme's, a group of staff's) or a table's total off."""
    sites = [(sheet, column, i) for sheet, column in _SUMS
             for i in clean.indexes(sheet, "group") + clean.indexes(sheet, "total")]
    sheet, column, i = rng.choice(sites)
    totals = clean.indexes(sheet, "total")
    right = (clean.total(sheet, column) if i in totals else clean.number(sheet, i, column)) or 0
    new = typo(rng, int(right)) if right >= 100 else int(right) + rng.choice([-2, -1, 1, 2])
    rows[sheet][i][column] = new
    return Mutation((sheet, i, column), f"{sheet} {rows[sheet][i].get('kode') or 'total'} "
                    f"{int(right)} -> {new}")


_STAFF = (("Tabel 1.1", "PNS"), ("Tabel 1.2", None), ("Tabel 1.4", None))


@kind("staff_count")
def staff_count(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """One head count changed in Tabel 1.1 (a PNS), 1.2 or 1.4, so that the three tables
    count different numbers of PNS.  The evidence is the table's sum: the counterpart is
    the row of its total (its stated value or the formula's), or the PNS group of Tabel
    1.1."""
    sheet, group = rng.choice(_STAFF)
    records = rows[sheet]
    if group is not None:
        start = _index(records, group) or 0
        members = []
        for j in range(start + 1, len(records)):
            if records[j].get("jenis") != "Jabatan":
                break
            members.append(j)
        counterpart = start
    else:
        members = clean.indexes(sheet, "item")
        counterpart = (clean.indexes(sheet, "total") or members)[-1]
    i = rng.choice(members)
    old = int(numeric(sheet, "jumlah", records[i].get("jumlah")) or 0)
    new = max(0, old + rng.choice([-3, -2, -1, 1, 2, 3])) if old else old + rng.choice([1, 2])
    records[i]["jumlah"] = new
    return Mutation((sheet, i, "jumlah"), f"{sheet} {records[i].get('kode')} {old} -> {new}",
                    [(sheet, counterpart)])


def _indicator_value(rng: random.Random, clean: Clean, rows: Rows, sheets: list[str],
                     column: str, source: tuple[str, str]) -> Mutation:
    """A value typed in one of *sheets* that differs from its *source* (sheet, column) for
    the same indicator."""
    source_sheet, source_column = source
    by_code = {r.get("kode"): r.get(source_column) for r in rows[source_sheet]}
    sites = [(sheet, i) for sheet in sheets for i, r in enumerate(rows[sheet])
             if numeric(source_sheet, source_column, by_code.get(r.get("kode")))]
    sheet, i = rng.choice(sites)
    raw = by_code[rows[sheet][i]["kode"]]
    right = numeric(source_sheet, source_column, raw) or 0
    rows[sheet][i][column] = new = written(shifted(rng, right), _percent(raw))
    return Mutation((sheet, i, column), f"{sheet} {rows[sheet][i]['kode']} {column} {raw} -> "
                    f"{new} ({source_sheet}: {raw})")


@kind("renstra_target")
def renstra_target(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """This year's Renstra target (Tabel 2.2, Tabel 3.2) other than the Perjanjian
    Kinerja's (Tabel 2.6)."""
    years = schema.Years.of(clean.identity)
    sheet = rng.choice(["Tabel 2.2", "Tabel 3.2"])
    column = year_column(sheet, "target", years.report, years)
    assert column is not None
    return _indicator_value(rng, clean, rows, [sheet], column, ("Tabel 2.6", "target"))


@kind("target_repeated")
def target_repeated(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """The Perjanjian Kinerja's target (Tabel 2.6) repeated otherwise in Tabel 3.1, 3.3,
    Analisis Indikator or Penutup."""
    return _indicator_value(rng, clean, rows, ["Tabel 3.1", "Tabel 3.3", "Analisis Indikator",
                                               "Penutup"], "target", ("Tabel 2.6", "target"))


@kind("realisasi_repeated")
def realisasi_repeated(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """Tabel 3.1's realisasi repeated otherwise in Tabel 3.3, 3.4, Analisis Indikator or
    Penutup."""
    return _indicator_value(rng, clean, rows, ["Tabel 3.3", "Tabel 3.4", "Analisis Indikator",
                                               "Penutup"], "realisasi",
                            ("Tabel 3.1", "realisasi"))


@kind("realisasi_renstra")
def realisasi_renstra(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """This year's realisasi in Tabel 3.2 other than Tabel 3.1's, or last year's in
    Analisis Indikator other than Tabel 3.4's."""
    if rng.random() < 0.5:
        return _indicator_value(rng, clean, rows, ["Tabel 3.2"], "realisasi_1",
                                ("Tabel 3.1", "realisasi"))
    return _indicator_value(rng, clean, rows, ["Analisis Indikator"], "realisasi_lalu",
                            ("Tabel 3.4", "realisasi_lalu"))


@kind("program_budget")
def program_budget(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """A programme's budget in the Perjanjian Kinerja (Tabel 2.6 Program) other than its
    subtotal in Tabel 2.5, that subtotal left to the formula."""
    sheet = "Tabel 2.6 Program"
    i = rng.choice(clean.indexes(sheet, "item"))
    old = int(numeric(sheet, "anggaran", rows[sheet][i]["anggaran"]) or 0)
    rows[sheet][i]["anggaran"] = new = typo(rng, old)
    return Mutation((sheet, i, "anggaran"), f"{rows[sheet][i]['kode']} {old} -> {new}")


@kind("anggaran_vs_pagu")
def anggaran_vs_pagu(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """A kegiatan's anggaran in Realisasi Anggaran other than its pagu in Tabel 2.5."""
    sheet = "Realisasi Anggaran"
    i = rng.choice(_kegiatan(clean, sheet, "anggaran"))
    old = int(numeric(sheet, "anggaran", rows[sheet][i]["anggaran"]) or 0)
    rows[sheet][i]["anggaran"] = new = typo(rng, old)
    return Mutation((sheet, i, "anggaran"), f"{rows[sheet][i]['kode']} {old} -> {new}")


@kind("ringkasan_target")
def ringkasan_target(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """A target in Ringkasan Capaian (a printed summary) other than Tabel 2.6's."""
    return _indicator_value(rng, clean, rows, ["Ringkasan Capaian"], "target",
                            ("Tabel 2.6", "target"))


@kind("ringkasan_realisasi")
def ringkasan_realisasi(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """A realisasi in Ringkasan Capaian other than Tabel 3.1's, or last year's other than
    Tabel 3.4's."""
    if rng.random() < 0.7:
        return _indicator_value(rng, clean, rows, ["Ringkasan Capaian"], "realisasi",
                                ("Tabel 3.1", "realisasi"))
    return _indicator_value(rng, clean, rows, ["Ringkasan Capaian"], "realisasi_lalu",
                            ("Tabel 3.4", "realisasi_lalu"))


def _malformed(rng: random.Random, amount: int) -> str:
    """An amount written with mixed or doubled separators: Rp.4.110,677,710."""
    grouped = f"{amount:,}"  # 4,110,677,710
    parts = grouped.split(",")
    style = rng.choice(["mixed", "trailing", "double"])
    if style == "mixed" and len(parts) >= 4:  # two commas: no reading at all
        return "Rp." + parts[0] + "." + ",".join(parts[1:])
    if style == "trailing":
        return "Rp. " + ".".join(parts) + ".00"
    return "Rp " + ".".join(parts[:-1]) + ".." + parts[-1] if len(parts) > 1 else f"Rp {amount}.."


@kind("malformed_number")
def malformed_number(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """An amount that cannot be read as one number (Rp.4.110,677,710), in Tabel 2.5,
    Realisasi Anggaran or the Perjanjian Kinerja."""
    sheet, column = rng.choice([("Tabel 2.5", "pagu"), ("Realisasi Anggaran", "realisasi"),
                                ("Realisasi Anggaran", "anggaran"),
                                ("Tabel 2.6 Program", "anggaran")])
    i = rng.choice(_kegiatan(clean, sheet, column))
    old = int(numeric(sheet, column, rows[sheet][i][column]) or 0)
    rows[sheet][i][column] = new = _malformed(rng, old)
    return Mutation((sheet, i, column), f"{sheet} {rows[sheet][i]['kode']} {new}")


def _capaian(rng: random.Random, clean: Clean, rows: Rows, sheets: list[str]) -> Mutation:
    sites = [(sheet, i) for sheet in sheets for i in clean.indexes(sheet)
             if clean.number(sheet, i, "capaian") is not None]
    sheet, i = rng.choice(sites)
    right = clean.number(sheet, i, "capaian") or 0
    rows[sheet][i]["capaian"] = new = written(shifted(rng, right), True)
    return Mutation((sheet, i, "capaian"), f"{sheet} {rows[sheet][i]['kode']} "
                    f"{written(right, True)} -> {new}")


@kind("capaian_off")
def capaian_off(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """A stated capaian (Tabel 3.1, 3.3, Analisis Indikator) other than its target and
    realisasi give."""
    return _capaian(rng, clean, rows, ["Tabel 3.1", "Tabel 3.3", "Analisis Indikator"])


@kind("penutup_capaian")
def penutup_capaian(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """A stated capaian in the Penutup other than its target and realisasi give."""
    return _capaian(rng, clean, rows, ["Penutup"])


# The staff's sentences: text rules.
def _text(rows: Rows, code: str) -> tuple[int, dict[str, Any]]:
    i = _index(rows["Narasi Staf"], code)
    assert i is not None
    return i, rows["Narasi Staf"][i]


@kind("text_amount")
def text_amount(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """An amount in a sentence (total realisasi or pagu) other than the table's."""
    i, row = _text(rows, rng.choice(["N06", "N32", "N26"]))
    amounts = re.findall(r"Rp [\d.]+\d", row["teks"])
    old = rng.choice(amounts)
    number = int(old[3:].replace(".", ""))
    new = format_rupiah(typo(rng, number))
    row["teks"] = row["teks"].replace(old, new, 1)
    words = re.search(r"\(([^()]*rupiah)\)", row["teks"])
    if words:  # the words follow the amount: only the table disagrees
        row["teks"] = row["teks"].replace(words.group(1), terbilang_rupiah(int(new[3:].replace(
            ".", ""))), 1)
    return Mutation(("Narasi Staf", i, "teks"), f"{row['kode']} {old} -> {new}")


@kind("text_year")
def text_year(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """The report's year written as another in a sentence ("Tahun 2019")."""
    year = str(clean.identity["tahun"])
    sites = [i for i, r in enumerate(rows["Narasi Staf"])
             if re.search(rf"(?i)\btahun {year}\b", r["teks"])]
    i = rng.choice(sites)
    row = rows["Narasi Staf"][i]
    other = str(int(year) + rng.choice([-1, -1, 1]))
    row["teks"] = re.sub(rf"(?i)\b(tahun) {year}\b", rf"\g<1> {other}", row["teks"], count=1)
    return Mutation(("Narasi Staf", i, "teks"), f"{row['kode']} tahun {year} -> {other}")


@kind("text_terbilang")
def text_terbilang(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """An amount and its words (terbilang) that disagree."""
    i, row = _text(rows, rng.choice(["N25", "N26"]))
    m = re.search(r"Rp ([\d.,]+) \(", row["teks"])
    assert m is not None
    old = m.group(1)
    whole = int(old.split(",")[0].replace(".", ""))
    new = format_rupiah(typo(rng, whole))[3:] + ("," + old.split(",")[1] if "," in old else "")
    row["teks"] = row["teks"].replace(f"Rp {old}", f"Rp {new}", 1)
    return Mutation(("Narasi Staf", i, "teks"), f"{row['kode']} Rp {old} -> Rp {new} "
                    "(words unchanged)")


@kind("text_staff")
def text_staff(rng: random.Random, clean: Clean, rows: Rows) -> Mutation:
    """A count in a sentence (programmes, kegiatan) other than the tables'."""
    i, row = _text(rows, rng.choice(["N23", "N32"]))
    m = re.search(r"(\d+) (?:\([^()]*\) )?Program", row["teks"])
    assert m is not None
    other = str(int(m.group(1)) + rng.choice([-2, -1, 1, 2]))
    row["teks"] = row["teks"][:m.start(1)] + other + row["teks"][m.end(1):]
    return Mutation(("Narasi Staf", i, "teks"), f"{row['kode']} {m.group(1)} Program -> {other}")


TEXT_KINDS = ("text_amount", "text_year", "text_terbilang", "text_staff")


# --------------------------------------------------------------------------
# Running


def _cell(site: Site) -> str:
    sheet, index, column = site
    keys = [c.key for c in schema.table(sheet).input_columns]
    return a1.ref(index + 2, keys.index(column) + 1)


Seen = frozenset[tuple[str, str, str, str]]


def _seen(findings: list[Finding]) -> Seen:
    return frozenset((f.rule, f.sheet, f.cell, f.message) for f in findings
                     if f.severity in ("error", "warning"))


def clean_lkip() -> Clean:
    identity, rows = clean_rows()
    return Clean(identity, rows, shown_of(from_records(identity, rows)))


def trial(args: tuple[str, int, int, Seen]) -> tuple[str, bool, str, list[str]]:
    """Inject fault number *n* of *name* (seeded) and validate; whether it is reported."""
    name, seed, n, baseline = args
    clean = _CLEAN or clean_lkip()
    rng = random.Random(f"{seed}-{name}-{n}")
    identity, rows = copy.deepcopy(clean.identity), copy.deepcopy(clean.rows)
    mutation = KINDS[name](rng, clean, rows)
    with tempfile.TemporaryDirectory() as tmp:
        findings = validate(write_input(Path(tmp) / "mutasi.xlsx", identity, rows)).findings
    new = [f for f in findings if f.severity in ("error", "warning")
           and (f.rule, f.sheet, f.cell, f.message) not in baseline]
    sheet, index, _ = mutation.where
    places = {(sheet, index + 2)} | {(s, i + 2) for s, i in mutation.counterparts}
    hits = [f for f in new if f.cell and (f.sheet, a1.row_of(f.cell)) in places]
    return name, bool(hits), f"{sheet} {_cell(mutation.where)}: {mutation.what}", \
        sorted({f.rule for f in hits}) or sorted({f"{f.rule}@{f.sheet}!{f.cell}" for f in new})


_CLEAN: Clean | None = None


def _init() -> None:
    global _CLEAN
    _CLEAN = clean_lkip()


def run(seed: int, per_kind: int, kinds: list[str], workers: int
        ) -> tuple[int, list[tuple[str, bool, str, list[str]]]]:
    """The errors on the clean LKIP, and each trial's result."""
    with tempfile.TemporaryDirectory() as tmp:
        identity, rows = clean_rows()
        report = validate(write_input(Path(tmp) / "bersih.xlsx", identity, rows))
    baseline = _seen(report.findings)
    jobs = [(name, seed, n, baseline) for name in kinds for n in range(per_kind)]
    if workers <= 1:
        _init()
        results = [trial(job) for job in jobs]
    else:
        with ProcessPoolExecutor(workers, initializer=_init) as pool:
            results = list(pool.map(trial, jobs))
    return report.errors, results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-kind", type=int, default=8)
    parser.add_argument("--kinds", help="comma-separated kinds (default: all)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--missed", action="store_true", help="list the faults not reported")
    args = parser.parse_args()
    kinds = args.kinds.split(",") if args.kinds else list(KINDS)
    errors, results = run(args.seed, args.per_kind, kinds, args.workers)
    injected, reported = Counter[str](), Counter[str]()
    for name, hit, _, _ in results:
        injected[name] += 1
        reported[name] += hit
    lines = [[name + (" (text)" if name in TEXT_KINDS else ""), injected[name], reported[name],
              f"{reported[name] / injected[name]:.0%}"] for name in kinds]
    total, hits = sum(injected.values()), sum(reported.values())
    table_rows = [n for n in kinds if n not in TEXT_KINDS]
    t_total = sum(injected[n] for n in table_rows)
    t_hits = sum(reported[n] for n in table_rows)
    lines.append(["all", total, hits, f"{hits / total:.0%}"])
    if t_total != total:
        lines.append(["all but text", t_total, t_hits, f"{t_hits / max(t_total, 1):.0%}"])
    print(table(["kind", "injected", "reported", "recall"], lines))
    print(f"errors on the clean LKIP: {errors}")
    if args.missed:
        for name, hit, what, rules in results:
            if not hit:
                print(f"  missed {name}: {what}  new findings: {', '.join(rules) or 'none'}")


if __name__ == "__main__":
    main()
