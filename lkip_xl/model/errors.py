"""The one exception tree of lkip-xl.

Library code raises these; the CLI turns them into a one-line message in
Bahasa Indonesia (``Error: ...``) and an exit code, in exactly one place
(:func:`lkip_xl.cli.commands.main`).  Problems that do not stop the work (an unreadable
value, a total that does not add up) are not exceptions but
:class:`lkip_xl.model.findings.Finding` records.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Location:
    """Where in a workbook something is: file, sheet, and optionally cell/row/column."""

    file: str | Path | None = None
    sheet: str | None = None
    cell: str | None = None
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        parts = []
        if self.file is not None:
            parts.append(f"berkas {Path(self.file).name}")
        if self.sheet:
            parts.append(f"lembar '{self.sheet}'")
        if self.cell:
            parts.append(f"sel {self.cell}")
        elif self.row is not None:
            parts.append(f"baris {self.row}")
        if self.column:
            parts.append(f"kolom '{self.column}'")
        return ", ".join(parts)


class LkipError(Exception):
    """Base of every error lkip-xl reports to its users."""

    exit_code = 1

    def __init__(self, message: str, location: Location | None = None) -> None:
        self.message = message
        self.location = location
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.location is None or not str(self.location):
            return self.message
        return f"{self.location}: {self.message}"


class InputError(LkipError):
    """An input workbook cannot be used: missing file, sheet, column or identity."""


class TemplateError(LkipError):
    """The template workbook does not hold a table the description expects."""


class OutputError(LkipError):
    """An output cannot be written (exists without --force, held open, no permission)."""


class NotFinalError(LkipError):
    """A final report was asked for (--final) while the workbook still has open errors."""


def internal_message(exc: BaseException) -> str:
    """How an unexpected error is told to users (the CLI and the Excel buttons): one line,
    not a traceback, saying what to do."""
    if isinstance(exc, MemoryError):
        return ("memori komputer tidak cukup untuk berkas ini; tutup program lain lalu ulangi, "
                "atau periksa apakah berkasnya memang sebesar itu")
    detail = f"{type(exc).__name__}: {exc}".strip().rstrip(":")
    return (f"kesalahan internal lkip-xl ({detail[:300]}). Ini bukan kesalahan data Anda: "
            "laporkan ke pengembang lkip-xl beserta perintah yang dijalankan dan berkasnya")
