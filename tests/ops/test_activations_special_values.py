"""nan, ±inf and signed zeros through activations and pointwise min/max: PyTorch's kernels
compare (``x <= lo ? 0 : ...``) so nan falls into the kept branch, and they warn nothing.
Values, gradients and warnings are compared with real PyTorch by repr (-0. against 0. fails)."""
import pytest
from ops_oracle import same
from test_ops_special_values import SPECIAL

# Only the special values: the smooth activations' ordinary values differ from PyTorch's
# vectorised exp/tanh by an ulp or so, which is not what this file tests.
ONLY_SPECIAL = [-0.0, 0.0, float("nan"), float("inf"), -float("inf")]
SMOOTH = {"elu", "elu(alpha=2)", "selu", "celu", "hardsigmoid", "silu", "gelu", "gelu tanh", "mish",
          "softplus", "softplus(beta=2, threshold=1)", "logsigmoid", "sigmoid", "tanh", "softsign",
          "tanhshrink"}


def _through(fn, dtype, values):
    def program(T):
        x = T.tensor(values, dtype=getattr(T, dtype), requires_grad=True)
        y = fn(T, x)
        (grad,) = T.autograd.grad(y.sum(), x)
        return y.detach(), grad

    return program

F = lambda T: T.nn.functional  # noqa: E731

CALLS = {
    "relu6": lambda T, x: F(T).relu6(x),
    "hardtanh": lambda T, x: F(T).hardtanh(x),
    "hardtanh(-0.5, 0.5)": lambda T, x: F(T).hardtanh(x, -0.5, 0.5),
    "elu": lambda T, x: F(T).elu(x),
    "elu(alpha=2)": lambda T, x: F(T).elu(x, alpha=2.0),
    "selu": lambda T, x: F(T).selu(x),
    "celu": lambda T, x: F(T).celu(x, alpha=0.5),
    "hardshrink": lambda T, x: F(T).hardshrink(x),
    "softshrink": lambda T, x: F(T).softshrink(x),
    "hardswish": lambda T, x: F(T).hardswish(x),
    "hardsigmoid": lambda T, x: F(T).hardsigmoid(x),
    "silu": lambda T, x: F(T).silu(x),
    "gelu": lambda T, x: F(T).gelu(x),
    "gelu tanh": lambda T, x: F(T).gelu(x, approximate="tanh"),
    "mish": lambda T, x: F(T).mish(x),
    "leaky_relu": lambda T, x: F(T).leaky_relu(x, 0.1),
    "softplus": lambda T, x: F(T).softplus(x),
    "softplus(beta=2, threshold=1)": lambda T, x: F(T).softplus(x, beta=2.0, threshold=1.0),
    "logsigmoid": lambda T, x: F(T).logsigmoid(x),
    "sigmoid": lambda T, x: T.sigmoid(x),
    "tanh": lambda T, x: T.tanh(x),
    "softsign": lambda T, x: F(T).softsign(x),
    "tanhshrink": lambda T, x: F(T).tanhshrink(x),
    "maximum zeros": lambda T, x: T.maximum(x, T.zeros_like(x)),
    "minimum zeros": lambda T, x: T.minimum(x, T.zeros_like(x)),
    "maximum -0.": lambda T, x: T.maximum(x, T.full_like(x, -0.0)),
    "max binary": lambda T, x: T.max(x, T.zeros_like(x)),
    "min binary": lambda T, x: T.min(x, T.zeros_like(x)),
    "fmax zeros": lambda T, x: T.fmax(x, T.zeros_like(x)),
    "fmin zeros": lambda T, x: T.fmin(x, T.zeros_like(x)),
    "maximum flipped": lambda T, x: T.maximum(x, x.flip(0)),
    "minimum flipped": lambda T, x: T.minimum(x, x.flip(0)),
    "fmax flipped": lambda T, x: T.fmax(x, x.flip(0)),
    "fmin flipped": lambda T, x: T.fmin(x, x.flip(0)),
    "sinc": lambda T, x: T.sinc(x),
    "cumsum": lambda T, x: x.cumsum(0),
    "cumsum of -0.": lambda T, x: x.clamp(-0.0, -0.0).cumsum(0),
    "amax": lambda T, x: x.amax(),
    "amin of rows": lambda T, x: x.reshape(2, 5).amin(1),
    "max": lambda T, x: x.max(),
    "sum": lambda T, x: x.sum(),
    "mean": lambda T, x: x.mean(),
}


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("name", list(CALLS))
def test_special_values_through(name, dtype):
    same(_through(CALLS[name], dtype, ONLY_SPECIAL if name in SMOOTH else SPECIAL))


@pytest.mark.parametrize("name", ["hardtanh", "elu", "hardswish", "softshrink", "hardshrink", "hardsigmoid"])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("size", [5, 17, 40, 70])
def test_nan_gradient_follows_the_kernel_loop_it_falls_in(name, dtype, size):
    """PyTorch's vectorised and scalar loops send nan down different branches: a nan first and
    last in longer tensors lands in each."""
    def program(T):
        x = T.zeros(size, dtype=getattr(T, dtype))
        x[2] = x[size - 1] = float("nan")
        x.requires_grad_()
        y = getattr(T.nn.functional, name)(x)
        (grad,) = T.autograd.grad(y.sum(), x)
        return y.detach(), grad

    same(program)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("size", [1, 5, 40])
def test_gelu_of_infinities(dtype, size):
    same(lambda T: T.nn.functional.gelu(T.tensor([float("inf"), -float("inf")] * size, dtype=getattr(T, dtype))[:size]))


@pytest.mark.parametrize("name", ["maximum", "minimum", "fmax", "fmin"])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("size", [1, 5, 10, 17, 40, 70])
def test_tied_zeros_of_opposite_signs(name, dtype, size):
    """Which of -0. and 0. comes out depends on the kernel loop that meets the tie."""
    def program(T):
        a = T.zeros(size, dtype=getattr(T, dtype))
        a[0] = a[size - 1] = -0.0
        b = T.zeros(size, dtype=getattr(T, dtype))
        fn = getattr(T, name)
        return fn(a, b), fn(b, a), fn(a, T.tensor(0.0, dtype=a.dtype))

    same(program)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_hardsigmoid_rounds_as_pytorch(dtype):
    def program(T):
        T.manual_seed(0)
        x = (T.rand(300, dtype=getattr(T, dtype)) * 8 - 4).requires_grad_()
        y = T.nn.functional.hardsigmoid(x)
        (grad,) = T.autograd.grad(y, x, T.randn(300, dtype=x.dtype))
        return y.tolist(), grad.tolist()  # every bit (a tensor's repr rounds to 4 digits)

    same(program)
