"""Capaian (achievement against target), predicate and status: the rules, in Python.

The same rules exist as Excel formulas in the schema (``CAPAIAN``, ``PREDIKAT``,
``STATUS`` below are the patterns the template and fill write), so the final
workbook stays live when staff change a realisasi.  A test computes a grid of
cases both ways (formulas recalculated by the engine, and :func:`compute`) and
requires identical results.

Rules (DOMAIN.md):
* positive polarity: capaian = R / T x 100;
* negative polarity: capaian = (2T - R) / T x 100, never below the configured
  floor (``BatasBawahNegatif``, default 0);
* a realisasi that is a category (SAKIP grade "BB") is compared through the
  category scale: decided only when the whole range of the category lies on
  one side of the target, otherwise "tidak dapat dibandingkan"; it gives a
  status, not a number;
* a target that is a category too ("BB" against "A") is compared by rank on the
  category scale (its order, best first): the same category is a capaian of 100%, a
  better one Tercapai and a worse one Belum tercapai, without a number;
* target blank, text or 0, realisasi blank, "N/A"/"-" or other text: no number,
  and the status says why;
* status: Tercapai when capaian >= 100; predicate from the scale in
  Pengaturan, the capaian capped (``BatasAtasPredikat``, default 100) for the
  predicate only, not for the figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# Capaian predicate scale (Permendagri 86/2017), lower bounds in percent.
PREDICATE_SCALE: tuple[tuple[float, str], ...] = (
    (91, "Sangat Tinggi"),
    (76, "Tinggi"),
    (66, "Sedang"),
    (51, "Rendah"),
    (0, "Sangat Rendah"),
)

# SAKIP grades: (category, lower bound exclusive, upper bound inclusive, meaning).
SAKIP_SCALE: tuple[tuple[str, float, float, str], ...] = (
    ("AA", 90, 100, "Istimewa"),
    ("A", 80, 90, "Memuaskan"),
    ("BB", 70, 80, "Sangat Baik"),
    ("B", 60, 70, "Baik, perlu sedikit perbaikan"),
    ("CC", 50, 60, "Cukup (memadai), perlu banyak perbaikan yang tidak mendasar"),
    ("C", 30, 50, "Kurang, perlu banyak sekali perbaikan dan perubahan yang sangat mendasar"),
    ("D", 0, 30, "Sangat kurang, perlu banyak sekali perbaikan dan perubahan yang sangat mendasar"),
)


TERCAPAI = "Tercapai"
BELUM = "Belum tercapai"
NOT_COMPARABLE = "Tidak dapat dibandingkan"
NO_TARGET = "Target belum diisi"
TARGET_TEXT = "Target bukan angka"
TARGET_ZERO = "Target 0: tidak dapat dihitung"
NO_REALISASI = "Realisasi belum diisi"
REALISASI_NA = "Realisasi tidak tersedia"
REALISASI_TEXT = "Realisasi bukan angka"
NA_MARKERS = ("N/A", "NA", "-")
# Comparisons with the scale are made on the capaian rounded to this many decimals
# (in percent), so that 72.8 / 80 = 0.9099999999999999 counts as 91%, in Python and
# in the formulas alike.
DECIMALS = 6


@dataclass(frozen=True)
class Settings:
    predicates: Sequence[tuple[float, str]] = PREDICATE_SCALE
    categories: Sequence[tuple[str, float, float, str]] = SAKIP_SCALE
    negative_floor: float = 0  # percent
    predicate_cap: float = 100  # percent


DEFAULT = Settings()


@dataclass(frozen=True)
class Capaian:
    value: float | None  # percent units: 100 means 100%; None when there is no number
    status: str  # Tercapai / Belum tercapai / the reason there is no number
    predicate: str = ""


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _blank(x: Any) -> bool:
    return x is None or x == ""


def compute(target: Any, realisasi: Any, polarity: str = "positif",
            settings: Settings = DEFAULT) -> Capaian:
    """Capaian of one indicator; *target* and *realisasi* in the same unit."""
    negative = str(polarity or "").strip().lower() == "negatif"
    if _blank(target):
        return Capaian(None, NO_TARGET)
    if not _is_number(target):
        ranks = [_rank(x, settings) for x in (target, realisasi)]
        if ranks[0] is None or ranks[1] is None:
            return Capaian(None, TARGET_TEXT)
        if ranks[0] == ranks[1]:
            return Capaian(100.0, TERCAPAI, predicate(100.0, settings))
        return Capaian(None, TERCAPAI if ranks[1] < ranks[0] else BELUM)
    if target == 0:
        return Capaian(None, TARGET_ZERO)
    if _blank(realisasi):
        return Capaian(None, NO_REALISASI)
    if not _is_number(realisasi):
        text = str(realisasi).strip()
        category = _category(text, settings)
        if category is not None:
            return Capaian(None, _compare_category(category, float(target), negative))
        if text.upper() in NA_MARKERS:
            return Capaian(None, REALISASI_NA)
        return Capaian(None, REALISASI_TEXT)
    t, r = float(target), float(realisasi)
    value = (max(settings.negative_floor / 100, (2 * t - r) / t) if negative else r / t) * 100
    reached = round(value, DECIMALS) >= 100
    return Capaian(value, TERCAPAI if reached else BELUM, predicate(value, settings))


def predicate(value: float, settings: Settings = DEFAULT) -> str:
    """The predicate of a capaian (percent units), capped for the predicate only."""
    capped = round(max(0.0, min(value, settings.predicate_cap)), DECIMALS)
    name = ""
    for bound, label in sorted(settings.predicates):
        if capped >= bound:
            name = label
    return name


def _rank(value: Any, settings: Settings) -> int | None:
    """The place of a category on the scale, best first (None: no category)."""
    if not isinstance(value, str):
        return None
    text = " ".join(value.split()).upper()  # as Excel's TRIM and MATCH
    return next((i for i, c in enumerate(settings.categories) if c[0].upper() == text), None)


def band(text: str, settings: Settings = DEFAULT) -> tuple[float, float] | None:
    """The scores a category holds ("A": above 80, up to 90), None for another text."""
    return _category(" ".join(text.split()), settings)


def _category(text: str, settings: Settings) -> tuple[float, float] | None:
    for code, low, high, _ in settings.categories:
        if text.upper() == code.upper():  # as Excel's MATCH and VLOOKUP: case-insensitive
            return low, high
    return None


def _compare_category(bounds: tuple[float, float], target: float, negative: bool) -> str:
    low, high = bounds  # the category holds values above low, up to high
    if negative:
        if high <= target:
            return TERCAPAI
        return BELUM if low >= target else NOT_COMPARABLE
    if low >= target:
        return TERCAPAI
    return BELUM if high < target else NOT_COMPARABLE


# --------------------------------------------------------------------------
# The same rules as Excel formula patterns (placeholders as in schema.py).
# Capaian is written as a fraction (1 = 100%) with a percent format.

# the rank of a category target and realisasi on the scale (#N/A: not a category)
_RANK_T = 'MATCH(TRIM({target}),KategoriKode,0)'
_RANK_R = 'MATCH(TRIM({realisasi}),KategoriKode,0)'
_BOTH_RANKED = f'AND(ISTEXT({{target}}),ISTEXT({{realisasi}}),ISNUMBER({_RANK_T}),' \
               f'ISNUMBER({_RANK_R}))'
CAPAIAN = (
    '=IF(AND(ISNUMBER({target}),ISNUMBER({realisasi})),IF({target}=0,"",'
    'IF({polaritas}="negatif",MAX(BatasBawahNegatif/100,(2*{target}-{realisasi})/{target}),'
    '{realisasi}/{target})),IF(' + _BOTH_RANKED + ',IF(' + _RANK_T + '=' + _RANK_R
    + ',1,""),""))'
)
PREDIKAT = (
    '=IF(ISNUMBER({capaian}),INDEX(PredikatNama,MATCH(ROUND(MAX(0,MIN({capaian}*100,'
    'BatasAtasPredikat)),6),PredikatBatas,1)),"")'
)
_CATEGORY = (
    'IF({polaritas}="negatif",'
    'IF(VLOOKUP({realisasi},SkalaKategori,3,FALSE)<={target},"' + TERCAPAI + '",'
    'IF(VLOOKUP({realisasi},SkalaKategori,2,FALSE)>={target},"' + BELUM + '","'
    + NOT_COMPARABLE + '")),'
    'IF(VLOOKUP({realisasi},SkalaKategori,2,FALSE)>={target},"' + TERCAPAI + '",'
    'IF(VLOOKUP({realisasi},SkalaKategori,3,FALSE)<{target},"' + BELUM + '","'
    + NOT_COMPARABLE + '")))'
)
STATUS = (
    '=IF(ISNUMBER({capaian}),IF(ROUND({capaian}*100,6)>=100,"' + TERCAPAI + '","' + BELUM
    + '"),'
    'IF({target}="","' + NO_TARGET + '",'
    'IF(NOT(ISNUMBER({target})),IF(' + _BOTH_RANKED + ',IF(' + _RANK_R + '<' + _RANK_T
    + ',"' + TERCAPAI + '","' + BELUM + '"),"' + TARGET_TEXT + '"),'
    'IF({target}=0,"' + TARGET_ZERO + '",'
    'IF({realisasi}="","' + NO_REALISASI + '",'
    'IF(NOT(ISNA(MATCH({realisasi},KategoriKode,0))),' + _CATEGORY + ','
    'IF(OR({realisasi}="N/A",{realisasi}="NA",{realisasi}="-"),"' + REALISASI_NA + '",'
    '"' + REALISASI_TEXT + '")))))))'
)
