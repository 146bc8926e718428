"""Sums and means over any dimension agree with PyTorch to the last bit, float16 included.

PyTorch's CPU sum orders the additions by the tensor's layout (autograd_tutor/ops/_cascade_sum.py):
a sum over the batch (``x.sum(0)``, a bias's gradient) cascades blocks of rows column by column,
a sum along a row goes in vectors, and float16 is added in float32. NumPy's order differs in
most outputs. The tensors here have fewer than 32,768 elements: PyTorch then sums on one thread
whatever its thread count, so its bits do not depend on the machine's cores. The longer ones
are compared with PyTorch on one thread (the order autograd_tutor follows).
"""
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import autograd_tutor

torch = pytest.importorskip("torch")

ROWS = [1, 2, 3, 5, 15, 16, 17, 31, 64, 65, 100, 200, 257]
COLUMNS = [1, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 40]
DTYPES = ["float32", "float64", "float16"]
DIMS_2D = [0, 1, -1, (0, 1)]


def _values(rng, shape, dtype):
    # A spread of magnitudes makes the order of additions show in the last bits.
    return (rng.standard_normal(shape) * np.exp2(rng.integers(-6, 7, shape))).astype(dtype)


def _bits(t):
    a = t.detach().numpy()
    return a.dtype.name, a.shape, a.tobytes()


def _differences(x, reduce):
    """The reductions ``reduce(T, tensor)`` of ``x`` that come out differently in the two libraries."""
    want = reduce(torch, torch.from_numpy(x))
    got = reduce(autograd_tutor, autograd_tutor.from_numpy(x))
    return [] if _bits(want) == _bits(got) else [(x.shape, x.dtype.name, want, got)]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("op", ["sum", "mean"])
def test_every_2d_shape_and_dim_adds_up_as_pytorch(op, dtype):
    rng = np.random.default_rng(0)
    wrong = []
    for rows in ROWS:
        for cols in COLUMNS:
            x = _values(rng, (rows, cols), dtype)
            for dim in DIMS_2D:
                for keepdim in (False, True):
                    wrong += _differences(x, lambda T, t: getattr(t, op)(dim, keepdim=keepdim))
            wrong += _differences(x, lambda T, t: getattr(t, op)())
    assert not wrong, wrong[:3]


SHAPES_3D = [(2, 3, 4), (4, 17, 9), (8, 20, 30), (16, 5, 33), (64, 3, 8), (3, 64, 40), (17, 1, 65), (5, 200, 3)]
DIMS_3D = [0, 1, 2, (0, 1), (0, 2), (1, 2), (0, 1, 2)]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", SHAPES_3D)
def test_3d_reductions_over_each_dim_and_pair_add_up_as_pytorch(shape, dtype):
    x = _values(np.random.default_rng(1), shape, dtype)
    wrong = []
    for dim in DIMS_3D:
        for op in ("sum", "mean"):
            wrong += _differences(x, lambda T, t: getattr(t, op)(dim))
            wrong += _differences(x, lambda T, t: getattr(t, op)(dim, keepdim=True))
    assert not wrong, wrong[:3]


# Views keep the tensor's layout (strides), and PyTorch orders its additions by that layout.
VIEWS = {
    "t()": lambda t: t.t(),
    "permute": lambda t: t.reshape(t.shape[0], -1, 2).permute(2, 0, 1),
    "every other column": lambda t: t[:, ::2],
    "expanded row": lambda t: t[:1].expand(t.shape[0], -1),
    "flipped": lambda t: t.flip(0),
}


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("view", list(VIEWS))
def test_sums_of_views_follow_their_layout_as_pytorch(view, dtype):
    x = _values(np.random.default_rng(2), (64, 40), dtype)
    make = VIEWS[view]
    wrong = []
    for dim in (0, 1, -1, (0, 1), None):
        for op in ("sum", "mean"):
            wrong += _differences(x, lambda T, t: getattr(make(t), op)() if dim is None else getattr(make(t), op)(dim))
    assert not wrong, wrong[:3]


def test_a_float16_mean_is_added_in_float32_and_does_not_overflow():
    """(arange(2000) / 7).mean() in float16: a float16 running sum would overflow to inf."""
    shown = {}
    for T in (torch, autograd_tutor):
        x = T.arange(2000, dtype=T.float16) / 7
        shown[T.__name__] = repr(x.mean()), repr(x.sum()), repr(x.reshape(40, 50).mean(0))
    assert shown["autograd_tutor"] == shown["torch"]
    assert torch.isfinite(torch.arange(2000, dtype=torch.float16).div(7).mean())


def test_mean_with_a_dtype_sums_the_input_in_that_dtype_as_pytorch():
    x = _values(np.random.default_rng(3), (64, 40), "float32")
    wrong = []
    for dtype in ("float16", "float64"):
        for dim in (0, 1, None):
            wrong += _differences(x, lambda T, t: t.mean(dim, dtype=getattr(T, dtype)) if dim is not None
                                  else t.mean(dtype=getattr(T, dtype)))
    assert not wrong, wrong[:3]


@pytest.mark.parametrize("out_features", [10, 40, 256])
def test_a_linear_bias_gradient_over_a_batch_of_64_is_pytorchs(out_features):
    rng = np.random.default_rng(4)
    weight, bias = _values(rng, (out_features, 30), "float32"), _values(rng, (out_features,), "float32")
    x, target = _values(rng, (64, 30), "float32"), _values(rng, (64, out_features), "float32")

    def grads(T):
        layer = T.nn.Linear(30, out_features)
        with T.no_grad():
            layer.weight.copy_(T.from_numpy(weight))
            layer.bias.copy_(T.from_numpy(bias))
        T.nn.functional.mse_loss(layer(T.from_numpy(x)), T.from_numpy(target), reduction="sum").backward()
        return _bits(layer.bias.grad), _bits(layer.weight.grad)

    assert grads(autograd_tutor)[0] == grads(torch)[0]


@pytest.mark.parametrize("dtype", DTYPES)
def test_the_engines_batch_sum_is_pytorchs_sum_over_dim_0(dtype):
    """sum_to's short way (a gradient summed over its leading batch axis, a bias's) keeps the rule."""
    from autograd_tutor.ops._numpy_namespace import NUMPY

    rng = np.random.default_rng(5)
    wrong = []
    for rows in ROWS:
        for tail in [(c,) for c in COLUMNS] + [(3, 5), (2, 17), (4, 1)]:
            g = _values(rng, (rows,) + tail, dtype)
            want = torch.from_numpy(g).sum(0).numpy()
            got = NUMPY.sum_to(g, tail)
            if (got.dtype, got.shape, got.tobytes()) != (want.dtype, want.shape, want.tobytes()):
                wrong.append(g.shape)
    assert not wrong, wrong[:5]


@pytest.fixture
def one_torch_thread():
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.mark.parametrize("shape", [((1 << 20) + 37,), (70000, 3), (70000, 32), (300, 5000)])
def test_long_sums_cascade_through_every_level_as_a_one_thread_pytorch(shape, one_torch_thread):
    """Past 32,768 elements PyTorch splits a whole-tensor sum among its threads (so these compare
    with one thread); 70,000 rows fill the cascade's top level (blocks of 16 rows, 16 of those,
    then 16 of those)."""
    x = _values(np.random.default_rng(6), shape, "float32")
    wrong = []
    for dim in [None] + list(range(len(shape))):
        for op in ("sum", "mean"):
            wrong += _differences(x, lambda T, t: getattr(t, op)() if dim is None else getattr(t, op)(dim))
    assert not wrong, [w[:2] for w in wrong]


SETTINGS = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


@st.composite
def reductions(draw):
    shape = tuple(draw(st.lists(st.integers(1, 40), min_size=1, max_size=4)))
    if np.prod(shape) >= 32768:  # one PyTorch thread (see the module)
        shape = shape[:2]
    dims = draw(st.lists(st.integers(0, len(shape) - 1), min_size=1, max_size=len(shape), unique=True))
    return shape, tuple(dims), draw(st.booleans()), draw(st.sampled_from(DTYPES)), draw(st.sampled_from(["sum", "mean"]))


@SETTINGS
@given(reductions(), st.integers(0, 2**31 - 1))
def test_random_reductions_add_up_as_pytorch(case, seed):
    shape, dims, keepdim, dtype, op = case
    x = _values(np.random.default_rng(seed), shape, dtype)
    assert not _differences(x, lambda T, t: getattr(t, op)(dims, keepdim=keepdim))
