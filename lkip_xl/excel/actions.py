"""The actions behind the buttons in Excel, through xlwings.

Staff work in their data workbook (``lkip-xl init --xlsm``).  Its ``Menu`` sheet
has a list of actions and one Run button bound to xlwings' ``SampleCall``
macro, which runs ``main()`` of the Python module named like the workbook; that
module calls :func:`main` here.  The same actions run under xlwings Lite as
``@script`` functions (:mod:`lkip_xl.excel.lite`).

Every action works through the same library functions as the CLI: the open
book's data is read (from its saved file on the desktop, or from the values
xlwings passes when there is no file), the action runs, and its outcome is
written back into the book: the ``Validasi`` and ``Narasi`` sheets, the cells
with findings highlighted and noted, the status on the Menu sheet and an alert.
Nothing the user typed is changed.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from lkip_xl.model.errors import LkipError, internal_message
from lkip_xl.model.findings import Finding, count_by_severity
from lkip_xl.output import narrative
from lkip_xl.output.marks import HEADERS, finding_row
from lkip_xl.output.marks import SHEET as VALIDASI

MENU = "Menu"
ACTION_CELL = "B4"  # the dropdown of actions
STATUS_CELL = "B7"
LAST_FINAL_CELL = "B8"  # where the last final workbook was written
ACTIONS = {
    "Isi dan hitung ulang": "fill",
    "Validasi": "validate",
    "Ekspor PDF": "export",
}
HIGHLIGHT = (255, 235, 156)


@dataclass
class Outcome:
    action: str
    message: str  # Bahasa Indonesia, shown on the Menu sheet and in an alert
    findings: list[Finding] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)


def main() -> None:
    """Entry point of the Run button (``SampleCall`` -> ``<workbook>.main()`` -> here)."""
    import xlwings as xw

    run(xw.Book.caller())


def run(book: Any, action: str | None = None) -> Outcome:
    """Run the action chosen on the Menu sheet (or *action*) on *book*."""
    menu = book.sheets[MENU] if MENU in [s.name for s in book.sheets] else None
    chosen = action or (menu[ACTION_CELL].value if menu is not None else None) or "Validasi"
    name = ACTIONS.get(str(chosen), str(chosen))
    try:
        if name == "fill":
            outcome = _fill(book)
        elif name == "validate":
            outcome = _validate(book)
        elif name == "export":
            outcome = _export(book)
        else:
            outcome = Outcome(name, f"Aksi '{chosen}' tidak dikenal; pilih salah satu: "
                              + ", ".join(ACTIONS))
    except LkipError as exc:
        outcome = Outcome(name, f"Gagal: {exc}")
    except Exception as exc:  # never a traceback in the staff's Excel
        outcome = Outcome(name, f"Gagal: {internal_message(exc)}")
    if menu is not None:
        menu[STATUS_CELL].value = outcome.message
        if outcome.outputs and name == "fill":
            menu[LAST_FINAL_CELL].value = str(outcome.outputs[0])
    _alert(book, outcome.message)
    return outcome


def isi(book: Any) -> None:
    """Fill and recalculate (the action 'Isi dan hitung ulang')."""
    run(book, "fill")


def validasi(book: Any) -> None:
    """Validate the data (the action 'Validasi')."""
    run(book, "validate")


def ekspor_pdf(book: Any) -> None:
    """Write the PDF of the last final workbook (the action 'Ekspor PDF')."""
    run(book, "export")


# --------------------------------------------------------------------------


def _fill(book: Any) -> Outcome:
    from lkip_xl.jobs.fill import fill

    source, folder = _data_file(book)
    status = book.sheets[MENU][STATUS_CELL] if MENU in [s.name for s in book.sheets] else None

    def progress(stage: str, done: int, total: int) -> None:
        if status is not None:  # shown live on the desktop (RunPython)
            status.value = f"{stage} ({done}/{total})"

    result = fill([source], out_dir=folder, force=True, pdf=True, progress=progress)
    _write_findings(book, result.findings)
    texts = narrative.read_sheet(result.output)
    _write_sheet(book, narrative.SHEET, [["Kunci", "Judul", "Teks", "Asal"]]
                 + [[p.key, p.title, p.text, p.origin] for p in texts])
    counts = count_by_severity(result.findings)
    outputs = [p for p in (result.output, result.pdf, result.validation) if p]
    return Outcome("fill", f"Selesai: {result.rows} baris, {result.formulas} rumus; "
                   f"{counts['error']} galat, {counts['warning']} peringatan. Hasil: "
                   f"{result.output}", result.findings, outputs)


def _validate(book: Any) -> Outcome:
    from lkip_xl.jobs.validate import validate

    source, _ = _data_file(book)
    report = validate(source)
    _write_findings(book, report.findings)
    counts = count_by_severity(report.findings)
    return Outcome("validate", f"Validasi selesai: {counts['error']} galat, "
                   f"{counts['warning']} peringatan, {counts['info']} catatan "
                   f"(lembar {VALIDASI}).", report.findings)


def _export(book: Any) -> Outcome:
    from lkip_xl.output.pdf import export

    final = book.sheets[MENU][LAST_FINAL_CELL].value if MENU in [s.name for s in
                                                                  book.sheets] else None
    if not final or not Path(str(final)).is_file():
        return Outcome("export", "Belum ada buku kerja akhir: jalankan 'Isi dan hitung ulang' "
                       "lebih dulu.")
    pdf = export(Path(str(final)), force=True)
    return Outcome("export", f"PDF ditulis: {pdf}", outputs=[pdf])


def _data_file(book: Any) -> tuple[Path, Path]:
    """The book as a data workbook file, and the folder for outputs.

    On the desktop the book is saved and its own file is used (outputs go to
    ``hasil`` beside it); without a file (xlwings' remote interpreter, Lite)
    its values are written to a temporary workbook.
    """
    fullname = Path(str(getattr(book, "fullname", "") or ""))
    if fullname.suffix.lower() in (".xlsx", ".xlsm") and fullname.is_file():
        book.save()
        return fullname, fullname.parent / "hasil"
    folder = Path(tempfile.mkdtemp(prefix="lkip-xl-"))
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in book.sheets:
        ws = wb.create_sheet(sheet.name)
        values = sheet.used_range.value
        if not isinstance(values, list):
            values = [[values]]
        elif values and not isinstance(values[0], list):
            values = [values]
        for row in values:
            ws.append([_plain(v) for v in row])
    path = folder / "data.xlsx"
    wb.save(path)
    return path, folder / "hasil"


def _plain(value: Any) -> Any:
    return value if value is None or isinstance(value, (int, float, str, bool)) else str(value)


def _write_findings(book: Any, findings: Sequence[Finding]) -> None:
    """The Validasi sheet, and the book's own cells that findings point at, highlighted."""
    rows = [list(HEADERS)] + [finding_row(n, f, f.cell)
                              for n, f in enumerate(findings, start=1)]
    _write_sheet(book, VALIDASI, rows)
    names = {s.name for s in book.sheets}
    by_cell: dict[tuple[str, str], list[str]] = {}
    for f in findings:
        if f.file and f.sheet in names and f.cell and f.severity != "info":
            by_cell.setdefault((f.sheet, f.cell), []).append(f.message)
    for (sheet, address), messages in by_cell.items():
        cell = book.sheets[sheet][address]
        cell.color = HIGHLIGHT
        # no notes on this client, or the user's own note there: the Validasi sheet lists it
        with contextlib.suppress(NotImplementedError, AttributeError, ValueError):
            cell.add_note("lkip-xl: " + "\n".join(messages))


def _write_sheet(book: Any, name: str, rows: list[list[Any]]) -> None:
    names = [s.name for s in book.sheets]
    sheet = book.sheets[name] if name in names else book.sheets.add(name, after=book.sheets[-1])
    sheet.clear_contents()
    width = max(len(r) for r in rows)
    sheet["A1"].value = [list(r) + [None] * (width - len(r)) for r in rows]


def _alert(book: Any, message: str) -> None:
    with contextlib.suppress(Exception):  # no dialog where the client cannot show one
        book.app.alert(message, title="lkip-xl")
