"""The shape of the code: the rules the README's layout section promises, checked."""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "ipcases"
VENDOR_AWARE = ("search", "migrations")
# Importers stage what they join in a scratch SQLite file of their own (not the catalogue's
# database), through this one module.
OWN_SCRATCH_FILE = ("ipcases.importers.staging",)
# Raw SQL, cursors and the database vendor: only ipcases/search/ (and migrations) know them.
VENDOR_WORDS = re.compile(r"connection\.vendor|\.cursor\(\)|\.raw\(|RawSQL|\bexecute\(")


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imported(name: str, path: Path, top_level: bool) -> set[str]:
    """The project modules a module imports (at its top level, or inside functions):
    `from . import text` imports the module text, `from .query import parse` the module
    query."""
    tree = ast.parse(path.read_text())
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    nodes = tree.body if top_level else [n for n in ast.walk(tree) if _in_function(n, tree)]
    found = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            submodules = {f"{base}.{alias.name}" for alias in node.names} & set(modules())
            found.update(submodules or {base})
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {module for module in found if module.startswith("ipcases")}


def _in_function(node, tree) -> bool:
    return isinstance(node, ast.Import | ast.ImportFrom) and node not in tree.body


def test_only_the_search_package_knows_the_database_vendor_and_writes_sql():
    offenders = [
        str(path.relative_to(PACKAGE))
        for name, path in modules().items()
        if not name.startswith(tuple(f"ipcases.{part}" for part in VENDOR_AWARE))
        and name not in OWN_SCRATCH_FILE
        and VENDOR_WORDS.search(path.read_text())
    ]
    assert offenders == []


def test_no_module_imports_the_project_inside_a_function():
    known = modules()
    offenders = {
        name: sorted(found & set(known))
        for name, path in known.items()
        if (found := imported(name, path, top_level=False)) & set(known)
    }
    assert offenders == {}


def test_the_modules_import_each_other_without_cycles():
    known = modules()
    graph = {name: imported(name, path, True) & set(known) for name, path in known.items()}
    # A package's submodules may import their own package's __init__ only for what it
    # defines; the cycle that matters is between different modules.
    cycles = [cycle for cycle in _cycles(graph) if len(cycle) > 1]
    assert cycles == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components (Tarjan), each a list of module names."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                component.append(item)
                if item == node:
                    break
            found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found
