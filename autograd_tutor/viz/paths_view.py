"""``paths(output, leaf)``: why ``leaf.grad`` is what it is, as a sum over paths.

Every path from ``output`` back to ``leaf`` through the graph, the local derivative of each
edge (a number when the values are scalars, else the path's vector-Jacobian product so far),
and the path's contribution; the contributions add up to the gradient. The view holds strings,
numbers and fresh tensors only, never the learner's tensors or graph.
"""
from dataclasses import dataclass

from . import palette as P, path_explain, path_finder
from .markup import escape
from .names import Names
from .tensors import is_tensor, values_text

DEFAULT_LIMIT = 20  # paths listed; the rest are counted and grouped
MAX_GRAPH_NODES = 60  # above this, rows carry no picture (one layout of a big graph is slow)
VJP_ENDS = 4  # steps shown at each end of a long path's vector-Jacobian products
ARROW = " ← "
FREED_NOTE = ("The local derivatives need the values backward() saved, and backward() freed them. "
              "Show the paths before calling backward(), or call backward(retain_graph=True).")
CELL = "text-align:left;vertical-align:top;padding:2px 8px"


@dataclass(frozen=True)
class PathNode:
    op: str  # the grad_fn's name: "MulBackward0", "AccumulateGrad"
    name: str = None  # the learner's variable for it, when known

    @property
    def label(self):
        return self.name or self.op

    def __str__(self):
        return self.label


@dataclass
class Path:
    nodes: tuple  # PathNode per node, output first, leaf last
    contribution: object  # a tensor shaped like the leaf (None on a freed graph)
    locals: tuple  # per edge: the local derivative (float) for scalars, else None
    vjps: tuple  # per edge: the gradient this path has delivered so far (a tensor)
    inputs: tuple = ()  # per edge: which input of the node it leaves by, when it uses the same
    # tensor twice (x * x: one path per input, the product rule); None otherwise

    @property
    def text(self):
        return join_path(self.nodes, self.inputs)

    def __repr__(self):
        return f"Path({self.text})"


@dataclass(frozen=True)
class HiddenGroup:
    prefix: tuple  # PathNode per node: every hidden path in the group starts with these
    count: int

    inputs: tuple = ()

    @property
    def text(self):
        return join_path(self.prefix, self.inputs) + ARROW + "…"


def join_path(nodes, inputs=(), html=False):
    """``y ← r1 ← MulBackward0 ←(input 1) x``: the input is named where two edges join the same nodes."""
    labels = [escape(n.label) if html else n.label for n in nodes]
    out = labels[:1]
    for k, label in enumerate(labels[1:]):
        which = inputs[k] if k < len(inputs) else None
        out.append((ARROW if which is None else f" ←(input {which}) ") + label)
    return "".join(out)


class Paths:
    """``.paths`` (listed), ``.count`` (all, listed or not), ``.hidden``, ``.total`` (the sum
    over all paths), ``.grad`` (the leaf's ``.grad`` when the view was made), ``.explain()``."""

    def __init__(self, output_label, leaf_label, count, paths, hidden, total, grad, error, pictures):
        self.output_label, self.leaf_label = output_label, leaf_label
        self.count, self.paths, self.hidden = count, paths, hidden
        self.total, self.grad, self.error = total, grad, error
        self._pictures = pictures

    @property
    def hidden_count(self):
        return self.count - len(self.paths)

    def explain(self, value):
        """What is wrong with ``value`` as ∂output/∂leaf, in words (None when it is right)."""
        if self.total is None:
            raise RuntimeError(self.error or f"{self.output_label} does not depend on {self.leaf_label}")
        value = _numbers(value)
        return path_explain.explain(value, _numbers(self.total), [_numbers(p.contribution) for p in self.paths],
                                    [p.text for p in self.paths], self.hidden_count,
                                    leaf=self.leaf_label, output=self.output_label)

    # ----- text -----
    @property
    def text(self):
        lines = [self._headline()]
        for k, p in enumerate(self.paths, start=1):
            lines.append(f"{k:>3}  {p.text}")
            if p.contribution is not None:
                product = _locals_text(p)
                lines.append("     " + (f"local derivatives {product}" if product else "") +
                             f"contribution {_short(p.contribution)}")
        lines += [f"  …  {g.count:,} more via {g.text}" for g in self.hidden[:5]]
        if len(self.hidden) > 5:
            lines.append(f"  …  and {sum(g.count for g in self.hidden[5:]):,} more in {len(self.hidden) - 5} other groups")
        lines += self._footer()
        return "\n".join(lines)

    def __repr__(self):
        return self.text

    def _headline(self):
        n, out, leaf = self.count, self.output_label, self.leaf_label
        if not n:
            return f"No path leads from {out} back to {leaf}: {out} does not depend on {leaf}."
        shown = "" if not self.hidden_count else f" (the first {len(self.paths):,} listed)"
        return (f"{n:,} path{'s' if n != 1 else ''} from {out} back to {leaf}{shown}: ∂{out}/∂{leaf} "
                "is the sum over paths of the product of the local derivatives along each.")

    def _footer(self):
        if self.error:
            return [FREED_NOTE]
        if self.total is None:
            return []
        lines = [f"sum over all {self.count:,} paths: {_short(self.total)}"]
        if self.grad is None:
            lines.append(f"{self.leaf_label}.grad: None (no backward() yet)")
        else:
            lines.append(f"{self.leaf_label}.grad (autograd): {_short(self.grad)}")
            why = self.explain(self.grad)
            if why:
                lines.append(f"{self.leaf_label}.grad differs from the sum. " + why.replace("Your value", "It"))
        return lines

    # ----- HTML -----
    def _repr_html_(self):
        parts = [f"<div class='autograd-tutor-paths'><p><b>{escape(self._headline())}</b></p>"]
        if self.paths:
            head = "".join(f"<th style='{CELL}'>{h}</th>" for h in
                           ("#", "path (output ← … ← leaf)", "local derivatives", "contribution", "graph"))
            rows = [self._row(k, p, self.paths[k - 2] if k > 1 else None) for k, p in enumerate(self.paths, start=1)]
            rows += [self._hidden_row(g) for g in self.hidden[:5]]
            if len(self.hidden) > 5:
                rest = sum(g.count for g in self.hidden[5:])
                rows.append(f"<tr><td style='{CELL}'>…</td><td colspan=4 style='{CELL};color:{P.MUTED}'>"
                            f"and {rest:,} more paths in {len(self.hidden) - 5} other groups</td></tr>")
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")
        parts += [f"<p style='margin:4px 0'>{escape(line)}</p>" for line in self._footer()]
        parts.append("</div>")
        return "".join(parts)

    def _row(self, k, path, previous):
        shared = _shared_prefix(_keyed(path), _keyed(previous)) if previous is not None else 0
        shared = min(shared, len(path.nodes) - 1)
        full = join_path(path.nodes, path.inputs, html=True)
        head = join_path(path.nodes[:shared], path.inputs, html=True) if shared else ""
        text = (f"<span style='color:{P.MUTED}'>{head}</span><b>{full[len(head):]}</b>")
        local = escape(_locals_text(path).rstrip(" →")) if path.contribution is not None else ""
        if path.contribution is not None and any(v is None for v in path.locals):
            local = _vjp_details(path)
        contribution = "" if path.contribution is None else f"<pre style='margin:0;font-size:inherit'>{escape(_short(path.contribution))}</pre>"
        svg = self._pictures.svg_for(k - 1) if self._pictures is not None else None
        picture = f"<details><summary>show</summary>{svg}</details>" if svg else ""
        return (f"<tr><td style='{CELL}'>{k}</td><td style='{CELL}'>{text}</td><td style='{CELL}'>{local}</td>"
                f"<td style='{CELL}'>{contribution}</td><td style='{CELL}'>{picture}</td></tr>")

    def _hidden_row(self, group):
        return (f"<tr><td style='{CELL}'>…</td><td colspan=4 style='{CELL};color:{P.MUTED}'>"
                f"{group.count:,} more path{'s' if group.count != 1 else ''} via {escape(group.text)}</td></tr>")

    def _repr_mimebundle_(self, include=None, exclude=None):
        bundle = {"text/plain": self.text, "text/html": self._repr_html_()}
        if include:
            bundle = {k: v for k, v in bundle.items() if k in include}
        if exclude:
            bundle = {k: v for k, v in bundle.items() if k not in exclude}
        return bundle


class _Pictures:
    """The graph with each listed path highlighted, laid out once and only when displayed."""

    def __init__(self, picture, steps):
        self.picture, self.steps = picture, steps

    def svg_for(self, index):
        from .render import DotNotFound, RenderError

        try:
            return self.picture.svg_for(self.steps[index])
        except (DotNotFound, RenderError):
            return None


def paths(output, leaf, names=None, limit=DEFAULT_LIMIT, max_graph_nodes=MAX_GRAPH_NODES):
    """Every path from ``output`` back to ``leaf``, as the chain rule adds them up.

    names: mapping of variable names to tensors (``names=locals()``) used to label nodes.
    limit: list at most this many paths; the rest are counted and grouped by shared prefix.
    max_graph_nodes: graphs with more nodes get no per-path picture.
    """
    for what, t in (("output", output), ("leaf", leaf)):
        if not is_tensor(t):
            raise TypeError(f"paths() needs tensors, got {type(t).__name__} for {what}")
    if output.grad_fn is None:
        raise ValueError("paths(): the output has no grad_fn (it is a leaf, or it does not require grad), "
                         "so no path leads from it to any leaf")
    if leaf.grad_fn is not None or not leaf.requires_grad:
        raise ValueError("paths(): the second argument must be a leaf tensor that requires grad "
                         "(its .grad is what the paths add up to)")
    names = names if isinstance(names, Names) else Names(names)
    found = path_finder.search(output, leaf, limit=max(int(limit), 0))
    st, backend = found.structure, found.backend
    node = [_node(fn, names) for fn in st.fns]
    out_label = names.of_tensor(output) or names.of_fn(output.grad_fn) or "output"
    leaf_label = names.of_tensor(leaf) or "leaf"
    if found.target is not None:
        node[found.target] = PathNode("AccumulateGrad", leaf_label)
    node[found.root] = PathNode(node[found.root].op, out_label)

    def nodes_of(steps):
        return tuple([node[found.root]] + [node[s.child] for s in steps])

    def inputs_of(steps):
        return tuple(s.position if _twice(st, s) else None for s in steps)

    numbers = backend is not None and found.error is None
    converted = {}  # paths share their prefix steps: each step's gradient becomes a tensor once

    def tensor_of(step):
        if id(step) not in converted:
            converted[id(step)] = backend.as_tensor(step.grad)
        return converted[id(step)]

    listed = []
    for fp in found.paths:
        listed.append(Path(nodes_of(fp.steps),
                           backend.as_tensor(fp.contribution) if numbers else None,
                           tuple(s.local for s in fp.steps),
                           tuple(tensor_of(s) for s in fp.steps) if numbers else (),
                           inputs_of(fp.steps)))
    hidden = [HiddenGroup(nodes_of(h.steps), h.count, inputs_of(h.steps)) for h in found.hidden]
    total = backend.as_tensor(found.total) if found.total is not None else None
    grad = leaf.grad.detach().clone() if leaf.grad is not None else None
    pictures = None
    if listed and len(st) <= max_graph_nodes:
        from .path_picture import Picture

        labels = [n.label for n in node]
        pictures = _Pictures(Picture(st, found.counts, labels, found.root, found.target),
                             [fp.steps for fp in found.paths])
    return Paths(out_label, leaf_label, found.count, listed, hidden, total, grad, found.error and FREED_NOTE,
                 pictures)


def _node(fn, names):
    from ..graph_reader import op_name

    return PathNode(op_name(fn), names.of_fn(fn))


def _twice(st, step):
    return sum(1 for j, _ in st.children[step.node] if j == step.child) > 1


def _shared_prefix(a, b):
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _keyed(path):
    """(node, input it was reached by) per node: two rows share a prefix when these agree."""
    return list(zip(path.nodes, (None,) + tuple(path.inputs)))


def _numbers(t):
    import numpy as np

    if is_tensor(t):
        try:
            return np.asarray(t.detach().cpu().numpy())
        except Exception:
            return np.asarray(t.detach().numpy())
    return np.asarray(t)


def _short(t):
    if t is None:
        return ""
    return values_text(t) if is_tensor(t) else str(t)


def _fmt(v):
    return f"{v:.6g}"


def _locals_text(path):
    """``1 × 1 × 2 × 5 = `` for scalar paths; for tensors the VJP view says more."""
    if not path.locals or any(v is None for v in path.locals):
        return ""
    return " × ".join(_fmt(v) for v in path.locals) + " → "


def _vjp_details(path):
    """The gradient the path has delivered at each node; a long path shows its two ends."""
    pairs = list(zip(path.nodes[1:], path.vjps))
    rows = [f"<div>→ {escape(n.label)}: <code>{escape(_short(g))}</code></div>" for n, g in _ends(pairs)]
    return f"<details><summary>vector-Jacobian products</summary>{''.join(rows)}</details>"


def _ends(pairs, keep=VJP_ENDS):
    if len(pairs) <= 2 * keep + 1:
        return pairs
    gap = (PathNode(f"… {len(pairs) - 2 * keep} more steps …"), None)
    return pairs[:keep] + [gap] + pairs[-keep:]
