"""The Excel actions as xlwings Lite scripts.

In xlwings Lite (Python running inside Excel, no local Python needed), add
``lkip-xl`` to the requirements and put in ``main.py``::

    from lkip_xl.excel_lite import isi, validasi, ekspor_pdf  # noqa: F401

The three functions then appear as buttons in the xlwings Lite task pane.
"""

from __future__ import annotations

from typing import Any

from xlwings import script

from . import excel


@script
def isi(book: Any) -> None:
    """Isi dan hitung ulang."""
    excel.isi(book)


@script
def validasi(book: Any) -> None:
    """Validasi."""
    excel.validasi(book)


@script
def ekspor_pdf(book: Any) -> None:
    """Ekspor PDF."""
    excel.ekspor_pdf(book)
