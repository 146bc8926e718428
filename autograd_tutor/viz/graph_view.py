"""``graph(*tensors, names=..., ...)``: a picture of the autograd graph behind some tensors.

The Graph holds the model (strings and numbers, never the tensors) and its DOT text; the SVG
is rendered on first use and cached. In a notebook it displays as SVG, with a text tree as the
fallback (also used when graphviz's ``dot`` is missing).
"""
from . import dot as dot_mod, render, tree
from .defaults import VALUE_LIMIT
from .model import OMITTED_ID, Options, build


class Graph:
    def __init__(self, model):
        self._model = model
        self.dot = dot_mod.to_dot(model)
        self._svg = None

    @property
    def nodes(self):
        return self._model.nodes

    @property
    def edges(self):
        return [e for e in self._model.edges if OMITTED_ID not in (e["source"], e["target"])]

    @property
    def omitted(self):
        """How many graph nodes the picture leaves out (above ``max_nodes``)."""
        return self._model.omitted

    def svg(self):
        """The picture as SVG text; raises ``DotNotFound`` (how to install graphviz) without dot."""
        if self._svg is None:
            self._svg = render.render(self.dot, "svg")
        return self._svg

    def png(self, dpi=144):
        """The picture as PNG bytes (for docs and files; notebooks use the SVG)."""
        return render.render(self.dot, "png", dpi=dpi)

    @property
    def text(self):
        return _as_text(self._model)

    def _repr_mimebundle_(self, include=None, exclude=None):
        bundle = {"text/plain": self.text}
        try:
            bundle["image/svg+xml"] = self.svg()
        except (render.DotNotFound, render.RenderError) as err:
            bundle["text/plain"] = self.text + "\n" + str(err)
        if include:
            bundle = {k: v for k, v in bundle.items() if k in include}
        if exclude:
            bundle = {k: v for k, v in bundle.items() if k not in exclude}
        return bundle

    def __repr__(self):
        return self.text


def graph(*tensors, names=None, show_saved=False, show_attrs=False, max_nodes=200, collapse=8,
          value_limit=VALUE_LIMIT):
    """Draw the graph that produced ``tensors``.

    names: mapping of variable names to tensors (``names=locals()``) used to label nodes.
    show_saved: draw the tensors each op saved for backward (marked "freed" after backward).
    show_attrs: list the non-tensor values each op saved (``exponent``, ``dim``...).
    max_nodes: draw at most this many nodes and say how many were left out.
    collapse: summarise runs of at least this many identical ops as one "× N" node (0: never).
    value_limit: tensors with at most this many elements show their values.
    """
    opts = Options(show_saved=show_saved, show_attrs=show_attrs, max_nodes=max_nodes,
                   collapse=collapse, value_limit=value_limit)
    return Graph(build(tensors, names, opts))


def _as_text(model):
    """The model as a tree from each output down to the leaves (what the arrows point from)."""
    by_id = {n["id"]: n for n in model.nodes}
    inputs = {}
    for e in model.edges:
        inputs.setdefault(e["target"], []).append(e["source"])
    targets = {e["source"] for e in model.edges}
    roots = [n["id"] for n in model.nodes if n["id"] not in targets]

    def entry(node_id):
        n = by_id.get(node_id)
        if n is None:
            return tree.Entry(None, f"… {model.omitted:,} more nodes not drawn", "none")
        note = n["subtitle"] or next((t for k, t in n["lines"] if k == "muted"), "")
        if n.get("freed"):
            note = "freed by backward()"
        return tree.Entry(node_id, n["title"], n["kind"], note)

    lines = ["autograd graph (each node lists what it was computed from):"]
    for r in roots:
        # flat: a long chain of single-input ops reads down one column, not ever further right
        rows, cut = tree.walk(entry(r), lambda k: [entry(s) for s in inputs.get(k, [])], flat_single=True)
        lines.append(tree.to_text(rows))
        if cut:
            lines.append("… (cut)")
    lines += dot_mod.notes(model)
    return "\n".join(lines)
