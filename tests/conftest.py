from __future__ import annotations

import os
import sys
from pathlib import Path

# xlwings' remote engine (its PRO part) is free for noncommercial use: PolyForm Noncommercial
# 1.0.0 counts government institutions as noncommercial. The key must be set before xlwings
# is imported.
os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from lkip_xl.model import paths  # noqa: E402


@pytest.fixture
def template_path() -> Path:
    return paths.default_template()


@pytest.fixture
def sample_path() -> Path:
    return paths.sample_workbook()
