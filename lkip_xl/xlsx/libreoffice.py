"""LibreOffice headless: the reference spreadsheet engine.

Used by the differential tests and the benchmarks to recalculate a workbook
with an independent engine.  LibreOffice runs with a private profile whose
settings force a full recalculation of .xlsx files on load, so cached values
(ours) are never simply carried over.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from lkip_xl.model.errors import LkipError

PACKAGE_HINT = "libreoffice-calc-nogui"

_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
 <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
 <prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


class LibreOfficeError(LkipError):
    """LibreOffice is missing or failed."""


def soffice() -> str | None:
    """Path of the soffice program, or None when LibreOffice is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(source: Path, out_dir: Path, target: str = "xlsx", timeout: float = 600) -> Path:
    """Open *source* in LibreOffice, recalculate, and save it as *target* in *out_dir*."""
    program = soffice()
    if program is None:
        raise LibreOfficeError(f"LibreOffice (soffice) tidak ditemukan; pasang paket "
                               f"{PACKAGE_HINT}")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lkip-lo-") as profile:
        user = Path(profile) / "user"
        user.mkdir()
        (user / "registrymodifications.xcu").write_text(_PROFILE, encoding="utf-8")
        done = subprocess.run(
            [program, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
             "--norestore", "--convert-to", target, "--outdir", str(out_dir), str(source)],
            capture_output=True, text=True, timeout=timeout, check=False,
        )
    result = out_dir / f"{source.stem}.{target.split(':')[0]}"
    if done.returncode != 0 or not result.exists():
        raise LibreOfficeError(f"LibreOffice gagal mengonversi {source.name}: "
                               f"{done.stderr.strip() or done.stdout.strip()}")
    return result
