"""Runs a seed tutorial case as a notebook would, with ``torch`` bound to an implementation.

usage: python tests/seed_runner.py torch|tutor CASE.py [CASE.py ...]

Run as a script with ``tutor``, ``import torch`` (and ``import torch.nn as nn``, ``from torch
import optim``...) inside a case loads autograd_tutor's modules, as the conformance runner does.
Several cases print one after the other, each after a line ``=== case NAME``.

A case is Python split into cells by lines starting with '# %%', run in one namespace. A cell
whose last statement is an expression shows its repr, as Jupyter does. An exception ends the
cell and prints '!! Type: first line'; each warning prints '!! warn Category: message'.
Object addresses are written as 0xADDR so outputs compare as text.
"""
import ast
import contextlib
import importlib
import importlib.abc
import importlib.util
import io
import re
import sys
import warnings


def load(impl):
    return importlib.import_module("torch" if impl == "torch" else "autograd_tutor")


class TorchAlias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Makes ``import torch...`` load autograd_tutor's modules (for a whole process)."""

    def find_spec(self, name, path=None, target=None):
        if name == "torch" or name.startswith("torch."):
            return importlib.util.spec_from_loader(name, self)
        return None

    def create_module(self, spec):
        return importlib.import_module("autograd_tutor" + spec.name[len("torch"):])

    def exec_module(self, module):
        pass


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
            warnings.filterwarnings("always", append=True)  # after autograd_tutor's own filter (_fp_warnings)
            try:
                run_cell(cell, ns, f"{path}:cell{i}")
            except Exception as exc:  # every error is part of the observed behaviour
                text = str(exc).strip()
                print(f"!! {type(exc).__name__}: {text.splitlines()[0] if text else ''}")
        for w in caught:
            out.write(f"!! warn {w.category.__name__}: {w.message}\n")
    return re.sub(r"0x[0-9a-fA-F]+", "0xADDR", out.getvalue())


def main(impl, paths):
    if impl != "torch":
        sys.modules.pop("torch", None)
        sys.meta_path.insert(0, TorchAlias())
    if len(paths) == 1:
        sys.stdout.write(run_case(impl, paths[0]))
        return
    for path in paths:
        sys.stdout.write(f"=== case {path}\n")
        sys.stdout.write(run_case(impl, path))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
