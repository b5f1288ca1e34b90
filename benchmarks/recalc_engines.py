"""Which Python formula engine recalculates the final workbook best?

    uv run python benchmarks/recalc_engines.py [--repeat N]

For the filled sample and a generated LKIP 10x its size (formulas, no cached
values), each candidate evaluates every formula cell; its values are compared
with LibreOffice headless (the reference) and timed (median of N runs).
Candidates: formualizer (Rust, writes the cached values into the package),
formulas (pure Python), pycel (pure Python, evaluates cell by cell).
"""

from __future__ import annotations

import argparse
import io
import math
import tempfile
from pathlib import Path
from typing import Any

from _common import median_seconds, table
from openpyxl import load_workbook
from synthetic import write_lkip

from lkip_xl.book.inputbook import read_inputs
from lkip_xl.jobs.fill import populate
from lkip_xl.model import paths
from lkip_xl.xlsx import libreoffice
from lkip_xl.xlsx.recalc import recalculate


def formula_cells(data: bytes) -> list[tuple[str, str]]:
    wb = load_workbook(io.BytesIO(data))
    return [(ws.title, c.coordinate) for ws in wb.worksheets for row in ws.iter_rows()
            for c in row if isinstance(c.value, str) and c.value.startswith("=")]


def same(a: Any, b: Any) -> bool:
    a = "" if a is None else a
    b = "" if b is None else b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return str(a) == str(b)


def run_formualizer(path: Path, cells: list[tuple[str, str]]) -> dict[tuple[str, str], Any]:
    wb = load_workbook(io.BytesIO(recalculate(path.read_bytes())), data_only=True)
    return {(s, c): wb[s][c].value for s, c in cells}


def run_formulas(path: Path, cells: list[tuple[str, str]]) -> dict[tuple[str, str], Any]:
    import formulas

    model = formulas.ExcelModel().loads(str(path)).finish()
    solution = model.calculate()
    book = path.name
    out = {}
    for s, c in cells:
        key = f"'[{book}]{s.upper()}'!{c}"
        value = solution.get(key)
        v = None if value is None else value.value[0, 0]
        out[(s, c)] = str(v) if type(v).__name__ == "XlError" else v
    return out


def run_pycel(path: Path, cells: list[tuple[str, str]]) -> dict[tuple[str, str], Any]:
    from pycel import ExcelCompiler

    excel = ExcelCompiler(filename=str(path))
    out = {}
    for s, c in cells:
        v = excel.evaluate(f"{s}!{c}")
        out[(s, c)] = str(v) if type(v).__name__ in ("ExcelCmpError", "str") else v
    return out


ENGINES = {"formualizer": run_formualizer, "formulas": run_formulas, "pycel": run_pycel}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sizes = {"sample (57 kegiatan)": paths.sample_workbook(),
                 "10x (570 kegiatan)": write_lkip(work / "x10.xlsx", programs=160,
                                                  kegiatan=lambda p: 4 if p % 2 else 3,
                                                  quirks=True)}
        for label, source in sizes.items():
            data = populate(read_inputs([source])).data
            path = work / "in" / f"{source.stem}.xlsx"
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(data)
            cells = formula_cells(data)
            ref_wb = load_workbook(libreoffice.convert(path, work / "lo"), data_only=True)
            reference = {(s, c): ref_wb[s][c].value for s, c in cells}
            for name, engine in ENGINES.items():
                try:
                    values: dict[tuple[str, str], Any] = {}

                    def once(engine: Any = engine, values: dict[Any, Any] = values,
                             path: Path = path, cells: list[Any] = cells) -> None:
                        values.update(engine(path, cells))

                    seconds, _ = median_seconds(once, args.repeat)
                    agree = sum(same(values.get(k), reference[k]) for k in cells)
                    rows.append([label, name, len(cells), f"{agree}/{len(cells)}",
                                 f"{seconds:.3f}"])
                except Exception as exc:  # a candidate that cannot run is a result too
                    reason = str(exc).strip().splitlines()[-1][:60]
                    rows.append([label, name, len(cells), f"failed: {reason}", "-"])
    print(table(["workbook", "engine", "formulas", "agree with LibreOffice", "seconds (median)"],
                rows))


if __name__ == "__main__":
    main()
