"""torch.linalg.eigh / eigvalsh, svd / svdvals and the older torch.svd against torch.

Eigenvectors and singular vectors are defined up to sign, and NumPy's LAPACK (OpenBLAS) and
PyTorch's (MKL) pick signs independently, so outputs and saved fields that hold vectors are not
compared; what is compared is sign-free, as PyTorch's own gradient tests do: eigenvalues and
singular values, U diag(S) Vh, ``v ** 2``, ``u ** 4``, projections, their first and second
derivatives, the grad_fn names along the graph, shapes, dtypes and errors. Values: float64 to
1e-9 (inputs have well-separated eigenvalues and singular values), float32 to 1e-4."""
import numpy as np
import pytest
from ops_oracle import op_case_id, printed, same, same_error

rng = np.random.default_rng(5)


def symmetric(*shape):
    m = rng.standard_normal(shape)
    return m + np.swapaxes(m, -1, -2)


SYM3, SYM2x4 = symmetric(3, 3), symmetric(2, 4, 4)
TALL, SQUARE, WIDE, BATCH = (rng.standard_normal(s) for s in [(4, 3), (3, 3), (3, 5), (2, 4, 3)])

# (expression of ``a``, input): each gives a sign-free tensor
CASES = [
    ("torch.linalg.eigvalsh(a)", SYM3), ("torch.linalg.eigvalsh(a)", SYM2x4), ("torch.linalg.eigvalsh(a, UPLO='U')", SYM3),
    ("torch.linalg.eigh(a).eigenvalues", SYM3), ("torch.linalg.eigh(a)[1] ** 2", SYM3), ("torch.linalg.eigh(a)[1] ** 2", SYM2x4),
    ("(lambda w, v: (v * w.unsqueeze(-2)) @ v.mT)(*torch.linalg.eigh(a))", SYM3),
    ("(lambda w, v: w.sum() + (v ** 4).sum())(*torch.linalg.eigh(a, 'U'))", SYM2x4),
    ("torch.linalg.eigh(a.tril())[1] ** 2", SYM3),
    ("torch.linalg.svdvals(a)", TALL), ("torch.linalg.svdvals(a)", WIDE), ("torch.linalg.svdvals(a)", BATCH),
    ("torch.linalg.svd(a).S", SQUARE), ("torch.linalg.svd(a, full_matrices=False)[0] ** 2", TALL),
    ("torch.linalg.svd(a, full_matrices=False)[2] ** 2", WIDE), ("torch.linalg.svd(a, full_matrices=False)[0] ** 2", BATCH),
    ("(lambda u, s, vh: (u * s.unsqueeze(-2)) @ vh)(*torch.linalg.svd(a, full_matrices=False))", TALL),
    ("(lambda u, s, vh: (u * s.unsqueeze(-2)) @ vh)(*torch.linalg.svd(a, full_matrices=False))", WIDE),
    ("(lambda u, s, vh: (u[:, :3] @ u[:, :3].T).sum(0)[:3] + (vh[:3] ** 4).sum(0))(*torch.linalg.svd(a))", TALL),
    ("(lambda u, s, vh: (u[:, :3] ** 4).sum(1) + (vh.T[:, :3] @ vh[:3]).sum(1)[:3])(*torch.linalg.svd(a))", WIDE),
    ("torch.svd(a).S", TALL), ("torch.svd(a)[2] ** 2", TALL), ("torch.svd(a, some=False).U[:, :3] ** 2", TALL),
    ("a.svd().V ** 2", WIDE), ("torch.svd(a, compute_uv=False).S", BATCH),
]


def _outcome(expr, array, dtype):
    def program(T):
        a = T.tensor(array, dtype=getattr(T, dtype), requires_grad=True)
        y = eval(expr, {"torch": T, "T": T}, {"a": a})
        names, node = [], y.grad_fn
        while node is not None and len(names) < 4:  # the chain of node names down the first edges
            names.append(type(node).__name__.split("::")[-1])
            node = next((n for n, _ in node.next_functions if n is not None), None)
        w = T.tensor(np.random.default_rng(0).standard_normal(tuple(y.shape)), dtype=y.dtype)
        (g,) = T.autograd.grad((y * w).sum(), a, create_graph=True)
        v = T.tensor(np.random.default_rng(1).standard_normal(tuple(g.shape)), dtype=g.dtype)
        (g2,) = T.autograd.grad((g * v).sum(), a)
        return (y.detach().numpy().copy(), str(y.dtype), tuple(names), g.detach().numpy().copy(), g2.numpy().copy())
    return program


@pytest.mark.parametrize("case", CASES, ids=op_case_id)
def test_float64_sign_free_values_graph_and_derivatives(case):
    same(_outcome(case[0], case[1], "float64"), rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize("case", CASES[::4], ids=op_case_id)
def test_float32(case):
    same(_outcome(case[0], case[1], "float32"), rtol=1e-4, atol=1e-4)


def test_printed_values_and_nodes():
    same(printed("""
p = torch.tensor([[2., 1.], [1., 3.]], requires_grad=True)
w, v = torch.linalg.eigh(p); print(w, torch.linalg.eigvalsh(p), (v ** 2), v.shape, v.grad_fn)
a = torch.tensor([[3., 1.], [1., 2.], [0., 1.]], requires_grad=True)
u, s, vh = torch.linalg.svd(a); print(s, u.shape, vh.shape, s.grad_fn, torch.linalg.svdvals(a))
r = torch.svd(a); print(r.S, r.U.shape, r.V.shape, r.V.grad_fn, r.V.grad_fn._saved_dim0, r.V.grad_fn._saved_dim1)
print(s.grad_fn._saved_full_matrices, s.grad_fn._saved_S_sym_argsize_minus_1, torch.linalg.svd(a, False).S.grad_fn._saved_full_matrices)
print(torch.svd(a, compute_uv=False))
print(torch.linalg.eigh(torch.eye(2, dtype=torch.float64)), torch.linalg.svd(torch.ones(2, 0)))
"""))


ERRORS = {
    "torch.linalg.eigh(torch.ones(2, 3))": RuntimeError,
    "torch.linalg.eigh(torch.ones(3))": RuntimeError,
    "torch.linalg.eigh(torch.eye(2, dtype=torch.long))": NotImplementedError,
    "torch.linalg.eigh(torch.eye(2), UPLO='X')": RuntimeError,
    "torch.linalg.eigvalsh(torch.eye(2), UPLO='X')": RuntimeError,
    "torch.linalg.eigvalsh(torch.ones(2, 3))": RuntimeError,
    "torch.linalg.svd(torch.ones(3))": RuntimeError,
    "torch.linalg.svd(torch.eye(2, dtype=torch.long))": RuntimeError,
    "torch.linalg.svdvals(torch.ones(3))": RuntimeError,
    "torch.linalg.svd(torch.ones(3, 2), driver='gesvd')": RuntimeError,
    "torch.svd(torch.ones(3))": RuntimeError,
}


@pytest.mark.parametrize("expr", ERRORS)
def test_errors_word_for_word(expr):
    same_error(expr, ERRORS[expr])
