"""Compare .xlsx files part by part, as XlsxWriter's tests do.

An .xlsx is a zip of XML parts.  Two workbooks have the same contents when
every part, parsed and canonicalised, is equal; the document properties
(creation and modification times) are left out.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree.ElementTree import canonicalize

IGNORED_PARTS = {"docProps/core.xml"}


def xlsx_parts(path: str | Path) -> dict[str, str]:
    """Canonical XML text of every part of the workbook, by part name."""
    parts = {}
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            if name in IGNORED_PARTS:
                continue
            data = z.read(name)
            if name.endswith((".xml", ".rels")):
                parts[name] = canonicalize(data.decode("utf-8"), strip_text=True)
            else:
                parts[name] = data.hex()
    return parts


def differing_parts(a: str | Path, b: str | Path) -> list[str]:
    """Names of the parts that differ (or exist in only one of the files)."""
    pa, pb = xlsx_parts(a), xlsx_parts(b)
    return sorted(n for n in pa.keys() | pb.keys() if pa.get(n) != pb.get(n))
