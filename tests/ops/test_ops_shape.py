"""Shape ops, joining and splitting against torch: printed results, graphs with every _saved_
field, first and second derivatives, errors and warnings."""

import numpy as np
import pytest
from ops_oracle import check_op, printed_in_fresh_processes, same

MATRIX = np.arange(12, dtype=float).reshape(3, 4) / 4 - 1
CUBE = np.random.default_rng(3).standard_normal((2, 3, 4))
ROW = [[1.0, -2.0, 3.0, 0.5]]

SHAPE_OPS = [
    "a.t()", "a.T", "a.t().t()", "a.transpose(0, 1)", "a.transpose(-1, 0)", "a.swapaxes(0, 1)",
    "a.swapdims(1, 0)", "torch.transpose(a, 0, 1)", "a.permute(1, 0)", "a.permute(-1, 0)",
    "a.movedim(0, 1)", "a.view(12)", "a.view(-1, 2)", "a.view(2, 2, 3)", "a.reshape(6, 2)",
    "a.reshape(-1)", "a.reshape(3, 4)", "a.reshape((2, 6))", "a.reshape([4, 3])", "a.t().reshape(-1)",
    "a.t().reshape(2, 6)", "a.flatten()", "a.flatten(0, 1)", "a.view(2, 3, 2).flatten(1)",
    "a.unsqueeze(0)", "a.unsqueeze(-1)", "a.unsqueeze(1)", "a.unsqueeze(0).squeeze()",
    "a.unsqueeze(0).squeeze(0)", "a.unsqueeze(2).squeeze(-1)", "a.squeeze(0)",
    "a.view(1, 3, 1, 4).squeeze((0, 2))", "a[0:1].expand(3, 4)", "a[:, 0:1].expand(-1, 5)",
    "a.expand(2, 3, 4)", "a.expand(2, -1, -1)", "a[0].expand_as(a)", "a.repeat(2, 1)",
    "a.repeat(1, 1)", "a.repeat(2, 1, 2)", "a.flip(0)", "a.flip(-1, 0)", "torch.flip(a, [1])",
    "a.clone()", "a.t().contiguous()", "a.contiguous()", "a.view_as(torch.zeros(12))",
    "a.reshape_as(torch.zeros(2, 6))", "torch.reshape(a, (12,))", "torch.squeeze(a.view(1, 12))",
    "torch.unsqueeze(a, 0)", "torch.permute(a, (1, 0))", "torch.t(a)", "torch.flatten(a)",
    "a.unflatten(1, (2, 2))", "a.narrow(1, 1, 2)", "a.narrow(0, -2, 2)", "a.select(1, 2)",
    "a.select(-1, -1)", "torch.narrow(a, 0, 0, 1)",
]


@pytest.mark.parametrize("expr", SHAPE_OPS)
def test_shape_op_prints_records_and_differentiates_as_torch(expr):
    check_op(expr, MATRIX, dtype="float32", exact=True)


@pytest.mark.parametrize("expr", [
    "a.permute(2, 0, 1)", "a.T", "a.mT", "a.transpose(0, 2)", "a.flatten(1)", "a.view(6, 4)",
    "a.transpose(0, 1).reshape(3, 8)", "a.sum(0).t()", "a.unsqueeze(1).expand(2, 5, 3, 4)",
    "a.repeat(1, 2, 1, 1)", "a.flip((0, 2))", "a.squeeze()", "a.movedim(2, 0)",
])
def test_shape_ops_on_three_dimensions(expr):
    check_op(expr, CUBE, dtype="float64", rtol=1e-7, atol=1e-7)


JOINING = [
    "torch.cat([a, b])", "torch.cat([a, b], 1)", "torch.cat([a, b], -1)", "torch.cat((a, a, b))",
    "torch.cat([a, torch.zeros(3, 2)], 1)", "torch.cat([a, torch.tensor([])])", "torch.concat([a, b])",
    "torch.stack([a, b])", "torch.stack([a, b], 1)", "torch.stack([a, b], -1)", "torch.stack((a,))",
    "torch.hstack([a, b])", "torch.vstack([a, b])",
    "a.split(2)[0]", "a.split(2)[1]", "a.split([1, 2])[1]", "a.split(3, 1)[1]", "torch.split(a, 2, 1)[0]",
    "a.chunk(2)[1]", "a.chunk(2, 1)[0]", "a.chunk(3, 1)[1]", "torch.chunk(a, 4, 1)[3]",
    "a.unbind()[1]", "a.unbind(1)[2]", "torch.unbind(a, -1)[0]", "torch.stack(a.unbind(1), 0)",
    "torch.cat(a.split(1), 1)",
]


@pytest.mark.parametrize("expr", JOINING)
def test_joining_and_splitting_as_torch(expr):
    check_op(expr, MATRIX, MATRIX[::-1] * 2, dtype="float32", exact=True)


@pytest.mark.parametrize("expr", [
    "len(x.split(2))", "[t.shape for t in x.split([1, 2])]", "[t.shape for t in x.chunk(3, 1)]",
    "[t.shape for t in x.chunk(5, 1)]", "[t.shape for t in x.chunk(2)]", "len(x.unbind(1))",
    "torch.cat([x, x.double()]).dtype", "torch.cat([torch.tensor([1, 2]), torch.tensor([1.])]).dtype",
    "torch.stack([x, x.long()]).dtype", "x.split(2)[1]._version",
])
def test_joining_results_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T, "x": T.ones(3, 4)}))


@pytest.mark.parametrize("expr", [
    "x.view(5, -1)", "x.view(-1, -1)", "x.t().view(12)", "x.view(())", "x.flatten(1, 0)",
    "x.expand(3, 5)", "x.expand(5, 5)", "x.expand(4)", "x.repeat(2)", "x.squeeze(5)", "x.unsqueeze(3)",
    "x.unsqueeze(-4)", "x.permute(0)", "x.permute(0, 0)", "x.permute(1, 0, 2)", "x.transpose(0, 2)",
    "x[0].mT", "x.t().t().t().view(-1)", "x.narrow(1, 3, 2)", "x.narrow(2, 0, 1)", "x.select(0, 3)",
    "x.select(1, -5)", "torch.tensor(1.).select(0, 0)", "torch.cat([])", "torch.cat([x, x[0]])",
    "torch.cat([x, x.t()])", "torch.stack([x, x.t()])", "x.split([1, 1])", "x.chunk(0)",
    "torch.tensor(2.).split(1)", "x.view(0, -1)", "x.reshape(5, 3)", "x.flip(0, 0)",
    "torch.tensor(2.).unbind()", "torch.stack([])", "x.T.T.T.T.view(3, 4, 1).t()",
])
def test_shape_errors_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T, "x": T.ones(3, 4)}), raises=(IndexError, RuntimeError, ValueError))


@pytest.mark.parametrize("expr", [
    "x.T", "x.is_contiguous()", "x.t().is_contiguous()",
    "x.t().contiguous().is_contiguous()", "x.stride()", "x.t().stride()", "x[:, 1:].stride()",
    "x.expand(2, 3, 4).stride()", "x.unsqueeze(1).shape", "x.view(2, 6).shape", "x.size(1)",
    "x.size(-1)", "x.flatten(0).shape", "x[0].flatten() is x[0]", "x.dim()",
])
def test_shape_results_and_warnings_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T, "x": T.arange(12.).view(3, 4)}))


def test_views_share_memory_and_version_counter():
    def program(T):
        x = T.zeros(3, 4)
        views = [x[0], x.t(), x.view(12), x[:, 1:3], x.unsqueeze(0), x.expand(2, 3, 4), x.reshape(4, 3)]
        x.add_(1)
        out = [(v._version, float(v.sum())) for v in views]
        views[0].mul_(5)
        return out, x, x._version, views[2]._version, x.t().reshape(-1)._version
    same(program)


def test_t_deprecation_warnings_are_given_once_per_process_as_torch():
    program = (
        "import warnings, {lib} as torch\n"
        "warnings.simplefilter('always')\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    for _ in range(2):\n"
        "        torch.ones(3).T, torch.tensor(2.).T, torch.ones(2, 3, 4).T\n"
        "print([str(w.message) for w in caught])\n"
    )
    outputs = printed_in_fresh_processes(program)
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize("expr", [
    "torch.stack([x, x]).stride()", "torch.stack([x, x], 1).stride()", "torch.cat([x, x]).stride()",
    "(x * 2).stride()", "x.exp().stride()", "x.relu().stride()", "x.cumsum(0).stride()", "x.flip(0).stride()",
    "x.repeat(1, 1).stride()", "x.masked_fill(x > 1, 0.).stride()", "x.clone().stride()", "x[[0, 1]].stride()",
    "x.index_select(0, torch.tensor([0, 1])).stride()", "x.clamp(0, 1).stride()", "torch.maximum(x, x).stride()",
    "torch.cat([x, x]).reshape(-1, 2).grad_fn", "x.contiguous().stride()", "(x @ x.t()).stride()",
])
def test_result_layouts_of_transposed_inputs_as_torch(expr):
    """Strides decide whether a later view() works and which node reshape() records."""
    same(lambda T: eval(expr, {"torch": T, "x": T.arange(6.0).view(2, 3).t().requires_grad_()}))
