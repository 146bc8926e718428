"""All parameters as one flat vector, and back."""
from ...tensor import Tensor


def parameters_to_vector(parameters):
    """The parameters flattened and concatenated (recorded: gradients flow back to them)."""
    from autograd_tutor import cat

    return cat([p.view(-1) for p in parameters])


def vector_to_parameters(vec, parameters):
    """Makes each parameter's data the next slice of ``vec`` (a view: they share memory, as in
    PyTorch; histories are not touched)."""
    if not isinstance(vec, Tensor):
        raise TypeError(f"expected torch.Tensor, but got: {type(vec).__name__}")
    offset = 0
    flat = vec._data.reshape(-1)
    for p in parameters:
        n = p._data.size
        p._data = flat[offset:offset + n].reshape(p._data.shape)
        offset += n
