"""one_hot: class indices (int64) to rows of 0s and a 1, as int64, with PyTorch's checks in its order."""
import numpy as np

from ...tensor import Tensor
from .._arg_checks import require_tensor


def one_hot(tensor, num_classes=-1):
    require_tensor(tensor, "one_hot", "input", 1)
    if tensor._data.dtype != np.int64:
        raise RuntimeError("one_hot is only applicable to index tensor of type LongTensor.")
    indices = tensor._data
    if indices.size == 0:
        if num_classes == -1:
            raise RuntimeError("Can not infer total number of classes from empty tensor.")
        return Tensor._make(np.zeros((*indices.shape, num_classes), np.int64), False, None)
    if indices.min() < 0:
        raise RuntimeError("Class values must be non-negative.")
    if num_classes == -1:
        num_classes = int(indices.max()) + 1
    elif indices.max() >= num_classes:
        raise RuntimeError("Class values must be smaller than num_classes.")
    return Tensor._make((indices[..., None] == np.arange(num_classes)).astype(np.int64), False, None)
