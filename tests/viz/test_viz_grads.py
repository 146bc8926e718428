"""grads(): leaves that require grad, their .grad as PyTorch prints it, and what changed."""
import warnings

from viz_support import lib  # noqa: F401 - pytest fixture

from autograd_tutor import viz


def test_only_leaves_that_require_grad_are_listed(lib):
    x = lib.ones(2, 2, requires_grad=True)
    y = x + 2
    c = lib.ones(3)
    out = (y * y).mean()
    out.backward()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # reading y.grad (non-leaf) would warn
        table = viz.grads(locals())
    assert [r["name"] for r in table.rows] == ["x"]
    row = table.rows[0]
    assert row["grad"] == repr(x.grad)
    assert row["shape"] == str(tuple(x.shape)) and row["dtype"] == str(x.dtype)
    assert repr(x.grad).splitlines()[1].strip() in table.text
    assert "x" in table._repr_html_() and "<table" in table._repr_html_()


def test_grad_none_before_backward(lib):
    w = lib.ones(3, requires_grad=True)
    table = viz.grads({"w": w})
    assert table.rows[0]["grad"] is None and "None" in table.text


def test_before_and_after_flag_accumulation(lib):
    weights = lib.ones(4, requires_grad=True)
    names = {"weights": weights}
    snap0 = viz.snapshot_grads(names)
    (weights * 3).sum().backward()
    first = viz.grads(names, before=snap0)
    assert first.rows[0]["change"] == "new"
    snap1 = viz.snapshot_grads(names)
    (weights * 3).sum().backward()  # PyTorch adds into .grad in place
    second = viz.grads(names, before=snap1)
    row = second.rows[0]
    assert row["change"].startswith("accumulated")
    assert row["before"] == repr(snap1["weights"]) and row["grad"] == repr(weights.grad)
    assert "accumulated" in second.text and "accumulated" in second._repr_html_()
    snap2 = viz.snapshot_grads(names)
    weights.grad.zero_()
    assert viz.grads(names, before=snap2).rows[0]["change"] == "zeroed"
    snap3 = viz.snapshot_grads(names)
    assert viz.grads(names, before=snap3).rows[0]["change"] == "unchanged"
    weights.grad = None
    assert viz.grads(names, before=snap3).rows[0]["change"] == "cleared (None)"


def test_snapshot_is_a_copy(lib):
    w = lib.ones(2, requires_grad=True)
    (w * 2).sum().backward()
    snap = viz.snapshot_grads({"w": w})
    (w * 2).sum().backward()
    assert snap["w"].tolist() == [2.0, 2.0] and w.grad.tolist() == [4.0, 4.0]


def test_modules_contribute_their_parameters(lib):
    lib.manual_seed(0)
    model = lib.nn.Linear(2, 1)
    model(lib.ones(1, 2)).sum().backward()
    table = viz.grads({"model": model, "_private": lib.ones(1, requires_grad=True)})
    assert [r["name"] for r in table.rows] == ["model.weight", "model.bias"]
    assert table.rows[0]["grad"] == repr(model.weight.grad)


def test_empty_table_says_so(lib):
    assert "no leaf tensors" in viz.grads({"c": lib.ones(2)}).text


def test_reset_then_backward_is_new_not_accumulated(lib):
    """zero_grad() sets .grad to None; the next backward makes a fresh .grad (no accumulation)."""
    w = lib.ones(3, requires_grad=True)
    opt = lib.optim.SGD([w], lr=0.1)
    (w * 2).sum().backward()
    snap = viz.snapshot_grads({"w": w})
    opt.zero_grad()
    (w * 5).sum().backward()
    row = viz.grads({"w": w}, before=snap).rows[0]
    assert row["change"] == "new (old one reset)"
    assert row["before"] == repr(snap["w"]) and row["grad"] == repr(w.grad)


def test_accumulation_keeps_the_grad_tensor_a_reset_replaces_it(lib):
    w = lib.ones(3, requires_grad=True)
    (w * 2).sum().backward()
    snap = viz.snapshot_grads({"w": w})
    (w * 2).sum().backward()  # in place: same .grad tensor
    assert viz.grads({"w": w}, before=snap).rows[0]["change"].startswith("accumulated")
    snap = viz.snapshot_grads({"w": w})
    w.grad = None
    (w * 5).sum().backward()
    assert viz.grads({"w": w}, before=snap).rows[0]["change"] == "new (old one reset)"
