"""Long runs of the same op (``y = y * 2`` in a loop) found so views can summarise them.

A run is a chain of op nodes with the same name where each link is the next node's only
consumer and the only op input of the node above it (leaves and constants may hang off the
side, like the weight in ``y = y * w``). Pinned nodes (outputs, named tensors) never disappear
inside a summary.
"""


class Run:
    def __init__(self, members, keep):
        self.members = members  # indices, nearest the outputs first
        self.hidden = members[keep:len(members) - keep]  # what the summary node stands for

    @property
    def count(self):
        return len(self.hidden)

    @property
    def rep(self):
        return self.hidden[0]


def find_runs(structure, names, is_leaf, pinned=(), min_len=8, keep=1):
    """Runs long enough to summarise; each keeps ``keep`` real nodes visible at both ends."""
    if not min_len or min_len < 2 * keep + 2:
        min_len = 2 * keep + 2 if min_len else 0
    if not min_len:
        return []
    n = len(structure)
    pinned = set(pinned)
    nxt = [None] * n
    has_prev = [False] * n
    for u in range(n):
        if is_leaf[u]:
            continue
        ops = [j for j, _ in structure.children[u] if j is not None and not is_leaf[j]]
        if len(ops) != 1:
            continue
        v = ops[0]
        if names[v] == names[u] and structure.parents[v] == 1 and v not in pinned and v != u:
            nxt[u] = v
            has_prev[v] = True
    runs = []
    for u in range(n):
        if nxt[u] is None or has_prev[u]:
            continue
        members = [u]
        while nxt[members[-1]] is not None:
            members.append(nxt[members[-1]])
        if len(members) >= min_len:
            runs.append(Run(members, keep))
    return runs
