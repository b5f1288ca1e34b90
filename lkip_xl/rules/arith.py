"""Stated values against what the formulas compute: subtotals, totals, percentages, capaian.

Fill writes every derived cell as a formula.  Where the data workbook *states* a value for
such a cell (a subtotal staff typed, a percentage copied from the published report), the
value is kept as a :class:`~lkip_xl.book.populate.Stated` and compared here with what the
formula computes in the recalculated final workbook.  A difference within the printed
rounding is no finding; within one unit of the last printed digit it is a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from lkip_xl.book.inputbook import Value
from lkip_xl.book.populate import Stated
from lkip_xl.model.numbers import format_angka, format_persen, format_rupiah
from lkip_xl.rules.registry import Issue, Subject, rule


def differences(s: Subject, wanted: Callable[[Stated], bool]) -> Iterator[Issue]:
    """An issue for each stated value chosen by *wanted* that its formula computes
    differently (``expected`` is what the formula computes, ``actual`` what is stated)."""
    assert s.stated is not None and s.computed is not None
    for stated in s.stated:
        if wanted(stated):
            issue = _difference(stated, s.computed(stated.sheet, stated.cell))
            if issue is not None:
                yield issue


_DERIVED_ON_ITEMS = ("capaian", "capaian_akhir", "predikat", "status")


@rule("arith.subtotal", "error", needs={"computed"},
      title="Subtotal program atau kegiatan yang tertulis berbeda dengan jumlah rinciannya",
      explanation="""Subtotal sebuah program (pagu, anggaran, realisasi, jumlah pegawai per
      kelompok) di buku kerja data dibandingkan dengan rumus =SUM atas baris kegiatannya di
      buku kerja akhir; begitu pula subtotal sebuah kegiatan yang dirinci menjadi sub
      kegiatan, dengan jumlah sub kegiatannya. Selisih dalam pembulatan angka yang tertulis
      tidak dilaporkan; selisih satu angka terakhir hanya peringatan.""",
      wrong="Program P02: Rp 6.771.200.000, kegiatannya berjumlah Rp 6.816.200.000",
      right="Program P02: Rp 6.816.200.000 (atau dikosongkan: rumus yang mengisinya)")
def subtotal(s: Subject) -> Iterator[Issue]:
    yield from differences(s, lambda st: st.kind == "group")


@rule("arith.total", "error", needs={"computed"},
      title="Total tabel yang tertulis berbeda dengan jumlah barisnya",
      explanation="""Baris total sebuah tabel dibandingkan dengan rumus yang menjumlahkan
      program-programnya (atau seluruh rinciannya bila tabel tidak berkelompok).""",
      wrong="Total pagu: Rp 38.000.000.000, programnya berjumlah Rp 38.619.594.847",
      right="Total pagu: Rp 38.619.594.847")
def total(s: Subject) -> Iterator[Issue]:
    yield from differences(s, lambda st: st.kind == "total")


@rule("arith.persen", "error", needs={"computed"},
      title="Persen yang tertulis berbeda dengan angkanya",
      explanation="""Persen sebuah baris (persen realisasi anggaran, persen pegawai menurut
      pendidikan, persen capaian keluaran kegiatan) dibandingkan dengan rumus yang
      menghitungnya dari angka di baris yang sama.""",
      wrong="Realisasi Rp 90.000.000 dari anggaran Rp 100.000.000: 95%",
      right="Realisasi Rp 90.000.000 dari anggaran Rp 100.000.000: 90%")
def persen(s: Subject) -> Iterator[Issue]:
    yield from differences(s, lambda st: st.kind == "item" and st.column.kind not in _COUNTS
                           and st.column.key not in _DERIVED_ON_ITEMS)


_COUNTS = ("orang", "rupiah")


@rule("arith.jumlah", "error", needs={"computed"},
      title="Jumlah sebuah baris yang berbeda dengan rinciannya",
      explanation="""Jumlah pegawai sebuah baris dibandingkan dengan laki-laki ditambah
      perempuan pada baris yang sama, bila rinciannya diisi.""",
      wrong="Golongan III: laki-laki 12, perempuan 9, jumlah 20",
      right="Golongan III: laki-laki 12, perempuan 9, jumlah 21")
def row_sum(s: Subject) -> Iterator[Issue]:
    yield from differences(s, lambda st: st.kind == "item" and st.column.kind in _COUNTS)


@rule("arith.capaian", "error", needs={"computed"},
      title="Capaian atau status yang tertulis berbeda dengan target dan realisasinya",
      explanation="""Capaian indikator dihitung dari target dan realisasinya menurut polaritas
      indikator (positif: realisasi/target; negatif: (2 x target - realisasi)/target), dan
      statusnya (tercapai/belum tercapai) dari capaian itu. Nilai yang tertulis di buku kerja
      data dibandingkan dengan hasil rumus itu.""",
      wrong="Target 80%, realisasi 72%: capaian 95%",
      right="Target 80%, realisasi 72%: capaian 90%")
def capaian(s: Subject) -> Iterator[Issue]:
    yield from differences(s, lambda st: st.kind == "item" and st.column.key in _DERIVED_ON_ITEMS)


def _difference(s: Stated, computed: Any) -> Issue | None:
    """An issue when the stated value and the formula's value disagree."""
    value = s.value
    if s.column.kind == "teks":  # a status or predicate; other texts (a total row's
        # "3 program, 4 kegiatan") are labels the formula writes, not figures to check
        return _text_difference(s, computed) if s.column.key in ("predikat", "status") \
            else None
    if value.number is None:
        return None  # unreadable: reported as value.unreadable
    percent = s.column.kind == "persen" or value.unit == "persen"
    # a value repeated from another table is shown in that table's unit (LPPD 3,4, not
    # 340%; 83%, not 0,83)
    shown_percent = s.percent if s.kind == "link" else percent
    stated = float(value.number)
    if computed in (None, ""):  # by design: no number (a zero divisor, no data)
        return _issue(s, "warning",
                      f"tertulis {_show(s, stated, percent)}, tetapi rumus tidak menghasilkan "
                      "angka (pembagi nol atau data belum diisi)", None, stated)
    if isinstance(computed, bool) or not isinstance(computed, (int, float)):
        return _issue(s, None, f"tertulis {_show(s, stated, percent)}, tetapi rumus "
                      f"menghasilkan {computed}", computed, stated)
    actual = float(computed) * 100 if percent else float(computed)
    diff = abs(stated - actual)
    decimals = _decimals(value)
    if diff <= 0.5 * 10 ** -decimals + 4e-15 * max(1.0, abs(actual)):
        return None
    # printed rounding can move the last digit, except of a head count (never rounded)
    within_a_digit = s.column.kind != "orang" and \
        diff <= 10 ** -decimals + 4e-15 * max(1.0, abs(actual))
    if shown_percent != percent:  # the units differ: compare the figures as written
        result = float(computed) * 100 if shown_percent else float(computed)
        gap = abs(stated - result)
        if gap <= 0.5 * 10 ** -decimals + 4e-15 * max(1.0, abs(result)):
            return None  # 100% here, 100 there: the same figure (value.skala_persen)
        within_a_digit = s.column.kind != "orang" and \
            gap <= 10 ** -decimals + 4e-15 * max(1.0, abs(result))
        return _issue(s, "warning" if within_a_digit else None,
                      f"tertulis {_show(s, stated, percent)}, hasil rumus "
                      f"{_show(s, result, shown_percent)} (satuannya berbeda)",
                      round(result, 10), stated)
    return _issue(
        s, "warning" if within_a_digit else None,
        f"tertulis {_show(s, stated, percent)}, hasil rumus {_show(s, actual, percent)} "
        f"(selisih {_show(s, actual - stated, percent)})", round(actual, 10), stated)


def _text_difference(s: Stated, computed: Any) -> Issue | None:
    """A stated status or predicate against the formula's: the same words, case aside.  A
    predicate depends on the scale (the report's own, when Skala Predikat gives it): a
    different one is a warning."""
    stated = " ".join(str(s.value.display()).split())
    result = " ".join(str(computed or "").split())
    if not stated or stated.casefold() == result.casefold():
        return None
    return _issue(s, "warning" if s.column.key == "predikat" else None,
                  f"tertulis '{stated}', hasil rumus '{result or '(kosong)'}'", result, stated)


def _decimals(value: Value) -> int:
    if value.text:
        m = re.search(r"[.,](\d{1,2})\s*%?\s*$", value.text.strip())
        return len(m.group(1)) if m else 0
    number = value.number
    if isinstance(number, float) and not number.is_integer():
        return min(len(repr(number).split(".")[1]), 6)
    return 0


def _show(s: Stated, x: float, percent: bool) -> str:
    if percent:  # 80%, 52,73%: decimals only where there are some
        return format_persen(x, 0 if float(round(x, 2)).is_integer() else 2)
    if s.column.kind == "rupiah":
        return format_rupiah(x, 2 if not float(x).is_integer() else 0)
    return format_angka(x)


def _issue(s: Stated, severity: str | None, message: str, computed: Any, stated: Any) -> Issue:
    """At the data cell, with the final workbook's cell beside it."""
    return Issue(s.sheet, s.value.cell, message, s.label, s.column.key, expected=computed,
                 actual=stated, severity=severity, file=s.file, final=s.cell)
