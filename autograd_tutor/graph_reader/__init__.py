"""Reading an autograd graph, autograd_tutor's or real PyTorch's: one reader for every view.

Beside ``tracing`` (which records a graph as it is built, and reads its nodes through here),
this package reads a finished one: the nodes reachable from some ``grad_fn`` (iterative
breadth-first walks, bounded ones for the watcher), what each node is called, which leaf an
AccumulateGrad stands for, what a node saved for backward (and whether a backward freed it),
and how to run a node's own backward formula on a gradient, outside the engine (nothing is
accumulated, no hook fires). Duck typing only: torch is never imported, a PyTorch graph brings
its own tensors and their methods.

Four modules: ``nodes`` (one node), ``saved`` (what it saved), ``walks`` (many nodes), ``backends``
(running a node's backward).
"""
from .backends import TorchBackend, TutorBackend, backend_for
from .nodes import children, is_tensor, leaf_variable, next_edges, op_name, seq_number, weak
from .saved import FREED, plain_attrs, saved_fields, saved_freed, saved_values, split_saved
from .walks import Structure, gc_paused, reach

__all__ = [
    "FREED", "Structure", "TorchBackend", "TutorBackend", "backend_for", "children", "gc_paused", "is_tensor",
    "leaf_variable", "next_edges", "op_name", "plain_attrs", "reach", "saved_fields", "saved_freed",
    "saved_values", "seq_number", "split_saved", "weak",
]
