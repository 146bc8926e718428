"""torch.histogram: counts (or weights, or a density) of the elements in each bin.

The bins are ``bins`` equal widths between the smallest and the largest element (or ``range``),
edges made by ``linspace`` in the input's dtype, or the edges given as a tensor. An element
belongs to the bin whose left edge it reaches; the last bin also holds its right edge; elements
outside are not counted. PyTorch records it with a node that has no derivative.
"""
import numpy as np

from ... import return_types
from ..._dtypes import TYPE_NAME
from ...tensor import Tensor
from .._multi_output import MultiOutputNode, record_outputs
from .._record import to_tensor
from .._registry import op, tables

histogram_result = return_types._named("histogram", ("hist", "bin_edges"))


class HistogramBackward(MultiOutputNode):
    """PyTorch records histogram with a node that cannot be differentiated."""

    rule = "no rule: histogram's counts cannot be differentiated (PyTorch raises)"
    __slots__ = ()

    def name(self):
        return "torch::autograd::NotImplemented"

    def backward(self, slots):
        raise RuntimeError("derivative for aten::histogram is not implemented")


HistogramBackward.__name__ = HistogramBackward.__qualname__ = "NotImplemented"  # as printed


def _edges(x, bins, range):
    """The bin edges (an array of x's dtype), from a count of bins or a tensor of edges."""
    from ...creation import linspace

    if isinstance(bins, Tensor):
        return bins._data.astype(x.dtype)
    if bins <= 0:
        raise RuntimeError(f"torch.histogram(): bins must be > 0, but got {bins} for dimension 0")
    if range is not None:
        left, right = float(range[0]), float(range[1])
    elif x.size:
        left, right = float(x.min()), float(x.max())
    else:
        left, right = 0.0, 1.0
    if not (np.isfinite(left) and np.isfinite(right)):
        raise RuntimeError(f"torch.histogramdd: dimension 0's range [{left:g}, {right:g}] is not finite")
    if left > right:
        raise RuntimeError(f"torch.histogramdd: min should not exceed max, but got min {left:g} max {right:g} "
                           "for dimension 0")
    if left == right:
        left, right = left - 0.5, right + 0.5
    return linspace(left, right, bins + 1, dtype=Tensor._make(x[:0], False, None).dtype)._data


@op("histogram")
def histogram(input, bins=100, *, range=None, weight=None, density=False, out=None):
    input = to_tensor(input)
    x = input._data
    if x.dtype.kind != "f":
        raise NotImplementedError(f"\"histogramdd\" not implemented for '{TYPE_NAME[x.dtype.name]}'")
    edges = _edges(x, bins, range)
    values = x.reshape(-1)
    # The bin each element reaches from the left; the last edge belongs to the last bin.
    position = np.searchsorted(edges, values, side="right") - 1
    position[values == edges[-1]] = len(edges) - 2
    inside = (values >= edges[0]) & (values <= edges[-1])
    w = None if weight is None else weight._data.reshape(-1)[inside].astype(np.float64)
    hist = np.bincount(position[inside], weights=w, minlength=len(edges) - 1).astype(np.float64)
    if density:
        hist = hist / (hist.sum() * np.diff(edges.astype(np.float64)))
    hist, edges = hist.astype(x.dtype), edges.copy()
    needs = input._requires_grad or (weight is not None and weight._requires_grad)
    if not needs:
        return histogram_result(Tensor._make(hist, False, None), Tensor._make(edges, False, None))
    parts = record_outputs(HistogramBackward, [hist, edges], (input,) if weight is None else (input, weight))
    for t in parts:
        t.__dict__.pop("_multi_output_view", None)  # the results are new tensors, not views
    return histogram_result(*parts)


FUNCTIONS, METHODS = tables(__name__)
