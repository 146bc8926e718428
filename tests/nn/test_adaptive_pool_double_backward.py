"""Adaptive pooling under create_graph: the first derivative is PyTorch's one recorded node
(AdaptiveAvgPool2DBackwardBackward0, AdaptiveMaxPool2DBackwardBackward0), with its inputs and
saved fields, and differentiating it again gives PyTorch's second and third derivatives."""
import numpy as np
import pytest
from ops_oracle import same

POOLS = {
    "avg_2x3": lambda F, x: F.adaptive_avg_pool2d(x, (2, 3)),
    "avg_3x1": lambda F, x: F.adaptive_avg_pool2d(x, (3, 1)),
    "avg_none": lambda F, x: F.adaptive_avg_pool2d(x, (None, 2)),
    "avg_1d": lambda F, x: F.adaptive_avg_pool1d(x[0], 3),
    "max_3x2": lambda F, x: F.adaptive_max_pool2d(x, (3, 2)),
    "max_2": lambda F, x: F.adaptive_max_pool2d(x, 2),
    "max_1d": lambda F, x: F.adaptive_max_pool1d(x[0], 2),
}
X = np.random.default_rng(3).standard_normal((2, 2, 5, 5)).round(3)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("name", list(POOLS))
def test_create_graph_records_torchs_backward_node(name, dtype):
    def program(T):
        x = T.tensor(X, dtype=getattr(T, dtype), requires_grad=True)
        y = POOLS[name](T.nn.functional, x)
        w = T.linspace(-1.0, 2.0, y.numel(), dtype=getattr(T, dtype)).reshape(y.shape).requires_grad_()
        (g,) = T.autograd.grad(y.sum(), x, create_graph=True)
        (gw,) = T.autograd.grad(y, x, w, create_graph=True)
        g2 = T.autograd.grad((gw * gw).sum() + g.sum(), (x, w), create_graph=True, allow_unused=True)
        g3 = T.autograd.grad(g2[1].sum(), w)
        return y.grad_fn.name(), g.grad_fn.name(), gw, g2, g3

    same(program, exact=False)
