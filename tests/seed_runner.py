"""Runs a seed tutorial case as a notebook would, with ``torch`` bound to an implementation.

usage: python tests/seed_runner.py torch|tutor CASE.py

A case is Python split into cells by lines starting with '# %%', run in one namespace. A cell
whose last statement is an expression shows its repr, as Jupyter does. An exception ends the
cell and prints '!! Type: first line'; each warning prints '!! warn Category: message'.
Object addresses are written as 0xADDR so outputs compare as text.
"""
import ast
import contextlib
import importlib
import io
import re
import sys
import warnings


def load(impl):
    return importlib.import_module("torch" if impl == "torch" else "autograd_tutor")


def run_cell(src, ns, name):
    tree = ast.parse(src)
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    exec(compile(tree, name, "exec"), ns)
    if last is not None:
        value = eval(compile(last, name, "eval"), ns)
        if value is not None:
            print(repr(value))


def run_case(impl, path):
    torch = load(impl)
    cells = re.split(r"^# %%.*$", open(path, encoding="utf-8").read(), flags=re.M)
    ns = {"torch": torch, "__name__": "__main__"}
    out = io.StringIO()
    for i, cell in enumerate(cells):
        if not cell.strip():
            continue
        out.write(f"--- cell {i}\n")
        with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stdout(out):
            warnings.simplefilter("always")
            try:
                run_cell(cell, ns, f"{path}:cell{i}")
            except Exception as exc:  # every error is part of the observed behaviour
                text = str(exc).strip()
                print(f"!! {type(exc).__name__}: {text.splitlines()[0] if text else ''}")
        for w in caught:
            out.write(f"!! warn {w.category.__name__}: {w.message}\n")
    return re.sub(r"0x[0-9a-fA-F]+", "0xADDR", out.getvalue())


if __name__ == "__main__":
    sys.stdout.write(run_case(sys.argv[1], sys.argv[2]))
