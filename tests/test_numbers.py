"""Tests for lkip_xl.model.numbers: reading, formatting and terbilang."""

from __future__ import annotations

import random
from decimal import Decimal, localcontext

import pytest
from babel.numbers import format_currency

from lkip_xl.model import numbers
from lkip_xl.model.numbers import (
    Parsed,
    format_angka,
    format_persen,
    format_rupiah,
    parse_number,
    parse_terbilang,
    terbilang,
    terbilang_rupiah,
)

NOT_A_NUMBER = "bukan angka"
BAD_GROUPING = "pemisah ribuan tidak konsisten"
AMBIGUOUS = "dapat dibaca lebih dari satu cara"
SPACE_INSIDE = "ada spasi di dalam angka"


# ---------------------------------------------------------------------------
# parse_number: readings
# ---------------------------------------------------------------------------

READ = [
    # (text, integer_unit, expected value, expected unit)
    # real strings from the seed workbooks
    ("Rp. 3.657.599.500", False, 3657599500, "rupiah"),
    ("Rp. 838,318,150", False, 838318150, "rupiah"),
    ("0,00", False, 0.0, None),
    ("0.00", False, 0.0, None),
    ("93,28%", False, 93.28, "persen"),
    ("33.34%", False, 33.34, "persen"),
    ("85,71%", False, 85.71, "persen"),
    ("100 %", False, 100, "persen"),
    ("3,40", False, 3.4, None),
    ("72,2", False, 72.2, None),
    ("72.2", False, 72.2, None),
    ("77.02", False, 77.02, None),
    ("93,28", False, 93.28, None),
    ("Rp, 280.000.000", False, 280000000, "rupiah"),
    ("RP. 42.800.000", False, 42800000, "rupiah"),
    ("Rp.0", False, 0, "rupiah"),
    # both separators
    ("1.234.567,89", False, 1234567.89, None),
    ("1,234,567.89", False, 1234567.89, None),
    ("1.234,5", False, 1234.5, None),
    ("1,234.567", False, 1234.567, None),
    # one kind of separator, several times
    ("838,318,150", False, 838318150, None),
    ("3.657.599.500", False, 3657599500, None),
    ("1.000.000", False, 1000000, None),
    # single separator, exactly 3 digits after, whole units or Rp
    ("1.000", True, 1000, None),
    ("77,020", True, 77020, None),
    ("Rp 1.000", False, 1000, "rupiah"),
    ("rp1,000", False, 1000, "rupiah"),
    # single separator, not 3 digits after: decimal mark even for whole units
    ("3,40", True, 3.4, None),
    ("Rp 1.000,50", False, 1000.5, "rupiah"),
    # the group before the separator cannot be a thousands group
    ("0,125", False, 0.125, None),
    ("1234.567", False, 1234.567, None),
    # no separator
    ("57", False, 57, None),
    ("  16\t", False, 16, None),
    ("007", False, 7, None),
    # minus sign
    ("-5", False, -5, None),
    ("-1.234,5", False, -1234.5, None),
    ("Rp -1.000", False, -1000, "rupiah"),
    ("-Rp 1.000", False, -1000, "rupiah"),
    ("-2,5%", False, -2.5, "persen"),
    # currency marker spellings and "no sen" suffix
    ("Rp1.000", False, 1000, "rupiah"),
    ("rp. 5", False, 5, "rupiah"),
    ("Rp 1.000,-", False, 1000, "rupiah"),
    ("Rp 25.000.-", False, 25000, "rupiah"),
    # non-breaking spaces count as spaces
    ("Rp\u00a01.500", False, 1500, "rupiah"),
    ("\u00a050\u202f%", False, 50, "persen"),
    # exact decimals
    ("56.475.618.912,19", False, 56475618912.19, None),
    ("Rp 56,475,618,912.19", False, 56475618912.19, "rupiah"),
]


@pytest.mark.parametrize(("text", "integer_unit", "value", "unit"), READ)
def test_parse_number_reads(
    text: str, integer_unit: bool, value: float | int, unit: str | None
) -> None:
    parsed = parse_number(text, integer_unit=integer_unit)
    assert parsed == Parsed(value, unit, None)
    assert type(parsed.value) is type(value)
    assert parsed.ok


NO_READING = [
    # (text, integer_unit, expected unit, expected problem)
    # real strings from the seed workbooks
    ("Rp.4.110,677,710", False, "rupiah", BAD_GROUPING),
    ("56.475.618.912.19", False, None, BAD_GROUPING),
    ("Rp. 21.751.232.247.00", False, "rupiah", BAD_GROUPING),
    ("21.751.232.247.00", False, None, BAD_GROUPING),
    ("- ", False, None, NOT_A_NUMBER),
    ("-", False, None, NOT_A_NUMBER),
    ("N/A", False, None, NOT_A_NUMBER),
    ("NA", False, None, NOT_A_NUMBER),
    ("BB", False, None, NOT_A_NUMBER),
    ("Tidak ada kegiatan pendukung", False, None, NOT_A_NUMBER),
    ("", False, None, NOT_A_NUMBER),
    ("   ", False, None, NOT_A_NUMBER),
    # bad grouping
    ("4.110,677,710", False, None, BAD_GROUPING),
    ("1.23,45", False, None, BAD_GROUPING),
    ("1,2345.6", False, None, BAD_GROUPING),
    ("1234.567", True, None, BAD_GROUPING),
    ("0.125", True, None, BAD_GROUPING),
    ("1.000.00", True, None, BAD_GROUPING),
    # ambiguous: one separator, 3 digits after, no whole-unit hint
    ("1.000", False, None, AMBIGUOUS),
    ("77,020", False, None, AMBIGUOUS),
    ("1.000%", False, "persen", AMBIGUOUS),
    # structure
    ("1..000", False, None, NOT_A_NUMBER),
    (".5", False, None, NOT_A_NUMBER),
    ("5.", False, None, NOT_A_NUMBER),
    ("1 000", True, None, SPACE_INSIDE),
    ("1 Orang", False, None, NOT_A_NUMBER),
    ("--5", False, None, NOT_A_NUMBER),
    ("- 5", False, None, NOT_A_NUMBER),
    ("(1.000)", True, None, NOT_A_NUMBER),
    ("5e3", False, None, NOT_A_NUMBER),
    ("\u0665", False, None, NOT_A_NUMBER),  # Arabic-Indic digit five
    ("Rp", False, "rupiah", NOT_A_NUMBER),
    ("%", False, "persen", NOT_A_NUMBER),
    ("Rp 5%", False, "rupiah", "Rp dan % sekaligus"),
]


@pytest.mark.parametrize(("text", "integer_unit", "unit", "problem"), NO_READING)
def test_parse_number_no_reading(
    text: str, integer_unit: bool, unit: str | None, problem: str
) -> None:
    parsed = parse_number(text, integer_unit=integer_unit)
    assert parsed == Parsed(None, unit, problem)
    assert not parsed.ok


@pytest.mark.parametrize(
    ("text", "unit_words", "expected"),
    [
        ("1 Orang", ("orang",), Parsed(1, None, None)),
        ("12 ORANG", ("orang",), Parsed(12, None, None)),
        ("3orang", ("orang",), Parsed(3, None, None)),
        ("1.250 orang", ("orang",), Parsed(None, None, AMBIGUOUS)),
        ("5 dokumen", ("orang", "dokumen"), Parsed(5, None, None)),
        ("orang", ("orang",), Parsed(None, None, NOT_A_NUMBER)),
        ("5 orang", ("dokumen",), Parsed(None, None, NOT_A_NUMBER)),
    ],
)
def test_parse_number_unit_words(text: str, unit_words: tuple[str, ...], expected: Parsed) -> None:
    assert parse_number(text, unit_words=unit_words) == expected


def test_parse_number_unit_word_with_integer_unit() -> None:
    assert parse_number("1.250 orang", integer_unit=True, unit_words=("orang",)) == Parsed(
        1250, None, None
    )


def test_parse_number_is_exact_to_two_decimals() -> None:
    value = parse_number("56.475.618.912,19").value
    assert isinstance(value, float)
    assert f"{value:.2f}" == "56475618912.19"
    assert Decimal(repr(value)) == Decimal("56475618912.19")


def test_parsed_ok_needs_a_value() -> None:
    assert Parsed(0, None, None).ok
    assert not Parsed(None, None, None).ok
    assert not Parsed(None, "persen", AMBIGUOUS).ok


def test_parsed_is_frozen() -> None:
    parsed = parse_number("5")
    with pytest.raises(AttributeError):
        parsed.value = 6  # type: ignore[misc]


# ---------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "decimals", "expected"),
    [
        (1234567.89, None, "1.234.567,89"),
        (72.2, None, "72,2"),
        (72.0, None, "72"),
        (0, None, "0"),
        (1000, None, "1.000"),
        (3657599500, None, "3.657.599.500"),
        (1.005, None, "1,01"),  # half away from zero
        (2.675, None, "2,68"),
        (0.125, 2, "0,13"),
        (-1234.5, None, "-1.234,5"),
        (-0.001, None, "0"),  # no negative zero
        (1234567.891, 0, "1.234.568"),
        (72.2, 2, "72,20"),
        (72.2, 3, "72,200"),
        (Decimal("56475618912.19"), None, "56.475.618.912,19"),
    ],
)
def test_format_angka(x: float, decimals: int | None, expected: str) -> None:
    assert format_angka(x, decimals) == expected


@pytest.mark.parametrize(
    ("x", "decimals", "expected"),
    [
        (1234567, 0, "Rp 1.234.567"),
        (1234567.5, 0, "Rp 1.234.568"),
        (56475618912.19, 2, "Rp 56.475.618.912,19"),
        (0, 0, "Rp 0"),
        (1000, 2, "Rp 1.000,00"),
        (-1500, 0, "-Rp 1.500"),
        (3657599500, 0, "Rp 3.657.599.500"),
    ],
)
def test_format_rupiah(x: float, decimals: int, expected: str) -> None:
    assert format_rupiah(x, decimals) == expected


def test_format_rupiah_default_has_no_decimals() -> None:
    assert format_rupiah(1234567.89) == "Rp 1.234.568"


@pytest.mark.parametrize(
    ("x", "decimals", "expected"),
    [
        (93.28, 2, "93,28%"),
        (100, 2, "100,00%"),
        (100, 0, "100%"),
        (33.335, 2, "33,34%"),
        (85.714285, 2, "85,71%"),
        (0, 2, "0,00%"),
        (1234.5, 1, "1.234,5%"),
        (-2.5, 1, "-2,5%"),
    ],
)
def test_format_persen(x: float, decimals: int, expected: str) -> None:
    assert format_persen(x, decimals) == expected


def test_format_persen_default_two_decimals() -> None:
    assert format_persen(93.28) == "93,28%"


@pytest.mark.parametrize(
    "call",
    [
        lambda: format_angka(1.0, -1),
        lambda: format_rupiah(float("nan")),
        lambda: format_persen(float("inf")),
    ],
)
def test_format_rejects_bad_input(call: object) -> None:
    with pytest.raises(ValueError):
        call()  # type: ignore[operator]


def test_format_rejects_non_numbers() -> None:
    with pytest.raises(TypeError):
        format_angka("12")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_angka(True)


@pytest.mark.parametrize(
    ("text", "integer_unit"),
    [
        (format_angka(1234567.89), False),
        (format_angka(72.2), False),
        (format_rupiah(3657599500), False),
        (format_rupiah(56475618912.19, 2), False),
        (format_persen(93.28), False),
        (format_persen(100, 0), False),
        (format_angka(1000), True),
    ],
)
def test_formatted_text_reads_back(text: str, integer_unit: bool) -> None:
    assert parse_number(text, integer_unit=integer_unit).ok


def test_format_then_parse_gives_the_value() -> None:
    assert parse_number(format_rupiah(56475618912.19, 2)).value == 56475618912.19
    assert parse_number(format_persen(93.28)) == Parsed(93.28, "persen", None)
    assert parse_number(format_angka(1234567.89)).value == 1234567.89


# ---------------------------------------------------------------------------
# Terbilang
# ---------------------------------------------------------------------------

WORDS_56475618912 = (
    "lima puluh enam miliar empat ratus tujuh puluh lima juta enam ratus delapan belas "
    "ribu sembilan ratus dua belas"
)


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (16, "enam belas"),
        (57, "lima puluh tujuh"),
        (100, "seratus"),
        (110, "seratus sepuluh"),
        (1000, "seribu"),
        (1001, "seribu satu"),
        (2000, "dua ribu"),
        (1000000, "satu juta"),
        (1100000, "satu juta seratus ribu"),
        (56475618912, WORDS_56475618912),
        (10**12, "satu triliun"),
        (-5, "min lima"),
    ],
)
def test_terbilang(n: int, expected: str) -> None:
    assert terbilang(n) == expected


def test_terbilang_rejects_non_integers() -> None:
    with pytest.raises(TypeError):
        terbilang(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        terbilang(True)
    with pytest.raises(ValueError):
        terbilang(10**36)


@pytest.mark.parametrize(
    ("x", "expected"),
    [
        (56475618912.19, WORDS_56475618912 + " koma sembilan belas rupiah"),
        (Decimal("56475618912.19"), WORDS_56475618912 + " koma sembilan belas rupiah"),
        (
            3657599500,
            "tiga miliar enam ratus lima puluh tujuh juta lima ratus sembilan puluh "
            "sembilan ribu lima ratus rupiah",
        ),
        (1000, "seribu rupiah"),
        (1000.0, "seribu rupiah"),
        (0, "nol rupiah"),
        (12.5, "dua belas koma lima puluh rupiah"),
        (12.05, "dua belas koma nol lima rupiah"),
        (0.19, "nol koma sembilan belas rupiah"),
        (0.005, "nol koma nol satu rupiah"),  # rounded to sen, half away from zero
        (99.999, "seratus rupiah"),
        (-0.5, "min nol koma lima puluh rupiah"),
        (-7.25, "min tujuh koma dua puluh lima rupiah"),
    ],
)
def test_terbilang_rupiah(x: float | Decimal, expected: str) -> None:
    assert terbilang_rupiah(x) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nol", Decimal(0)),
        ("lima puluh tujuh", Decimal(57)),
        ("Enam Belas", Decimal(16)),
        ("Enam Puluh Tiga", Decimal(63)),
        ("sebelas", Decimal(11)),
        ("sepuluh", Decimal(10)),
        ("seratus", Decimal(100)),
        ("seratus sepuluh", Decimal(110)),
        ("seratus sebelas", Decimal(111)),
        ("seribu", Decimal(1000)),
        ("sejuta", Decimal(1000000)),
        ("satu ratus", Decimal(100)),
        ("satu juta seratus ribu", Decimal(1100000)),
        ("dua milyar", Decimal(2 * 10**9)),
        ("dua miliar", Decimal(2 * 10**9)),
        ("tiga triliun lima", Decimal(3 * 10**12 + 5)),
        ("satu kuadriliun", Decimal(10**15)),
        ("seratus ribu rupiah", Decimal(100000)),
        ("  dua   puluh\u00a0satu  ", Decimal(21)),
        ("min lima", Decimal(-5)),
        ("minus dua belas koma lima", Decimal("-12.5")),
        (
            "Lima puluh enam milyar empat ratus tujuh puluh lima juta enam ratus delapan "
            "belas ribu sembilan ratus dua belas koma Sembilan belas rupiah",
            Decimal("56475618912.19"),
        ),
        ("dua belas koma sembilan belas", Decimal("12.19")),
        ("dua belas koma lima", Decimal("12.5")),
        ("dua belas koma lima puluh", Decimal("12.50")),
        ("dua belas koma nol lima", Decimal("12.05")),
        ("dua belas koma satu sembilan", Decimal("12.19")),
        ("nol koma nol nol satu", Decimal("0.001")),
        ("satu koma nol", Decimal("1.0")),
        ("satu koma seratus dua puluh tiga", Decimal("1.123")),
    ],
)
def test_parse_terbilang(text: str, expected: Decimal) -> None:
    assert parse_terbilang(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "rupiah",
        "koma lima",
        "lima koma",
        "lima koma dua koma tiga",
        "lima puluh enam kucing",
        "sepuluh ribu juta",
        "ribu",
        "juta dua",
        "dua ribu tiga ribu",
        "dua juta tiga miliar",
        "sembilan puluh belas",
        "lima belas puluh",
        "dua ratus ratus",
        "dua tiga",
        "nol satu",
        "satu nol",
        "dua puluh tiga ratus",
        "nol ribu",
        "seratus sebelas belas",
        "min",
        "lima rupiah rupiah",
        "12",
    ],
)
def test_parse_terbilang_rejects(text: str) -> None:
    assert parse_terbilang(text) is None


ROUND_TRIP_SPECIAL = [
    *range(130),
    *[999, 1000, 1001, 1010, 1100, 1999, 10_000, 11_000, 100_000, 10**6, 10**6 + 1],
    *[1_100_000, 10**9, 10**12, 10**15 - 1, 10**15, 10**18, 10**35 + 7, 56_475_618_912],
]


def _round_trip_sample() -> list[int]:
    rng = random.Random(20240601)
    sample = list(ROUND_TRIP_SPECIAL)
    for digits in range(1, 16):
        sample += [rng.randrange(10 ** (digits - 1), 10**digits) for _ in range(40)]
    return sample


@pytest.mark.parametrize("n", _round_trip_sample())
def test_terbilang_round_trip(n: int) -> None:
    assert parse_terbilang(terbilang(n)) == n
    assert parse_terbilang(terbilang(-n)) == -n


def _rupiah_sample() -> list[Decimal]:
    rng = random.Random(7)
    fixed = ["56475618912.19", "0.01", "0.05", "0.10", "0.5", "12.99", "1000000.01", "-3.07"]
    sample = [Decimal(x) for x in fixed]
    sample += [Decimal(rng.randrange(0, 10**14)) / 100 for _ in range(300)]
    return sample


@pytest.mark.parametrize("amount", _rupiah_sample())
def test_terbilang_rupiah_round_trip(amount: Decimal) -> None:
    assert parse_terbilang(terbilang_rupiah(amount)) == amount


def test_terbilang_rupiah_round_trip_from_float() -> None:
    # A float is taken at its shortest decimal form, so compare with that Decimal.
    assert parse_terbilang(terbilang_rupiah(56475618912.19)) == Decimal("56475618912.19")


def test_rupiah_is_formatted_as_babel_formats_the_currency() -> None:
    """format_rupiah builds the amount from a cached pattern; Babel's own currency
    formatting is the reference."""
    rng = random.Random(7)
    amounts = [0, -0.004, 0.5, -5.5, 1e15] + [rng.uniform(-1e12, 1e12) for _ in range(200)] \
        + [rng.randint(-10**15, 10**15) for _ in range(200)]
    for x in amounts:
        for decimals in (0, 2):
            value = numbers._rounded(x, decimals)
            with localcontext(numbers._EXACT):
                expected = format_currency(value, "IDR", format="¤ " + numbers._pattern(decimals),
                                           locale="id_ID", currency_digits=False)
            assert numbers.format_rupiah(x, decimals) == expected, (x, decimals)
