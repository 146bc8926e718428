"""embedding: rows of a weight matrix picked by an index tensor (``nn.Embedding``'s op)."""
import numpy as np

from ...autograd.node import Node
from .._arg_checks import require_tensor
from .._record import record

_LEGACY = {"float32": "Float", "float64": "Double", "float16": "Half", "int16": "Short", "int8": "Char",
           "uint8": "Byte", "bool": "Bool"}


class EmbeddingBackward0(Node):
    """out[...] = weight[indices[...]]  ->  each picked row's gradient is added back into its
    row of weight (not into the padding row)"""

    rule = "each picked row's gradient is added back into its row of weight (not into the padding row)"

    __slots__ = ()
    tensor_fields = ("indices",)
    attr_fields = ("weight_sym_argsize_0", "padding_idx", "scale_grad_by_freq", "sparse")

    def backward(self, grad, indices):
        xp = self.xp
        rows, padding_idx, by_freq, _ = self._attrs
        idx = np.asarray(xp.data(indices))
        # one op of its own, as PyTorch records embedding_dense_backward under create_graph
        return (xp.recorded(EmbeddingDenseBackwardBackward0,
                                 lambda g: _dense_backward(g, idx, rows, padding_idx, by_freq),
                                 (grad,), (idx,), (padding_idx,)),)


class EmbeddingDenseBackwardBackward0(Node):
    """g[row] = sum of grad_output at the positions holding index row  ->  d/dgrad_output picks
    the rows back: gg[indices] (zero at the padding index)"""

    rule = "d/dgrad_output picks the rows back: gg[indices] (zero at the padding index)"

    __slots__ = ()
    tensor_fields = ("indices",)
    attr_fields = ("padding_idx",)

    def backward(self, grad, indices):
        xp = self.xp
        idx = np.asarray(xp.data(indices))
        keep = idx != self._attrs[0]
        # the rows picked back, as embedding(indices, grad) records them (no padding index)
        picked = xp.recorded(EmbeddingBackward0, lambda g: g[idx], (grad,), (idx,),
                             (grad.shape[0], 2**64 - 1, False, False))
        return (picked * xp.const(grad, keep[..., None]),)


def _dense_backward(grad, idx, rows, padding_idx, by_freq):
    idx = idx.reshape(-1)
    dim = grad.shape[-1]
    keep = idx != padding_idx
    picked = grad.reshape(-1, dim)[keep]
    if by_freq:
        picked = picked / np.bincount(idx, minlength=rows)[idx[keep], None].astype(grad.dtype)
    out = np.zeros((rows, dim), dtype=grad.dtype)
    np.add.at(out, idx[keep], picked)
    return out


def embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False,
              sparse=False):
    require_tensor(weight, "embedding", "weight", 1)  # PyTorch calls torch.embedding(weight, input)
    require_tensor(input, "embedding", "indices", 2)
    if padding_idx is not None:
        if padding_idx > 0:
            assert padding_idx < weight.size(0), "Padding_idx must be within num_embeddings"
        elif padding_idx < 0:
            assert padding_idx >= -weight.size(0), "Padding_idx must be within num_embeddings"
            padding_idx = weight.size(0) + padding_idx
    else:
        padding_idx = -1
    idx = input._data
    if idx.dtype not in (np.int64, np.int32):
        raise RuntimeError("Expected tensor for argument #1 'indices' to have one of the following scalar "
                           f"types: Long, Int; but got torch.{_LEGACY.get(idx.dtype.name, idx.dtype.name)}Tensor "
                           "instead (while checking arguments for embedding)")
    if weight.dim() != 2:
        raise RuntimeError("'weight' must be 2-D")
    if idx.size and (idx.min() < 0 or idx.max() >= weight.size(0)):
        raise IndexError("index out of range in self")
    if max_norm is not None:
        with_max_norm(weight, idx, max_norm, norm_type)
    out = weight._data[idx]
    # PyTorch saves padding_idx unsigned: no padding (-1) reads 2**64 - 1
    return record(EmbeddingBackward0, out, (weight,), (input,),
                  (weight.size(0), padding_idx % 2**64, scale_grad_by_freq, sparse))


def with_max_norm(weight, idx, max_norm, norm_type):
    """PyTorch's embedding_renorm_: the picked rows longer than max_norm are scaled to it, in place."""
    rows = np.unique(idx)
    data = weight._data
    norms = np.linalg.norm(data[rows].astype(np.float64), ord=norm_type, axis=1)
    scale = np.where(norms > max_norm, max_norm / (norms + 1e-7), 1.0)
    data[rows] = (data[rows] * scale[:, None]).astype(data.dtype)
