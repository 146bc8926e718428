"""Paths arriving at a leaf during the backward replay: "x: 8 of its 10 paths have arrived".

A leaf's gradient is a sum over every path from the output to it (``viz.paths`` lists them).
During a backward call those paths arrive one group at a time: each node next to the leaf
sends the leaf the sum of the paths that end with that edge, once all of them have reached it.
Counting paths needs only the recording: the engine runs a node after every gradient for it
arrived, so by then the number of paths from the start to it is final.
"""
from ..tracing import BackwardEvent


def notes(recording, leaf_words, node_words, start_words):
    """``{event order: text}`` for the backward steps that send a leaf its gradient, and for
    the leaf's AccumulateGrad step. leaf_words(seq) names a leaf, node_words(seq) a node,
    start_words(pass) what the backward call started from ("y")."""
    out = {}
    for p in recording.passes:
        events = [e for e in recording.events if isinstance(e, BackwardEvent) and e.pass_index == p.index]
        paths_to, senders = _count(p, events)
        arrived = {}
        start = start_words(p)
        for e in events:
            if e.op.endswith("AccumulateGrad"):
                total = paths_to.get(e.seq, 0)
                if total > 1:
                    every = "both paths" if total == 2 else f"all {total:,} paths"
                    out[e.order] = (f"{every} from {start} to {leaf_words(e.seq)} have arrived: "
                                    "this gradient is their sum")
                continue
            lines = []
            for leaf, sent in _sent_to_leaves(e, paths_to, senders):
                arrived[leaf] = arrived.get(leaf, 0) + sent
                total = paths_to[leaf]
                if total < 2:
                    continue
                later = [(seq, n) for order, seq, n in senders[leaf] if order > e.order]
                line = (f"{leaf_words(leaf)}: {arrived[leaf]:,} of its {total:,} paths from {start} have arrived "
                        f"({sent:,} with this step)")
                if later:
                    line += "; still to come: " + ", ".join(f"{n:,} via {node_words(seq)}" for seq, n in later)
                lines.append(line)
            if lines:
                out[e.order] = "; ".join(lines)
    return out


def _count(p, events):
    """Paths from the pass's start to every node, and per leaf its senders in step order."""
    paths_to = {}
    for seq in p.roots:
        paths_to[seq] = paths_to.get(seq, 0) + 1
    leaves = {e.seq for e in events if e.op.endswith("AccumulateGrad")}
    senders = {leaf: [] for leaf in leaves}
    for e in events:
        here = paths_to.get(e.seq, 0)
        for out in e.outgoing:
            if out.target is None or out.value is None:
                continue
            paths_to[out.target] = paths_to.get(out.target, 0) + here
            if out.target in leaves:
                senders[out.target].append((e.order, e.seq, here))
    return paths_to, _merged(senders)


def _merged(senders):
    """x * x sends to x twice in one step: one entry per step, with both edges' paths."""
    merged = {}
    for leaf, found in senders.items():
        rows = {}
        for order, seq, n in found:
            rows[order] = (order, seq, rows[order][2] + n if order in rows else n)
        merged[leaf] = list(rows.values())
    return merged


def _sent_to_leaves(e, paths_to, senders):
    for leaf, found in senders.items():
        for order, _, n in found:
            if order == e.order:
                yield leaf, n
