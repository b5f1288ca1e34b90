"""Differential test: our recalculation against LibreOffice headless, cell by cell.

The filled workbook (formulas, no cached values) is recalculated by our engine
and by LibreOffice; every formula cell must agree: numbers within 1e-9
relative, text equal, errors equal.
"""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from synthetic import write_lkip

from lkip_xl.book.inputbook import read_inputs
from lkip_xl.jobs.fill import populate
from lkip_xl.model import paths
from lkip_xl.xlsx import libreoffice
from lkip_xl.xlsx.recalc import recalculate

pytestmark = pytest.mark.skipif(
    libreoffice.soffice() is None,
    reason=f"LibreOffice tidak terpasang (paket Debian {libreoffice.PACKAGE_HINT})",
)


def _formula_cells(xlsx: bytes) -> list[tuple[str, str]]:
    wb = load_workbook(io.BytesIO(xlsx))
    return [(ws.title, c.coordinate) for ws in wb.worksheets for row in ws.iter_rows()
            for c in row if isinstance(c.value, str) and c.value.startswith("=")]


def _values(path_or_bytes: Path | bytes) -> Any:
    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    return load_workbook(source, data_only=True)


def _same(ours: Any, theirs: Any) -> bool:
    ours = "" if ours is None else ours
    theirs = "" if theirs is None else theirs
    if isinstance(ours, (int, float)) and isinstance(theirs, (int, float)):
        return math.isclose(ours, theirs, rel_tol=1e-9, abs_tol=1e-12)
    return ours == theirs


def _compare(tmp_path: Path, data: list[Path]) -> tuple[int, int, int]:
    """Compare every formula cell; return (cells, numbers, errors) agreed on."""
    populated = populate(read_inputs(data))
    source = tmp_path / "in" / "final.xlsx"
    source.parent.mkdir()
    source.write_bytes(populated.data)
    ours = _values(recalculate(populated.data))
    theirs = _values(libreoffice.convert(source, tmp_path / "lo"))
    cells = _formula_cells(populated.data)
    differences = [
        (sheet, cell, ours[sheet][cell].value, theirs[sheet][cell].value)
        for sheet, cell in cells
        if not _same(ours[sheet][cell].value, theirs[sheet][cell].value)
    ]
    assert differences == []
    results = [ours[sheet][cell].value for sheet, cell in cells]
    numbers = sum(isinstance(v, (int, float)) for v in results)
    errors = sum(isinstance(v, str) and v.startswith("#") for v in results)
    return len(cells), numbers, errors


def test_sample_agrees_with_libreoffice(tmp_path: Path) -> None:
    cells, numbers, errors = _compare(tmp_path, [paths.sample_workbook()])
    assert cells > 250 and numbers > 150  # a real comparison, not of empty cells
    assert errors > 0  # the seed's unreadable values give #N/A / #VALUE! in both


@pytest.mark.parametrize(
    "shape",
    [
        {"programs": 40, "kegiatan": 6},  # many programs
        {"programs": 12, "kegiatan": lambda p: 0 if p % 3 == 0 else p % 5},  # empty programs
        {"programs": 16, "kegiatan": 4, "quirks": True},  # text, errors, zero budgets, N/A
        {"programs": 3, "kegiatan": 0, "indicators": 2},  # no kegiatan at all
    ],
    ids=["many-programs", "empty-programs", "quirks", "no-kegiatan"],
)
def test_generated_shapes_agree_with_libreoffice(tmp_path: Path, shape: dict[str, Any]) -> None:
    data = write_lkip(tmp_path / "data.xlsx", **shape)
    cells, numbers, errors = _compare(tmp_path, [data])
    assert numbers > cells // 3
    assert (errors > 0) == bool(shape.get("quirks"))


def test_final_workbook_opens_in_libreoffice_with_the_same_values(tmp_path: Path) -> None:
    """The package formualizer wrote (cached values) opens in LibreOffice, which, recalculating
    everything on load, gets the values we stored."""
    from lkip_xl.jobs.fill import fill

    final = fill(out_dir=tmp_path / "hasil").output
    ours = _values(final.read_bytes())
    theirs = _values(libreoffice.convert(final, tmp_path / "lo"))
    cells = _formula_cells(final.read_bytes())
    assert len(cells) > 300
    differences = [(s, c, ours[s][c].value, theirs[s][c].value) for s, c in cells
                   if not _same(ours[s][c].value, theirs[s][c].value)]
    assert differences == []


def test_sub_kegiatan_agree_with_libreoffice(tmp_path: Path) -> None:
    """Three budget levels: kegiatan subtotals over their sub kegiatan, programs over lists of
    kegiatan (SUM(D6,D11)), the Tabel 2.4 count of every level, links to sub kegiatan."""
    data = Path(__file__).resolve().parent / "data" / "format-subkegiatan" / \
        "sekretariat-daerah-2023.xlsx"
    cells, numbers, errors = _compare(tmp_path, [data])
    assert cells > 100 and numbers > cells // 3 and errors == 0
