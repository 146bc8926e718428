"""Property-based differential tests: random expressions over 1-3 broadcastable inputs, built
from a table of ops, run on torch and on autograd_tutor; forward values, gradients and (for
half of the cases) second derivatives must agree.

Every intermediate stays broadcastable with the inputs (elementwise ops, broadcasting binary
ops, reductions with keepdim=True), so any op can follow any other. Input values come from a
NumPy generator seeded by hypothesis; the run is derandomized (the same cases every time) and
keeps no example database.
"""
import numpy as np
import torch
from hypothesis import HealthCheck, given, settings, strategies as st

import autograd_tutor

CASES = 800  # with test_hypothesis_shapes.py: well over 1000 generated cases per run

# ----------------------------------------------------------------------------- the op table
# Each op gets the library T, its operands and a dim (already wrapped to the operand's rank).
# Guards keep values in the domain (log of positives...) the same way in both libraries.


def _has_dims(x):
    return x.dim() > 0


UNARY = {
    "neg": lambda T, x, d: -x,
    "exp": lambda T, x, d: x.clamp(-4, 4).exp(),
    "log": lambda T, x, d: (x.abs() + 0.5).log(),
    "log1p": lambda T, x, d: x.abs().log1p(),
    "sqrt": lambda T, x, d: (x * x + 0.25).sqrt(),
    "rsqrt": lambda T, x, d: (x * x + 1).rsqrt(),
    "sin": lambda T, x, d: x.sin(),
    "cos": lambda T, x, d: T.cos(x),
    "tanh": lambda T, x, d: x.tanh(),
    "sigmoid": lambda T, x, d: T.sigmoid(x),
    "relu": lambda T, x, d: x.relu(),
    "abs": lambda T, x, d: x.abs(),
    "square": lambda T, x, d: x ** 2,
    "cube": lambda T, x, d: x.pow(3),
    "reciprocal": lambda T, x, d: (x.abs() + 1).reciprocal(),
    "rdiv": lambda T, x, d: 2 / (x.abs() + 1),
    "rsub": lambda T, x, d: 1 - x,
    "affine": lambda T, x, d: x * 1.5 - 0.25,
    "scalar_pow": lambda T, x, d: 2 ** x.clamp(-3, 3),
    "clamp": lambda T, x, d: x.clamp(-0.5, 0.8),
    "clamp_min": lambda T, x, d: x.clamp(min=0.1),
    "where": lambda T, x, d: T.where(x > 0, x, x * 0.1),
    "masked_fill": lambda T, x, d: x.masked_fill(x > 1, 0.5),
    "cumsum": lambda T, x, d: x.cumsum(d) if _has_dims(x) else x,
    "flip": lambda T, x, d: x.flip(d) if _has_dims(x) else x,
    "reshape_round_trip": lambda T, x, d: x.reshape(-1).reshape(x.shape),
    "transpose_round_trip": lambda T, x, d: x.transpose(0, d).contiguous().transpose(0, d) if _has_dims(x) else x,
    "index_permutation": lambda T, x, d: x[..., T.tensor(list(range(x.shape[-1]))[::-1])] if _has_dims(x) else x,
    "index_select": lambda T, x, d: x.index_select(d, T.arange(x.shape[d])) if _has_dims(x) else x,
    "gather_reverse": lambda T, x, d: x.gather(d, x.argsort(d)) if _has_dims(x) else x,
    "index_put": lambda T, x, d: x.index_put((T.tensor([0]),), x[0:1] * 2) if _has_dims(x) else x,
    "select_stack": lambda T, x, d: T.stack(x.unbind(d), d) if _has_dims(x) else x,
    "split_cat": lambda T, x, d: T.cat(x.split(2, d), d) if _has_dims(x) else x,
    "setitem": lambda T, x, d: _setitem(T, x),
    "inplace_chain": lambda T, x, d: (x * 1).mul_(2).add_(x).sigmoid_(),
    "matmul_sandwich": lambda T, x, d: _sandwich(x),
}


def _sandwich(x):
    """(x xᵀ) x: matmul/mm/bmm/dot (by rank) with a result of x's shape."""
    if x.dim() == 0:
        return x
    if x.dim() == 1:
        return (x @ x) * x * 0.1
    return (x @ x.mT) @ x * 0.1


def _setitem(T, x):
    y = x * 1
    if y.dim():
        y[0] = y[0] * 3
    return y


REDUCE = {
    "sum": lambda T, x, d: x.sum(d, keepdim=True),
    "mean": lambda T, x, d: x.mean(d, keepdim=True),
    "amax": lambda T, x, d: x.amax(d, keepdim=True),
    "amin": lambda T, x, d: T.amin(x, d, keepdim=True),
    "max": lambda T, x, d: x.max(d, keepdim=True).values,
    "min": lambda T, x, d: x.min(d, keepdim=True)[0],
    "prod": lambda T, x, d: x.prod(d, keepdim=True),
    "var": lambda T, x, d: x.var(d, keepdim=True) if x.dim() and x.shape[d] > 1 else x,
    "std": lambda T, x, d: (x.std(d, keepdim=True) + 0.1) if x.dim() and x.shape[d] > 1 else x,
    "norm": lambda T, x, d: (x * x + 0.1).norm(dim=d, keepdim=True),
    "norm1": lambda T, x, d: x.norm(p=1, dim=d, keepdim=True),
    "logsumexp": lambda T, x, d: x.logsumexp(d, keepdim=True),
    "sum_all": lambda T, x, d: x.sum(),
    "mean_all": lambda T, x, d: x.mean(),
    "max_all": lambda T, x, d: x.max(),
    "min_all": lambda T, x, d: x.min(),
    "amax_all": lambda T, x, d: x.amax(),
    "var_unbiased_false": lambda T, x, d: x.var(d, keepdim=True, unbiased=False),
    "std_all": lambda T, x, d: x.std() + 0.1 if x.numel() > 1 else x,
    "norm_inf": lambda T, x, d: x.norm(p=float("inf"), dim=d, keepdim=True),
    "vector_norm_3": lambda T, x, d: T.linalg.vector_norm(x * x + 0.1, 3, dim=d, keepdim=True),
    "sort_values": lambda T, x, d: x.sort(d).values if x.dim() else x,
    "topk_1": lambda T, x, d: x.topk(1, d).values if x.dim() else x,
}

BINARY = {
    "add": lambda T, a, b: a + b,
    "sub": lambda T, a, b: a - b,
    "mul": lambda T, a, b: a * b,
    "div": lambda T, a, b: a / (b.abs() + 0.5),
    "add_alpha": lambda T, a, b: T.add(a, b, alpha=0.5),
    "maximum": lambda T, a, b: T.maximum(a, b),
    "minimum": lambda T, a, b: T.minimum(a, b),
    "where": lambda T, a, b: T.where(a > b, a, b),
    "pow": lambda T, a, b: (a.abs() + 0.5) ** b.clamp(-2, 2),
    "lerp": lambda T, a, b: a + 0.5 * (b - a),
    "hypot_like": lambda T, a, b: (a * a + b * b + 0.01).sqrt(),
}

# ----------------------------------------------------------------------------- strategies


@st.composite
def broadcastable(draw, base):
    """A shape that broadcasts to ``base``: some leading dims dropped, some sizes set to 1."""
    lead = draw(st.integers(0, len(base)))
    return tuple(1 if draw(st.booleans()) else s for s in base[lead:])


@st.composite
def programs(draw):
    base = tuple(draw(st.lists(st.integers(1, 4), min_size=0, max_size=3)))
    shapes = [base] + [draw(broadcastable(base)) for _ in range(draw(st.integers(0, 2)))]
    steps = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["unary", "unary", "binary", "binary", "reduce"]))
        table = {"unary": UNARY, "binary": BINARY, "reduce": REDUCE}[kind]
        name = draw(st.sampled_from(sorted(table)))
        picks = (draw(st.integers(0, 50)), draw(st.integers(0, 50)))
        steps.append((kind, name, picks, draw(st.integers(0, 5))))
    return {
        "shapes": shapes,
        "steps": steps,
        "dtype": draw(st.sampled_from(["float32", "float64"])),
        "seed": draw(st.integers(0, 2**31 - 1)),
        "second_order": draw(st.booleans()),
    }


# ----------------------------------------------------------------------------- running


def run(T, program):
    """Builds the expression with library ``T``: output, gradients, second derivatives."""
    rng = np.random.default_rng(program["seed"])
    dtype = getattr(T, program["dtype"])
    inputs = [T.tensor(rng.standard_normal(shape), dtype=dtype, requires_grad=True) for shape in program["shapes"]]
    values = list(inputs)
    for kind, name, (i, j), dim in program["steps"]:
        x = values[-1 - i % len(values)]
        d = dim % x.dim() if x.dim() else 0
        if kind == "binary":
            values.append(BINARY[name](T, x, values[j % len(values)]))
        elif kind == "unary":
            values.append(UNARY[name](T, x, d))
        else:
            values.append(REDUCE[name](T, x, d))
    out = values[-1]
    weights = T.tensor(rng.standard_normal(tuple(out.shape)), dtype=out.dtype)
    loss = (out * weights).sum()
    grads = T.autograd.grad(loss, inputs, allow_unused=True, create_graph=program["second_order"])
    result = {"out": _array(out), "grads": [_array(g) for g in grads]}
    live = [g for g in grads if g is not None and g.requires_grad]
    if program["second_order"] and live:
        total = sum((g * T.tensor(rng.standard_normal(tuple(g.shape)), dtype=g.dtype)).sum() for g in live)
        result["second"] = [_array(g) for g in T.autograd.grad(total, inputs, allow_unused=True)]
    return result


def _array(t):
    return None if t is None else np.array(t.detach().numpy(force=True), copy=True)


def assert_agree(got, want, dtype, where="out"):
    if isinstance(want, dict):
        assert got.keys() == want.keys(), f"{where}: {sorted(got)} != {sorted(want)}"
        for key in want:
            assert_agree(got[key], want[key], dtype, f"{where}.{key}")
        return
    if isinstance(want, list):
        assert len(got) == len(want), where
        for k, (g, w) in enumerate(zip(got, want)):
            assert_agree(g, w, dtype, f"{where}[{k}]")
        return
    if want is None or got is None:
        # A gradient that torch leaves undefined (None) may be zeros here, never anything else.
        other = got if want is None else want
        assert other is None or not np.any(other), f"{where}: {got} vs {want}"
        return
    assert got.shape == want.shape and got.dtype == want.dtype, f"{where}: {got.shape} {got.dtype} vs {want.shape} {want.dtype}"
    rtol, atol = (2e-3, 2e-4) if dtype == "float32" else (1e-8, 1e-10)
    scale = max(1.0, float(np.nanmax(np.abs(want))) if want.size and not np.all(np.isnan(want)) else 1.0)
    assert np.allclose(got, want, rtol=rtol, atol=atol * scale, equal_nan=True), f"{where}:\n{got}\nvs torch\n{want}"


@settings(max_examples=CASES, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(programs())
def test_random_expressions_agree_with_torch(program):
    want = run(torch, program)
    got = run(autograd_tutor, program)
    assert_agree(got, want, program["dtype"])
