"""Forward-mode AD op by op against PyTorch's: the tangent (values, dtype, shape) and primal of
every op the backward-namespace test reaches (its catalogue: the elementwise, shape, reduction,
product, activation, picking and loss tables of the differential tests, plus its own cases), each
input a dual tensor with a random tangent. See autograd_tutor/ops/_tangents.py.

Cases where the two differ by design or are not done are listed with the reason; the listed
ones are checked to still differ, so a fix shows up here (and the entry must go). A new case of
the catalogue that fails here: an op PyTorch refuses needs ``forward_ad_refused = "<its name>"``
on its node class; a real difference goes in DIFFERS with the reason.
"""
import importlib.util
import pathlib
import warnings

import numpy as np
import pytest
import torch

import autograd_tutor

HERE = pathlib.Path(__file__).resolve().parent

with warnings.catch_warnings():
    # PyTorch's first make_dual in a process loads its jvp decompositions, which warns (jit.script)
    warnings.simplefilter("ignore", DeprecationWarning)
    torch.autograd.forward_ad._maybe_load_decompositions()


def _catalogue():
    spec = importlib.util.spec_from_file_location("_namespaces_catalogue", HERE / "test_backward_namespaces.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module._catalogue()


TIE = "a tie at a point where the op is not differentiable: PyTorch's forward formula picks another side"
# expression (as in the catalogue) -> why autograd_tutor's outcome differs from PyTorch's
DIFFERS = {
    "a.clamp(min=torch.tensor(0.))": TIE,
    "torch.fmax(a, b)": TIE,
    **{e: "PyTorch's forward formula for cholesky_inverse is not the Jacobian its backward transposes; "
          "autograd_tutor's tangent is (it agrees with finite differences)"
       for e in ("torch.cholesky_inverse(a[:, :3].tril() + 3 * torch.eye(3)) ** 2",
                 "torch.cholesky_inverse(a[:, :3].triu() + 3 * torch.eye(3), upper=True) ** 2")},
    **{e: "PyTorch gives no tangent at all for reduce='prod' (its forward formula is undefined there); "
          "autograd_tutor computes one"
       for e in ("a.scatter_reduce(1, torch.tensor([[0, 3, 0], [2, 2, 1], [1, 1, 1]]), b[:, :3], 'prod', "
                 "include_self=True) ** 2",
                 "a.scatter_reduce(1, torch.tensor([[0, 3, 0], [2, 2, 1], [1, 1, 1]]), b[:, :3], 'prod', "
                 "include_self=False) ** 2")},
    "torch.nan_to_num(a.log())": "NaN tangents: the trick pairs a NaN tangent with a zero gradient (NaN)",
    "torch.xlogy(a, b).nan_to_num() ** 2": "NaN tangents: the trick pairs a NaN tangent with a zero gradient (NaN)",
    "torch.nn.functional.embedding(torch.tensor([0, 2, 2]), a, padding_idx=2, scale_grad_by_freq=True)":
        "scale_grad_by_freq scales the backward only: the tangent built from it is scaled too",
    "torch.nn.functional.batch_norm(a, b[2].abs(), b[1].abs() + 1, b[0], b[1], training=False)":
        "PyTorch refuses running statistics that carry a tangent; autograd_tutor computes one",
}
# Not about forward AD: autograd.grad of a tensor that does not require grad, checked in another order
SKIPPED = ("torch.autograd.grad(",)

CASES = [(e, arrays) for e, arrays in _catalogue() if not e.startswith(SKIPPED)]


def _tangents(arrays):
    rng = np.random.default_rng(1)
    return [rng.standard_normal(np.shape(a)) for a in arrays]


def dual_program(expr, arrays, requires_grad=False):
    tangents = _tangents(arrays)

    def program(T):
        fw = T.autograd.forward_ad
        T.manual_seed(0)  # the random in-place ops draw the same numbers in both
        with fw.dual_level():
            xs = [fw.make_dual(T.tensor(a, dtype=T.float64, requires_grad=requires_grad), T.tensor(v, dtype=T.float64))
                  for a, v in zip(arrays, tangents)]
            y = eval(expr, {"T": T, "torch": T}, dict(zip("abc", xs)))
            outs = y if isinstance(y, (tuple, list)) else (y,)
            return [tuple(fw.unpack_dual(o)) for o in outs if isinstance(o, T.Tensor)]

    return program


def _plain(t):
    return None if t is None else (str(t.dtype), tuple(t.shape), t.detach().numpy().copy())


def outcome(expr, arrays, T, requires_grad=False):
    """Each tensor output's primal and tangent: dtype, shape and values; or the error raised."""
    try:
        return [(_plain(p), _plain(t)) for p, t in dual_program(expr, arrays, requires_grad)(T)]
    except (RuntimeError, NotImplementedError) as exc:
        return ("raised", type(exc).__name__, str(exc).splitlines()[0])


def differences(got, want):
    """Where two outcomes differ (values within 1e-6 relative; the sign of a zero is not compared:
    PyTorch's forward formulas and the trick round a zero tangent to either sign)."""
    if isinstance(got, tuple) or isinstance(want, tuple) or len(got) != len(want):
        return [] if got == want else [f"autograd_tutor {got!r} != torch {want!r}"]
    found = []
    for k, (g_pair, w_pair) in enumerate(zip(got, want)):
        for part, g, w in zip(("primal", "tangent"), g_pair, w_pair):
            if (g is None) != (w is None):
                found.append(f"output {k} {part}: autograd_tutor {g is None and 'None'} torch {w is None and 'None'}")
            elif g is not None and (g[:2] != w[:2] or not np.allclose(g[2], w[2], rtol=1e-6, atol=1e-8, equal_nan=True)):
                found.append(f"output {k} {part}: autograd_tutor {g} != torch {w}")
    return found


def _id(case):
    return case[0]


@pytest.mark.parametrize("case", [c for c in CASES if c[0] not in DIFFERS], ids=_id)
def test_tangent_matches_pytorch(case):
    """The same tangents; or, where PyTorch has no forward formula for an op and refuses it, the
    same error in the same words (an op's node declares it: ``forward_ad_refused = "<name>"``)."""
    expr, arrays = case
    want = outcome(expr, arrays, torch)
    if isinstance(want, tuple):
        assert want[:2] == ("raised", "NotImplementedError") and want[2].startswith("Trying to use forward AD with ")
    assert differences(outcome(expr, arrays, autograd_tutor), want) == []


# The same with primals that require grad: the op's own graph node (not one made for the tangent
# alone) gives the tangent; an error (PyTorch's refusal, or an in-place op on a view of a leaf)
# must be PyTorch's, in its words.
@pytest.mark.parametrize("case", [c for c in CASES if c[0] not in DIFFERS], ids=_id)
def test_tangent_matches_pytorch_when_primals_require_grad(case):
    expr, arrays = case
    want = outcome(expr, arrays, torch, requires_grad=True)
    assert differences(outcome(expr, arrays, autograd_tutor, requires_grad=True), want) == []


@pytest.mark.parametrize("case", [c for c in CASES if c[0] in DIFFERS], ids=_id)
def test_listed_differences_still_differ(case):
    """Each DIFFERS entry is true today: when it stops being true, remove it from the list."""
    expr, arrays = case
    assert differences(outcome(expr, arrays, autograd_tutor), outcome(expr, arrays, torch)) != []


def test_every_listed_difference_is_in_the_catalogue():
    exprs = {e for e, _ in CASES}
    assert set(DIFFERS) <= exprs, sorted(set(DIFFERS) - exprs)
