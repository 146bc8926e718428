"""tensordot and inner: contractions built from recorded ops as ATen builds them (permute the
contracted dims to the end of the first operand and the start of the second, reshape both to
matrices, mm, reshape to the result), so the graph carries PyTorch's node names."""
from .._arg_checks import require_tensor
from .._record import wrap_dim
from .._registry import op, tables


def _contract(a, b, dims1, dims2):
    import autograd_tutor as torch

    if len(dims1) != len(dims2):
        raise RuntimeError("both dimension lists should have same length")
    c1 = [wrap_dim(d, a.dim()) for d in dims1]
    c2 = [wrap_dim(d, b.dim()) for d in dims2]
    csize = 1
    for d1, d2 in zip(c1, c2):
        s1, s2 = a.size(d1), b.size(d2)
        if s1 != s2:
            raise RuntimeError(f"contracted dimensions need to match, but first has size {s1} in dim {d1} and "
                               f"second has size {s2} in dim {d2}")
        csize *= s1
    free1 = [i for i in range(a.dim()) if i not in c1]
    free2 = [i for i in range(b.dim()) if i not in c2]
    rsizes = [a.size(i) for i in free1] + [b.size(i) for i in free2]
    size1 = 1
    for i in free1:
        size1 *= a.size(i)
    size2 = 1
    for i in free2:
        size2 *= b.size(i)
    p1 = a.permute(free1 + list(dims1))
    p2 = b.permute(list(dims2) + free2)
    if not free1 and not free2:  # everything contracted: ATen takes a dot product
        flat = [p if p.dim() == 1 else p.reshape(csize) for p in (p1, p2)]  # a 1-D one stays as it is
        return torch.dot(*flat).view(rsizes)
    return torch.mm(p1.reshape(size1, csize), p2.reshape(csize, size2)).reshape(rsizes)


@op("tensordot", method=False)
def tensordot(a, b, dims=2, out=None):
    require_tensor(a, "tensordot", "self", 1)
    require_tensor(b, "tensordot", "other", 2)
    if isinstance(dims, int):
        if dims < 0:
            raise RuntimeError(f"tensordot expects dims >= 0, but got dims={dims}")
        if dims > min(a.dim(), b.dim()):
            raise RuntimeError(f"tensordot expects dims < ndim_a or ndim_b, but got dims={dims}")
        dims1, dims2 = list(range(-dims, 0)), list(range(dims))
    elif isinstance(dims, (list, tuple)) and len(dims) == 2 and all(isinstance(d, (list, tuple)) for d in dims):
        dims1, dims2 = list(dims[0]), list(dims[1])
    elif isinstance(dims, (list, tuple)) and len(dims) == 2:
        dims1, dims2 = [int(dims[0])], [int(dims[1])]
    else:
        raise RuntimeError(f"Invalid type for dims: {type(dims)}")
    return _contract(a, b, dims1, dims2)


@op("inner")
def inner(input, other, *, out=None):
    require_tensor(input, "inner", "input", 1)
    require_tensor(other, "inner", "other", 2)
    if input.dim() == 0 or other.dim() == 0:
        return input * other
    if input.size(-1) != other.size(-1):
        raise RuntimeError(f"inner() the last dimension must match on both input tensors but got shapes "
                           f"{list(input.shape)} and {list(other.shape)}")
    return _contract(input, other, [-1], [-1])


FUNCTIONS, METHODS = tables(__name__)
