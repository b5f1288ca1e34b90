"""Documentation checked against the code."""

from __future__ import annotations

from pathlib import Path

from lkip_xl.model import schema
from lkip_xl.output.format_doc import embedded, reference_markdown

ROOT = Path(__file__).resolve().parent.parent


def test_format_doc_matches_the_schema() -> None:
    text = (ROOT / "docs" / "format-data.md").read_text(encoding="utf-8")
    assert embedded(text) == reference_markdown(), (
        "docs/format-data.md is out of date: run `uv run python tools/update_format_doc.py`")
    for tbl in schema.TABLES:
        assert f"### Lembar `{tbl.sheet}`" in text


def test_architecture_doc_names_every_module() -> None:
    text = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    for module in sorted((ROOT / "lkip_xl").glob("*.py")):
        if module.name not in ("__init__.py", "__main__.py"):
            assert f"`{module.stem}`" in text or f"`{module.name}`" in text, module.name


def test_readme_quick_start_has_the_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = [line.strip() for line in quick.splitlines() if line.startswith("    uv ")]
    assert commands == ["uv run lkip-xl fill", "uv run pytest"]
