"""The engine's own handling of saved tensors and of NumPy's error state, compared with torch.

The engine unpacks saved tensors and releases them itself in the common case (every value an
unchanged tensor, an op's own output or None) and sets NumPy's error state to "ignore" for the
pass from a precomputed value. These tests pin what that must keep: which saved fields read None
or raise after backward, the in-place error, saved_tensors_hooks, no NumPy warning from a formula
meeting inf or 0, and the caller's error state restored afterwards, even when backward fails.
"""
import warnings

import numpy as np
import pytest
import torch
from ops_oracle import whole_messages

import autograd_tutor as at


def _saved_after_backward(lib, fields, build):
    x = lib.tensor([[1.0, -2.0], [0.5, 3.0]], requires_grad=True)
    w = lib.tensor([[0.5, 1.5], [-1.0, 2.0]], requires_grad=fields["w_grad"])
    out = build(lib, x, w)
    fn = out.grad_fn
    out.sum().backward()
    seen = []
    for name in fields["read"]:
        try:
            value = getattr(fn, name)
            seen.append(None if value is None else "value")
        except RuntimeError as err:
            seen.append(str(err)[:70])
    return seen


@pytest.mark.parametrize("w_grad", [True, False])
def test_saved_fields_after_backward_are_freed_or_none_as_in_torch(w_grad):
    # addmm saves mat1 only when mat2 needs a gradient: None and freed fields side by side.
    fields = {"w_grad": w_grad, "read": ("_saved_mat1", "_saved_mat2")}

    def build(lib, x, w):
        return lib.addmm(lib.zeros(2), x, w)

    assert _saved_after_backward(at, fields, build) == _saved_after_backward(torch, fields, build)


def test_saved_output_is_freed_after_backward_as_in_torch():
    fields = {"w_grad": False, "read": ("_saved_result",)}

    def build(lib, x, w):
        return x.exp()

    assert _saved_after_backward(at, fields, build) == _saved_after_backward(torch, fields, build)


@pytest.mark.parametrize("make", [lambda x: x * 3.0, lambda x: x * x, lambda x: (x * 2.0).exp()])
def test_a_second_backward_through_a_freed_graph_raises_torchs_error(make):
    def twice(T):
        out = make(T.tensor([1.0, 2.0], requires_grad=True)).sum()
        out.backward()
        out.backward()

    theirs, ours = whole_messages(twice, RuntimeError)
    assert ours == theirs


def _nll_of(T, x):
    return T.nn.functional.nll_loss(x.log_softmax(1), T.tensor([1, 0]))  # saves total_weight


def test_a_saved_array_of_the_op_reaches_backward_and_is_freed_as_in_torch():
    # nll_loss saves total_weight, an array of its own (neither a tensor nor an output).
    def grads(T):
        x = T.tensor([[1.0, -2.0, 0.5], [0.5, 3.0, -1.0]], requires_grad=True)
        loss = _nll_of(T, x)
        loss.backward(retain_graph=True)
        weight = loss.grad_fn._saved_total_weight
        loss.backward()
        return x.grad.numpy().tolist(), weight

    (ours, ours_weight), (theirs, theirs_weight) = grads(at), grads(torch)
    np.testing.assert_allclose(ours, theirs, rtol=1e-6)  # log_softmax's exp: within rounding (float32)
    assert ours_weight.item() == theirs_weight.item()

    def twice(T):
        loss = _nll_of(T, T.tensor([[1.0, -2.0, 0.5], [0.5, 3.0, -1.0]], requires_grad=True))
        loss.backward()
        loss.grad_fn._saved_total_weight

    theirs, ours = whole_messages(twice, RuntimeError)
    assert ours == theirs


def test_a_saved_tensor_changed_in_place_raises_torchs_error():
    def changed(T):
        y = T.tensor([1.0, 2.0], requires_grad=True) * 1.0
        z = y * y  # saves y twice
        with T.no_grad():
            y.add_(1.0)
        z.sum().backward()

    theirs, ours = whole_messages(changed, RuntimeError)
    assert ours == theirs


def test_saved_tensors_hooks_still_see_and_replace_saved_tensors():
    results = []
    for lib in (torch, at):
        packed = []

        def pack(t):
            packed.append(tuple(t.shape))
            return t * 2.0  # what backward will use instead

        x = lib.tensor([1.0, -2.0, 3.0], requires_grad=True)
        with lib.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
            y = x * x
        y.sum().backward()
        results.append((packed, x.grad.tolist()))
    assert results[0] == results[1]


def test_backward_through_inf_and_zero_warns_nothing_and_matches_torch():
    grads = []
    for lib in (torch, at):
        x = lib.tensor([0.0, 1.0, float("inf")], requires_grad=True)
        r = 1 / x  # ReciprocalBackward0 meets 0 and inf
        y = r.exp()  # ExpBackward0 multiplies a zero gradient by exp(inf): nan, silently
        z = (1 / x).exp()  # the forward, outside: a filter of the user's own shows NumPy's warnings there
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            y.backward(lib.tensor([1.0, 1.0, 0.0]))
            z.backward(lib.tensor([0.0, 1.0, 1.0]))
        grads.append(np.asarray(x.grad.tolist()))
    # float32 exp is not correctly rounded in NumPy (docs/pytorch-differences.md): a few ulps
    np.testing.assert_allclose(grads[1], grads[0], rtol=1e-6)


def test_backward_restores_the_callers_numpy_error_state():
    x = at.tensor([0.0, 2.0], requires_grad=True)
    y = 1 / x
    before = np.seterr(divide="raise", invalid="warn")
    try:
        y.sum().backward()  # 1/x at 0 inside: silently inf, not FloatingPointError
        assert np.geterr()["divide"] == "raise" and np.geterr()["invalid"] == "warn"
    finally:
        np.seterr(**before)
    assert x.grad.tolist()[0] == float("-inf")


def test_a_failing_backward_restores_the_numpy_error_state_too():
    x = at.tensor([1.0, 2.0], requires_grad=True)
    y = x * 3.0

    def failing(grad):
        raise ValueError("hook failed")

    y.register_hook(failing)
    before = np.geterr()
    with pytest.raises(ValueError, match="hook failed"):
        y.sum().backward()
    assert np.geterr() == before


def test_the_errstate_fallback_for_other_numpy_versions_silences_and_restores(monkeypatch):
    from autograd_tutor.autograd import engine

    monkeypatch.setattr(engine, "_error_state", engine._Errstate)
    monkeypatch.setattr(engine, "_IGNORE_ALL", None)
    x = at.tensor([float("inf"), 1.0], requires_grad=True)
    before = np.geterr()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        x.exp().backward(at.tensor([0.0, 1.0]))  # 0 * inf inside
    assert np.geterr() == before
    assert np.isnan(x.grad.tolist()[0])
