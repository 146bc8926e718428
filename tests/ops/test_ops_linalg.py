"""Matrix products against torch: matmul dispatches to dot/mv/mm/bmm with the same graph
(folding, broadcasting, transposes, UnsafeViewBackward0...), addmm, outer, and their errors."""
import numpy as np
import pytest
from ops_oracle import check_op, same

rng = np.random.default_rng(11)


def r(*shape):
    """Multiples of 1/4: products and sums stay exact, so printed values can be compared exactly."""
    return (rng.standard_normal(shape) * 4).round() / 4


PRODUCTS = [
    ("a @ b", r(4), r(4)), ("a @ b", r(3, 4), r(4)), ("a @ b", r(4), r(4, 5)), ("a @ b", r(3, 4), r(4, 5)),
    ("a @ b", r(2, 3, 4), r(4, 5)), ("a @ b", r(2, 3, 4), r(2, 4, 5)), ("a @ b", r(2, 3, 4), r(1, 4, 5)),
    ("a @ b", r(1, 3, 4), r(2, 4, 5)), ("a @ b", r(2, 1, 3, 4), r(5, 4, 2)), ("a @ b", r(4), r(2, 4, 5)),
    ("a @ b", r(2, 3, 4), r(4)), ("a @ b", r(3, 4), r(2, 4, 5)), ("a @ b", r(2, 2, 3, 4), r(4)),
    ("a @ b", r(4), r(2, 2, 4, 3)), ("a @ b.t()", r(3, 4), r(5, 4)), ("a.t() @ b", r(4, 3), r(4, 5)),
    ("a.matmul(b)", r(3, 4), r(4, 2)), ("torch.matmul(a, b)", r(2, 3, 4), r(4, 2)),
    ("a.mm(b)", r(3, 4), r(4, 5)), ("torch.mm(a, b)", r(3, 4), r(4, 5)), ("a.t().t().mm(b)", r(3, 4), r(4, 5)),
    ("a.mv(b)", r(3, 4), r(4)), ("torch.mv(a, b)", r(3, 4), r(4)), ("a.dot(b)", r(4), r(4)),
    ("torch.dot(a, b)", r(4), r(4)), ("a.bmm(b)", r(2, 3, 4), r(2, 4, 5)), ("torch.bmm(a, b)", r(2, 3, 4), r(2, 4, 5)),
    ("torch.outer(a, b)", r(4), r(3)), ("a.outer(b)", r(4), r(3)), ("a @ b", r(2, 3, 4).transpose(0, 2, 1), r(3, 5)),
    ("a.transpose(0, 1) @ b", r(3, 2, 4), r(4, 5)), ("a @ b.transpose(0, 1)", r(2, 3, 4), r(4, 2, 5)),
    ("torch.addmm(c, a, b)", r(3, 4), r(4, 5), r(5)), ("torch.addmm(c, a, b)", r(3, 4), r(4, 5), r(3, 5)),
    ("torch.addmm(c, a, b, beta=0.5, alpha=2)", r(3, 4), r(4, 5), r(1, 5)),
    ("c.addmm(a, b)", r(3, 4), r(4, 5), r(3, 5)), ("torch.addmm(c, a, b, beta=0)", r(3, 4), r(4, 5), r(5)),
]


@pytest.mark.parametrize("case", PRODUCTS, ids=lambda c: f"{c[0]}-{'x'.join(str(np.shape(a)) for a in c[1:])}")
def test_products_build_torchs_graph_and_gradients(case):
    expr, *arrays = case
    check_op(expr, *arrays, dtype="float32", exact=True)


@pytest.mark.parametrize("case", PRODUCTS[:14], ids=lambda c: f"{c[0]}-{'x'.join(str(np.shape(a)) for a in c[1:])}")
def test_products_in_float64(case):
    expr, *arrays = case
    check_op(expr, *arrays, dtype="float64", rtol=1e-7, atol=1e-7)


@pytest.mark.parametrize("expr", [
    "A @ B", "A @ b", "B.t() @ A.t()", "C @ A.t()", "C @ B", "v @ C", "C.transpose(1, 2) @ v", "C @ C.transpose(1, 2)",
])
def test_only_one_operand_requires_grad(expr):
    def program(T):
        env = {
            "A": T.tensor(r(3, 4).tolist(), requires_grad=True), "B": T.tensor(r(4, 5).tolist()),
            "b": T.tensor(r(4).tolist()), "C": T.tensor(r(2, 3, 4).tolist()),
            "v": T.tensor(r(3).tolist(), requires_grad=True),
        }
        return eval(expr, env)
    rng.bit_generator.state = np.random.default_rng(1).bit_generator.state
    state = rng.bit_generator.state

    def reseeded(T):
        rng.bit_generator.state = state
        return program(T)
    same(reseeded, exact=False)


# What PyTorch raises for the cases of test_product_errors_and_dtypes_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
PRODUCT_ERRORS_AND_DTYPES_AS_TORCH_RAISE = {
    'A.mm(A)': RuntimeError,
    'A.mm(M.double())': RuntimeError,
    'A @ M.double()': RuntimeError,
    'A.mv(b)': RuntimeError,
    'v.dot(b)': RuntimeError,
    'v.dot(v.double())': RuntimeError,
    'B.bmm(B)': RuntimeError,
    'B.bmm(A)': RuntimeError,
    'torch.tensor(2.) @ A': RuntimeError,
    'A @ torch.tensor(2.)': RuntimeError,
    'A @ A': RuntimeError,
    'B @ torch.ones(3, 4, 5)': RuntimeError,
    'A @ b': RuntimeError,
    'A.mm(v)': RuntimeError,
    'torch.addmm(b, A, A)': RuntimeError,
    'torch.addmm(torch.ones(2), A, M)': RuntimeError,
    'torch.tensor([[1, 2], [3, 4]]) @ torch.tensor([[1., 2], [3, 4]])': RuntimeError,
}


@pytest.mark.parametrize("expr", [
    "A.mm(A)", "A.mm(M.double())", "A @ M.double()", "A.mv(b)", "v.dot(b)", "v.dot(v.double())",
    "B.bmm(B)", "B.bmm(A)", "torch.tensor(2.) @ A", "A @ torch.tensor(2.)", "A @ A", "B @ torch.ones(3, 4, 5)",
    "A @ b", "A.mm(v)", "torch.addmm(b, A, A)", "torch.addmm(torch.ones(2), A, M)",
    "torch.tensor([[1, 2], [3, 4]]) @ torch.tensor([[1, 2], [3, 4]])",
    "torch.tensor([[1, 2], [3, 4]]) @ torch.tensor([[1., 2], [3, 4]])",
    "torch.outer(torch.tensor([1, 2]), torch.tensor([1., 2.]))", "v @ v", "(v @ M)._version",
])
def test_product_errors_and_dtypes_as_torch(expr):
    def program(T):
        env = {"torch": T, "A": T.ones(3, 4), "M": T.ones(4, 5), "B": T.ones(2, 3, 4), "v": T.ones(4),
               "b": T.ones(5)}
        return eval(expr, env)
    same(program, raises=PRODUCT_ERRORS_AND_DTYPES_AS_TORCH_RAISE.get(expr))


def test_gradient_of_a_transposed_weight_is_stored_row_major_as_torch():
    """nn.Linear computes ``x @ w.t()``: w.grad must come out contiguous, like w."""
    values = [r(5, 4), r(5), r(3, 4), r(3, 5)]

    def program(T):
        w, b, x = (T.tensor(v.tolist(), requires_grad=True) for v in values[:3])
        (T.addmm(b, x, w.t()) * T.tensor(values[3].tolist())).sum().backward()
        (x.t().t() @ w.t()).sum().backward()
        return w.grad, w.grad.is_contiguous(), w.grad.stride(), x.grad.stride(), b.grad
    same(program)
