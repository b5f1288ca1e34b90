"""Excel formulas as text: their references in R1C1 form, and a small evaluator.

:func:`parse_formula` reads a formula with openpyxl's tokenizer and gives its references
relative to the formula's cell (R1C1: a copied formula has the same key everywhere), the
ranges its aggregate functions (SUM, AVERAGE...) cover, and its shape; :func:`evaluate`
computes the simple formulas a typed number can be checked against (arithmetic and a
few aggregates over cells), raising :class:`Unknown` for anything else.  Knows nothing of
LKIPs: the formula rules (:mod:`lkip_xl.rules.formula`) use it.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from openpyxl.formula.tokenizer import Token, Tokenizer

from lkip_xl.xlsx import a1

ERROR_VALUES = frozenset(
    {"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!"}
)
# Functions whose range arguments aggregate a run of numbers.
AGGREGATES = frozenset(
    {"SUM", "AVERAGE", "AVERAGEA", "COUNT", "COUNTA", "MAX", "MIN", "PRODUCT", "SUMPRODUCT",
     "MEDIAN", "STDEV", "STDEVP", "VAR", "VARP", "SUBTOTAL"}
)
MAX_RANGE_CELLS = 5000  # larger ranges are not inspected cell by cell

_A1 = re.compile(r"^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$")
_COLS = re.compile(r"^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})$")
_ROWS = re.compile(r"^(\$?)(\d+):(\$?)(\d+)$")

# --------------------------------------------------------------------------- references


@dataclass(frozen=True)
class Ref:
    """One reference of a formula, relative to the formula's own cell.

    ``r1``/``c1``/``r2``/``c2`` are offsets when the matching ``*_abs`` flag is false and
    absolute 1-based indexes otherwise; ``None`` for a whole column (rows) or row (columns).
    """

    sheet: str | None  # None: the formula's own sheet
    r1: int | None
    c1: int | None
    r2: int | None
    c2: int | None
    r1_abs: bool
    c1_abs: bool
    r2_abs: bool
    c2_abs: bool
    is_range: bool
    r1c1: str

    @property
    def relative(self) -> bool:
        return not (self.r1_abs and self.c1_abs and self.r2_abs and self.c2_abs)

    def at(self, row: int, col: int) -> tuple[int, int, int, int] | None:
        """The absolute (r1, c1, r2, c2) of this reference for a formula at (row, col)."""
        if None in (self.r1, self.c1, self.r2, self.c2):
            return None
        assert self.r1 is not None and self.c1 is not None
        assert self.r2 is not None and self.c2 is not None
        r1 = self.r1 if self.r1_abs else row + self.r1
        c1 = self.c1 if self.c1_abs else col + self.c1
        r2 = self.r2 if self.r2_abs else row + self.r2
        c2 = self.c2 if self.c2_abs else col + self.c2
        if min(r1, c1, r2, c2) < 1:
            return None
        return min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)


def _part(value: int | None, absolute: bool, letter: str) -> str:
    if value is None:
        return ""
    return f"{letter}{value}" if absolute else f"{letter}[{value}]"


def parse_ref(text: str, row: int, col: int) -> Ref | None:
    """A RANGE operand as a :class:`Ref`; ``None`` for a defined name."""
    sheet: str | None = None
    body = text
    if "!" in text:
        sheet, body = text.rsplit("!", 1)
        sheet = sheet.strip("'").replace("''", "'")
    parts = body.split(":")
    ref_r1: int | None
    ref_c1: int | None
    ref_r2: int | None
    ref_c2: int | None
    if len(parts) == 1 or (len(parts) == 2 and _A1.match(parts[0]) and _A1.match(parts[1])):
        cells = [_A1.match(p) for p in parts]
        if not all(cells):
            return None
        first, last = cells[0], cells[-1]
        assert first is not None and last is not None
        r1a, c1a = first.group(3) == "$", first.group(1) == "$"
        r2a, c2a = last.group(3) == "$", last.group(1) == "$"
        r1, c1 = int(first.group(4)), a1.column_index(first.group(2))
        r2, c2 = int(last.group(4)), a1.column_index(last.group(2))
        ref_r1 = r1 if r1a else r1 - row
        ref_c1 = c1 if c1a else c1 - col
        ref_r2 = r2 if r2a else r2 - row
        ref_c2 = c2 if c2a else c2 - col
    elif m := _COLS.match(body):
        r1a = r2a = True
        c1a, c2a = m.group(1) == "$", m.group(3) == "$"
        ref_r1 = ref_r2 = None
        ref_c1 = a1.column_index(m.group(2)) if c1a else a1.column_index(m.group(2)) - col
        ref_c2 = a1.column_index(m.group(4)) if c2a else a1.column_index(m.group(4)) - col
    elif m := _ROWS.match(body):
        c1a = c2a = True
        r1a, r2a = m.group(1) == "$", m.group(3) == "$"
        ref_c1 = ref_c2 = None
        ref_r1 = int(m.group(2)) if r1a else int(m.group(2)) - row
        ref_r2 = int(m.group(4)) if r2a else int(m.group(4)) - row
    else:
        return None
    is_range = len(parts) == 2
    start = _part(ref_r1, r1a, "R") + _part(ref_c1, c1a, "C")
    end = _part(ref_r2, r2a, "R") + _part(ref_c2, c2a, "C")
    r1c1 = f"{start}:{end}" if is_range else start
    if sheet is not None:
        r1c1 = f"{sheet}!{r1c1}"
    return Ref(sheet, ref_r1, ref_c1, ref_r2, ref_c2, r1a, c1a, r2a, c2a, is_range, r1c1)


@dataclass
class Formula:
    text: str
    r1c1: str  # the whole formula with references in R1C1 form
    key: tuple[Any, ...]  # order-insensitive fingerprint: equal keys = "same formula"
    shape: tuple[Any, ...]  # like key, other sheets' references reduced to the sheet name
    refs: list[Ref]  # sorted by R1C1 text, aligned between formulas with the same key
    funcs: list[str]
    ranges: list[tuple[str, Ref]]  # (enclosing function, range reference)
    has_ref_error: bool

    @property
    def ref_key(self) -> tuple[Any, ...]:
        """The references and functions only: formulas that differ in constants or
        operators alone (a rate, a divisor) are data, not a reference mistake."""
        return (self.key[0], self.key[1], self.key[4])

    @property
    def is_total(self) -> bool:
        return any(func in AGGREGATES for func, _ref in self.ranges)


def parse_formula(text: str, row: int, col: int) -> Formula:
    try:
        tokens = Tokenizer(text).items
    except Exception:  # malformed formula: compare it as plain text
        return Formula(text, text, (text,), (text,), [], [], [], "#REF!" in text.upper())
    pieces: list[str] = []
    refs: list[Ref] = []
    funcs: list[str] = []
    ops: list[str] = []
    literals: list[str] = []
    names: list[str] = []
    ranges: list[tuple[str, Ref]] = []
    stack: list[str] = []
    has_ref_error = False
    for tok in tokens:
        if tok.type == Token.WSPACE:
            continue
        if tok.type == Token.OP_PRE and tok.value == "+":
            continue  # "=+A1" is "=A1"
        if tok.type == Token.FUNC:
            if tok.subtype == Token.OPEN:
                name = tok.value[:-1].upper()
                stack.append(name)
                funcs.append(name)
                pieces.append(name + "(")
            else:
                if stack:
                    stack.pop()
                pieces.append(")")
            continue
        if tok.type == Token.PAREN:
            if tok.subtype == Token.OPEN:
                stack.append("")
            elif stack:
                stack.pop()
            pieces.append(tok.value)
            continue
        if tok.type == Token.OPERAND and tok.subtype == Token.RANGE:
            if "#REF!" in tok.value.upper():
                has_ref_error = True
                pieces.append(tok.value)
                literals.append(tok.value.upper())
                continue
            ref = parse_ref(tok.value, row, col)
            if ref is None:
                names.append(tok.value.upper())
                pieces.append(tok.value.upper())
                continue
            refs.append(ref)
            pieces.append(ref.r1c1)
            if ref.is_range:
                enclosing = next((s for s in reversed(stack) if s), "")
                ranges.append((enclosing, ref))
            continue
        if tok.type == Token.OPERAND:
            if tok.subtype == Token.ERROR and tok.value.upper() == "#REF!":
                has_ref_error = True
            literals.append(tok.value)
        elif tok.type in (Token.OP_IN, Token.OP_PRE, Token.OP_POST):
            ops.append(tok.value)
        pieces.append(tok.value)
    refs.sort(key=lambda r: r.r1c1)
    common = (tuple(sorted(funcs)), tuple(sorted(ops)), tuple(sorted(literals)), tuple(names))
    key = (tuple(r.r1c1 for r in refs), *common)
    shape = (tuple(r.r1c1 if r.sheet is None else r.sheet + "!" for r in refs), *common)
    return Formula(text, "=" + "".join(pieces), key, shape, refs, funcs, ranges, has_ref_error)


# --------------------------------------------------------------------------- evaluation


class Unknown(Exception):
    """The formula uses something the small evaluator does not handle."""


_EVAL_FUNCS: dict[str, Callable[[list[float]], float]] = {
    "SUM": sum,
    "AVERAGE": lambda xs: sum(xs) / len(xs),
    "MAX": max,
    "MIN": min,
    "COUNT": lambda xs: float(len(xs)),
}


def evaluate(text: str, row: int, col: int, value: Callable[[str | None, int, int], Any]) -> Any:
    """The value of a simple formula (numbers, references, + - * / ^, parentheses, SUM,
    AVERAGE, MAX, MIN, COUNT) placed at (row, col); the string "#ERROR" when it would be
    an Excel error.  Raises :class:`Unknown` for anything else."""
    try:
        tokens = [t for t in Tokenizer(text).items if t.type != Token.WSPACE]
    except Exception as exc:
        raise Unknown from exc
    pos = 0

    def peek() -> Token | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> Token:
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        return tok

    def number(v: Any) -> float:
        if v is None or v == "":
            return 0.0
        if isinstance(v, bool):
            return float(v)
        if isinstance(v, (int, float)):
            return float(v)
        if isinstance(v, str) and v.strip().upper() in ERROR_VALUES:
            raise ZeroDivisionError
        raise Unknown

    def ref_values(tok: Token) -> list[Any]:
        ref = parse_ref(tok.value, row, col)
        if ref is None:
            raise Unknown
        box = ref.at(row, col)
        if box is None:
            raise Unknown
        r1, c1, r2, c2 = box
        if (r2 - r1 + 1) * (c2 - c1 + 1) > MAX_RANGE_CELLS:
            raise Unknown
        return [value(ref.sheet, r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]

    def primary() -> float:
        tok = peek()
        if tok is None:
            raise Unknown
        if tok.type == Token.OP_PRE:
            take()
            v = unary_operand()
            return -v if tok.value == "-" else v
        return unary_operand()

    def unary_operand() -> float:
        tok = take()
        if tok.type == Token.OPERAND and tok.subtype == Token.NUMBER:
            return float(tok.value)
        if tok.type == Token.OPERAND and tok.subtype == Token.RANGE:
            vals = ref_values(tok)
            if len(vals) != 1:
                raise Unknown
            return number(vals[0])
        if tok.type == Token.PAREN and tok.subtype == Token.OPEN:
            v = expression()
            close = take()
            if close.type != Token.PAREN:
                raise Unknown
            return v
        if tok.type == Token.OPERAND and tok.subtype == Token.ERROR:
            raise ZeroDivisionError
        if tok.type == Token.FUNC and tok.subtype == Token.OPEN:
            func = _EVAL_FUNCS.get(tok.value[:-1].upper())
            if func is None:
                raise Unknown
            args: list[float] = []
            while True:
                nxt = peek()
                if nxt is None:
                    raise Unknown
                if nxt.type == Token.FUNC and nxt.subtype == Token.CLOSE:
                    take()
                    break
                if nxt.type == Token.SEP:
                    take()
                    continue
                after = tokens[pos + 1] if pos + 1 < len(tokens) else None
                if nxt.type == Token.OPERAND and nxt.subtype == Token.RANGE and (
                    after is None or after.type in (Token.SEP, Token.FUNC)
                ):
                    take()
                    args.extend(
                        float(v) for v in ref_values(nxt)
                        if isinstance(v, (int, float)) and not isinstance(v, bool)
                    )
                else:
                    args.append(expression())
            if not args and func is not sum:
                raise ZeroDivisionError
            return float(func(args))
        raise Unknown

    def level(operand: Callable[[], float], *operators: str) -> Callable[[], float]:
        """One precedence level: *operand* (op *operand*)*, left to right."""
        def parse() -> float:
            v = operand()
            while (tok := peek()) is not None and tok.type == Token.OP_IN \
                    and tok.value in operators:
                take()
                v = _ARITHMETIC[tok.value](v, operand())
            return v
        return parse

    expression = level(level(level(primary, "^"), "*", "/"), "+", "-")

    try:
        result = expression()
    except (ZeroDivisionError, OverflowError):
        return "#ERROR"
    except (IndexError, ValueError, TypeError) as exc:
        raise Unknown from exc
    if pos != len(tokens):
        raise Unknown
    return result


_ARITHMETIC: dict[str, Callable[[float, float], float]] = {
    "^": operator.pow, "*": operator.mul, "/": operator.truediv,
    "+": operator.add, "-": operator.sub}


