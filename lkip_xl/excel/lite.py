"""The Excel actions as xlwings Lite scripts.

In xlwings Lite (Python running inside Excel, no local Python needed), add
``lkip-xl`` to the requirements and put in ``main.py``::

    from lkip_xl.excel.lite import isi, validasi, ekspor_pdf  # noqa: F401

The three functions then appear as buttons in the xlwings Lite task pane.
"""

from __future__ import annotations

from typing import Any

from xlwings import script

from lkip_xl.excel import actions


@script
def isi(book: Any) -> None:
    """Isi dan hitung ulang."""
    actions.isi(book)


@script
def validasi(book: Any) -> None:
    """Validasi."""
    actions.validasi(book)


@script
def ekspor_pdf(book: Any) -> None:
    """Ekspor PDF."""
    actions.ekspor_pdf(book)
