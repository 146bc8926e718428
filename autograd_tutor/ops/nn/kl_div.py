"""kl_div: the pointwise Kullback-Leibler loss, composed of ops as ATen composes it
(``xlogy(t, t) - t * input``, or ``exp(t) * (t - input)`` for a log-space target)."""
from .._arg_checks import require_tensor
from ._loss_common import MEAN, apply_reduction


def kl_div(input, target, reduction=MEAN, log_target=False):
    """``torch.kl_div``: ``reduction`` is the enum ('batchmean' is nn.functional's division after a sum)."""
    require_tensor(input, "kl_div", "input", 1)
    require_tensor(target, "kl_div", "target", 2)
    if log_target:
        losses = target.exp() * (target - input)
    else:
        losses = target.xlogy(target) - target * input
    return apply_reduction(losses, reduction)
