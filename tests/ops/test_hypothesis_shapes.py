"""Property-based differential tests of the ops that move data around: matmul with random
(broadcast) batch shapes, and random chains of views, indexing, joining and splitting.
Forward values, the printed grad_fn chain and gradients must agree with torch."""
import numpy as np
import torch
from hypothesis import HealthCheck, given, settings, strategies as st
from test_hypothesis_expressions import assert_agree

import autograd_tutor

CASES = 300
SETTINGS = settings(max_examples=CASES, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# ----------------------------------------------------------------------------- matmul


@st.composite
def matmul_shapes(draw):
    n, k, m = (draw(st.integers(1, 4)) for _ in range(3))
    batch = tuple(draw(st.lists(st.integers(1, 3), max_size=2)))

    def side(core):
        lead = batch[draw(st.integers(0, len(batch))):]
        return tuple(1 if draw(st.booleans()) else s for s in lead) + core

    a = (k,) if draw(st.integers(0, 4)) == 0 else side((n, k))
    b = (k,) if draw(st.integers(0, 4)) == 0 else side((k, m))
    return a, b


@SETTINGS
@given(matmul_shapes(), st.sampled_from(["float32", "float64"]), st.integers(0, 2**31 - 1),
       st.sampled_from(["both", "a", "b"]))
def test_matmul_with_random_batch_shapes_agrees_with_torch(shapes, dtype, seed, needs):
    def run(T):
        rng = np.random.default_rng(seed)
        dt = getattr(T, dtype)
        a = T.tensor(rng.standard_normal(shapes[0]), dtype=dt, requires_grad=needs in ("both", "a"))
        b = T.tensor(rng.standard_normal(shapes[1]), dtype=dt, requires_grad=needs in ("both", "b"))
        out = a @ b
        weights = T.tensor(rng.standard_normal(tuple(out.shape)), dtype=dt)
        wanted = [t for t in (a, b) if t.requires_grad]
        grads = T.autograd.grad((out * weights).sum(), wanted, create_graph=True)
        second = T.autograd.grad(sum((g * g).sum() for g in grads if g.requires_grad) + 0 * out.sum(),
                                 wanted, allow_unused=True)
        return {"out": _array(out), "chain": _chain(out.grad_fn), "grads": [_array(g) for g in grads],
                "second": [_array(g) for g in second]}

    want, got = run(torch), run(autograd_tutor)
    assert got.pop("chain") == want.pop("chain")
    assert_agree(got, want, dtype)


# ----------------------------------------------------------------------------- data movement
MOVES = {
    "t": lambda T, x, k: x.t() if x.dim() == 2 else x,
    "T": lambda T, x, k: x.permute(*range(x.dim() - 1, -1, -1)) if x.dim() else x,
    "transpose": lambda T, x, k: x.transpose(0, -1) if x.dim() else x,
    "permute": lambda T, x, k: x.permute(*np.roll(np.arange(x.dim()), k % x.dim()).tolist()) if x.dim() else x,
    "flatten": lambda T, x, k: x.flatten(),
    "reshape": lambda T, x, k: x.reshape(-1, x.shape[-1]) if x.dim() else x.reshape(1),
    "view_after_contiguous": lambda T, x, k: x.contiguous().view(-1),
    "unsqueeze": lambda T, x, k: x.unsqueeze(k % (x.dim() + 1)),
    "squeeze": lambda T, x, k: x.squeeze(),
    "expand": lambda T, x, k: x.unsqueeze(0).expand(2, *x.shape),
    "repeat": lambda T, x, k: x.repeat(*([2] + [1] * x.dim())),
    "select": lambda T, x, k: x.select(0, k % x.shape[0]) if x.dim() else x,
    "slice": lambda T, x, k: x[k % x.shape[0]:] if x.dim() else x,
    "step_slice": lambda T, x, k: x[..., ::2] if x.dim() else x,
    "negative_index": lambda T, x, k: x[-1] if x.dim() else x,
    "none_index": lambda T, x, k: x[None, ..., None],
    "list_index": lambda T, x, k: x[[k % x.shape[0], 0, k % x.shape[0]]] if x.dim() else x,
    "mask": lambda T, x, k: x[x > 0] if x.dim() else x,
    "gather": lambda T, x, k: x.gather(0, T.zeros_like(x, dtype=T.int64)) if x.dim() else x,
    "narrow": lambda T, x, k: x.narrow(-1, 0, max(1, x.shape[-1] - 1)) if x.dim() else x,
    "cat": lambda T, x, k: T.cat([x, x * 2], 0) if x.dim() else x,
    "stack": lambda T, x, k: T.stack([x, -x], k % (x.dim() + 1)),
    "split": lambda T, x, k: x.split(max(1, x.shape[0] // 2))[-1] if x.dim() else x,
    "chunk": lambda T, x, k: x.chunk(2, -1)[0] if x.dim() else x,
    "unbind": lambda T, x, k: x.unbind(0)[k % x.shape[0]] if x.dim() else x,
    "flip": lambda T, x, k: x.flip(0) if x.dim() else x,
    "roll_by_cat": lambda T, x, k: T.cat([x[1:], x[:1]]) if x.dim() else x,
    "in_place_on_a_view": lambda T, x, k: _in_place_on_view(x, k),
    "setitem_slice": lambda T, x, k: _setitem(x, slice(0, 1), 3.0),
    "setitem_mask": lambda T, x, k: _setitem(x, x > 0, 0.5),
    "setitem_list": lambda T, x, k: _setitem(x, [k % x.shape[0] if x.dim() else 0], -1.0) if x.dim() else x,
}


def _in_place_on_view(x, k):
    y = x * 1
    if y.dim():
        y[k % y.shape[0]].mul_(2)
        return y
    return y.mul_(2)


def _setitem(x, key, scale):
    y = x * 1
    if y.dim():
        y[key] = y[key] * scale
    return y


@st.composite
def move_chains(draw):
    shape = tuple(draw(st.lists(st.integers(1, 4), min_size=1, max_size=3)))
    steps = [(draw(st.sampled_from(sorted(MOVES))), draw(st.integers(0, 7))) for _ in range(draw(st.integers(1, 5)))]
    return shape, steps


@SETTINGS
@given(move_chains(), st.sampled_from(["float32", "float64"]), st.integers(0, 2**31 - 1))
def test_random_data_movement_agrees_with_torch(chain, dtype, seed):
    shape, steps = chain

    def run(T):
        rng = np.random.default_rng(seed)
        x = T.tensor(rng.standard_normal(shape), dtype=getattr(T, dtype), requires_grad=True)
        y = x
        for name, k in steps:
            if y.numel() == 0:
                break
            y = MOVES[name](T, y, k)
        weights = T.tensor(rng.standard_normal(tuple(y.shape)), dtype=y.dtype)
        grad, = T.autograd.grad((y * weights).sum() * 1, x, allow_unused=True)
        return {"out": _array(y), "shape": tuple(y.shape), "chain": _chain(y.grad_fn), "grad": _array(grad)}

    want, got = _outcome(run, torch), _outcome(run, autograd_tutor)
    if "raised" in want or "raised" in got:
        assert got == want  # the same error, first line and type
        return
    assert got.pop("chain") == want.pop("chain")
    assert got.pop("shape") == want.pop("shape")
    assert_agree(got, want, dtype)


def _outcome(run, T):
    try:
        return run(T)
    except (RuntimeError, IndexError, TypeError, ValueError) as exc:
        return {"raised": (type(exc).__name__, str(exc).splitlines()[0])}


def _array(t):
    return None if t is None else np.array(t.detach().numpy(force=True), copy=True)


def _chain(fn):
    """Node names along the first-input path from ``fn`` to a leaf."""
    names = []
    while fn is not None:
        names.append(fn.name())
        fn = next((f for f, _ in fn.next_functions if f is not None), None)
    return names
