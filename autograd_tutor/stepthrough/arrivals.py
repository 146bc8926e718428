"""Where a node's incoming gradient came from: the gradients its consumers sent it, added up.

A value used twice (``y * y``, ``x`` in ``x * x + sqrt(x)``) gets one gradient per use, and the
engine adds them before the node runs. Without saying so, the number arriving at such a node
seems to come from nowhere; the step-through lists the parts.
"""
import numpy as np

from ..tracing import BackwardEvent


def of_recording(recording):
    """``{(pass_index, seq): [(sender seq, input index, Value)]}`` for nodes that received
    more than one gradient in a backward call (the pass's starting gradient counts as one)."""
    return {key: found for key, found in _parts(recording).items() if len(found) > 1}


def single_senders(recording):
    """``{(pass_index, seq): sender seq}`` for nodes whose gradient came from one node only."""
    return {key: found[0][0] for key, found in _parts(recording).items()
            if len(found) == 1 and found[0][0] is not None}


def _parts(recording):
    parts = {}
    for p in recording.passes:
        for seq, seed in zip(p.roots, p.seeds):
            parts.setdefault((p.index, seq), []).append((None, 0, seed))
    for e in recording.events:
        if not isinstance(e, BackwardEvent):
            continue
        for i, out in enumerate(e.outgoing):
            if out.target is not None and out.value is not None and not out.output_nr:
                parts.setdefault((e.pass_index, out.target), []).append((e.seq, i, out.value))
    return parts


def adds_up(parts, total):
    """True when the parts sum to the gradient shown (a hook that changed it: no sum shown)."""
    if total is None or isinstance(total, tuple) or total.array is None:
        return False
    arrays = [v.array for _, _, v in parts]
    if any(a is None for a in arrays):
        return False
    try:
        summed = np.sum(np.broadcast_arrays(*arrays), axis=0)
        return summed.shape == total.array.shape and np.allclose(summed, total.array, rtol=1e-4, atol=1e-6)
    except ValueError:
        return False


def in_words(parts, total, node_words):
    """``(words, Value)`` per part ("MulBackward0 via its input 1"), or () when no sum is shown.

    node_words(seq) names a node as the frames do."""
    if not parts or not adds_up(parts, total):
        return ()
    senders = [sender for sender, _, _ in parts]
    out = []
    for sender, input_nr, value in parts:
        if sender is None:
            out.append(("the backward call's starting gradient", value))
            continue
        words = node_words(sender)
        if senders.count(sender) > 1:  # y * y: the same node sends one gradient per use
            words += f" via its input {input_nr}"
        out.append((words, value))
    return tuple(out)


def starts(recording):
    """``{(pass_index, seq): Value}``: the gradient each backward call started from, per root."""
    return {(p.index, seq): seed for p in recording.passes for seq, seed in zip(p.roots, p.seeds)}


def start_words(seed, name):
    """Why the first node of a backward call gets the gradient it gets."""
    if seed is not None and seed.numel == 1 and seed.array is not None and float(seed.array.sum()) == 1.0:
        name = name or "out"
        return f"where backward starts: d {name} / d {name} = 1"
    return "the gradient given to backward(), where it starts"
