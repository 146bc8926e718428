"""Indexing (``x[key]``), index_select, gather and scatter against torch: the chain of nodes
PyTorch builds for each key, first and second derivatives (repeated indices accumulate),
errors and warnings."""
import numpy as np
import pytest
from ops_oracle import check_op, same

MATRIX = np.arange(12, dtype=float).reshape(3, 4) / 4 - 1
CUBE = np.random.default_rng(5).standard_normal((2, 3, 4))

KEYS = [
    "a[1]", "a[-1]", "a[1, 2]", "a[1][2]", "a[1:]", "a[:]", "a[::2]", "a[-2:]", "a[:-1]", "a[1:100]",
    "a[2:1]", "a[0:3]", "a[:, 1:3]", "a[1:, ::2]", "a[1, 1:]", "a[:, 1]", "a[:, -1]", "a[None]",
    "a[:, None]", "a[...]", "a[..., None]", "a[None, ..., None]", "a[..., 1]", "a[(0, 1)]", "a[()]",
    "a[:, :]", "a[..., :]", "a[None, :, None]", "a[0:3, 1]", "a[:100, 1]", "a[-3:, 1]", "a[::1, 1]",
    "a[[0, 2, 2]]", "a[[0, 1], [1, 2]]", "a[:, [0, 3]]", "a[:, [3, 3, 0]]", "a[[2, 0]][:, 1]",
    "a[torch.tensor([0, 2])]", "a[torch.tensor([[0, 1], [2, 2]])]", "a[torch.tensor(1)]",
    "a[torch.tensor(1), 1:]", "a[a > 0]", "a[torch.tensor([True, False, True])]",
    "a[torch.ones(3, 4, dtype=torch.bool)]", "a[1, [0, 1]]", "a[1:, [0, 1]]", "a[[0, 1], 1:]",
    "a[[0, 1], ...]", "a[..., [0, 1]]", "a[True]", "a[False]", "a[torch.tensor(True)]",
    "a[1:2, None, [0]]", "a[slice(None, None, 2), [0]]", "a[torch.tensor([1], dtype=torch.int32)]",
    "a[[True, False, True]]", "a[range(2)]", "a[-1, -1]", "a[[-1, 0]]", "a.t()[1:, [0, 2]]",
]


@pytest.mark.parametrize("key", KEYS)
def test_indexing_builds_torchs_graph_and_gradients(key):
    check_op(key, MATRIX, dtype="float32", exact=True)


@pytest.mark.parametrize("key", [
    "a[[0, 1], :, 2]", "a[1, 1:, [0, 2]]", "a[None, [1]]", "a[[0, 1], :, [1, 2]]",
    "a[torch.ones(2, 3, dtype=torch.bool), 1]", "a[torch.ones(2, 3, dtype=torch.bool)]",
    "a[1, torch.ones(3, 4, dtype=torch.bool)]", "a[:, torch.tensor([True, False, True]), 1]",
    "a[:, [[0, 1], [2, 2]]]", "a[..., ::2, 1:]", "a[:, :, None, 0]", "a[1][2][3]",
])
def test_indexing_three_dimensions(key):
    check_op(key, CUBE, dtype="float64", rtol=1e-7, atol=1e-7)


# What PyTorch raises for the cases of test_indexing_errors_and_warnings_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
INDEXING_ERRORS_AND_WARNINGS_AS_TORCH_RAISE = {
    'x[5]': IndexError,
    'x[-4]': IndexError,
    'x[1, 7]': IndexError,
    'x[1.5]': IndexError,
    'x[torch.tensor([0., 1.])]': IndexError,
    'x[torch.tensor([5])]': IndexError,
    'x[[0, 5]]': IndexError,
    'x[torch.tensor([True, False])]': IndexError,
    'x[1, 2, 3]': IndexError,
    'torch.tensor(3.)[0]': IndexError,
    'x[[0, 1], [0, 1, 2]]': IndexError,
    "x['a']": TypeError,
    'x[::-1]': ValueError,
    'x[::0]': ValueError,
    'x[:, :, :]': IndexError,
    'x[:, torch.ones(5, dtype=torch.bool)]': IndexError,
    'torch.ones(2, 3, 4)[torch.ones(3, 4, dtype=torch.bool)]': IndexError,
    'x[torch.tensor([1], dtype=torch.uint8)]': IndexError,
    'x[:, [5]]': IndexError,
    'torch.ones(2, 3, 4)[:, [0], [9]]': IndexError,
    'torch.ones(2, 3, 4)[[0], :, [9]]': IndexError,
    'x[..., [-9]]': IndexError,
}


@pytest.mark.parametrize("key", [
    "x[5]", "x[-4]", "x[1, 7]", "x[1.5]", "x[torch.tensor([0., 1.])]", "x[torch.tensor([5])]",
    "x[[0, 5]]", "x[torch.tensor([True, False])]", "x[1, 2, 3]", "torch.tensor(3.)[0]",
    "x[[0, 1], [0, 1, 2]]", "x['a']", "x[::-1]", "x[::0]", "x[:, :, :]", "x[:, torch.ones(5, dtype=torch.bool)]",
    "x[[[0, 1], [1, 2]]]", "x[[0, None]]", "torch.ones(2, 3, 4)[torch.ones(3, 4, dtype=torch.bool)]",
    "x[torch.tensor([1], dtype=torch.uint8)]", "x[torch.tensor([True, False, True], dtype=torch.uint8)]",
    "x[:, [5]]", "torch.ones(2, 3, 4)[:, [0], [9]]", "torch.ones(2, 3, 4)[[0], :, [9]]", "x[..., [-9]]",
])
def test_indexing_errors_and_warnings_as_torch(key):
    same(lambda T: eval(key, {"torch": T, "x": T.arange(12.).view(3, 4)}), raises=INDEXING_ERRORS_AND_WARNINGS_AS_TORCH_RAISE.get(key))


@pytest.mark.parametrize("key", [
    "torch.tensor(3.)[...]", "torch.tensor(3.)[None]", "torch.tensor(3.)[True]", "x[..., ...]",
    "x[0]._version", "x[[0]]._version", "x[0].is_contiguous()", "x[:, 0].stride()",
    "x[1:, ::2].stride()", "x[torch.tensor([1, 0])].is_contiguous()", "x[x > 5].shape",
])
def test_indexing_results_as_torch(key):
    same(lambda T: eval(key, {"torch": T, "x": T.arange(12.).view(3, 4)}))


def test_repeated_indices_accumulate_in_backward():
    def program(T):
        x = T.tensor([1.0, 2.0, 3.0], requires_grad=True)
        y = x[[0, 0, 2, 0]] * T.tensor([1.0, 2.0, 3.0, 4.0])
        y.sum().backward()
        return x.grad
    same(program)


GATHER_SCATTER = [
    "a.index_select(1, torch.tensor([0, 2, 2]))", "a.index_select(0, torch.tensor([1]))",
    "torch.index_select(a, -1, torch.tensor([3, 0]))",
    "a.gather(1, torch.tensor([[0], [1], [2]]))", "a.gather(0, torch.tensor([[0, 1, 2, 0]]))",
    "torch.gather(a, 1, torch.tensor([[3, 3], [0, 1], [2, 2]]))",
    "a.scatter(1, torch.tensor([[0], [1], [2]]), b[:, :1])", "a.scatter(1, torch.tensor([[0], [1], [2]]), 2.0)",
    "a.scatter(0, torch.tensor([[2, 1, 0, 2]]), b[:1])", "a.scatter_add(1, torch.tensor([[0, 0], [1, 1], [2, 3]]), b[:, :2])",
    "torch.scatter(a, 1, torch.tensor([[1], [1], [1]]), value=-1.0)",
    "a.index_add(0, torch.tensor([0, 0, 2]), b)", "a.index_put((torch.tensor([0, 0]),), b[0])",
    "a.index_put((torch.tensor([0, 0]),), b[0], accumulate=True)", "a.masked_fill(a > 0, 0.5)",
    "a.masked_fill(a > 0, b[0, 0])", "a.sort()", "a.sort(dim=0, descending=True)", "torch.sort(a, 1)",
    "a.sort(stable=True)", "a.topk(2)", "a.topk(1, dim=0, largest=False)", "torch.topk(a, 3, 1).values",
    "(a * b).sort(0).values",
]


@pytest.mark.parametrize("expr", GATHER_SCATTER)
def test_gather_scatter_as_torch(expr):
    check_op(expr, MATRIX, MATRIX[::-1] * 2, dtype="float32", exact=True)


# What PyTorch raises for the cases of test_gather_scatter_errors_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
GATHER_SCATTER_ERRORS_AS_TORCH_RAISE = {
    'x.gather(1, torch.tensor([[5]]))': RuntimeError,
    'x.gather(1, torch.tensor([0]))': RuntimeError,
    'x.index_select(0, torch.tensor([3]))': IndexError,
    'x.index_select(0, torch.tensor([[0]]))': IndexError,
    'x.scatter(0, torch.tensor([[4]]), 1.0)': RuntimeError,
    'x.masked_fill(x, 0.)': RuntimeError,
    'x.masked_fill(x > 0, torch.ones(2))': RuntimeError,
    'x.requires_grad_().scatter(0, torch.tensor([[2, 1, 0, 2]]), x * 2).sum().backward()': RuntimeError,
    'x.requires_grad_().scatter_add(1, torch.tensor([[0, 0], [1, 1], [2, 3]]), x * 2).sum().backward()': RuntimeError,
}


@pytest.mark.parametrize("expr", [
    "x.gather(1, torch.tensor([[5]]))", "x.gather(1, torch.tensor([0]))", "x.index_select(0, torch.tensor([3]))",
    "x.index_select(0, torch.tensor([[0]]))", "x.scatter(0, torch.tensor([[4]]), 1.0)",
    "x.gather(1, torch.tensor([[0]], dtype=torch.int32))", "x.masked_fill(x, 0.)",
    "x.masked_fill(x > 0, torch.ones(2))",
    # A source larger than the index: PyTorch's backward returns the index's shape and fails.
    "x.requires_grad_().scatter(0, torch.tensor([[2, 1, 0, 2]]), x * 2).sum().backward()",
    "x.requires_grad_().scatter_add(1, torch.tensor([[0, 0], [1, 1], [2, 3]]), x * 2).sum().backward()",
])
def test_gather_scatter_errors_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T, "x": T.arange(12.).view(3, 4)}), raises=GATHER_SCATTER_ERRORS_AS_TORCH_RAISE.get(expr))


# What PyTorch raises for the cases of test_sorting_and_new_tensors_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
SORTING_AND_NEW_TENSORS_AS_TORCH_RAISE = {
    'x.topk(5)': RuntimeError,
}


@pytest.mark.parametrize("expr", [
    "x.argsort()", "x.argsort(dim=0, descending=True)", "x.sort(descending=True)", "x.topk(5)",
    "torch.tensor([2, 1, 2, 1]).sort()", "torch.tensor([2, 1, 2, 1]).sort(descending=True)",
    "torch.tensor([2., 1., 2., 1.]).topk(2)", "x.new_zeros(2)", "x.new_ones((2, 3))", "x.new_tensor([1, 2])",
    "x.new_full((2,), 3.)", "x.new_empty(2).shape", "x.new_zeros(2, dtype=torch.int64)",
    "x.long().new_ones(2)", "x.new_tensor(x)",
])
def test_sorting_and_new_tensors_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T, "x": T.tensor([[3.0, 1.0, 2.0], [0.0, 5.0, 4.0]])}), raises=SORTING_AND_NEW_TENSORS_AS_TORCH_RAISE.get(expr))
