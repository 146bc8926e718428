"""Gradients at the edges of a function's domain, where PyTorch's own kernels decide the value:
logit at -0. (its kernel's scalar loop gives grad * inf), x ** -0.5 (PyTorch computes 1 / sqrt(x)),
prod with two zeros and a nan (a plain backward gives zeros; create_graph records prefix and
suffix products), and logit's create_graph graph.
Values and gradients are compared by repr, so -0. against 0. and inf against -inf fail."""
import pytest
from ops_oracle import same

NAN, INF = float("nan"), float("inf")
EDGES = [-0.0, 0.0, 1.0, 0.5, -1.0, 2.0, NAN, INF, -INF]


def _grad_of(fn, values, dtype="float32", grad=None):
    def program(T):
        x = T.tensor(values, dtype=getattr(T, dtype), requires_grad=True)
        y = fn(T, x)
        g = T.ones_like(y) if grad is None else T.tensor(grad, dtype=y.dtype)
        (gx,) = T.autograd.grad(y, x, g)
        return y.detach(), gx

    return program


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("eps", [None, 0.0, 0.25])
@pytest.mark.parametrize("n", [1, 9, 40, 70])  # all in PyTorch's scalar loop, then some vectorised
def test_logit_gradient_at_signed_zero(n, eps, dtype):
    values = [(-0.0, 0.0, 1.0, 0.3)[i % 4] for i in range(n)]
    grad = [(1.0, -1.0, 0.0, 2.0, -2.0)[i % 5] for i in range(n)]
    same(_grad_of(lambda T, x: T.logit(x, eps), values, dtype, grad))


@pytest.mark.parametrize("eps", [None, 0.25])
def test_logit_gradient_of_a_zero_dim_tensor_at_minus_zero(eps):
    same(_grad_of(lambda T, x: T.logit(x, eps), -0.0))


@pytest.mark.parametrize("eps", [None, 0.25])
def test_logit_create_graph_records_where_over_div(eps):
    def program(T):
        x = T.tensor([0.3, 0.6, -0.0, 1.5], requires_grad=True)
        (g,) = T.autograd.grad(T.logit(x, eps).sum(), x, create_graph=True)
        (gg,) = T.autograd.grad(g.sum(), x)
        return g, gg

    same(program)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("exponent", [0.5, -0.5, 1.5, -1.5, 2.0, 3.0, -1.0, -2.0])
def test_power_of_a_number_at_signed_zero_and_infinity(exponent, dtype):
    same(_grad_of(lambda T, x: x ** exponent, EDGES, dtype))
    same(_grad_of(lambda T, x: T.pow(x, exponent), EDGES, dtype))


@pytest.mark.parametrize("values", [
    [0.0, NAN, 2.0], [0.0, 0.0, NAN], [NAN, 3.0, 0.0], [0.0, 2.0, 3.0], [0.0, -0.0, 4.0], [0.0, 0.0, INF],
    [[0.0, 1.0], [NAN, 0.0]], [[0.0, 1.0]], [[0.0], [2.0]], [[0.0, 1.0, 2.0], [3.0, 0.5, 0.0]], [0.0, 5.0],
])
def test_prod_gradient_with_zeros_and_nan(values):
    same(_grad_of(lambda T, x: x.prod(), values))
    same(_grad_of(lambda T, x: x.prod(0), values))

    def create_graph(T):
        x = T.tensor(values, requires_grad=True)
        (g,) = T.autograd.grad(x.prod(), x, create_graph=True)
        (g1,) = T.autograd.grad(x.prod(0).sum(), x, create_graph=True)
        return g, g1, T.autograd.grad((g * g1).sum(), x)  # graphs of prefix and suffix products

    same(create_graph)
