"""Graph model built from our tensors and from real PyTorch's: node kinds, names, labels,
edges, stable ids (every test that takes ``lib`` runs on both)."""
import gc
import re
import warnings
import weakref

import pytest
from viz_support import lib, tutorial_graph  # noqa: F401 - lib: pytest fixture

from autograd_tutor import viz
from autograd_tutor.viz.defaults import VALUE_LIMIT


def stripped(t):
    """PyTorch's own repr without the tensor( wrapper: what nodes are expected to show."""
    text = repr(t.detach())
    assert text.startswith("tensor(") and text.endswith(")")
    return text[len("tensor("):-1].replace("\n" + " " * len("tensor("), "\n")


def by_kind(g, kind):
    return [n for n in g.nodes if n["kind"] == kind]


def test_every_node_has_the_public_fields(lib):
    x, y, z, out = tutorial_graph(lib)
    g = viz.graph(out, names=locals(), show_saved=True)
    assert {n["kind"] for n in g.nodes} == {"op", "leaf", "saved", "output"}
    for n in g.nodes:
        assert {"id", "kind", "label", "name"} <= set(n)
        assert isinstance(n["label"], str) and n["label"]


def test_op_nodes_carry_pytorch_names_in_walk_order(lib):
    x, y, z, out = tutorial_graph(lib)
    g = viz.graph(out)
    expected = [out.grad_fn, z.grad_fn, z.grad_fn.next_functions[0][0], y.grad_fn]
    assert [n["op"] for n in by_kind(g, "op")] == [fn.name() for fn in expected]


def test_leaf_shows_name_shape_dtype_values_and_grad(lib):
    x, y, z, out = tutorial_graph(lib)
    before = viz.graph(out, names=locals())
    (leaf,) = by_kind(before, "leaf")
    assert leaf["name"] == "x" and leaf["label"].startswith("x\n")
    assert leaf["shape"] == str(tuple(x.shape)) and leaf["dtype"] == str(x.dtype)
    assert leaf["requires_grad"] is True
    assert leaf["value"] == stripped(x)
    assert leaf["grad"] is None and "grad =" not in leaf["label"]
    assert "AccumulateGrad" in leaf["label"]

    out.backward()
    (leaf,) = by_kind(viz.graph(out, names=locals()), "leaf")
    assert leaf["grad"] == stripped(x.grad)
    assert "grad = " + stripped(x.grad).splitlines()[0] in leaf["label"]


def test_values_are_shown_only_for_small_tensors(lib):
    small = lib.ones(VALUE_LIMIT, requires_grad=True)
    (leaf,) = by_kind(viz.graph((small * 2).sum()), "leaf")
    assert leaf["value"] == stripped(small)
    big = lib.ones(VALUE_LIMIT + 1, requires_grad=True)
    out = (big * 2).sum()
    (leaf,) = by_kind(viz.graph(out), "leaf")
    assert leaf["value"] is None
    (leaf,) = by_kind(viz.graph(out, value_limit=VALUE_LIMIT + 1), "leaf")
    assert leaf["value"] == stripped(big)


def test_output_node_shows_value_and_name(lib):
    x, y, z, out = tutorial_graph(lib)
    (node,) = by_kind(viz.graph(out, names=locals()), "output")
    assert node["name"] == "out"
    assert node["value"] == stripped(out)
    assert node["value"] in node["label"]


def test_names_label_the_ops_that_made_named_tensors(lib):
    x, y, z, out = tutorial_graph(lib)
    ops = by_kind(viz.graph(out, names=locals()), "op")
    named = {n["op"] + ":" + (n["name"] or "") for n in ops}
    assert named == {"MeanBackward0:out", "MulBackward0:z", "MulBackward0:", "AddBackward0:y"}
    assert "grad_fn of z" in next(n for n in ops if n["name"] == "z")["label"]


def test_names_match_by_identity_and_skip_junk(lib):
    x, y, z, out = tutorial_graph(lib)

    class Weird:
        def __getattr__(self, name):
            raise RuntimeError("odd object")

        def __eq__(self, other):
            return True

    twin = lib.ones(2, 2, requires_grad=True)  # equal values, different tensor
    namespace = {"_hidden": x, "twin": twin, "weird": Weird(), "number": 3, "x": x, "out": out}
    g = viz.graph(out, names=namespace)
    (leaf,) = by_kind(g, "leaf")
    assert leaf["name"] == "x"
    assert "twin" not in g.dot and "_hidden" not in g.dot


def test_several_names_for_one_tensor_are_all_shown(lib):
    x, y, z, out = tutorial_graph(lib)
    alias = x
    (leaf,) = by_kind(viz.graph(out, names={"x": x, "alias": alias}), "leaf")
    assert leaf["name"] == "x, alias"


def test_a_tensor_used_twice_gives_two_edges(lib):
    x, y, z, out = tutorial_graph(lib)
    g = viz.graph(out)
    add = next(n["id"] for n in g.nodes if n.get("op") == "AddBackward0")
    square = [e for e in g.edges if e["source"] == add]
    assert len(square) == 2 and square[0]["target"] == square[1]["target"]
    assert sorted(e["index"] for e in square) == [0, 1]


def test_edges_point_forward_from_leaves_to_outputs(lib):
    x, y, z, out = tutorial_graph(lib)
    g = viz.graph(out)
    kinds = {n["id"]: n["kind"] for n in g.nodes}
    assert all(kinds[e["target"]] != "leaf" for e in g.edges)
    assert all(kinds[e["source"]] != "output" for e in g.edges)
    assert any(kinds[e["target"]] == "output" for e in g.edges)


def test_several_outputs_share_their_common_subgraph(lib):
    x, y, z, out = tutorial_graph(lib)
    g = viz.graph(out, z, names=locals())
    assert [n["name"] for n in by_kind(g, "output")] == ["out", "z"]
    assert len(by_kind(g, "leaf")) == 1
    assert sum(n.get("op") == "AddBackward0" for n in g.nodes) == 1


def test_a_leaf_or_untracked_tensor_alone(lib):
    x = lib.ones(3, requires_grad=True)
    (leaf,) = viz.graph(x, names=locals()).nodes
    assert leaf["kind"] == "leaf" and leaf["name"] == "x"
    c = lib.ones(2)
    (node,) = viz.graph(c, names=locals()).nodes
    assert node["kind"] == "output" and "requires_grad=False" in node["label"]


def test_same_program_twice_gives_identical_dot(lib):
    first = viz.graph(tutorial_graph(lib)[-1], show_saved=True).dot
    second = viz.graph(tutorial_graph(lib)[-1], show_saved=True).dot
    assert first == second


def test_dot_ids_are_small_numbers_not_addresses(lib):
    x, y, z, out = tutorial_graph(lib)
    g = viz.graph(out, show_saved=True)
    for n in g.nodes:
        assert re.fullmatch(r"(n\d+(_\w+)?|out\d+|t\d+|r\d+)", n["id"]), n["id"]
    assert not re.search(r"\d{7,}", g.dot)  # no id() in the text


def test_views_keep_no_reference_to_the_tensors(lib):
    x, y, z, out = tutorial_graph(lib)
    refs = [weakref.ref(t) for t in (x, y, z, out)]
    names = {"x": x, "y": y, "z": z, "out": out}  # not locals(): the frame caches that dict
    views = [viz.graph(out, names=names, show_saved=True), viz.chain(out, names=names), viz.grads(names)]
    del x, y, z, out, names
    gc.collect()
    assert all(r() is None for r in refs)
    assert len(views) == 3


def test_building_views_warns_about_nothing(lib):
    x, y, z, out = tutorial_graph(lib)
    out.backward()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # e.g. reading .grad of a non-leaf would warn
        viz.graph(out, names=locals(), show_saved=True, show_attrs=True).dot
        viz.grads(locals()).text
        str(viz.chain(out, names=locals()))


def test_non_tensors_are_refused_clearly():
    with pytest.raises(TypeError, match="draws tensors, got int"):
        viz.graph(3)


def test_nothing_to_draw_is_still_a_picture():
    g = viz.graph()
    assert g.nodes == [] and g.edges == [] and g.dot.startswith("digraph")
