"""viz.paths: the chain rule as a sum over paths, on our tensors and on real PyTorch's.

The oracle is autograd itself: the paths' contributions must add up to the ``.grad`` a fresh
``backward()`` gives, in PyTorch and in autograd_tutor, and both must list the same paths.
"""
import gc
import time
import weakref

import numpy as np
import pytest
from browser import needs
from viz_support import seed_004_program

import autograd_tutor as at
from autograd_tutor import viz
from autograd_tutor.viz.path_picture import PATH_COLOR

torch = needs.module("torch")  # a skip here, a failure under make test


def seed_example(lib):
    names = seed_004_program(lib)
    return names["x"], names["z"], names["y"], names


def float32_sum(paths):
    return np.add.reduce([np.float32(float(p.contribution)) for p in paths], dtype=np.float32)


@pytest.mark.parametrize("lib", [at, torch], ids=["autograd_tutor", "torch"])
def test_seed_paths_add_up_to_the_gradient(lib):
    x, z, y, names = seed_example(lib)
    px, pz = viz.paths(y, x, names=names), viz.paths(y, z, names=names)
    assert (px.count, len(px.paths), pz.count, len(pz.paths)) == (10, 10, 8, 8)
    y.backward()
    for p, leaf in ((px, x), (pz, z)):
        grad = float(leaf.grad)
        assert float32_sum(p.paths) == pytest.approx(grad, rel=1e-6)
        assert float(p.total) == pytest.approx(grad, rel=1e-6)
        for path in p.paths:
            assert tuple(path.contribution.shape) == tuple(leaf.shape)
            assert float(path.contribution) == pytest.approx(float(np.prod(path.locals)), rel=1e-6)
    assert float(x.grad) == pytest.approx(1020.5499, abs=1e-4)
    assert float(z.grad) == pytest.approx(136.0426, abs=1e-4)


def test_same_paths_and_numbers_as_on_pytorch():
    ax, az, ay, an = seed_example(at)
    tx, tz, ty, tn = seed_example(torch)
    for a_leaf, t_leaf in ((ax, tx), (az, tz)):
        ours, theirs = viz.paths(ay, a_leaf, names=an), viz.paths(ty, t_leaf, names=tn)
        assert [p.text for p in ours.paths] == [p.text for p in theirs.paths]
        for a, t in zip(ours.paths, theirs.paths):
            assert a.locals == pytest.approx(t.locals, rel=1e-6)
            assert float(a.contribution) == pytest.approx(float(t.contribution), rel=1e-6)
        assert ours.text == theirs.text


def test_product_rule_gives_two_paths_named_by_input():
    x, _, y, names = seed_example(at)
    texts = [p.text for p in viz.paths(y, x, names=names).paths]
    assert texts[0] == "y ← AddBackward0 ← r1 ← AddBackward0 ← MulBackward0 ←(input 0) x"
    assert texts[1] == "y ← AddBackward0 ← r1 ← AddBackward0 ← MulBackward0 ←(input 1) x"
    assert texts[9] == "y ← r3 ← LogBackward0 ← r2 ← SqrtBackward0 ← x"


@pytest.mark.parametrize("lib", [at, torch], ids=["autograd_tutor", "torch"])
def test_tensor_paths_carry_vector_jacobian_products(lib):
    w = lib.tensor([1.0, -2.0, 3.0], requires_grad=True)
    h = w * w
    out = (h + lib.exp(w)).sum() * 2
    p = viz.paths(out, w, names=locals())
    assert p.count == 3
    assert all(v is None for path in p.paths for v in path.locals[1:])  # tensors: VJPs, not numbers
    out.backward()
    summed = np.sum([path.contribution.detach().numpy() for path in p.paths], axis=0)
    np.testing.assert_allclose(summed, w.grad.detach().numpy(), rtol=1e-6)
    assert len(p.paths[0].vjps) == len(p.paths[0].nodes) - 1


# ----- explain -----

def seed_view():
    x, _, y, names = seed_example(at)
    return viz.paths(y, x, names=names)


def test_explain_is_silent_when_right_even_rounded_by_hand():
    p = seed_view()
    assert p.explain(p.total) is None
    assert p.explain(1020.55) is None


def test_explain_names_a_missing_path():
    p = seed_view()
    smallest = p.paths[9]
    text = p.explain(float(p.total) - float(smallest.contribution))
    assert text == f"Your value leaves out the path {smallest.text}."
    assert "0.0" not in text and "1020" not in text  # names the path, never a number


def test_explain_names_two_missing_paths():
    p = seed_view()
    value = float(p.total) - float(p.paths[4].contribution) - float(p.paths[9].contribution)
    text = p.explain(value)
    assert text.startswith("Your value leaves out 2 paths")
    assert p.paths[4].text in text and p.paths[9].text in text


def test_explain_names_a_path_counted_twice():
    p = seed_view()
    text = p.explain(float(p.total) + float(p.paths[4].contribution))
    assert text == f"Your value counts the path {p.paths[4].text} twice."


def test_explain_wrong_sign():
    p = seed_view()
    assert "wrong sign" in p.explain(-float(p.total))


def test_explain_multiple_from_accumulation():
    p = seed_view()
    text = p.explain(3 * float(p.total))
    assert text.startswith("Your value is 3 times ∂y/∂x") and "accumulate" in text


def test_explain_other_values_get_the_general_advice():
    assert "does not match the sum over the 10 paths" in seed_view().explain(7.0)


def test_grad_accumulated_twice_is_explained_in_the_view():
    x, _, y, names = seed_example(at)
    y.backward(retain_graph=True)
    y.backward(retain_graph=True)
    text = viz.paths(y, x, names=names).text
    assert "x.grad differs from the sum. It is 2 times ∂y/∂x" in text


# ----- large graphs, freed graphs, errors -----

def residual_net(lib, layers=100):
    x = lib.tensor([0.5, -0.25], requires_grad=True)
    h = x
    for _ in range(layers):
        h = h + lib.tanh(h) * 0.1
    return x, h.sum()


@pytest.mark.parametrize("lib", [at, torch], ids=["autograd_tutor", "torch"])
def test_residual_net_counts_two_to_the_hundred_paths_quickly(lib):
    x, out = residual_net(lib)
    start = time.perf_counter()
    p = viz.paths(out, x, limit=5)
    p._repr_mimebundle_()
    elapsed = time.perf_counter() - start
    assert p.count == 2 ** 100
    assert len(p.paths) == 5 and p.hidden_count == 2 ** 100 - 5
    assert sum(g.count for g in p.hidden) == p.hidden_count
    assert "(the first 5 listed)" in p.text
    out.backward()
    np.testing.assert_allclose(p.total.detach().numpy(), x.grad.detach().numpy(), rtol=1e-5)
    assert elapsed < 1.0


def test_hidden_groups_share_a_prefix():
    x, z, y, names = seed_example(at)
    p = viz.paths(y, z, names=names, limit=3)
    assert [(g.count, g.text) for g in p.hidden] == [
        (1, "y ← AddBackward0 ← r2 ← r1 ← LogBackward0 ← …"), (4, "y ← r3 ← …")]
    html = p._repr_html_()
    assert "4 more paths via y ← r3 ← …" in html.replace("&lt;", "<")


def test_freed_graph_still_lists_paths_and_says_why_numbers_are_missing():
    x, _, y, names = seed_example(at)
    y.backward()
    p = viz.paths(y, x, names=names)
    assert p.count == 10 and all(path.contribution is None for path in p.paths)
    assert "backward(retain_graph=True)" in p.text
    with pytest.raises(RuntimeError, match="retain_graph=True"):
        p.explain(1.0)


def test_leaf_that_the_output_does_not_use():
    x = at.tensor(1.0, requires_grad=True)
    w = at.tensor(2.0, requires_grad=True)
    y = x * 3
    p = viz.paths(y, w, names=locals())
    assert p.count == 0 and "does not depend on w" in p.text


def test_arguments_must_be_an_output_and_a_leaf():
    x = at.tensor(1.0, requires_grad=True)
    y = x * 3
    with pytest.raises(ValueError, match="the output has no grad_fn"):
        viz.paths(x, x)
    with pytest.raises(ValueError, match="must be a leaf tensor that requires grad"):
        viz.paths(y, y)
    with pytest.raises(TypeError, match="paths\\(\\) needs tensors"):
        viz.paths(y, 3.0)


def test_view_keeps_no_reference_to_the_tensors():
    x, z, y, names = seed_example(at)
    p = viz.paths(y, x, names=names)
    p._repr_mimebundle_()
    refs = [weakref.ref(t) for t in (x, z, y)]
    del x, z, y, names
    gc.collect()
    assert all(r() is None for r in refs)
    assert p.count == 10


def test_each_row_draws_the_graph_with_its_path_highlighted():
    pytest.importorskip("shutil").which("dot") or pytest.skip("graphviz's dot is missing")
    p = seed_view()
    html = p._repr_html_()
    svgs = html.split("<svg")[1:]
    assert len(svgs) == 10
    thick = f'stroke="{PATH_COLOR}" stroke-width="3"'
    for svg, path in zip(svgs, p.paths):
        # each edge of the path: its line and its arrowhead, and nothing else
        assert svg.count(thick) == 2 * (len(path.nodes) - 1)
    assert len(svgs[0]) < 8000  # ten copies must not flood a notebook
