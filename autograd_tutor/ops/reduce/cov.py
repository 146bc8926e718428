"""torch.cov: the covariance matrix of the variables in the rows of input (observations in columns).

Built from recorded ops exactly as ATen composes it (sum / N, subtract, mm with the transpose,
divide by N - correction, squeeze), so the graph carries PyTorch's node names. Frequency and
importance weights (fweights, aweights) are not supported yet."""
import warnings

from .._arg_checks import require_tensor
from .._registry import op, tables

_DOF_WARNING = ("cov(): degrees of freedom is <= 0. Correction should be strictly less than the number of "
                "observations. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Correlation.cpp:129.)")


@op("cov")
def cov(input, *, correction=1, fweights=None, aweights=None):
    import autograd_tutor as torch

    require_tensor(input, "cov", "input", 1)
    if input.dim() > 2:
        raise RuntimeError("cov(): expected input to have two or fewer dimensions but got an input with "
                           f"{input.dim()} dimensions")
    if fweights is not None or aweights is not None:
        raise NotImplementedError("autograd_tutor: cov() with fweights or aweights is not supported yet")
    x = input if input.dim() == 2 else input.view(1, -1)
    n = x.size(1)
    w_sum = torch.tensor(n, dtype=torch.int64)
    avg = x.sum(1) / w_sum
    norm_factor = w_sum - correction
    if n - correction <= 0:
        warnings.warn(_DOF_WARNING, UserWarning, stacklevel=2)
        norm_factor = torch.tensor(0, dtype=torch.int64)
    centred = x - avg.unsqueeze(1)
    c = torch.mm(centred, centred.t())
    return (c / norm_factor).squeeze()


FUNCTIONS, METHODS = tables(__name__)
