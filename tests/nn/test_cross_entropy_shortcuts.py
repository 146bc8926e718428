"""The everyday cross_entropy call takes shortcuts; each is checked here against PyTorch on both
sides of its condition: (N, C) floating scores go to log_softmax without its argument checks
(other shapes and integer scores do not); targets that are all classes, with no class weights
and no ignored row, are gathered row by row (out-of-range targets, ignored rows, weights and
empty batches are not); log_softmax's backward reads a non-negative saved dim as it is (a
negative one is wrapped); CrossEntropyLoss passes its settings positionally. The everyday call
(cross_entropy_of_rows) is crossed condition by condition through nn.CrossEntropyLoss and
F.cross_entropy; nll_loss shares its plain rows (flat positions from one ravel_multi_index)."""
import numpy as np
import pytest
from ops_oracle import check_op, same

SCORES = np.random.default_rng(7).standard_normal((4, 3)).tolist()


def _loss_program(call, scores=SCORES, target=(0, 2, 1, 2), dtype="float32", target_dtype="int64"):
    def program(T):
        x = T.tensor(scores, dtype=getattr(T, dtype), requires_grad=dtype.startswith("float"))
        loss = call(T, x, T.tensor(target, dtype=getattr(T, target_dtype)))
        loss.sum().backward()
        return loss, x.grad

    return program


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_plain_rows(reduction, dtype):
    same(_loss_program(lambda T, x, t: T.nn.functional.cross_entropy(x, t, reduction=reduction), dtype=dtype))


@pytest.mark.parametrize("target, ignore_index", [
    ((0, -100, 1, 2), -100),  # an ignored row
    ((0, 2, 1, 2), 2),  # ignore_index is a class and among the targets
    ((0, 1, 1, 0), 2),  # ignore_index is a class, but no target is it: still plain rows
    ((0, 2, 1, 2), 7),  # ignore_index past the classes
])
@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_ignore_index_on_both_sides_of_plain_rows(target, ignore_index, reduction):
    same(_loss_program(lambda T, x, t: T.nn.functional.cross_entropy(x, t, ignore_index=ignore_index,
                                                                      reduction=reduction), target=target))


@pytest.mark.parametrize("target", [(0, -1, 1, 2), (0, 3, 1, 2), (-5, 0, 0, 0)])
def test_targets_out_of_range_are_refused(target):
    same(_loss_program(lambda T, x, t: T.nn.functional.cross_entropy(x, t), target=target), raises=IndexError)


def test_byte_targets():
    same(_loss_program(lambda T, x, t: T.nn.functional.cross_entropy(x, t), target_dtype="uint8"))


def test_class_weights_and_an_empty_batch():
    same(_loss_program(lambda T, x, t: T.nn.functional.cross_entropy(x, t, weight=T.tensor([1., 2., .5]))))

    def empty(T):
        x = T.zeros(0, 3, requires_grad=True)
        loss = T.nn.functional.cross_entropy(x, T.zeros(0, dtype=T.int64))
        loss.backward()
        return loss, x.grad

    same(empty)


@pytest.mark.parametrize("scores, target", [
    (SCORES[0], 2),  # (C) scores, one target
    (np.arange(24.).reshape(2, 3, 4).tolist(), [[0, 1, 2, 0], [2, 2, 1, 0]]),  # (N, C, d)
])
def test_scores_of_other_shapes(scores, target):
    same(_loss_program(lambda T, x, t: T.nn.functional.cross_entropy(x, t), scores=scores, target=target))


def test_integer_scores_are_refused_by_log_softmax():
    same(_loss_program(lambda T, x, t: T.nn.functional.cross_entropy(x, t), scores=[[1, 2, 3]] * 4,
                       dtype="int64"), raises=NotImplementedError)


@pytest.mark.parametrize("dtype", ["int64", "int32", "uint8", "bool"])
@pytest.mark.parametrize("shape, target_shape", [((2, 2), (2,)), ((2,), ()), ((1, 2, 2), (1, 2)), ((1, 2, 2, 1), (1, 2, 1))])
@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_integer_scores_are_refused_by_nll_loss(dtype, shape, target_shape, reduction):
    def program(T):
        scores = T.tensor(np.arange(int(np.prod(shape))).reshape(shape).astype(dtype))
        return T.nn.functional.nll_loss(scores, T.zeros(target_shape, dtype=T.int64), reduction=reduction)

    same(program, raises=NotImplementedError)


def test_integer_scores_are_refused_after_the_target_checks():
    def program(T):
        return T.nn.functional.nll_loss(T.tensor([[1, 2], [3, 4]]), T.tensor([0., 1.]))

    same(program, raises=RuntimeError)


@pytest.mark.parametrize("settings", [
    {}, {"reduction": "sum"}, {"reduction": "none"}, {"ignore_index": 1}, {"label_smoothing": 0.1},
    {"weight": [1., 2., .5]},
])
def test_the_module_passes_its_settings(settings):
    def call(T, x, t):
        kwargs = dict(settings)
        if "weight" in kwargs:
            kwargs["weight"] = T.tensor(kwargs["weight"])
        return T.nn.CrossEntropyLoss(**kwargs)(x, t)

    same(_loss_program(call))


def test_the_module_reads_its_settings_at_each_call():
    def call(T, x, t):
        loss_fn = T.nn.CrossEntropyLoss()
        loss_fn.reduction = "none"
        return loss_fn(x, t)

    same(_loss_program(call))

    def bogus(T, x, t):
        loss_fn = T.nn.CrossEntropyLoss()
        loss_fn.reduction = "bogus"
        return loss_fn(x, t)

    same(_loss_program(bogus), raises=ValueError)


@pytest.mark.parametrize("expr", [
    "torch.nn.functional.cross_entropy(a, torch.tensor([0, 2, 1, 2]))",
    "torch.nn.functional.cross_entropy(a, torch.tensor([0, 2, 1, 2]), ignore_index=2)",
    "torch.nn.functional.cross_entropy(a, torch.tensor([0, 2, 1, 2]), reduction='none')",
    "torch.nn.functional.log_softmax(a, 1)", "torch.nn.functional.log_softmax(a, -1)",
    "torch.nn.functional.log_softmax(a, 0)", "torch.nn.functional.log_softmax(a, -2)",
])
def test_first_and_second_derivatives(expr):
    check_op(expr, SCORES)


# cross_entropy_of_rows: nn.CrossEntropyLoss and F.cross_entropy hand the everyday call to one op
# function; each of its conditions is crossed here, through both entry points.
ENTRY_POINTS = {
    "functional": lambda T, x, t, **kw: T.nn.functional.cross_entropy(x, t, **kw),
    "module": lambda T, x, t, **kw: T.nn.CrossEntropyLoss(**kw)(x, t),
}


REFUSED = (ValueError, RuntimeError, IndexError)


@pytest.mark.parametrize("entry", ENTRY_POINTS)
@pytest.mark.parametrize("target, target_dtype, raises", [
    ((0, 2, 1, 2), "int64", None), ((2, 2, 2, 2), "int64", None), ((0, 0, 0, 0), "uint8", None),  # plain rows
    ((0, 2, 1), "int64", REFUSED), ((0, 2, 1, 2, 1), "int64", REFUSED), ((0,), "int64", REFUSED),  # batch sizes
    (((0, 1), (2, 0), (1, 1), (0, 0)), "int64", REFUSED),  # one target per row, but 2-D
    ((0, 2, 1, 2), "int32", REFUSED), ((0, 2, 1, 2), "float32", REFUSED),  # not a target dtype
    ((0, 1, 1, 0), "bool", REFUSED),
])
def test_the_rows_shortcut_checks_targets(entry, target, target_dtype, raises):
    call = ENTRY_POINTS[entry]
    same(_loss_program(lambda T, x, t: call(T, x, t), target=target, target_dtype=target_dtype), raises=raises)


@pytest.mark.parametrize("entry", ENTRY_POINTS)
@pytest.mark.parametrize("settings, raises", [
    ({"reduction": "sum"}, None), ({"reduction": "none"}, None), ({"reduction": "elementwise_mean"}, None),
    ({"reduction": "bogus"}, ValueError), ({"ignore_index": 0}, None), ({"ignore_index": 3}, None),
    ({"ignore_index": -1}, None), ({"label_smoothing": 0.0}, None), ({"label_smoothing": 0.2}, None),
    ({"label_smoothing": 1.5}, RuntimeError),
])
def test_the_rows_shortcut_takes_the_settings(entry, settings, raises):
    call = ENTRY_POINTS[entry]
    same(_loss_program(lambda T, x, t: call(T, x, t, **settings)), raises=raises)


@pytest.mark.parametrize("entry", ENTRY_POINTS)
@pytest.mark.parametrize("scores, raises", [("transposed", None), ("float16", None), ("one class", None),
                                            ("no class", IndexError)])
def test_the_rows_shortcut_on_other_scores(entry, scores, raises):
    call = ENTRY_POINTS[entry]

    def program(T):
        if scores == "transposed":  # a view that is not row-major: positions are logical ones
            x = T.tensor(SCORES, requires_grad=True)
            x_used = x.t().contiguous().t()
        elif scores == "float16":
            x = x_used = T.tensor(SCORES, dtype=T.float16, requires_grad=True)
        else:
            x = x_used = T.zeros(4, 1 if scores == "one class" else 0, requires_grad=True)
        loss = call(T, x_used, T.tensor([0, 0, 0, 0]))
        loss.backward()
        return loss, x.grad

    same(program, raises=raises, exact=False, rtol=1e-3, atol=1e-3)


@pytest.mark.parametrize("entry", ENTRY_POINTS)
def test_the_rows_shortcut_refuses_what_is_not_a_tensor(entry):
    call = ENTRY_POINTS[entry]

    def scores_as_list(T):
        return call(T, SCORES, T.tensor([0, 2, 1, 2]))

    def target_as_list(T):
        return call(T, T.tensor(SCORES), [0, 2, 1, 2])

    same(scores_as_list, raises=(TypeError, AttributeError))
    same(target_as_list, raises=(TypeError, AttributeError))


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_the_rows_shortcut_has_the_general_paths_bits(reduction):
    """Unit class weights send the same call down the general path: the same arithmetic, so the
    same bits (loss and gradient), which a tolerance against PyTorch would not show."""
    import autograd_tutor as at

    rng = np.random.default_rng(3)
    scores = rng.standard_normal((64, 10)).astype(np.float32) * 4
    target = at.tensor(rng.integers(0, 10, 64))
    results = []
    for weight in (None, at.ones(10)):
        x = at.tensor(scores, requires_grad=True)
        loss = at.nn.functional.cross_entropy(x, target, weight=weight, reduction=reduction)
        assert type(loss.grad_fn).__name__ == "NllLossBackward0"
        loss.backward(at.ones_like(loss))
        results.append((loss.detach().numpy().tobytes(), x.grad.numpy().tobytes()))
    assert results[0] == results[1]


@pytest.mark.parametrize("fn", ["log_softmax", "softmax"])
@pytest.mark.parametrize("shape, dim", [((4, 0), 1), ((4, 0), 0), ((0, 3), 1), ((0, 3), 0)])
def test_softmax_over_an_empty_tensor(fn, shape, dim):
    def program(T):
        x = T.zeros(*shape, requires_grad=True)
        y = getattr(T.nn.functional, fn)(x, dim)
        y.sum().backward()
        return y, x.grad

    same(program)


@pytest.mark.parametrize("shape", [(), (3,), (2, 3)])
@pytest.mark.parametrize("grad_dtype", ["float32", "float64"])
def test_log_softmax_backward_buffer(shape, grad_dtype):
    """log_softmax's backward computes in exp(y)'s own array only for a y of 1 or more dimensions
    and a gradient of y's dtype; a 0-dim y or another gradient dtype gets a buffer made for it."""
    def program(T):
        x = T.tensor(np.linspace(-1, 2, int(np.prod(shape))).reshape(shape).tolist(), requires_grad=True)
        y = T.nn.functional.log_softmax(x, -1 if shape else 0)
        g = T.tensor(np.linspace(0.5, -1, int(np.prod(shape))).reshape(shape).tolist(),
                     dtype=getattr(T, grad_dtype))
        (gx,) = T.autograd.grad(y, x, g)
        return y, gx

    same(program)


def test_log_softmax_backward_of_another_gradient_dtype():
    """The engine hands the formula a gradient of y's dtype; called with another one, the formula
    returns the promoted dtype (close to the formula on y promoted), not y's."""
    from autograd_tutor.ops.double_backward.backward_ops import _log_softmax_grad

    y = np.log(np.array([[0.2, 0.3, 0.5], [0.6, 0.3, 0.1]], np.float32))
    go = np.array([[1.0, -2.0, 0.5], [0.25, 0.0, -1.0]])
    got = _log_softmax_grad(go, y, 1)
    assert got.dtype == np.float64
    np.testing.assert_allclose(got, _log_softmax_grad(go, y.astype(np.float64), 1), rtol=1e-6)


@pytest.mark.parametrize("target, ignore_index, raises", [
    ((0, 2, 1, 2), -100, None), ((2, 2, 2, 2), 5, None),  # plain rows
    ((0, -100, 1, 2), -100, None), ((0, 2, 1, 2), 1, None),  # an ignored row
    ((0, -1, 1, 2), -100, IndexError), ((0, 3, 1, 2), -100, IndexError),  # out of the classes
])
@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_nll_loss_over_plain_rows(target, ignore_index, raises, reduction):
    """nll_loss takes the same plain-rows path as cross_entropy once its own checks pass."""
    def call(T, x, t):
        return T.nn.NLLLoss(ignore_index=ignore_index, reduction=reduction)(T.log_softmax(x, 1), t)

    same(_loss_program(call, target=target), raises=raises)
