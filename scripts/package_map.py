"""Draws the package map of docs/architecture.md from the code: which part imports which.

usage: .venv/bin/python scripts/package_map.py          (writes docs/images/package_map.dot and .svg)
       .venv/bin/python scripts/package_map.py --check  (exit 1 when the committed .dot is stale)
       .venv/bin/python scripts/package_map.py --print  (the DOT text, written nowhere)

Each box is a part of autograd_tutor (a subpackage such as ``viz``, a group of ``ops`` such as
``ops/pointwise`` or ``exercises/grade``, or a top-level module such as ``tensor``); an arrow A -> B means some module
of A imports some module of B (at module level or inside a function, read with ``ast``). Boxes are
coloured by layer (core, tracing, views, notebook, exercises, app), as in docs/architecture.md.
"""
import ast
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "autograd_tutor"
OUT = ROOT / "docs" / "images" / "package_map"
# Top-level modules folded into one box each (small helpers of the core).
CORE_MODULES = {"tensor", "creation", "random", "size", "linalg", "serialization", "return_types", "type_info",
                "device", "cuda", "legacy_types", "_formatting", "_dtypes", "_nested", "_mt19937", "_torch_names",
                "_layout"}
LAYERS = {  # part -> layer colour
    "core": "#dbe8ff", "tracing": "#e5f5e0", "views": "#fff2cc", "notebook": "#fde0dd",
    "exercises": "#e8e0f5", "app": "#eeeeee",
}


def part_of(module):
    """The box a dotted module name (``autograd_tutor.ops.pointwise.power``) belongs to."""
    parts = module.split(".")[1:]
    if not parts or parts[0] == "__init__":
        return "autograd_tutor"
    head = parts[0]
    if head == "ops":
        return "ops/" + parts[1] if len(parts) > 2 else "ops"
    if head == "exercises" and len(parts) > 1 and (PACKAGE / head / parts[1]).is_dir():
        return "exercises/" + parts[1]  # its verbs: registry, feedback, grade, sandbox
    if head in CORE_MODULES:
        return "tensor & friends"
    if head == "__main__":
        return "app"  # `python -m autograd_tutor` is the app's command
    return head


def layer_of(part):
    if part.startswith("ops") or part in ("tensor & friends", "autograd", "nn", "optim", "utils", "backends",
                                           "distributions", "autograd_tutor"):
        return "core"
    if part in ("tracing", "graph_reader"):
        return "tracing"
    if part in ("viz", "stepthrough"):
        return "views"
    if part in ("notebook", "widgets"):
        return "notebook"
    if part.startswith("exercises") or part == "instructor":
        return "exercises"
    return "app"


def module_name(path):
    rel = path.relative_to(ROOT).with_suffix("")
    names = list(rel.parts)
    if names[-1] == "__init__":
        names.pop()
    return ".".join(names), path.name == "__init__.py"


def imported(path, modules=frozenset()):
    """Dotted names of the autograd_tutor modules ``path`` imports (``modules``: every module's name)."""
    name, is_pkg = module_name(path)
    here = name.split(".") if is_pkg else name.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[:len(here) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            # ``from . import x``: x may be a module (then that is what is imported), else a name of target
            found.update(f"{target}.{a.name}" if f"{target}.{a.name}" in modules else target for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return {t for t in found if t.startswith("autograd_tutor")}


def edges():
    modules = {module_name(p)[0] for p in PACKAGE.rglob("*.py")}
    out = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        source = part_of(module_name(path)[0])
        for target in imported(path, modules):
            while target not in modules and "." in target:  # ``from x import name``: name is not a module
                target = target.rsplit(".", 1)[0]
            if target in modules:
                dest = part_of(target)
                if dest != source and dest != "autograd_tutor":
                    out.add((source, dest))
    return sorted(out)


def dot():
    links = edges()
    parts = sorted({p for e in links for p in e})
    lines = ["digraph package_map {", '  rankdir=BT; node [shape=box, style="rounded,filled", fontname="DejaVu Sans"];',
             '  edge [color="#888888", arrowsize=0.6];']
    for layer, colour in LAYERS.items():
        members = [p for p in parts if layer_of(p) == layer]
        if members:
            lines.append(f'  subgraph "cluster_{layer}" {{ label="{layer}"; color="#cccccc";')
            lines += [f'    "{p}" [fillcolor="{colour}"];' for p in members]
            lines.append("  }")
    lines += [f'  "{a}" -> "{b}";' for a, b in links]
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    text = dot()
    dot_file = OUT.with_suffix(".dot")
    if sys.argv[1:] == ["--print"]:  # for the test: the map as it would be drawn now
        print(text, end="")
        return
    if sys.argv[1:] == ["--check"]:
        if not dot_file.exists() or dot_file.read_text() != text:
            print("docs/images/package_map.dot is stale: run scripts/package_map.py")
            sys.exit(1)
        return
    dot_file.write_text(text)
    svg = subprocess.run(["dot", "-Tsvg"], input=text, capture_output=True, text=True, check=True).stdout
    OUT.with_suffix(".svg").write_text(svg)
    print(f"wrote {dot_file.relative_to(ROOT)} and package_map.svg ({text.count('->')} arrows)")


if __name__ == "__main__":
    main()
