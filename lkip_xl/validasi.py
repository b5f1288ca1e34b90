"""The validation written into the final workbook: the Validasi sheet, highlights, comments.

Fill validates what it fills.  Each finding that points at a cell of a table is
moved to that cell of the final workbook (findings on the data workbooks name
the data cell; the final cell is found through the row's place and the
column), the cell is highlighted and gets the message as a comment, and the
``Validasi`` sheet lists every finding with a link to its cell.  The same
findings go to ``<instansi>-<tahun>-validasi.json`` beside the workbook.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink

from . import schema, sheetxml
from .files import save_workbook
from .findings import SEVERITY_TEXT, Finding, count_by_severity
from .formulas import sheet_ref
from .inputbook import InputData
from .styles import FINDING_FILL, Styles, header_row

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


@dataclass
class Decoration:
    """What validation adds to the recalculated workbook without touching its formulas."""

    rows: dict[int, str] = field(default_factory=dict)  # the Validasi sheet's rows as XML
    highlights: dict[str, dict[str, int]] = field(default_factory=dict)  # sheet -> cell -> style


def decorate(populated: Populated, inputs: InputData, findings: list[Finding]) -> Decoration:
    """Comment the cells of *findings* and add the Validasi sheet (in ``populated.wb``);
    returns the Validasi rows and the cells' highlighted styles for :func:`apply`."""
    wb = populated.wb
    styles = Styles(wb)
    decoration = Decoration()
    placed: list[tuple[Finding, str | None]] = []
    by_cell: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        cell = final_cell(f, populated, inputs)
        placed.append((f, cell))
        if cell is not None and f.severity != "info":
            by_cell.setdefault((f.sheet, cell), []).append(f)
    for (sheet, cell), items in by_cell.items():
        ws = wb[sheet]
        if not hasattr(ws[cell], "column_letter"):  # inside a merged range: no comment there
            continue
        existing = ws[cell].comment.text if ws[cell].comment is not None else ""
        new = [f for f in items if f.message not in existing]  # fill commented unreadables
        if not new:
            continue
        text = "\n".join(f"[{SEVERITY_TEXT[f.severity]}] {f.message}" for f in new)
        ws[cell].comment = Comment(f"{existing}\n{text}" if existing else text, AUTHOR,
                                   width=320, height=120)
        style = _style_of(populated, sheet, cell)
        if not existing and style is not None:  # a cell marked unreadable keeps that mark
            decoration.highlights.setdefault(sheet, {})[cell] = styles.variant(style,
                                                                               FINDING_FILL)
    decoration.rows = _sheet(populated, styles, placed)
    styles.close()
    return decoration


def apply(populated: Populated, decoration: Decoration, recalculated: bytes,
          sheets: dict[str, tuple[dict[int, str], int]] | None = None) -> bytes:
    """The final package: the decorated workbook with the recalculated sheets' values.

    The formulas are unchanged by the decoration, so their computed values are
    taken over from the recalculated package rather than computed again.
    """
    extra = dict(sheets or {})
    if decoration.rows:
        extra[SHEET] = (decoration.rows, len(HEADERS))
    buffer = io.BytesIO()
    save_workbook(populated.wb, buffer)
    decorated = sheetxml.splice_rows(buffer.getvalue(), {k: v[0] for k, v in extra.items()},
                                     {k: v[1] for k, v in extra.items()})
    return sheetxml.merge_values(decorated, recalculated, decoration.highlights)


def _style_of(populated: Populated, sheet: str, cell: str) -> int | None:
    """The style index of a data cell, from its row's XML."""
    m = _REF.fullmatch(cell)
    xml = populated.rows.get(sheet, {}).get(int(m.group(2))) if m else None
    found = re.search(rf'<c r="{cell}" s="(\d+)"', xml) if xml else None
    return int(found.group(1)) if found else None


def _sheet(populated: Populated, styles: Styles,
           placed: list[tuple[Finding, str | None]]) -> dict[int, str]:
    wb = populated.wb
    if SHEET in wb.sheetnames:
        del wb[SHEET]
    ws = wb.create_sheet(SHEET, index=1)
    counts = count_by_severity([f for f, _ in placed])
    ws["A1"] = "Hasil Validasi"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = (f"{counts['error']} galat, {counts['warning']} peringatan, "
                f"{counts['info']} catatan. Klik sel di kolom 'Sel' untuk menuju sel yang "
                "dimaksud; sel itu ditandai kuning dengan pesan sebagai komentar.")
    header = 4
    header_row(ws, header, HEADERS, WIDTHS)
    order = {"error": 0, "warning": 1, "info": 2}
    top = styles.plain(alignment=Alignment(vertical="top"))
    wrap = styles.plain(alignment=Alignment(vertical="top", wrap_text=True))
    link = styles.plain(alignment=Alignment(vertical="top"),
                        font=Font(color="0563C1", underline="single"))
    rows: dict[int, str] = {}
    for n, (f, cell) in enumerate(sorted(placed, key=lambda p: order[p[0].severity]), start=1):
        r = header + n
        values = finding_row(n, f, cell)
        cells = []
        for c, value in enumerate(values, start=1):
            style = wrap if c in (6, 8) else link if (c == 5 and cell) else top
            cells.append(sheetxml.cell(f"{get_column_letter(c)}{r}", style,
                                       None if value == "" else value))
        rows[r] = sheetxml.row(r, cells)
        if cell is not None:  # the link itself is openpyxl's (the <hyperlinks> part)
            ws.cell(r, 5).hyperlink = Hyperlink(ref=f"E{r}",
                                                location=f"{sheet_ref(f.sheet)}!{cell}")
    ws.freeze_panes = f"A{header + 1}"
    ws.auto_filter.ref = f"A{header}:{ws.cell(header, len(HEADERS)).column_letter}" \
                         f"{header + max(len(placed), 1)}"
    return rows


def finding_row(n: int, f: Finding, cell: str | None) -> list[Any]:
    """One row of a Validasi sheet (the columns of HEADERS); *cell* is where it points."""
    return [n, SEVERITY_TEXT[f.severity], f.rule, f.sheet, cell or "", f.row_label, f.column,
            f.message, _plain(f.expected), _plain(f.actual),
            f"{Path(f.file).name}!{f.cell}" if f.file else ""]


def _plain(value: Any) -> Any:
    return value if value is None or isinstance(value, (int, float, str)) else str(value)


def write_json(path: Path, workbook: Path, findings: list[Finding]) -> None:
    payload = {"file": str(workbook), "counts": count_by_severity(findings),
               "findings": [asdict(f) for f in findings]}
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=2, default=str),
                    encoding="utf-8")

