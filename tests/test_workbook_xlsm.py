"""lkip-xl init --xlsm: the macro-enabled working workbook, checked part by part without Excel."""

from __future__ import annotations

import io
import re
import struct
import zipfile
from pathlib import Path

import olefile
import pytest
from click.testing import CliRunner

from lkip_xl.book.inputbook import read_input
from lkip_xl.cli.commands import cli
from lkip_xl.excel.actions import ACTIONS
from lkip_xl.excel.xlsm import CONF_SHEET, vba_project
from lkip_xl.model import schema
from lkip_xl.rules import check_data


def decompress(data: bytes) -> bytes:
    """MS-OVBA 2.4.1 decompression of a VBA module's source."""
    out = bytearray()
    pos = 1  # signature byte 0x01
    while pos < len(data):
        header = struct.unpack_from("<H", data, pos)[0]
        size = (header & 0x0FFF) + 3
        end = pos + size
        pos += 2
        start = len(out)
        if not header & 0x8000:  # uncompressed chunk
            out += data[pos:pos + 4096]
            pos = end
            continue
        while pos < end:
            flags = data[pos]
            pos += 1
            for bit in range(8):
                if pos >= end:
                    break
                if not flags & (1 << bit):
                    out.append(data[pos])
                    pos += 1
                    continue
                token = struct.unpack_from("<H", data, pos)[0]
                pos += 2
                done = len(out) - start
                bits = max((done - 1).bit_length(), 4)
                length = (token & (0xFFFF >> bits)) + 3
                offset = (token >> (16 - bits)) + 1
                for _ in range(length):
                    out.append(out[-offset])
    return bytes(out)


def vba_sources(project: bytes) -> str:
    """The source text of every module of a vbaProject.bin (compressed streams decoded)."""
    ole = olefile.OleFileIO(io.BytesIO(project))
    texts = []
    for entry in ole.listdir():
        if entry[0] == "VBA" and entry[-1] not in ("dir", "_VBA_PROJECT") and \
                not entry[-1].startswith("__SRP"):
            raw = ole.openstream(entry).read()
            for i in range(len(raw)):  # the compressed source starts at a 0x01 signature
                if raw[i] != 1:
                    continue
                try:
                    text = decompress(raw[i:]).decode("latin-1")
                except (IndexError, struct.error):
                    continue
                if "Attribute VB_Name" in text:
                    texts.append(text)
                    break
    return "\n".join(texts)


@pytest.fixture(scope="module")
def xlsm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("xlsm") / "lkip-2021.xlsm"
    result = CliRunner().invoke(cli, ["init", str(out), "--tahun", "2021", "--instansi",
                                      "Dinas Contoh", "--xlsm"], prog_name="lkip-xl")
    assert result.exit_code == 0, result.output
    assert result.stdout == (f"Buku kerja bermakro ditulis: {out} "
                             f"(modul: {out.with_suffix('.py')})\n")
    return out


def test_macro_enabled_with_the_vba_project_of_xlwings(xlsm: Path) -> None:
    with zipfile.ZipFile(xlsm) as z:
        types = z.read("[Content_Types].xml").decode()
        assert "application/vnd.ms-excel.sheet.macroEnabled.main+xml" in types
        assert z.read("xl/vbaProject.bin") == vba_project()
    source = vba_sources(vba_project())
    assert re.search(r"Sub SampleCall\(\)", source)
    assert "RunPython" in source and ".main()" in source  # runs <module named like book>.main()


def test_every_button_calls_a_macro_of_the_project(xlsm: Path) -> None:
    with zipfile.ZipFile(xlsm) as z:
        drawings = [n for n in z.namelist() if n.endswith(".vml")]
        macros = [m for n in drawings
                  for m in re.findall(r"<x:FmlaMacro>\[0\]!([^<]+)</x:FmlaMacro>",
                                      z.read(n).decode())]
    assert macros == ["SampleCall"]
    subs = set(re.findall(r"Sub (\w+)\(", vba_sources(vba_project())))
    assert set(macros) <= subs


def test_menu_conf_data_sheets_and_module(xlsm: Path) -> None:
    with zipfile.ZipFile(xlsm) as z:
        names = re.findall(r'<sheet name="([^"]+)"', z.read("xl/workbook.xml").decode())
        menu = z.read("xl/worksheets/sheet1.xml").decode()
    assert names[:2] == ["Menu", schema.IDENTITY_SHEET] and CONF_SHEET in names
    assert all(t.sheet in names for t in schema.TABLES)
    assert '<dataValidation type="list"' in menu
    assert ",".join(ACTIONS) in menu.replace("&quot;", "")
    module = xlsm.with_suffix(".py").read_text(encoding="utf-8")
    assert "from lkip_xl.excel import main" in module
    data = read_input(xlsm)  # the data sheets are found; the identity is to fill
    assert any(f.rule == "value.identitas_kosong" for f in check_data(data))
