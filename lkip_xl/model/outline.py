"""The outline of the report: chapters, their sections, and in each the tables and the
paragraphs it shows, in order (Permen PANRB 53/2014).

The one description of the document, as :mod:`lkip_xl.model.schema` is of the data: the
PDF follows it, the narrative names a paragraph's place by it, the template and the PDF
take a table's number and caption from it, the Validasi sheet lists findings in its
order, and the staff's guide says where a table appears.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Shown:
    """A table as the report shows it: its caption (``{instansi}``, ``{tahun}``,
    ``{tahun_lalu}``, ``{jabatan}``, ``{renstra}`` come from the identity).  Its number
    comes from its place among the tables the report has (:func:`numbers`)."""

    sheet: str
    caption: str
    printed: bool = True  # False: data behind the report's text, not printed as a table

    def title(self, values: Mapping[str, object], number: str = "") -> str:
        """The full title: "Tabel 2.5 Anggaran Dinas Contoh Tahun 2021"."""
        try:
            caption = self.caption.format(**{k: "" if v is None else v
                                             for k, v in values.items()})
        except (KeyError, IndexError):
            caption = self.caption
        return f"{number} {caption}" if number else caption


@dataclass(frozen=True)
class Section:
    title: str  # as the report prints it: "2.2 Program, Kegiatan dan Pendanaan"
    tables: tuple[Shown, ...] = ()
    paragraphs: tuple[str, ...] = ()  # narrative keys; "indikator": one per indicator


@dataclass(frozen=True)
class Chapter:
    label: str  # "BAB I"; "" for the front matter
    title: str  # "PENDAHULUAN"
    sections: tuple[Section, ...]


def _staff(number: str, by: str) -> Shown:
    return Shown(f"Tabel {number}", f"Komposisi PNS {{instansi}} Berdasarkan {by}")


OUTLINE: tuple[Chapter, ...] = (
    Chapter("", "KATA PENGANTAR", (Section("Kata Pengantar", paragraphs=("kata_pengantar",)),)),
    Chapter("", "IKHTISAR EKSEKUTIF", (Section("Ikhtisar Eksekutif", paragraphs=("ikhtisar",)),)),
    Chapter("BAB I", "PENDAHULUAN", (
        Section("1.1 Latar Belakang", paragraphs=("pendahuluan",)),
        Section("1.2 Sumber Daya Manusia", (
            Shown("Tabel 1.1", "Komposisi Pegawai {instansi}"),
            _staff("1.2", "Golongan"), _staff("1.3", "Eselon"), _staff("1.4", "Pendidikan"))),
    )),
    Chapter("BAB II", "PERENCANAAN KINERJA", (
        Section("2.1 Tujuan, Sasaran, Strategi dan Arah Kebijakan", (
            Shown("Tabel 2.1", "Tujuan {instansi}"),
            Shown("Tabel 2.2", "Sasaran/Indikator Kinerja Utama {instansi} Tahun {renstra}"),
            Shown("Tabel 2.3", "Strategi dan Arah Kebijakan Jangka Menengah {instansi}"),
        )),
        Section("2.2 Program, Kegiatan dan Pendanaan", (
            Shown("Tabel 2.4", "Program dan Kegiatan {instansi} Tahun {tahun}"),
            Shown("Tabel 2.5", "Anggaran {instansi} Tahun {tahun}"),
        )),
        Section("2.3 Perjanjian Kinerja", (
            Shown("Tabel 2.6", "Perjanjian Kinerja {jabatan} Tahun {tahun}"),
            Shown("Tabel 2.6 Program",
                  "Program dan Anggaran Perjanjian Kinerja {jabatan} Tahun {tahun}"),
        )),
    )),
    Chapter("BAB III", "AKUNTABILITAS KINERJA", (
        Section("A. Capaian Kinerja", (
            Shown("Tabel 3.1", "Realisasi Sasaran/Indikator Kinerja {instansi} Tahun {tahun}"),
            Shown("Tabel 3.2", "Perbandingan Realisasi s.d. Tahun {tahun} dengan Target Jangka "
                  "Menengah Renstra"),
            Shown("Tabel 3.3", "Realisasi Program (Outcome) {instansi} Tahun {tahun}"),
            Shown("Tabel 3.4", "Perbandingan Realisasi Tahun {tahun} dengan Tahun {tahun_lalu}"),
            Shown("Capaian Sasaran", "Rata-rata Capaian Kinerja per Sasaran Tahun {tahun}"),
        ), paragraphs=("sasaran",)),
        Section("Analisis Capaian per Indikator", (
            Shown("Analisis Indikator", "Analisis Capaian per Indikator Kinerja Tahun {tahun}",
                  printed=False),
            Shown("Analisis Kegiatan", "Kegiatan Pendukung per Indikator Kinerja Tahun {tahun}",
                  printed=False),
            Shown("Ringkasan Capaian", "Ringkasan Capaian Kinerja per Sasaran Tahun {tahun}",
                  printed=False),
        ), paragraphs=("indikator",)),
        Section("B. Realisasi Anggaran", (
            Shown("Realisasi Anggaran", "Realisasi Anggaran {instansi} Tahun {tahun}"),
            Shown("Anggaran Sasaran", "Anggaran dan Realisasi per Sasaran Tahun {tahun}"),
        ), paragraphs=("anggaran",)),
        Section("C. Efisiensi Penggunaan Sumber Daya", (
            Shown("Efisiensi Program", "Capaian Kinerja dan Serapan Anggaran per Program "
                  "Tahun {tahun}"),
        ), paragraphs=("efisiensi",)),
    )),
    Chapter("BAB IV", "PENUTUP", (
        Section("Ringkasan Capaian", (
            Shown("Penutup", "Ringkasan Capaian Indikator Kinerja Tahun {tahun}"),
        ), paragraphs=("penutup",)),
    )),
)

# How a report numbers its tables (Pengaturan, Penomoran Tabel): within each chapter
# (Tabel 2.5) or through the report (Tabel 7).
CHAPTER, SEQUENTIAL = "per bab", "urut"
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}


def numbers(present: Collection[str] | None = None, mode: str = CHAPTER,
            extras: Mapping[str, Sequence[str]] | None = None) -> dict[str, str]:
    """What each printed table is called: "Tabel 2.5", counted among the tables the report
    has (*present*; all, when None) in the outline's order, per chapter or through the
    report (*mode*).  *extras*: the report's own tables (sheets Tambahan …) by the
    section they end (:func:`section_of`)."""
    out: dict[str, str] = {}
    sequential = str(mode).strip().lower() == SEQUENTIAL
    count = 0
    for chapter in OUTLINE:
        within = 0
        for section in chapter.sections:
            sheets = [shown.sheet for shown in section.tables if shown.printed
                      and (present is None or shown.sheet in present)]
            for sheet in [*sheets, *(extras or {}).get(section.title, ())]:
                count, within = count + 1, within + 1
                bab = _ROMAN.get(chapter.label.removeprefix("BAB ").strip(), 0)
                out[sheet] = f"Tabel {count}" if sequential or not bab \
                    else f"Tabel {bab}.{within}"
    return out


# Where a table of the report's own goes when its Bagian names no part of the outline.
EXTRA_DEFAULT = "C. Efisiensi Penggunaan Sumber Daya"


def section_of(text: str) -> str | None:
    """The title of the section *text* names: a section's title with or without its number
    ("2.2 Program, Kegiatan dan Pendanaan", "Program, Kegiatan dan Pendanaan"), or a
    chapter ("BAB III", "Akuntabilitas Kinerja": its last section).  None for no part of
    the outline."""
    wanted = _words(str(text).rsplit("›", 1)[-1])  # "BAB II › 2.2 …" as the guide writes it
    if not wanted:
        return None
    bare = _words(_unnumbered(wanted))
    for chapter in OUTLINE:
        if not chapter.label:  # the front matter has no tables
            continue
        for section in chapter.sections:
            if wanted in (_words(section.title), _words(_unnumbered(section.title))) \
                    or bare == _words(_unnumbered(section.title)):
                return section.title
    for chapter in OUTLINE:
        names = {_words(chapter.label), _words(chapter.title),
                 _words(f"{chapter.label} {chapter.title}")}
        if chapter.label and wanted in names:
            return chapter.sections[-1].title
    return None


@dataclass(frozen=True)
class Placement:
    """Where a text of the staff goes (its Bagian Laporan, as the staff wrote it): the
    chapter ("BAB I"; "" for the front matter), the outline section it is, if it is one,
    else a heading of its own, and the heading's level (2: a section, 3: below one)."""

    chapter: str
    section: str | None
    heading: str
    level: int = 2

    @property
    def place(self) -> str:
        """As the Narasi sheet and the guide write a place: "BAB I › 1.1 Latar Belakang"."""
        where = self.section or self.heading
        return f"{self.chapter} › {where}" if self.chapter else where


FRONT = ("Kata Pengantar", "Ikhtisar Eksekutif")
_FRONT_WORDS = {"kata pengantar": "Kata Pengantar", "ikhtisar eksekutif": "Ikhtisar Eksekutif",
                "ringkasan eksekutif": "Ikhtisar Eksekutif"}
_CHAPTER = re.compile(r"^\s*bab\s+(iv|v|i{1,3})\b[\s.:,-]*", re.I)
_NUMBER = re.compile(r"^\s*((?:\d+|[a-z])(?:[.)]\s*\d*\)?)*)\s+", re.I)


def locate_text(bagian: str) -> Placement | None:
    """Where a paragraph of the staff goes, by its Bagian Laporan: "Kata Pengantar",
    "Ringkasan Eksekutif", "BAB I 1.1 Latar Belakang" (that section of the outline),
    "BAB I 1.2 Maksud dan Tujuan" (a section of the report's own), "BAB III 3.1.4 Analisis"
    (a sub-heading).  None for what is no part of the text (the cover, a date)."""
    text = " ".join(str(bagian).split())
    lowered = text.lower()
    if "(tanggal)" in lowered or lowered.startswith(("sampul", "cover")):
        return None
    for words, front in _FRONT_WORDS.items():
        if lowered.startswith(words):
            return Placement("", front, front)
    m = _CHAPTER.match(text)
    if m is None:
        return None
    label = f"BAB {m.group(1).upper()}"
    chapter = next((c for c in OUTLINE if c.label == label), None)
    if chapter is None:
        return None
    rest = text[m.end():].strip(" ,.-")
    section = section_of(rest) if rest else None
    numbered = _NUMBER.match(rest)
    parts = [p for p in re.split(r"[.)\s]+", numbered.group(1)) if p] if numbered else []
    # "1.3" in BAB I is a section, "1.3.1" below one; "C." a section, "C.4" below one
    depth = len(parts) - (1 if parts and parts[0] == str(_ROMAN[m.group(1).upper()]) else 0)
    heading = rest[numbered.end():] if numbered else rest
    if section is not None and section in [s.title for s in chapter.sections]:
        return Placement(label, section, section)
    if not heading:
        return Placement(label, chapter.sections[0].title, chapter.sections[0].title)
    return Placement(label, None, heading, 3 if depth >= 2 else 2)


def _words(text: str) -> str:
    return " ".join(str(text).replace("›", " ").lower().split())


def _unnumbered(title: str) -> str:
    """ "2.2 Program, …" -> "Program, …"; "A. Capaian Kinerja" -> "Capaian Kinerja"."""
    head, _, rest = title.partition(" ")
    return rest if rest and (head[:1].isdigit() or head.rstrip(".").isalpha()
                             and head.endswith(".") and len(head) <= 3) else title


def tables() -> Iterator[tuple[Chapter, Section, Shown]]:
    """Every table of the outline with its chapter and section, in report order."""
    for chapter in OUTLINE:
        for section in chapter.sections:
            for shown in section.tables:
                yield chapter, section, shown


SHOWN = {shown.sheet: shown for _, _, shown in tables()}
ORDER = {shown.sheet: n for n, (_, _, shown) in enumerate(tables())}


def shown(sheet: str) -> Shown:
    """How the report shows the table of sheet *sheet*."""
    return SHOWN[sheet]


def place(chapter: Chapter, section: Section) -> str:
    """Where a section is: "BAB II › 2.2 Program, Kegiatan dan Pendanaan"."""
    return f"{chapter.label} › {section.title}" if chapter.label else section.title


def place_of_table(sheet: str) -> str:
    for chapter, section, found in tables():
        if found.sheet == sheet:
            return place(chapter, section)
    return ""


def place_of_paragraph(key: str) -> str:
    """Where a narrative paragraph goes ("indikator.IK01" is one of "indikator")."""
    base = key.split(".", 1)[0]
    for chapter in OUTLINE:
        for section in chapter.sections:
            if base in section.paragraphs:
                return place(chapter, section)
    return ""
