"""torch.special against torch: the functions that are another op under a second name (expit is
sigmoid, gammaln lgamma, psi digamma...) record that op's node (SigmoidBackward0...), give its
values and derivatives, and take torch.special's signatures (softmax requires dim; round records
RoundBackward1 even without decimals); a name not implemented says PyTorch has it."""
import pytest
from ops_oracle import check_op, printed, same

POSITIVE = [0.3, 1.5, 4.0, 0.01, 2.5]
MIXED = [-2.5, -0.3, 0.7, 3.2, -1.25]
UNIT = [0.05, 0.3, 0.5, 0.75, 0.95]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("expr, values", [
    ("torch.special.expit(a)", MIXED), ("torch.special.logit(a)", UNIT), ("torch.special.logit(a, 0.1)", UNIT),
    ("torch.special.logit(a, eps=0.2)", UNIT), ("torch.special.erf(a)", MIXED), ("torch.special.erfc(a)", MIXED),
    ("torch.special.erfinv(a)", [-0.9, -0.3, 0.0, 0.45, 0.7]), ("torch.special.exp2(a)", MIXED),
    ("torch.special.expm1(a)", MIXED), ("torch.special.log1p(a)", POSITIVE), ("torch.special.sinc(a)", MIXED),
    ("torch.special.gammaln(a)", MIXED), ("torch.special.digamma(a)", POSITIVE), ("torch.special.psi(a)", MIXED),
    ("torch.special.polygamma(1, a)", POSITIVE), ("torch.special.polygamma(n=2, input=a)", POSITIVE),
    ("torch.special.xlogy(2.0, a)", POSITIVE), ("torch.special.xlogy(a, 3.0)", POSITIVE),
    ("torch.special.round(a)", MIXED), ("torch.special.round(a, decimals=1)", MIXED),
    ("torch.special.logsumexp(a, 0)", MIXED), ("torch.special.logsumexp(a, dim=0, keepdim=True)", MIXED),
    ("torch.special.softmax(a, 0)", MIXED), ("torch.special.log_softmax(a, dim=0)", MIXED),
    ("torch.special.softmax(a, 0, dtype=torch.float64)", MIXED),
])
def test_values_and_two_derivatives_as_torch(expr, values, dtype):
    check_op(expr, values, dtype=dtype)


@pytest.mark.parametrize("expr, a, b", [("torch.special.xlogy(a, b)", POSITIVE, UNIT)])
def test_two_operands_as_torch(expr, a, b):
    check_op(expr, a, b)


def test_graphs_and_printing_as_torch():
    same(printed("""
x = torch.tensor([0.25, 0.5, 2.0], requires_grad=True)
for name in ("expit", "erf", "erfc", "gammaln", "psi", "digamma", "exp2", "expm1", "log1p", "sinc", "erfinv"):
    y = getattr(torch.special, name)(x / 4)
    print(name, y, y.grad_fn.next_functions)
print(torch.special.round(x * 3), torch.special.round(x * 3, decimals=1))
print(torch.special.logit(x / 4, eps=0.1).grad_fn._saved_eps)
print(torch.special.softmax(x, 0), torch.special.log_softmax(x, 0, dtype=torch.float64))
print(torch.special.logsumexp(x, 0, True), torch.special.polygamma(2, x))
print(torch.special.xlogy(x, 2.0), torch.special.xlogy(3, x))
print(torch.special.expit(torch.tensor([1, 2])), torch.special.gammaln(torch.tensor([3])))
print(torch.special.expit(x.detach(), out=torch.empty(3)))
"""))


@pytest.mark.parametrize("expr", [
    "torch.special.softmax(torch.ones(2))", "torch.special.log_softmax(torch.ones(2))",
    "torch.special.logsumexp(torch.ones(2))", "torch.special.expit(2.0)", "torch.special.gammaln([1.0])",
    "torch.special.logit(0.5)", "torch.special.softmax([1.0], 0)",
    "torch.special.expit(torch.ones(2, requires_grad=True), out=torch.empty(2))",
])
def test_errors_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T}), raises=(RuntimeError, TypeError))


def test_a_name_not_implemented_says_pytorch_has_it():
    import autograd_tutor

    with pytest.raises(AttributeError, match=r"PyTorch has torch.special.airy_ai; autograd_tutor does not"):
        autograd_tutor.special.airy_ai
