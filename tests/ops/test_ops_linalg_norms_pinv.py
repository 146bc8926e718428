"""torch.linalg.pinv / torch.pinverse, lstsq, matrix_norm, norm (vector and matrix), cond and
matrix_rank against torch: values, printing, graphs (PyTorch's composition: SumBackward1 or
AmaxBackward0 over LinalgSvdBackward0, LinalgVectorNormBackward0...), first and second
derivatives where the result is sign-free, and errors word for word.

Tolerances: float64 to 1e-9, float32 to 1e-4 (different LAPACK builds round the last bits
differently; inputs have well-separated singular values). Graph checks on nodes that save singular
vectors (matrix_norm 2/nuc, cond) compare names and values but not the saved vectors: their signs
depend on the LAPACK build."""
import numpy as np
import pytest
from ops_oracle import check_op, op_case_id, printed, same, same_error

rng = np.random.default_rng(9)
TALL, SQUARE, WIDE, BATCH = (rng.standard_normal(s) for s in [(4, 3), (3, 3), (3, 5), (2, 4, 3)])
B4, B4x2, B2x4x2 = rng.standard_normal(4), rng.standard_normal((4, 2)), rng.standard_normal((2, 4, 2))

FULL_GRAPH = [
    ("torch.linalg.pinv(a)", TALL), ("torch.linalg.pinv(a)", WIDE), ("torch.linalg.pinv(a)", BATCH),
    ("torch.linalg.pinv(a)", SQUARE), ("torch.linalg.pinv(a @ a.mT, hermitian=True)", SQUARE),
    ("torch.pinverse(a)", TALL), ("a.pinverse()", WIDE), ("torch.linalg.pinv(a, rtol=0.3)", TALL),
    ("torch.linalg.lstsq(a, b)", TALL, B4x2), ("torch.linalg.lstsq(a, b).solution", TALL, B4),
    ("torch.linalg.lstsq(a, b).solution", BATCH, B2x4x2), ("torch.linalg.lstsq(a, b, driver='gelsd')", TALL, B4x2),
    ("torch.linalg.lstsq(a, b, driver='gels')", TALL, B4x2), ("torch.linalg.lstsq(a, b, driver='gelss')[0]", TALL, B4x2),
    ("torch.linalg.matrix_norm(a)", TALL), ("torch.linalg.matrix_norm(a, 'fro', keepdim=True)", BATCH),
    ("torch.linalg.matrix_norm(a, 1)", TALL), ("torch.linalg.matrix_norm(a, -1)", BATCH),
    ("torch.linalg.matrix_norm(a, float('inf'))", WIDE), ("torch.linalg.matrix_norm(a, -float('inf'), keepdim=True)", BATCH),
    ("torch.linalg.matrix_norm(a, 1, dim=(0, 2))", BATCH), ("torch.linalg.norm(a)", BATCH), ("torch.linalg.norm(a, 1)", TALL),
    ("torch.linalg.norm(a, float('inf'))", TALL), ("torch.linalg.norm(a, 'fro')", WIDE), ("torch.linalg.norm(a, dim=1)", TALL),
    ("torch.linalg.norm(a, 3, dim=0)", TALL), ("torch.linalg.norm(a[0], 1)", TALL), ("torch.linalg.norm(a, dim=(0, 1))", TALL),
]


@pytest.mark.parametrize("case", FULL_GRAPH, ids=op_case_id)
def test_float64_values_graph_first_and_second_derivatives(case):
    expr, *arrays = case
    check_op(expr, *arrays, dtype="float64", rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize("case", FULL_GRAPH, ids=op_case_id)
def test_plain_backward(case):
    expr, *arrays = case
    check_op(expr, *arrays, dtype="float64", rtol=1e-9, atol=1e-9, second_order=False)


# not pinv(a @ a.mT): its condition number is squared, and float32 second derivatives drift by 1e-3
@pytest.mark.parametrize("case", [c for c in FULL_GRAPH[::4] if "hermitian" not in c[0]], ids=op_case_id)
def test_float32(case):
    """1e-4: pinv's second derivative chains a dozen float32 products of an SVD's results."""
    expr, *arrays = case
    check_op(expr, *arrays, dtype="float32", rtol=1e-4, atol=1e-4)


# Through the SVD: node names and values, not the saved singular vectors (signs differ by build)
SPECTRAL = [
    ("torch.linalg.matrix_norm(a, 'nuc')", TALL), ("torch.linalg.matrix_norm(a, 2)", WIDE),
    ("torch.linalg.matrix_norm(a, -2)", BATCH), ("torch.linalg.matrix_norm(a, 'nuc', keepdim=True)", BATCH),
    ("torch.linalg.matrix_norm(a, 2, dim=(0, 2), keepdim=True)", BATCH), ("torch.linalg.norm(a, 'nuc')", SQUARE),
    ("torch.linalg.norm(a, 2)", TALL), ("torch.linalg.norm(a, -2, dim=(1, 2))", BATCH),
    ("torch.linalg.cond(a)", TALL), ("torch.linalg.cond(a, 2)", BATCH), ("torch.linalg.cond(a, -2)", WIDE),
]


def _names_values_grads(expr, array):
    def program(T):
        a = T.tensor(array, requires_grad=True)
        y = eval(expr, {"torch": T}, {"a": a})
        names, stack, seen = [], [y.grad_fn], set()
        while stack:
            node = stack.pop()
            if node is None or id(node) in seen:
                continue
            seen.add(id(node))
            names.append(type(node).__name__.split("::")[-1])
            stack.extend(n for n, _ in node.next_functions)
        w = T.tensor(np.random.default_rng(0).standard_normal(tuple(y.shape)))
        (g,) = T.autograd.grad((y * w).sum(), a, create_graph=True)
        (g2,) = T.autograd.grad((g * g).sum(), a)
        return y.detach().numpy().copy(), tuple(y.shape), tuple(names), g.detach().numpy().copy(), g2.numpy().copy()
    return program


@pytest.mark.parametrize("case", SPECTRAL, ids=op_case_id)
def test_spectral_norms_and_cond(case):
    same(_names_values_grads(*case), rtol=1e-9, atol=1e-9)


def test_printed():
    same(printed("""
a = torch.tensor([[1., 2.], [3., 4.], [5., 6.]], requires_grad=True)
b = torch.tensor([[1.], [2.], [4.]], requires_grad=True)
print(torch.linalg.pinv(a), torch.pinverse(a, rcond=0.1), torch.linalg.pinv(a, atol=0.5))
print(torch.linalg.lstsq(a, b)); print(torch.linalg.lstsq(a, b.squeeze(-1))); print(torch.linalg.lstsq(a, b, driver='gelsd'))
print(torch.linalg.lstsq(a, b, driver='gels'))
print(torch.linalg.matrix_norm(a), torch.linalg.matrix_norm(a, 'nuc'), torch.linalg.matrix_norm(a, 2))
print(torch.linalg.matrix_norm(a, 1), torch.linalg.matrix_norm(a, float('inf')), torch.linalg.matrix_norm(a, keepdim=True))
print(torch.linalg.norm(a, 'fro'), torch.linalg.norm(a, 'nuc'), torch.linalg.norm(a, 2), torch.linalg.norm(a, dim=(0, 1)))
print(torch.linalg.cond(a), torch.linalg.cond(a, -2))
print(torch.linalg.matrix_rank(a), torch.linalg.matrix_rank(torch.ones(3, 3)), torch.linalg.matrix_rank(torch.ones(2, 3, 3)))
print(torch.linalg.matrix_rank(torch.ones(3, 3), hermitian=True), torch.linalg.matrix_rank(a, tol=3.0))
print(torch.linalg.matrix_rank(a, atol=1.0, rtol=0.5), torch.linalg.matrix_rank(torch.eye(4) * 1e-9))
a64, b64 = a.detach().double().requires_grad_(), b.detach().double().requires_grad_()
x = torch.linalg.lstsq(a64, b64).solution; x.sum().backward(); print(a64.grad)  # b64.grad: 1e-16 noise
"""))


ERRORS = {
    "torch.linalg.lstsq(torch.ones(3, 2), torch.ones(3, 1), driver='bad')": RuntimeError,
    "torch.linalg.lstsq(torch.ones(2, 3), torch.ones(3, 1))": RuntimeError,
    "torch.linalg.lstsq(torch.ones(3, 2), torch.ones(2, 1))": RuntimeError,
    "torch.linalg.lstsq(torch.ones(3), torch.ones(3, 1))": RuntimeError,
    "torch.linalg.lstsq(torch.ones(3, 2, dtype=torch.long), torch.ones(3, 1))": RuntimeError,
    "torch.linalg.lstsq(torch.ones(3, 2), torch.ones(3, 1, dtype=torch.double))": RuntimeError,
    "torch.linalg.pinv(torch.ones(3, 2), hermitian=True)": RuntimeError,
    "torch.linalg.pinv(torch.ones(3))": RuntimeError,
    "torch.linalg.pinv(torch.ones(3, 2, dtype=torch.long))": RuntimeError,
    "torch.linalg.matrix_norm(torch.ones(3, 2), 'bad')": RuntimeError,
    "torch.linalg.matrix_norm(torch.ones(3, 2), 3)": RuntimeError,
    "torch.linalg.matrix_norm(torch.ones(3))": RuntimeError,
    "torch.linalg.matrix_norm(torch.ones(3, 2, dtype=torch.long))": RuntimeError,
    "torch.linalg.matrix_norm(torch.ones(3, 2), dim=(0, 0))": RuntimeError,
    "torch.linalg.norm(torch.ones(2, 2, 2), 2)": RuntimeError,
    "torch.linalg.matrix_rank(torch.ones(3, 2, dtype=torch.long))": RuntimeError,
}


@pytest.mark.parametrize("expr", ERRORS)
def test_errors_word_for_word(expr):
    same_error(expr, ERRORS[expr])
