"""Score the formula checks on the labelled ExceLint benchmark (development split).

    uv run python benchmarks/excelint_score.py [--dir ../shared/excelint-dev] [--cli]
        [--rules] [--detail WORKBOOK]

For every workbook of ``DIR/workbooks`` the validator runs and the cells of all its
``formula.*`` findings (every severity) are the flags; a finding on a range ("B2:B9")
flags each cell of the range.  ``DIR/annotations.json`` gives the labelled cells
(``{workbook: {sheet: {"bugs": [[col, row, 0], ...]}}}``, 1-based; sheet names are compared
after ``.strip()``).  By default the script calls
:func:`lkip_xl.rules.formula.check_formulas` directly; ``--cli`` runs
``uv run lkip-xl validate --format json FILE`` instead and reads its JSON (exit codes 0 and 1
are both normal).

Scores:

- micro precision / recall / F1 over all flagged and labelled cells of all workbooks;
- mean precision and mean recall over workbooks, where a workbook's precision is
  TP / flags, or 1.0 when it has no flag, and its recall is TP / labels, or 1.0 when it has
  no label (so a workbook without labels and without flags counts P = 1, R = 1, and one
  without labels but with flags counts P = 0).

Honest figures, printed after the totals (not with ``--cli``):

- **without the two**: the same scores without the two workbooks that give the most true
  positives at the default knobs (named in the output; ties broken by name);
- **leave-one-out**: the tunable choices of the rules (:class:`FormulaKnobs`: which rules
  run, the fewest members of a group of formulas, the widest gap between members, whether
  a total over headings may end on blank rows) are chosen on 34 workbooks from the small grid
  :data:`GRID`, the knobs that give the best micro F1 there (among those with a mean
  precision of at least 0.75 there, when any has), and the 35th is scored with them; the
  micro counts are summed over the 35 folds, the mean precision and recall are over the
  35 held-out workbooks.  Every workbook is read and parsed once; each grid point reruns
  only the rules.

``--rules`` adds true and false positives per rule; ``--detail NAME`` lists the flagged and
missed cells of the workbooks whose name contains NAME; ``--no-loo`` skips the grid.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lkip_xl.rules.formula import FormulaKnobs, check_formulas  # noqa: E402
from lkip_xl.xlsx.reader import Book, CellBook  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "excelint-dev"

# Published results on all 70 workbooks (ExceLint, OOPSLA 2018), for comparison.
EXCELINT_MEAN_PRECISION = 0.641
EXCELINT_MEAN_RECALL = 0.621
EXCELINT_MICRO_F1 = 0.2  # approximate, as reported for the benchmark

Cell = tuple[str, int, int]  # (stripped sheet name, column, row), 1-based

_A1 = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d+)$")


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def expand_cells(sheet: str, ref: str) -> set[Cell]:
    """The cells of an A1 reference ("B2" or "B2:B9") on ``sheet``."""
    parts = ref.split(":")
    coords = []
    for part in parts:
        m = _A1.match(part.strip())
        if m is None:
            return set()
        coords.append((_col_index(m.group(1)), int(m.group(2))))
    (c1, r1), (c2, r2) = coords[0], coords[-1]
    name = sheet.strip()
    return {
        (name, c, r)
        for c in range(min(c1, c2), max(c1, c2) + 1)
        for r in range(min(r1, r2), max(r1, r2) + 1)
    }


def load_labels(annotations: Path) -> dict[str, set[Cell]]:
    data = json.loads(annotations.read_text(encoding="utf-8"))
    labels: dict[str, set[Cell]] = {}
    for workbook, sheets in data.items():
        cells: set[Cell] = set()
        for sheet, entry in sheets.items():
            for col, row, *_ in entry.get("bugs", []) or []:
                cells.add((sheet.strip(), int(col), int(row)))
        labels[workbook] = cells
    return labels


@dataclass
class WorkbookScore:
    name: str
    labels: int
    flags: int
    tp: int
    seconds: float = 0.0
    rules_tp: Counter[str] = field(default_factory=Counter)
    rules_fp: Counter[str] = field(default_factory=Counter)

    @property
    def precision(self) -> float:
        return 1.0 if self.flags == 0 else self.tp / self.flags

    @property
    def recall(self) -> float:
        return 1.0 if self.labels == 0 else self.tp / self.labels


@dataclass
class Totals:
    micro_precision: float
    micro_recall: float
    micro_f1: float
    mean_precision: float
    mean_recall: float
    labels: int
    flags: int
    tp: int


def score(results: Iterable[WorkbookScore]) -> Totals:
    """Micro and per-workbook mean scores (definitions in the module docstring)."""
    rows = list(results)
    labels = sum(r.labels for r in rows)
    flags = sum(r.flags for r in rows)
    tp = sum(r.tp for r in rows)
    p = tp / flags if flags else 1.0
    r = tp / labels if labels else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    n = len(rows) or 1
    return Totals(
        micro_precision=p, micro_recall=r, micro_f1=f1,
        mean_precision=sum(x.precision for x in rows) / n,
        mean_recall=sum(x.recall for x in rows) / n,
        labels=labels, flags=flags, tp=tp,
    )


def findings_direct(path: Path) -> list[dict[str, Any]]:
    return [f.as_dict() for f in check_formulas(path)]


def findings_cli(path: Path) -> list[dict[str, Any]]:
    proc = subprocess.run(
        ["uv", "run", "lkip-xl", "validate", "--format", "json", str(path)],
        cwd=REPO, capture_output=True, text=True, check=False,
    )
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"lkip-xl validate {path.name}: exit {proc.returncode}\n{proc.stderr}")
    data = json.loads(proc.stdout)
    if isinstance(data, list):  # several files: one object per file
        data = next((d for d in data if Path(d.get("file", "")).name == path.name), data[0])
    return list(data.get("findings", []))


def flagged_cells(findings: Iterable[dict[str, Any]]) -> dict[Cell, str]:
    """The cells of the formula.* findings, each with the rule that flagged it first."""
    cells: dict[Cell, str] = {}
    for f in findings:
        rule = str(f.get("rule", ""))
        if not rule.startswith("formula."):
            continue
        for cell in expand_cells(str(f.get("sheet", "")), str(f.get("cell", ""))):
            cells.setdefault(cell, rule)
    return cells


def score_workbook(
    path: Path, labels: set[Cell], *, cli: bool = False
) -> tuple[WorkbookScore, dict[Cell, str]]:
    start = time.perf_counter()
    findings = findings_cli(path) if cli else findings_direct(path)
    seconds = time.perf_counter() - start
    flags = flagged_cells(findings)
    result = WorkbookScore(
        path.name, len(labels), len(flags), len(labels & flags.keys()), seconds
    )
    for cell, rule in flags.items():
        (result.rules_tp if cell in labels else result.rules_fp)[rule] += 1
    return result, flags


def run(directory: Path, *, cli: bool = False) -> list[tuple[WorkbookScore, dict[Cell, str]]]:
    labels = load_labels(directory / "annotations.json")
    out = []
    for path in sorted((directory / "workbooks").glob("*.xlsx")):
        out.append(score_workbook(path, labels.get(path.name, set()), cli=cli))
    return out


# --------------------------------------------------------------------------- honest figures

# Rules the grid may switch off, and the values it tries for the other knobs.
TOGGLED = ("formula.range_spans_headings", "formula.inconsistent_group",
           "formula.typed_in_row", "formula.constant_in_sum")
GRID: list[FormulaKnobs] = [
    FormulaKnobs(disabled=frozenset(off), group_min=group_min, group_gap=gap,
                 spans_headings_trailing=trailing)
    for n in range(len(TOGGLED) + 1)
    for off in itertools.combinations(TOGGLED, n)
    for group_min in (3, 4)
    for gap in (1, 2)
    for trailing in (False, True)
]
MIN_MEAN_PRECISION = 0.75  # the goal: LOO mean precision at least this


@dataclass
class Loaded:
    """A workbook read into memory once, with the rules' parse cache."""

    name: str
    book: CellBook
    labels: set[Cell]
    cache: dict[str, Any] = field(default_factory=dict)


def load_all(directory: Path) -> list[Loaded]:
    labels = load_labels(directory / "annotations.json")
    out = []
    for path in sorted((directory / "workbooks").glob("*.xlsx")):
        with Book(path) as book:
            cells = CellBook({t: book.cells(t) for t in book.worksheets})
        out.append(Loaded(path.name, cells, labels.get(path.name, set())))
    return out


def score_knobs(loaded: Loaded, knobs: FormulaKnobs) -> WorkbookScore:
    findings = [f.as_dict() for f in check_formulas(
        loaded.book, file=loaded.name, knobs=knobs, cache=loaded.cache)]
    flags = flagged_cells(findings)
    return WorkbookScore(loaded.name, len(loaded.labels), len(flags),
                         len(loaded.labels & flags.keys()))


def _choose(rows: list[list[WorkbookScore]], keep: list[int]) -> int:
    """The grid point with the best micro F1 on the workbooks *keep* (among the points
    whose mean precision there reaches MIN_MEAN_PRECISION, when any does); ties go to the
    earlier point (fewer rules switched off)."""
    best, best_key = 0, (-1.0, -1.0)
    for g, per_wb in enumerate(rows):
        totals = score(per_wb[i] for i in keep)
        key = (float(totals.mean_precision >= MIN_MEAN_PRECISION), totals.micro_f1)
        if key > best_key:
            best, best_key = g, key
    return best


def leave_one_out(workbooks: list[Loaded]) -> tuple[list[WorkbookScore], Counter[int]]:
    """The held-out score of every workbook, with the knobs chosen on the others, and how
    often each grid point was chosen."""
    rows = [[score_knobs(wb, knobs) for wb in workbooks] for knobs in GRID]
    held_out: list[WorkbookScore] = []
    chosen: Counter[int] = Counter()
    for i in range(len(workbooks)):
        g = _choose(rows, [j for j in range(len(workbooks)) if j != i])
        chosen[g] += 1
        held_out.append(rows[g][i])
    return held_out, chosen


def _describe(knobs: FormulaKnobs) -> str:
    off = ",".join(sorted(r.removeprefix("formula.") for r in knobs.disabled)) or "-"
    return (f"off={off} group_min={knobs.group_min} group_gap={knobs.group_gap} "
            f"spans_headings_trailing={knobs.spans_headings_trailing}")


def honest_table(results: list[WorkbookScore], workbooks: list[Loaded] | None) -> None:
    """Totals, without the two workbooks with the most true positives, and leave-one-out."""
    top = sorted(results, key=lambda r: (-r.tp, r.name))[:2]
    names = {r.name for r in top}
    rest = [r for r in results if r.name not in names]
    lines: list[tuple[str, Totals]] = [("all 35 workbooks", score(results)),
                                       ("without the two", score(rest))]
    chosen: Counter[int] = Counter()
    if workbooks is not None:
        held_out, chosen = leave_one_out(workbooks)
        lines.append(("leave-one-out", score(held_out)))
        lines.append(("leave-one-out w/o two", score(r for r in held_out
                                                      if r.name not in names)))
    print()
    print("the two workbooks with the most true positives (default knobs): "
          + ", ".join(f"{r.name} ({r.tp} TP of {sum(x.tp for x in results)})" for r in top))
    print(f"{'':24} {'labels':>6} {'flags':>6} {'TP':>5} {'micro P':>8} {'micro R':>8} "
          f"{'micro F1':>8} {'mean P':>7} {'mean R':>7}")
    for name, t in lines:
        print(f"{name:24} {t.labels:6d} {t.flags:6d} {t.tp:5d} {t.micro_precision:8.3f} "
              f"{t.micro_recall:8.3f} {t.micro_f1:8.3f} {t.mean_precision:7.3f} "
              f"{t.mean_recall:7.3f}")
    if chosen:
        print(f"knobs chosen in the {sum(chosen.values())} folds (grid of {len(GRID)}):")
        for g, n in chosen.most_common():
            print(f"  {n:3d}x {_describe(GRID[g])}")


def _cell_name(cell: Cell) -> str:
    sheet, col, row = cell
    letters = ""
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{sheet}!{letters}{row}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="benchmark folder")
    parser.add_argument("--cli", action="store_true", help="run `lkip-xl validate` instead")
    parser.add_argument("--rules", action="store_true", help="true/false positives per rule")
    parser.add_argument("--detail", default=None, help="list the cells of these workbooks")
    parser.add_argument("--no-loo", action="store_true", help="skip the leave-one-out grid")
    args = parser.parse_args(argv)
    directory: Path = args.dir
    if not (directory / "annotations.json").is_file():
        print(f"no benchmark at {directory}", file=sys.stderr)
        return 2
    labels = load_labels(directory / "annotations.json")
    results = run(directory, cli=args.cli)
    print(f"{'workbook':44} {'labels':>6} {'flags':>6} {'TP':>5} {'P':>6} {'R':>6} {'s':>6}")
    for res, flags in results:
        print(
            f"{res.name[:44]:44} {res.labels:6d} {res.flags:6d} {res.tp:5d} "
            f"{res.precision:6.2f} {res.recall:6.2f} {res.seconds:6.2f}"
        )
        if args.detail and args.detail in res.name:
            wb_labels = labels.get(res.name, set())
            for cell in sorted(flags, key=lambda c: (c[0], c[2], c[1])):
                mark = "TP" if cell in wb_labels else "FP"
                print(f"    {mark} {flags[cell]:32} {_cell_name(cell)}")
            for cell in sorted(wb_labels - flags.keys(), key=lambda c: (c[0], c[2], c[1])):
                print(f"    FN {'':32} {_cell_name(cell)}")
    totals = score(res for res, _ in results)
    print()
    print(f"labels {totals.labels}, flags {totals.flags}, true positives {totals.tp}")
    print(f"{'':24} {'lkip-xl':>8} {'ExceLint':>9}")
    print(f"{'micro precision':24} {totals.micro_precision:8.3f} {'':>9}")
    print(f"{'micro recall':24} {totals.micro_recall:8.3f} {'':>9}")
    print(f"{'micro F1':24} {totals.micro_f1:8.3f} {'~' + str(EXCELINT_MICRO_F1):>9}")
    print(f"{'mean precision':24} {totals.mean_precision:8.3f} {EXCELINT_MEAN_PRECISION:9.3f}")
    print(f"{'mean recall':24} {totals.mean_recall:8.3f} {EXCELINT_MEAN_RECALL:9.3f}")
    print(f"total time {sum(r.seconds for r, _ in results):.1f} s")
    if args.rules:
        tp: Counter[str] = Counter()
        fp: Counter[str] = Counter()
        for res, _ in results:
            tp.update(res.rules_tp)
            fp.update(res.rules_fp)
        print()
        print(f"{'rule':36} {'TP':>5} {'FP':>5}")
        for rule in sorted(set(tp) | set(fp)):
            print(f"{rule:36} {tp[rule]:5d} {fp[rule]:5d}")
    start = time.perf_counter()
    workbooks = None if args.cli or args.no_loo else load_all(directory)
    honest_table([res for res, _ in results], workbooks)
    print(f"honest figures in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
