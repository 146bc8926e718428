"""softmax, log_softmax and the losses against PyTorch: values, gradients, second derivatives,
graphs (node names, saved fields), errors and warnings. Expected results come from torch."""
import numpy as np
import pytest
from hypothesis import given, settings, strategies as st
from ops_oracle import check_op, same

rng = np.random.default_rng(7)
X = rng.standard_normal((4, 3))
Y = rng.standard_normal((4, 3))
P = rng.uniform(0.05, 0.95, (4, 3))
Q = rng.uniform(0.0, 1.0, (4, 3))
TARGET = [0, 2, 1, 1]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("expr", [
    "torch.softmax(a, 1)", "torch.softmax(a, 0)", "a.softmax(-1)", "torch.log_softmax(a, 1)",
    "a.log_softmax(0)", "torch.nn.functional.softmax(a, dim=-1)",
    "torch.nn.functional.log_softmax(a, dim=1, dtype=torch.float64)",
])
def test_softmax_family_as_torch(expr, dtype):
    check_op(expr, X, dtype=dtype, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("expr", ["torch.softmax(a, 0)", "torch.log_softmax(a, -1)"])
def test_softmax_of_a_scalar_and_of_3d_as_torch(expr):
    check_op(expr, np.array(1.5))
    check_op(expr, rng.standard_normal((2, 3, 4)))


def test_softmax_is_stable_for_huge_logits():
    big = np.array([[1000.0, 0.0, -1000.0], [-5e4, 5e4, 0.0]])
    check_op("torch.softmax(a, 1)", big, dtype="float32")
    check_op("torch.log_softmax(a, 1)", big, dtype="float32")
    check_op("torch.nn.functional.cross_entropy(a, torch.tensor([2, 0]))", big, dtype="float32", second_order=False)


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_mse_loss_as_torch(reduction):
    check_op(f"torch.nn.functional.mse_loss(a, b, reduction='{reduction}')", X, Y)
    check_op(f"torch.nn.MSELoss(reduction='{reduction}')(a, b)", X, Y, dtype="float32", rtol=1e-4)


def test_mse_loss_broadcasts_with_torchs_warning():
    check_op("torch.nn.functional.mse_loss(a, b)", X, Y[:, :1])
    check_op("torch.nn.functional.mse_loss(b, a)", X, Y[:, :1])


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_binary_cross_entropy_as_torch(reduction):
    check_op(f"torch.nn.functional.binary_cross_entropy(a, b, reduction='{reduction}')", P, Q)
    check_op(f"torch.nn.functional.binary_cross_entropy(a, b.detach(), weight=torch.tensor([1., 2., .5], dtype=a.dtype), "
             f"reduction='{reduction}')", P, Q)
    check_op(f"torch.nn.BCELoss(reduction='{reduction}')(torch.sigmoid(a), b.detach())", X, Q, dtype="float32", rtol=1e-4)


def test_binary_cross_entropy_clamps_its_logs_like_torch():
    check_op("torch.nn.functional.binary_cross_entropy(a, torch.tensor([1., 0., 1.], dtype=a.dtype))",
             np.array([0.0, 1.0, 0.5]), second_order=False)


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
@pytest.mark.parametrize("options", [
    "", ", weight=torch.tensor([1., 2., 3.], dtype=a.dtype)", ", ignore_index=1",
    ", weight=torch.tensor([1., 2., 3.], dtype=a.dtype), ignore_index=2", ", label_smoothing=0.2",
    ", weight=torch.tensor([.5, 2., 1.], dtype=a.dtype), ignore_index=1, label_smoothing=0.1",
])
def test_cross_entropy_with_class_targets_as_torch(reduction, options):
    expr = f"torch.nn.functional.cross_entropy(a, torch.tensor({TARGET}), reduction='{reduction}'{options})"
    check_op(expr, X)


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_cross_entropy_with_probability_targets_as_torch(reduction):
    check_op(f"torch.nn.functional.cross_entropy(a, b.softmax(1), reduction='{reduction}')", X, Y)
    check_op(f"torch.nn.functional.cross_entropy(a, b.softmax(1).detach(), reduction='{reduction}', "
             "weight=torch.tensor([1., 2., 3.], dtype=a.dtype), label_smoothing=0.3)", X, Y)


@pytest.mark.parametrize("shape", [(3,), (2, 3, 4), (2, 3, 4, 5), (2, 3, 2, 2, 2)])
@pytest.mark.parametrize("reduction", ["mean", "none"])
def test_cross_entropy_without_and_with_extra_dims_as_torch(shape, reduction):
    target = rng.integers(0, 3, (shape[0],) + shape[2:]).tolist() if len(shape) > 1 else 1
    check_op(f"torch.nn.functional.cross_entropy(a, torch.tensor({target}), reduction='{reduction}')",
             rng.standard_normal(shape))


def test_nll_loss_and_its_module_as_torch():
    check_op(f"torch.nn.functional.nll_loss(a.log_softmax(1), torch.tensor({TARGET}))", X)
    check_op(f"torch.nn.NLLLoss(reduction='sum')(a, torch.tensor({TARGET}))", X)
    check_op(f"torch.nn.CrossEntropyLoss(weight=torch.tensor([1., 2., 3.], dtype=a.dtype))(a, torch.tensor({TARGET}))", X)


# What PyTorch raises for the cases of test_errors_and_warnings_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
ERRORS_AND_WARNINGS_AS_TORCH_RAISE = {
    'x.softmax()': TypeError,
    'torch.log_softmax(x)': TypeError,
    'torch.softmax(x, 2)': IndexError,
    'F.softmax(x.long(), 1)': NotImplementedError,
    'F.log_softmax(x.long(), 0)': NotImplementedError,
    'torch.softmax(torch.tensor([True]), 0)': NotImplementedError,
    'F.cross_entropy(x, t.float())': RuntimeError,
    'F.cross_entropy(x, torch.tensor([0, 5, 1, 1]))': IndexError,
    'F.cross_entropy(x, torch.tensor([0, -1, 1, 1]))': IndexError,
    'F.cross_entropy(x, torch.tensor([0, 1, 1]))': ValueError,
    'F.cross_entropy(x, t.int())': RuntimeError,
    'F.cross_entropy(x, t.view(2, 2))': ValueError,
    "F.cross_entropy(x, t, reduction='avg')": ValueError,
    'F.cross_entropy(x, t, weight=torch.ones(2))': RuntimeError,
    'F.cross_entropy(x, torch.rand(4, 3), ignore_index=1)': RuntimeError,
    'F.cross_entropy(x, torch.randint(0, 3, (4, 3)))': RuntimeError,
    'F.cross_entropy(x, t, label_smoothing=1.5)': RuntimeError,
    'F.nll_loss(torch.tensor(1.), t)': ValueError,
    'F.nll_loss(x, t, weight=torch.ones(3, 1))': RuntimeError,
    'F.nll_loss(torch.randn(2, 3, 4), torch.tensor([[0, 1, 2], [1, 1, 1]]))': RuntimeError,
    'F.mse_loss(x, torch.randn(4))': RuntimeError,
    'F.mse_loss(x, torch.ones(2, 3).long())': RuntimeError,
    "F.mse_loss(x, x, reduction='foo')": ValueError,
    'F.mse_loss(t, t)': NotImplementedError,
    'F.mse_loss(x, x, weight=torch.ones(3))': ValueError,
    'F.binary_cross_entropy(torch.rand(4, 3), torch.rand(4))': ValueError,
    'F.binary_cross_entropy(x, torch.rand(4, 3))': RuntimeError,
    'F.binary_cross_entropy(torch.rand(4, 3), torch.rand(4, 3).double())': RuntimeError,
    'F.binary_cross_entropy(torch.rand(4, 3), torch.randn(4, 3) * 5)': RuntimeError,
}


@pytest.mark.parametrize("expr", [
    "F.softmax(x)", "F.log_softmax(torch.ones(3))", "x.softmax()", "torch.log_softmax(x)", "torch.softmax(x, 2)",
    "F.softmax(x.long(), 1)", "F.log_softmax(x.long(), 0)", "torch.softmax(torch.tensor([True]), 0)",
    "F.cross_entropy(x, t.float())", "F.cross_entropy(x, torch.tensor([0, 5, 1, 1]))",
    "F.cross_entropy(x, torch.tensor([0, -1, 1, 1]))", "F.cross_entropy(x, torch.tensor([0, 1, 1]))",
    "F.cross_entropy(x, t.int())", "F.cross_entropy(x, t.view(2, 2))", "F.cross_entropy(x, t, reduction='avg')",
    "F.cross_entropy(x, t, weight=torch.ones(2))", "F.cross_entropy(x, torch.rand(4, 3), ignore_index=1)",
    "F.cross_entropy(x, torch.randint(0, 3, (4, 3)))", "F.cross_entropy(x, t, label_smoothing=1.5)",
    "F.cross_entropy(x, t, size_average=False)", "F.cross_entropy(x, torch.tensor([1, 1, 1, 1]), ignore_index=1)",
    "F.nll_loss(torch.tensor(1.), t)", "F.nll_loss(x, t, weight=torch.ones(3, 1))",
    "F.nll_loss(torch.randn(2, 3, 4), torch.tensor([[0, 1, 2], [1, 1, 1]]))",
    "F.mse_loss(x, torch.randn(4))", "F.mse_loss(x, torch.zeros(4, 1))", "F.mse_loss(x, torch.ones(2, 3).long())",
    "F.mse_loss(x, x.double()).dtype", "F.mse_loss(x, x, reduction='foo')", "F.mse_loss(t, t)",
    "F.mse_loss(x, x, reduce=False)", "F.mse_loss(x, x, weight=torch.ones(3))",
    "F.mse_loss(x, torch.zeros(4, 3), weight=torch.ones(4, 3))",
    "F.binary_cross_entropy(torch.rand(4, 3), torch.rand(4))", "F.binary_cross_entropy(x, torch.rand(4, 3))",
    "F.binary_cross_entropy(torch.rand(4, 3), torch.rand(4, 3).double())",
    "F.binary_cross_entropy(torch.rand(4, 3), torch.randn(4, 3) * 5)",
    "F.binary_cross_entropy(torch.tensor([0., 1.]), torch.tensor([1., 0.]))",
    "F.cross_entropy(x, t, reduction='elementwise_mean')",
])
def test_errors_and_warnings_as_torch(expr):
    def program(T):
        T.manual_seed(0)
        x = T.tensor(X, dtype=T.float32)
        t = T.tensor(TARGET)
        return eval(expr, {"torch": T, "F": T.nn.functional, "x": x, "t": t})

    same(program, exact=False, raises=ERRORS_AND_WARNINGS_AS_TORCH_RAISE.get(expr))


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    shape=st.lists(st.integers(1, 4), min_size=1, max_size=4),
    data=st.data(),
    dtype=st.sampled_from(["float32", "float64"]),
    scale=st.sampled_from([1.0, 30.0]),
)
def test_softmax_and_cross_entropy_match_torch_on_random_shapes(shape, data, dtype, scale):
    dim = data.draw(st.integers(-len(shape), len(shape) - 1))
    seed = data.draw(st.integers(0, 2**16))
    values = np.random.default_rng(seed).standard_normal(shape) * scale
    check_op(f"torch.log_softmax(a, {dim})", values, dtype=dtype, second_order=False, rtol=1e-4, atol=1e-4)
    check_op(f"torch.softmax(a, {dim})", values, dtype=dtype, second_order=False, rtol=1e-4, atol=1e-5)
    classes = shape[1] if len(shape) > 1 else shape[0]
    target_shape = (shape[0],) + tuple(shape[2:]) if len(shape) > 1 else ()
    target = np.random.default_rng(seed + 1).integers(0, classes, target_shape).tolist()
    check_op(f"torch.nn.functional.cross_entropy(a, torch.tensor({target}))", values, dtype=dtype,
             second_order=False, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("expr", [
    "torch.nn.functional.leaky_relu(a)", "torch.nn.functional.leaky_relu(a, 0.2)", "torch.nn.LeakyReLU(0.3)(a)",
    "torch.nn.functional.l1_loss(a, b)", "torch.nn.functional.l1_loss(a, b, reduction='sum')",
    "torch.nn.L1Loss(reduction='none')(a, b)", "torch.nn.functional.binary_cross_entropy_with_logits(a, b.sigmoid())",
    "torch.nn.functional.binary_cross_entropy_with_logits(a, b.sigmoid(), reduction='none', "
    "weight=torch.tensor([1., 2., 3.], dtype=a.dtype), pos_weight=torch.tensor([.5, 2., 1.], dtype=a.dtype))",
    "torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor([3., 1., 2.], dtype=a.dtype))(a, b.sigmoid())",
    "torch.binary_cross_entropy_with_logits(a * 30, b.sigmoid(), None, None, 2)",
])
def test_more_activations_and_losses_as_torch(expr):
    check_op(expr, X, Y)


# What PyTorch raises for the cases of test_dropout_and_friends_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
DROPOUT_AND_FRIENDS_AS_TORCH_RAISE = {
    'F.dropout(x, 1.5)': ValueError,
    'torch.nn.Dropout(-0.1)': ValueError,
    'F.binary_cross_entropy_with_logits(x, torch.zeros(4))': ValueError,
    'F.leaky_relu(x.clone().requires_grad_(), 0.5, inplace=True)': RuntimeError,
    'F.leaky_relu(t, 0.5)': NotImplementedError,
}


@pytest.mark.parametrize("expr", [
    "F.dropout(x, 0.5, training=False) is x", "F.dropout(x, 0.0) is x", "F.dropout(x, 1.0)", "F.dropout(x, 1.5)",
    "torch.nn.Dropout(-0.1)", "repr(torch.nn.Dropout(0.2))", "repr(torch.nn.LeakyReLU(0.2, inplace=True))",
    "repr(torch.nn.BCEWithLogitsLoss())", "repr(torch.nn.L1Loss())", "torch.nn.Dropout().eval()(x) is x",
    "F.binary_cross_entropy_with_logits(x, torch.zeros(4))", "F.l1_loss(x, torch.zeros(4, 1))",
    "F.leaky_relu(x.clone().requires_grad_(), 0.5, inplace=True)", "F.leaky_relu(t, 0.5)",
])
def test_dropout_and_friends_as_torch(expr):
    def program(T):
        x = T.tensor(X, dtype=T.float32)
        return eval(expr, {"torch": T, "F": T.nn.functional, "x": x, "t": T.tensor(TARGET)})

    same(program, exact=False, raises=DROPOUT_AND_FRIENDS_AS_TORCH_RAISE.get(expr))


def test_dropout_keeps_or_scales_every_element_and_records_a_multiplication():
    import autograd_tutor as at

    at.manual_seed(1)
    x = at.ones(2000, requires_grad=True)
    y = at.nn.functional.dropout(x, 0.25)
    values = np.unique(y.detach().numpy())
    assert set(values.tolist()) <= {0.0, np.float32(1 / 0.75)}
    assert 0.2 < float((y.detach().numpy() == 0).mean()) < 0.3
    assert y.grad_fn.name() == "MulBackward0"
    y.sum().backward()
    assert np.array_equal(x.grad.numpy(), y.detach().numpy())


def _broadcastable_pair(draw_shape, data):
    """A shape and a second shape that broadcasts to it (some dimensions 1 or dropped)."""
    shape = draw_shape
    other = [1 if data.draw(st.booleans()) else s for s in shape]
    drop = data.draw(st.integers(0, len(other)))
    return shape, other[drop:]


@settings(max_examples=50, deadline=None, derandomize=True)
@given(
    shape=st.lists(st.integers(1, 4), min_size=1, max_size=3),
    data=st.data(),
    dtype=st.sampled_from(["float32", "float64"]),
    reduction=st.sampled_from(["mean", "sum", "none"]),
)
def test_losses_match_torch_on_random_shapes(shape, data, dtype, reduction):
    seed = data.draw(st.integers(0, 2**16))
    gen = np.random.default_rng(seed)
    shape, target_shape = _broadcastable_pair(shape, data)
    a, b = gen.standard_normal(shape), gen.standard_normal(target_shape)
    check_op(f"torch.nn.functional.mse_loss(a, b, reduction='{reduction}')", a, b, dtype=dtype, rtol=1e-4, atol=1e-5)
    check_op(f"torch.nn.functional.l1_loss(a, b, reduction='{reduction}')", a, b + 0.5, dtype=dtype,
             second_order=False, rtol=1e-4, atol=1e-5)
    p, q = gen.uniform(0.05, 0.95, shape), gen.uniform(0, 1, shape)
    check_op(f"torch.nn.functional.binary_cross_entropy(a, b, reduction='{reduction}')", p, q, dtype=dtype,
             rtol=1e-4, atol=1e-5)
    check_op(f"torch.nn.functional.binary_cross_entropy_with_logits(a, b, reduction='{reduction}')", a * 5, q,
             dtype=dtype, rtol=1e-4, atol=1e-5)


# What PyTorch raises for the cases of test_learners_mistakes_fail_as_in_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
LEARNERS_MISTAKES_FAIL_AS_IN_TORCH_RAISE = {
    'nn.CrossEntropyLoss()(torch.ones(4, 3), torch.tensor([[0], [1], [2], [0]]))': RuntimeError,
    'nn.CrossEntropyLoss()(torch.ones(4, 3), torch.tensor([0, 1, 2, 0]).float())': RuntimeError,
    'nn.CrossEntropyLoss()(torch.ones(4, 3), torch.ones(4, 3).long())': RuntimeError,
    'nn.CrossEntropyLoss()(torch.ones(4), t)': RuntimeError,
    'nn.CrossEntropyLoss()(torch.ones(4, 3, 2), t)': RuntimeError,
    'nn.NLLLoss()(torch.ones(4, 3), torch.tensor([0, 1, 2, 3]))': IndexError,
    'nn.MSELoss()(torch.ones(4, 1), [1.0])': AttributeError,
    'nn.BCELoss()(torch.ones(4) * 2, torch.ones(4))': RuntimeError,
    'nn.BCELoss()(torch.ones(4) * 0.5, torch.ones(4).long())': RuntimeError,
    'nn.BCEWithLogitsLoss()(torch.ones(4), torch.ones(4).long())': RuntimeError,
    'm(np.ones((2, 3), dtype=np.float32))': TypeError,
    'm([1.0, 2.0, 3.0])': TypeError,
    'torch.optim.SGD(m, lr=0.1)': TypeError,
    'nn.Linear(3)': TypeError,
    'nn.ReLU()(np.ones(2))': TypeError,
    'nn.Softmax(dim=1)(torch.ones(3))': IndexError,
    'F.relu([1, 2])': TypeError,
    'F.cross_entropy(torch.ones(2, 3), [0, 1])': TypeError,
    'nn.Sequential(nn.Linear(2, 2), nn.ReLU)': TypeError,
    'nn.Parameter(5.0)': AttributeError,
    'F.nll_loss([1.], torch.tensor([0]))': TypeError,
    'F.nll_loss(torch.ones(2, 3), [0, 1])': TypeError,
    'F.cross_entropy([[1.]], torch.tensor([0]))': TypeError,
    'F.linear(torch.ones(2), [1.])': TypeError,
    'F.linear(torch.ones(2), torch.ones(1, 2), [1.])': TypeError,
    'F.relu(5)': TypeError,
    'F.leaky_relu([1.])': TypeError,
    'F.binary_cross_entropy(torch.ones(2) * 0.5, [1., 0.])': AttributeError,
    'F.softmax([1., 2.], 0)': AttributeError,
    'F.log_softmax([1., 2.], 0)': AttributeError,
    'F.dropout([1., 2.])': TypeError,
    'torch.softmax([1., 2.], 0)': TypeError,
    'nn.Softmax(0)([1., 2.])': AttributeError,
    'F.nll_loss(torch.ones(4, 3), torch.ones(4, 1).long())': RuntimeError,
    'F.cross_entropy(torch.ones(4, 3, 2), torch.ones(4, 3, 2).long())': RuntimeError,
}


@pytest.mark.parametrize("expr", [
    "nn.CrossEntropyLoss()(torch.ones(4, 3), torch.tensor([[0], [1], [2], [0]]))",
    "nn.CrossEntropyLoss()(torch.ones(4, 3), torch.tensor([0, 1, 2, 0]).float())",
    "nn.CrossEntropyLoss()(torch.ones(4, 3), torch.ones(4, 3).long())", "nn.CrossEntropyLoss()(torch.ones(4), t)",
    "nn.CrossEntropyLoss()(torch.ones(4, 3, 2), t)", "nn.NLLLoss()(torch.ones(4, 3), torch.tensor([0, 1, 2, 3]))",
    "nn.MSELoss()(torch.ones(4, 1), torch.ones(4, dtype=torch.long))", "nn.MSELoss()(torch.ones(4, 1), [1.0])",
    "nn.BCELoss()(torch.ones(4) * 2, torch.ones(4))", "nn.BCELoss()(torch.ones(4) * 0.5, torch.ones(4).long())",
    "nn.BCEWithLogitsLoss()(torch.ones(4), torch.ones(4).long())",
    "F.binary_cross_entropy_with_logits(torch.ones(4), torch.ones(4).double())",
    "F.binary_cross_entropy_with_logits(torch.ones(4).double(), torch.ones(4))",
    "m(np.ones((2, 3), dtype=np.float32))", "m([1.0, 2.0, 3.0])", "torch.optim.SGD(m, lr=0.1)",
    "nn.Linear(3)", "nn.ReLU()(np.ones(2))", "nn.Softmax(dim=1)(torch.ones(3))", "F.relu([1, 2])",
    "F.cross_entropy(torch.ones(2, 3), [0, 1])", "nn.Sequential(nn.Linear(2, 2), nn.ReLU)",
    "nn.Parameter(5.0)", "F.nll_loss([1.], torch.tensor([0]))", "F.nll_loss(torch.ones(2, 3), [0, 1])",
    "F.cross_entropy([[1.]], torch.tensor([0]))", "F.linear(torch.ones(2), [1.])",
    "F.linear(torch.ones(2), torch.ones(1, 2), [1.])", "F.relu(5)", "F.leaky_relu([1.])",
    "F.binary_cross_entropy(torch.ones(2) * 0.5, [1., 0.])", "F.softmax([1., 2.], 0)", "F.log_softmax([1., 2.], 0)",
    "F.dropout([1., 2.])", "torch.softmax([1., 2.], 0)", "nn.Softmax(0)([1., 2.])",
    "F.nll_loss(torch.ones(4, 3), torch.ones(4, 1).long())", "F.cross_entropy(torch.ones(4, 3, 2), torch.ones(4, 3, 2).long())",
])
def test_learners_mistakes_fail_as_in_torch(expr):
    def program(T):
        m = T.nn.Sequential(T.nn.Linear(3, 2), T.nn.ReLU())
        return eval(expr, {"torch": T, "nn": T.nn, "F": T.nn.functional, "np": np, "m": m, "t": T.tensor(TARGET)})

    same(program, raises=LEARNERS_MISTAKES_FAIL_AS_IN_TORCH_RAISE.get(expr))
