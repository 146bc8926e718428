"""PyTorch's TypeErrors when a ``torch.<function>`` gets something other than a tensor first.

PyTorch's functions take tensors (``torch.exp(2.0)`` fails), while internally our ops accept
numbers and arrays. ``checked(functions)`` wraps the public ``torch.*`` functions only, so the
ops themselves (and Tensor methods, where ``self`` is always a tensor) pay nothing.

``refusing_wrong_operands`` gives an op's function or method PyTorch's TypeError for an operand of
the wrong type (``x.sub_("a")``, ``torch.pow(x, None)``), recorded in ``_torch_wrong_operand``;
the registry applies it to every op it has a rule for.

The reductions' check of ``dim``'s type (``torch.sum(x, 1.5)``) is declared with each op
(``@op("sum", dim_check=dim_list)``) and applied here to the function and the Tensor method.
"""
import functools
import re
from numbers import Number

import numpy as np

from ..tensor import Tensor
from . import _torch_first_argument as first_argument, _torch_wrong_operand as wrong_operand
from ._arg_checks import type_name

# How PyTorch refuses a first argument that is not a tensor, per torch function (recorded).
RULES = first_argument.RULES


def type_label(value):
    """How PyTorch's argument parser names a value's type (Tensor, float, list, torch.dtype...)."""
    if isinstance(value, Tensor):
        return "Tensor"
    label = type_name(value)
    return label.replace("autograd_tutor._dtypes.", "torch.")


def _got(args, kwargs):
    """The ``got (...)`` of PyTorch's invalid-combination message: the arguments' types."""
    got = ", ".join(type_label(a) for a in args)
    # PyTorch's parser lists the keywords in the reverse of the order they were written
    named = [f"{k}={type_label(v)}" for k, v in reversed(kwargs.items())]
    if named:
        # PyTorch's quirk: keywords alone end with ", " (``got (dim=float, )``).
        got = f"{got}, {', '.join(named)}" if got else "".join(f"{n}, " for n in named)
    return f"got ({got})"


def invalid_combination(name, args, kwargs, expected="one of:"):
    return f"{name}() received an invalid combination of arguments - {_got(args, kwargs)}, but expected {expected}"


# ----------------------------------------------------------------------------- wrong-type operands
_FINE = frozenset({Tensor, float, int, bool})  # the fast path: no further look (subclasses: isinstance)
_GOT = re.compile(r"got \([^)]*\)")


def _numeric(value):
    if isinstance(value, (Tensor, Number, np.ndarray, np.generic)):
        return True
    return isinstance(value, (list, tuple)) and all(_numeric(v) for v in value)


def _probe_type(value):
    """Which recorded probe (str, list of str, None, object()) a wrong operand is refused like,
    or None when its type is one the op takes (tensor, number, array, nested numbers)."""
    if value is None:
        return "NoneType"
    if isinstance(value, str):
        return "str"
    if _numeric(value):
        return None
    return "list" if isinstance(value, list) else "object"


def _marked(value):
    """How PyTorch's ``didn't match ... (Tensor, !list of [str]!)`` names a value's type."""
    if isinstance(value, list):
        return f"list of [{', '.join(type_label(v) for v in value)}]"
    if isinstance(value, tuple):
        return f"tuple of ({', '.join(type_label(v) for v in value)}{',' if len(value) == 1 else ''})"
    return type_label(value)


def _takes_int_lists(rule):
    """Whether PyTorch takes a list of ints at this operand (the dims of all, any and
    count_nonzero, whose recorded messages list a ``tuple of ints`` signature)."""
    return any("tuple of ints" in t for t in ([rule] if isinstance(rule, str) else rule.values()))


def _wrong_operand(rule, value, args, kwargs, method):
    probe = _probe_type(value)
    if probe is None and isinstance(value, (list, tuple)):
        # PyTorch's parser takes no list of numbers for a Tensor or number operand: x.masked_fill(m, [2.])
        if not (_takes_int_lists(rule) and all(isinstance(v, int) for v in value)):
            probe = "list" if isinstance(value, list) else "object"
    if probe is None:
        return None
    template = rule if isinstance(rule, str) else rule.get(probe, rule.get("object") if probe == "object" else None)
    if template is None:  # PyTorch takes this type there (None for clamp's max)
        return None
    message = template.format(type=type_label(value), marked=_marked(value))
    # The recorded message's ``got (Tensor, str)`` had tensors before the operand and nothing
    # after: PyTorch lists the arguments actually given.
    return TypeError(_GOT.sub(lambda m: _got(args[1:] if method else args, kwargs), message, count=1))


def refusing_wrong_operands(fn, name, method):
    """``fn`` (the torch function or, ``method``, the Tensor method ``name``) refusing an operand
    of the wrong type, given by position or keyword, as PyTorch does; ``fn`` itself when PyTorch
    recorded no such refusal."""
    rules = wrong_operand.RULES.get(("method" if method else "function", name))
    if rules is None:
        return fn
    positions = tuple((1 + at, rule) for at, rule in rules.items() if isinstance(at, int))  # after input/self
    keywords = {key: rule for key, rule in rules.items() if isinstance(key, str)}

    @functools.wraps(fn)
    def call(*args, **kwargs):
        for at, rule in positions:
            if len(args) > at and type(args[at]) not in _FINE and not isinstance(args[at], Tensor):
                refused = _wrong_operand(rule, args[at], args, kwargs, method)
                if refused is not None:
                    raise refused
        if kwargs and keywords:
            for key in keywords.keys() & kwargs.keys():
                value = kwargs[key]
                if type(value) not in _FINE and not isinstance(value, Tensor):
                    refused = _wrong_operand(keywords[key], value, args, kwargs, method)
                    if refused is not None:
                        raise refused
        return fn(*args, **kwargs)

    return call


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


_UNBIASED_ALONE = frozenset({"var", "std"})  # a bool alone after the input is unbiased, not dim


def _check_dim(name, ok, args, kwargs, first):
    # ``first``: index of the dim among args (1 for torch.sum(x, dim), 0 for x.sum(dim)).
    dim = args[first] if len(args) > first else kwargs.get("dim", 0)
    if type(dim) is bool and name in _UNBIASED_ALONE and len(args) == first + 1 and not kwargs:
        return  # PyTorch's var(input, bool unbiased) overload: torch.var(x, False)
    if not ok(dim):
        expected = first_argument.DIM_EXPECTED.get(name, ("one of:", "one of:"))[1 - first]
        raise TypeError(invalid_combination(name, args, kwargs, expected))


def _method_checking_dim(fn, name, ok):
    keepdim = _keepdim_check(("method", name))

    @functools.wraps(fn)
    def method(self, *args, **kwargs):
        if args or kwargs:
            _check_dim(name, ok, args, kwargs, 0)
            if keepdim is not None:
                keepdim((self, *args), kwargs)
        return fn(self, *args, **kwargs)

    return method


def checked_methods(methods):
    """Tensor methods, the reductions wrapped with PyTorch's check of ``dim``'s type."""
    out = dict(methods)
    dims = dim_checks()
    for name, ok in dims.items():
        if name in methods:
            out[name] = _method_checking_dim(methods[name], name, ok)
    return {name: fn if name in dims else _refusing_non_bool_keepdim(fn, ("method", name)) for name, fn in out.items()}


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


def _numbers_as_tensors(name, rule, args, kwargs):
    """Whether PyTorch reads a number first as a 0-dim tensor here although no tensor follows:
    its parser does so for add, sub, mul, div and their aliases (``torch.add(2, 3)`` is
    ``tensor(5)``). With a wrong operand after it, add, sub, mul and div refuse that operand
    (``torch.add(2, "a")``: argument 'other'), the aliases the whole call (``got (int, str)``)."""
    if rule[0] != "overloaded" or rule[3] or type(args[0]) not in (int, float, bool):
        return False
    if len(args) < 2 and "other" not in kwargs:  # torch.add(2.0): refused as a whole
        return False
    if any(isinstance(a, Tensor) for a in (*args[1:], *kwargs.values())):
        return False
    wrong = [a for a in args[1:] if type(a) not in (int, float, bool)]
    if not wrong:
        return True
    template = wrong_operand.RULES.get(("function", name), {}).get(0)
    if isinstance(template, dict):
        template = template.get(_probe_type(wrong[0]) or "object")
    return isinstance(template, str) and template.startswith(f"{name}(): argument")


def refusing_non_tensor_first(fn, rule):
    """``fn`` refusing a first argument that is not a tensor as PyTorch does under ``rule`` (a
    recorded one: ``torch.special``'s functions, named ``special_<name>`` in PyTorch's words);
    a ``("numbers", reported, expected)`` rule refuses only two numbers (``special.zeta(2., 3.)``)."""
    if rule[0] == "numbers":
        _, reported, expected = rule

        @functools.wraps(fn)
        def call(*args, **kwargs):
            operands = args[:2]
            if any(not isinstance(a, Tensor) and type(a) not in (int, float, bool) for a in operands) or (
                    args and not any(isinstance(a, Tensor) for a in (*args, *kwargs.values()))):
                raise TypeError(invalid_combination(reported, args, kwargs, expected))
            return fn(*args, **kwargs)

        return call

    @functools.wraps(fn)
    def call(*args, **kwargs):
        if args and not isinstance(args[0], Tensor):
            refused = _refusal(rule, args, kwargs)
            if refused is not None:
                raise refused
        return fn(*args, **kwargs)

    return call


def _requiring_tensor(fn, name, dim_ok):
    rule = RULES.get(name)
    keepdim = _keepdim_check(("function", name)) if dim_ok is not None else None

    @functools.wraps(fn)
    def call(*args, **kwargs):
        if rule is not None and args and not isinstance(args[0], Tensor):
            if _numbers_as_tensors(name, rule, args, kwargs):
                from ..creation import tensor

                return call(tensor(args[0]), *args[1:], **kwargs)
            refused = _refusal(rule, args, kwargs)
            if refused is not None:
                raise refused
        if dim_ok is not None and (len(args) > 1 or kwargs):
            _check_dim(name, dim_ok, args, kwargs, 1)
            if keepdim is not None:
                keepdim(args, kwargs)
        return fn(*args, **kwargs)

    return call


def checked(functions):
    """The ``torch.*`` functions, those PyTorch checks the first argument, ``dim`` or ``keepdim``
    of wrapped with its check (applied once, to the whole namespace)."""
    dims = dim_checks()
    out = {name: _requiring_tensor(fn, name, dims.get(name)) if name in RULES or name in dims else fn
           for name, fn in functions.items()}
    # the reductions with a dim check (sum, mean...) check keepdim in the same wrapper
    return {name: fn if name in dims else _refusing_non_bool_keepdim(fn, ("function", name))
            for name, fn in out.items()}


_KEEPDIM_AT = 2  # (input, dim, keepdim) and (self, dim, keepdim): the index of keepdim given by position


def _keepdim_check(key):
    """``check(args, kwargs)`` raising PyTorch's recorded TypeError for a keepdim that is not a
    bool (``x.sum(0, keepdim=1)``); None for the functions PyTorch does not check so. ``args``
    start with the input (or self)."""
    templates = getattr(first_argument, "KEEPDIM", {}).get(key)  # absent while the table is first recorded
    if templates is None:
        return None
    positional, keyword = templates
    method = key[0] == "method"
    # A str, None or object there is refused by the recorded wrong-operand rules, word for word
    # (all, any): this check only adds the numbers they let through.
    wrong_operands_recorded = key in wrong_operand.RULES

    def refused(value):
        return type(value) is not bool and not (wrong_operands_recorded and _probe_type(value) is not None)

    def refusal(template, value, args, kwargs):
        message = template.replace("{type}", type_label(value))
        return TypeError(_GOT.sub(lambda m: _got(args[1:] if method else args, kwargs), message, count=1))

    def check(args, kwargs):
        if positional is not None and len(args) > _KEEPDIM_AT and refused(args[_KEEPDIM_AT]):
            raise refusal(positional, args[_KEEPDIM_AT], args, kwargs)
        if kwargs and "keepdim" in kwargs and refused(kwargs["keepdim"]):
            raise refusal(keyword, kwargs["keepdim"], args, kwargs)

    return check


def _refusing_non_bool_keepdim(fn, key):
    """``fn`` with ``_keepdim_check``; ``fn`` itself when there is nothing to check."""
    check = _keepdim_check(key)
    if check is None:
        return fn

    @functools.wraps(fn)
    def call(*args, **kwargs):
        if len(args) > _KEEPDIM_AT or kwargs:
            check(args, kwargs)
        return fn(*args, **kwargs)

    return call
