"""PyTorch's TypeErrors when a ``torch.<function>`` gets something other than a tensor first.

PyTorch's functions take tensors (``torch.exp(2.0)`` fails), while internally our ops accept
numbers and arrays. ``checked(functions)`` wraps the public ``torch.*`` functions only, so the
ops themselves (and Tensor methods, where ``self`` is always a tensor) pay nothing.
"""
import functools

from ..tensor import Tensor
from ._arg_checks import type_name

# Names whose message is "<name>(): argument 'input' (position 1) must be Tensor, not <type>".
INPUT_FIRST = frozenset("""
abs absolute amax amin arctan argmax argmin argsort atan ceil chunk clone cos cosh count_nonzero
cumsum dot equal erf exp exp2 expm1 flatten flip floor gather ger index_add index_put index_select
isclose allclose isfinite isinf isnan log log10 log1p log2 log_softmax logical_and logical_not
logical_or logsumexp matmul max maximum mean min minimum mv neg negative nonzero outer permute prod
reciprocal relu reshape round rsqrt scatter_add select sgn sigmoid sign sin sinh softmax sort sqrt
square squeeze sum swapaxes swapdims t tan tanh topk transpose trunc unbind unflatten unsqueeze
mm bmm numel diagonal trace diag
""".split())
# Names with several overloads: "<name>() received an invalid combination of arguments - got (...)".
OVERLOADED = frozenset("""
addmm all any clamp clamp_max clamp_min clip eq ge greater greater_equal gt le less less_equal lt
masked_fill moveaxis movedim narrow ne not_equal rsub scatter std var
""".split())


def type_label(value):
    """How PyTorch's argument parser names a value's type (Tensor, float, list, torch.dtype...)."""
    if isinstance(value, Tensor):
        return "Tensor"
    label = type_name(value)
    return label.replace("autograd_tutor._dtypes.", "torch.")


def invalid_combination(name, args, kwargs):
    got = ", ".join(type_label(a) for a in args)
    named = [f"{k}={type_label(v)}" for k, v in kwargs.items()]
    if named:
        # PyTorch's quirk: keywords alone end with ", " (``got (dim=float, )``).
        got = f"{got}, {', '.join(named)}" if got else "".join(f"{n}, " for n in named)
    return f"{name}() received an invalid combination of arguments - got ({got}), but expected one of:"


def _is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def _dim_or_other(v):  # max(input, dim) or max(input, other)
    return _is_int(v) or isinstance(v, Tensor)


def _dims(v):  # sum(input, dim): None, an int, or a sequence of ints
    return v is None or _is_int(v) or (isinstance(v, (tuple, list)) and all(_is_int(d) for d in v))


# Reductions whose ``dim`` (second argument) has a type PyTorch's parser checks.
DIM_CHECKS = {"max": _dim_or_other, "min": _dim_or_other, "sum": _dims, "mean": _dims, "std": _dims,
              "var": _dims, "prod": _is_int}


def _check_dim(name, ok, args, kwargs, first):
    # ``first``: index of the dim among args (1 for torch.sum(x, dim), 0 for x.sum(dim)).
    dim = args[first] if len(args) > first else kwargs.get("dim", 0)
    if not ok(dim):
        raise TypeError(invalid_combination(name, args, kwargs))


def _method_checking_dim(fn, name, ok):
    @functools.wraps(fn)
    def method(self, *args, **kwargs):
        if args or kwargs:
            _check_dim(name, ok, args, kwargs, 0)
        return fn(self, *args, **kwargs)

    return method


def checked_methods(methods):
    """Tensor methods, the reductions wrapped with PyTorch's check of ``dim``'s type."""
    out = dict(methods)
    for name, ok in DIM_CHECKS.items():
        if name in methods:
            out[name] = _method_checking_dim(methods[name], name, ok)
    return out


def _requiring_tensor(fn, name, overloaded):
    dim_ok = DIM_CHECKS.get(name)

    @functools.wraps(fn)
    def call(*args, **kwargs):
        if args and not isinstance(args[0], Tensor):
            if overloaded:
                raise TypeError(invalid_combination(name, args, kwargs))
            raise TypeError(f"{name}(): argument 'input' (position 1) must be Tensor, not {type_name(args[0])}")
        if dim_ok is not None and (len(args) > 1 or kwargs):
            _check_dim(name, dim_ok, args, kwargs, 1)
        return fn(*args, **kwargs)

    return call


def checked(functions):
    """The ``torch.*`` functions, those taking a tensor first wrapped with PyTorch's type check."""
    out = dict(functions)
    for name, fn in functions.items():
        if name in INPUT_FIRST or name in OVERLOADED:
            out[name] = _requiring_tensor(fn, name, name in OVERLOADED)
    return out
