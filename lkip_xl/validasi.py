"""The validation written into the final workbook: the Validasi sheet, highlights, comments.

Fill validates what it fills.  Each finding that points at a cell of a table is
moved to that cell of the final workbook (findings on the data workbooks name
the data cell; the final cell is found through the row's place and the
column), the cell is highlighted and gets the message as a comment, and the
``Validasi`` sheet lists every finding with a link to its cell.  The same
findings go to ``<instansi>-<tahun>-validasi.json`` beside the workbook.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from . import schema, sheetxml
from .findings import SEVERITY_TEXT, Finding, count_by_severity
from .formulas import sheet_ref
from .inputbook import InputData
from .package import Note, SheetEdit
from .styles import header_row

if TYPE_CHECKING:
    from .fill import Populated

SHEET = "Validasi"
AUTHOR = "lkip-xl (validasi)"
HEADERS = ("No", "Tingkat", "Aturan", "Lembar", "Sel", "Baris", "Kolom", "Pesan",
           "Seharusnya", "Tertulis", "Sel di data")
WIDTHS = (5, 11, 24, 18, 8, 36, 18, 80, 16, 16, 16)
_REF = re.compile(r"([A-Z]+)(\d+)")


def final_cell(finding: Finding, populated: Populated, inputs: InputData) -> str | None:
    """The cell of the final workbook a finding is about, or None (not in a table there)."""
    letters = populated.letters.get(finding.sheet)
    if letters is None or not finding.cell:
        return None
    if not finding.file:  # already about the final workbook (stated values, formulas)
        return finding.cell
    m = _REF.fullmatch(finding.cell)
    row = populated.places.get((finding.sheet, int(m.group(2)))) if m else None
    key = _column_key(finding, inputs.year)
    if row is None or key is None or key not in letters:
        return None
    return f"{letters[key]}{row}"


def _column_key(finding: Finding, year: int) -> str | None:
    tbl = schema.table(finding.sheet)
    for col in tbl.columns:
        if col.header_for(year) == finding.column or col.header == finding.column:
            return col.key
    return None


def prepare_sheet(wb: Any) -> None:
    """The Validasi sheet (replacing the template's, if any): title and header; the rows
    come with the findings (:func:`decorate`)."""
    if SHEET in wb.sheetnames:
        del wb[SHEET]
    ws = wb.create_sheet(SHEET, index=1)
    ws["A1"] = "Hasil Validasi"
    ws["A1"].font = Font(bold=True, size=14)
    header_row(ws, _HEADER, HEADERS, WIDTHS)
    ws.freeze_panes = f"A{_HEADER + 1}"


_HEADER = 4  # the Validasi sheet's header row


def decorate(populated: Populated, inputs: InputData, findings: list[Finding]
             ) -> dict[str, SheetEdit]:
    """How the findings mark the recalculated package (:func:`lkip_xl.package.edit`): each
    finding's cell highlighted with the message as a comment, and the Validasi sheet."""
    notes = {sheet: dict(cells) for sheet, cells in populated.notes.items()}
    highlights: dict[str, dict[str, int]] = {}
    placed: list[tuple[Finding, str | None]] = []
    by_cell: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        cell = final_cell(f, populated, inputs)
        placed.append((f, cell))
        if cell is not None and f.severity != "info":
            by_cell.setdefault((f.sheet, cell), []).append(f)
    for (sheet, cell), items in by_cell.items():
        existing = notes.get(sheet, {}).get(cell)  # fill commented unreadable values
        new = [f for f in items if existing is None or f.message not in existing.text]
        if not new:
            continue
        text = "\n".join(f"[{SEVERITY_TEXT[f.severity]}] {f.message}" for f in new)
        notes.setdefault(sheet, {})[cell] = Note(f"{existing.text}\n{text}", existing.author) \
            if existing else Note(text, AUTHOR)
        style = _style_of(populated, sheet, cell)
        if existing is None and style is not None:  # an unreadable value keeps its mark
            highlights.setdefault(sheet, {})[cell] = populated.highlight[style]
    edits = {sheet: SheetEdit(styles=highlights.get(sheet, {}), notes=cells)
             for sheet, cells in notes.items()}
    for sheet, cells in highlights.items():
        edits.setdefault(sheet, SheetEdit(styles=cells))
    edits[SHEET] = _sheet(populated.text_styles, placed)
    return edits


def _style_of(populated: Populated, sheet: str, cell: str) -> int | None:
    """The style index of a data cell, from its row's XML."""
    m = _REF.fullmatch(cell)
    xml = populated.rows.get(sheet, {}).get(int(m.group(2)), "") if m else ""
    start = xml.find(f'<c r="{cell}" s="')
    if start < 0:
        return None
    start += len(cell) + 11
    return int(xml[start:xml.index('"', start)])


def _sheet(styles: dict[str, int], placed: list[tuple[Finding, str | None]]) -> SheetEdit:
    """The Validasi sheet's rows: the counts, then one row per finding, errors first."""
    counts = count_by_severity([f for f, _ in placed])
    rows = {2: sheetxml.row(2, [sheetxml.cell("A2", 0, (
        f"{counts['error']} galat, {counts['warning']} peringatan, "
        f"{counts['info']} catatan. Klik sel di kolom 'Sel' untuk menuju sel yang "
        "dimaksud; sel itu ditandai kuning dengan pesan sebagai komentar."))])}
    links = {}
    order = {"error": 0, "warning": 1, "info": 2}
    columns = [(get_column_letter(c), styles["wrap"] if c in (6, 8) else styles["top"])
               for c in range(1, len(HEADERS) + 1)]
    for n, (f, cell) in enumerate(sorted(placed, key=lambda p: order[p[0].severity]), start=1):
        r = str(_HEADER + n)
        cells = [sheetxml.cell(letter + r, style, None if value == "" else value)
                 for (letter, style), value in zip(columns, finding_row(n, f, cell),
                                                        strict=True)]
        if cell is not None:
            cells[4] = sheetxml.cell("E" + r, styles["link"], cell)
            links["E" + r] = f"{sheet_ref(f.sheet)}!{cell}"
        rows[_HEADER + n] = sheetxml.row(_HEADER + n, cells)
    last = get_column_letter(len(HEADERS))
    return SheetEdit(rows=rows, width=len(HEADERS), links=links,
                     autofilter=f"A{_HEADER}:{last}{_HEADER + max(len(placed), 1)}")


def finding_row(n: int, f: Finding, cell: str | None) -> list[Any]:
    """One row of a Validasi sheet (the columns of HEADERS); *cell* is where it points."""
    return [n, SEVERITY_TEXT[f.severity], f.rule, f.sheet, cell or "", f.row_label, f.column,
            f.message, _plain(f.expected), _plain(f.actual),
            f"{_file_name(f.file)}!{f.cell}" if f.file else ""]


@functools.lru_cache(maxsize=64)
def _file_name(path: str) -> str:
    return Path(path).name


def _plain(value: Any) -> Any:
    return value if value is None or isinstance(value, (int, float, str)) else str(value)


def write_json(path: Path, workbook: Path, findings: list[Finding]) -> None:
    """The findings as JSON, one finding a line."""
    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, default=str)

    items = ",\n".join(f"    {dumps(f.as_dict())}" for f in findings)
    path.write_text(f'{{\n  "file": {dumps(str(workbook))},\n'
                    f'  "counts": {dumps(count_by_severity(findings))},\n'
                    f'  "findings": [\n{items}\n  ]\n}}\n', encoding="utf-8")
