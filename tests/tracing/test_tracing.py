"""tracing.record(): hooks on only while recording, events in order, numbers equal to PyTorch's."""
import gc

import numpy as np
import pytest
import torch
from custom_function_program import function_program

import autograd_tutor as at
from autograd_tutor import tracing
from autograd_tutor.autograd import engine
from autograd_tutor.ops import _record


def program(lib):
    """The same small program in both libraries: broadcasting, a shared leaf, a scalar."""
    x = lib.tensor([1.0, 2.0, 3.0], requires_grad=True)
    w = lib.tensor([[0.5], [-1.0]], requires_grad=True)
    y = x * w + x  # (2, 3): w broadcast, x used twice
    loss = (y.tanh() * 2).sum()
    return x, w, loss


def hooks():
    return _record.tracer, engine.tracer


def test_hooks_are_off_outside_a_recording_and_restored_after_nesting_and_errors():
    assert hooks() == (None, None)
    with tracing.record() as outer:
        assert None not in hooks()
        with pytest.raises(ZeroDivisionError):
            with tracing.record():
                1 / 0
        assert None not in hooks() and tracing.is_recording()
        x = at.tensor([1.0], requires_grad=True)
        (x * 2).sum()
    assert hooks() == (None, None)
    assert [e.op for e in outer.forward] == ["MulBackward0", "SumBackward0"]


def test_nested_recordings_each_see_what_ran_inside_them():
    x = at.tensor([1.0, 2.0], requires_grad=True)
    with tracing.record() as outer:
        y = x * 2
        with tracing.record() as inner:
            z = y.sum()
            z.backward()
    assert [e.op for e in outer.forward] == ["MulBackward0", "SumBackward0"]
    assert [e.op for e in inner.forward] == ["SumBackward0"]
    assert [e.op for e in inner.backward] == [e.op for e in outer.backward]
    assert [e.order for e in inner.events] == list(range(len(inner.events)))


def test_events_come_in_program_order_with_one_pass_per_backward_call():
    with tracing.record() as rec:
        x, w, loss = program(at)
        loss.backward(retain_graph=True)
        loss.backward()
    ops = [e.op for e in rec.forward]
    assert ops == ["MulBackward0", "AddBackward0", "TanhBackward0", "MulBackward0", "SumBackward0"]
    assert [e.seq for e in rec.forward] == sorted(e.seq for e in rec.forward)
    assert len(rec.passes) == 2
    per_pass = [[e for e in rec.backward if e.pass_index == p] for p in (0, 1)]
    assert len(per_pass[0]) == len(per_pass[1]) == len(ops) + 2  # + AccumulateGrad of x and w
    assert [e.seq for e in per_pass[0]] == sorted((e.seq for e in per_pass[0]), reverse=True)
    assert rec.passes[1].order == per_pass[1][0].order
    # inputs name where values came from: leaves by their AccumulateGrad, ops by their node
    mul = rec.forward[0]
    assert [i.kind for i in mul.inputs] == ["leaf", "leaf"]
    assert set(rec.leaves) == {i.source for i in mul.inputs}
    assert rec.forward[1].inputs[0].kind == "op" and rec.forward[1].inputs[0].source == mul.seq
    assert rec.forward[3].inputs[1].kind == "number"


def test_recorded_numbers_equal_pytorch_for_the_same_program():
    with tracing.record() as rec:
        x, w, loss = program(at)
        loss.backward()
        loss2 = (x * x).sum()  # a second call accumulates into x.grad
        loss2.backward()
    tx, tw, tloss = program(torch)
    incoming = {}
    nodes = _torch_nodes(tloss)
    handles = [fn.register_prehook(lambda g, fn=fn: incoming.__setitem__(fn, g[0].detach().clone()))
               for fn in nodes]
    tloss.backward()
    for h in handles:
        h.remove()
    first = [e for e in rec.backward if e.pass_index == 0 and e.op != "AccumulateGrad"]
    assert [e.op for e in first] == [type(fn).__name__ for fn in nodes]
    for event, fn in zip(first, nodes):
        np.testing.assert_allclose(event.grad.array, incoming[fn].numpy(), rtol=1e-5, atol=1e-6)
    acc = {e.seq: e for e in rec.backward if e.op == "AccumulateGrad" and e.pass_index == 0}
    x_seq, w_seq = (i.source for i in rec.forward[0].inputs)
    np.testing.assert_allclose(acc[x_seq].grad_after.array, tx.grad.numpy(), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(acc[w_seq].grad_after.array, tw.grad.numpy(), rtol=1e-5, atol=1e-6)
    assert acc[x_seq].grad_before is None
    # the second call: .grad before is the first result, after is PyTorch's accumulated sum
    second = [e for e in rec.backward if e.pass_index == 1 and e.op == "AccumulateGrad"][0]
    before_torch = tx.grad.clone()
    (tx * tx).sum().backward()
    np.testing.assert_allclose(second.grad_before.array, before_torch.numpy(), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(second.grad_after.array, tx.grad.numpy(), rtol=1e-5, atol=1e-6)
    # the gradient sent to w is shown as w receives it: summed over the broadcast dim
    mul_back = [e for e in first if e.op == "MulBackward0"][-1]
    to_w = mul_back.outgoing[1]
    assert to_w.target == w_seq and to_w.raw_shape == (2, 3) and to_w.value.shape == (2, 1)


def _torch_nodes(t):
    """PyTorch's op nodes, newest first (the order both engines run them in here)."""
    seen, stack, out = set(), [t.grad_fn], []
    while stack:
        fn = stack.pop()
        if fn is None or fn in seen or type(fn).__name__ == "AccumulateGrad":
            continue
        seen.add(fn)
        out.append(fn)
        stack += [f for f, _ in fn.next_functions]
    return sorted(out, key=lambda fn: -fn._sequence_nr())


def test_a_recording_keeps_no_tensor_or_node_alive():
    with tracing.record() as rec:
        x, w, loss = program(at)
        loss.backward()
    refs = [e.node for e in rec.events] + [leaf.tensor for leaf in rec.leaves.values()]
    assert all(r() is not None for r in refs)
    del x, w, loss
    gc.collect()
    assert all(r() is None for r in refs)
    assert rec.forward[0].output.array is not None  # the numbers stay, as copies


def test_ops_made_by_a_create_graph_backward_are_marked():
    with tracing.record() as rec:
        x = at.tensor(2.0, requires_grad=True)
        y = x ** 3
        (g,) = at.autograd.grad(y, x, create_graph=True)
    made = [e for e in rec.forward if e.in_backward]
    assert made and all(e.order >= rec.passes[0].order for e in made)
    assert not any(e.in_backward for e in rec.forward if e.order < rec.passes[0].order)
    assert g.item() == 12.0  # float(g) would warn, as in PyTorch: g requires grad


def test_large_tensors_keep_shape_and_dtype_only():
    big = tracing.snapshot(np.zeros(tracing.COPY_LIMIT + 1, np.float32))
    assert big.array is None and big.shape == (tracing.COPY_LIMIT + 1,) and big.dtype == "torch.float32"
    small = tracing.snapshot(torch.ones(2, dtype=torch.float64))
    assert small.dtype == "torch.float64" and small.array.tolist() == [1.0, 1.0]


def test_a_custom_function_is_recorded_like_any_op_with_pytorchs_numbers():
    with tracing.record() as rec:
        x, w, y, loss = function_program(at)
        loss.backward()
    tx, tw, ty, tloss = function_program(torch)
    node = ty.grad_fn
    seen = {}
    node.register_prehook(lambda grad_out: seen.__setitem__("in", grad_out[0].detach().clone()))
    node.register_hook(lambda grad_in, grad_out: seen.__setitem__("out", [g.detach().clone() for g in grad_in]))
    tloss.backward()
    name = type(node).__name__  # "ScaledProductBackward"
    assert [e.op for e in rec.forward] == ["TanhBackward0", name, "MulBackward0", "SumBackward0"]
    forward = rec.forward[1]
    assert [i.kind for i in forward.inputs] == ["op", "leaf"]  # tanh(x) and w: the tensor inputs
    assert forward.inputs[0].source == rec.forward[0].seq
    np.testing.assert_allclose(forward.output.array, ty.detach().numpy(), rtol=1e-6)
    assert rec.forward[2].inputs[0].source == forward.seq  # later ops take its output
    (backward,) = [e for e in rec.backward if e.op == name]
    np.testing.assert_allclose(backward.grad.array, seen["in"].numpy(), rtol=1e-5)
    assert [o.target for o in backward.outgoing] == [forward.inputs[0].source, forward.inputs[1].source]
    for sent, expected in zip(backward.outgoing, seen["out"]):
        np.testing.assert_allclose(sent.value.array, expected.numpy(), rtol=1e-5)
    np.testing.assert_allclose(x.grad.numpy(), tx.grad.numpy(), rtol=1e-5)


def saved_in_torch(expr):
    """The fields PyTorch's node for ``expr`` really saved (``_saved_<name>`` not None)."""
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    c = torch.tensor([3.0, 4.0])
    node = eval(expr, {"x": x, "c": c, "torch": torch}).grad_fn
    fields = sorted(a[len("_saved_"):] for a in dir(node) if a.startswith("_saved_"))
    return {f for f in fields if isinstance(getattr(node, "_saved_" + f), torch.Tensor)}


@pytest.mark.parametrize("expr", ["x * 2.0", "c * x", "x * x", "x / c", "c / x", "x ** 2", "x.exp()",
                                  "x + c", "x.sin()"])
def test_a_forward_event_names_only_what_the_node_really_saved(expr):
    with tracing.record() as rec:
        x = at.tensor([1.0, 2.0], requires_grad=True)
        c = at.tensor([3.0, 4.0])
        eval(expr, {"x": x, "c": c, "torch": at})
    (event,) = rec.forward
    assert set(event.saved) == saved_in_torch(expr)
    assert len(event.saved) == len(set(event.saved))


def test_a_custom_functions_saved_tensors_are_named_as_backward_reads_them():
    with tracing.record() as rec:
        function_program(at)
    custom = rec.forward[1]
    assert custom.saved == ("saved_tensors[0]", "saved_tensors[1]")


def test_plain_attributes_are_kept_for_the_rules():
    with tracing.record() as rec:
        x = at.tensor([1.0, 2.0], requires_grad=True)
        (x ** 3 + x).sum()
    pow_event, add_event, _ = rec.forward
    tx = torch.tensor([1.0, 2.0], requires_grad=True)
    assert dict(pow_event.attrs) == {"exponent": (tx ** 3).grad_fn._saved_exponent}
    assert dict(add_event.attrs) == {"alpha": (tx + tx).grad_fn._saved_alpha}


def test_a_recording_notes_which_nodes_backward_freed_even_once_they_are_gone():
    def loop(lib, keep):
        w = lib.ones(4, requires_grad=True)
        for _ in range(2):
            out = w * 3
            keep.append(out.grad_fn)
            out.sum().backward()
        out = w * w
        keep.append(out.grad_fn)
        out.sum().backward(retain_graph=True)

    def freed(node):
        try:
            node._saved_other
        except RuntimeError:
            return True
        return False

    torch_nodes = []
    loop(torch, torch_nodes)  # PyTorch's nodes kept alive, to ask them
    with tracing.record() as rec:
        loop(at, [])  # ours are gone by the time the recording is read
    muls = [e for e in rec.forward if e.op == "MulBackward0"]
    assert all(e.node() is None for e in muls)
    assert [e.seq in rec.freed for e in muls] == [freed(n) for n in torch_nodes] == [True, True, False]
