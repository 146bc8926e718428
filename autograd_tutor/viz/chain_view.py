"""``chain(tensor)``: the grad_fn / next_functions tree, as a learner would print it by hand.

    MeanBackward0                 out.grad_fn
    └─[0] MulBackward0            z.grad_fn
       ├─[0] MulBackward0
       ...

``[i]`` is the index in ``next_functions``, so every line can be reached by typing
``out.grad_fn.next_functions[0][0]...``. Long runs of one op are summarised as in the graph.
"""
from ..graph_reader import Structure, gc_paused, leaf_variable, op_name
from . import theme, tree
from .markup import escape
from .names import Names
from .runs import find_runs
from .tensors import is_grad_leaf, shape_text

COLORS = {"op": theme.color("op"), "leaf": theme.color("leaf"), "output": theme.color("output")}


class Chain:
    """Text (``str``) and HTML (``_repr_html_``) of one tensor's grad_fn tree."""

    def __init__(self, rows, cut, header, footer):
        self.rows, self.cut, self.header, self.footer = rows, cut, header, footer

    @property
    def text(self):
        parts = [self.header] if self.header else []
        if self.rows:
            parts.append(tree.to_text(self.rows))
        parts += self._tail()
        return "\n".join(parts)

    def _tail(self):
        tail = ["… (cut: more nodes below)"] if self.cut else []
        return tail + ([self.footer] if self.footer else [])

    def __str__(self):
        return self.text

    def __repr__(self):
        return self.text

    def _repr_html_(self):
        body = []
        if self.header:
            body.append(escape(self.header))
        if self.rows:
            body.append(tree.to_html(self.rows, COLORS, theme.color("muted")))
        body += [f'<span style="color:{theme.color("muted")}">{escape(t)}</span>' for t in self._tail()]
        return (f'{theme.STYLE}<pre class="autograd-tutor-chain {theme.ROOT}" style="line-height:1.3">'
                + "\n".join(body) + "</pre>")


def chain(tensor, names=None, max_lines=200, collapse=8, keep=1):
    """The grad_fn tree of ``tensor``; ``names`` (e.g. ``locals()``) adds variable names."""
    with gc_paused():
        return _chain(tensor, names, max_lines, collapse, keep)


def _chain(tensor, names, max_lines, collapse, keep):
    names = names if isinstance(names, Names) else Names(names)
    own = names.of_tensor(tensor)
    label = own or "tensor"
    fn = tensor.grad_fn
    if fn is None:
        if is_grad_leaf(tensor):
            return Chain([], False, f"{label} is a leaf: grad_fn is None, backward() adds its gradient to {label}.grad", "")
        return Chain([], False, f"{label} does not require grad: grad_fn is None (not part of any graph)", "")
    st = Structure([fn])
    vars_ = [leaf_variable(f) for f in st.fns]
    ops = [op_name(f) for f in st.fns]
    pinned = {0} | {i for i, f in enumerate(st.fns) if names.of_fn(f)}
    runs = find_runs(st, ops, [v is not None for v in vars_], pinned, collapse, keep)
    run_at = {run.rep: run for run in runs}

    def entry(i, head):
        if i in run_at:
            run = run_at[i]
            return tree.Entry(("run", i), f"× {run.count:,} {ops[i]}", "op", "same op repeated", head)
        var = vars_[i]
        if var is not None:
            who = names.of_tensor(var)
            note = f".variable is {who}" if who else f".variable is a leaf {shape_text(var)}"
            return tree.Entry(i, ops[i], "leaf", note, head)
        produced = names.of_fn(st.fns[i])
        return tree.Entry(i, ops[i], "op", ", ".join(f"{n}.grad_fn" for n in produced.split(", ")) if produced else "", head)

    def children(key):
        if isinstance(key, tuple):  # a run: continue below its last hidden member
            key = run_at[key[1]].hidden[-1]
        out = []
        for j, input_nr in st.children[key]:
            head = f"[{len(out)}]"
            out.append(tree.Entry(None, "None", "none", "", head) if j is None else entry(j, head))
        return out

    root = entry(0, "")
    root.note = f"{label}.grad_fn"
    rows, cut = tree.walk(root, children, max_lines)
    footer = ""
    if st.children[0]:
        j = st.children[0][0][0]
        first = "None" if j is None else ops[j]
        footer = f"[i]: index in next_functions, e.g. {label}.grad_fn.next_functions[0][0] is the {first} below"
    return Chain(rows, cut, "", footer)
