"""Every reduction x input shape x loss option of the losses a learner uses, against PyTorch:
values and input gradients within tolerance, or the same error (type and first line).

Shapes: a batch (N, C), a K-dim batch (N, C, d) and a single sample (C); options: class weights,
ignore_index, label smoothing, probability targets, pos_weight (also shapes that do not fit)."""
import numpy as np
import pytest

rng = np.random.default_rng(3)
SHAPES = [(4, 3), (2, 3, 5), (3,)]
REDUCTIONS = ["mean", "sum", "none"]
CE_OPTIONS = [{}, {"weight": "w"}, {"ignore_index": 1}, {"label_smoothing": 0.2},
              {"weight": "w", "label_smoothing": 0.3}, {"weight": "w", "ignore_index": 0}]


def _data(shape):
    x = (rng.standard_normal(shape) * 5).astype(np.float32)
    classes = shape[1] if len(shape) > 1 else shape[0]
    target_shape = (shape[0],) + shape[2:] if len(shape) > 1 else ()
    return {
        "x": x, "t": rng.integers(0, classes, target_shape), "w": rng.random(classes).astype(np.float32),
        "probs": rng.random(shape).astype(np.float32), "p": 1 / (1 + np.exp(-x)),
        "y": (rng.random(shape) > 0.5).astype(np.float32), "pos": rng.random(shape[-1]).astype(np.float32),
    }


def _cases():
    for shape in SHAPES:
        d = _data(shape)
        for red in REDUCTIONS:
            for opts in CE_OPTIONS:
                yield f"cross_entropy{shape}-{red}-{sorted(opts)}", ("cross_entropy", "x", "t", opts, red, d)
                prob_opts = {k: v for k, v in opts.items() if k != "ignore_index"}
                yield f"cross_entropy_probs{shape}-{red}-{sorted(prob_opts)}", ("cross_entropy", "x", "probs", prob_opts, red, d)
            yield f"bce{shape}-{red}", ("binary_cross_entropy", "p", "y", {}, red, d)
            yield f"bce_weight{shape}-{red}", ("binary_cross_entropy", "p", "y", {"weight": "pos"}, red, d)
            yield f"bce_logits{shape}-{red}", ("binary_cross_entropy_with_logits", "x", "y", {"pos_weight": "pos"}, red, d)
            yield f"bce_logits_bad_weight{shape}-{red}", ("binary_cross_entropy_with_logits", "x", "y", {"weight": "w"}, red, d)
            yield f"mse{shape}-{red}", ("mse_loss", "x", "y", {}, red, d)
            yield f"l1{shape}-{red}", ("l1_loss", "x", "y", {}, red, d)
            yield f"nll{shape}-{red}", ("nll_loss", "x", "t", {}, red, d)


CASES = dict(_cases())


def _outcome(T, fn, inp, tgt, opts, red, d):
    x = T.tensor(d[inp], requires_grad=True)
    kwargs = {k: (T.tensor(d[v]) if isinstance(v, str) else v) for k, v in opts.items()}
    try:
        loss = getattr(T.nn.functional, fn)(x, T.tensor(d[tgt]), reduction=red, **kwargs)
        loss.sum().backward()
    except Exception as exc:  # the error is the outcome
        text = str(exc).strip()
        return type(exc).__name__, text.splitlines()[0] if text else ""
    return loss.detach().numpy().copy(), x.grad.numpy().copy()


@pytest.mark.parametrize("name", list(CASES))
def test_loss_as_torch(name):
    import torch

    import autograd_tutor

    want = _outcome(torch, *CASES[name])
    got = _outcome(autograd_tutor, *CASES[name])
    if isinstance(want[0], str):
        assert got == want
        return
    assert not isinstance(got[0], str), got
    for g, w in zip(got, want):
        np.testing.assert_allclose(g, w, rtol=1e-4, atol=1e-5)
