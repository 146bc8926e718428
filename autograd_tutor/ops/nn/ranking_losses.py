"""margin_ranking_loss: max(0, -target (input1 - input2) + margin), composed as ATen composes it."""
import numpy as np

from .._record import record
from ..double_backward.number_ops import add_number as plus
from ..pointwise.piecewise import ClampMinBackward0
from ._loss_common import MEAN, apply_reduction


def margin_ranking_loss(input1, input2, target, margin=0.0, reduction=MEAN):
    """``torch.margin_ranking_loss`` (``reduction`` the enum; nn.functional checked the dims)."""
    shifted = plus(-target * (input1 - input2), margin)
    return apply_reduction(_clamp_min_in_place(shifted, 0), reduction)


def _clamp_min_in_place(t, low):
    """ATen's ``t.clamp_min_(low)`` on a fresh result: its node saves a clone of ``t``
    (CloneBackward0) taken before the change, and its edge goes to ``t``'s history."""
    saved = t.clone() if t.requires_grad else t
    data = np.maximum(t._data, t._data.dtype.type(low))
    return record(ClampMinBackward0, data, (t,), (saved,), (low,))
