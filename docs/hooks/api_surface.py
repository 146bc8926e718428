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
    if what == "missing":
        return "\n".join(_missing())
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
    """Classes the module (or package) defines itself, not ones it merely imports."""
    module = _module(module_name)
    return [n for n in _public(module) if inspect.isclass(getattr(module, n))
            and getattr(module, n).__module__.startswith(module_name)]


def _routines_in(module_name):
    module = _module(module_name)
    return [n for n in _public(module) if inspect.isroutine(getattr(module, n))
            and not inspect.ismodule(getattr(module, n))]


def _dtypes():
    torch = _module("autograd_tutor")
    dtype = torch.dtype
    return sorted({f"torch.{n}" for n in _public(torch) if isinstance(getattr(torch, n), dtype)})


# PyTorch names a learner may reach for; the page lists those autograd_tutor does not have yet.
_PYTORCH_EXTRAS = (
    ("tensors", ("torch.bfloat16", "torch.complex64", "torch.sparse_coo_tensor", "Tensor.data_ptr",
                 "Tensor.untyped_storage", "Tensor.__torch_function__", "Tensor.cuda")),
    ("functions", ("torch.linalg", "torch.fft", "torch.einsum", "torch.sort", "torch.topk",
                   "torch.save", "torch.load", "torch.set_num_threads",
                   "torch.use_deterministic_algorithms")),
    ("special functions", ("torch.lgamma", "torch.digamma", "torch.polygamma", "torch.mvlgamma",
                           "torch.erfinv", "torch.i0", "torch.special", "torch.special.bessel_j0",
                           "torch.special.airy_ai", "torch.special.modified_bessel_k0")),
    ("autograd", ("torch.autograd.functional", "torch.func.functionalize")),
    ("`torch.nn`", ("torch.nn.Conv2d", "torch.nn.MaxPool2d", "torch.nn.Dropout", "torch.nn.BatchNorm1d",
                    "torch.nn.LayerNorm", "torch.nn.Embedding", "torch.nn.LSTM", "torch.nn.RReLU")),
    ("`torch.nn.functional`", ("torch.nn.functional.rrelu",)),
    ("`torch.optim`", ("torch.optim.Adagrad", "torch.optim.LBFGS", "torch.optim.lr_scheduler")),
    ("the rest of the ecosystem", ("torch.utils.data", "torch.compile", "torch.jit",
                                   "torch.distributed")),
)


def _exists(dotted):
    """Does autograd_tutor have the PyTorch name `dotted` ("torch.nn.Conv2d", "Tensor.cuda")?"""
    head, *path = dotted.split(".")
    obj = _module("autograd_tutor") if head == "torch" else _module("autograd_tutor").Tensor
    for part in path:
        try:
            obj = getattr(obj, part)
        except (AttributeError, ImportError):
            return False
    return True


def _missing():
    lines = []
    for group, names in _PYTORCH_EXTRAS:
        absent = [f"`{name}`" for name in names if not _exists(name)]
        if absent:
            lines.append(f"- {group}: " + ", ".join(absent))
    return lines or ["- (none of the names this page checks)"]


def _exported(module_name):
    """What a module exports: its __all__ without submodules, else its public classes and
    functions."""
    module = _module(module_name)
    names = getattr(module, "__all__", None)
    if names is None:
        return _classes_in(module_name) + _routines_in(module_name)
    return [n for n in names if not inspect.ismodule(getattr(module, n, None))]


_SURFACES = {
    "functions": _functions,
    "tensor-methods": _tensor_methods,
    "operators": _operators,
    "dtypes": _dtypes,
    "autograd": lambda: _exported("autograd_tutor.autograd"),
    "nn": lambda: _exported("autograd_tutor.nn"),
    "nn.functional": lambda: _exported("autograd_tutor.nn.functional"),
    "nn.init": lambda: _exported("autograd_tutor.nn.init"),
    "nn.utils": lambda: _exported("autograd_tutor.nn.utils"),
    "linalg": lambda: _exported("autograd_tutor.linalg"),
    "special": lambda: _exported("autograd_tutor.special"),
    "func": lambda: _exported("autograd_tutor.func"),
    "optim": lambda: _exported("autograd_tutor.optim"),
    "optim.lr_scheduler": lambda: _exported("autograd_tutor.optim.lr_scheduler"),
}
