"""Every function and class in the app stays small enough for a newcomer to read in one sitting: no
function over 60 lines, no class over 400 (counted from the ``def``/``class`` line to the last line)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "backpain_desktop"
MAX_FUNCTION_LINES = 60
MAX_CLASS_LINES = 400

# Known offenders being split on other branches: empty this as each one lands, so the limits hold everywhere.
ALLOWED: set[str] = set()


def _sizes() -> dict[str, tuple[str, int, int]]:
    """``"path::Qual.name"`` -> (kind, lines, limit) for every function and class under the package."""
    found: dict[str, tuple[str, int, int]] = {}

    def visit(node: ast.AST, path: str, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{child.name}"
                lines = (child.end_lineno or child.lineno) - child.lineno + 1
                if isinstance(child, ast.ClassDef):
                    found[f"{path}::{name}"] = ("class", lines, MAX_CLASS_LINES)
                else:
                    found[f"{path}::{name}"] = ("function", lines, MAX_FUNCTION_LINES)
                visit(child, path, f"{name}.")
            else:
                visit(child, path, prefix)

    for module in sorted(PACKAGE.rglob("*.py")):
        path = module.relative_to(PACKAGE).as_posix()
        visit(ast.parse(module.read_text(encoding="utf-8"), str(module)), path, "")
    return found


def test_no_function_or_class_is_too_long_to_read():
    """Ensure a newcomer never meets a function over 60 lines or a class over 400: split it into named
    parts (a builder per visible part, a helper per step) rather than raise the limit."""
    too_long = [f"{where}: {kind} of {lines} lines (limit {limit})"
                for where, (kind, lines, limit) in _sizes().items()
                if lines > limit and where not in ALLOWED]
    assert not too_long, "split these:\n" + "\n".join(too_long)


def test_the_allow_list_names_only_what_is_still_too_long():
    """Ensure an entry leaves the allow-list once its function or class has been split."""
    sizes = _sizes()
    stale = sorted(where for where in ALLOWED if where not in sizes or sizes[where][1] <= sizes[where][2])
    assert not stale, "no longer too long (or gone): take these out of ALLOWED:\n" + "\n".join(stale)
