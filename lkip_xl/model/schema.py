"""The one declarative description of the LKIP's tables: their data.

Everything else reads this module: the input reader (which sheets and columns to
expect, how to parse each value), the template builder (headers, widths, number
formats, formula patterns), fill, the rules, the narrative and the PDF.  No other
module describes a table's columns.  Where a table appears in the report, under which
number and caption, is the report's outline (:mod:`lkip_xl.model.outline`).

Vocabulary
----------
* A :class:`Table` is one sheet, named exactly like the report's table
  ("Tabel 2.5") in the input workbook and in the template.
* A :class:`Column` is one field.  Its ``kind`` decides how input values are
  read and how the template formats them.
* Tables with derived rows declare :class:`RowKinds`: *group* rows (a program
  with its subtotal), *item* rows (a kegiatan), optionally *sub* rows (a sub
  kegiatan, the third level of the budget from 2021) and one *total* row.  In
  the input each row says which it is in the ``Jenis`` column; stated subtotals
  and totals stay in their own rows so validation can compare them with formulas.
  The levels nest in sheet order (:func:`hierarchy`): a row belongs to the
  nearest row above it of a higher level (a sub kegiatan to its kegiatan, a
  kegiatan to its program); a row with none above it is a top-level row (an
  LKIP listing only kegiatan, or only sub kegiatan).  A row that has rows below
  it *heads* them: a program, or a kegiatan with its sub kegiatan.
* ``formulas`` maps a row's role to an Excel formula pattern: ``"group"`` the
  formula of a row that heads others (a program; a kegiatan over its sub
  kegiatan), ``"item"`` of any other row (a kegiatan, a sub kegiatan, a row of
  a flat table), ``"total"`` of the total row.  Placeholders:
  ``{col}`` the cell of column *col* in the same row; ``{items}`` this column
  over every row the group heads, at any level (a range); ``{children}`` this
  column on the rows directly under it (a range when they are consecutive, else
  a list: a program over its kegiatan subtotals); ``{groups}`` this column on
  every top-level row (a list; a range when no row heads another);
  ``{rows}`` this column over all item rows of a flat table;
  ``{group_count}``, ``{item_count}``, ``{sub_count}`` how many rows of that kind
  name something in this column (COUNTA);
  ``{col@total}`` the cell of column *col* on the total row; ``{link}`` the
  cell of the linked table's column on the row with the same key.  Names such
  as ``Tahun`` or ``Instansi`` are workbook-defined names of the Pengaturan
  sheet (see :data:`IDENTITY`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from lkip_xl.model.capaian import CAPAIAN, PREDIKAT, STATUS

# Column kinds and what they mean for reading and formatting.
#   kode    stable key text (program P01, kegiatan P01.01, indikator IK01)
#   jenis   row kind (the RowKinds labels)
#   teks    free text
#   orang   head count: whole number, optional unit word "orang"
#   rupiah  amount in rupiah: whole rupiah, thousands grouped
#   persen  a percentage, in percent units (93.28 means 93,28%)
#   nilai   an indicator value in the indicator's own unit, or a category ("BB")
#   tahun   a year
KINDS = ("kode", "jenis", "teks", "orang", "rupiah", "persen", "nilai", "tahun")
NUMERIC_KINDS = ("orang", "rupiah", "persen", "nilai", "tahun")

# Excel number formats per kind (Excel stores them locale-independently;
# Indonesian Excel shows "#,##0" as 1.234.567).
NUMBER_FORMATS = {
    "orang": "#,##0",
    "rupiah": '"Rp "#,##0',
    "persen": "0.00%",
    "nilai": "General",
    "tahun": "0",
}


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str = "teks"
    required: bool = False
    width: float = 14
    formulas: dict[str, str] = field(default_factory=dict)
    link: tuple[str, str] | None = None  # (table sheet, column key) this value repeats
    link_fallback: bool = False  # link only where the input leaves the cell blank
    in_input: bool = True
    in_template: bool = True
    span: str | None = None  # upper header spanning consecutive columns ("Realisasi")
    year_offset: int | None = None  # a year column: its year is the base year plus this
    year_base: str = "tahun"  # the base year: "tahun" (report) or "renstra" (its first year)
    # The item formula is written only on rows that give one of these columns; on the
    # others the value the row gives stays (a head count without its breakdown).
    only_with: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r} for {self.key}")

    def year(self, years: Years | int) -> int | None:
        """The year of a year column (None for another column)."""
        if self.year_offset is None:
            return None
        y = years if isinstance(years, Years) else Years.default(years)
        return (y.renstra if self.year_base == "renstra" else y.report) + self.year_offset

    def header_for(self, years: Years | int | None) -> str:
        """The header text; year columns show the concrete year when known."""
        if self.year_offset is None or years is None:
            return self.header
        return self.header.format(tahun=self.year(years))


class Years(NamedTuple):
    """The years a report's year columns count from: the report's, and the first of its
    Renstra (Tabel 2.2 and 3.2 show the Renstra's years)."""

    report: int
    renstra: int

    @classmethod
    def default(cls, report: int) -> Years:
        """A report year alone: the Renstra taken to have begun two years before."""
        return cls(report, report - 2)

    @classmethod
    def of(cls, identity: Mapping[str, object]) -> Years:
        report = int(str(identity["tahun"]))
        first = str(identity.get("renstra_awal") or "").strip()
        return cls(report, int(first) if first.isdigit() else report - 2)


@dataclass(frozen=True)
class RowKinds:
    item: str
    group: str | None = None
    total: str | None = None
    sub: str | None = None  # the level below the items (sub kegiatan under a kegiatan)

    def labels(self) -> dict[str, str]:
        """Map of the ``Jenis`` label (lower case) to the row kind."""
        return {label.lower(): kind for kind, label in self.named().items()}

    def kind_of(self, jenis: str) -> str | None:
        """The row kind a ``Jenis`` text names: the label in any case, with or without the
        space between its words ("Sub Kegiatan", "subkegiatan", "Sub-Kegiatan"); None for
        another text."""
        return _squeezed_labels(self).get(_squeezed(jenis))

    def named(self) -> dict[str, str]:
        """The ``Jenis`` label of each row kind the table has, levels first, in order."""
        names = {"group": self.group, "item": self.item, "sub": self.sub, "total": self.total}
        return {kind: name for kind in KIND_ORDER if (name := names[kind])}


def _squeezed(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


@functools.cache
def _squeezed_labels(kinds: RowKinds) -> dict[str, str]:
    return {_squeezed(label): kind for kind, label in kinds.named().items()}


# Row kinds in order: the levels, highest first, then the total.
LEVELS = ("group", "item", "sub")
KIND_ORDER = (*LEVELS, "total")
DETAIL = ("item", "sub")  # the levels that name a kegiatan or a sub kegiatan of the budget


class Place(NamedTuple):
    """Where a row sits in its table's levels (indexes into the table's rows)."""

    parent: int | None  # the row it belongs to (None: a top-level row, or the total)
    end: int  # one past the last row it heads (itself + 1 when it heads none)
    children: tuple[int, ...]  # the rows directly under it

    @property
    def heads(self) -> bool:
        return bool(self.children)


def hierarchy(kinds: Sequence[str]) -> list[Place]:
    """Each row's place among the levels, from the row kinds in sheet order: a row belongs
    to the nearest row above it of a higher level; a total row ends every group."""
    depth = {kind: i for i, kind in enumerate(LEVELS)}
    parents: list[int | None] = []
    ends = list(range(1, len(kinds) + 1))
    children: list[list[int]] = [[] for _ in kinds]
    stack: list[int] = []
    for i, kind in enumerate(kinds):
        level = depth.get(kind)
        if level is None:  # a total: no parent, heads nothing, closes every group
            stack.clear()
            parents.append(None)
            continue
        while stack and depth[kinds[stack[-1]]] >= level:
            stack.pop()
        parent = stack[-1] if stack else None
        parents.append(parent)
        if parent is not None:
            children[parent].append(i)
        for above in stack:
            ends[above] = i + 1
        stack.append(i)
    return [Place(p, e, tuple(c)) for p, e, c in zip(parents, ends, children, strict=True)]


def heading(kinds: Sequence[str]) -> list[bool]:
    """Whether each row heads others (a program, a kegiatan with sub kegiatan)."""
    return [p.heads for p in hierarchy(kinds)]


def role(kind: str, heads: bool) -> str:
    """The formula role of a row: ``group`` when it heads rows (or is a group row),
    ``total``, else ``item`` (see the module's docstring)."""
    if kind == "total":
        return "total"
    return "group" if heads or kind == "group" else "item"


@dataclass(frozen=True)
class Table:
    sheet: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    rows: RowKinds | None = None
    landscape: bool = False  # printed on landscape pages (the report's outline places it)
    in_template: bool = True  # False: input-only data (staff text, stated summaries)
    optional: bool = False  # a table many LKIPs do not have (leaving it out is no finding)
    # A table computed from another: when the data workbook does not give its rows (as the
    # report printed them, to be checked), one row per distinct key of the source's column
    # (source sheet, key column, label column, the source's row kind or None).
    derived_from: tuple[str, str, str, str | None] | None = None

    def column(self, key: str) -> Column:
        try:
            return self._by_key[key]
        except KeyError:
            raise KeyError(f"{self.sheet}: no column {key!r}") from None

    @functools.cached_property
    def _by_key(self) -> dict[str, Column]:
        return {c.key: c for c in self.columns}

    @functools.cached_property
    def keys(self) -> frozenset[str]:
        """The keys of its columns."""
        return frozenset(self._by_key)

    @property
    def input_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.in_input)

    @property
    def template_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.in_template)



@dataclass(frozen=True)
class Field:
    """One identity or setting value (a row of the Identitas / Pengaturan sheet)."""

    key: str
    label: str
    kind: str = "teks"
    required: bool = True
    name: str | None = None  # workbook defined name in the template
    default: str | int | None = None
    choices: tuple[str, ...] = ()  # the values it may take (the first is the default)


# --------------------------------------------------------------------------
# The report's identity: sheet "Identitas" in the input, "Pengaturan" in the template.

IDENTITY: tuple[Field, ...] = (
    Field("instansi", "Instansi", required=False, name="Instansi",
          default="Nama Perangkat Daerah"),
    Field("pemerintah", "Pemerintah Daerah", required=False, name="Pemerintah",
          default="Kota ..."),
    Field("kota", "Kota Penandatanganan", required=False, name="Kota", default="..."),
    Field("tahun", "Tahun Laporan", "tahun", name="Tahun", default=2020),
    Field("renstra_awal", "Tahun Awal Renstra", "tahun", required=False, name="RenstraAwal",
          default=2018),
    Field("renstra_akhir", "Tahun Akhir Renstra", "tahun", required=False, name="RenstraAkhir",
          default=2023),
    Field("tanggal", "Tanggal Penandatanganan", required=False, name="Tanggal", default=""),
    Field("jabatan", "Jabatan Penandatangan", required=False, name="Jabatan",
          default="Kepala ..."),
    Field("nama", "Nama Penandatangan", required=False, name="Penandatangan", default="..."),
    Field("pangkat", "Pangkat/Golongan", required=False, name="Pangkat", default=""),
    Field("nip", "NIP", required=False, name="NIP", default=""),
    Field("visi", "Visi RPJMD", required=False, name="Visi", default=""),
    Field("misi", "Misi RPJMD yang terkait", required=False, name="Misi", default=""),
    Field("kata_pengantar", "Kata Pengantar", required=False, name="KataPengantar",
          default=""),
    Field("sebutan", "Sebutan Laporan", required=False, name="Sebutan", default="LKIP",
          choices=("LKIP", "LKjIP")),
    Field("penomoran", "Penomoran Tabel", required=False, name="Penomoran", default="per bab",
          choices=("per bab", "urut")),
    # "koma": the report writes 3,157 for three point one five seven and 1.000 for a
    # thousand throughout, so such numbers read; "otomatis": they are reported as ambiguous
    Field("desimal", "Tanda Desimal", required=False, name="TandaDesimal",
          default="otomatis", choices=("otomatis", "koma")),
)
# What the signed report needs besides the required fields (a warning while they are
# missing; the final PDF cannot be signed without them).  Without its first year, the
# Renstra's years are taken from the headers of Tabel 2.2.
SIGNATORY = ("instansi", "pemerintah", "kota", "renstra_awal", "renstra_akhir", "jabatan",
             "nama", "nip")



def choice(identity: Mapping[str, Any], key: str) -> str:
    """The value of the identity field *key* among its choices (case and spaces aside),
    or its default when it is blank or none of them."""
    f = next(f for f in IDENTITY if f.key == key)
    given = " ".join(str(identity.get(key) or "").split()).lower()
    return next((c for c in f.choices if c.lower() == given), str(f.default))


def region(identity: Mapping[str, Any]) -> str:
    """The Pemda the unit belongs to, as it follows the unit's name: empty when the name
    already ends with it ("Biro Organisasi Provinsi Jawa Barat")."""
    pemda = " ".join(str(identity.get("pemerintah") or "").split())
    unit = " ".join(str(identity.get("instansi") or "").split())
    return "" if pemda and _place(unit).endswith(_place(pemda)) else pemda


_SHORT = {"kab": "kabupaten", "kab.": "kabupaten", "prov": "provinsi", "prov.": "provinsi",
          "pemkab": "kabupaten", "pemkot": "kota", "pemprov": "provinsi"}


def _place(name: str) -> str:
    """A Pemda's name as compared: case, abbreviations ("Kab." for Kabupaten) and a leading
    "Pemerintah" do not count."""
    words = [_SHORT.get(w, w) for w in name.lower().replace(".", ". ").split()]
    if words[:1] == ["pemerintah"]:
        words = words[1:]
    return " ".join(w.rstrip(".") for w in words)


def unit_name(identity: Mapping[str, Any]) -> str:
    """The unit with its Pemda: "Badan Pendapatan Daerah Provinsi Kalimantan Timur"."""
    return " ".join(f"{identity.get('instansi') or ''} {region(identity)}".split())


# Settings of the capaian rules (Pengaturan sheet of the template).
SETTINGS: tuple[Field, ...] = (
    Field("batas_bawah_negatif", "Batas bawah capaian indikator negatif (%)", "persen",
          name="BatasBawahNegatif", default=0),
    Field("batas_atas_predikat", "Batas atas capaian untuk predikat (%)", "persen",
          name="BatasAtasPredikat", default=100),
)

# The years an LKIP can be about: another year in the identity is a typo (0, 20200).
YEARS = (2000, 2100)

IDENTITY_SHEET = "Identitas"
SETTINGS_SHEET = "Pengaturan"




# --------------------------------------------------------------------------
# Column helpers: the same columns recur in many tables.


def _kode(key: str = "kode", header: str = "Kode", required: bool = True) -> Column:
    return Column(key, header, "kode", required=required, width=11)


def _jenis() -> Column:
    return Column("jenis", "Jenis", "jenis", required=True, width=11, in_template=False)


def _program_rows(width: float) -> tuple[Column, ...]:
    """The columns that name a row of a budget table: Jenis, Kode, No, Program dan Kegiatan."""
    return (_jenis(), _kode(), _no(),
            _text("uraian", "Program dan Kegiatan", width, required=True))


def _budget_levels(total: str) -> RowKinds:
    """The rows of a budget table (Permendagri 90/2019): program, kegiatan, sub kegiatan."""
    return RowKinds(group="Program", item="Kegiatan", sub="Sub Kegiatan", total=total)


def _no() -> Column:
    return Column("no", "No", "teks", width=5)


def _text(key: str, header: str, width: float = 40, required: bool = False) -> Column:
    return Column(key, header, "teks", required=required, width=width)


def _sasaran_columns() -> tuple[Column, ...]:
    return (
        _kode("kode_sasaran", "Kode Sasaran", required=False),
        _no(),
        _text("sasaran", "Sasaran Strategis", 36),
        _kode(),
        _text("indikator", "Indikator Kinerja", 40, required=True),
    )


def _year_columns(
    prefix: str, key: str, span: str, offsets: range, kind: str = "nilai", base: str = "tahun"
) -> tuple[Column, ...]:
    """Columns for consecutive years, e.g. "Target 2019" .. "Target 2023", counted from the
    report year or from the first year of the Renstra (*base*)."""
    return tuple(
        Column(
            f"{key}_{i}",
            f"{prefix} {{tahun}}",
            kind,
            width=9,
            span=span,
            year_offset=off,
            year_base=base,
        )
        for i, off in enumerate(offsets)
    )


# A sum over item rows shows #N/A when one of them holds text (an unreadable
# number): a clear result instead of a total that silently leaves it out.
# A dash is how printed tables write none (0 staff, no budget): it adds nothing.
# A group sums the rows directly under it ({children}: a kegiatan subtotal counts once, its
# sub kegiatan not again) and checks every row it heads ({items}).
_SUM_ITEMS = ('=IF(COUNT({items})+COUNTIF({items},"-")<COUNTA({items}),NA(),'
              'SUM({children}))')
_SUM_ROWS = _SUM_ITEMS.replace("{items}", "{rows}").replace("{children}", "{rows}")
def _linked(columns: tuple[Column, ...],
            links: dict[str, tuple[str, str]]) -> tuple[Column, ...]:
    """*columns* with the cross-table links given by column key."""
    return tuple(replace(c, link=links[c.key]) if c.key in links else c for c in columns)


_GROUP_SUM = {"group": _SUM_ITEMS, "total": "=SUM({groups})"}
_FLAT_SUM = {"total": _SUM_ROWS}
# no realisasi given (blank, or "-" as printed tables write none) is no percentage, not 0%
# (an unreadable realisasi still shows #VALUE!: a clear result, not a wrong number)
_PERSEN = '=IF(OR({realisasi}="",{realisasi}="-",N({anggaran})=0),"",{realisasi}/{anggaran})'
# Output of a kegiatan against its target (positive, no categories).
_KELUARAN = '=IF(OR({realisasi}="",{realisasi}="-",N({target})=0),"",{realisasi}/{target})'


def _capaian_columns(stated_status: bool = False, width: float = 10,
                     header: str = "Capaian") -> tuple[Column, ...]:
    """Polarity (from Tabel 2.6), capaian, predicate and status by the capaian rules."""
    return (
        Column("polaritas", "Polaritas", "teks", width=10, link=("Tabel 2.6", "polaritas"),
               in_input=False),
        Column("capaian", header, "persen", width=width, formulas={"item": CAPAIAN}),
        Column("predikat", "Predikat", "teks", width=13, formulas={"item": PREDIKAT},
               in_input=stated_status),
        Column("status", "Status", "teks", width=16, formulas={"item": STATUS},
               in_input=stated_status),
    )


def _efficiency(budget: str, key: str) -> tuple[Column, ...]:
    """Budget, realisasi and absorption of a row, looked up by *key* in the table *budget*
    (its first row of that code; an unreadable amount there stays an error here), and the
    efficiency: the capaian minus the absorption, in percentage points."""
    def amount(column: str) -> dict[str, str]:
        found = f"{{{budget}!kode}}"
        return {"item": f"=IF(COUNTIF({found},{{{key}}})=0,\"\",INDEX({{{budget}!{column}}},"
                        f"MATCH({{{key}}},{found},0)))",
                "total": '=IF(COUNT({rows})=0,"",SUM({rows}))'}

    share = '=IF(N({anggaran})=0,"",{realisasi}/{anggaran})'
    gap = '=IF(AND(ISNUMBER({capaian}),ISNUMBER({serapan})),{capaian}-{serapan},"")'
    return (
        Column("anggaran", "Anggaran (Rp)", "rupiah", width=17,
               formulas=amount("anggaran")),
        Column("realisasi", "Realisasi (Rp)", "rupiah", width=17,
               formulas=amount("realisasi")),
        Column("serapan", "Serapan Anggaran", "persen", width=10,
               formulas={"item": share, "total": share}),
        Column("efisiensi", "Capaian dikurangi Serapan", "persen", width=11,
               formulas={"item": gap, "total": gap}),
    )


# Sums of a column many reports leave blank: blank when no row gives a number.
_SUM_GIVEN = '=IF(COUNTA({items})=0,"",' + _SUM_ITEMS.removeprefix("=") + ")"
_OPTIONAL_SUMS = {
    "grouped": {"group": _SUM_GIVEN, "total": '=IF(COUNT({groups})=0,"",SUM({groups}))'},
    "flat": {"total": _SUM_GIVEN.replace("{items}", "{rows}").replace("{children}", "{rows}")},
}


def _head_count(sums: dict[str, str]) -> tuple[Column, ...]:
    """Men, women and their sum (the sum alone where a report gives no breakdown)."""
    breakdown = _OPTIONAL_SUMS["grouped" if "group" in sums else "flat"]
    return (  # the sum first: a data workbook without the breakdown keeps its layout
        Column("jumlah", "Jumlah (orang)", "orang", required=True,
               # SUM: a "-" for nobody counts as none, as in the sums of the rows
               formulas={**sums, "item": "=SUM({laki_laki},{perempuan})"},
               only_with=("laki_laki", "perempuan")),
        Column("laki_laki", "Laki-laki", "orang", width=10, formulas=breakdown),
        Column("perempuan", "Perempuan", "orang", width=10, formulas=breakdown),
    )


def _staff(number: str, label: str, header: str) -> Table:
    """Tables 1.2 and 1.3: PNS counted by one attribute, with a total."""
    return Table(
        sheet=f"Tabel {number}",
        key=("kode",),
        rows=RowKinds(item=label, total="Total"),
        columns=(
            _jenis(),
            Column("kode", header, "kode", required=True, width=16),
            *_head_count(_FLAT_SUM),
        ),
    )


# --------------------------------------------------------------------------
# The tables, in the order of the data workbook.

TABLES: tuple[Table, ...] = (
    Table(
        sheet="Tabel 1.1",
        key=("kode",),
        rows=RowKinds(group="Kelompok", item="Jabatan", total="Total"),
        columns=(
            _jenis(),
            _kode(),
            _text("uraian", "Jabatan", 44, required=True),
            *_head_count(_GROUP_SUM),
        ),
    ),
    _staff("1.2", "Golongan", "Golongan"),
    _staff("1.3", "Eselon", "Eselon"),
    Table(
        sheet="Tabel 1.4",
        key=("kode",),
        rows=RowKinds(item="Pendidikan", total="Total"),
        columns=(
            _jenis(),
            Column("kode", "Pendidikan", "kode", required=True, width=16),
            *_head_count(_FLAT_SUM),
            Column(
                "persen",
                "Persen",
                "persen",
                formulas={"item": '=IF(N({jumlah@total})=0,"",IF({jumlah}="-",0,'
                                   '{jumlah}/{jumlah@total}))',
                          "total": _SUM_ROWS},
            ),
        ),
    ),
    Table(
        sheet="Tabel 2.1",
        key=("kode", "kode_sasaran"),  # a tujuan with several sasaran: one row each
        columns=(
            _kode("kode", "Kode Tujuan"),
            _no(),
            _text("tujuan", "Tujuan", 50, required=True),
            _kode("kode_sasaran", "Kode Sasaran", required=False),
            _text("sasaran", "Sasaran", 40),
        ),
    ),
    Table(
        sheet="Tabel 2.2",
        key=("kode",),
        landscape=True,
        columns=(
            _kode("kode_sasaran", "Kode Sasaran", required=False),
            _no(),
            _text("sasaran", "Sasaran", 36),
            _kode(),
            _text("indikator", "Indikator Sasaran", 30, required=True),
            Column("satuan", "Satuan", "teks", width=9),
            Column("kondisi_awal", "Kondisi Awal", "nilai", width=9),
            # the year before the Renstra, then its years (up to six)
            *_year_columns("Target", "target", "Target", range(-1, 6), base="renstra"),
            Column("kondisi_akhir", "Kondisi Akhir Renstra", "nilai", width=10),
            Column("target_rpjmd", "Target RPJMD", "nilai", width=10),
        ),
    ),
    Table(
        sheet="Tabel 2.3",
        key=("kode",),
        landscape=True,
        columns=(
            _kode("kode", "Kode"),
            _text("tujuan", "Tujuan", 30),
            _text("sasaran", "Sasaran", 30),
            _text("strategi", "Strategi", 30),
            _no(),
            _text("arah_kebijakan", "Arah Kebijakan", 60, required=True),
        ),
    ),
    Table(
        sheet="Tabel 2.4",
        key=("kode",),
        rows=_budget_levels("Jumlah"),
        columns=(
            _jenis(),
            _kode(),
            _no(),
            Column(
                "uraian",
                "Program dan Kegiatan",
                "teks",
                required=True,
                width=48,
                # "3 program, 12 kegiatan, 30 sub kegiatan": the levels the table has
                formulas={"total": '=MID(IF({group_count}=0,"",", "&{group_count}&" program")'
                                   '&IF({item_count}=0,"",", "&{item_count}&" kegiatan")'
                                   '&IF({sub_count}=0,"",", "&{sub_count}&" sub kegiatan")'
                                   ',3,200)'},
            ),
            _text("indikator", "Indikator", 40),
            Column("target", "Target", "nilai", width=10),
            Column("satuan", "Satuan", "teks", width=10),
        ),
    ),
    Table(
        sheet="Tabel 2.5",
        key=("kode",),
        rows=_budget_levels("Total"),
        columns=(
            *_program_rows(56),
            Column("pagu", "Pagu Anggaran", "rupiah", required=True, width=20,
                   formulas=_GROUP_SUM),
        ),
    ),
    Table(
        sheet="Tabel 2.6",
        key=("kode",),
        columns=(
            *_sasaran_columns(),
            Column("target", "Target", "nilai", required=True, width=10),
            Column("satuan", "Satuan", "teks", width=10),
            Column("polaritas", "Polaritas", "teks", width=10),
        ),
    ),
    Table(
        sheet="Tabel 2.6 Program",
        key=("kode",),
        rows=RowKinds(item="Program", total="Total"),
        columns=(
            _jenis(),
            _kode(),
            _no(),
            _text("program", "Program", 50, required=True),
            Column("anggaran", "Anggaran", "rupiah", required=True, width=20,
                   formulas=_FLAT_SUM),
            _text("keterangan", "Keterangan", 16),
        ),
    ),
    Table(
        sheet="Tabel 3.1",
        key=("kode",),
        columns=(
            *_sasaran_columns(),
            Column("target", "Target", "nilai", width=10, link=("Tabel 2.6", "target")),
            Column("realisasi", "Realisasi", "nilai", required=True, width=10),
            *_capaian_columns(stated_status=True),
            Column("standar_nasional", "Standar Nasional", "nilai", width=10),
            # the realisasi each quarter, where the report shows it
            *(Column(f"realisasi_tw{n}", f"Realisasi TW {roman}", "nilai", width=9)
              for n, roman in enumerate(("I", "II", "III", "IV"), start=1)),
        ),
    ),
    Table(
        sheet="Tabel 3.2",
        key=("kode",),
        landscape=True,
        columns=(
            *_sasaran_columns(),
            *_linked(_year_columns("Realisasi", "realisasi", "Realisasi", range(-1, 1)),
                     {"realisasi_0": ("Tabel 3.4", "realisasi_lalu"),
                      "realisasi_1": ("Tabel 3.1", "realisasi")}),
            *_year_columns("Target", "target", "Target Kinerja Sasaran", range(0, 6),
                           base="renstra"),
            Column("target_akhir", "Target Akhir Renstra", "nilai", width=10,
                   link=("Tabel 2.2", "kondisi_akhir"), link_fallback=True),
            Column("polaritas", "Polaritas", "teks", width=10, link=("Tabel 2.6", "polaritas"),
                   in_input=False),
            Column("capaian_akhir", "Capaian terhadap Target Akhir", "persen", width=11,
                   formulas={"item": CAPAIAN.replace(
                       "{target}", "{target_akhir}").replace("{realisasi}", "{realisasi_1}")}),
        ),
    ),
    Table(
        sheet="Tabel 3.3",
        key=("kode",),
        columns=(
            _no(),
            _kode("kode_program", "Kode Program", required=False),
            _text("program", "Program", 34),
            _kode(),
            _text("indikator", "Indikator", 40, required=True),
            Column("target", "Target", "nilai", width=10, link=("Tabel 2.6", "target")),
            Column("realisasi", "Realisasi", "nilai", width=10, link=("Tabel 3.1", "realisasi")),
            *_capaian_columns(),
            _text("satuan", "Satuan", 10),
        ),
    ),
    Table(
        sheet="Tabel 3.4",
        key=("kode",),
        columns=(
            *_sasaran_columns(),
            Column("realisasi_lalu", "Realisasi {tahun}", "nilai", width=10,
                   span="Realisasi", year_offset=-1),
            Column("realisasi", "Realisasi {tahun}", "nilai", width=10,
                   span="Realisasi", year_offset=0, link=("Tabel 3.1", "realisasi")),
            Column("perubahan", "Perubahan", "nilai", width=11, in_input=False,
                   formulas={"item": '=IF(AND(ISNUMBER({realisasi}),ISNUMBER({realisasi_lalu})),'
                                     '{realisasi}-{realisasi_lalu},"")'}),
            # the change against last year's realisasi, as a share of it (-0,41%)
            Column("perubahan_persen", "Perubahan (%)", "persen", width=11,
                   formulas={"item": '=IF(AND(ISNUMBER({realisasi}),N({realisasi_lalu})<>0),'
                                     '({realisasi}-{realisasi_lalu})/{realisasi_lalu},"")'}),
        ),
    ),
    Table(
        sheet="Realisasi Anggaran",
        key=("kode",),
        rows=_budget_levels("Jumlah"),
        columns=(
            *_program_rows(50),
            Column("anggaran", "Anggaran (Rp)", "rupiah", required=True, width=19,
                   formulas=_GROUP_SUM, link=("Tabel 2.5", "pagu"), link_fallback=True),
            Column("realisasi", "Realisasi (Rp)", "rupiah", width=19, formulas=_GROUP_SUM),
            Column("persen", "Persen", "persen", width=10,
                   formulas={"item": _PERSEN, "group": _PERSEN, "total": _PERSEN}),
            Column("fisik", "Realisasi Fisik", "persen", width=10),
            _text("keterangan", "Keterangan", 16),  # sumber dana, a status as printed
        ),
    ),
    # The per-indicator analysis of BAB III (3.1.4) and the Penutup summary.
    Table(
        sheet="Analisis Indikator",
        key=("kode",),
        columns=(
            _kode(),
            _text("indikator", "Indikator Kinerja", 40, required=True),
            Column("tahun_judul", "Tahun pada Judul Tabel", "tahun", width=10),
            Column("target", "Target", "nilai", width=10, link=("Tabel 2.6", "target")),
            Column("realisasi_lalu", "Realisasi Tahun Lalu", "nilai", width=10,
                   link=("Tabel 3.4", "realisasi_lalu")),
            Column("realisasi", "Realisasi", "nilai", width=10, link=("Tabel 3.1", "realisasi")),
            *_capaian_columns(header="Capaian Kinerja"),
            _text("uraian", "Uraian Capaian (teks staf)", 60),
        ),
    ),
    Table(
        sheet="Analisis Kegiatan",
        key=("kode_indikator", "kode_kegiatan"),
        columns=(
            _kode("kode_indikator", "Kode Indikator"),
            _kode("kode_kegiatan", "Kode Kegiatan"),
            _text("kegiatan", "Kegiatan", 40, required=True),
            _text("indikator_keluaran", "Indikator Keluaran", 30),
            Column("target", "Target Keluaran", "nilai", width=10),
            Column("realisasi", "Realisasi Keluaran", "nilai", width=10),
            Column("satuan", "Satuan", "teks", width=10),
            Column("persen", "Persen Capaian", "persen", width=10, formulas={"item": _KELUARAN}),
            Column("jenis_faktor", "Jenis Faktor", "teks", width=12),
            _text("faktor", "Faktor Penghambat/Pendorong", 50),
            _text("solusi", "Alternatif Solusi", 40),  # beside a faktor penghambat
        ),
    ),
    Table(
        sheet="Ringkasan Capaian",
        in_template=False,
        key=("bagian", "kode"),
        columns=(
            _text("bagian", "Bagian", 12, required=True),
            _kode(),
            _text("indikator", "Indikator Kinerja", 40, required=True),
            Column("tahun_judul", "Tahun pada Judul Tabel", "tahun", width=10),
            Column("target", "Target", "nilai", width=10),
            Column("realisasi_lalu", "Realisasi Tahun Lalu", "nilai", width=10),
            Column("realisasi", "Realisasi", "nilai", width=10),
            Column("capaian", "Capaian Kinerja", "teks", width=14),  # as printed: "tercapai"
        ),
    ),
    Table(
        sheet="Penutup",
        key=("kode",),
        columns=(
            _kode(),
            _text("indikator", "Indikator Kinerja", 44, required=True),
            Column("target", "Target", "nilai", width=10, link=("Tabel 2.6", "target")),
            Column("realisasi", "Realisasi", "nilai", width=10, link=("Tabel 3.1", "realisasi")),
            *_capaian_columns(width=12, header="Capaian Kinerja"),
        ),
    ),
    # Budget per sasaran (or per indicator), where the report gives it.
    Table(
        sheet="Anggaran Sasaran",
        key=("kode",),
        rows=RowKinds(item="Sasaran", total="Total"),
        optional=True,
        columns=(
            _jenis(),
            _kode("kode", "Kode Sasaran"),
            _text("uraian", "Sasaran", 50, required=True),
            Column("anggaran", "Anggaran (Rp)", "rupiah", required=True, width=19,
                   formulas=_FLAT_SUM),
            Column("realisasi", "Realisasi (Rp)", "rupiah", width=19, formulas=_FLAT_SUM),
            Column("persen", "Persen", "persen", width=10,
                   formulas={"item": _PERSEN, "total": _PERSEN}),
        ),
    ),
    # Computed from the tables above: the average capaian per sasaran and overall, and
    # the efficiency (capaian against the budget absorbed) per sasaran and per program.
    Table(
        sheet="Capaian Sasaran",
        key=("kode_sasaran",),
        rows=RowKinds(item="Sasaran", total="Rata-rata"),
        derived_from=("Tabel 3.1", "kode_sasaran", "sasaran", None),
        optional=True,
        columns=(
            _jenis(),
            _kode("kode_sasaran", "Kode Sasaran"),
            _text("sasaran", "Sasaran", 44),
            Column("indikator", "Jumlah Indikator", "orang", width=10,
                   formulas={"item": "=COUNTIF({Tabel 3.1!kode_sasaran},{kode_sasaran})",
                             "total": "=SUM({rows})"}),
            Column("capaian", "Rata-rata Capaian", "persen", width=11,
                   formulas={"item": "=IFERROR(AVERAGEIF({Tabel 3.1!kode_sasaran},"
                                     "{kode_sasaran},{Tabel 3.1!capaian}),\"\")",
                             "total": "=IFERROR(AVERAGE({Tabel 3.1!capaian}),\"\")"}),
            *_efficiency("Anggaran Sasaran", "kode_sasaran"),
        ),
    ),
    Table(
        sheet="Efisiensi Program",
        key=("kode",),
        rows=RowKinds(item="Program", total="Jumlah"),
        derived_from=("Realisasi Anggaran", "kode", "uraian", "group"),
        optional=True,
        columns=(
            _jenis(),
            _kode(),
            _text("program", "Program", 44),
            Column("capaian", "Rata-rata Capaian Indikator", "persen", width=11,
                   formulas={"item": "=IFERROR(AVERAGEIF({Tabel 3.3!kode_program},{kode},"
                                     "{Tabel 3.3!capaian}),\"\")",
                             "total": "=IFERROR(AVERAGE({Tabel 3.3!capaian}),\"\")"}),
            *_efficiency("Realisasi Anggaran", "kode"),
        ),
    ),
    # The report's own predicate scale, where it has one (else Permendagri 86/2017's).
    Table(
        sheet="Skala Predikat",
        key=("predikat",),
        in_template=False,
        optional=True,
        columns=(
            _text("predikat", "Predikat", 24, required=True),
            Column("batas", "Mulai dari (%)", "nilai", required=True, width=12),
        ),
    ),
    # Titles and column headers as the document prints them, where they name a year (to be
    # checked against the report's years: "TAHUN ANGGARAN 2020" over a 2021 table).
    Table(
        sheet="Judul Tercetak",
        in_template=False,
        optional=True,
        key=("kode",),
        columns=(
            _kode(),
            _text("lembar", "Tabel", 20, required=True),
            _text("judul", "Judul atau Kepala Kolom Tercetak", 80, required=True),
        ),
    ),
    Table(
        sheet="Narasi Staf",
        in_template=False,
        key=("kode",),
        columns=(
            _kode(),
            _text("bagian", "Bagian Laporan", 30, required=True),
            _text("teks", "Teks", 100, required=True),
        ),
    ),
)


TABLES_BY_SHEET = {t.sheet: t for t in TABLES}


def table(sheet: str) -> Table:
    """The table whose sheet is named *sheet*."""
    return TABLES_BY_SHEET[sheet]


def caption_values(identity: dict[str, object]) -> dict[str, object]:
    """Values for the {placeholders} of captions, from the identity."""
    tahun = identity.get("tahun")
    values = dict(identity)
    if isinstance(tahun, int):
        values["tahun_lalu"] = tahun - 1
    values["renstra"] = f"{identity.get('renstra_awal')}-{identity.get('renstra_akhir')}"
    return values
