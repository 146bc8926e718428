"""What each kind of node says, as plain data: a title, a kind line, and detail lines.

Lines are ``(style, text)`` with style in {"plain", "mono", "muted", "warn"}; the DOT, text and
HTML renderers decide how each style looks. Nodes are plain dicts (the public ``Graph.nodes``).
"""
from ..graph_reader import FREED
from . import tensors as T

ATTR_WIDTH = 40  # longer plain attributes (shape tuples of big tensors...) are cut


def make_node(node_id, kind, title, subtitle, lines, name=None, **extra):
    text = [title, subtitle] + [t for _, t in lines]
    node = {"id": node_id, "kind": kind, "label": "\n".join(t for t in text if t), "name": name,
            "title": title, "subtitle": subtitle, "lines": lines}
    node.update(extra)
    return node


def tensor_lines(t, value_limit, with_flag=False):
    """Shape and dtype on one line, then the values when there are few of them."""
    facts = (T.shape_text(t) if len(t.shape) else "scalar") + "  " + T.dtype_text(t, short=True)
    if with_flag and t.requires_grad:
        facts += "  requires_grad"
    lines = [("plain", facts)]
    value = None
    if T.numel(t) <= value_limit:
        value = T.values_text(t)
        lines.append(("mono", value))
    return lines, value


def _prefixed(prefix, text):
    """``grad = [[1., 2.],`` with continuation lines aligned under the first value."""
    pad = "\n" + " " * len(prefix)
    return prefix + text.replace("\n", pad)


def leaf_node(node_id, var, name, value_limit, subtitle, **extra):
    lines, value = tensor_lines(var, value_limit, with_flag=True)
    grad = T.grad_of_leaf(var)
    grad_text = None
    if grad is not None:
        if T.numel(grad) <= value_limit:
            grad_text = T.values_text(grad)
            lines.append(("mono", _prefixed("grad = ", grad_text)))
        else:
            grad_text = "set"
            lines.append(("plain", "grad is set"))
    return make_node(node_id, "leaf", name or "leaf", subtitle, lines, name,
                     shape=T.shape_text(var), dtype=T.dtype_text(var), requires_grad=bool(var.requires_grad),
                     value=value, grad=grad_text, **extra)


def output_node(node_id, t, name, value_limit, **extra):
    lines, value = tensor_lines(t, value_limit)
    subtitle = "output tensor" if t.grad_fn is not None else "output · requires_grad=False"
    return make_node(node_id, "output", name or "output", subtitle, lines, name,
                     shape=T.shape_text(t), dtype=T.dtype_text(t), value=value, **extra)


def op_node(node_id, op, produced, attrs, **extra):
    lines = []
    if produced:
        lines.append(("muted", "grad_fn of " + produced))
    for field, value in attrs:
        lines.append(("mono", _cut(f"{field} = {value!r}")))
    return make_node(node_id, "op", op, "", lines, produced, op=op,
                     attrs={k: repr(v) for k, v in attrs}, **extra)


def summary_node(node_id, op, count, **extra):
    title = f"× {count:,} {op}"
    return make_node(node_id, "op", title, "", [("muted", "same op repeated, drawn once")], None,
                     op=op, repeat=count, **extra)


def block_node(node_id, ops, count, nodes, **extra):
    """One node for ``count`` repetitions of a block of ops (``nodes`` graph nodes in all)."""
    title = f"× {count:,} blocks"
    lines = [("mono", _cut(ops)), ("muted", f"{nodes:,} nodes drawn once")]
    return make_node(node_id, "op", title, "", lines, None, op=ops, repeat=count, **extra)


def saved_node(node_id, field, value, name, value_limit, **extra):
    title = "_saved_" + field
    if value is FREED:
        lines = [("warn", "freed by backward()")]
        return make_node(node_id, "saved", title, "", lines, None, field=field, freed=True, **extra)
    lines, shown = tensor_lines(value, value_limit)
    subtitle = "= " + name if name else ""
    return make_node(node_id, "saved", title, subtitle, lines, name, field=field, freed=False,
                     shape=T.shape_text(value), dtype=T.dtype_text(value), value=shown, **extra)


def _cut(text):
    return text if len(text) <= ATTR_WIDTH else text[:ATTR_WIDTH - 1] + "…"
