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
    package = ROOT / "lkip_xl"
    for module in sorted(package.rglob("*.py")):
        if module.name not in ("__init__.py", "__main__.py"):
            name = module.relative_to(package).with_suffix("").as_posix()
            assert f"`{name}`" in text, name
    for folder in sorted(p for p in package.iterdir() if (p / "__init__.py").exists()):
        assert f"`{folder.name}/`" in text, folder.name


def test_readme_quick_start_has_the_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = [line.strip() for line in quick.splitlines() if line.startswith("    uv ")]
    assert commands == ["uv run lkip-xl fill", "uv run pytest"]
