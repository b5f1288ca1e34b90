"""``lkip-xl init --xlsm``: a macro-enabled working workbook with buttons.

The workbook is written with XlsxWriter.  Its VBA project is taken, at run
time, from the standalone quickstart workbook that the installed xlwings
package ships (reading ``xl/vbaProject.bin`` out of the zip, as XlsxWriter's
``vba_extract`` does) — no binary is kept in this repository.  In that project
the only macro a button can call is ``SampleCall``: it runs ``main()`` of the
Python module named like the workbook.  So the ``Menu`` sheet has a list of
actions and one Run button bound to ``SampleCall``; the module written beside
the workbook calls :func:`lkip_xl.excel.main`, which runs the chosen action.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import xlsxwriter

from lkip_xl.book.inputbook import check_year
from lkip_xl.excel.actions import ACTION_CELL, ACTIONS, LAST_FINAL_CELL, MENU, STATUS_CELL
from lkip_xl.model import schema
from lkip_xl.xlsx.files import Outputs

CONF_SHEET = "xlwings.conf"
# The settings users need (xlwings reads this sheet when it is named xlwings.conf).
CONF = (
    ("Interpreter_Win", "", "Jalur python.exe, misalnya C:\\Users\\nama\\lkip\\.venv\\Scripts"
                            "\\python.exe (kosong: python di PATH)"),
    ("Interpreter_Mac", "", "Jalur python di Mac (kosong: python di PATH)"),
    ("PYTHONPATH", "", "Folder tambahan untuk modul Python (kosong: folder buku kerja ini)"),
    ("Conda Path", "", "Bila memakai Anaconda: folder instalasinya"),
    ("Conda Env", "", "Bila memakai Anaconda: nama environment"),
    ("Show Console", "False", "True untuk menampilkan jendela konsol saat Python berjalan"),
)
MODULE = '''"""Modul yang dijalankan tombol 'Jalankan' di lembar Menu (xlwings: SampleCall)."""

from lkip_xl.excel import main  # noqa: F401
'''


def vba_project() -> bytes:
    """The VBA project of xlwings' standalone quickstart workbook (installed package)."""
    import xlwings

    source = Path(xlwings.__file__).parent / "quickstart_standalone.xlsm"
    with zipfile.ZipFile(source) as package:
        return package.read("xl/vbaProject.bin")


def new_xlsm(path: str | Path, *, tahun: int, instansi: str, force: bool = False) -> Path:
    """Write the working workbook *path* (.xlsm) and its Python module beside it."""
    check_year(tahun, "--tahun")
    path = Path(path).with_suffix(".xlsm")
    module = path.with_suffix(".py")
    with Outputs([path, module], force=force) as files:  # both, or neither
        files.put_with(path, lambda tmp: _write(tmp, tahun, instansi))
        files.put(module, MODULE.encode("utf-8"))
    return path


def _write(target: Path, tahun: int, instansi: str) -> None:
    import io

    wb = xlsxwriter.Workbook(str(target))
    wb.add_vba_project(io.BytesIO(vba_project()), is_stream=True)
    wb.set_vba_name("ThisWorkbook")
    bold = wb.add_format({"bold": True})
    head = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True})
    title = wb.add_format({"bold": True, "font_size": 14})
    _menu(wb, title, bold)
    _identity(wb, head, tahun, instansi)
    for tbl in schema.TABLES:
        ws = wb.add_worksheet(tbl.sheet)
        for c, col in enumerate(tbl.input_columns):
            ws.write(0, c, col.header_for(schema.Years.default(tahun)), head)
            ws.set_column(c, c, col.width)
        ws.freeze_panes(1, 0)
    conf = wb.add_worksheet(CONF_SHEET)
    for r, (key, value, note) in enumerate(CONF):
        conf.write(r, 0, key)
        conf.write(r, 1, value)
        conf.write(r, 3, note)
    conf.set_column(0, 0, 18)
    conf.set_column(1, 1, 40)
    conf.set_column(3, 3, 70)
    wb.close()


def _menu(wb: xlsxwriter.Workbook, title: object, bold: object) -> None:
    ws = wb.add_worksheet(MENU)
    ws.write("A1", "lkip-xl: menyusun LKIP dari buku kerja ini", title)
    ws.write("A2", "Isi data di lembar-lembar tabel, pilih aksi, lalu tekan tombol Jalankan.")
    ws.write("A4", "Aksi", bold)
    ws.write(ACTION_CELL, next(iter(ACTIONS)))
    ws.data_validation(ACTION_CELL, {"validate": "list", "source": list(ACTIONS),
                                     "input_title": "Aksi lkip-xl",
                                     "input_message": "Pilih aksi, lalu tekan Jalankan"})
    ws.insert_button("D4", {"macro": "SampleCall", "caption": "Jalankan", "width": 110,
                            "height": 28})
    ws.write(STATUS_CELL.replace("B", "A"), "Status", bold)
    ws.write(LAST_FINAL_CELL.replace("B", "A"), "Hasil terakhir", bold)
    ws.set_column("A:A", 16)
    ws.set_column("B:B", 60)
    ws.activate()


def _identity(wb: xlsxwriter.Workbook, head: object, tahun: int, instansi: str) -> None:
    ws = wb.add_worksheet(schema.IDENTITY_SHEET)
    ws.write_row(0, 0, ["Data", "Isi"], head)
    for r, f in enumerate(schema.IDENTITY, start=1):
        ws.write(r, 0, f.label)
        if f.key == "tahun":
            ws.write_number(r, 1, tahun)
        elif f.key == "instansi":
            ws.write(r, 1, instansi)
    ws.set_column(0, 0, 28)
    ws.set_column(1, 1, 70)
