"""Saved tensors and saved attributes, before and after backward (the "freed" mark)."""
import pytest
from viz_support import lib  # noqa: F401 - pytest fixture

from autograd_tutor import viz


def square_graph(lib):
    x = lib.ones(2, 2, requires_grad=True)
    y = x + 2
    z = y * y
    return x, y, z


def saved(g):
    return [n for n in g.nodes if n["kind"] == "saved"]


def test_saved_tensors_are_separate_nodes_linked_to_their_op(lib):
    x, y, z = square_graph(lib)
    g = viz.graph(z, names=locals(), show_saved=True)
    fields = sorted(n["field"] for n in saved(g))
    expected = sorted(a[len("_saved_"):] for a in dir(z.grad_fn)
                      if a.startswith("_saved_") and isinstance(getattr(z.grad_fn, a), lib.Tensor))
    assert fields == expected == ["other", "self"]
    mul = next(n["id"] for n in g.nodes if n.get("op") == "MulBackward0")
    for n in saved(g):
        assert n["freed"] is False and n["name"] == "y"
        assert "_saved_" + n["field"] in n["label"]
        assert {"source": n["id"], "target": mul, "kind": "saved", "index": None} in g.edges
    assert "saved tensor" in g.dot  # legend entry


def test_saved_nodes_are_hidden_unless_asked_for(lib):
    x, y, z = square_graph(lib)
    assert saved(viz.graph(z)) == []


def test_after_backward_saved_tensors_are_marked_freed(lib):
    x, y, z = square_graph(lib)
    z.sum().backward()
    with pytest.raises(RuntimeError):
        z.grad_fn._saved_self  # what the view must survive
    g = viz.graph(z, names=locals(), show_saved=True)
    freed = saved(g)
    assert len(freed) == 2 and all(n["freed"] for n in freed)
    assert all("freed by backward()" in n["label"] for n in freed)
    assert "retain_graph=True" in g.dot and 'style="filled,dashed"' in g.dot
    assert g.svg().startswith("<svg")
    assert "freed by backward()" in g.text


def test_retain_graph_keeps_saved_tensors_visible(lib):
    x, y, z = square_graph(lib)
    z.sum().backward(retain_graph=True)
    g = viz.graph(z, show_saved=True)
    assert [n["freed"] for n in saved(g)] == [False, False]


def test_show_attrs_lists_non_tensor_saved_values(lib):
    x = lib.ones(3, requires_grad=True)
    p = x ** 2
    s = x.sum(dim=0)
    g = viz.graph(p, s, show_attrs=True)
    pow_node = next(n for n in g.nodes if n.get("op") == "PowBackward0")
    assert pow_node["attrs"]["exponent"] == repr(p.grad_fn._saved_exponent)
    assert f"exponent = {p.grad_fn._saved_exponent!r}" in pow_node["label"]
    sum_node = next(n for n in g.nodes if n.get("op") == "SumBackward1")
    assert sum_node["attrs"]["dim"] == repr(s.grad_fn._saved_dim)
    assert "self" not in pow_node["attrs"]  # tensors are not attributes


def test_attrs_stay_readable_after_backward(lib):
    x = lib.ones(3, requires_grad=True)
    p = x ** 3
    p.sum().backward()
    node = next(n for n in viz.graph(p, show_attrs=True, show_saved=True).nodes if n.get("op") == "PowBackward0")
    assert node["attrs"]["exponent"] == "3"
