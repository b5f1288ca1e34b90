"""lkip_xl.xlsx.xmltext gives what xml.sax.saxutils gives (without importing it)."""

from __future__ import annotations

import random
from xml.sax import saxutils

from lkip_xl.xlsx import xmltext


def test_same_as_saxutils_on_random_text() -> None:
    rng = random.Random(1)
    pieces = ["a", "&", "<", ">", '"', "'", "\n", "\r", "\t", "&amp;", "&lt;", "&gt;", "é"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert xmltext.escape(text) == saxutils.escape(text)
        assert xmltext.quoteattr(text) == saxutils.quoteattr(text)
        assert xmltext.unescape(text) == saxutils.unescape(text)


def test_examples() -> None:
    assert xmltext.escape("Rp <1 & >2") == "Rp &lt;1 &amp; &gt;2"
    assert xmltext.quoteattr('Tabel "3.1"') == "'Tabel \"3.1\"'"
    assert xmltext.quoteattr("a\tb") == '"a&#9;b"'
    assert xmltext.unescape("&amp;lt;") == "&lt;"
