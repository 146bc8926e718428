"""gradcheck and gradgradcheck: they pass for autograd_tutor's ops and fail for a wrong custom
backward exactly as PyTorch's do (same exception type and first line, same warnings)."""
import numpy as np
import pytest
from ops_oracle import same

import autograd_tutor as at

rng = np.random.default_rng(11)
A = rng.standard_normal((3, 4))
B = rng.standard_normal((3, 4))
P = rng.uniform(0.1, 0.9, (3, 4))
TARGET = [1, 0, 3]

OPS = [
    ("lambda a: torch.softmax(a, 1)", (A,)), ("lambda a: torch.log_softmax(a, 0)", (A,)),
    ("lambda a, b: F.mse_loss(a, b)", (A, B)), ("lambda a, b: F.mse_loss(a, b, reduction='none')", (A, B)),
    ("lambda a, b: F.binary_cross_entropy(a, b)", (P, P[::-1].copy())),
    (f"lambda a: F.cross_entropy(a, torch.tensor({TARGET}))", (A,)),
    (f"lambda a: F.cross_entropy(a, torch.tensor({TARGET}), weight=torch.tensor([1., 2., 3., 4.]).double(), "
     "ignore_index=0, label_smoothing=0.2)", (A,)),
    (f"lambda a: F.nll_loss(a, torch.tensor({TARGET}), reduction='sum')", (A,)),
    ("lambda a, b: F.cross_entropy(a, b.softmax(1))", (A, B)),
    ("lambda x, w, b: F.linear(x, w, b)", (A, B, rng.standard_normal(3))),
    ("lambda a: (a * a).tanh().sum(0)", (A,)),
]


@pytest.mark.parametrize("fn, arrays", OPS)
def test_gradcheck_and_gradgradcheck_pass_for_our_ops(fn, arrays):
    f = eval(fn, {"torch": at, "F": at.nn.functional})
    inputs = tuple(at.tensor(a, dtype=at.float64, requires_grad=True) for a in arrays)
    assert at.autograd.gradcheck(f, inputs)
    assert at.autograd.gradgradcheck(f, inputs)


DEFINITIONS = '''
Function = torch.autograd.Function

class WrongBackward(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return g * x  # should be 2 * g * x

class IgnoresGrad(Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return torch.ones_like(g) * 2

class Right(Function):
    @staticmethod
    def forward(ctx, x, k):
        ctx.save_for_backward(x)
        ctx.k = k
        return x * x * k

    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 2 * g * x * ctx.k, None

class NotTwiceDifferentiable(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return g * 3 * x.detach() ** 2

x = torch.tensor([0.3, -1.2, 2.0], dtype=torch.float64, requires_grad=True)
y = torch.tensor([[0.5, 1.5]], dtype=torch.float64, requires_grad=True)
'''


# What PyTorch raises for the cases of test_results_errors_and_warnings_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
RESULTS_ERRORS_AND_WARNINGS_AS_TORCH_RAISE = {
    'gradcheck(WrongBackward.apply, (x,))': RuntimeError,
    'gradcheck(IgnoresGrad.apply, (x,))': RuntimeError,
    'gradcheck(Right.apply, (x.detach().float().requires_grad_(), 3.0), atol=1e-2, rtol=1e-2)': RuntimeError,
    'gradcheck(Right.apply, (x.detach(), 3.0))': ValueError,
    'gradcheck(lambda a: a.detach() * 2, (x,))': RuntimeError,
    'gradcheck(lambda a: a * 2, (x,), check_backward_ad=False)': AssertionError,
    'gradgradcheck(NotTwiceDifferentiable.apply, (x,))': RuntimeError,
    'gradcheck(lambda a: a * 2, (x,), check_batched_grad=True, check_backward_ad=False)': AssertionError,
}


@pytest.mark.parametrize("expr", [
    "gradcheck(WrongBackward.apply, (x,))", "gradcheck(WrongBackward.apply, x, raise_exception=False)",
    "gradcheck(IgnoresGrad.apply, (x,))", "gradcheck(Right.apply, (x, 3.0))",
    "gradcheck(Right.apply, (x.detach().float().requires_grad_(), 3.0), atol=1e-2, rtol=1e-2)",
    "gradcheck(Right.apply, (x.detach(), 3.0))", "gradcheck(lambda a, b: (a * b.sum(), b * 2), (x, y))",
    "gradcheck(lambda a: a.detach() * 2, (x,))", "gradcheck(lambda a: a * 2, (x,), check_backward_ad=False)",
    "gradgradcheck(Right.apply, (x, 3.0))", "gradgradcheck(NotTwiceDifferentiable.apply, (x,))",
    "gradgradcheck(lambda a: (a * a).sum(), (x,), (torch.tensor(2.0, dtype=torch.float64),))",
    "gradcheck(lambda a: a * 2, (x,), check_batched_grad=True, check_backward_ad=False)",
    "torch.autograd.gradcheck(Right.apply, (x, 2.0), eps=1e-6, atol=1e-4)",
])
def test_results_errors_and_warnings_as_torch(expr):
    def program(T):
        ns = {"torch": T, "gradcheck": T.autograd.gradcheck, "gradgradcheck": T.autograd.gradgradcheck}
        exec(DEFINITIONS, ns)
        return eval(expr, ns)

    same(program, raises=RESULTS_ERRORS_AND_WARNINGS_AS_TORCH_RAISE.get(expr))


def test_failure_message_shows_both_jacobians_as_torch():
    def program(T):
        ns = {"torch": T}
        exec(DEFINITIONS, ns)
        try:
            T.autograd.gradcheck(ns["WrongBackward"].apply, (ns["x"],))
        except RuntimeError as e:
            return str(e)

    same(program)


def test_gradcheck_is_the_function_even_after_importing_its_module():
    import importlib

    module = importlib.import_module("autograd_tutor.autograd.gradcheck")
    x = at.tensor([1.0, 2.0], dtype=at.float64, requires_grad=True)
    assert at.autograd.gradcheck(lambda a: a.exp(), (x,))
    assert module(lambda a: a.exp(), (x,))  # the module object is callable too
    assert issubclass(module.GradcheckError, RuntimeError)
