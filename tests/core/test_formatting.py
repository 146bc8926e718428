"""Tensor reprs against real PyTorch: every expected string is printed by torch in the test."""
import math

import numpy as np
import pytest
import torch
from hypothesis import HealthCheck, given, settings, strategies as st

from autograd_tutor._formatting import (
    format_scalar_for_format,
    format_tensor,
    get_printoptions,
    printoptions,
    set_printoptions,
)
from autograd_tutor._formatting.options import PrintOptions

FLOAT_NAMES = ("float32", "float64", "float16")
INT_NAMES = ("int64", "int32", "int16", "int8", "uint8")
ALL_NAMES = FLOAT_NAMES + INT_NAMES + ("bool",)
NAN, INF = math.nan, math.inf

# The fixture only cleans up after a test, so sharing it across hypothesis examples is safe.
hypothesis_settings = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(autouse=True)
def default_print_options():
    yield
    set_printoptions(profile="default")
    torch.set_printoptions(profile="default")
    torch.set_default_dtype(torch.float32)


def torch_and_ours(array, dtype_name, grad=None, default_float="float32"):
    """(repr by torch, repr by format_tensor) for one array; ``grad`` adds an autograd item."""
    tensor = torch.from_numpy(np.array(array, dtype=dtype_name))
    suffixes = ()
    if grad == "leaf":
        tensor.requires_grad_()
        suffixes = ("requires_grad=True",)
    elif grad == "op":
        tensor = tensor.requires_grad_() * 1  # same values, now with a grad_fn
        suffixes = ("grad_fn=<MulBackward0>",)
    values = tensor.detach().numpy()
    return repr(tensor), format_tensor(values, dtype_name, suffixes, default_float=default_float)


def assert_same_repr(array, dtype_name, grad=None, default_float="float32"):
    expected, actual = torch_and_ours(array, dtype_name, grad, default_float)
    assert actual == expected


# -- hand-picked cases ---------------------------------------------------------------------

EDGE_CASES = [
    (np.ones((2, 2)), "float32"),
    ([[1.5, 2.25], [-3.0, 4.0]], "float32"),
    (5.0, "float32"),
    (4 / 3, "float32"),
    (1020.55, "float32"),
    (-0.0, "float32"),
    (NAN, "float32"),
    (-INF, "float64"),
    ([NAN, 1.0, -0.0], "float32"),
    ([INF, -INF, NAN], "float32"),
    ([0.0, -0.0, 0.0], "float32"),
    ([0.0, 0.5, -0.0], "float32"),
    ([1e-5, 1.0], "float32"),
    ([1e-4, 1.0], "float32"),
    ([1e8, 1.0], "float32"),
    ([1.0e9], "float32"),
    ([1.0e8], "float32"),
    ([123456.7], "float32"),
    ([1e-10, 1e10, NAN], "float64"),
    ([1.0, 1000.0], "float32"),
    ([1.0, 1000.5], "float32"),
    ([1.0, 1001.0], "float32"),
    ([0.1, 0.2, 0.3], "float64"),
    ([0.1, 65504.0, -2.0], "float16"),
    ([1e300, -1e-300], "float64"),
    (np.arange(10), "int64"),
    ([np.iinfo(np.int64).max, np.iinfo(np.int64).min], "int64"),
    ([-128, 0, 127], "int8"),
    ([0, 255], "uint8"),
    (7, "int32"),
    ([True, False], "bool"),
    ([True, True], "bool"),
    (True, "bool"),
    (np.zeros(0), "float32"),
    (np.zeros((0, 3)), "float32"),
    (np.zeros((2, 0, 3)), "float64"),
    (np.zeros(0), "int64"),
    (np.zeros((0,)), "bool"),
    (np.zeros((1, 0)), "uint8"),
    (np.linspace(-5, 5, 100), "float32"),
    (np.linspace(-5e6, 5e6, 100), "float64"),
    (np.arange(60).reshape(3, 4, 5), "int64"),
    (np.arange(120).reshape(2, 3, 4, 5) / 7, "float32"),
    (np.arange(2000), "float32"),
    (np.arange(1001), "int16"),
    (np.arange(3000).reshape(3, 1000) / 3, "float32"),
    (np.arange(2000).reshape(10, 10, 20) - 1000.0, "float64"),
    (np.arange(8**4).reshape(8, 8, 8, 8) ** 3 - 1e6, "float64"),
]


@pytest.mark.parametrize(("array", "dtype_name"), EDGE_CASES)
def test_edge_case_matches_torch(array, dtype_name):
    assert_same_repr(array, dtype_name)


@pytest.mark.parametrize("grad", ["leaf", "op"])
@pytest.mark.parametrize(
    "array",
    [2.5, [1.0, 2.0], np.ones((2, 2)), np.zeros((0, 3)), np.linspace(-1e3, 1e3, 11), np.linspace(0, 1, 17)],
)
def test_autograd_items_follow_the_data(array, grad):
    assert_same_repr(array, "float32", grad)
    assert_same_repr(array, "float64", grad)


def test_long_suffix_moves_to_its_own_line():
    expected, actual = torch_and_ours(np.linspace(0, 1, 9), "float64", "op")
    assert actual == expected
    assert "\n       dtype=torch.float64, grad_fn=<MulBackward0>)" in actual


def test_default_dtype_float64_names_float32():
    torch.set_default_dtype(torch.float64)
    for array, name in [([1.5, 2.0], "float32"), ([1.5, 2.0], "float64"), (np.zeros(0), "float64")]:
        assert_same_repr(array, name, default_float="float64")


# -- property-based: random shapes, dtypes and value ranges ---------------------------------

SIDE_LIMITS = {0: 1, 1: 2000, 2: 60, 3: 15, 4: 8}  # up to a few thousand elements per array
SPECIALS = np.array([0.0, -0.0, 1.0, -1.0, NAN, INF, -INF, 1e-5, 1e10, 0.1, 100.0, 2.5, 1e-40])


def float_values(kind, size, rng):
    sign = rng.choice([-1.0, 1.0], size)
    if kind == "unit":
        return rng.uniform(-1, 1, size)
    if kind == "integral":
        return rng.integers(-1000, 1000, size).astype(float)
    if kind == "small_integral":
        return rng.integers(-9, 10, size).astype(float)
    if kind == "tiny":
        return sign * 10 ** rng.uniform(-30, -4, size)
    if kind == "huge":
        return sign * 10 ** rng.uniform(7, 40, size)
    if kind == "mixed":
        return sign * 10 ** rng.uniform(-12, 12, size)
    if kind == "extreme":
        return sign * 10 ** rng.uniform(-310, 308, size)
    if kind == "specials":
        return rng.choice(SPECIALS, size)
    # "unit_with_specials": mostly ordinary values with a few nan/inf/zeros among them
    values = rng.uniform(-10, 10, size)
    holes = rng.random(size) < 0.2
    values[holes] = rng.choice(SPECIALS, int(holes.sum()))
    return values


FLOAT_KINDS = ["unit", "integral", "small_integral", "tiny", "huge", "mixed", "extreme", "specials",
               "unit_with_specials"]


def int_values(dtype_name, kind, size, rng):
    if dtype_name == "bool":
        return rng.random(size) < (0.5 if kind == "mixed" else 0.0)
    info = np.iinfo(dtype_name)
    if kind == "full":
        return rng.integers(info.min, info.max, size, dtype=dtype_name, endpoint=True)
    return rng.integers(max(info.min, -12), 12, size)


@st.composite
def tensor_arrays(draw, dtype_names=ALL_NAMES):
    """(array, dtype_name): 0-d to 4-d, empty ones included, some over the 1000 threshold."""
    dtype_name = draw(st.sampled_from(dtype_names))
    ndim = draw(st.integers(0, 4))
    large = draw(st.booleans())
    low, high = (max(1, SIDE_LIMITS[ndim] // 4), SIDE_LIMITS[ndim]) if large else (1, 4)
    shape = [draw(st.integers(low, high)) for _ in range(ndim)]
    if ndim and draw(st.integers(0, 7)) == 0:  # now and then an empty tensor, any axis empty
        shape[draw(st.integers(0, ndim - 1))] = 0
    shape = tuple(shape)
    size = math.prod(shape)
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    if dtype_name in FLOAT_NAMES:
        values = float_values(draw(st.sampled_from(FLOAT_KINDS)), size, rng)
    else:
        values = int_values(dtype_name, draw(st.sampled_from(["full", "small", "mixed"])), size, rng)
    with np.errstate(over="ignore", under="ignore"):  # float16/32 overflow to inf, as in torch
        return values.reshape(shape).astype(dtype_name), dtype_name


@hypothesis_settings
@given(tensor_arrays())
def test_random_tensors_match_torch(case):
    assert_same_repr(*case)


@hypothesis_settings
@given(tensor_arrays(FLOAT_NAMES), st.sampled_from(["leaf", "op"]))
def test_random_tensors_with_autograd_items_match_torch(case, grad):
    assert_same_repr(*case, grad=grad)


print_options = st.fixed_dictionaries(
    {},
    optional={
        "precision": st.integers(0, 10),
        "threshold": st.sampled_from([0, 1, 5, 10, 50, 1000, math.inf]),
        "edgeitems": st.integers(0, 4),
        "linewidth": st.sampled_from([1, 10, 40, 80, 120, 200]),
        "profile": st.sampled_from(["default", "short", "full"]),
        "sci_mode": st.sampled_from([None, True, False]),
    },
)


@hypothesis_settings
@given(tensor_arrays(), print_options, st.sampled_from([None, "leaf"]))
def test_print_options_match_torch(case, options, grad):
    array, dtype_name = case
    grad = grad if dtype_name in FLOAT_NAMES else None
    set_printoptions(**options)
    torch.set_printoptions(**options)
    try:
        assert get_printoptions() == torch._tensor_str.get_printoptions()
        assert_same_repr(array, dtype_name, grad)
    finally:
        set_printoptions(profile="default")
        torch.set_printoptions(profile="default")


def test_options_keep_values_until_changed_and_reset_sci_mode():
    for calls in ([{"precision": 2}, {"linewidth": 40}], [{"sci_mode": True}, {"edgeitems": 1}],
                  [{"profile": "short", "precision": 6}], [{"profile": "full"}, {"threshold": 7}]):
        for kwargs in calls:
            set_printoptions(**kwargs)
            torch.set_printoptions(**kwargs)
            assert get_printoptions() == torch._tensor_str.get_printoptions()
    assert set(get_printoptions()) == set(PrintOptions.__slots__)


def test_printoptions_context_restores_like_torch():
    set_printoptions(precision=6, sci_mode=False)
    torch.set_printoptions(precision=6, sci_mode=False)
    with printoptions(edgeitems=1, threshold=5), torch._tensor_str.printoptions(edgeitems=1, threshold=5):
        assert get_printoptions() == torch._tensor_str.get_printoptions()
        assert_same_repr(np.arange(10) / 3, "float32")
    assert get_printoptions() == torch._tensor_str.get_printoptions()


# -- f"{t:spec}" on 0-dim tensors -----------------------------------------------------------

@pytest.mark.parametrize(
    ("value", "dtype_name", "spec"),
    [
        (1020.55, "float32", ""),
        (1020.55, "float32", ".2f"),
        (1 / 3, "float64", "10.3e"),
        (0.1, "float16", ""),
        (-0.0, "float32", "+.1f"),
        (NAN, "float32", ">8"),
        (42, "int64", ""),
        (-7, "int8", "04d"),
        (200, "uint8", "x"),
        (True, "bool", ""),
        (False, "bool", "d"),
    ],
)
def test_scalar_format_matches_torch(value, dtype_name, spec):
    tensor = torch.tensor(value, dtype=getattr(torch, dtype_name))
    ours = format_scalar_for_format(np.array(value, dtype=dtype_name), dtype_name, spec)
    assert ours == format(tensor, spec)
