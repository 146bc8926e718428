"""torch.func's transforms against PyTorch 2.13, over a sweep of functions: values, shapes,
dtypes, printed reprs (a result's grad_fn too: torch.func results have none) and errors."""
import numpy as np
import pytest
from ops_oracle import same

RNG = np.random.default_rng(15)
X3 = RNG.standard_normal(3)
X23 = RNG.standard_normal((2, 3))
W = RNG.standard_normal((4, 3))
B4 = RNG.standard_normal(4)


def t(T, a, dtype="float64"):
    return T.tensor(a, dtype=getattr(T, dtype))


# Functions of one tensor, as a tutorial writes them; each is differentiable twice.
SCALAR = {
    "sin_sum": lambda T, x: x.sin().sum(),
    "cube_mean": lambda T, x: (x ** 3).mean(),
    "tanh_linear": lambda T, x: T.nn.functional.linear(x, t(T, W, str(x.dtype)[6:]), t(T, B4, str(x.dtype)[6:])).tanh().sum(),
    "log_softmax_pick": lambda T, x: T.nn.functional.log_softmax(x, dim=-1)[..., 0].sum(),
    "exp_times_x": lambda T, x: (x.exp() * x).sum(),
    "norm": lambda T, x: x.norm(),
}
VECTOR = {
    "sin": lambda T, x: x.sin(),
    "tanh_linear": lambda T, x: T.nn.functional.linear(x, t(T, W, str(x.dtype)[6:]), t(T, B4, str(x.dtype)[6:])).tanh(),
    "outer_sum": lambda T, x: x[:, None] * x[None, :] if x.dim() == 1 else x * x,
    "softmax": lambda T, x: T.softmax(x, dim=-1),
    "cumsum_sq": lambda T, x: (x * x).cumsum(0),
}


@pytest.mark.parametrize("name", sorted(SCALAR))
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_grad(name, dtype):
    f = SCALAR[name]
    same(lambda T: T.func.grad(lambda x: f(T, x))(t(T, X3, dtype)), exact=False)


@pytest.mark.parametrize("name", sorted(SCALAR))
def test_grad_and_value_and_second_order(name):
    f = SCALAR[name]

    def program(T):
        g, v = T.func.grad_and_value(lambda x: f(T, x))(t(T, X3))
        gg = T.func.grad(lambda x: T.func.grad(lambda y: f(T, y))(x).sum())(t(T, X3))
        return g, v, gg

    same(program, exact=False)


@pytest.mark.parametrize("name", sorted(VECTOR))
@pytest.mark.parametrize("transform", ["jacrev", "jacfwd"])
def test_jacobian(name, transform):
    f = VECTOR[name]
    # "+ 0.0" turns -0. into 0.: the sign of a zero entry follows each library's own formulas
    # (PyTorch's forward mode sums cumsum's tangents from +0, the double backward trick flips)
    same(lambda T: getattr(T.func, transform)(lambda x: f(T, x))(t(T, X3)) + 0.0, exact=False)


@pytest.mark.parametrize("name", sorted(SCALAR))
@pytest.mark.parametrize("how", ["hessian", "jacfwd_jacrev", "jacrev_jacrev", "jacfwd_jacfwd"])
def test_hessian(name, how):
    f = SCALAR[name]

    def program(T):
        F = T.func
        g = lambda x: f(T, x)  # noqa: E731
        h = {"hessian": F.hessian(g), "jacfwd_jacrev": F.jacfwd(F.jacrev(g)), "jacrev_jacrev": F.jacrev(F.jacrev(g)),
             "jacfwd_jacfwd": F.jacfwd(F.jacfwd(g))}[how]
        return h(t(T, X3))

    same(program, exact=False)


@pytest.mark.parametrize("name", sorted(VECTOR))
def test_vjp_and_jvp(name):
    f = VECTOR[name]
    v = RNG.standard_normal(3)

    def program(T):
        out, vjp_fn = T.func.vjp(lambda x: f(T, x), t(T, X3))
        cot = T.ones_like(out)
        primal, tangent = T.func.jvp(lambda x: f(T, x), (t(T, X3),), (t(T, v),))
        return out, vjp_fn(cot), primal, tangent

    same(program, exact=False)


@pytest.mark.parametrize("name", sorted(VECTOR))
def test_vmap_jacrev_batched_jacobian(name):
    f = VECTOR[name]
    same(lambda T: T.vmap(T.func.jacrev(lambda x: f(T, x)))(t(T, X23)), exact=False)


@pytest.mark.parametrize("name", sorted(SCALAR))
def test_vmap_grad_per_sample(name):
    f = SCALAR[name]
    same(lambda T: T.func.vmap(T.func.grad(lambda x: f(T, x)))(t(T, X23)), exact=False)
