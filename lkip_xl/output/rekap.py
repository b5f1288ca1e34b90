"""The LKIPs of a whole Pemda as pandas frames: one final workbook's tables, and the rollup.

:func:`tables` gives every table of one final workbook as the workbook shows it (the
values its formulas computed, read by :func:`lkip_xl.book.finalbook.read_final`), one
:class:`pandas.DataFrame` per table, and the findings of its Validasi sheet.
:func:`rekap` reads many final workbooks (the perangkat daerah of a Pemda) and gives the
Pemda's view: per unit its IKU with target, realisasi, capaian and predicate, the
distribution of the predicates, budget and absorption per unit and per programme, the
findings still listed per unit and rule, and which LKIPs are missing, duplicated or of
another year.  The Pemda workbook and document are made from these frames
(:mod:`lkip_xl.output.rekap_xlsx`, :mod:`lkip_xl.output.rekap_pdf`).

Values are as the unit's workbook holds them: a percentage is a fraction (0.95 for 95%),
a capaian computed with the unit's own polarity and settings; a cell that shows an error
(``#N/A``) or a text where a number belongs is kept as text in :func:`tables`, and is no
number (NaN) in the rollup's sums.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from lkip_xl.book import extras
from lkip_xl.book.finalbook import ROWS_SHEET, FinalBook, read_final
from lkip_xl.model import capaian, schema
from lkip_xl.model.errors import InputError, LkipError, Location
from lkip_xl.model.findings import SEVERITY_TEXT
from lkip_xl.output.marks import SHEET as VALIDASI
from lkip_xl.xlsx.reader import Book

# The rollup's frames, in the order the Pemda workbook shows them.
RINGKASAN, IKU, DISTRIBUSI = "ringkasan", "iku", "distribusi"
ANGGARAN_UNIT, ANGGARAN_PROGRAM, TEMUAN, UNIT = \
    "anggaran_unit", "anggaran_program", "temuan", "unit"
FRAMES = (RINGKASAN, IKU, DISTRIBUSI, ANGGARAN_UNIT, ANGGARAN_PROGRAM, TEMUAN, UNIT)

# The status of a file or an expected unit in the frame "unit".
ADA, GANDA, TAHUN_LAIN, TIDAK_ADA, TIDAK_TERBACA = \
    "ada", "ganda", "tahun lain", "tidak ada", "tidak terbaca"
NO_PREDICATE = "Tanpa predikat"
SEVERITIES = tuple(SEVERITY_TEXT.values())  # galat, peringatan, catatan

# The tables the rollup reads of each final workbook (and of Realisasi Anggaran only the
# programme rows).
_SOURCES = ("Tabel 3.1", "Tabel 2.6", "Realisasi Anggaran")
_KINDS = {"Realisasi Anggaran": ("group",)}
_ROW_COLUMNS = ("jenis", "kunci", "baris")  # before a table's own columns in tables()


# --------------------------------------------------------------------------
# One LKIP


def tables(path: str | Path) -> dict[str, pd.DataFrame]:
    """Every table of the final workbook *path* as a DataFrame, by sheet name.

    Each table's frame has one row per row of the table, in order: ``jenis`` (the row
    kind: ``"group"`` a programme or group row, ``"item"``, ``"sub"`` a sub kegiatan,
    ``"total"``), ``kunci`` (the row's key: its code), ``baris`` (its row in the sheet),
    then one column per column of the table, named by the column's key (``target``,
    ``realisasi``, ``capaian``, ...), with the value the workbook shows: computed by its
    formula, a percentage as a fraction.
    ``df.attrs["judul"]`` maps each column key to its header in the workbook ("Target
    2021"). A table the unit does not report has no rows. The report's own tables (sheets
    ``Tambahan …``) come as given, under their sheet name, their header as columns.

    Besides the tables: ``"Identitas"``, one row of the identity fields (instansi,
    tahun, ...), and ``"Validasi"``, the findings of the Validasi sheet (one row each:
    ``tingkat`` galat/peringatan/catatan, ``aturan``, ``lembar``, ``sel``, ``pesan``, ...).

    >>> import lkip_xl
    >>> t = lkip_xl.tables("hasil/sekretariat-daerah-2020-final.xlsx")  # doctest: +SKIP
    >>> iku = t["Tabel 3.1"]  # doctest: +SKIP
    >>> iku.loc[iku.jenis == "item", ["kode", "target", "realisasi", "capaian"]]  # +SKIP
    """
    with _open(Path(path)) as book:
        final = read_final(book)
        out: dict[str, pd.DataFrame] = {"Identitas": pd.DataFrame([final.identity])}
        for tbl in schema.TABLES:
            if tbl.sheet in final.tables:
                out[tbl.sheet] = _table_frame(final, tbl)
        for extra in final.extras:
            out[extra.sheet] = _extra_frame(extra)
        out["Validasi"] = _findings(book)
    return out


def _open(path: Path) -> Book:
    """The final workbook at *path*, opened (InputError when it is not one)."""
    if not path.is_file():
        raise InputError("berkas tidak ditemukan", Location(file=path))
    book = Book(path)
    if ROWS_SHEET not in book.sheetnames:
        book.close()
        raise InputError("bukan buku kerja akhir lkip-xl (tidak ada lembar tersembunyi "
                         f"{ROWS_SHEET}); buat dengan lkip-xl fill", Location(file=path))
    return book


def _table_frame(final: FinalBook, tbl: schema.Table) -> pd.DataFrame:
    letters = final.letters.get(tbl.sheet, {})
    columns = [c for c in tbl.columns if c.key in letters]
    records = [{"jenis": r.kind, "kunci": r.key, "baris": r.row,
                **{c.key: r.values.get(c.key) for c in columns}}
               for r in final.tables[tbl.sheet]]
    frame = pd.DataFrame.from_records(records, columns=[*_ROW_COLUMNS,
                                                        *(c.key for c in columns)])
    frame.attrs["judul"] = {c.key: c.header_for(final.years) for c in columns}
    return frame


def _extra_frame(extra: extras.Extra) -> pd.DataFrame:
    names: list[str] = []
    for n, header in enumerate(extra.header, start=1):
        name = header or f"kolom_{n}"
        while name in names:
            name += "_"
        names.append(name)
    frame = pd.DataFrame(extra.rows, columns=names)
    frame.attrs["judul"] = {"judul": extra.title, "bagian": extra.place}
    return frame


_FINDING_COLUMNS = {"No": "no", "Tingkat": "tingkat", "Aturan": "aturan", "Lembar": "lembar",
                    "Sel": "sel", "Baris": "baris", "Kolom": "kolom", "Pesan": "pesan",
                    "Seharusnya": "seharusnya", "Tertulis": "tertulis",
                    "Di buku kerja data": "di_data"}


def _findings(book: Book) -> pd.DataFrame:
    """The findings of the Validasi sheet (empty when it has none, or no such sheet)."""
    columns = list(_FINDING_COLUMNS.values())
    if VALIDASI not in book.sheetnames:
        return pd.DataFrame(columns=columns)
    rows = book.sheet(VALIDASI).rows
    header = next((values for _, values in rows if "Tingkat" in values and "Pesan" in values),
                  None)
    if header is None:
        return pd.DataFrame(columns=columns)
    names = [_FINDING_COLUMNS.get(str(v or ""), str(v or "")) for v in header]
    at = names.index("tingkat")
    found = []
    for _, values in rows:
        if len(values) > at and values[at] in SEVERITIES:
            found.append({n: (None if v == "" else v)
                          for n, v in zip(names, values, strict=False) if n})
    frame = pd.DataFrame.from_records(found, columns=[n for n in names if n])
    if "no" in frame:
        frame["no"] = pd.to_numeric(frame["no"], errors="coerce").astype("Int64")
    return frame


# --------------------------------------------------------------------------
# Many LKIPs


@dataclass
class _Unit:
    """One final workbook read for the rollup."""

    path: Path
    identity: dict[str, Any] = field(default_factory=dict)
    final: FinalBook | None = None
    findings: pd.DataFrame | None = None
    error: str = ""
    skip: bool = False  # found in a folder, not a final workbook: left out

    @property
    def instansi(self) -> str:
        return " ".join(str(self.identity.get("instansi") or "").split())

    @property
    def year(self) -> int | None:
        value = self.identity.get("tahun")
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return int(value)
        text = str(value or "").strip()
        return int(text) if text.isdigit() else None


@dataclass
class Rollup:
    """What :func:`collect` made: the frames, the year of the rollup, the Pemda's name,
    and the files of the folders given that are not final workbooks (left out)."""

    frames: dict[str, pd.DataFrame]
    tahun: int | None
    pemerintah: str
    skipped: list[Path] = field(default_factory=list)

    @property
    def units(self) -> int:
        """The LKIPs in the rollup."""
        return len(self.frames[RINGKASAN])


def rekap(paths: str | Path | Iterable[str | Path], *, expected: Iterable[str] | None = None,
          tahun: int | None = None) -> dict[str, pd.DataFrame]:
    """The rollup of the final workbooks *paths* (files, or folders searched for final
    workbooks with their subfolders) as DataFrames, by name:

    - ``ringkasan``: one row per unit in the rollup (``unit``, its number, ``instansi``,
      ``berkas``, ``iku``, ``tercapai``, ``rata_rata_capaian``, ``anggaran``,
      ``realisasi``, ``serapan``, ``galat``, ``peringatan``, ``catatan``);
    - ``iku``: per unit its indicators of Tabel 3.1 (``kode``, ``indikator``, ``satuan``,
      ``target``, ``realisasi``, ``capaian``, ``predikat``, ``status``; ``persen`` says the
      target is a percentage);
    - ``distribusi``: per unit how many indicators have each predicate (a column per
      predicate, and ``Tanpa predikat`` for those without a numeric capaian);
    - ``anggaran_unit`` and ``anggaran_program``: budget, realisasi and absorption
      (``serapan``, a fraction) per unit and per programme (the programme rows of
      Realisasi Anggaran);
    - ``temuan``: the findings still listed in each unit's Validasi sheet, by rule, counted
      by ``galat``, ``peringatan`` and ``catatan``;
    - ``unit``: every file read and every unit *expected* (names of instansi, optional),
      with ``status``: ``ada`` (in the rollup), ``ganda`` (the same instansi and year as an
      earlier file: left out), ``tahun lain`` (not the year of the rollup: left out),
      ``tidak ada`` (expected, no LKIP of the year), ``tidak terbaca`` (not a final
      workbook), and a ``keterangan``.

    The year of the rollup is *tahun*, or else the year most LKIPs have.  Only the units
    with status ``ada`` are in the other frames; ``unit`` numbers them, and every frame
    has ``unit`` and ``instansi``.

    >>> import lkip_xl
    >>> r = lkip_xl.rekap("hasil/", expected=["Dinas Pendidikan", "Dinas Kesehatan"])  # +SKIP
    >>> r["ringkasan"][["instansi", "rata_rata_capaian", "serapan"]]  # doctest: +SKIP
    >>> r["unit"].query("status != 'ada'")  # doctest: +SKIP
    """
    return collect(paths, expected=expected, tahun=tahun).frames


def collect(paths: str | Path | Iterable[str | Path], *, expected: Iterable[str] | None = None,
            tahun: int | None = None) -> Rollup:
    """:func:`rekap` with what a job also wants to know (:class:`Rollup`)."""
    given = [paths] if isinstance(paths, (str, Path)) else list(paths)
    files = _files([Path(p) for p in given])
    # calamine parses outside Python's lock: two workbooks read side by side
    with ThreadPoolExecutor(max_workers=2) as pool:
        units = list(pool.map(lambda f: _read(*f), files))
    skipped = [u.path for u in units if u.skip]
    units = [u for u in units if not u.skip]
    year = tahun if tahun is not None else _majority([u.year for u in units if not u.error])
    statuses = _statuses(units, year)
    kept = [u for u, (status, _) in zip(units, statuses, strict=True) if status == ADA]
    order = _order(kept, expected)
    kept = [kept[i] for i in order]
    number = {id(u): n for n, u in enumerate(kept, start=1)}
    frames = {
        IKU: _iku(kept),
        ANGGARAN_PROGRAM: _programs(kept),
        TEMUAN: _rules(kept),
    }
    frames[DISTRIBUSI] = _distribution(kept, frames[IKU])
    frames[ANGGARAN_UNIT] = _unit_budgets(kept, frames[ANGGARAN_PROGRAM])
    frames[RINGKASAN] = _summary(kept, frames)
    frames[UNIT] = _unit_list(units, statuses, number, expected, year)
    pemerintah = Counter(str(u.identity.get("pemerintah") or "").strip() for u in kept)
    return Rollup({name: frames[name] for name in FRAMES}, year,
                  pemerintah.most_common(1)[0][0] if pemerintah else "", skipped)


def _files(given: list[Path]) -> list[tuple[Path, bool]]:
    """The .xlsx files to read, each with whether it was found in a folder (a file found
    there that is not a final workbook is left out, one named is reported)."""
    out: dict[Path, tuple[Path, bool]] = {}
    for path in given:
        found = [(path, False)]
        if path.is_dir():
            found = [(p, True) for p in sorted(path.rglob("*.xlsx"))
                     if not p.name.startswith(("~$", ".")) and p.is_file()]
        for p, searched in found:
            key = p.resolve()
            if key not in out or not searched:  # a file named is reported if it is no LKIP
                out[key] = (out[key][0] if key in out else p, searched)
    return list(out.values())


def _read(path: Path, searched: bool) -> _Unit:
    """A final workbook's identity, the tables the rollup reads and its findings.  A file
    that cannot be read is a unit with an error; one found in a folder that is not a final
    workbook is skipped."""
    unit = _Unit(path)
    try:
        if not path.is_file():
            raise InputError("berkas tidak ditemukan", Location(file=path))
        with Book(path) as book:
            if ROWS_SHEET not in book.sheetnames:
                if searched:
                    unit.skip = True
                    return unit
                raise InputError("bukan buku kerja akhir lkip-xl (tidak ada lembar "
                                 f"tersembunyi {ROWS_SHEET})", Location(file=path))
            unit.final = read_final(book, _SOURCES, _KINDS)
            unit.identity = unit.final.identity
            unit.findings = _findings(book)
    except (LkipError, OSError) as exc:
        unit.error = exc.message if isinstance(exc, LkipError) else str(exc) or repr(exc)
    return unit


def _majority(years: Sequence[int | None]) -> int | None:
    """The year most LKIPs have (of a tie, the latest)."""
    counts = Counter(y for y in years if y is not None)
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def _statuses(units: list[_Unit], year: int | None) -> list[tuple[str, str]]:
    first: dict[tuple[str, int | None], _Unit] = {}
    out = []
    for u in units:
        if u.error:
            out.append((TIDAK_TERBACA, u.error))
        elif not u.instansi:
            out.append((TIDAK_TERBACA, "nama instansi kosong di lembar Pengaturan"))
        elif u.year != year:
            out.append((TAHUN_LAIN, f"LKIP tahun {u.year if u.year is not None else '?'}, "
                                    f"rekap tahun {year}; tidak direkap"))
        elif (_key(u.instansi), u.year) in first:
            earlier = first[(_key(u.instansi), u.year)].path.name
            out.append((GANDA, f"{u.instansi} tahun {u.year} sudah ada di {earlier}; "
                               "tidak direkap dua kali"))
        else:
            first[(_key(u.instansi), u.year)] = u
            out.append((ADA, ""))
    return out


def _order(units: list[_Unit], expected: Iterable[str] | None) -> list[int]:
    """The units in the order of the expected list, then the others by name."""
    place = {_key(name): n for n, name in enumerate(expected or [])}
    return sorted(range(len(units)), key=lambda i: (place.get(_key(units[i].instansi),
                                                               len(place)),
                                                     _key(units[i].instansi)))


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if value == value and abs(value) != float("inf") else None


def _iku(units: list[_Unit]) -> pd.DataFrame:
    rows = []
    for n, u in enumerate(units, start=1):
        assert u.final is not None
        plan = {r.key: r for r in u.final.tables.get("Tabel 2.6", []) if r.kind == "item"}
        for r in u.final.tables.get("Tabel 3.1", []):
            if r.kind != "item":
                continue
            unit_of = plan.get(r.key)
            rows.append({
                "unit": n, "instansi": u.instansi, "kode_sasaran": r.text("kode_sasaran"),
                "kode": r.text("kode"), "indikator": r.text("indikator"),
                "satuan": unit_of.text("satuan") if unit_of else "",
                "polaritas": r.text("polaritas"),
                "target": r.values.get("target"), "realisasi": r.values.get("realisasi"),
                "capaian": _number(r.values.get("capaian")),
                "predikat": r.text("predikat"), "status": r.text("status"),
                "persen": "target" in r.percent or "realisasi" in r.percent})
    columns = ["unit", "instansi", "kode_sasaran", "kode", "indikator", "satuan", "polaritas",
               "target", "realisasi", "capaian", "predikat", "status", "persen"]
    frame = pd.DataFrame.from_records(rows, columns=columns)
    frame["capaian"] = frame["capaian"].astype(float)
    return frame.astype({"unit": int, "persen": bool})


def predicates(iku: pd.DataFrame) -> list[str]:
    """The predicates of the rollup, in the scale's order (the standard ones always, then
    any other a unit's scale names)."""
    standard = [name for _, name in capaian.PREDICATE_SCALE]
    others = sorted({p for p in iku["predikat"] if p and p not in standard})
    return standard + others


def _distribution(units: list[_Unit], iku: pd.DataFrame) -> pd.DataFrame:
    names = predicates(iku)
    base = pd.DataFrame({"unit": range(1, len(units) + 1),
                         "instansi": [u.instansi for u in units]})
    label = iku["predikat"].where(iku["predikat"] != "", NO_PREDICATE)
    counts = pd.crosstab(iku["unit"], label) if len(iku) else pd.DataFrame()
    counts = counts.reindex(index=base["unit"], columns=[*names, NO_PREDICATE], fill_value=0)
    out = base.join(counts.reset_index(drop=True))
    out.insert(2, "jumlah", out[[*names, NO_PREDICATE]].sum(axis=1))
    out.columns.name = None
    return out.astype({c: int for c in ["jumlah", *names, NO_PREDICATE]})


def _programs(units: list[_Unit]) -> pd.DataFrame:
    rows = []
    for n, u in enumerate(units, start=1):
        assert u.final is not None
        for r in u.final.tables.get("Realisasi Anggaran", []):
            if r.kind != "group":
                continue
            anggaran, realisasi = _number(r.values.get("anggaran")), \
                _number(r.values.get("realisasi"))
            rows.append({"unit": n, "instansi": u.instansi, "kode": r.text("kode"),
                         "program": r.text("uraian"), "anggaran": anggaran,
                         "realisasi": realisasi})
    frame = pd.DataFrame.from_records(rows, columns=["unit", "instansi", "kode", "program",
                                                     "anggaran", "realisasi"])
    frame = frame.astype({"unit": int, "anggaran": float, "realisasi": float})
    frame["serapan"] = _share(frame["realisasi"], frame["anggaran"])
    return frame


def _share(part: pd.Series, whole: pd.Series) -> pd.Series:
    """part / whole; no number where the whole is 0 or none, or the part none."""
    return (part / whole.where(whole != 0)).astype(float)


def _unit_budgets(units: list[_Unit], programs: pd.DataFrame) -> pd.DataFrame:
    base = pd.DataFrame({"unit": range(1, len(units) + 1),
                         "instansi": [u.instansi for u in units]})
    grouped = programs.groupby("unit")
    sums = pd.DataFrame({
        "program": grouped.size(),
        "anggaran": grouped["anggaran"].sum(),  # a programme without a number adds nothing
        "realisasi": grouped["realisasi"].sum(),
        "tanpa_angka": grouped["realisasi"].apply(lambda s: int(s.isna().sum())),
    })
    out = base.merge(sums, left_on="unit", right_index=True, how="left")
    out[["program", "tanpa_angka"]] = out[["program", "tanpa_angka"]].fillna(0).astype(int)
    out[["anggaran", "realisasi"]] = out[["anggaran", "realisasi"]].fillna(0.0)
    out["serapan"] = _share(out["realisasi"], out["anggaran"])
    total = out["anggaran"].sum()
    out["porsi"] = out["anggaran"] / total if total else float("nan")
    return out[["unit", "instansi", "program", "anggaran", "realisasi", "serapan", "porsi",
                "tanpa_angka"]]


def _rules(units: list[_Unit]) -> pd.DataFrame:
    columns = ["unit", "instansi", "aturan", *SEVERITIES, "jumlah"]
    parts = []
    for n, u in enumerate(units, start=1):
        f = u.findings
        if f is None or f.empty:
            continue
        parts.append(pd.DataFrame({"unit": n, "instansi": u.instansi,
                                   "aturan": f["aturan"].fillna("").astype(str),
                                   "tingkat": f["tingkat"]}))
    if not parts:
        return pd.DataFrame(columns=columns).astype({c: int for c in ["unit", *SEVERITIES,
                                                                      "jumlah"]})
    found = pd.concat(parts, ignore_index=True)
    counts = pd.crosstab([found["unit"], found["instansi"], found["aturan"]], found["tingkat"])
    counts = counts.reindex(columns=list(SEVERITIES), fill_value=0).reset_index()
    counts.columns.name = None
    counts["jumlah"] = counts[list(SEVERITIES)].sum(axis=1)
    return counts[columns].sort_values(["unit", "aturan"], ignore_index=True)


def _summary(units: list[_Unit], frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    iku, budgets, rules = frames[IKU], frames[ANGGARAN_UNIT], frames[TEMUAN]
    out = pd.DataFrame({"unit": range(1, len(units) + 1),
                        "instansi": [u.instansi for u in units],
                        "berkas": [u.path.name for u in units]})
    by_unit = iku.groupby("unit")
    out["iku"] = out["unit"].map(by_unit.size()).fillna(0).astype(int)
    reached = iku[iku["status"] == capaian.TERCAPAI].groupby("unit").size()
    out["tercapai"] = out["unit"].map(reached).fillna(0).astype(int)
    out["rata_rata_capaian"] = out["unit"].map(by_unit["capaian"].mean()).astype(float)
    for column in ("anggaran", "realisasi", "serapan"):
        out[column] = budgets[column].to_numpy()
    totals = rules.groupby("unit")[list(SEVERITIES)].sum()
    for severity in SEVERITIES:
        out[severity] = out["unit"].map(totals[severity]).fillna(0).astype(int)
    return out


def _unit_list(units: list[_Unit], statuses: list[tuple[str, str]], number: dict[int, int],
               expected: Iterable[str] | None, year: int | None) -> pd.DataFrame:
    rows = []
    for u, (status, note) in zip(units, statuses, strict=True):
        rows.append({"unit": number.get(id(u)), "instansi": u.instansi, "tahun": u.year,
                     "berkas": str(u.path), "status": status, "keterangan": note})
    names = list(expected or [])
    if names:
        listed = {_key(n) for n in names}
        present = {_key(u.instansi) for u, (s, _) in zip(units, statuses, strict=True)
                   if s == ADA}
        for row in rows:
            if row["status"] == ADA and _key(str(row["instansi"])) not in listed:
                row["keterangan"] = "tidak ada di daftar unit"
        for name in dict.fromkeys(names):
            if _key(name) in present:
                continue
            others = sorted({u.year for u in units if _key(u.instansi) == _key(name)
                             and u.year is not None and u.year != year})
            note = (f"hanya ada LKIP tahun {', '.join(map(str, others))}" if others
                    else "tidak ada buku kerja akhirnya")
            rows.append({"unit": None, "instansi": " ".join(name.split()), "tahun": year,
                         "berkas": "", "status": TIDAK_ADA, "keterangan": note})
    frame = pd.DataFrame.from_records(rows, columns=["unit", "instansi", "tahun", "berkas",
                                                     "status", "keterangan"])
    return frame.astype({"unit": "Int64", "tahun": "Int64"})
