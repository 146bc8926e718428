"""Elementwise functions, arithmetic, comparisons and type promotion against torch: printed
results, node names and saved fields, first and second derivatives, errors."""
import pytest
from ops_oracle import check_op, same

# Zeros, ties between a and b, negative numbers: where the piecewise rules differ.
A = [[1.0, -2.0, 0.0, 0.5], [3.0, 0.5, -1.0, 2.0]]
B = [[2.0, -2.0, 1.0, 0.25], [0.0, 0.5, 4.0, -1.5]]
POSITIVE = [[0.5, 1.0, 2.0, 0.25], [3.0, 1.5, 0.75, 4.0]]

UNARY = [
    "a.exp()", "torch.exp(a)", "a.exp2()", "a.expm1()", "a.sin()", "a.cos()", "a.tan()", "a.tanh()",
    "a.atan()", "a.sinh()", "a.cosh()", "a.sigmoid()", "torch.sigmoid(a)", "a.relu()", "torch.relu(a)",
    "a.abs()", "torch.abs(a)", "abs(a)", "a.sign()", "a.neg()", "-a", "a.square()", "a.floor()",
    "a.ceil()", "a.round()", "a.trunc()", "a.clamp(min=0)", "a.clamp(max=0)", "a.clamp(-1, 1)",
    "a.clamp(min=0.5, max=2)", "torch.clamp(a, 0)", "a.clip(0, 1)", "a.clamp_min(0)", "a.clamp_max(1)",
    "a.clamp(min=torch.tensor(0.))", "a ** 2", "a.pow(3)", "a ** 0", "a ** 1.0", "2 ** a",
    "torch.maximum(a, b)", "torch.minimum(a, b)", "a.maximum(b)", "torch.max(a, b)", "torch.min(a, b)",
    "torch.where(a > 0, a, b)", "torch.where(a > 0, a, 0.)", "torch.where(a > 0, 1., b)", "a.where(a > 0, b)",
    "torch.where(b > 0, a, torch.tensor(0.))", "a.masked_fill(a > 0, 0.)", "a + b", "a - b", "a * b",
    "a / b.abs().add(1)", "a + 1", "1 + a", "a - 1", "1 - a", "a * 2", "2 * a", "a / 2", "2 / (a.abs() + 1)",
    "a.add(b, alpha=2)", "a.sub(b, alpha=0.5)", "torch.add(a, b)", "torch.mul(a, 3)", "a.div(4)",
    "a + b[0]", "a * b[:, :1]", "a.reciprocal().clamp(-9, 9)", "a.clamp(torch.zeros(4), torch.ones(4))",
    "a % 1.5", "a.clamp(b, b + 1)",
]
POSITIVE_ONLY = ["a.log()", "a.log2()", "a.log10()", "a.log1p()", "a.sqrt()", "a.rsqrt()", "a.reciprocal()",
                 "a ** 0.5", "a ** b", "torch.log(a)", "a.pow(-1)"]


@pytest.mark.parametrize("expr", UNARY)
def test_elementwise_prints_records_and_differentiates_as_torch(expr):
    check_op(expr, A, B, dtype="float32", exact=False, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("expr", POSITIVE_ONLY)
def test_functions_of_positive_numbers(expr):
    check_op(expr, POSITIVE, POSITIVE[::-1], dtype="float32", rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("expr", UNARY[:40] + POSITIVE_ONLY)
def test_elementwise_in_float64(expr):
    data = POSITIVE if expr in POSITIVE_ONLY else A
    check_op(expr, data, POSITIVE, dtype="float64", rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize("expr", [
    "x.relu()", "x.abs()", "x.clamp(min=0)", "torch.where(x > 0, x, -x)", "x.sign()",
    "torch.maximum(x, torch.zeros(4))",
])
def test_piecewise_gradients_print_positive_zeros_as_torch(expr):
    """PyTorch's masks give +0. where the gradient is stopped, never -0."""
    def program(T):
        x = T.tensor([1.0, -2.0, 0.0, 3.0], requires_grad=True)
        y = eval(expr, {"torch": T, "x": x})
        y.backward(T.tensor([-1.0, -2.0, -3.0, -4.0]))
        return y, x.grad
    same(program)


# ----------------------------------------------------------------------------- promotion
PROMOTION = [
    "i + f", "f + i", "i + 1.5", "i * 2", "i / 2", "i / i", "i // 2", "i // i", "f // 2", "i % 3",
    "f + d", "d + f", "f + d0", "f0 + d", "i + f0", "i0 + f", "b + b", "b + i", "b * 2.5", "b + f",
    "f + 2", "f * True", "i + True", "i32 + i", "i32 + 1", "i32 + 1.5", "i32 * f", "u8 + i32", "u8 + 1",
    "h + f", "h + 1.0", "h + d0", "i - i", "i ** 2", "i ** 0.5", "2 ** i", "2.5 ** i", "f ** i",
    "i.float()", "i.double()", "f.long()", "f.int()", "f.to(torch.float64)", "f.to(torch.int64)",
    "i.to(torch.float32)", "f.to(d)", "f.to(torch.float32) is f", "f.float() is f", "f.type(torch.float64)",
    "f.type()", "i.type()", "f.half()", "f.bool()", "b.float()", "f.type_as(i)", "f.to('cpu')",
    "torch.tensor([-1.7, 1.7]).long()", "torch.tensor([-1.7, 1.7]).int()", "torch.tensor([300]).to(torch.uint8)",
    "i.sum()", "b.sum()", "i.mean(dtype=torch.float32)", "i.max()", "torch.get_default_dtype()",
    "torch.result_type(i, f)", "torch.promote_types(torch.int64, torch.float32)",
    "torch.promote_types(torch.uint8, torch.int8)", "torch.can_cast(torch.float32, torch.int64)",
]


@pytest.mark.parametrize("expr", PROMOTION)
def test_type_promotion_and_conversions_as_torch(expr):
    def program(T):
        env = {
            "torch": T, "i": T.tensor([1, 2, 3]), "f": T.tensor([1.5, -2.0, 3.25]),
            "d": T.tensor([1.0, 2.0, 3.0], dtype=T.float64), "i32": T.tensor([1, 2, 3], dtype=T.int32),
            "u8": T.tensor([1, 2, 250], dtype=T.uint8), "b": T.tensor([True, False, True]),
            "h": T.tensor([1.0, 2.0, 3.0], dtype=T.float16), "f0": T.tensor(2.5), "i0": T.tensor(2),
            "d0": T.tensor(2.0, dtype=T.float64),
        }
        return eval(expr, env)
    same(program)


def test_conversions_keep_the_graph_as_torch():
    def program(T):
        x = T.tensor([1.5, -2.0], requires_grad=True)
        y = x.double() * 2
        z = y.float().sum()
        z.backward()
        return y, z, x.grad, x.to(T.float64).grad_fn, x.float() is x, x.long()
    same(program)


# ----------------------------------------------------------------------------- comparisons
COMPARISONS = [
    "x == y", "x != y", "x < y", "x <= y", "x > y", "x >= y", "x.eq(y)", "x.ne(y)", "x.lt(2)",
    "x.le(2.5)", "x.gt(y)", "x.ge(1)", "torch.gt(x, y)", "torch.ne(x, 2)", "x > 1.5", "2 < x", "x == 2",
    "torch.equal(x, y)", "torch.equal(x, x.clone())", "x.equal(x)", "torch.equal(x, x[:2])",
    "torch.equal(x, x.double())", "torch.allclose(x, y)", "torch.allclose(x, x + 1e-9)",
    "x.allclose(y, atol=5)", "torch.allclose(x, x.double())", "torch.isclose(x, y)", "(x > 1).any()",
    "(x > 1).all()", "x.any()", "x.all()", "torch.any(x > 5)", "torch.all(x > 0)", "(m > 1).any(0)",
    "(m > 1).all(1)", "(m > 1).any(dim=1, keepdim=True)", "m.any(-1)", "torch.zeros(0).all()",
    "torch.zeros(0).any()", "x.nonzero()", "m.nonzero()", "torch.nonzero(m, as_tuple=True)",
    "torch.where(m > 1)", "x.isnan()", "(x / 0).isinf()", "torch.isfinite(x / 0)", "~(x > 1)",
    "(x > 1) & (x < 3)", "(x > 1) | (x < 3)", "(x > 1) ^ (x < 3)", "x.logical_not()",
    "torch.tensor([1, 2]) == torch.tensor([1.0, 2.5])", "x == x.double()",
    "torch.tensor([1, 2, 3]) > torch.tensor([1, 2])", "x.count_nonzero()", "x.argmax() == 2",
    "bool(x[0] == 1)", "(x > 0).sum()", "(x > 1).float().mean()", "x.float() > 1",
]


# What PyTorch raises for the cases of test_comparisons_and_logic_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
COMPARISONS_AND_LOGIC_AS_TORCH_RAISE = {
    'torch.allclose(x, x.double())': RuntimeError,
    'torch.tensor([1, 2, 3]) > torch.tensor([1, 2])': RuntimeError,
}


@pytest.mark.parametrize("expr", COMPARISONS)
def test_comparisons_and_logic_as_torch(expr):
    def program(T):
        x = T.tensor([1.0, 2.0, 3.0], requires_grad=True)
        y = T.tensor([1.0, 2.5, 2.0])
        m = T.tensor([[0.0, 2.0], [3.0, 1.0]])
        return eval(expr, {"torch": T, "x": x, "y": y, "m": m})
    same(program, raises=COMPARISONS_AND_LOGIC_AS_TORCH_RAISE.get(expr))


# What PyTorch raises for the cases of test_elementwise_errors_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
ELEMENTWISE_ERRORS_AS_TORCH_RAISE = {
    'x + torch.ones(2)': RuntimeError,
    'x * torch.ones(2, 2)': RuntimeError,
    'x.relu_()': RuntimeError,
    'torch.clamp(x)': RuntimeError,
    'torch.where(x, x, x)': RuntimeError,
    'torch.tensor([1, 2]) // 0': RuntimeError,
    'torch.tensor([True]) - torch.tensor([False])': RuntimeError,
    '-torch.tensor([True])': RuntimeError,
    'torch.tensor([True]).abs()': NotImplementedError,
    'torch.tensor([1, 2]) ** -1': RuntimeError,
    'x.masked_fill(x, 0.)': RuntimeError,
    '(x // 2).sum().backward()': RuntimeError,
    'torch.maximum(x, torch.ones(2))': RuntimeError,
    "x + 'a'": TypeError,
    'x.sqrt_()': RuntimeError,
    "x.add('a')": TypeError,
    "torch.add(x, 'a')": TypeError,
    'x * None': TypeError,
    "'a' - x": TypeError,
    "x / 'a'": TypeError,
    'x.mul(None)': TypeError,
    "x.detach().add_('a')": TypeError,
    "x // 'a'": TypeError,
    "x ** 'a'": TypeError,
    'x % None': TypeError,
    'torch.maximum(x, 1)': TypeError,
    'x.minimum(2.)': TypeError,
    'torch.where(x > 0, x)': TypeError,
    'torch.outer(x.view(3, 1), x)': RuntimeError,
    'x.masked_fill(torch.tensor([True, False]), 0.)': RuntimeError,
}


@pytest.mark.parametrize("expr", [
    "x + torch.ones(2)", "x * torch.ones(2, 2)", "x.relu_()", "torch.clamp(x)", "torch.where(x, x, x)",
    "x // 0", "torch.tensor([1, 2]) // 0", "torch.tensor([True]) - torch.tensor([False])", "-torch.tensor([True])",
    "torch.tensor([True]).abs()", "torch.tensor([1, 2]) ** -1", "x.masked_fill(x, 0.)", "(x // 2).sum().backward()",
    "torch.maximum(x, torch.ones(2))", "x + 'a'", "x.sqrt_()", "x.exp().exp_()", "x.add('a')",
    "torch.add(x, 'a')", "x * None", "'a' - x", "x / 'a'", "x.mul(None)", "x.detach().add_('a')",
    "x // 'a'", "x ** 'a'", "x % None", "torch.maximum(x, 1)", "x.minimum(2.)", "torch.where(x > 0, x)",
    "torch.outer(x.view(3, 1), x)", "x.masked_fill(torch.tensor([True, False]), 0.)",
])
def test_elementwise_errors_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T, "x": T.tensor([1.0, 2.0, 3.0], requires_grad=True)}), raises=ELEMENTWISE_ERRORS_AS_TORCH_RAISE.get(expr))


@pytest.mark.parametrize("expr", [
    "torch.tensor([1, 2]).clamp(0.5)", "torch.tensor([1, 2]).exp()", "torch.tensor([1, -2]).abs()",
    "torch.tensor([1, -2]).relu()", "torch.tensor([1, 2]).sigmoid()", "torch.tensor([1, 2]).sqrt()",
    "torch.tensor([1, 2]).clamp(max=1)", "torch.tensor([1, -2]).sign()", "torch.where(x > 1, 1, 2)",
    "torch.where(x > 1, x.double(), x)", "torch.tensor([0., 1.]).log()", "torch.tensor([-1.]).sqrt()",
    "torch.tensor([0.]) / 0", "torch.tensor([1.]) / 0", "torch.tensor([-1., 1.]).clamp(1, 0)",
    "torch.tensor([1e30]).exp()", "torch.tensor([-100., 100.]).sigmoid()", "torch.tensor([float('nan')]).relu()",
    "torch.tensor([2, 3]) / torch.tensor([4, 4])", "torch.tensor([7, -7]) // 2", "torch.tensor([7., -7.]) % 3",
    "torch.tensor([7, -7]) % 3", "x.floor_divide(2)", "x.remainder(2)", "x.div(2, rounding_mode='floor')",
    "x.div(2, rounding_mode='trunc')",
])
def test_elementwise_results_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T, "x": T.tensor([1.0, 2.0, 3.0])}))
