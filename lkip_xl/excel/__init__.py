"""The actions behind the buttons in Excel (:mod:`lkip_xl.excel.actions`).

A workbook made by ``lkip-xl init --xlsm`` calls :func:`main` (``lkip_xl.excel.main``).
"""

from lkip_xl.excel.actions import ekspor_pdf, isi, main, run, validasi

__all__ = ["ekspor_pdf", "isi", "main", "run", "validasi"]
