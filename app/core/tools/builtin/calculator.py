"""A calculator the model can trust and the user need not fear.

Small models are poor at arithmetic, so they get a calculator; the expression comes from the
model, so it is untrusted. It is parsed with :func:`ast.parse` and evaluated by walking the
tree: numbers, ``+ - * / // % **`` (``^`` means power), parentheses, a fixed list of math
functions and the constants ``pi``, ``e`` and ``tau``. Nothing else exists - no names, no
attributes, no calls of anything else - so there is no code to run. Every operation checks the
size of its result *before* computing it (``9**9**9`` would need about 10^9 bits and is
refused at once; ``factorial`` stops at 1000), so an answer or a refusal always comes quickly.
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable
from typing import Any

from app.core.engine.base import CancelToken
from app.core.tools.base import Tool, ToolRunError, object_schema

__all__ = ["MAX_EXPRESSION_CHARS", "MAX_INT_BITS", "CalculatorError", "calculator_tool",
           "evaluate"]

MAX_EXPRESSION_CHARS = 300
MAX_NODES = 120
MAX_DEPTH = 40
MAX_INT_BITS = 10_000  # about 3,000 decimal digits
MAX_FACTORIAL = 1_000
MAX_ROUND_DIGITS = 100

Number = int | float


class CalculatorError(ToolRunError):
    """The expression is not something the calculator can or will compute."""


def _fsqrt(x: Number) -> float:
    return math.sqrt(x)


def _factorial(n: Number) -> int:
    if isinstance(n, float):
        if not n.is_integer():
            raise CalculatorError("factorial needs a whole number.")
        n = int(n)
    if n < 0:
        raise CalculatorError("factorial needs a number that is not negative.")
    if n > MAX_FACTORIAL:
        raise CalculatorError(f"factorial is limited to {MAX_FACTORIAL} (the result would be "
                              "too large).")
    return math.factorial(n)


def _round(x: Number, digits: Number = 0) -> Number:
    if not isinstance(digits, int) or abs(digits) > MAX_ROUND_DIGITS:
        raise CalculatorError("round takes a whole number of digits (at most 100).")
    return round(x, digits)


def _log(x: Number, base: Number | None = None) -> float:
    return math.log(x) if base is None else math.log(x, base)


def _checked_int(x: Number, name: str) -> int:
    if isinstance(x, float):
        if not x.is_integer():
            raise CalculatorError(f"{name} needs whole numbers.")
        return int(x)
    return x


def _gcd(a: Number, b: Number) -> int:
    return math.gcd(_checked_int(a, "gcd"), _checked_int(b, "gcd"))


# name -> (function, smallest and largest number of arguments)
_FUNCTIONS: dict[str, tuple[Callable[..., Number], int, int]] = {
    "sqrt": (_fsqrt, 1, 1),
    "cbrt": (lambda x: math.copysign(abs(x) ** (1 / 3), x), 1, 1),
    "abs": (abs, 1, 1),
    "round": (_round, 1, 2),
    "floor": (math.floor, 1, 1),
    "ceil": (math.ceil, 1, 1),
    "trunc": (math.trunc, 1, 1),
    "exp": (math.exp, 1, 1),
    "log": (_log, 1, 2),
    "ln": (math.log, 1, 1),
    "log10": (math.log10, 1, 1),
    "log2": (math.log2, 1, 1),
    "sin": (math.sin, 1, 1),
    "cos": (math.cos, 1, 1),
    "tan": (math.tan, 1, 1),
    "asin": (math.asin, 1, 1),
    "acos": (math.acos, 1, 1),
    "atan": (math.atan, 1, 1),
    "atan2": (math.atan2, 2, 2),
    "sinh": (math.sinh, 1, 1),
    "cosh": (math.cosh, 1, 1),
    "tanh": (math.tanh, 1, 1),
    "degrees": (math.degrees, 1, 1),
    "radians": (math.radians, 1, 1),
    "hypot": (math.hypot, 1, 8),
    "factorial": (_factorial, 1, 1),
    "gcd": (_gcd, 2, 2),
    "min": (min, 1, 16),
    "max": (max, 1, 16),
}

_CONSTANTS: dict[str, float] = {"pi": math.pi, "e": math.e, "tau": math.tau}

_BINARY: dict[type[ast.operator], Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
    ast.BitXor: operator.pow,  # people write 2^10 for a power
}

_SYMBOLS = {"×": "*", "÷": "/", "−": "-", "–": "-", "^": "**", "·": "*"}


def _too_large() -> CalculatorError:
    return CalculatorError("The result would be too large to compute.")


def _bits(x: Number) -> float:
    """About how many bits the integer part of ``x`` takes."""
    if isinstance(x, int):
        return x.bit_length()
    return math.log2(abs(x)) if abs(x) >= 1 else 0.0


def _power(base: Number, exponent: Number) -> Number:
    if isinstance(base, int) and isinstance(exponent, int) and exponent >= 0:
        if base in (0, 1, -1) or exponent in (0, 1):
            return base**exponent
        if exponent * math.log2(abs(base)) > MAX_INT_BITS:
            raise _too_large()
        return base**exponent
    try:
        b, x = float(base), float(exponent)
    except OverflowError:
        raise _too_large() from None
    if b == 0 and x < 0:
        raise CalculatorError("Zero cannot be raised to a negative power.")
    if b < 0 and not x.is_integer():
        raise CalculatorError("A negative number has no real power with a fractional exponent.")
    try:
        result = math.pow(b, x)
    except OverflowError:
        raise _too_large() from None
    return result


def _binary(op: type[ast.operator], left: Number, right: Number) -> Number:
    if op in (ast.Pow, ast.BitXor):
        return _power(left, right)
    if (op is ast.Mult and isinstance(left, int) and isinstance(right, int)
            and left.bit_length() + right.bit_length() > MAX_INT_BITS + 1):
        raise _too_large()
    if op in (ast.Div, ast.FloorDiv, ast.Mod) and right == 0:
        raise CalculatorError("Division by zero.")
    if op is ast.Mod and isinstance(right, float) and abs(right) < 1e-300:
        raise CalculatorError("Division by zero.")
    try:
        return _BINARY[op](left, right)  # type: ignore[no-any-return]
    except OverflowError:
        raise _too_large() from None


class _Evaluator:
    def __init__(self, cancel: CancelToken | None) -> None:
        self.nodes = 0
        self.cancel = cancel

    def eval(self, node: ast.AST, depth: int = 0) -> Number:
        self.nodes += 1
        if self.nodes > MAX_NODES or depth > MAX_DEPTH:
            raise CalculatorError("The expression is too long or too deeply nested.")
        if self.cancel is not None and self.cancel.cancelled:
            raise CalculatorError("Stopped.")
        if isinstance(node, ast.Expression):
            return self.check(self.eval(node.body, depth + 1))
        if isinstance(node, ast.Constant):
            value = node.value
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise CalculatorError(f"{value!r} is not a number.")
            return self.check(value)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            value = self.eval(node.operand, depth + 1)
            return -value if isinstance(node.op, ast.USub) else +value
        if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
            left = self.eval(node.left, depth + 1)
            right = self.eval(node.right, depth + 1)
            return self.check(_binary(type(node.op), left, right))
        if isinstance(node, ast.Name):
            if node.id in _CONSTANTS:
                return _CONSTANTS[node.id]
            raise CalculatorError(f"Unknown name {node.id!r}; constants are pi, e and tau.")
        if isinstance(node, ast.Call):
            return self.call(node, depth)
        raise CalculatorError(
            f"The calculator does not understand {type(node).__name__} expressions; use "
            "numbers, + - * / // % ** ( ) and functions such as sqrt(x)."
        )

    def call(self, node: ast.Call, depth: int) -> Number:
        if not isinstance(node.func, ast.Name) or node.func.id not in _FUNCTIONS:
            known = ", ".join(sorted(_FUNCTIONS))
            name = node.func.id if isinstance(node.func, ast.Name) else "that"
            raise CalculatorError(f"Unknown function {name!r}; known functions: {known}.")
        if node.keywords:
            raise CalculatorError(f"{node.func.id} takes plain arguments, without names.")
        func, low, high = _FUNCTIONS[node.func.id]
        if not low <= len(node.args) <= high:
            raise CalculatorError(f"{node.func.id} takes {low}"
                                  + (f" to {high}" if high != low else "") + " argument(s).")
        args = [self.eval(arg, depth + 1) for arg in node.args]
        if isinstance(args[0], float) and not math.isfinite(args[0]):
            raise CalculatorError("That number is not finite.")
        try:
            result = func(*args)
        except CalculatorError:
            raise
        except OverflowError:
            raise _too_large() from None
        except (ValueError, TypeError, ZeroDivisionError) as exc:
            raise CalculatorError(f"{node.func.id}: {exc}.") from None
        return self.check(result)

    @staticmethod
    def check(value: Number) -> Number:
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, int):
            if value.bit_length() > MAX_INT_BITS:
                raise _too_large()
            return value
        if isinstance(value, float):
            if math.isnan(value):
                raise CalculatorError("The result is not a number.")
            if math.isinf(value):
                raise _too_large()
            return value
        raise CalculatorError("The result is not a real number.")


def evaluate(expression: str, cancel: CancelToken | None = None) -> Number:
    """The value of ``expression``; :class:`CalculatorError` for anything else."""
    if not isinstance(expression, str):
        raise CalculatorError("The expression must be text.")
    if len(expression) > MAX_EXPRESSION_CHARS:
        raise CalculatorError(f"The expression is too long (at most {MAX_EXPRESSION_CHARS} "
                              "characters).")
    text = expression.strip()
    for symbol, replacement in _SYMBOLS.items():
        text = text.replace(symbol, replacement)
    if text.endswith("="):
        text = text[:-1].rstrip()
    if not text:
        raise CalculatorError("The expression is empty.")
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as exc:
        raise CalculatorError(f"The expression is not valid: {exc.msg}.") from None
    except (ValueError, RecursionError, MemoryError, OverflowError):
        raise CalculatorError("The expression is too large or too deeply nested.") from None
    return _Evaluator(cancel).eval(tree)


def format_number(value: Number) -> Number:
    """Floats to 12 significant digits, so 0.1 + 0.2 answers 0.3."""
    if isinstance(value, float):
        rounded = float(f"{value:.12g}")
        return int(rounded) if rounded.is_integer() and abs(rounded) < 2**53 else rounded
    return value


def _run(arguments: dict[str, Any], cancel: CancelToken) -> dict[str, Any]:
    expression = arguments["expression"]
    value = format_number(evaluate(expression, cancel))
    if isinstance(value, int) and value.bit_length() > 53:
        return {"expression": expression, "result": str(value)}
    return {"expression": expression, "result": value}


def calculator_tool() -> Tool:
    """The ``calculate`` tool."""
    return Tool(
        name="calculate",
        description="Calculate the exact value of an arithmetic expression. Supports + - * / "
        "// % ** ( ), sqrt, log, sin, cos, tan, factorial, round and the constants pi and e.",
        parameters=object_schema(
            {
                "expression": {
                    "type": "string",
                    "description": "The expression to calculate, for example '(12.5 * 4) / 3'",
                }
            },
            required=["expression"],
        ),
        run=_run,
        read_only=True,
        group="calculator",
        timeout_s=5.0,
    )
