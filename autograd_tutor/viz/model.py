"""The graph model: nodes and edges (plain dicts) with stable ids, built from live tensors.

Built in one pass when a view is made and then detached from the tensors: the model holds
strings and numbers only, so a view never keeps a learner's tensors alive.

Ids: autograd_tutor nodes carry a creation sequence number (``_seq``); ids count from the
earliest node in the picture, so the same program draws the same DOT however often it runs,
and a graph that grows keeps the ids it had. PyTorch nodes carry none and are numbered in
walk order from the outputs, which is deterministic for a given graph. ``id()`` is never used.
"""
from dataclasses import dataclass

from ..graph_reader import Structure, gc_paused, leaf_variable, op_name, saved_values, seq_number, split_saved
from . import labels
from .blocks import BlockRun, find_block_runs
from .defaults import VALUE_LIMIT
from .names import Names
from .runs import find_runs
from .tensors import is_grad_leaf, is_tensor

OMITTED_ID = "omitted"


@dataclass
class Options:
    show_saved: bool = False
    show_attrs: bool = False
    max_nodes: int = 200  # above this, the picture says what it left out
    collapse: int = 8  # runs of at least this many identical ops are summarised (0: never)
    keep: int = 1  # real nodes kept visible at each end of a summarised run
    value_limit: int = VALUE_LIMIT  # tensors with at most this many elements show their values


class Model:
    def __init__(self):
        self.nodes = []
        self.edges = []
        self.omitted = 0  # graph nodes left out because of max_nodes
        self.saved_omitted = 0  # saved tensors left out (at most max_nodes of them are drawn)
        self.outputs_omitted = 0  # tensors passed in beyond the first max_nodes, not drawn
        self.collapsed = 0  # graph nodes summarised inside repeated runs
        self.max_nodes = None
        self._omitted_edges = set()

    def add_edge(self, source, target, kind, index=None):
        if source == OMITTED_ID:  # one arrow from the "not drawn" box is enough per target
            if target in self._omitted_edges:
                return
            self._omitted_edges.add(target)
        self.edges.append({"source": source, "target": target, "kind": kind, "index": index})


def build(tensors, names=None, options=None):
    opts = options or Options()
    with gc_paused():
        names = names if isinstance(names, Names) else Names(names)
        for t in tensors:
            if not is_tensor(t):
                raise TypeError(f"graph() draws tensors, got {type(t).__name__}")
        roots = _unique(tensors)
        # Each tensor passed in is a node too: past max_nodes of them, the rest are only counted
        # (a list of a thousand results must not become a thousand boxes).
        cap = opts.max_nodes if opts.max_nodes and opts.max_nodes > 0 else len(roots)
        roots, extra = roots[:cap], roots[cap:]
        st = Structure([t.grad_fn for t in roots])
        model = _Builder(st, roots, names, opts).build()
        model.outputs_omitted = len(extra)
        return model


_BLOCKS = 6  # a block repeated at least this many times in a row is drawn once


class _Builder:
    def __init__(self, st, roots, names, opts):
        self.st, self.roots, self.names, self.opts = st, roots, names, opts
        self.model = Model()
        self.model.max_nodes = opts.max_nodes
        self.vars = [leaf_variable(fn) for fn in st.fns]
        self.ops = [op_name(fn) for fn in st.fns]
        self.ids = _stable_ids(st.fns)
        self.saved_drawn = 0

    def build(self):
        st, opts = self.st, self.opts
        is_leaf = [v is not None for v in self.vars]
        pinned = {i for i in st.roots if i is not None}
        pinned |= {i for i, fn in enumerate(st.fns) if self.names.of_fn(fn)}
        runs = find_runs(st, self.ops, is_leaf, pinned, opts.collapse, opts.keep)
        taken = {i for run in runs for i in run.members}
        # Repeated blocks (a layer's Mm -> Add -> Tanh) collapse too, once per net
        blocks = find_block_runs(st, self.ops, is_leaf, pinned, taken, _BLOCKS if opts.collapse else 0, opts.keep)
        runs = runs + blocks
        self.run_of = {i: run for run in runs for i in run.hidden}
        self.model.collapsed = sum(getattr(run, "nodes", run.count) for run in runs)

        shown = [i for i in range(len(st)) if i not in self.run_of or self.run_of[i].rep == i]
        budget = max(opts.max_nodes - len(self.roots), 1) if opts.max_nodes else len(shown)
        self.drawn = set(shown[:budget])
        for i in shown[budget:]:
            self.model.omitted += self.run_of[i].count if i in self.run_of else 1

        self._outputs()
        for i in shown[:budget]:
            self._graph_node(i)
        return self.model

    # ----- ids -----
    def ref(self, i):
        """The id of what stands for node i in the picture: itself, its run, or "omitted"."""
        run = self.run_of.get(i)
        if run is not None:
            i = run.rep
        if i not in self.drawn:
            return OMITTED_ID
        return ("r" + self.ids[i][1:]) if run is not None else self.ids[i]

    # ----- nodes -----
    def _outputs(self):
        leaf_index = {id(v): i for i, v in enumerate(self.vars) if v is not None}
        for k, t in enumerate(self.roots):
            root = self.st.roots[k]
            name = self.names.of_tensor(t)
            if root is not None:
                self.model.nodes.append(labels.output_node(f"out{k}", t, name, self.opts.value_limit))
                self.model.add_edge(self.ref(root), f"out{k}", "output")
            elif is_grad_leaf(t) and id(t) not in leaf_index:
                self.model.nodes.append(labels.leaf_node(f"t{k}", t, name, self.opts.value_limit,
                                                         "leaf · grad_fn is None"))
            elif not is_grad_leaf(t):
                self.model.nodes.append(labels.output_node(f"out{k}", t, name, self.opts.value_limit))

    def _graph_node(self, i):
        run = self.run_of.get(i)
        if run is not None:
            return self._summary(run)
        fn, node_id, seq = self.st.fns[i], self.ids[i], seq_number(self.st.fns[i])
        var = self.vars[i]
        if var is not None:
            self.model.nodes.append(labels.leaf_node(
                node_id, var, self.names.of_tensor(var), self.opts.value_limit,
                "leaf · AccumulateGrad", seq=seq, op=self.ops[i]))
            return
        tensors, attrs = ([], [])
        if self.opts.show_saved or self.opts.show_attrs:
            tensors, attrs = split_saved(saved_values(fn))
        shown_attrs = attrs if self.opts.show_attrs else []
        self.model.nodes.append(labels.op_node(node_id, self.ops[i], self.names.of_fn(fn), shown_attrs, seq=seq))
        for position, (j, _) in enumerate(self.st.children[i]):
            if j is not None:
                self.model.add_edge(self.ref(j), node_id, "input", position)
        if self.opts.show_saved:
            room = self.opts.max_nodes - self.saved_drawn if self.opts.max_nodes else len(tensors)
            self.model.saved_omitted += max(len(tensors) - room, 0)
            tensors = tensors[:max(room, 0)]
            self.saved_drawn += len(tensors)
            for field, value in tensors:
                saved_id = f"{node_id}_{field}"
                name = None if not is_tensor(value) else self.names.of_saved(value)
                self.model.nodes.append(labels.saved_node(saved_id, field, value, name, self.opts.value_limit))
                self.model.add_edge(saved_id, node_id, "saved")

    def _summary(self, run):
        node_id = self.ref(run.rep)
        if isinstance(run, BlockRun):
            self.model.nodes.append(labels.block_node(node_id, run.label, run.count, run.nodes,
                                                      seq=seq_number(self.st.fns[run.rep])))
        else:
            self.model.nodes.append(labels.summary_node(node_id, self.ops[run.rep], run.count,
                                                        seq=seq_number(self.st.fns[run.rep])))
        seen = set()
        for m in run.hidden:
            for position, (j, _) in enumerate(self.st.children[m]):
                if j is None or self.run_of.get(j) is run:
                    continue
                source = self.ref(j)
                if source != node_id and source not in seen:
                    seen.add(source)
                    self.model.add_edge(source, node_id, "input", position)


def _stable_ids(fns):
    seqs = [seq_number(fn) for fn in fns]
    if seqs and all(s is not None for s in seqs):
        base = min(seqs)
        return [f"n{s - base}" for s in seqs]
    return [f"n{i}" for i in range(len(fns))]


def _unique(items):
    seen, out = set(), []
    for t in items:
        if id(t) not in seen:
            seen.add(id(t))
            out.append(t)
    return out
