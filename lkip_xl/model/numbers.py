"""Indonesian numbers: parse, format, and write in words (terbilang).

Reading rules (the project's documented rules: never a guess; a number is read
only when it has exactly one reading):

1. Surrounding whitespace is stripped; non-breaking spaces count as spaces.
2. A leading currency marker ``Rp``, ``Rp.`` or ``Rp,`` (any case, optional
   space after it) sets the unit ``"rupiah"``. A trailing ``,-`` or ``.-``
   after a rupiah amount ("Rp 1.000,-", meaning no sen) is dropped.
3. A trailing ``%`` (optional space before it) sets the unit ``"persen"``.
4. A trailing unit word from ``unit_words`` (any case, e.g. ``("orang",)``)
   is dropped; the unit stays ``None``.
5. A leading ``-`` directly followed by a digit is a minus sign (before or
   after ``Rp``).
6. What remains must be digits with the separators ``.`` and ``,`` only,
   starting and ending with a digit. Spaces inside the digits give no
   reading; anything else is "bukan angka" (e.g. ``-``, ``N/A``, ``BB``, ``""``).
7. No separator: an integer.
8. Both ``.`` and ``,`` present: the separator occurring last must occur
   exactly once and is the decimal mark; the other one must group thousands
   correctly (first group 1-3 digits, every later group exactly 3 digits).
   ``1.234.567,89`` and ``1,234,567.89`` are 1234567.89; ``4.110,677,710``
   and ``1.23,45`` have no reading.
9. One kind of separator occurring more than once: it must group thousands
   correctly and the number is an integer (``838,318,150``); otherwise no
   reading (``56.475.618.912.19``).
10. One separator occurring once:

    - not exactly 3 digits after it: it is the decimal mark (``3,40`` is 3.4);
    - exactly 3 digits after it, in a whole-unit column (``integer_unit=True``:
      rupiah and head counts, where sen are never 3 digits) or after ``Rp``:
      it groups thousands (``1.000`` is 1000), and the group before it must
      then be 1-3 digits not starting with 0 (``1234.567`` has no reading);
    - exactly 3 digits after it, otherwise: both readings are possible
      (``1.000`` in a percent column), so there is no reading, except when
      the part before it cannot be a thousands group (more than 3 digits, or a
      leading 0 as in ``0,125``): then the decimal reading is the only one.

11. The value is an ``int`` when no decimal mark was used, else a ``float``.
    Arithmetic is done with ``Decimal`` so no float noise is introduced.

Formatting uses Babel with the ``id_ID`` locale; rounding is half away from
zero (as Excel's ROUND), applied before Babel formats the digits.

Terbilang uses num2words (``lang="id"``). Rupiah amounts are rounded to sen
(2 decimals); a non-zero sen part is read after "koma" as a two-digit number:
0.19 is "koma sembilan belas", 0.50 is "koma lima puluh", 0.05 is
"koma nol lima". ``parse_terbilang`` reads words after "koma" as decimal
digits: leading "nol" words are leading zeros, then either single-digit words
read one by one ("satu sembilan" is 19) or one whole number N ("sembilan
belas" is 19), giving N/10 for one digit, N/100 for two digits, and so on.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

from babel import Locale
from babel.numbers import NumberPattern, parse_pattern

__all__ = [
    "Parsed",
    "format_angka",
    "format_persen",
    "format_rupiah",
    "parse_count",
    "split_bound",
    "parse_number",
    "parse_scaled",
    "parse_terbilang",
    "terbilang",
    "terbilang_rupiah",
]

LOCALE = "id_ID"
_LOCALE = Locale.parse(LOCALE)

NOT_A_NUMBER = "bukan angka"
SPACE_INSIDE = "ada spasi di dalam angka"
BAD_GROUPING = "pemisah ribuan tidak konsisten"
AMBIGUOUS = "dapat dibaca lebih dari satu cara"
TWO_UNITS = "Rp dan % sekaligus"


@dataclass(frozen=True)
class Parsed:
    """The result of reading a number from text."""

    value: float | int | None
    unit: str | None
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.problem is None and self.value is not None


# ---------------------------------------------------------------------------
# Parsing numbers written with digits
# ---------------------------------------------------------------------------

_SPACES = re.compile(r"[\u00a0\u2007\u202f]")
_RUPIAH = re.compile(r"^(-?)rp[.,]?\s*", re.IGNORECASE)
_NO_SEN = re.compile(r"\s*[.,]-$")
_PERCENT = re.compile(r"\s*%$")
_MINUS = re.compile(r"^-(?=[0-9])")
_DIGITS_AND_SEPARATORS = re.compile(r"[0-9]+(?:[.,][0-9]+)*")


def _groups_thousands(groups: list[str]) -> bool:
    """True when ``groups`` are valid thousands groups: 1-3 digits, then 3s."""
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _can_lead_group(part: str) -> bool:
    """True when ``part`` can be the first group of a grouped whole number."""
    return 1 <= len(part) <= 3 and not part.startswith("0")


def _read_body(body: str, whole_units: bool,
               decimal_comma: bool = False) -> tuple[Decimal, bool] | str:
    """Read digits and separators; return (value, decimal mark used) or a problem."""
    if not _DIGITS_AND_SEPARATORS.fullmatch(body):
        if " " in body and _DIGITS_AND_SEPARATORS.fullmatch(body.replace(" ", "")):
            return SPACE_INSIDE
        return NOT_A_NUMBER

    dots, commas = body.count("."), body.count(",")
    if dots == 0 and commas == 0:
        return Decimal(body), False

    if dots and commas:
        mark = "." if body.rfind(".") > body.rfind(",") else ","
        group_sep = "," if mark == "." else "."
        if body.count(mark) != 1:
            return BAD_GROUPING
        whole, fraction = body.split(mark)
        if not _groups_thousands(whole.split(group_sep)):
            return BAD_GROUPING
        return Decimal(whole.replace(group_sep, "") + "." + fraction), True

    sep = "." if dots else ","
    parts = body.split(sep)
    if len(parts) > 2:
        if not _groups_thousands(parts):
            return BAD_GROUPING
        return Decimal("".join(parts)), False

    whole, fraction = parts
    if len(fraction) != 3:
        return Decimal(whole + "." + fraction), True
    if whole_units:
        if not _can_lead_group(whole):
            return BAD_GROUPING
        return Decimal(whole + fraction), False
    if decimal_comma and _can_lead_group(whole):  # the report writes 3,157 and 1.000
        return (Decimal(whole + "." + fraction), True) if sep == "," \
            else (Decimal(whole + fraction), False)
    if _can_lead_group(whole):
        return AMBIGUOUS
    return Decimal(whole + "." + fraction), True


def parse_number(
    text: str, *, integer_unit: bool = False, unit_words: tuple[str, ...] = (),
    decimal_comma: bool = False,
) -> Parsed:
    """Read one number from ``text`` following the module's reading rules.

    ``integer_unit`` marks a column of whole units (rupiah, head counts), where
    a single separator followed by 3 digits groups thousands. ``unit_words``
    are trailing words to drop, e.g. ``("orang",)``.  ``decimal_comma``: the report
    writes the Indonesian way throughout, so a single comma before three digits is
    a decimal comma (3,157) and a single dot groups thousands (1.000), where the
    rules alone find them ambiguous.
    """
    rest = _SPACES.sub(" ", text).strip()
    unit: str | None = None
    negative = False

    rupiah = _RUPIAH.match(rest)
    if rupiah:
        unit = "rupiah"
        negative = rupiah.group(1) == "-"
        rest = rest[rupiah.end() :]
        rest = _NO_SEN.sub("", rest)
    elif _NO_SEN.search(rest) and rest[:1].isdigit():  # "9.590.400.000,-": rupiah, no sen
        unit = "rupiah"
        rest = _NO_SEN.sub("", rest)

    percent = _PERCENT.search(rest)
    if percent:
        if unit is not None:
            return Parsed(None, unit, TWO_UNITS)
        unit = "persen"
        rest = rest[: percent.start()]

    lowered = rest.lower()
    for word in unit_words:
        word = word.strip().lower()
        if word and lowered.endswith(word):
            rest = rest[: len(rest) - len(word)].rstrip()
            break

    if not negative and _MINUS.match(rest):
        negative = True
        rest = rest[1:]

    result = _read_body(rest, whole_units=integer_unit or unit == "rupiah",
                        decimal_comma=decimal_comma)
    if isinstance(result, str):
        return Parsed(None, unit, result)

    number, decimal_mark = result
    if negative:
        number = number.copy_negate()
    if decimal_mark:
        return Parsed(float(number), unit, None)
    return Parsed(int(number), unit, None)


# ---------------------------------------------------------------------------
# Formatting with Babel
# ---------------------------------------------------------------------------


# Decimal arithmetic (ours and Babel's) runs in this context: wide enough that no
# amount that can be written in words (below 10**36) is ever rounded by accident.
_EXACT = Context(prec=80, rounding=ROUND_HALF_UP)


def _to_decimal(x: float | int | Decimal) -> Decimal:
    if isinstance(x, bool) or not isinstance(x, (int, float, Decimal)):
        raise TypeError(f"bukan bilangan: {x!r}")
    value = Decimal(repr(x)) if isinstance(x, float) else Decimal(x)
    if not value.is_finite():
        raise ValueError(f"bilangan tidak terhingga atau NaN: {x!r}")
    return value


def _rounded(x: float | int | Decimal, decimals: int) -> Decimal:
    """Round half away from zero to ``decimals`` places; never a negative zero."""
    if decimals < 0:
        raise ValueError(f"jumlah desimal tidak boleh negatif: {decimals}")
    value = _to_decimal(x)
    value = _context(value).quantize(value, Decimal(1).scaleb(-decimals))
    return abs(value) if value == 0 else value


def _context(value: Decimal) -> Context:
    """The exact context, with room for the digits of *value* (a float may have 309)."""
    digits = value.adjusted() + 10
    return _EXACT if digits <= _EXACT.prec else Context(prec=digits, rounding=ROUND_HALF_UP)


def _pattern(decimals: int) -> str:
    return "#,##0." + "0" * decimals if decimals else "#,##0"


@functools.cache
def _babel_pattern(pattern: str) -> NumberPattern:
    return parse_pattern(pattern)


def format_angka(x: float | Decimal, decimals: int | None = None) -> str:
    """Format a number the Indonesian way: 1234567.89 -> "1.234.567,89".

    ``decimals=None`` shows as many decimals as needed, at most 2.
    """
    value = _rounded(x, 2 if decimals is None else decimals)
    pattern = "#,##0.##" if decimals is None else _pattern(decimals)
    with localcontext(_context(value)):
        return _babel_pattern(pattern).apply(value, _LOCALE)


def format_rupiah(x: float | Decimal, decimals: int = 0) -> str:
    """Format an amount of rupiah: 1234567 -> "Rp 1.234.567", -5.5 -> "-Rp 5,50"."""
    if decimals == 0 and type(x) is int and abs(x) < 10**15:  # most amounts: no rounding
        return f"-Rp {-x:,}".replace(",", ".") if x < 0 else f"Rp {x:,}".replace(",", ".")
    value = _rounded(x, decimals)
    with localcontext(_context(value)):
        digits = _babel_pattern(_pattern(decimals)).apply(abs(value), _LOCALE)
    return f"-Rp {digits}" if value < 0 else f"Rp {digits}"


def format_persen(x: float | Decimal, decimals: int = 2) -> str:
    """Format a value given in percent units: 93.28 -> "93,28%"."""
    rounded = _rounded(x, decimals)
    fraction = _context(rounded).divide(rounded, 100)
    with localcontext(_context(rounded)):
        return _babel_pattern(_pattern(decimals) + "%").apply(fraction, _LOCALE)


def format_fraction(fraction: float | Decimal) -> str:
    """A fraction as the workbook shows a percentage: 0.9328 -> "93,28%", 1 -> "100%"."""
    value = round(float(fraction) * 100, 2)
    return format_persen(value, 0 if value.is_integer() else 2)


# ---------------------------------------------------------------------------
# A bound before a number: a target "≥ 75" (at least 75), "< 5%", "maks. 10"
# ---------------------------------------------------------------------------

_BOUND = re.compile(r"(≥|≤|>=|=>|<=|=<|>|<|(?:min(?:imal|imum)?|maks(?:imal|imum)?)\.?(?=\s))"
                    r"\s*(?=[\d.,])", re.I)
_BOUND_SIGNS = {">=": "≥", "=>": "≥", "<=": "≤", "=<": "≤", "min": "≥", "maks": "≤"}


def split_bound(text: str) -> tuple[str, str] | None:
    """The bound and the number written after it: ("≥", "75") of "≥ 75" and of "min. 75";
    None when *text* does not start with one.  Targets are often written so; the number is
    the target, the sign how the report shows it."""
    m = _BOUND.match(text.strip())
    if m is None:
        return None
    word = m.group(1).lower().rstrip(".")
    sign = _BOUND_SIGNS.get(word) or _BOUND_SIGNS.get(word[:4]) or _BOUND_SIGNS.get(word[:3]) \
        or word
    return sign, text.strip()[m.end():]


# ---------------------------------------------------------------------------
# Terbilang: numbers in words
# ---------------------------------------------------------------------------

_MAX_WORDS = 10**36  # num2words' limit for Indonesian


def terbilang(n: int) -> str:
    """Write a whole number in Indonesian words: 57 -> "lima puluh tujuh"."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"terbilang hanya untuk bilangan bulat: {n!r}")
    if abs(n) >= _MAX_WORDS:
        raise ValueError(f"bilangan terlalu besar untuk terbilang: {n}")
    from num2words import num2words  # imported by the first terbilang, not by every start

    return str(num2words(n, lang="id")).lower()


def terbilang_rupiah(x: float | Decimal) -> str:
    """Write an amount of rupiah in words, sen (2 decimals) after "koma"."""
    amount = _rounded(x, 2)
    whole = int(amount)
    sen = int(_EXACT.multiply(abs(_EXACT.subtract(amount, whole)), 100))
    words = terbilang(whole)
    if amount < 0 and whole == 0:
        words = "min " + words
    if sen:
        sen_words = terbilang(sen) if sen >= 10 else "nol " + terbilang(sen)
        words += " koma " + sen_words
    return words + " rupiah"


_DIGIT_WORDS = {
    "nol": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
}
_SMALL_MULTIPLIERS = ("belas", "puluh", "ratus")
_SCALES = {
    "ribu": 3,
    "juta": 6,
    "miliar": 9,
    "milyar": 9,
    "triliun": 12,
    "kuadriliun": 15,
    "kuintiliun": 18,
    "kuantiliun": 18,
    "sekstiliun": 21,
    "septiliun": 24,
    "oktiliun": 27,
    "noniliun": 30,
    "desiliun": 33,
}
_NEGATIVE_WORDS = ("min", "minus")


def _expand_se(words: list[str]) -> list[str]:
    """Rewrite "se" words as "satu" + word: "seratus" -> "satu ratus"."""
    out: list[str] = []
    for word in words:
        rest = word[2:] if word.startswith("se") else ""
        if rest in _SMALL_MULTIPLIERS or rest in _SCALES:
            out += ["satu", rest]
        else:
            out.append(word)
    return out


def _digit(words: list[str], i: int) -> int | None:
    """The value 1-9 of the digit word at ``i``, else None."""
    if i < len(words):
        value = _DIGIT_WORDS.get(words[i])
        if value:
            return value
    return None


def _read_below_1000(words: list[str], i: int) -> tuple[int, int] | None:
    """Read "[D ratus] [D puluh] [D] | [D ratus] [D belas]" from ``i``."""
    value, start = 0, i
    d = _digit(words, i)
    if d and i + 1 < len(words) and words[i + 1] == "ratus":
        value, i = d * 100, i + 2
    d = _digit(words, i)
    if d and i + 1 < len(words) and words[i + 1] == "belas":
        return value + 10 + d, i + 2
    if d and i + 1 < len(words) and words[i + 1] == "puluh":
        value, i = value + d * 10, i + 2
    d = _digit(words, i)
    if d and not (i + 1 < len(words) and words[i + 1] in _SMALL_MULTIPLIERS):
        value, i = value + d, i + 1
    return (value, i) if i > start else None


def _read_whole(words: list[str]) -> int | None:
    """Read a whole number from words already expanded by ``_expand_se``."""
    if words == ["nol"]:
        return 0
    total, i, last_scale = 0, 0, None
    while i < len(words):
        group = _read_below_1000(words, i)
        if group is None:
            return None
        value, i = group
        if i < len(words):
            scale = _SCALES.get(words[i])
            if scale is None or (last_scale is not None and scale >= last_scale):
                return None
            value, last_scale, i = value * 10**scale, scale, i + 1
        total += value
    return total if words else None


def _read_fraction(words: list[str]) -> str | None:
    """Read the words after "koma" as a string of decimal digits."""
    zeros = 0
    while zeros < len(words) and words[zeros] == "nol":
        zeros += 1
    rest = words[zeros:]
    if not rest:
        return "0" * zeros if zeros else None
    if len(rest) > 1 and all(w in _DIGIT_WORDS for w in rest):
        return "0" * zeros + "".join(str(_DIGIT_WORDS[w]) for w in rest)
    number = _read_whole(_expand_se(rest))
    return None if number is None else "0" * zeros + str(number)


def parse_terbilang(text: str) -> Decimal | None:
    """Read Indonesian number words back to a number; None when not readable.

    Case and extra spaces are ignored; "miliar"/"milyar", "se" words
    (seratus, seribu, sepuluh, sebelas, sejuta), an optional leading
    "min"/"minus", an optional trailing "rupiah", and "koma" followed by
    the decimal digits (see the module docstring) are understood.
    """
    words = _SPACES.sub(" ", text).lower().split()
    if words and words[-1] == "rupiah":
        words = words[:-1]
    negative = bool(words) and words[0] in _NEGATIVE_WORDS
    if negative:
        words = words[1:]
    fraction_words: list[str] | None = None
    if "koma" in words:
        koma = words.index("koma")
        words, fraction_words = words[:koma], words[koma + 1 :]

    whole = _read_whole(_expand_se(words))
    if whole is None:
        return None
    digits = ""
    if fraction_words is not None:
        fraction = _read_fraction(fraction_words)
        if fraction is None:
            return None
        digits = "." + fraction
    value = Decimal(str(whole) + digits)
    return value.copy_negate() if negative else value


# ---------------------------------------------------------------------------
# Figures in sentences: counts written as digits and words, scaled amounts
# ---------------------------------------------------------------------------

_COUNT = re.compile(r"\s*(\d{1,4})?\s*(?:\(\s*([A-Za-z][A-Za-z ]*?)\s*\))?\s*")


def parse_count(figure: str | None, words: str | None = None) -> int | None:
    """A whole count written with digits, in words, or both ("3 (tiga)", "tiga", "3"):
    None when it cannot be read, or when the figure and its words disagree (the
    disagreement is ``text.terbilang``'s to report, not a reading to choose from)."""
    number = int(figure) if figure and figure.isdigit() else None
    spelled = None
    if words:
        parsed = parse_terbilang(words)
        if parsed is None or parsed != int(parsed):
            return None
        spelled = int(parsed)
    if number is not None and spelled is not None and number != spelled:
        return None
    return number if number is not None else spelled


_SCALE_WORDS = {"ribu": 3, "rb": 3, "juta": 6, "jt": 6, "miliar": 9, "milyar": 9, "m": 9,
                "triliun": 12, "t": 12}
_SCALED = re.compile(r"^\s*(?:Rp[.,]?\s*)?(\d[\d.,]*)\s*(ribu|rb|juta|jt|miliar|milyar|M|"
                     r"triliun|T)\.?\s*$", re.IGNORECASE)


def parse_scaled(text: str) -> tuple[Decimal, Decimal] | None:
    """An amount written with a scale word ("9,59 miliar", "Rp 1,2 M", "226 juta"): its
    value and half a unit of its last written digit (the amount it may be rounded by).
    Read strictly: the digits must have one reading as a decimal number (a comma is the
    decimal mark, a dot groups thousands, as Indonesian writes them); a lower-case
    "m" or "t" is not a scale."""
    m = _SCALED.match(_SPACES.sub(" ", text))
    if m is None or m.group(2) in ("m", "t"):
        return None
    digits = m.group(1)
    result = _read_body(digits, whole_units=False, decimal_comma=True)
    if isinstance(result, str):
        return None
    number, _ = result
    decimals = len(digits.rsplit(",", 1)[1]) if "," in digits else 0
    scale = Decimal(10) ** _SCALE_WORDS[m.group(2).lower()]
    with localcontext(_EXACT):
        return number * scale, Decimal(5).scaleb(-decimals - 1) * scale
