"""Adaptive average and max pooling (``F.adaptive_avg_pool2d``, ``nn.AdaptiveAvgPool2d`` and the
1d/max family): output cell i covers input rows floor(i*H/out) to ceil((i+1)*H/out), as in
PyTorch, so windows may overlap when the sizes do not divide."""
import math

import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .._record import record
from .._registry import op, tables


def _windows(size, out):
    return [(math.floor(i * size / out), math.ceil((i + 1) * size / out)) for i in range(out)]


def _out_size(name, input, output_size, dims):
    sizes = output_size if isinstance(output_size, (tuple, list)) else (output_size,) * dims
    if len(sizes) != dims:
        raise RuntimeError(f"{name}: output_size must be {dims}")
    shape = input._data.shape[-dims:]
    return tuple(shape[i] if s is None else int(s) for i, s in enumerate(sizes))


class AdaptiveAvgPool2DBackward0(Node):
    """each input element gets grad / window size from every output window covering it"""

    rule = "each input element gets grad / window size from every output window covering it"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        # one op of its own, as PyTorch records _adaptive_avg_pool2d_backward under create_graph
        shape = tuple(x.shape)
        return (self.xp.recorded(AdaptiveAvgPool2DBackwardBackward0, lambda g, _: _avg_backward(g, shape),
                                 (grad, x), (), (grad.shape[-1], grad.shape[-2])),)


class AdaptiveAvgPool2DBackwardBackward0(Node):
    """the pooling backward is linear in the gradient: its gradient is that gradient pooled again
    (nothing reaches the pooled input: zeros)"""

    rule = "the gradient pooled again to the output size (zeros for the pooled input)"

    __slots__ = ()
    attr_fields = ("grad_output_sym_argsize_minus_1", "grad_output_sym_argsize_minus_2")

    def backward(self, grad):
        xp = self.xp
        ow, oh = self._attrs
        pooled = xp.recorded(AdaptiveAvgPool2DBackward0, lambda g: _avg_pool(g, oh, ow), (grad,), (grad,))
        return pooled, (xp.zeros(self._out_shape, grad) if self.needs(1) else None)


def _avg_pool(x, oh, ow):
    rows, cols = _windows(x.shape[-2], oh), _windows(x.shape[-1], ow)
    out = np.empty(x.shape[:-2] + (oh, ow), x.dtype)
    for i, (r0, r1) in enumerate(rows):
        for j, (c0, c1) in enumerate(cols):
            out[..., i, j] = x[..., r0:r1, c0:c1].sum(axis=(-2, -1)) / x.dtype.type((r1 - r0) * (c1 - c0))
    return out


def _avg_backward(grad, shape):
    out = np.zeros(shape, grad.dtype)
    rows, cols = _windows(shape[-2], grad.shape[-2]), _windows(shape[-1], grad.shape[-1])
    for i, (r0, r1) in enumerate(rows):
        for j, (c0, c1) in enumerate(cols):
            out[..., r0:r1, c0:c1] += grad[..., i:i + 1, j:j + 1] / ((r1 - r0) * (c1 - c0))
    return out


class AdaptiveMaxPool2DBackward0(Node):
    """the gradient goes to the position of each window's maximum"""

    rule = "the gradient goes to the position of each window's maximum"

    __slots__ = ()
    tensor_fields = ("self", "result1")

    def backward(self, grad, x, indices):
        # one op of its own, as PyTorch records adaptive_max_pool2d_backward under create_graph
        shape, idx = tuple(x.shape), np.asarray(self.xp.data(indices))
        return (self.xp.recorded(AdaptiveMaxPool2DBackwardBackward0, lambda g, _: _max_backward(g, shape, idx),
                                 (grad, x), (indices,)),)


class AdaptiveMaxPool2DBackwardBackward0(Node):
    """the pooling backward is linear in the gradient: its gradient picks the gradient back at
    ``indices`` (nothing reaches the pooled input: zeros)"""

    rule = "the gradient picked back at ``indices`` (zeros for the pooled input)"

    __slots__ = ()
    tensor_fields = ("indices",)

    def backward(self, grad, indices):
        xp = self.xp
        idx = np.asarray(xp.data(indices))
        flat = xp.reshape(grad, tuple(grad.shape[:-2]) + (-1,))
        picked = xp.gather(flat, -1,
                           idx.reshape(idx.shape[:-2] + (-1,)))
        return xp.reshape(picked, idx.shape), (xp.zeros(self._out_shape, grad) if self.needs(1) else None)


def _max_backward(grad, shape, indices):
    out = np.zeros(shape, grad.dtype).reshape(-1, shape[-2] * shape[-1])
    g = grad.reshape(out.shape[0], -1)
    idx = indices.reshape(out.shape[0], -1)
    for row in range(out.shape[0]):
        np.add.at(out[row], idx[row], g[row])
    return out.reshape(shape)


def _check(name, input, dims):
    if input._data.ndim not in (dims + 1, dims + 2):
        raise RuntimeError(f"{name}(): Expected {dims + 1}D or {dims + 2}D tensor, but got {list(input._data.shape)}")


def adaptive_avg_pool2d(input, output_size):
    _check("adaptive_avg_pool2d", input, 2)
    oh, ow = _out_size("adaptive_avg_pool2d", input, output_size, 2)
    if (oh, ow) == (1, 1):
        return input.mean((-2, -1), keepdim=True)  # PyTorch's shortcut (MeanBackward1)
    return record(AdaptiveAvgPool2DBackward0, _avg_pool(input._data, oh, ow), (input,), (input,))


def adaptive_max_pool2d(input, output_size, return_indices=False):
    _check("adaptive_max_pool2d", input, 2)
    oh, ow = _out_size("adaptive_max_pool2d", input, output_size, 2)
    x = input._data
    h, w = x.shape[-2:]
    rows, cols = _windows(h, oh), _windows(w, ow)
    out = np.empty(x.shape[:-2] + (oh, ow), x.dtype)
    indices = np.empty(x.shape[:-2] + (oh, ow), np.int64)
    for i, (r0, r1) in enumerate(rows):
        for j, (c0, c1) in enumerate(cols):
            window = x[..., r0:r1, c0:c1].reshape(x.shape[:-2] + (-1,))
            k = np.argmax(window, axis=-1)
            out[..., i, j] = np.take_along_axis(window, k[..., None], -1)[..., 0]
            indices[..., i, j] = (r0 + k // (c1 - c0)) * w + (c0 + k % (c1 - c0))
    idx = Tensor._make(indices, False, None)
    result = record(AdaptiveMaxPool2DBackward0, out, (input,), (input, idx))
    return (result, idx) if return_indices else result


@op("adaptive_avg_pool1d", method=False)
def adaptive_avg_pool1d(input, output_size):
    _check("adaptive_avg_pool1d", input, 1)
    size = output_size[0] if isinstance(output_size, (tuple, list)) else output_size
    return adaptive_avg_pool2d(input.unsqueeze(-2), (1, size)).squeeze(-2)


@op("adaptive_max_pool1d", method=False)
def adaptive_max_pool1d(input, output_size, return_indices=False):
    _check("adaptive_max_pool1d", input, 1)
    size = output_size[0] if isinstance(output_size, (tuple, list)) else output_size
    out, idx = adaptive_max_pool2d(input.unsqueeze(-2), (1, size), return_indices=True)
    return (out.squeeze(-2), idx.squeeze(-2)) if return_indices else out.squeeze(-2)


FUNCTIONS, METHODS = tables(__name__)
