"""Reductions against torch: printed results, graphs with every _saved_ field, first and second
derivatives, errors and warnings."""
import numpy as np
import pytest
from ops_oracle import check_op, same

# Ties (two 2.0 in a row), a zero and negative numbers: the cases that have their own rules.
NICE = [[1.0, -2.0, 3.0, 0.5], [2.0, 2.0, -1.0, 4.0], [0.0, 1.5, -3.0, 2.0]]
RANDOM = np.random.default_rng(7).standard_normal((3, 4)) + 0.1
CUBE = np.random.default_rng(8).standard_normal((2, 3, 4))

REDUCTIONS = [
    "a.sum()", "a.sum(1)", "a.sum(-1, keepdim=True)", "a.sum((0, 1))", "a.sum([0])", "a.sum(dim=None)",
    "a.sum(dim=None, keepdim=True)", "a.sum(())", "torch.sum(a, 0)", "a.sum(0, True)", "a.sum(dtype=torch.float32)",
    "a.mean()", "a.mean(0)", "a.mean(-1, keepdim=True)", "a.mean((0, 1))", "a.mean(dim=None, keepdim=True)",
    "torch.mean(a, 1)",
    "a.max()", "a.min()", "a.max(1)", "a.max(-1, keepdim=True)", "a.min(0)", "torch.max(a, 1)",
    "a.max(dim=0).values", "a.min(1).indices", "torch.max(a, b)", "torch.min(a, b)",
    "a.amax()", "a.amax(1)", "a.amin(-1, keepdim=True)", "a.amax((0, 1))", "torch.amin(a, 0)",
    "a.prod()", "a.prod(1)", "a.prod(0, keepdim=True)", "a.prod(-1)", "torch.prod(a)",
    "a.var()", "a.var(1)", "a.var(dim=1)", "a.var(1, unbiased=True)", "a.var(correction=2)",
    "a.var(0, False)", "a.var(unbiased=False)", "a.var((0, 1))", "a.var(dim=None)", "torch.var(a, 1)",
    "a.var(1, keepdim=True, correction=0)",
    "a.std()", "a.std(1)", "a.std(unbiased=False)", "a.std(1, keepdim=True)", "torch.std(a, 0)",
    "a.norm()", "a.norm(1)", "a.norm(p=1)", "a.norm(p=2.0)", "a.norm(3)", "a.norm(float('inf'))",
    "a.norm(dim=1)", "a.norm(dim=-1, keepdim=True)", "a.norm(p='fro')", "torch.norm(a)",
    "torch.norm(a, dim=(0, 1))", "a.norm(p=1, dim=1, keepdim=True)", "torch.norm(a, p=0.5, dim=0)",
    "torch.linalg.vector_norm(a)", "torch.linalg.vector_norm(a, 1, dim=1)", "torch.linalg.norm(a)",
    "torch.linalg.vector_norm(a, ord=float('inf'), dim=(0, 1), keepdim=True)", "torch.linalg.norm(a, dim=1)",
    "torch.linalg.matmul(a, b.t())",
    "a.logsumexp(1)", "a.logsumexp(dim=(0, 1))", "torch.logsumexp(a, -1, keepdim=True)",
    "a.cumsum(0)", "a.cumsum(-1)", "torch.cumsum(a, dim=1)",
]


@pytest.mark.parametrize("expr", REDUCTIONS)
def test_reduction_prints_records_and_differentiates_as_torch(expr):
    check_op(expr, NICE, NICE[::-1], dtype="float32", exact=True)


@pytest.mark.parametrize("expr", REDUCTIONS)
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_reduction_values_and_derivatives_on_random_data(expr, dtype):
    rtol = 1e-4 if dtype == "float32" else 1e-7
    check_op(expr, RANDOM, RANDOM[::-1] * 2, dtype=dtype, rtol=rtol, atol=rtol)


@pytest.mark.parametrize("expr", [
    "a.sum(1)", "a.sum((0, 2))", "a.mean(-2)", "a.max(1)", "a.prod(2)", "a.var((1, 2))", "a.std(0)",
    "a.norm(dim=(0, 2))", "a.amax((-1, 0), keepdim=True)", "a.logsumexp((0, 1))", "a.cumsum(1)",
])
def test_reductions_over_three_dimensions(expr):
    check_op(expr, CUBE, dtype="float64", rtol=1e-7, atol=1e-7)


@pytest.mark.parametrize("expr", [
    "a.prod()", "a.prod(0)", "a.prod(1)",
])
def test_prod_with_zeros_has_exact_gradients(expr):
    """One zero in a row: only it gets a gradient; two zeros: nobody does (ProdBackward's rule)."""
    check_op(expr, [[0.0, 2.0, 3.0], [0.0, 0.0, 5.0], [1.0, 2.0, 4.0]], exact=True)


@pytest.mark.parametrize("expr", [
    "x.sum(2)", "x.max(2)", "x.mean(-3)", "x.var(5)", "x.sum((0, 0))", "x.prod(4)",
    "torch.tensor([1, 2]).mean()", "torch.tensor([1, 2]).var()", "torch.tensor([1, 2]).std()",
    "torch.tensor([1, 2]).norm()", "torch.tensor([]).max()", "torch.tensor([]).amax()",
    "torch.zeros(2, 0).max(1)", "torch.tensor([]).argmax()", "torch.logsumexp(x)",
])
def test_reduction_errors_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T, "x": T.ones(2, 3)}), raises=(IndexError, RuntimeError, TypeError))


@pytest.mark.parametrize("expr", [
    "torch.tensor([1, 2]).prod()", "torch.tensor([1, 2]).cumsum(0)", "torch.tensor([True, False]).sum()",
    "torch.tensor([True, False]).prod()", "torch.tensor([1, 2]).max()", "torch.tensor([1, 2]).amax()",
    "torch.tensor([1, 2]).logsumexp(0)", "torch.tensor([]).sum()", "torch.tensor([]).mean()",
    "torch.tensor([]).prod()", "torch.tensor(3.).sum(0)", "torch.tensor(3.).max(0)",
    "torch.tensor(3.).var()", "torch.tensor(3.).std(0)", "torch.tensor([1.]).var()",
    "x.argmax()", "x.argmax(1, keepdim=True)", "x.argmin(0)", "x.argmax(keepdim=True)",
    "torch.tensor([[1, 3], [3, 1]]).argmax()", "torch.tensor([1., float('nan'), 2.]).max()",
    "torch.tensor([1., float('nan'), 2.]).argmax()", "torch.tensor([1., float('nan'), 2.]).max(0)",
    "torch.tensor([1, 2, 3], dtype=torch.int32).sum()", "torch.tensor([1, 2]).sum(dtype=torch.float64)",
    "x.sum(0).dtype", "torch.tensor([1.5, 2.5]).cumsum(0, dtype=torch.float64)",
    "x.sum(axis=0)", "x.mean(axis=1)", "x.max(axis=0)", "x.std(axis=0)", "torch.cat([x, x], axis=1)",
    "x.argmax(axis=1)", "x.prod(axis=0)", "x.squeeze(axis=0)", "x.unsqueeze(axis=0)", "x.any(axis=0)",
    "x.cumsum(axis=0)", "torch.stack([x, x], axis=0)", "x.amax(axis=0)", "x.logsumexp(axis=0)",
    "x.var(axis=0)", "torch.sum(x, axis=1)",
])
def test_reduction_results_and_dtypes_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T, "x": T.tensor([[1.0, 5.0, 2.0], [7.0, 0.0, 7.0]])}))


@pytest.mark.parametrize("call", [
    "torch.count_nonzero(x, [0])", "torch.count_nonzero(x, (0, 1))", "torch.count_nonzero(x, [])",
    "torch.count_nonzero(x, -1)", "x.count_nonzero(dim=[1])", "torch.count_nonzero(x, dim=(1,))",
    "torch.count_nonzero(torch.tensor(2.0), [0])", "torch.count_nonzero(torch.tensor(0.0), 0)",
])
def test_count_nonzero_over_a_list_of_dims_as_torch(call):
    same(lambda T: eval(call, {"torch": T, "x": T.tensor([[0.0, 1.0, 2.0], [0.0, 0.0, 3.0]])}))


@pytest.mark.parametrize("call", ["torch.count_nonzero(x, 5)", "torch.count_nonzero(x, [0, 0])",
                                  "torch.count_nonzero(x, [0, -2])", "torch.count_nonzero(x, [-3])"])
def test_count_nonzero_refuses_bad_dims_as_torch(call):
    same(lambda T: eval(call, {"torch": T, "x": T.tensor([[0.0, 1.0, 2.0], [0.0, 0.0, 3.0]])}),
         raises=(IndexError, RuntimeError))
