"""Piecewise elementwise functions: relu, abs, sign, rounding (floor, ceil, round, trunc, frac) and clamp.

Where a piece is flat the gradient is stopped: the backward keeps the gradient where the input
was inside the active piece and gives +0. elsewhere (``xp.keep``), as PyTorch's masks do.
"""
import numpy as np

from ... import _dtypes
from ...autograd.node import Node
from ...tensor import Tensor
from .._masks import drop
from .._numpy_namespace import sign as real_sign
from .._record import binary_operands, record, to_tensor
from .._registry import op, tables
from .._special_signatures import decimals_zero
from .exp_log import _float_data


class ReluBackward0(Node):
    """d relu(x) = 1 where x > 0, else 0"""

    rule = "grad_self = grad where result > 0, else 0"

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (threshold_backward(self.xp, grad, result, 0),)


class ThresholdBackwardBackward0(Node):
    """relu's backward as an op (create_graph): linear in the gradient; its mask has no slope"""

    rule = "relu's backward as an op (create_graph): linear in the gradient; its mask has no slope"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("threshold",)

    def backward(self, grad, result):
        threshold = self._attrs[0]
        g_grad = threshold_backward(self.xp, grad, result, threshold) if self.needs(0) else None
        return g_grad, self.xp.zeros_like(grad) if self.needs(1) else None


def threshold_backward(xp, grad, result, threshold):
    """``grad`` except where ``result <= threshold``, +0 there (one recorded op under create_graph).
    Written as PyTorch's test, so a nan input passes its gradient on."""
    def compute(g, result):
        return drop(g, result <= threshold)

    return xp.recorded(ThresholdBackwardBackward0, compute, (grad, result), (result,), (threshold,))


@op("relu", inplace="relu_")
def relu(input):
    if not isinstance(input, Tensor):
        input = to_tensor(input)
    data = input._data
    dtype = data.dtype
    # PyTorch's clamp_min(x, 0): x unless x < 0, so -0. and nan stay as they are. One NumPy pass
    # where np.maximum(0, x) keeps them (_MAXIMUM_ZEROS: float32 and float64, the common case
    # decided by one lookup), through a mask for other floats.
    zero = _MAXIMUM_ZEROS.get(dtype)
    if zero is not None:
        data = np.maximum(zero, data)
    elif dtype.kind == "b":
        raise RuntimeError("Boolean inputs not supported for relu")
    elif dtype.kind != "f":
        data = np.maximum(dtype.type(0), data)
    else:
        data = drop(data, data < 0)
    return record(ReluBackward0, data, (input,), save_result=True)


def _maximum_keeps_x(dtype):
    """Whether ``np.maximum(0, x)`` is ``x`` for every x not below 0, bit for bit (-0., nan with
    its sign, denormals), here: it is with NumPy's vector loops for float32/float64 (in their main
    and tail parts, hence the lengths), not for float16 (+0. for -0.)."""
    special = np.array([-0.0, np.nan, -np.nan, np.inf, 1e-45, 5e-324, 0.0, -1.0], dtype)
    for n in (1, 3, 7, 8, 15, 16, 17, 33, 67):
        x = np.resize(special, n)
        for v in (x, x[::-1], x[::2]):
            kept = np.where(v < 0, dtype.type(0), v)
            if np.maximum(dtype.type(0), v).tobytes() != kept.tobytes():
                return False
    return True


# The zero np.maximum takes, for the float dtypes where it keeps x.
_MAXIMUM_ZEROS = {d: d.type(0) for d in (np.dtype(np.float32), np.dtype(np.float64)) if _maximum_keeps_x(d)}


class AbsBackward0(Node):
    """d |x| = sign(x)"""

    rule = "grad_self = grad * sign(self)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad * self.xp.sgn(x),)  # PyTorch's graph: MulBackward0 over SgnBackward0


@op("abs", aliases=("absolute",), inplace="abs_", dunders=("__abs__",))
def abs(input):
    input = to_tensor(input)
    if input._data.dtype == np.bool_:
        raise NotImplementedError('"abs_cpu" not implemented for \'Bool\'')
    return record(AbsBackward0, np.abs(input._data), (input,), (input,))


class SignBackward0(Node):
    """sign is piecewise constant: zero gradient"""

    rule = "grad_self = 0   (sign is piecewise constant)"

    __slots__ = ()

    def backward(self, grad):
        return (self.xp.zeros_like(grad),)


@op("sign", inplace="sign_")
def sign(input):
    input = to_tensor(input)
    return record(SignBackward0, real_sign(input._data), (input,))


class SgnBackward0(Node):
    """sgn (sign, also for complex numbers) is piecewise constant for real numbers: zero
    gradient. It saves ``self`` and its result, as PyTorch's (the complex formula needs them)."""

    rule = ("sgn (sign, also for complex numbers) is piecewise constant for real numbers: zero gradient. "
            "It saves ``self`` and its result, as PyTorch's (the complex formula needs them).")

    __slots__ = ()
    tensor_fields = ("self", "result")

    def backward(self, grad, x, result):
        return (self.xp.zeros_like(grad),)


@op("sgn", inplace="sgn_")
def sgn(input):
    input = to_tensor(input)
    return record(SgnBackward0, real_sign(input._data), (input,), (input,), save_result=True)


def _rounding(name, fn):
    node_cls = type(f"{name.capitalize()}Backward0", (SignBackward0,), {
        "__slots__": (), "__doc__": f"{name} is piecewise constant: zero gradient",
        "rule": f"grad_self = 0   ({name} is piecewise constant)"})

    def op(input):
        input = to_tensor(input)
        data = input._data
        return record(node_cls, fn(data) if data.dtype.kind == "f" else data.copy(), (input,))

    op.__name__ = name
    return node_cls, op


FloorBackward0, floor = _rounding("floor", np.floor)
op("floor", inplace="floor_")(floor)
CeilBackward0, ceil = _rounding("ceil", np.ceil)
op("ceil", inplace="ceil_")(ceil)
RoundBackward0, _round = _rounding("round", np.round)
TruncBackward0, trunc = _rounding("trunc", np.trunc)
op("trunc", aliases=("fix",), inplace="trunc_")(trunc)


class RoundBackward1(SignBackward0):
    """round(decimals=d) is piecewise constant: zero gradient"""

    rule = "round(decimals=d) is piecewise constant: zero gradient"

    __slots__ = ()  # PyTorch saves nothing on it (no _saved_decimals)


@op("round", inplace="round_", special={"round": decimals_zero})
def round(input, *, decimals=None):
    if decimals is None:  # round() and round(decimals=0) are different overloads (and nodes)
        return _round(input)
    data = input._data
    # x * 10^d rounded half to even, then scaled back (negative d rounds to tens, hundreds...).
    out = np.round(data, decimals) if data.dtype.kind == "f" else data.copy()
    return record(RoundBackward1, out, (input,), ())


class FracBackward0(Node):
    """d (x - trunc(x)) = 1 (almost everywhere)"""

    rule = "grad_self = grad   (self - trunc(self) has slope 1 almost everywhere)"

    __slots__ = ()

    def backward(self, grad):
        return (grad,)


@op("frac", inplace="frac_")
def frac(input, *, out=None):
    input = to_tensor(input)
    x = _float_data(input)  # integers are promoted, unlike floor/ceil/trunc: frac is a floating function
    data = x - np.trunc(x)
    return record(FracBackward0, data, (input,), ())


@op("square", inplace="square_")
def square(input):
    from .power import pow

    return pow(input, 2)


# ----------------------------------------------------------------------------- clamp
def _in_range(xp, x, lo, hi):
    xa = xp.data(x)
    keep = np.ones(xa.shape, dtype=bool)
    if lo is not None:
        keep &= xa >= xp.data(lo)
    if hi is not None:
        keep &= xa <= xp.data(hi)
    return keep


class ClampBackward1(Node):
    """clamp(min, max) with numbers: the gradient passes where min <= x <= max, zero elsewhere"""

    rule = "grad_self = grad where min <= self <= max, else 0"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("min", "max")

    def backward(self, grad, x):
        lo, hi = self._attrs
        return (self.xp.keep(grad, _in_range(self.xp, x, lo, hi)),)


class ClampBackward0(Node):
    """clamp(min, max) with tensors: x gets the gradient where it is inside the range, min
    where x is below it, max where x is above it"""

    rule = "grad_self = grad where min <= self <= max;  grad_min, grad_max = grad where self is clamped to them"

    __slots__ = ()
    tensor_fields = ("self", "min", "max")

    def backward(self, grad, x, lo, hi):
        xp = self.xp
        xa = xp.data(x)
        g_x = xp.keep(grad, _in_range(xp, x, lo, hi)) if self.needs(0) else None
        g_lo = g_hi = None
        if lo is not None and self.needs(1):
            below = xa < xp.data(lo)
            if hi is not None:
                below &= xp.data(lo) < xp.data(hi)
            g_lo = xp.keep(grad, below)
        if hi is not None and self.needs(2):
            above = xa > xp.data(hi)
            if lo is not None:
                above |= xp.data(hi) < xp.data(lo)
            g_hi = xp.keep(grad, above)
        return g_x, g_lo, g_hi


class ClampMinBackward0(Node):
    """clamp_min(min): the gradient passes where x >= min"""

    rule = "grad_self = grad where self >= min, else 0"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("min",)

    def backward(self, grad, x):
        return (self.xp.keep(grad, _in_range(self.xp, x, self._attrs[0], None)),)


class ClampMaxBackward0(Node):
    """clamp_max(max): the gradient passes where x <= max"""

    rule = "grad_self = grad where self <= max, else 0"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("max",)

    def backward(self, grad, x):
        return (self.xp.keep(grad, _in_range(self.xp, x, None, self._attrs[0])),)


def _clamped(data, lo, hi):
    """PyTorch's clamp: x unless x < min (then min) or x > max (then max), so an x equal to a
    bound keeps its own sign of zero; a nan bound gives nan (``b != b``)."""
    out = data
    if lo is not None:
        out = np.where((out < lo) | (lo != lo), lo, out)
    if hi is not None:
        out = np.where((out > hi) | (hi != hi), hi, out)
    return np.asarray(out)


def _bound_dtype(data, *bounds):
    """An integer tensor clamped with a float number becomes a float tensor."""
    if data.dtype.kind != "f" and any(isinstance(b, float) for b in bounds):
        return data.astype(_dtypes.default_np_float())
    return data


@op("clamp", aliases=("clip",), inplace="clamp_")
def clamp(input, min=None, max=None, *, out=None):
    input = to_tensor(input)
    if min is None and max is None:
        raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
    if isinstance(min, Tensor) or isinstance(max, Tensor):
        lo = None if min is None else to_tensor(min)
        hi = None if max is None else to_tensor(max)
        from .selection import _check_shapes

        _check_shapes(input, lo, hi)  # PyTorch's broadcasting error, not NumPy's
        data = _clamped(input._data, None if lo is None else lo._data, None if hi is None else hi._data)
        data = data.astype(np.result_type(input._data, *[t._data for t in (lo, hi) if t is not None]))
        return record(ClampBackward0, data, (input, lo, hi), (input, lo, hi))
    data = _bound_dtype(input._data, min, max)
    return record(ClampBackward1, _clamped(data, min, max).astype(data.dtype), (input,), (input,), (min, max))


class ClampMinBackward1(Node):
    """clamp_min(min) with a tensor: x gets the gradient where x >= min, min where x < min"""

    rule = "grad_self = grad where self >= min, else 0;  grad_min = grad where self < min, else 0"

    __slots__ = ()
    tensor_fields = ("self", "min")

    def backward(self, grad, x, lo):
        xp = self.xp
        kept = xp.data(x) >= xp.data(lo)
        return (xp.keep(grad, kept) if self.needs(0) else None, xp.keep(grad, ~kept) if self.needs(1) else None)


class ClampMaxBackward1(Node):
    """clamp_max(max) with a tensor: x gets the gradient where x <= max, max where x > max"""

    rule = "grad_self = grad where self <= max, else 0;  grad_max = grad where self > max, else 0"

    __slots__ = ()
    tensor_fields = ("self", "max")

    def backward(self, grad, x, hi):
        xp = self.xp
        kept = xp.data(x) <= xp.data(hi)
        return (xp.keep(grad, kept) if self.needs(0) else None, xp.keep(grad, ~kept) if self.needs(1) else None)


def _clamp_by_tensor(node_cls, input, bound, below):
    """clamp_min / clamp_max with a tensor bound (PyTorch's .Tensor overloads, their own nodes)."""
    from .selection import _check_shapes

    _check_shapes(input, bound)  # PyTorch's broadcasting error, not NumPy's
    data = _clamped(input._data, bound._data, None) if below else _clamped(input._data, None, bound._data)
    data = data.astype(binary_operands(input, bound)[2].dtype)  # PyTorch's promotion
    return record(node_cls, data, (input, bound), (input, bound))


@op("clamp_min", inplace="clamp_min_")
def clamp_min(input, min):
    if isinstance(min, Tensor):
        return _clamp_by_tensor(ClampMinBackward1, to_tensor(input), min, True)
    data = _bound_dtype(input._data, min)
    return record(ClampMinBackward0, _clamped(data, min, None).astype(data.dtype), (input,), (input,), (min,))


@op("clamp_max", inplace="clamp_max_")
def clamp_max(input, max):
    if isinstance(max, Tensor):
        return _clamp_by_tensor(ClampMaxBackward1, to_tensor(input), max, False)
    data = _bound_dtype(input._data, max)
    return record(ClampMaxBackward0, _clamped(data, None, max).astype(data.dtype), (input,), (input,), (max,))


FUNCTIONS, METHODS = tables(__name__)
