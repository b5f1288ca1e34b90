"""Text in XML: escaping for element content and attributes, and back.

The same results as :mod:`xml.sax.saxutils` (whose ``escape``, ``quoteattr`` and
``unescape`` these are), without importing it: it imports ``urllib.request`` and with it
``http.client``, ``ssl`` and ``email``, 25 ms of every start of lkip-xl for three string
replacements.
"""

from __future__ import annotations

_ATTRIBUTE = {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}


def escape(data: str) -> str:
    """``&``, ``<`` and ``>`` as entities (element content)."""
    return data.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def quoteattr(data: str) -> str:
    """An attribute value, quoted, with line breaks and tabs as character references."""
    data = escape(data)
    for char, entity in _ATTRIBUTE.items():
        data = data.replace(char, entity)
    if '"' in data:
        if "'" in data:
            return '"{}"'.format(data.replace('"', "&quot;"))
        return f"'{data}'"
    return f'"{data}"'


def unescape(data: str) -> str:
    """The text of element content: ``&lt;``, ``&gt;`` and ``&amp;`` back to characters."""
    return data.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
