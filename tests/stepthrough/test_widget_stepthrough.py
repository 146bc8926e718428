"""StepThrough: frames in order, numbers equal to PyTorch's, .grad untouched, one layout."""
import numpy as np
import pytest
import torch

import autograd_tutor as at
from autograd_tutor import tracing
from autograd_tutor.viz import render
from autograd_tutor.widgets import StepThrough

TOL = dict(rtol=1e-5, atol=1e-6)


def program(lib):
    x = lib.tensor([1.0, 2.0, 3.0], requires_grad=True)
    w = lib.tensor([[0.5], [-1.0]], requires_grad=True)
    y = x * w + x
    loss = (y.tanh() * 2).sum()
    return x, w, y, loss


def recorded():
    with tracing.record() as rec:
        x, w, y, loss = program(at)
        loss.backward()
    return rec, dict(x=x, w=w, y=y, loss=loss)


@pytest.fixture
def dot_calls(monkeypatch):
    """Counts the runs of graphviz's dot (the layout), with the render cache emptied first."""
    render.clear_cache()
    calls = []
    real = render.render

    def counting(dot_text, fmt="svg", *args, **kwargs):
        calls.append(fmt)
        return real(dot_text, fmt, *args, **kwargs)

    monkeypatch.setattr(render, "render", counting)
    return calls


def test_frames_are_forward_ops_in_order_then_backward_nodes(dot_calls):
    rec, names = recorded()
    widget = StepThrough(rec, names=names)
    ops = ["MulBackward0", "AddBackward0", "TanhBackward0", "MulBackward0", "SumBackward0"]
    phases = [f.phase for f in widget.frames]
    assert phases == ["forward"] * 5 + ["backward"] * 7
    assert [f.op for f in widget.frames[:5]] == ops
    assert [f.op for f in widget.frames[5:10]] == ops[::-1]
    assert {f.op for f in widget.frames[10:]} == {"AccumulateGrad"}
    assert [f.label for f in widget.frames[:2]] == ["forward 1/5", "forward 2/5"]
    assert widget.frames[-1].label == "backward 7/7"
    assert [f.index for f in widget.frames] == list(range(12))
    # every frame says what it shows, in words, with the rule for backward nodes
    assert "grad_self = grad * other" in widget.frames[6].text
    assert widget.frames[9].rule.startswith("grad_self = grad * other")
    assert "x.grad: None -> " in widget.frames[-1].text or "w.grad: None -> " in widget.frames[-1].text
    assert "tanh" in widget.frames[7].rule.lower()
    # and the label shown in the widget is the frame's
    widget.step = 7
    assert widget._label.value.startswith("backward 3/7")
    assert len(dot_calls) == 1


def test_shown_gradients_equal_pytorch(dot_calls):
    rec, names = recorded()
    widget = StepThrough(rec, names=names)
    tx, tw, ty, tloss = program(torch)
    ty.retain_grad()
    tloss.backward()
    leaf_frames = {f.leaf_name: f for f in widget.frames if f.op == "AccumulateGrad"}
    np.testing.assert_allclose(leaf_frames["x"].grad_after.array, tx.grad.numpy(), **TOL)
    np.testing.assert_allclose(leaf_frames["w"].grad_after.array, tw.grad.numpy(), **TOL)
    add = next(f for f in widget.frames if f.phase == "backward" and f.op == "AddBackward0")
    np.testing.assert_allclose(add.grad.array, ty.grad.numpy(), **TOL)  # dloss/dy arriving at y's node
    # what the last MulBackward0 sends to w is already summed over the broadcast dim, as w gets it
    mul = [f for f in widget.frames if f.phase == "backward" and f.op == "MulBackward0"][-1]
    assert mul.outgoing[1][1].shape == (2, 1) and "summed from shape (2, 3)" in mul.outgoing[1][2]


@pytest.mark.parametrize("lib", [at, torch], ids=["autograd_tutor", "torch"])
def test_a_tensor_without_recording_is_replayed_without_touching_any_grad(lib, dot_calls):
    x, w, y, loss = program(lib)
    y.retain_grad()
    (x * 10).sum().backward()  # an existing .grad, on another graph: must stay exactly as it is
    before = x.grad
    before_values = x.grad.clone()
    widget = StepThrough(loss, names=dict(x=x, w=w, y=y, loss=loss))
    for _ in widget.frames:
        widget.next()
    assert x.grad is before and torch_equal(x.grad, before_values)
    assert w.grad is None and y.grad is None
    # the replay shows what backward() would do; backward() then does exactly that
    frames = {f.leaf_name: f for f in widget.frames if f.op == "AccumulateGrad"}
    np.testing.assert_allclose(frames["x"].grad_before.array, before_values.numpy(), **TOL)
    loss.backward()
    np.testing.assert_allclose(frames["x"].grad_after.array, x.grad.numpy(), **TOL)
    np.testing.assert_allclose(frames["w"].grad_after.array, w.grad.numpy(), **TOL)
    assert [f.phase for f in widget.frames].count("forward") == 5
    assert len(dot_calls) == 1


def torch_equal(a, b):
    return np.array_equal(np.asarray(a.detach().numpy()), np.asarray(b.detach().numpy()))


def test_replayed_and_recorded_frames_agree():
    rec, names = recorded()
    x, w, y, loss = program(at)
    live = StepThrough(loss, names=dict(x=x, w=w, y=y, loss=loss))
    taped = StepThrough(rec, names=names)
    assert [(f.phase, f.op) for f in live.frames] == [(f.phase, f.op) for f in taped.frames]
    for a, b in zip(live.frames, taped.frames):
        if a.phase == "backward":
            np.testing.assert_allclose(a.grad.array, b.grad.array, **TOL)


def test_a_freed_graph_still_steps_through_forward_and_says_why_backward_is_missing():
    x, w, y, loss = program(at)
    loss.backward()  # frees the saved tensors
    widget = StepThrough(loss)
    assert [f.phase for f in widget.frames] == ["forward"] * 5
    assert any("retain_graph=True" in n and "%%stepthrough" in n for n in widget._replay.notes)


def test_next_and_prev_stay_within_bounds():
    rec, names = recorded()
    widget = StepThrough(rec, names=names)
    last = len(widget.frames) - 1
    assert widget.step == 0 and widget.prev() == 0 and widget._prev.disabled
    assert widget.next() == 1
    for _ in range(last + 5):
        widget.next()
    assert widget.step == last and widget._next.disabled and not widget._prev.disabled
    widget.step = -3
    assert widget.step == 0
    widget.step = 10_000
    assert widget.step == last
    assert widget.frame is widget.frames[last]


def test_steps_restyle_the_one_layout_by_node_id(dot_calls):
    rec, names = recorded()
    widget = StepThrough(rec, names=names)
    svg = widget._graph.value
    styles = []
    for i in range(len(widget.frames)):
        widget.step = i
        frame = widget.frame
        shown = widget._panel.children[widget._panel.selected_index].value  # the linked frame's style
        styles.append(shown)
        assert f"#{widget._prefix}{frame.node} > ellipse" in shown and widget.css in shown  # the current node
        assert widget._graph.value == svg  # the picture itself never changes
    assert len(dot_calls) == 1
    assert len(set(styles)) == len(styles)
    # nodes not created yet are hidden in forward frames, all present in backward
    first, last_forward = widget.frames[0], widget.frames[4]
    hidden = widget._replay.css(widget._prefix, 0).split("{ opacity: 0.28;")[0]
    assert f"#{widget._prefix}{widget.frames[4].node}," in hidden and first.node not in hidden.split(",")[0]
    assert "opacity" not in widget._replay.css(widget._prefix, 5).replace("transition: opacity", "")
    assert last_forward.phase == "forward"
    for node_id in {f.node for f in widget.frames}:
        assert f'id="{widget._prefix}{node_id}"' in svg


def test_display_bundle_has_the_widget_and_a_static_svg_fallback():
    rec, names = recorded()
    widget = StepThrough(rec, names=names)
    bundle = widget._repr_mimebundle_()
    assert bundle["application/vnd.jupyter.widget-view+json"]["model_id"] == widget.model_id
    assert "<svg" in bundle["text/html"] and "<script" not in bundle["text/html"]
    assert "backward 7/7" in bundle["text/html"] and "backward 7/7" in bundle["text/plain"]
    assert f'id="{widget._prefix}' not in bundle["text/html"]  # live styles never touch the copy


def test_an_empty_recording_shows_a_note_not_an_error():
    with tracing.record() as rec:
        at.tensor([1.0]) * 2  # nothing requires grad
    widget = StepThrough(rec)
    assert widget.frames == [] and widget.frame is None
    assert widget.next() == 0 and widget.prev() == 0
    assert "Nothing to step through" in widget._repr_mimebundle_()["text/html"]


def test_a_leaf_or_a_constant_is_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="leaf tensor"):
        StepThrough(at.tensor([1.0], requires_grad=True))
    with pytest.raises(ValueError, match="does not require grad"):
        StepThrough(at.tensor([1.0]))
    with pytest.raises(TypeError, match="tensor or a Recording"):
        StepThrough([1, 2])


@pytest.mark.parametrize("lib", [at, torch], ids=["autograd_tutor", "torch"])
def test_nodes_with_several_outputs_show_one_gradient_per_output(lib):
    def split_program(lib):
        x = lib.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
        a, b = x.split(2)
        return x, (a * 3).sum() + (b * b).sum()

    x, loss = split_program(lib)
    widget = StepThrough(loss, names=dict(x=x, loss=loss))
    split = next(f for f in widget.frames if f.phase == "backward" and f.op == "SplitBackward0")
    assert [g.array.tolist() for g in split.grad] == [[3.0, 3.0], [6.0, 8.0]]
    assert any("to input 0, output 1 of SplitBackward0: [3., 4.]" in f.text for f in widget.frames)
    tx, tloss = split_program(torch)
    tloss.backward()
    np.testing.assert_allclose(widget.frames[-1].grad_after.array, tx.grad.numpy(), **TOL)
    assert x.grad is None


@pytest.mark.parametrize("lib", [at, torch], ids=["autograd_tutor", "torch"])
def test_the_widget_keeps_no_tensor_alive(lib):
    import gc
    import weakref

    x, w, y, loss = program(lib)
    widget = StepThrough(loss, names=dict(x=x, w=w, y=y, loss=loss))
    refs = [weakref.ref(t) for t in (x, w, y, loss)]
    del x, w, y, loss
    gc.collect()
    assert [r() for r in refs] == [None] * 4
    widget.step = len(widget.frames) - 1  # still steps: it kept copies of the numbers
    assert widget.frame.grad_after is not None


def test_without_graphviz_the_steps_still_work_and_say_how_to_get_the_picture(monkeypatch):
    render.clear_cache()
    monkeypatch.setattr(render, "find_dot", lambda: None)
    rec, names = recorded()
    widget = StepThrough(rec, names=names)
    assert "install it" in widget._graph.value and "<svg" not in widget._graph.value
    widget.next()
    assert widget.frame.label == "forward 2/5"
    assert "install it" in widget._repr_mimebundle_()["text/html"]


def test_each_backward_call_is_counted_on_its_own_and_accumulation_shows():
    with tracing.record() as rec:
        x, w, y, loss = program(at)
        loss.backward(retain_graph=True)
        loss.backward()
    widget = StepThrough(rec, names=dict(x=x, w=w, y=y, loss=loss))
    labels = [f.label for f in widget.frames if f.phase == "backward"]
    assert labels == [f"backward {i}/7" for i in range(1, 8)] * 2
    first, second = [[f for f in widget.frames if f.op == "AccumulateGrad" and f.leaf_name == "x"
                      and f.pass_index == p][0] for p in (0, 1)]
    assert first.grad_before is None
    np.testing.assert_allclose(second.grad_before.array, first.grad_after.array)
    np.testing.assert_allclose(second.grad_after.array, x.grad.numpy())


# ----------------------------------------------------------------------------- custom Functions
from custom_function_program import function_program  # noqa: E402 - the same Function in both libraries


def torch_function_gradients():
    """What PyTorch's own custom node receives and sends in backward."""
    tx, tw, ty, tloss = function_program(torch)
    seen = {}
    node = ty.grad_fn
    node.register_prehook(lambda grad_out: seen.__setitem__("in", grad_out[0].detach().clone()))
    node.register_hook(lambda grad_in, grad_out: seen.__setitem__("out", [g.detach().clone() for g in grad_in]))
    tloss.backward()
    return type(node).__name__, ty.detach().numpy(), seen


def check_custom_frames(widget, forward_output=True):
    name, output, seen = torch_function_gradients()
    (forward,) = [f for f in widget.frames if f.phase == "forward" and f.op == name]
    assert forward.title == f"{name} (grad_fn of y)"
    if forward_output:
        np.testing.assert_allclose(forward.output.array, output, **TOL)
    assert "saved for backward: ctx.saved_tensors[0], ctx.saved_tensors[1]" in forward.text
    (backward,) = [f for f in widget.frames if f.phase == "backward" and f.op == name]
    np.testing.assert_allclose(backward.grad.array, seen["in"].numpy(), **TOL)
    assert [words for words, _, _ in backward.outgoing] == [
        "input 0, the output of TanhBackward0", "input 1, w (leaf)"]
    for (_, value, _), expected in zip(backward.outgoing, seen["out"]):
        np.testing.assert_allclose(value.array, expected.numpy(), **TOL)
    assert "ScaledProduct.backward(ctx, grad)" in backward.text
    assert backward.index > forward.index


def test_a_recorded_custom_function_steps_like_any_op_with_pytorchs_gradients():
    with tracing.record() as rec:
        x, w, y, loss = function_program(at)
        loss.backward()
    widget = StepThrough(rec, names=dict(x=x, w=w, y=y, loss=loss))
    assert [f.op for f in widget.frames if f.phase == "forward"][1] == "ScaledProductBackward"
    check_custom_frames(widget)


@pytest.mark.parametrize("lib", [at, torch], ids=["autograd_tutor", "torch"])
def test_a_custom_function_in_a_graph_is_replayed_with_pytorchs_gradients(lib):
    x, w, y, loss = function_program(lib)
    widget = StepThrough(loss, names=dict(x=x, w=w, y=y, loss=loss))
    check_custom_frames(widget)
    assert x.grad is None and w.grad is None


# ----------------------------------------------------------------------------- saved tensors
def torch_saved(expr, backward=False):
    """{field: "tensor" | "freed"} for the fields PyTorch's node really saved."""
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    c = torch.tensor([3.0, 4.0])
    out = eval(expr, {"x": x, "c": c})
    node = out.grad_fn
    if backward:
        out.sum().backward()
    found = {}
    for field in (a[len("_saved_"):] for a in dir(node) if a.startswith("_saved_")):
        try:
            value = getattr(node, "_saved_" + field)
        except RuntimeError:
            found[field] = "freed"
            continue
        if isinstance(value, torch.Tensor):
            found[field] = "tensor"
    return found


@pytest.mark.parametrize("backward", [False, True], ids=["alive", "after backward"])
@pytest.mark.parametrize("expr", ["x * 2.0", "c * x", "x * x", "x / 2.0", "c / x", "x ** 2", "x.exp()", "x + c"])
def test_forward_frames_say_only_what_was_really_saved_and_when_it_was_freed(expr, backward):
    with tracing.record() as rec:
        x = at.tensor([1.0, 2.0], requires_grad=True)
        c = at.tensor([3.0, 4.0])
        out = eval(expr, {"x": x, "c": c})
        if backward:
            out.sum().backward()
    expected = torch_saved(expr, backward)
    frame = StepThrough(rec, names=dict(x=x, c=c, out=out)).frames[0]
    assert set(frame.saved) == set(expected)
    line = next((ln for ln in frame.text.splitlines() if "saved for backward" in ln), "")
    for field in ("self", "other", "result"):
        assert (f" {field} (" in line) == (field in expected), (field, line)
    assert ("freed since" in line) == ("freed" in expected.values())
    assert bool(line) == bool(expected)


def test_a_graph_replayed_after_backward_shows_the_saved_fields_as_freed():
    x = at.tensor([1.0, 2.0], requires_grad=True)
    y = x * 2.0
    y.sum().backward()
    frame = StepThrough(y, names=dict(x=x, y=y)).frames[0]
    assert frame.saved == ("other",)
    assert "saved for backward: other (input 1); freed since" in frame.text


# ----------------------------------------------------------------------------- frame wording
def test_a_gradient_that_adds_up_several_arrivals_lists_them():
    def used_twice(lib):
        x = lib.tensor([1.0, 2.0], requires_grad=True)
        y = x + 2
        z = y * y * 3
        out = z.mean()
        return x, y, z, out

    with tracing.record() as rec:
        x, y, z, out = used_twice(at)
        out.backward()
    widget = StepThrough(rec, names=dict(x=x, y=y, z=z, out=out))
    tx, ty, tz, tout = used_twice(torch)
    ty.retain_grad()
    tout.backward()
    (add,) = [f for f in widget.frames if f.phase == "backward" and f.op == "AddBackward0"]
    np.testing.assert_allclose(add.grad.array, ty.grad.numpy(), **TOL)
    assert len(add.arrivals) == 2  # y is used twice: one gradient per use, added up
    np.testing.assert_allclose(sum(v.array for _, v in add.arrivals), ty.grad.numpy(), **TOL)
    assert [w for w, _ in add.arrivals] == ["MulBackward0 via its input 0", "MulBackward0 via its input 1"]
    assert "(the sum of 2 gradients that arrived: [" in add.text
    assert not any(f.arrivals for f in widget.frames if f is not add)


def test_rules_carry_the_nodes_own_numbers_and_constant_inputs_say_what_they_are():
    def program(lib):
        x = lib.tensor([1.0, 2.0], requires_grad=True)
        return x, ((x + 2) ** 3).mean()

    with tracing.record() as rec:
        x, out = program(at)
        out.backward()
    _, tout = program(torch)
    add = tout.grad_fn.next_functions[0][0].next_functions[0][0]
    power = tout.grad_fn.next_functions[0][0]
    frames = {f.op: f for f in StepThrough(rec, names=dict(x=x, out=out)).frames if f.phase == "backward"}
    assert add._saved_alpha == 1 and frames["AddBackward0"].rule == "grad_self = grad,  grad_other = grad"
    assert frames["PowBackward0"].rule.endswith(f"(exponent = {power._saved_exponent})")
    assert frames["MeanBackward0"].rule.endswith(f"(numel = {tout.grad_fn._saved_self_sym_numel})")
    assert "  input 1 (a number): needs no gradient" in frames["AddBackward0"].text


def test_a_replayed_pytorch_graph_names_its_nodes_and_shows_named_values():
    x, w, y, loss = program(torch)
    widget = StepThrough(loss, names=dict(x=x, w=w, y=y, loss=loss))
    titles = [f.title for f in widget.frames]
    assert "AddBackward0 (grad_fn of y)" in titles and "SumBackward0 (grad_fn of loss)" in titles
    (add,) = [f for f in widget.frames if f.phase == "forward" and f.op == "AddBackward0"]
    np.testing.assert_allclose(add.output.array, y.detach().numpy(), **TOL)  # y is named: its value is known
    assert any("not kept by the graph" in n for n in widget._replay.notes)


def test_the_first_backward_step_says_where_its_gradient_comes_from():
    with tracing.record() as rec:
        x = at.tensor([1.0, 2.0, 3.0], requires_grad=True)
        loss = (x * x).sum()
        loss.backward()
        y = x * 2
        y.backward(at.tensor([0.1, 1.0, 10.0]))
    frames = [f for f in StepThrough(rec, names=dict(x=x, loss=loss, y=y)).frames if f.phase == "backward"]
    starts = [f for f in frames if f.grad_note and not f.arrivals]
    assert [(f.op, f.pass_index) for f in starts] == [("SumBackward0", 0), ("MulBackward0", 1)]
    assert starts[0].grad_note == "where backward starts: d loss / d loss = 1"
    assert starts[1].grad_note == "the gradient given to backward(), where it starts"
    assert "    (the gradient given to backward(), where it starts)" in starts[1].text


def test_a_long_replay_is_restyled_by_the_kernel_instead_of_linked_in_the_browser(monkeypatch):
    from autograd_tutor.widgets import stepthrough as module

    monkeypatch.setattr(module, "LINKED_FRAMES", 3)  # fewer than this recording's frames
    rec, names = recorded()
    widget = StepThrough(rec, names=names)
    assert not widget._linked and len(widget.frames) > 3
    widget.step = 2
    assert widget.css in widget._style.value and widget.frames[2].html in widget._panel.value
    monkeypatch.setattr(module, "LINKED_FRAMES", 150)
    linked = StepThrough(rec, names=names)
    assert linked._linked and len(linked._panel.children) == len(linked.frames)
    assert linked._style.value == ""  # every frame's style lives in its own Stack child


def test_grad_in_names_the_node_that_sent_it():
    with tracing.record() as rec:
        x = at.tensor(5.0, requires_grad=True)
        y = (x * 2).exp().sum()
        y.backward()
    widget = StepThrough(rec, names={"x": x, "y": y})
    backward = [f for f in widget.frames if f.phase == "backward"]
    assert [f.grad_from for f in backward[1:3]] == ["from SumBackward0 (grad_fn of y)", "from ExpBackward0"]
    assert "from SumBackward0 (grad_fn of y)" in backward[1].html
    assert backward[0].grad_from == ""  # where backward starts: nobody sent it
