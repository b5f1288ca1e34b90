"""Editing a saved package: rows, styles, comments, links and filters, read back by openpyxl
and by LibreOffice, the reference spreadsheet program."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from lkip_xl.xlsx import libreoffice, sheetxml
from lkip_xl.xlsx.package import _ORDER, Note, SheetEdit, edit

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _workbook() -> tuple[bytes, int]:
    """A small workbook with merged cells, print settings and a second sheet; and a bold
    style's index."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws["A1"], ws["B1"] = "Judul", "Nilai"
    ws["A2"], ws["B2"] = "Satu", 1
    ws.merge_cells("C1:D1")
    ws.page_setup.orientation = "landscape"
    wb.create_sheet("Lain")["A1"] = "x"
    bold = wb.create_sheet("_")
    bold["A1"].font = Font(bold=True)
    style = bold["A1"].style_id
    wb.remove(bold)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue(), style


def _edited() -> tuple[bytes, int]:
    xlsx, bold = _workbook()
    return edit(xlsx, {
        "Data": SheetEdit(
            rows={3: sheetxml.row(3, [sheetxml.cell("A3", 0, "Dua & <tiga>"),
                                      sheetxml.cell("B3", 0, 2)])},
            width=2, styles={"B2": bold},
            notes={"B2": Note("nilai <salah> & perlu dicek", "lkip-xl (validasi)"),
                   "A3": Note("dua baris\nkedua", "lkip-xl")},
            links={"A1": "Lain!A1"}, autofilter="A1:B3"),
        "Lain": SheetEdit(notes={"A1": Note("catatan", "lkip-xl")}),
    }), bold


def test_edits_read_back_by_openpyxl() -> None:
    data, bold = _edited()
    wb = load_workbook(io.BytesIO(data))
    ws = wb["Data"]
    assert [ws["A3"].value, ws["B3"].value] == ["Dua & <tiga>", 2]
    assert ws["B2"].style_id == bold and ws["B2"].font.bold
    assert ws["B2"].comment.text == "nilai <salah> & perlu dicek"
    assert ws["B2"].comment.author == "lkip-xl (validasi)"
    assert ws["A3"].comment.text == "dua baris\nkedua"
    assert ws["A3"].comment.author == "lkip-xl"
    assert ws["A1"].hyperlink.location == "Lain!A1"
    assert ws.auto_filter.ref == "A1:B3"
    assert [str(r) for r in ws.merged_cells.ranges] == ["C1:D1"]
    assert ws.page_setup.orientation == "landscape"
    assert wb["Lain"]["A1"].comment.text == "catatan"


def test_elements_follow_the_schema_order() -> None:
    data, _ = _edited()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        part = sheetxml.sheet_parts(package)["Data"]
        root = ElementTree.fromstring(package.read(part))
        names = [child.tag.removeprefix(MAIN).split("}")[-1] for child in root]
        types = package.read("[Content_Types].xml").decode()
        rels = package.read(part.replace("worksheets/", "worksheets/_rels/") + ".rels").decode()
    after = names[names.index("sheetData") + 1:]
    assert {"autoFilter", "mergeCells", "hyperlinks", "pageSetup", "legacyDrawing"} <= set(after)
    assert after == sorted(after, key=_ORDER.index)
    assert types.count("spreadsheetml.comments+xml") == 2 and 'Extension="vml"' in types
    assert "relationships/comments" in rels and "relationships/vmlDrawing" in rels


def test_note_shapes_get_their_own_id_blocks() -> None:
    xlsx, _ = _workbook()
    many = {f"A{r}": Note(f"catatan {r}", "lkip-xl") for r in range(1, 1501)}
    data = edit(xlsx, {"Data": SheetEdit(notes=many),
                       "Lain": SheetEdit(notes={"A1": Note("x", "lkip-xl")})})
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        drawings = [package.read(n).decode() for n in sorted(package.namelist())
                    if n.endswith(".vml")]
    blocks = [re.search(r'idmap v:ext="edit" data="([\d,]+)"', d).group(1) for d in drawings]
    assert sorted(blocks) == ["1,2", "3"]
    ids = [i for d in drawings for i in re.findall(r'id="_x0000_s(\d+)"', d)]
    assert len(ids) == len(set(ids)) == 1501
    assert load_workbook(io.BytesIO(data))["Data"]["A1500"].comment.text == "catatan 1500"


def test_edit_is_deterministic() -> None:
    assert _edited()[0] == _edited()[0]


@pytest.mark.skipif(libreoffice.soffice() is None,
                    reason=f"LibreOffice tidak terpasang (paket Debian {libreoffice.PACKAGE_HINT})")
def test_libreoffice_reads_the_edits(tmp_path: Path) -> None:
    data, _ = _edited()
    source = tmp_path / "edited.xlsx"
    source.write_bytes(data)
    wb = load_workbook(libreoffice.convert(source, tmp_path / "lo"))
    ws = wb["Data"]
    assert ws["A3"].value == "Dua & <tiga>"
    assert ws["B2"].comment.text == "nilai <salah> & perlu dicek"
    assert ws["A3"].comment.text == "dua baris\nkedua"
    assert wb["Lain"]["A1"].comment.text == "catatan"
    assert ws["B2"].font.bold
    assert ws.auto_filter.ref == "A1:B3"


@pytest.mark.parametrize("compress", [True, False])
def test_the_archive_is_a_valid_zip(compress: bool) -> None:
    xlsx, _ = _workbook()
    data = edit(xlsx, {"Data": SheetEdit(notes={"A1": Note("x", "lkip-xl")})},
                compress=compress)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.testzip() is None  # every part's checksum agrees
        methods = {i.compress_type for i in package.infolist()}
        assert methods == ({zipfile.ZIP_DEFLATED} if compress else {zipfile.ZIP_STORED})
        with zipfile.ZipFile(io.BytesIO(xlsx)) as original:
            assert set(original.namelist()) < set(package.namelist())
            assert package.read("xl/styles.xml") == original.read("xl/styles.xml")
