"""Regenerate docs/aturan.md from the rule registry.

Run: uv run python tools/update_rules_doc.py
"""

from __future__ import annotations

from pathlib import Path

from lkip_xl.output.rules_doc import markdown

DOC = Path(__file__).resolve().parent.parent / "docs" / "aturan.md"
DOC.write_text(markdown(), encoding="utf-8")
print(f"diperbarui: {DOC}")
