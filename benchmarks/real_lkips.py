"""How many of the known mistakes of real LKIPs the validator finds.

    uv run python benchmarks/real_lkips.py [--detail NAME]

Each folder of ``tests/data`` with a ``mistakes.json`` holds a real published LKIP
transcribed as printed (``build.py``, ``SOURCE.md``) and the mistakes a person found by
reading it, before running lkip-xl: ``[{"sheet", "key", "column", "kind", "what"}]``.  A
mistake is placed at the data cell of its row (``key``) and column; it is *found* when an
error or warning of ``lkip-xl validate`` names that cell, or *found in its row* when one
names another cell of the row.  A difference between two tables shows in both: a mistake
may list, under ``"also"``, the other cells that state the same inconsistency (the other
table's value, as its ``"what"`` names it), and a finding at one of those counts too.
A mistake on a Tambahan sheet (tables printed as given,
not checked) or without a cell is *unplaced*.  Findings at no listed mistake are counted
too: true mistakes the reader missed, or false findings (SOURCE.md of each folder says
which).

Which scores are held out: Kaltim, Grobogan and Jombang were transcribed after most rules
were written, but the rules of issue 14 were developed on them (the text rules, grades and
levels as values, ``cross.kegiatan``), as were earlier fixes (``,-`` amounts, scores in
brackets, Tanda Desimal, the percent scale, staff by sex, ``text.judul_tahun``): their score
is not a held-out one.  Biro Adpem Jawa Barat 2016 was held aside (its ``mistakes.json`` was
committed before the validator first ran on it: 44%) until the recall work wrote rules for
its misses too; the README says which rule was written for which document's misses.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from lkip_xl.book.inputbook import InputData, read_inputs
from lkip_xl.jobs.validate import validate
from lkip_xl.model import schema
from lkip_xl.xlsx import a1

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def documents() -> list[Path]:
    return sorted(p for p in DATA.iterdir() if (p / "mistakes.json").is_file())


def _cell(data: InputData, mistake: dict[str, Any]) -> str | None:
    sheet, key, column = mistake["sheet"], str(mistake.get("key") or ""), mistake["column"]
    if sheet == schema.IDENTITY_SHEET:
        v = data.identity_values.get(column)
        return v.cell if v else None
    for row in data.tables.get(sheet, []):
        if key in (" / ".join(row.key), *row.key) and column in row.values:
            return row.values[column].cell
    return None


def score(folder: Path) -> dict[str, Any]:
    workbook = folder / f"{folder.name}.xlsx"
    mistakes = json.loads((folder / "mistakes.json").read_text(encoding="utf-8"))
    data = read_inputs([workbook])
    findings = [f for f in validate(workbook).findings if f.severity in ("error", "warning")]
    cells = {(f.sheet, f.cell) for f in findings}
    rows = {(f.sheet, a1.row_of(f.cell)) for f in findings if f.cell}
    out: dict[str, Any] = {"name": folder.name, "mistakes": len(mistakes), "placed": 0,
                           "found": 0, "row": 0, "missed": [], "by_kind": Counter(),
                           "found_kind": Counter()}
    hit: set[tuple[str, str]] = set()
    for m in mistakes:
        out["by_kind"][m.get("kind", "?")] += 1
        places = [(p["sheet"], c) for p in (m, *m.get("also", ()))
                  if (c := _cell(data, p)) is not None]
        if not places:
            continue
        out["placed"] += 1
        cell = places[0][1]
        if any(place in cells for place in places):
            out["found"] += 1
            out["found_kind"][m.get("kind", "?")] += 1
            hit |= set(places) & cells
        elif any((sheet, a1.row_of(c)) in rows for sheet, c in places):
            out["row"] += 1
            out["found_kind"][m.get("kind", "?")] += 1
            hit |= {(f.sheet, f.cell) for f in findings for sheet, c in places
                    if f.sheet == sheet and a1.row_of(f.cell) == a1.row_of(c)}
        else:
            out["missed"].append(f"{m['sheet']} {cell} [{m.get('key')}] {m['what'][:90]}")
    out["findings"] = len(findings)
    out["elsewhere"] = sum((f.sheet, f.cell) not in hit for f in findings)
    out["elsewhere_errors"] = sum((f.sheet, f.cell) not in hit and f.severity == "error"
                                  for f in findings)
    out["rules"] = Counter(f.rule for f in findings if (f.sheet, f.cell) not in hit)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--detail", help="list the missed mistakes of documents named so")
    args = parser.parse_args()
    print("| document | mistakes | placed | found (cell) | found (row) | recall of placed "
          "| findings | at no listed mistake | of them errors |")
    print("|---|---|---|---|---|---|---|---|---|")
    totals = Counter()
    for folder in documents():
        s = score(folder)
        found = s["found"] + s["row"]
        print(f"| {s['name']} | {s['mistakes']} | {s['placed']} | {s['found']} | {s['row']} | "
              f"{found / s['placed']:.0%} | {s['findings']} | {s['elsewhere']} | "
              f"{s['elsewhere_errors']} |"
              if s["placed"] else f"| {s['name']} | {s['mistakes']} | 0 | | | | | | |")
        for k in ("mistakes", "placed", "found", "row", "findings", "elsewhere",
                  "elsewhere_errors"):
            totals[k] += s[k]
        if args.detail and args.detail in s["name"]:
            print("  found by kind:", dict(s["found_kind"]), "of", dict(s["by_kind"]))
            print("  findings at no listed mistake, by rule:", dict(s["rules"]))
            for line in s["missed"]:
                print("  missed:", line)
    found = totals["found"] + totals["row"]
    print(f"| all | {totals['mistakes']} | {totals['placed']} | {totals['found']} | "
          f"{totals['row']} | {found / max(totals['placed'], 1):.0%} | {totals['findings']} | "
          f"{totals['elsewhere']} | {totals['elsewhere_errors']} |")


if __name__ == "__main__":
    main()
