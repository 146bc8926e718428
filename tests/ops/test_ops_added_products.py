"""addr, baddbmm and addbmm (and their in-place forms) against torch: values, beta and alpha,
broadcast inputs, integer and bool dtypes, the AddrBackward0 / BaddbmmBackward0 / AddbmmBackward0
graphs with their saved fields, first and second derivatives, and the errors."""
import numpy as np
import pytest
from ops_oracle import check_op, printed, same

rng = np.random.default_rng(3)
M, V2, V3 = rng.standard_normal((2, 3)), rng.standard_normal(2), rng.standard_normal(3)
B, B1, B2 = rng.standard_normal((4, 2, 3)), rng.standard_normal((4, 2, 5)), rng.standard_normal((4, 5, 3))
CASES = [
    ("torch.addr(a, b, c)", M, V2, V3),
    ("torch.addr(a, b, c, beta=2, alpha=-0.5)", M, V2, V3),
    ("a.addr(b, c, beta=0)", M, V2, V3),
    ("torch.addr(a, b, c, alpha=3)", V3, V2, V3),
    ("torch.addr(a, b, c, beta=1.5)", np.array(2.), V2, V3),
    ("(a * 1).addr_(b, c, alpha=2)", M, V2, V3),
    ("torch.baddbmm(a, b, c)", B, B1, B2),
    ("torch.baddbmm(a, b, c, beta=0.5, alpha=2)", B, B1, B2),
    ("a.baddbmm(b, c, beta=0)", B, B1, B2),
    ("torch.baddbmm(a, b, c, alpha=-1)", M, B1, B2),
    ("(a * 1).baddbmm_(b, c, beta=3)", B, B1, B2),
    ("torch.addbmm(a, b, c)", M, B1, B2),
    ("torch.addbmm(a, b, c, beta=0.5, alpha=2)", M, B1, B2),
    ("a.addbmm(b, c, beta=0)", V3, B1, B2),
    ("(a * 1).addbmm_(b, c, alpha=0.25)", M, B1, B2),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_added_products_as_torch(case):
    expr, *arrays = case
    check_op(expr, *arrays)


def test_added_products_float32_graph():
    check_op("torch.addbmm(a, b, c, beta=2)", M, B1, B2, dtype="float32", rtol=1e-4, atol=1e-5)


VALUES = [
    "torch.addr(torch.ones(2, 3, dtype=torch.int64), torch.arange(2), torch.arange(3), beta=2, alpha=3)",
    "torch.addr(torch.ones(2, 3, dtype=torch.bool), torch.ones(2, dtype=torch.bool), torch.ones(3, dtype=torch.bool), beta=False)",
    "torch.addr(torch.zeros(2, 3, dtype=torch.bool), torch.tensor([True, False]), torch.ones(3, dtype=torch.bool))",
    "torch.addr(torch.ones(2, 3).double(), torch.ones(2), torch.arange(3.))",
    "torch.addr(torch.ones(2, 3), torch.ones(2, dtype=torch.int64), torch.arange(3))",
    "torch.addr(torch.tensor([[float('nan')]]), torch.ones(1), torch.ones(1), beta=0)",
    "torch.baddbmm(torch.full((1, 1, 1), float('nan')), torch.ones(1, 1, 1), torch.ones(1, 1, 1), beta=0)",
    "torch.addbmm(torch.full((1, 1), float('inf')), torch.ones(1, 1, 1), torch.ones(1, 1, 1), beta=0)",
    "torch.ones(4, 2, 3, dtype=torch.int64).mul(3).baddbmm(torch.ones(4, 2, 5, dtype=torch.int64), "
    "torch.ones(4, 5, 3, dtype=torch.int64), beta=2.5)",
    "torch.ones(2, 3, dtype=torch.int64).addbmm(torch.ones(4, 2, 5, dtype=torch.int64), "
    "torch.ones(4, 5, 3, dtype=torch.int64), alpha=2.5)",
    "torch.addbmm(torch.ones(2, 3), torch.ones(0, 2, 5), torch.ones(0, 5, 3))",
    "torch.baddbmm(torch.ones(4, 2, 3), torch.ones(4, 2, 0), torch.ones(4, 0, 3))",
    "torch.ones(2, 3).addr_(torch.ones(2, dtype=torch.float64), torch.ones(3))",
]


@pytest.mark.parametrize("program", VALUES)
def test_added_products_values(program):
    same(lambda T: eval(program, {"torch": T}))


def test_added_products_record_their_nodes():
    same(printed("""
a = torch.ones(2, 3, requires_grad=True)
v1, v2 = torch.ones(2, requires_grad=True), torch.ones(3, requires_grad=True)
y = torch.addr(a, v1, v2, beta=2, alpha=3)
print(y, y.grad_fn.name(), y.grad_fn._saved_alpha, y.grad_fn._saved_beta)
b1, b2 = torch.ones(4, 2, 5, requires_grad=True), torch.ones(4, 5, 3, requires_grad=True)
z = (a * 1).addbmm_(b1, b2, beta=0.5)
print(z, z.grad_fn.name(), z.grad_fn._saved_batch1_sym_argsize_0, z.grad_fn._saved_batch2_sym_argsize_2)
z.sum().backward()
print(a.grad, b1.grad[0], b2.grad[3])
"""))


ERRORS = [
    "torch.addr(torch.ones(2, 3), torch.ones(2), torch.ones(2))",
    "torch.addr(torch.ones(2, 3), torch.ones(2, 3), torch.ones(3))",
    "torch.addr(torch.ones(2, 3), torch.ones(2), torch.ones(2, 3))",
    "torch.addr(torch.ones(5), torch.ones(2), torch.ones(3))",
    "torch.addr(torch.ones(2, 3, dtype=torch.int64), torch.ones(2, dtype=torch.int64), torch.ones(3, dtype=torch.int64), beta=1.5)",
    "torch.addr(torch.ones(2, 3, dtype=torch.int64), torch.ones(2, dtype=torch.int64), torch.ones(3, dtype=torch.int64), alpha=0.5)",
    "torch.addr(torch.ones(2, 3), torch.ones(2), torch.ones(3), alpha=True)",
    "torch.addr(torch.ones(2, 3), torch.ones(2), torch.ones(3), beta=True)",
    "torch.addr(torch.ones(2, 3).double(), torch.ones(2).double(), torch.ones(3).double(), alpha=1j)",
    "torch.ones(3).addr_(torch.ones(2), torch.ones(3))", "torch.ones(1, 3).addr_(torch.ones(2), torch.ones(3))",
    "torch.ones(2, 3, dtype=torch.int64).addr_(torch.ones(2), torch.ones(3))",
    "torch.ones(2, 3, requires_grad=True).addr_(torch.ones(2), torch.ones(3))",
    "torch.addr(torch.ones(2, 2).double().requires_grad_(), torch.ones(2, requires_grad=True), torch.ones(2)).sum().backward()",
    "torch.baddbmm(torch.ones(4, 2, 3), torch.ones(4, 2, 5), torch.ones(4, 2, 5))",
    "torch.baddbmm(torch.ones(4, 2, 3), torch.ones(2, 3), torch.ones(4, 5, 3))",
    "torch.baddbmm(torch.ones(4, 2, 3), torch.ones(4, 2, 5), torch.ones(2, 3))",
    "torch.baddbmm(torch.ones(4, 2, 3), torch.ones(4, 2, 5), torch.ones(4, 6, 3))",
    "torch.baddbmm(torch.ones(4, 2, 3), torch.ones(4, 2, 5), torch.ones(3, 5, 3))",
    "torch.baddbmm(torch.ones(4, 2, 3), torch.ones(4, 2, 5, 1), torch.ones(4, 5, 3))",
    "torch.baddbmm(torch.ones(4, 2, 3), torch.ones(4, 2, 5), torch.ones(4, 5, 3, 1))",
    "torch.baddbmm(torch.ones(4, 2, 3).double(), torch.ones(4, 2, 5), torch.ones(4, 5, 3))",
    "torch.baddbmm(torch.ones(4, 2, 3), torch.ones(4, 2, 5).double(), torch.ones(4, 5, 3))",
    "torch.baddbmm(torch.ones(4, 2, 3), torch.ones(4, 2, 5), torch.ones(4, 5, 3).double())",
    "torch.baddbmm(torch.ones(4, 2, 3), torch.ones(4, 2, 5), torch.ones(4, 5, 3), beta=1j)",
    "torch.baddbmm(torch.ones(1, 1, 1, dtype=torch.bool), torch.ones(1, 1, 1, dtype=torch.bool), torch.ones(1, 1, 1, dtype=torch.bool))",
    "torch.ones(1, 3).baddbmm_(torch.ones(4, 2, 5), torch.ones(4, 5, 3))",
    "torch.ones(2, 2, 3).baddbmm_(torch.ones(4, 2, 5), torch.ones(4, 5, 3))",
    "torch.addbmm(torch.ones(2, 3), torch.ones(4, 2, 5), torch.ones(4, 2, 5))",
    "torch.addbmm(torch.ones(2, 3), torch.ones(2, 5), torch.ones(4, 5, 3))",
    "torch.addbmm(torch.ones(2, 3), torch.ones(4, 2, 5), torch.ones(5, 3))",
    "torch.addbmm(torch.ones(2, 3), torch.ones(4, 2, 5), torch.ones(4, 6, 3))",
    "torch.addbmm(torch.ones(2, 3), torch.ones(3, 2, 5), torch.ones(4, 5, 3))",
    "torch.addbmm(torch.ones(2, 3), torch.ones(4, 2, 5, 1), torch.ones(4, 5, 3))",
    "torch.addbmm(torch.ones(2, 3).double(), torch.ones(4, 2, 5), torch.ones(4, 5, 3))",
    "torch.addbmm(torch.ones(2, 3), torch.ones(4, 2, 5).double(), torch.ones(4, 5, 3))",
    "torch.addbmm(torch.ones(2, 3), torch.ones(4, 2, 5), torch.ones(4, 5, 3).double())",
    "torch.addbmm(torch.ones(1, 1, dtype=torch.bool), torch.ones(1, 1, 1, dtype=torch.bool), torch.ones(1, 1, 1, dtype=torch.bool))",
    "torch.ones(4, 2, 3).addbmm_(torch.ones(4, 2, 5), torch.ones(4, 5, 3))",
]


@pytest.mark.parametrize("program", ERRORS)
def test_added_products_errors(program):
    same(lambda T: eval(program, {"torch": T}), raises=(RuntimeError, IndexError, NotImplementedError))


@pytest.mark.parametrize("case", [("torch.addr(a, b, c, beta=2, alpha=3)", M, V2, V3),
                                  ("torch.addmm(a, b, c.t(), beta=2, alpha=3)", M, B1[0], B2[0].T),
                                  ("torch.baddbmm(a, b, c, beta=2, alpha=3)", B, B1, B2),
                                  ("torch.addbmm(a, b, c, beta=0.5, alpha=3)", M, B1, B2)], ids=lambda c: c[0])
def test_added_products_gradients_record_pytorchs_nodes(case):
    expr, *arrays = case

    def program(T):
        xs = [T.tensor(a, requires_grad=True) for a in arrays]
        y = eval(expr, {"torch": T}, dict(zip("abc", xs)))
        return T.autograd.grad((y * y).sum(), xs, create_graph=True)
    same(program, exact=False)
