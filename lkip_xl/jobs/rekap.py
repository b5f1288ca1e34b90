"""``lkip-xl rekap``: the Pemda's rollup of its units' final workbooks, as a workbook and PDF.

:func:`rekap` reads the final workbooks of a folder (:func:`lkip_xl.output.rekap.collect`),
writes the Pemda workbook (:func:`lkip_xl.output.rekap_xlsx.workbook`: live formulas,
recalculated, native charts) and, when asked, the document
(:func:`lkip_xl.output.rekap_pdf.document`), published together through
:class:`lkip_xl.xlsx.files.Outputs` (an existing file only with *force*; never an input).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from lkip_xl.model.errors import InputError, Location
from lkip_xl.output import rekap_pdf, rekap_xlsx
from lkip_xl.output.rekap import ADA, UNIT, Rollup, collect
from lkip_xl.xlsx.files import Outputs

_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember")


@dataclass
class RekapResult:
    output: Path  # the Pemda workbook
    pdf: Path | None  # the document, when asked for
    rollup: Rollup

    @property
    def problems(self) -> int:
        """Files and expected units not in the rollup (missing, duplicated, another year,
        unreadable)."""
        units = self.rollup.frames[UNIT]
        return int((units["status"] != ADA).sum())


def pdf_path(out: Path) -> Path:
    """Where ``--pdf`` writes the document: beside the workbook, ending in .pdf."""
    return out.with_suffix(".pdf")


def rekap(sources: str | Path | Iterable[str | Path], out: str | Path, *, pdf: bool = False,
          force: bool = False, tahun: int | None = None,
          expected: Iterable[str] | None = None) -> RekapResult:
    """Read the final workbooks of *sources* (folders or files), write the Pemda workbook
    *out* and, with *pdf*, the document beside it.  InputError when no final workbook is
    found at all."""
    given = [Path(sources)] if isinstance(sources, (str, Path)) else [Path(p) for p in sources]
    out = Path(out)
    rollup = collect(given, expected=expected, tahun=tahun)
    units = rollup.frames[UNIT]
    read = [Path(p) for p in units["berkas"] if p]
    if not read:
        raise InputError("tidak ada buku kerja akhir lkip-xl (lembar tersembunyi _lkip) di "
                         + ", ".join(str(p) for p in given) + "; buat dengan lkip-xl fill",
                         Location(file=given[0] if given else None))
    targets = [out, *([pdf_path(out)] if pdf else [])]
    with Outputs(targets, force=force, inputs=read) as files:
        data = rekap_xlsx.workbook(rollup)
        document = rekap_pdf.document(rollup, made=f"Dibuat {_today()}") if pdf else None
        files.put(out, data)
        if document is not None:
            files.put(targets[1], document)
    return RekapResult(out, targets[1] if pdf else None, rollup)


def _today() -> str:
    today = datetime.date.today()
    return f"{today.day} {_MONTHS[today.month - 1]} {today.year}"
