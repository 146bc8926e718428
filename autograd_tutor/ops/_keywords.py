"""PyTorch's keyword surface on every torch function and Tensor method: aliases, ``out=``, and a
NotImplementedError (never a silent ignore) for a keyword PyTorch accepts that we do not implement.

``keywords(name, fn, recorded)`` wraps one function. Calls without keywords go straight through;
with keywords:

- NumPy's names are PyTorch's aliases: ``axis`` -> ``dim``, ``keepdims`` -> ``keepdim``,
  ``x``/``a``/``x1`` -> ``input``, ``x2`` -> ``other`` (PyTorch's argument parser does the same);
- ``out=`` is honoured for every function here, as PyTorch does it: the result is computed, then
  written into ``out`` (resized with PyTorch's warning when its shape differs, cast when allowed),
  and ``out`` is returned; with an argument requiring grad it is PyTorch's RuntimeError;
- a keyword PyTorch accepts (``_torch_keywords``, recorded from PyTorch 2.13) that the function
  does not take raises NotImplementedError naming it; so do values we only model at their default
  (``layout``, ``pin_memory``, ``memory_format``...).
"""
import functools
import inspect
import warnings

import numpy as np

ALIASES = {"axis": "dim", "keepdims": "keepdim", "x": "input", "a": "input", "x1": "input", "x2": "other"}


def _is_default_format(value):
    return value is None or getattr(value, "_name", None) in ("preserve_format", "contiguous_format")


def _is_strided(value):
    return value is None or getattr(value, "_name", None) == "strided"


# Keywords whose other values change behaviour we do not model: only the default is accepted.
DEFAULT_ONLY = {
    "layout": _is_strided,
    "pin_memory": lambda v: v is False or v is None,
    "memory_format": _is_default_format,
    "sparse_grad": lambda v: v is False,
    "names": lambda v: v is None,
}


def not_implemented(qualname, keyword, value=None, default_only=False):
    what = f"argument '{keyword}'" + (f"={value!r}" if default_only else "")
    return NotImplementedError(
        f"{qualname}(): {what} is accepted by PyTorch but not implemented in autograd_tutor; "
        f"leave it out{' or pass its default' if default_only else ''} (see docs/pytorch-differences.md)"
    )


def accepted(fn):
    """The keyword names ``fn`` takes, or None when it takes ``**kwargs`` (anything)."""
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return None
    if any(p.kind == p.VAR_KEYWORD for p in params):
        return None
    return frozenset(p.name for p in params if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY))


def _first_positional(fn):
    try:
        params = list(inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):
        return None
    return params[0].name if params and params[0].kind == params[0].POSITIONAL_OR_KEYWORD else None


_VARARG_KEYS = frozenset({"size", "shape", "dims", "repeats"})


def _named(fn):
    try:
        return frozenset(inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        return frozenset()


def _has_varargs(fn):
    try:
        return any(p.kind == p.VAR_POSITIONAL for p in inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):
        return False


# Tensor methods PyTorch records no keywords for are C methods that take none (``x.exp_(out=x)``:
# its words below, never an ``out`` quietly ignored), but for these, written in Python there.
_KEYWORD_TOLERANT_METHODS = frozenset({"cpu", "cuda", "nonzero"})


def _taking_no_keywords(name, fn):
    @functools.wraps(fn)
    def call(*args, **kwargs):
        if kwargs:
            raise TypeError(f"TensorBase.{name}() takes no keyword arguments")
        return fn(*args)

    call.torch_keywords = frozenset()
    call.renamed = frozenset()
    return call


def keywords(name, fn, recorded, qualname=None, method=False):
    """``fn`` with PyTorch's keyword handling (see the module's docstring)."""
    ours = accepted(fn)
    torch_keys = frozenset(recorded or ())
    qualname = qualname or name
    takes_out = "out" in torch_keys and not method
    # PyTorch names the first argument ``input`` where some of ours say ``tensor`` or ``x``.
    first = _first_positional(fn)
    rename = {"input": first} if ours is not None and "input" not in ours and first else {}
    # PyTorch's keyword for what ours takes as ``*size`` (``x.view(size=(3, 2))``).
    packed = _VARARG_KEYS & torch_keys - (ours or frozenset()) if ours is not None and _has_varargs(fn) else frozenset()
    missing = frozenset() if ours is None else torch_keys - ours - {"out"} - rename.keys() - packed

    # A function taking ``**kwargs`` gets nothing PyTorch would refuse (nothing ignored quietly).
    known = None if ours is not None else _named(fn) | torch_keys | ALIASES.keys()

    if method and recorded is not None and not torch_keys and name not in _KEYWORD_TOLERANT_METHODS:
        return _taking_no_keywords(name, fn)

    @functools.wraps(fn)
    def call(*args, **kwargs):
        if not kwargs:
            return fn(*args)
        if known is not None and not kwargs.keys() <= known:
            key = next(iter(kwargs.keys() - known))
            raise TypeError(f"{name}() got an unexpected keyword argument '{key}'")
        for alias in ALIASES.keys() & kwargs.keys():
            target = ALIASES[alias]
            if (ours is not None and alias in ours) or target in kwargs:
                continue
            if ours is None or target in ours or target in torch_keys:
                kwargs[target] = kwargs.pop(alias)
        for key in packed & kwargs.keys():
            args = (*args, kwargs.pop(key))
        for key in rename.keys() & kwargs.keys():
            kwargs[rename[key]] = kwargs.pop(key)
        for key in DEFAULT_ONLY.keys() & kwargs.keys():
            if not DEFAULT_ONLY[key](kwargs[key]):
                raise not_implemented(qualname, key, kwargs[key], default_only=True)
        if missing:
            for key in missing & kwargs.keys():
                if key not in DEFAULT_ONLY:
                    raise not_implemented(qualname, key)
                del kwargs[key]  # its default, checked above
        if takes_out and "out" in kwargs:
            out = kwargs.pop("out")
            if out is not None:
                return write_out(name, fn, args, kwargs, out)
        return fn(*args, **kwargs)

    call.torch_keywords = torch_keys
    call.renamed = frozenset(rename) | packed
    return call


# ----------------------------------------------------------------------------------------- out=
_RESIZED = (
    "An output with one or more elements was resized since it had shape {}, which does not match "
    "the required output shape {}. This behavior is deprecated, and in a future PyTorch release "
    "outputs will not be resized unless they have zero elements. You can explicitly reuse an out "
    "tensor t by resizing it, inplace, to zero elements with t.resize_(0). (Triggered internally at "
    "/__w/pytorch/pytorch/aten/src/ATen/native/Resize.cpp:30.)"
)


def _tensors(values):
    from ..tensor import Tensor

    for v in values:
        if isinstance(v, Tensor):
            yield v
        elif isinstance(v, (list, tuple)):
            yield from _tensors(v)


def write_out(name, fn, args, kwargs, out):
    from ..autograd import grad_mode
    from ..tensor import Tensor

    outs = tuple(out) if isinstance(out, (tuple, list)) else (out,)
    for o in outs:
        if not isinstance(o, Tensor):
            raise TypeError(f"{name}(): argument 'out' must be Tensor, not {type(o).__name__}")
    if grad_mode.enabled and any(t._requires_grad for t in _tensors((*args, *kwargs.values(), *outs))):
        raise RuntimeError(
            f"{name}(): functions with out=... arguments don't support automatic differentiation, "
            "but one of the arguments requires grad."
        )
    result = fn(*args, **kwargs)
    results = tuple(result) if isinstance(out, (tuple, list)) else (result,)
    # Factories (no tensor argument) resize ``out`` silently; other ops warn when it had elements.
    warn = any(True for _ in _tensors((*args, *kwargs.values())))
    for o, r in zip(outs, results):
        _store(o, r, warn)
    if isinstance(out, (tuple, list)):
        return _out_tuple(result, outs)
    return out


def _store(out, result, warn):
    from .inplace.variants import _legacy, _write

    data = np.asarray(getattr(result, "_data", result))
    if data.shape != out._data.shape:
        if not np.can_cast(data.dtype, out._data.dtype, casting="same_kind") and data.dtype.kind != "b":
            raise RuntimeError(f"result type {_legacy(data.dtype)} can't be cast to the desired output "
                               f"type {_legacy(out._data.dtype)}")
        if out._data.size and warn:
            warnings.warn(_RESIZED.format(list(out._data.shape), list(data.shape)), UserWarning, stacklevel=4)
        out._data = np.empty(data.shape, out._data.dtype)
    _write(out, data)


def _out_tuple(result, outs):
    from .. import return_types

    named = getattr(return_types, f"{type(result).__name__}_out", None)
    if named is None:
        base = getattr(result, "_fields", None)
        if base is None:
            return tuple(outs)
        named = return_types._named(f"{type(result).__name__}_out", base)
        setattr(return_types, named.__name__, named)
    return named(*outs)
