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
        xp, prm = self.xp, self._prm()
        return (conv_input_grad(xp, grad, w, tuple(x.shape), prm) if self.needs(0) else None,
                conv_weight_grad(xp, x, grad, tuple(w.shape), prm) if self.needs(1) else None,
                conv_bias_grad(xp, grad, x) if self.needs(2) else None)


class ConvolutionBackwardBackward0(Node):
    """X̄ = convT(G, W) as an op (create_graph)  ->  Ḡ = conv(H, W), W̄ = corr(H, G)"""

    rule = "Ḡ = conv(H, W), W̄ = corr(H, G)"

    __slots__ = ()
    tensor_fields = ("grad_output", "weight")

    def backward(self, h, g, w):
        prm, _ = self._attrs
        return (conv_again(self.xp, h, w, prm) if self.needs(0) else None,
                conv_weight_grad(self.xp, h, g, tuple(w.shape), prm) if self.needs(1) else None)


class ConvolutionBackwardBackward1(Node):
    """W̄ = corr(X, G) as an op (create_graph)  ->  X̄ = convT(G, H), Ḡ = conv(X, H)"""

    rule = "X̄ = convT(G, H), Ḡ = conv(X, H)"

    __slots__ = ()
    tensor_fields = ("input", "grad_output")

    def backward(self, h, x, g):
        prm, _ = self._attrs
        return (conv_input_grad(self.xp, g, h, tuple(x.shape), prm) if self.needs(0) else None,
                conv_again(self.xp, x, h, prm) if self.needs(1) else None)


class ConvolutionBackwardBackward2(Node):
    """b̄ = G summed over all but the channels, as an op (create_graph)  ->  Ḡ = H broadcast"""

    rule = "Ḡ = H broadcast"

    __slots__ = ()

    def backward(self, h):
        shape, nd = self._attrs
        return self.xp.expand(self.xp.reshape(h, (1, -1) + (1,) * nd), shape), None


ConvolutionBackwardBackward2.__name__ = "ConvolutionBackwardBackward0"


ConvolutionBackwardBackward1.__name__ = "ConvolutionBackwardBackward0"  # one node in PyTorch


# PyTorch's convolution_backward, computed on arrays; under create_graph each gradient is
# recorded as one node (its double-backward formula above).
def conv_input_grad(xp, g, w, xshape, prm):
    """X̄ = convT(G, W)"""
    return xp.recorded(ConvolutionBackwardBackward0, lambda g, w: convT_arrays(g, w, xshape, prm),
                       (g, w), (g, w), (prm, None))


def conv_weight_grad(xp, x, g, wshape, prm):
    """W̄ = corr(X, G)"""
    return xp.recorded(ConvolutionBackwardBackward1, lambda x, g: corr_arrays(x, g, wshape, prm),
                       (x, g), (x, g), (prm, None))


def conv_bias_grad(xp, g, x):
    """b̄ = G summed over all but the channels"""
    return xp.recorded(ConvolutionBackwardBackward2, lambda g, x: g.sum(axis=(0,) + tuple(range(2, g.ndim))),
                       (g, x), (), (tuple(g.shape), len(g.shape) - 2))


def conv_again(xp, x, w, prm):
    """conv(X, W) without bias, as a double backward records it (a ConvolutionBackward0)."""
    return xp.recorded(ConvolutionBackward0, lambda x, w, b: conv_arrays(x, w, prm), (x, w, None), (x, w),
                       _conv_attrs(None, prm))


def _conv_attrs(b, prm):
    nd = prm.nd
    return ((0,) if b is None else tuple(b.shape), prm.s[-nd:], prm.p[-nd:], prm.d[-nd:], False, (0,) * nd,
            prm.groups)


def conv_op(x, w, b, prm):
    data = conv_arrays(x._data, w._data, prm)
    if b is not None:
        data = data + b._data.reshape((1, -1) + (1,) * prm.nd)
    return record(ConvolutionBackward0, data, (x, w, b), (x, w), _conv_attrs(b, prm))


# ----------------------------------------------------------------------------- transposed convolution
class ConvolutionTransposeBackward0(Node):
    """Y = convT(X, W) + b  ->  X̄ = conv(Ȳ, W), W̄ = corr(Ȳ, X), b̄ = Ȳ summed over all but channels
    (the convolution's own formulas with the roles of X and Ȳ exchanged)"""

    rule = "X̄ = conv(Ȳ, W), W̄ = corr(Ȳ, X), b̄ = Ȳ summed over all but channels"

    __slots__ = ()
    tensor_fields = ("input", "weight")
    attr_fields = ConvolutionBackward0.attr_fields

    def backward(self, grad, x, w):
        xp, prm = self.xp, ConvolutionBackward0._prm(self)
        return (conv_again(xp, grad, w, prm) if self.needs(0) else None,
                conv_weight_grad(xp, grad, x, tuple(w.shape), prm) if self.needs(1) else None,
                conv_bias_grad(xp, grad, x) if self.needs(2) else None)


ConvolutionTransposeBackward0.__name__ = "ConvolutionBackward0"  # one node in PyTorch (transposed=True)


def conv_transpose_op(x, w, b, prm, output_padding):
    """conv_transpose1d/2d on a batched input: the gradient of a convolution with respect to its
    input, taken as an op (its output is the convolution's input size, plus output_padding)."""
    nd = prm.nd
    sizes = tuple((size - 1) * s - 2 * p + d * (k - 1) + extra + 1 for size, k, s, p, d, extra in
                  zip(x.shape[2:], w.shape[2:], prm.s[-nd:], prm.p[-nd:], prm.d[-nd:], output_padding))
    data = convT_arrays(x._data, w._data, (x.shape[0], w.shape[1] * prm.groups) + sizes, prm)
    if b is not None:
        data = data + b._data.reshape((1, -1) + (1,) * nd)
    attrs = ((0,) if b is None else tuple(b.shape), prm.s[-nd:], prm.p[-nd:], prm.d[-nd:], True,
             tuple(output_padding), prm.groups)
    return record(ConvolutionTransposeBackward0, data, (x, w, b), (x, w), attrs)


# ----------------------------------------------------------------------------- max pooling
class MaxPool2DWithIndicesBackward0(Node):
    """each window's maximum: its gradient goes to the element it came from (``result1``)"""

    rule = "each window's maximum: its gradient goes to the element it came from (``result1``)"

    __slots__ = ()
    tensor_fields = ("self", "result1")
    attr_fields = ("kernel_size", "stride", "padding", "dilation", "ceil_mode")

    def backward(self, grad, x, indices):
        return (max_pool_backward(self.xp, grad, x, indices),)


class MaxPool2DWithIndicesBackwardBackward0(Node):
    """the pooling backward as an op (create_graph): linear in the gradient, picks ``indices``"""

    rule = "the pooling backward as an op (create_graph): linear in the gradient, picks ``indices``"

    __slots__ = ()
    tensor_fields = ("indices",)

    def backward(self, h, indices):
        xp, out_shape = self.xp, self._attrs[0]
        idx = xp.data(indices)
        picked = xp.gather(xp.reshape(h, tuple(h.shape[:-2]) + (-1,)), -1, idx.reshape(idx.shape[:-2] + (-1,)))
        return xp.reshape(picked, out_shape), self._zeros(h)

    def _zeros(self, h):
        """No gradient reaches the pooled input through its own backward (zeros, as PyTorch's)."""
        return self.xp.zeros(self._out_shape, h) if self.needs(1) else None


def max_pool_backward(xp, grad, x, indices):
    """PyTorch's max_pool2d_with_indices_backward: computed on arrays, one node under create_graph."""
    shape = tuple(x.shape)
    idx = xp.data(indices)
    plane = shape[-2] * shape[-1]

    def compute(g, x):
        return _scatter_planes(g.reshape(g.shape[:-2] + (-1,)), idx.reshape(idx.shape[:-2] + (-1,)), plane).reshape(shape)
    return xp.recorded(MaxPool2DWithIndicesBackwardBackward0, compute, (grad, x), (indices,), (tuple(grad.shape),))


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
        return (self.xp.recorded(AvgPool2DBackwardBackward0,
                                 lambda g, x: avg_pool2d_backward_arrays(g, shape, k, s, p, ceil, cip, dov),
                                 (grad, x), (), (self._attrs, s)),)

    @property
    def _stride(self):
        return self._attrs[1] or self._attrs[0]


class AvgPool2DBackwardBackward0(Node):
    """the pooling backward as an op (create_graph): linear; its derivative is the pooling"""

    rule = "the pooling backward as an op (create_graph): linear; its derivative is the pooling"

    __slots__ = ()

    def backward(self, h):
        (k, _, p, ceil, cip, dov), s = self._attrs
        pooled = self.xp.recorded(AvgPool2DBackward0,
                                  lambda h: np.ascontiguousarray(avg_pool2d_arrays(h, k, s, p, ceil, cip, dov)),
                                  (h,), (h,), (k, (), p, ceil, cip, dov))
        return pooled, MaxPool2DWithIndicesBackwardBackward0._zeros(self, h)


def avg_pool_op(x, k, s, p, ceil, count_include_pad, divisor_override, shown_stride):
    data = avg_pool2d_arrays(x._data, k, s, p, ceil, count_include_pad, divisor_override)
    return record(AvgPool2DBackward0, np.ascontiguousarray(data), (x,), (x,),
                  (k, shown_stride, p, ceil, count_include_pad, divisor_override))
