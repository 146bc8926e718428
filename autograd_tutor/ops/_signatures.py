"""PyTorch's TypeErrors when a ``torch.<function>`` gets something other than a tensor first.

PyTorch's functions take tensors (``torch.exp(2.0)`` fails), while internally our ops accept
numbers and arrays. ``checked(functions)`` wraps the public ``torch.*`` functions only, so the
ops themselves (and Tensor methods, where ``self`` is always a tensor) pay nothing.

The reductions' check of ``dim``'s type (``torch.sum(x, 1.5)``) is declared with each op
(``@op("sum", dim_check=dim_list)``) and applied here to the function and the Tensor method.
"""
import functools

from ..tensor import Tensor
from . import _torch_first_argument as first_argument
from ._arg_checks import type_name

# How PyTorch refuses a first argument that is not a tensor, per torch function (recorded).
RULES = first_argument.RULES


def type_label(value):
    """How PyTorch's argument parser names a value's type (Tensor, float, list, torch.dtype...)."""
    if isinstance(value, Tensor):
        return "Tensor"
    label = type_name(value)
    return label.replace("autograd_tutor._dtypes.", "torch.")


def invalid_combination(name, args, kwargs, expected="one of:"):
    got = ", ".join(type_label(a) for a in args)
    named = [f"{k}={type_label(v)}" for k, v in kwargs.items()]
    if named:
        # PyTorch's quirk: keywords alone end with ", " (``got (dim=float, )``).
        got = f"{got}, {', '.join(named)}" if got else "".join(f"{n}, " for n in named)
    return f"{name}() received an invalid combination of arguments - got ({got}), but expected {expected}"


def overloaded(fn, name, method):
    """``torch.<name>`` (``method`` False) or ``Tensor.<name>`` of an op PyTorch gives several
    signatures: an ``other`` it cannot take (``fn`` raises TypeError or returns NotImplemented,
    as operators do) is PyTorch's ``received an invalid combination of arguments``."""

    def call(input, other):
        try:
            result = fn(input, other)
        except TypeError:
            result = NotImplemented
        if result is NotImplemented:
            raise TypeError(invalid_combination(name, (other,) if method else (input, other), {}))
        return result

    call.__name__ = name
    return call


def overloaded_method(fn, name):
    return overloaded(fn, name, True)


def overloaded_function(fn, name):
    return overloaded(fn, name, False)


# PyTorch's parser checks of a reduction's ``dim`` (the second argument), declared with each op
# (``@op("sum", dim_check=dim_list)``) and applied here to torch.<name> and Tensor.<name>.
def int_dim(v):  # prod(input, dim): an int
    return isinstance(v, int) and not isinstance(v, bool)


def dim_or_tensor(v):  # max(input, dim) or max(input, other)
    return int_dim(v) or isinstance(v, Tensor)


def dim_list(v):  # sum(input, dim): None, an int, or a sequence of ints
    return v is None or int_dim(v) or (isinstance(v, (tuple, list)) and all(int_dim(d) for d in v))


def dim_checks():
    """name -> the ``dim_check`` its op declares (read when the namespace is built)."""
    from ._registry import declared

    return {o.name: o.dim_check for o in declared() if o.dim_check is not None}


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
    for name, ok in dim_checks().items():
        if name in methods:
            out[name] = _method_checking_dim(methods[name], name, ok)
    return out


def _refusal(rule, args, kwargs):
    """PyTorch's TypeError for these arguments under ``rule``, or None when they pass."""
    if not args or isinstance(args[0], Tensor):
        return None
    if rule[0] == "tensor":
        _, reported, arg = rule
        return TypeError(f"{reported}(): argument '{arg}' (position 1) must be Tensor, not {type_name(args[0])}")
    _, reported, expected, strict = rule
    # Overloads taking a number first (torch.add(2, t)) accept it when a tensor follows.
    if strict or not any(isinstance(a, Tensor) for a in (*args, *kwargs.values())):
        return TypeError(invalid_combination(reported, args, kwargs, expected))
    return None


def _requiring_tensor(fn, name, dim_ok):
    rule = RULES.get(name)

    @functools.wraps(fn)
    def call(*args, **kwargs):
        if rule is not None and args and not isinstance(args[0], Tensor):
            refused = _refusal(rule, args, kwargs)
            if refused is not None:
                raise refused
        if dim_ok is not None and (len(args) > 1 or kwargs):
            _check_dim(name, dim_ok, args, kwargs, 1)
        return fn(*args, **kwargs)

    return call


def checked(functions):
    """The ``torch.*`` functions, those PyTorch checks the first argument or ``dim`` of wrapped
    with its check (applied once, to the whole namespace)."""
    dims = dim_checks()
    return {name: _requiring_tensor(fn, name, dims.get(name)) if name in RULES or name in dims else fn
            for name, fn in functions.items()}
