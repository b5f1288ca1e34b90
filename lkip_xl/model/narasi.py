"""The paragraphs of the narrative, and those staff edited in an earlier final workbook.

The narrative is generated (:mod:`lkip_xl.output.narrative`) and written into the
``Narasi`` sheet of the final workbook, where staff may edit it; an edited paragraph is
kept when fill runs again with that workbook as ``--sebelumnya``, and the narrative rules
(:mod:`lkip_xl.rules.narasi`) report it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from lkip_xl.model.numbers import parse_number

SHEET = "Narasi"
HEADERS = ("Kunci", "Bagian", "Judul", "Teks", "Asal", "Teks dibuat lkip-xl")
TEXT_COLUMN = "D"  # where a paragraph's text is
FIRST_ROW = 2


@dataclass(frozen=True)
class Paragraph:
    key: str  # stable: "ikhtisar", "indikator.IK01", "anggaran", "penutup"
    section: str  # where it goes in the report
    title: str
    text: str


@dataclass(frozen=True)
class Shown:
    """A paragraph of the Narasi sheet to print: its key, place, title, text and origin."""

    key: str
    section: str
    title: str
    text: str
    origin: str


@dataclass(frozen=True)
class Previous:
    """A paragraph of an earlier final workbook: what it says, and what lkip-xl wrote."""

    text: str
    generated: str
    title: str = ""
    row: int = 0  # its row in that workbook's Narasi sheet
    section: str = ""  # where it goes ("BAB I › 1.1 Latar Belakang")
    origin: str = ""  # dibuat, diubah staf, staf, …

    @property
    def edited(self) -> bool:
        return bool(self.text.strip()) and " ".join(self.text.split()) != \
            " ".join(self.generated.split())


_NUMBER = re.compile(r"(?:Rp\.?\s*)?\d[\d.,]*%?")


def figures(text: str) -> Counter[float]:
    """The numbers a text states, with how often it states each."""
    out: Counter[float] = Counter()
    for m in _NUMBER.finditer(text):
        parsed = parse_number(m.group(0).rstrip(".,"))
        if parsed.value is not None:
            out[round(float(parsed.value), 6)] += 1
    return out
