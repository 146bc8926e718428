"""Records, from real PyTorch 2.13, the keywords each torch function and Tensor method accepts.

usage: .venv/bin/python scripts/record_torch_keywords.py

Writes autograd_tutor/ops/_torch_keywords.py: for every ``torch.<name>``, ``Tensor.<name>`` and
``torch.nn.functional.<name>`` that autograd_tutor provides, the keyword names PyTorch accepts.
The runtime uses it to raise NotImplementedError naming a PyTorch keyword we do not implement
(instead of a bare TypeError or, worse, ignoring it); tests/core/test_surface_keywords.py checks
the table is current. PyTorch stays a test-only dependency: this is recorded data, like goldens.
"""
import collections
import inspect
import pathlib
import pprint
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET = ROOT / "autograd_tutor" / "ops" / "_torch_keywords.py"
# TorchScript's scalar overloads (add.int(int a, int b)) are not Python API.
_PRIM_ARGS = {"a", "b", "s", "l", "t", "el", "x", "self_list"}


def aten_keywords():
    """aten name -> the argument names its Python bindings accept (self dropped, out args as 'out')."""
    import torch

    table = collections.defaultdict(set)
    for schema in torch._C._jit_get_all_schemas():
        if not schema.name.startswith("aten::"):
            continue
        names = [a.name for a in schema.arguments]
        if names and set(names) <= _PRIM_ARGS:
            continue
        name = schema.name[len("aten::"):]
        keys = table[name]
        for arg in schema.arguments:
            keys.add("input" if arg.name == "self" else "out" if arg.is_out else arg.name)
        if {"device", "pin_memory"} & {a.name for a in schema.arguments}:
            keys.add("requires_grad")  # the Python binding adds it to every factory
    return table


def python_keywords(fn):
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return None
    return {p.name for p in sig.parameters.values()
            if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) and p.name != "self"}


def record():
    import torch
    import torch.nn.functional as torch_f

    import autograd_tutor as ours
    import autograd_tutor.nn.functional as ours_f

    aten = aten_keywords()
    functions, methods, functional = {}, {}, {}
    for name in sorted(n for n in dir(ours) if not n.startswith("_")):
        real = getattr(torch, name, None)
        if not callable(real) or isinstance(real, type) or inspect.ismodule(real):
            continue
        keys = python_keywords(real) if inspect.isfunction(real) else None
        if keys is None and name in aten:
            keys = set(aten[name])
        if keys is not None:
            functions[name] = tuple(sorted(keys))
    for name in sorted(n for n in dir(ours.Tensor) if not n.startswith("_")):
        real = getattr(torch.Tensor, name, None)
        if not callable(real):
            continue
        keys = python_keywords(real) if inspect.isfunction(real) else None
        if keys is None and name in aten:
            keys = set(aten[name]) - {"input", "out"}  # self is the tensor; methods take no out=
        if keys is not None:
            methods[name] = tuple(sorted(keys))
    for name in sorted(n for n in dir(ours_f) if not n.startswith("_")):
        real = getattr(torch_f, name, None)
        if not callable(real) or isinstance(real, type):
            continue
        keys = python_keywords(real)
        if keys is None and name in aten:
            keys = set(aten[name])
        if keys is not None:
            functional[name] = tuple(sorted(keys))
    return functions, methods, functional


def record_special():
    """``torch.special.<name>``: its keywords, from the ``aten::special_<name>`` schemas."""
    import torch

    import autograd_tutor as ours

    aten = aten_keywords()
    special = {}
    for name in sorted(n for n in dir(ours.special) if not n.startswith("_")):
        real = getattr(torch.special, name, None)
        if not callable(real) or isinstance(real, type):
            continue
        keys = python_keywords(real) if inspect.isfunction(real) else None
        if keys is None and f"special_{name}" in aten:
            keys = set(aten[f"special_{name}"])
        if keys is not None:
            special[name] = tuple(sorted(keys))
    return special


def inplace_functions():
    """``torch.sin_`` and the like: in-place Tensor methods PyTorch also offers as torch functions."""
    import torch

    import autograd_tutor as ours

    return tuple(n for n in dir(torch) if n.endswith("_") and not n.startswith("_")
                 and hasattr(torch.Tensor, n) and hasattr(ours.Tensor, n))


def main():
    functions, methods, functional = record()
    special = record_special()
    text = (
        '"""Keywords PyTorch 2.13 accepts, per function (recorded by scripts/record_torch_keywords.py;\n'
        'do not edit by hand)."""\n'
        f"FUNCTIONS = {pprint.pformat(functions, width=110, compact=True)}\n\n"
        f"METHODS = {pprint.pformat(methods, width=110, compact=True)}\n\n"
        f"FUNCTIONAL = {pprint.pformat(functional, width=110, compact=True)}\n\n"
        f"INPLACE_FUNCTIONS = {pprint.pformat(inplace_functions(), width=110, compact=True)}\n\n"
        f"SPECIAL = {pprint.pformat(special, width=110, compact=True)}\n"
    )
    TARGET.write_text(text)
    print(f"recorded {len(functions)} functions, {len(methods)} methods, {len(functional)} functional, "
          f"{len(special)} torch.special")


if __name__ == "__main__":
    main()
