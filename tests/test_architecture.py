"""The arrows of the code's shape, checked on every run: imports are read with ``ast`` (nothing
is imported), so a new circle or a layer reaching upwards fails here, with the line that does it.

Every import counts, wherever it stands: at module level, inside a function (a lazy import is
still a dependency, only a later one), and under ``if TYPE_CHECKING:`` (a controller that
names the window owning it for its type hints still knows that window). Only the parent
packages Python loads before a submodule do not count: ``import app.core.x`` runs
``app/core/__init__.py`` first, which is loading, not a dependency of ``x`` on its package.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"
QT_PACKAGES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


@dataclass(frozen=True)
class Import:
    """One import statement: who imports what, where."""

    source: str  # the importing module, e.g. "app.ui.summarize"
    target: str  # the imported name, as written but absolute, e.g. "app.ui.main_window"
    line: int

    def where(self) -> str:
        return f"{modules()[self.source].relative_to(ROOT)}:{self.line}"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    """Every module under app/, by dotted name."""
    return {_module_name(path): path for path in sorted(APP.rglob("*.py"))}


def _absolute(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    package = module.split(".") if is_package else module.split(".")[:-1]
    base = package[: len(package) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


@cache
def imports() -> tuple[Import, ...]:
    """All imports in app/, resolved to absolute names (``from a import b`` is ``a.b`` when b
    is a module, else ``a``)."""
    known = modules()
    found: list[Import] = []
    for module, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        is_package = path.name == "__init__.py"
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [Import(module, alias.name, node.lineno) for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = _absolute(node, module, is_package)
                for alias in node.names:
                    name = f"{base}.{alias.name}"
                    found.append(Import(module, name if name in known else base, node.lineno))
    return tuple(found)


def _owner(name: str) -> str | None:
    """The module of app/ that an imported name lives in (None: outside app/)."""
    known = modules()
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def _graph() -> dict[str, dict[str, Import]]:
    graph: dict[str, dict[str, Import]] = {module: {} for module in modules()}
    for imp in imports():
        target = _owner(imp.target)
        if target is not None and target != imp.source:
            graph[imp.source].setdefault(target, imp)
    return graph


def _cycles(graph: dict[str, dict[str, Import]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(graph[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(graph[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    components.append(sorted(component))
    return components


def _offending(sources: str, targets: tuple[str, ...]) -> list[str]:
    """Imports from modules under ``sources`` of names under any of ``targets``."""
    def under(name: str, prefix: str) -> bool:
        return name == prefix or name.startswith(prefix + ".")

    return [f"{imp.where()} imports {imp.target}" for imp in imports()
            if under(imp.source, sources) and any(under(imp.target, t) for t in targets)]


def test_the_import_reader_sees_every_kind_of_import() -> None:
    """The checks below are only as good as this reader: module-level, relative, lazy (in a
    function) and TYPE_CHECKING imports are all found."""
    found = {(imp.source, imp.target) for imp in imports()}
    assert ("app.__main__", "app.cli") in found  # module level
    assert ("app.cli.chat", "app.core.engines") in found  # inside a function
    assert ("app.cli.remote", "app.core.settings") in found  # under TYPE_CHECKING
    assert len(modules()) > 100


def test_no_import_cycles() -> None:
    graph = _graph()
    cycles = _cycles(graph)
    described = []
    for cycle in cycles:
        members = set(cycle)
        edges = [f"    {imp.where()}: {imp.source} → {target}"
                 for source in cycle for target, imp in graph[source].items() if target in members]
        described.append("\n".join([" ↔ ".join(cycle), *edges]))
    assert not cycles, "import cycles:\n" + "\n".join(described)


def test_core_never_imports_qt() -> None:
    assert not _offending("app.core", QT_PACKAGES)


def test_core_never_imports_the_window_or_the_command_line() -> None:
    assert not _offending("app.core", ("app.ui", "app.cli"))


def test_the_command_line_never_imports_the_window_at_module_level() -> None:
    """``hearth chat`` must start without Qt: the window is imported only by the commands that
    open it, inside their functions."""
    tops = [imp for imp in imports() if imp.source.startswith("app.cli")
            and imp.target.startswith(("app.ui", *QT_PACKAGES))]
    for imp in tops:
        tree = ast.parse(modules()[imp.source].read_text(encoding="utf-8"))
        assert all(getattr(node, "lineno", None) != imp.line for node in tree.body), (
            f"{imp.where()} imports {imp.target} at module level")


def test_the_engine_layer_stays_below_the_engines_it_chooses() -> None:
    """core/engine holds the engine protocol and the llama.cpp engines; the vision and remote
    engines sit beside it, and the choice between them (app.core.engines) above all three."""
    assert not _offending("app.core.engine", ("app.core.vision", "app.core.remote",
                                              "app.core.engines"))
    assert not _offending("app.core.vision", ("app.core.engines",))
    assert not _offending("app.core.remote", ("app.core.engines",))
