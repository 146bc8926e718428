"""Defaults every view shares, so that one tensor looks the same in the graph, the step-through
and the watcher under a cell (the extension's ``%config AutogradTutor.value_threshold`` starts
from here and is passed on to each of them)."""

# Tensors with at most this many elements show their values; larger ones show shape and dtype.
# Twelve: a 3 x 4 matrix (and the tutorials' 3 x 3 weights) still fits a node legibly.
VALUE_LIMIT = 12
