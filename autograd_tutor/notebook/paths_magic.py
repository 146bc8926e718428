"""``%paths OUTPUT LEAF``: the paths view of ``viz.paths`` for two names in the notebook."""
from IPython.core.error import UsageError

from autograd_tutor.viz.paths_view import DEFAULT_LIMIT

USAGE = "usage: %paths OUTPUT LEAF [--limit N], e.g. %paths y x"
# Paths listed at most: a long path is a long line, and a graph can have 2 ** 60 of them
# (--limit 10000 put 40 MB under the cell); the rest are counted and grouped anyway.
MAX_LIMIT = 100


def paths_view(magics, line):
    """The Paths view for ``line``; a one-line UsageError for anything else."""
    from autograd_tutor import viz

    words = line.split()
    limit = DEFAULT_LIMIT
    if "--limit" in words:
        at = words.index("--limit")
        try:
            limit = int(words[at + 1])
        except (IndexError, ValueError):
            raise UsageError(USAGE) from None
        if not 1 <= limit <= MAX_LIMIT:
            raise UsageError(f"%paths: --limit takes a whole number from 1 to {MAX_LIMIT} (the paths listed; "
                             f"the rest are counted), not {words[at + 1]}")
        del words[at:at + 2]
    if len(words) != 2 or any(w.startswith("--") for w in words):
        raise UsageError(USAGE)
    (output,), (leaf,) = (magics._tensors_of(w, "paths") for w in words)
    if output.grad_fn is None:
        raise UsageError(f"%paths: {words[0]} has no grad_fn (it is a leaf, or does not require grad): "
                         f"no path leads from it to {words[1]}")
    if leaf.grad_fn is not None or not leaf.requires_grad:
        raise UsageError(f"%paths: {words[1]} is not a leaf that requires grad: paths end at leaves, "
                         "whose .grad they add up to")
    return viz.paths(output, leaf, names=magics._names(), limit=limit)
