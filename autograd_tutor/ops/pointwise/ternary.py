"""Ops PyTorch fuses into one node: lerp, addcmul and addcdiv.

Their backward returns gradients of the broadcast shape; the engine sums them back to each
input's shape (broadcasting is reduced in one place).
"""
import numpy as np

from ...autograd import grad_mode
from ...autograd.node import Node
from ...tensor import Tensor
from .. import _record
from .._arg_checks import require_tensor
from .._record import check_broadcastable, record
from .._registry import op, tables

_DTYPE_WORDS = {"float32": "float", "float64": "double", "int64": "long int", "int32": "int",
                "float16": "c10::Half", "bool": "bool", "int16": "short int", "int8": "signed char",
                "uint8": "unsigned char"}


def _computed(fn, *args):
    """``fn(*args)`` on Tensors without recording (the value and its promoted dtype)."""
    prev = grad_mode.enabled
    grad_mode.enabled = False
    try:
        return fn(*args)._data
    finally:
        grad_mode.enabled = prev


# ----------------------------------------------------------------------------- lerp
class LerpBackward0(Node):
    """lerp(start, end, w) with a number w  ->  grad_start = grad (1 - w), grad_end = grad w"""

    rule = "grad_start = grad (1 - w), grad_end = grad w"

    __slots__ = ()
    attr_fields = ("weight",)

    def backward(self, grad):
        w = self._attrs[0]
        return (grad * (1 - w) if self.needs(0) else None, grad * w if self.needs(1) else None)


class LerpBackward1(Node):
    """lerp(start, end, w) with a tensor w  ->  grad_w = grad (end - start) as well"""

    rule = "grad_w = grad (end - start) as well"

    __slots__ = ()
    tensor_fields = ("end", "self", "weight")

    def backward(self, grad, end, start, w):
        return (grad * (1 - w) if self.needs(0) else None,
                grad * w if self.needs(1) else None,
                grad * (end - start) if self.needs(2) else None)


def _lerp_values(s, e, w):
    # PyTorch's formula: exact at both ends (w = 0 gives start, w = 1 gives end).
    diff = e - s
    return np.where(np.abs(w) < 0.5, s + w * diff, e - diff * (1 - w))


@op("lerp", inplace="lerp_")
def lerp(input, end, weight):
    require_tensor(input, "lerp", "input", 1)
    dtype = input._data.dtype
    for name, t in (("end", end), ("weight", weight)):
        if isinstance(t, Tensor) and t._data.dtype != dtype:
            raise RuntimeError(f"expected dtype {_DTYPE_WORDS.get(dtype.name, dtype.name)} for `{name}` but "
                               f"got dtype {_DTYPE_WORDS.get(t._data.dtype.name, t._data.dtype.name)}")
    require_tensor(end, "lerp", "end", 2)
    s, e = input._data, end._data
    check_broadcastable(s.shape, e.shape)
    if isinstance(weight, Tensor):
        w = weight._data
        check_broadcastable(np.broadcast_shapes(s.shape, e.shape), w.shape)
        out = _lerp_values(s, e, w).astype(dtype, copy=False)
        # PyTorch saves start and end only for the weight's gradient (None on the node otherwise)
        wants = _record.wants(weight)  # a tangent needs them as a gradient does
        return record(LerpBackward1, out, (input, end, weight), (end if wants else None, input if wants else None, weight))
    out = _lerp_values(s, e, dtype.type(weight)).astype(dtype, copy=False)
    return record(LerpBackward0, out, (input, end), (), (weight,))


# ----------------------------------------------------------------------------- addcmul, addcdiv
class AddcmulBackward0(Node):
    """input + value t1 t2  ->  grad_input = grad, grad_t1 = grad value t2, grad_t2 = grad value t1"""

    rule = "grad_input = grad, grad_t1 = grad value t2, grad_t2 = grad value t1"

    __slots__ = ()
    tensor_fields = ("tensor1", "tensor2")
    attr_fields = ("value",)

    def backward(self, grad, t1, t2):
        value = self._attrs[0]
        return (grad if self.needs(0) else None,
                grad * t2 * value if self.needs(1) else None,
                grad * t1 * value if self.needs(2) else None)


class AddcdivBackward0(Node):
    """input + value t1 / t2  ->  grad_t1 = grad value / t2, grad_t2 = -grad value t1 / t2²"""

    rule = "grad_t1 = grad value / t2, grad_t2 = -grad value t1 / t2²"

    __slots__ = ()
    tensor_fields = ("tensor1", "tensor2")
    attr_fields = ("value",)

    def backward(self, grad, t1, t2):
        value = self._attrs[0]
        return (grad if self.needs(0) else None,
                grad * value / t2 if self.needs(1) else None,
                -grad * value * t1 / (t2 * t2) if self.needs(2) else None)


def _pointwise3(name, input, tensor1, tensor2):
    require_tensor(input, name, "input", 1)
    require_tensor(tensor1, name, "tensor1", 2)
    require_tensor(tensor2, name, "tensor2", 3)
    # Shapes join in PyTorch's order (input, tensor1, tensor2): the first mismatch is reported.
    shape = input._data.shape
    for t in (tensor1, tensor2):
        check_broadcastable(shape, t._data.shape)
        shape = np.broadcast_shapes(shape, t._data.shape)


@op("addcmul", inplace="addcmul_")
def addcmul(input, tensor1, tensor2, *, value=1, out=None):
    _pointwise3("addcmul", input, tensor1, tensor2)
    data = _computed(lambda a, b, c: a + b * c * value, input, tensor1, tensor2)
    return record(AddcmulBackward0, data, (input, tensor1, tensor2), (tensor1, tensor2), (value,))


@op("addcdiv", inplace="addcdiv_")
def addcdiv(input, tensor1, tensor2, *, value=1, out=None):
    _pointwise3("addcdiv", input, tensor1, tensor2)
    if tensor1._data.dtype.kind in "iub" and tensor2._data.dtype.kind in "iub":
        raise RuntimeError(
            "Integer division with addcdiv is no longer supported, and in a future  release addcdiv "
            "will perform a true division of tensor1 and tensor2. The historic addcdiv behavior can "
            "be implemented as (input + value * torch.trunc(tensor1 / tensor2)).to(input.dtype) for "
            "integer inputs and as (input + value * tensor1 / tensor2) for float inputs. The future "
            "addcdiv behavior is just the latter implementation: (input + value * tensor1 / tensor2), "
            "for all dtypes.")
    data = _computed(lambda a, b, c: a + b / c * value, input, tensor1, tensor2)
    return record(AddcdivBackward0, data, (input, tensor1, tensor2), (tensor1, tensor2), (value,))


FUNCTIONS, METHODS = tables(__name__)
