"""Regenerate the column reference in docs/format-data.md from the schema.

Run: uv run python tools/update_format_doc.py
"""

from __future__ import annotations

from pathlib import Path

from lkip_xl.output.format_doc import embedded, reference_markdown

DOC = Path(__file__).resolve().parent.parent / "docs" / "format-data.md"

text = DOC.read_text(encoding="utf-8")
DOC.write_text(text.replace(embedded(text), reference_markdown()), encoding="utf-8")
print(f"diperbarui: {DOC}")
