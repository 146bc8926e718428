"""conv1d/conv2d, max_pool1d/2d and avg_pool1d/2d on NumPy, recorded as PyTorch records them.

A convolution Y = conv(X, W) is bilinear, and so are its two gradients:
X̄ = convT(Ȳ, W) (the transposed convolution) and W̄ = corr(X, Ȳ) (the correlation of the input
with the output gradient). The partial derivatives of each of the three are the other two, so
with ``create_graph=True`` the gradients are recorded ops that can be differentiated again.
One-dimensional inputs run as two-dimensional ones of height 1.
"""

import numpy as np
from numpy.lib.stride_tricks import as_strided

from ...autograd.node import Node
from ...tensor import Tensor
from .._record import record


# ----------------------------------------------------------------------------- array kernels
def _lift(a, nd):
    """A 1-D convolution's array (N, C, L) as a 2-D one (N, C, 1, L)."""
    return a[:, :, None, :] if nd == 1 else a


def _lift2(p, nd, fill):
    return (fill,) + tuple(p) if nd == 1 else tuple(p)


def _out_size(size, k, s, p, d, ceil=False):
    span = size + 2 * p - d * (k - 1) - 1
    if ceil:
        n = -(-span // s) + 1
        if (n - 1) * s >= size + p:
            n -= 1
        return n
    return span // s + 1


def _windows(xp, k, s, d, out):
    """(N, C, OH, OW, kh, kw) view of the padded input's windows."""
    n, c, _, _ = xp.shape
    sn, sc, sh, sw = xp.strides
    return as_strided(xp, (n, c, out[0], out[1], k[0], k[1]),
                      (sn, sc, sh * s[0], sw * s[1], sh * d[0], sw * d[1]), writeable=False)


def _conv_arrays(x, w, s, p, d, groups):
    n, c, h, wd = x.shape
    o, cg, kh, kw = w.shape
    out = (_out_size(h, kh, s[0], p[0], d[0]), _out_size(wd, kw, s[1], p[1], d[1]))
    xp = np.pad(x, ((0, 0), (0, 0), (p[0], p[0]), (p[1], p[1])))
    win = _windows(xp, (kh, kw), s, d, out)
    og = o // groups
    parts = [np.tensordot(win[:, g * cg:(g + 1) * cg], w[g * og:(g + 1) * og], axes=([1, 4, 5], [1, 2, 3]))
             for g in range(groups)]
    res = parts[0] if groups == 1 else np.concatenate(parts, axis=-1)
    return np.ascontiguousarray(res.transpose(0, 3, 1, 2)).astype(x.dtype, copy=False)


def _convT_arrays(gy, w, xshape, s, p, d, groups):
    n, c, h, wd = xshape
    o, cg, kh, kw = w.shape
    og = o // groups
    oh, ow = gy.shape[2], gy.shape[3]
    xp = np.zeros((n, c, h + 2 * p[0], wd + 2 * p[1]), dtype=gy.dtype)
    for g in range(groups):
        # cols[n, c, oh, ow, i, j] = sum_o gy[n, o, oh, ow] w[o, c, i, j]
        cols = np.tensordot(gy[:, g * og:(g + 1) * og], w[g * og:(g + 1) * og], axes=([1], [0]))
        cols = cols.transpose(0, 3, 1, 2, 4, 5)
        for i in range(kh):
            for j in range(kw):
                r0, c0 = i * d[0], j * d[1]
                xp[:, g * cg:(g + 1) * cg, r0:r0 + s[0] * (oh - 1) + 1:s[0], c0:c0 + s[1] * (ow - 1) + 1:s[1]] += \
                    cols[..., i, j]
    return np.ascontiguousarray(xp[:, :, p[0]:p[0] + h, p[1]:p[1] + wd])


def _corr_arrays(x, gy, wshape, s, p, d, groups):
    o, cg, kh, kw = wshape
    og = o // groups
    xp = np.pad(x, ((0, 0), (0, 0), (p[0], p[0]), (p[1], p[1])))
    win = _windows(xp, (kh, kw), s, d, gy.shape[2:])
    parts = [np.tensordot(gy[:, g * og:(g + 1) * og], win[:, g * cg:(g + 1) * cg], axes=([0, 2, 3], [0, 2, 3]))
             for g in range(groups)]
    res = parts[0] if groups == 1 else np.concatenate(parts, axis=0)
    return np.ascontiguousarray(res).astype(x.dtype, copy=False)


class _Params:
    """stride, padding, dilation and groups as 2-D tuples, with the spatial rank of the op."""

    __slots__ = ("nd", "s", "p", "d", "groups")

    def __init__(self, nd, stride, padding, dilation, groups):
        self.nd = nd
        self.s, self.p, self.d = _lift2(stride, nd, 1), _lift2(padding, nd, 0), _lift2(dilation, nd, 1)
        self.groups = groups


def _arr(t):
    return t._data if isinstance(t, Tensor) else t


def _down(a, nd):
    return a[:, :, 0, :] if nd == 1 else a


def conv_arrays(x, w, prm):
    return _down(_conv_arrays(_lift(x, prm.nd), _lift(w, prm.nd), prm.s, prm.p, prm.d, prm.groups), prm.nd)


def convT_arrays(gy, w, xshape, prm):
    shape = (xshape[0], xshape[1], 1, xshape[2]) if prm.nd == 1 else tuple(xshape)
    return _down(_convT_arrays(_lift(gy, prm.nd), _lift(w, prm.nd), shape, prm.s, prm.p, prm.d, prm.groups), prm.nd)


def corr_arrays(x, gy, wshape, prm):
    shape = (wshape[0], wshape[1], 1, wshape[2]) if prm.nd == 1 else tuple(wshape)
    return _down(_corr_arrays(_lift(x, prm.nd), _lift(gy, prm.nd), shape, prm.s, prm.p, prm.d, prm.groups), prm.nd)


# ----------------------------------------------------------------------------- nodes
class ConvolutionBackward0(Node):
    """Y = conv(X, W) + b  ->  X̄ = convT(Ȳ, W), W̄ = corr(X, Ȳ), b̄ = Ȳ summed over all but channels"""

    rule = "X̄ = convT(Ȳ, W), W̄ = corr(X, Ȳ), b̄ = Ȳ summed over all but channels"

    __slots__ = ()
    tensor_fields = ("input", "weight")
    attr_fields = ("bias_sym_sizes_opt", "stride", "padding", "dilation", "transposed", "output_padding",
                   "groups")

    def _prm(self):
        _, stride, padding, dilation, _, _, groups = self._attrs
        return _Params(len(stride), stride, padding, dilation, groups)

    def backward(self, grad, x, w):
        prm = self._prm()
        gx = gw = gb = None
        if isinstance(grad, Tensor):
            if self.needs(0):
                gx = conv_transpose_op(grad, w, tuple(x.shape), prm)
            if self.needs(1):
                gw = conv_weight_op(x, grad, tuple(w.shape), prm)
            if self.needs(2):
                gb = bias_grad_op(grad, x)
            return gx, gw, gb
        if self.needs(0):
            gx = convT_arrays(grad, w, x.shape, prm)
        if self.needs(1):
            gw = corr_arrays(x, grad, w.shape, prm)
        if self.needs(2):
            gb = grad.sum(axis=(0,) + tuple(range(2, grad.ndim)))
        return gx, gw, gb


class ConvolutionBackwardBackward0(Node):
    """X̄ = convT(G, W) as an op (create_graph)  ->  Ḡ = conv(H, W), W̄ = corr(H, G)"""

    rule = "Ḡ = conv(H, W), W̄ = corr(H, G)"

    __slots__ = ()
    tensor_fields = ("grad_output", "weight")

    def backward(self, h, g, w):
        prm, _ = self._attrs
        if not isinstance(h, Tensor):
            return (conv_arrays(h, _arr(w), prm) if self.needs(0) else None,
                    corr_arrays(h, _arr(g), tuple(w.shape), prm) if self.needs(1) else None)
        return (conv_op(h, _as_tensor(w, h._data), None, prm) if self.needs(0) else None,
                conv_weight_op(h, g, tuple(w.shape), prm) if self.needs(1) else None)


class ConvolutionBackwardBackward1(Node):
    """W̄ = corr(X, G) as an op (create_graph)  ->  X̄ = convT(G, H), Ḡ = conv(X, H)"""

    rule = "X̄ = convT(G, H), Ḡ = conv(X, H)"

    __slots__ = ()
    tensor_fields = ("input", "grad_output")

    def backward(self, h, x, g):
        prm, _ = self._attrs
        if not isinstance(h, Tensor):
            return (convT_arrays(_arr(g), h, tuple(x.shape), prm) if self.needs(0) else None,
                    conv_arrays(_arr(x), h, prm) if self.needs(1) else None)
        return (conv_transpose_op(g, h, tuple(x.shape), prm) if self.needs(0) else None,
                conv_op(_as_tensor(x, h._data), h, None, prm) if self.needs(1) else None)


class ConvolutionBackwardBackward2(Node):
    """b̄ = G summed over all but the channels, as an op (create_graph)  ->  Ḡ = H broadcast"""

    rule = "Ḡ = H broadcast"

    __slots__ = ()

    def backward(self, h):
        shape, nd = self._attrs
        view = (1, -1) + (1,) * nd
        if isinstance(h, Tensor):
            return h.reshape(view).expand(shape), None
        return np.broadcast_to(h.reshape(view), shape), None


ConvolutionBackwardBackward2.__name__ = "ConvolutionBackwardBackward0"


def bias_grad_op(g, x):
    axes = (0,) + tuple(range(2, g._data.ndim))
    data = g._data.sum(axis=axes)
    return record(ConvolutionBackwardBackward2, data, (g, x), (), (tuple(g.shape), g._data.ndim - 2))


ConvolutionBackwardBackward1.__name__ = "ConvolutionBackwardBackward0"  # one node in PyTorch


def _as_tensor(a, like):
    return a if isinstance(a, Tensor) else Tensor._make(np.asarray(a, dtype=like.dtype), False, None)


def conv_transpose_op(g, w, xshape, prm):
    g, w = _as_tensor(g, _arr(w)), _as_tensor(w, _arr(g))
    data = convT_arrays(g._data, w._data, xshape, prm)
    return record(ConvolutionBackwardBackward0, data, (g, w), (g, w), (prm, None))


def conv_weight_op(x, g, wshape, prm):
    x, g = _as_tensor(x, _arr(g)), _as_tensor(g, _arr(x))
    data = corr_arrays(x._data, g._data, wshape, prm)
    return record(ConvolutionBackwardBackward1, data, (x, g), (x, g), (prm, None))


def conv_op(x, w, b, prm):
    data = conv_arrays(x._data, w._data, prm)
    if b is not None:
        data = data + b._data.reshape((1, -1) + (1,) * prm.nd)
    nd = prm.nd
    attrs = ((0,) if b is None else tuple(b.shape), prm.s[-nd:], prm.p[-nd:], prm.d[-nd:], False, (0,) * nd,
             prm.groups)
    return record(ConvolutionBackward0, data, (x, w, b), (x, w), attrs)


# ----------------------------------------------------------------------------- max pooling
class MaxPool2DWithIndicesBackward0(Node):
    """each window's maximum: its gradient goes to the element it came from (``result1``)"""

    rule = "each window's maximum: its gradient goes to the element it came from (``result1``)"

    __slots__ = ()
    tensor_fields = ("self", "result1")
    attr_fields = ("kernel_size", "stride", "padding", "dilation", "ceil_mode")

    def backward(self, grad, x, indices):
        return (max_pool_backward(grad, x, indices),)


class MaxPool2DWithIndicesBackwardBackward0(Node):
    """the pooling backward as an op (create_graph): linear in the gradient, picks ``indices``"""

    rule = "the pooling backward as an op (create_graph): linear in the gradient, picks ``indices``"

    __slots__ = ()
    tensor_fields = ("indices",)

    def backward(self, h, indices):
        out_shape = self._attrs[0]
        if not isinstance(h, Tensor):
            idx = _arr(indices)
            flat = h.reshape(h.shape[:-2] + (-1,))
            picked = np.take_along_axis(flat, idx.reshape(idx.shape[:-2] + (-1,)), -1)
            return picked.reshape(out_shape), self._zeros(h)
        idx = indices if isinstance(indices, Tensor) else Tensor._make(indices, False, None)
        flat = h.flatten(-2)
        picked = flat.gather(flat.dim() - 1, idx.flatten(-2))
        return picked.view(out_shape), self._zeros(h)

    def _zeros(self, h):
        """No gradient reaches the pooled input through its own backward (zeros, as PyTorch's)."""
        if not self.needs(1):
            return None
        if isinstance(h, Tensor):
            from autograd_tutor.creation import zeros

            return zeros(self._out_shape, dtype=h.dtype)
        return np.zeros(self._out_shape, dtype=h.dtype)


def max_pool_backward(grad, x, indices):
    shape = tuple(x.shape)
    idx = _arr(indices)
    plane = shape[-2] * shape[-1]
    if isinstance(grad, Tensor):
        gflat = grad._data.reshape(grad._data.shape[:-2] + (-1,))
        data = _scatter_planes(gflat, idx.reshape(idx.shape[:-2] + (-1,)), plane).reshape(shape)
        ind = indices if isinstance(indices, Tensor) else Tensor._make(idx, False, None)
        return record(MaxPool2DWithIndicesBackwardBackward0, data, (grad, x), (ind,), (tuple(grad.shape),))
    gflat = grad.reshape(grad.shape[:-2] + (-1,))
    return _scatter_planes(gflat, idx.reshape(idx.shape[:-2] + (-1,)), plane).reshape(shape)


def _scatter_planes(gflat, iflat, plane):
    lead = gflat.shape[:-1]
    out = np.zeros(lead + (plane,), dtype=gflat.dtype)
    o2 = out.reshape(-1, plane)
    g2 = gflat.reshape(-1, gflat.shape[-1])
    i2 = iflat.reshape(-1, iflat.shape[-1])
    rows = np.repeat(np.arange(o2.shape[0]), g2.shape[1])
    np.add.at(o2, (rows, i2.reshape(-1)), g2.reshape(-1))
    return out


def max_pool2d_arrays(x, k, s, p, d, ceil):
    """(values, flat indices into each input plane), as PyTorch's max_pool2d_with_indices."""
    h, w = x.shape[-2:]
    out = (_out_size(h, k[0], s[0], p[0], d[0], ceil), _out_size(w, k[1], s[1], p[1], d[1], ceil))
    extra_h = max(0, (out[0] - 1) * s[0] + d[0] * (k[0] - 1) + 1 - (h + 2 * p[0]))
    extra_w = max(0, (out[1] - 1) * s[1] + d[1] * (k[1] - 1) + 1 - (w + 2 * p[1]))
    lead = x.shape[:-2]
    x4 = x.reshape((-1, 1, h, w))
    fill = -np.inf if x.dtype.kind == "f" else np.iinfo(x.dtype).min
    xp = np.pad(x4, ((0, 0), (0, 0), (p[0], p[0] + extra_h), (p[1], p[1] + extra_w)), constant_values=fill)
    win = _windows(xp, k, s, d, out)
    flat = win.reshape(win.shape[:4] + (-1,))
    if x.dtype.kind == "f":
        nan = np.isnan(flat)
        arg = np.where(nan.any(-1), nan.argmax(-1), flat.argmax(-1))
    else:
        arg = flat.argmax(-1)
    values = np.take_along_axis(flat, arg[..., None], -1)[..., 0]
    ki, kj = np.divmod(arg, k[1])
    rows = np.arange(out[0])[:, None] * s[0] + ki * d[0] - p[0]
    cols = np.arange(out[1])[None, :] * s[1] + kj * d[1] - p[1]
    indices = rows * w + cols
    return (values.reshape(lead + out).astype(x.dtype, copy=False),
            indices.reshape(lead + out).astype(np.int64))


def max_pool_op(x, k, s, p, d, ceil, shown_stride):
    values, indices = max_pool2d_arrays(x._data, k, s, p, d, ceil)
    idx = Tensor._make(np.ascontiguousarray(indices), False, None)
    nd = 2
    out = record(MaxPool2DWithIndicesBackward0, np.ascontiguousarray(values), (x,), (x, idx),
                 (k[-nd:], shown_stride, p[-nd:], d[-nd:], ceil))
    return out, idx


# ----------------------------------------------------------------------------- average pooling
def _avg_divisors(h, w, k, s, p, out, ceil, count_include_pad, divisor_override):
    if divisor_override:
        return np.full(out, float(divisor_override))
    div = np.empty(out)
    for i in range(out[0]):
        hs = i * s[0] - p[0]
        he = min(hs + k[0], h + p[0])
        for j in range(out[1]):
            ws = j * s[1] - p[1]
            we = min(ws + k[1], w + p[1])
            size = (he - hs) * (we - ws)
            if not count_include_pad:
                size = (min(he, h) - max(hs, 0)) * (min(we, w) - max(ws, 0))
            div[i, j] = size
    return div


def _avg_setup(shape, k, s, p, ceil):
    h, w = shape[-2:]
    out = (_out_size(h, k[0], s[0], p[0], 1, ceil), _out_size(w, k[1], s[1], p[1], 1, ceil))
    extra_h = max(0, (out[0] - 1) * s[0] + k[0] - (h + 2 * p[0]))
    extra_w = max(0, (out[1] - 1) * s[1] + k[1] - (w + 2 * p[1]))
    return h, w, out, extra_h, extra_w


def avg_pool2d_arrays(x, k, s, p, ceil, count_include_pad, divisor_override):
    h, w, out, eh, ew = _avg_setup(x.shape, k, s, p, ceil)
    lead = x.shape[:-2]
    xp = np.pad(x.reshape((-1, 1, h, w)), ((0, 0), (0, 0), (p[0], p[0] + eh), (p[1], p[1] + ew)))
    sums = _windows(xp, k, s, (1, 1), out).sum(axis=(-2, -1))
    div = _avg_divisors(h, w, k, s, p, out, ceil, count_include_pad, divisor_override)
    return (sums / div).reshape(lead + out).astype(x.dtype, copy=False)


def avg_pool2d_backward_arrays(grad, shape, k, s, p, ceil, count_include_pad, divisor_override):
    h, w, out, eh, ew = _avg_setup(shape, k, s, p, ceil)
    div = _avg_divisors(h, w, k, s, p, out, ceil, count_include_pad, divisor_override)
    g = (grad.reshape((-1, 1) + out) / div).astype(grad.dtype, copy=False)
    xp = np.zeros((g.shape[0], 1, h + 2 * p[0] + eh, w + 2 * p[1] + ew), dtype=grad.dtype)
    for i in range(k[0]):
        for j in range(k[1]):
            xp[:, :, i:i + s[0] * (out[0] - 1) + 1:s[0], j:j + s[1] * (out[1] - 1) + 1:s[1]] += g
    return np.ascontiguousarray(xp[:, :, p[0]:p[0] + h, p[1]:p[1] + w]).reshape(shape)


class AvgPool2DBackward0(Node):
    """each window's mean: its gradient is shared among the window's elements"""

    rule = "each window's mean: its gradient is shared among the window's elements"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("kernel_size", "stride", "padding", "ceil_mode", "count_include_pad", "divisor_override")

    def backward(self, grad, x):
        k, _, p, ceil, cip, dov = self._attrs
        s = self._stride
        shape = tuple(x.shape)
        if isinstance(grad, Tensor):
            data = avg_pool2d_backward_arrays(grad._data, shape, k, s, p, ceil, cip, dov)
            return (record(AvgPool2DBackwardBackward0, data, (grad, x), (), (self._attrs, s)),)
        return (avg_pool2d_backward_arrays(grad, shape, k, s, p, ceil, cip, dov),)

    @property
    def _stride(self):
        return self._attrs[1] or self._attrs[0]


class AvgPool2DBackwardBackward0(Node):
    """the pooling backward as an op (create_graph): linear; its derivative is the pooling"""

    rule = "the pooling backward as an op (create_graph): linear; its derivative is the pooling"

    __slots__ = ()

    def backward(self, h):
        (k, _, p, ceil, cip, dov), s = self._attrs
        zeros = MaxPool2DWithIndicesBackwardBackward0._zeros(self, h)
        if not isinstance(h, Tensor):
            return avg_pool2d_arrays(h, k, s, p, ceil, cip, dov), zeros
        return avg_pool_op(h, k, s, p, ceil, cip, dov, ()), zeros


def avg_pool_op(x, k, s, p, ceil, count_include_pad, divisor_override, shown_stride):
    data = avg_pool2d_arrays(x._data, k, s, p, ceil, count_include_pad, divisor_override)
    return record(AvgPool2DBackward0, np.ascontiguousarray(data), (x,), (x,),
                  (k, shown_stride, p, ceil, count_include_pad, divisor_override))
