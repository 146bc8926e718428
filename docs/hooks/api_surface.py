"""Fills the lists of what autograd_tutor provides into the docs, from the installed package
itself, so the "differences from PyTorch" page never lists a function that does not exist or
misses one that was added.

A page writes a marker such as `<!-- api-surface: functions -->` on a line of its own; the
marker becomes a sorted list of names.
"""
import importlib
import inspect
import re

from mkdocs.exceptions import PluginError

_MARKER = re.compile(r"^<!-- api-surface: ([\w.-]+) -->$", re.MULTILINE)


def on_page_markdown(markdown, page, config, files):
    if "<!-- api-surface:" not in markdown:
        return markdown
    return _MARKER.sub(lambda match: _listing(match.group(1)), markdown)


def _listing(what):
    names = _SURFACES.get(what)
    if names is None:
        raise PluginError(f"api-surface: unknown list {what!r}; known: {', '.join(sorted(_SURFACES))}")
    try:
        found = names()
    except Exception as error:  # a package that does not import cannot be documented
        raise PluginError(f"api-surface: could not list {what}: {type(error).__name__}: {error}") from error
    if what != "operators":  # operators keep their reading order
        found = sorted(found, key=str.lower)
    return ", ".join(f"`{name}`" for name in found) or "(none)"


def _module(name):
    return importlib.import_module(name)


def _public(obj):
    return [n for n in dir(obj) if not n.startswith("_")]


def _functions():
    torch = _module("autograd_tutor")
    skip = {"load_ipython_extension", "unload_ipython_extension"}
    return [n for n in _public(torch) if n not in skip and inspect.isroutine(getattr(torch, n))]


def _tensor_methods():
    return _public(_module("autograd_tutor").Tensor)


def _operators():
    tensor = _module("autograd_tutor").Tensor
    return [symbol for dunder, symbol in _OPERATORS.items() if callable(getattr(tensor, dunder, None))]


# The Python operators a learner writes (x @ w, -x, x[i] = v...), by the method behind each.
_OPERATORS = {
    "__add__": "+", "__sub__": "-", "__mul__": "*", "__truediv__": "/", "__floordiv__": "//",
    "__mod__": "%", "__pow__": "**", "__matmul__": "@", "__neg__": "-x", "__abs__": "abs(x)",
    "__getitem__": "x[i]", "__setitem__": "x[i] = v", "__eq__": "==", "__ne__": "!=",
    "__lt__": "<", "__le__": "<=", "__gt__": ">", "__ge__": ">=", "__and__": "&", "__or__": "|",
    "__invert__": "~", "__iadd__": "+=", "__isub__": "-=", "__imul__": "*=", "__itruediv__": "/=",
    "__len__": "len(x)", "__iter__": "iter(x)", "__bool__": "bool(x)", "__float__": "float(x)",
    "__int__": "int(x)", "__format__": "f\"{x:.3f}\"",
}


def _classes_in(module_name):
    module = _module(module_name)
    return [n for n in _public(module) if inspect.isclass(getattr(module, n))]


def _routines_in(module_name):
    module = _module(module_name)
    return [n for n in _public(module) if inspect.isroutine(getattr(module, n))
            and not inspect.ismodule(getattr(module, n))]


def _dtypes():
    torch = _module("autograd_tutor")
    dtype = torch.dtype
    return sorted({f"torch.{n}" for n in _public(torch) if isinstance(getattr(torch, n), dtype)})


_SURFACES = {
    "functions": _functions,
    "tensor-methods": _tensor_methods,
    "operators": _operators,
    "dtypes": _dtypes,
    "autograd": lambda: _routines_in("autograd_tutor.autograd") + _classes_in("autograd_tutor.autograd"),
    "nn": lambda: _classes_in("autograd_tutor.nn"),
    "nn.functional": lambda: _routines_in("autograd_tutor.nn.functional"),
    "optim": lambda: _classes_in("autograd_tutor.optim"),
}
