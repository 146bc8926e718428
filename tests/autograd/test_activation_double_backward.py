"""Activations whose gradient PyTorch computes with an op of its own (``elu_backward``...): under
create_graph the first derivative is that one recorded node (EluBackwardBackward0...), with
PyTorch's inputs and saved fields, and its own backward gives PyTorch's higher derivatives."""
import pytest
from ops_oracle import same

# name -> the activation applied to a tensor that requires grad
ACTIVATIONS = {
    "elu": lambda F, x: F.elu(x),
    "elu_alpha": lambda F, x: F.elu(x, 0.7),
    "selu": lambda F, x: F.selu(x),
    "celu": lambda F, x: F.celu(x, 0.7),
    "elu_inplace": lambda F, x: F.elu(x * 1, inplace=True),
    "selu_inplace": lambda F, x: F.selu(x * 1, inplace=True),
    "celu_inplace": lambda F, x: F.celu(x * 1, 0.7, inplace=True),
    "logsigmoid": lambda F, x: F.logsigmoid(x),
    "hardswish": lambda F, x: F.hardswish(x),
    "mish": lambda F, x: F.mish(x),
    "glu": lambda F, x: F.glu(x),
    "glu_dim0": lambda F, x: F.glu(x.reshape(4, 2), 0),
    "glu_rows": lambda F, x: F.glu(x.reshape(2, 4), -1),
}
# Composite in PyTorch too (infinitely_differentiable_mish_backward): the first derivative's graph
# is PyTorch's; the second's sums x's contributions in another order, so its values are compared.
VALUES_ONLY_BEYOND_FIRST = {"mish"}
VALUES = [-4.0, -3.0, -1.25, -0.5, 0.0, 0.75, 2.0, 3.0]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_create_graph_records_torchs_backward_node(name, dtype):
    """The first derivative's graph (names, next_functions, saved fields) and the second and third
    derivatives, through a grad_output that requires grad too."""
    def program(T):
        x = T.tensor(VALUES, dtype=getattr(T, dtype), requires_grad=True)
        y = ACTIVATIONS[name](T.nn.functional, x)
        w = T.linspace(0.5, 2.0, y.numel(), dtype=getattr(T, dtype)).reshape(y.shape).requires_grad_()
        (g,) = T.autograd.grad(y.sum(), x, create_graph=True)
        (gw,) = T.autograd.grad(y, x, w, create_graph=True)
        g2 = T.autograd.grad((g * g).sum() + gw.sum(), (x, w), create_graph=True)
        g3 = T.autograd.grad(g2[0].sum(), x, retain_graph=True, allow_unused=True)
        if name in VALUES_ONLY_BEYOND_FIRST:
            g2, g3 = [v.detach() for v in g2], [v.detach() for v in g3]
        return g.grad_fn.name(), g, gw, g2, g3

    same(program, exact=False)
