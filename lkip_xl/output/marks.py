"""The validation written into the final workbook: the Validasi sheet, highlights, comments.

Fill validates what it fills.  Each finding names the cell where staff fix it, in the data
workbook, and the same cell of the final workbook when the rule or the row's place tells
it (:attr:`~lkip_xl.model.findings.Finding.final_cell`).  That cell is highlighted and gets
the message as a comment, and the ``Validasi`` sheet lists every finding: its cell in the
final workbook (a link, when it has one) and its place in the data workbook.  The same
findings go to ``<instansi>-<tahun>-validasi.json`` beside the workbook.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.styles import Font

from lkip_xl.model import outline
from lkip_xl.model.findings import SEVERITY_TEXT, Finding, count_by_severity
from lkip_xl.xlsx import a1, sheetxml
from lkip_xl.xlsx.package import Note, SheetEdit
from lkip_xl.xlsx.styles import header_row

if TYPE_CHECKING:
    from lkip_xl.book.populate import Populated

SHEET = "Validasi"
AUTHOR = "lkip-xl (validasi)"
HEADERS = ("No", "Tingkat", "Aturan", "Lembar", "Sel", "Baris", "Kolom", "Pesan",
           "Seharusnya", "Tertulis", "Di buku kerja data")
WIDTHS = (5, 11, 24, 18, 8, 36, 18, 80, 16, 16, 30)


def prepare_sheet(wb: Any) -> None:
    """The Validasi sheet (replacing the template's, if any): title and header; the rows
    come with the findings (:class:`Marks`)."""
    if SHEET in wb.sheetnames:
        del wb[SHEET]
    ws = wb.create_sheet(SHEET, index=1)
    ws["A1"] = "Hasil Validasi"
    ws["A1"].font = Font(bold=True, size=14)
    header_row(ws, _HEADER, HEADERS, WIDTHS)
    ws.freeze_panes = f"A{_HEADER + 1}"


_HEADER = 4  # the Validasi sheet's header row


class Marks:
    """The marks findings leave on the final workbook: each finding's cell highlighted with
    the message as a comment, a row of the Validasi sheet, a line of the JSON report.

    Built as the findings come in: fill adds the findings about the data while the
    engine recalculates, and those that need computed values after it.
    """

    def __init__(self, populated: Populated) -> None:
        self._populated = populated
        self._notes = {sheet: dict(cells) for sheet, cells in populated.notes.items()}
        self._highlights: dict[str, dict[str, int]] = {}
        self._rows: list[tuple[Finding, str | None, str]] = []  # finding, its cell, row XML
        self._json: list[str] = []
        self.findings: list[Finding] = []

    def add(self, findings: list[Finding]) -> None:
        for f in findings:
            cell = f.final_cell or None
            self.findings.append(f)
            self._rows.append((f, cell, self._row(f, cell)))
            self._json.append(_dumps(f.as_dict()))
            if cell is not None and f.severity != "info":
                self._note(f, cell)

    def _note(self, f: Finding, cell: str) -> None:
        notes = self._notes.setdefault(f.sheet, {})
        line = f"[{SEVERITY_TEXT[f.severity]}] {f.message}"
        note = notes.get(cell)
        if note is None:
            notes[cell] = Note(line, AUTHOR)
            style = _style_of(self._populated, f.sheet, cell)
            if style is not None:  # a cell fill marked unreadable keeps that mark
                self._highlights.setdefault(f.sheet, {})[cell] = \
                    self._populated.highlight[style]
        elif f.message not in note.text:
            notes[cell] = Note(f"{note.text}\n{line}", note.author)

    def _row(self, f: Finding, cell: str | None) -> str:
        """The cells of the finding's Validasi row after its number, as sheet XML with the
        row number left open (\\x00): it is known when the rows are ranked."""
        styles = self._populated.text_styles
        cells = []
        for c, value in enumerate(finding_row(0, f, cell)[1:], start=2):
            style = styles["wrap"] if c in (6, 8) else \
                styles["link"] if (c == 5 and cell) else styles["top"]
            cells.append(sheetxml.cell(f"{_LETTERS[c]}\x00", style,
                                       None if value == "" else value))
        return "".join(cells)

    def edits(self) -> dict[str, SheetEdit]:
        """How the findings mark the recalculated package (:func:`lkip_xl.xlsx.package.edit`)."""
        edits = {sheet: SheetEdit(styles=self._highlights.get(sheet, {}), notes=notes)
                 for sheet, notes in self._notes.items()}
        for sheet, styles in self._highlights.items():
            edits.setdefault(sheet, SheetEdit(styles=styles))
        counts = count_by_severity(self.findings)
        rows = {2: sheetxml.row(2, [sheetxml.cell("A2", 0, (
            f"{counts['error']} galat, {counts['warning']} peringatan, "
            f"{counts['info']} catatan. Klik sel di kolom 'Sel' untuk menuju sel yang "
            "dimaksud; sel itu ditandai kuning dengan pesan sebagai komentar."))])}
        links = {}
        order = {"error": 0, "warning": 1, "info": 2}
        # by severity, then as the report's outline orders the tables
        ranked = sorted(self._rows, key=lambda item: (
            order[item[0].severity], outline.ORDER.get(item[0].sheet, len(outline.ORDER)),
            a1.order(item[0].cell)))
        top = self._populated.text_styles["top"]
        for n, (f, cell, xml) in enumerate(ranked, start=1):
            r = str(_HEADER + n)
            rows[_HEADER + n] = sheetxml.row(_HEADER + n, [sheetxml.cell(f"A{r}", top, n),
                                                           xml.replace("\x00", r)])
            if cell is not None:
                links["E" + r] = a1.location(f.sheet, cell)
        last = _LETTERS[len(HEADERS)]
        edits[SHEET] = SheetEdit(rows=rows, width=len(HEADERS), links=links,
                                 autofilter=f"A{_HEADER}:{last}{_HEADER + max(len(ranked), 1)}")
        return edits

    def json(self, workbook: Path, sha256: str) -> str:
        """The JSON report beside *workbook* (whose content has the hash *sha256*): the
        counts, then the findings one a line."""
        items = ",\n".join(f"    {line}" for line in self._json)
        return (f'{{\n  "file": {_dumps(str(workbook))},\n'
                f'  "sha256": {_dumps(sha256)},\n'
                f'  "counts": {_dumps(count_by_severity(self.findings))},\n'
                f'  "findings": [\n{items}\n  ]\n}}\n')


_LETTERS = {c: a1.letter(c) for c in range(1, len(HEADERS) + 1)}


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _style_of(populated: Populated, sheet: str, cell: str) -> int | None:
    """The style index of a data cell, from its row as written."""
    row = a1.row_of(cell)
    return sheetxml.style_of(populated.rows.get(sheet, {}).get(row, ""), cell) if row else None


def finding_row(n: int, f: Finding, cell: str | None) -> list[Any]:
    """One row of a Validasi sheet (the columns of HEADERS); *cell* is the finding's cell in
    the workbook the sheet is in (sheet and cell are left empty when it has none)."""
    return [n, SEVERITY_TEXT[f.severity], f.rule, f.sheet if cell else "", cell or "",
            f.row_label, f.column, f.message, _plain(f.expected), _plain(f.actual),
            place(f)]


def place(f: Finding) -> str:
    """Where a finding is in the file it names: "data.xlsx › Tabel 2.5 › E7"."""
    parts = [_file_name(f.file) if f.file else "", f.sheet, f.cell]
    return " › ".join(p for p in parts if p)


@functools.lru_cache(maxsize=64)
def _file_name(path: str) -> str:
    return Path(path).name


def _plain(value: Any) -> Any:
    return value if value is None or isinstance(value, (int, float, str)) else str(value)
