"""Repeated blocks (Mm -> Add -> Tanh, once per layer of a deep net) found so the graph can
draw them once, as "× 198 blocks: AddmmBackward0 → TanhBackward0".

The spine of a deep net is a chain of op nodes, each the only consumer of the next; small side
branches hang off it (TBackward0 of a weight, the weight and bias leaves). A block run is a
stretch of the spine whose op names repeat with a period of 1 to MAX_PERIOD nodes at least
``min_blocks`` times. ``keep`` blocks stay drawn at each end; the side branches and the leaves
used only inside the hidden blocks go into the summary with them. Pinned nodes (outputs,
named tensors) never disappear inside a summary.
"""
MAX_PERIOD = 4


class BlockRun:
    def __init__(self, spine, period, keep, extras, names):
        self.period = period
        cut = keep * period
        self.spine_hidden = spine[cut:len(spine) - cut]
        self.hidden = self.spine_hidden + extras(self.spine_hidden)
        self.ops = [names[i] for i in reversed(spine[:period])]  # in forward order

    @property
    def count(self):
        return len(self.spine_hidden) // self.period  # blocks the summary stands for

    @property
    def nodes(self):
        return len(self.hidden)

    @property
    def rep(self):
        return self.hidden[0]

    @property
    def label(self):
        return " → ".join(self.ops)


def find_block_runs(structure, names, is_leaf, pinned=(), taken=(), min_blocks=4, keep=1):
    """BlockRuns over nodes not already in ``taken`` (single-op runs found before)."""
    if not min_blocks:
        return []
    n = len(structure)
    pinned, taken = set(pinned), set(taken)

    def inputs(u):
        return [j for j, _ in structure.children[u] if j is not None]

    def ops_of(u):
        return [j for j in inputs(u) if not is_leaf[j]]

    def side(v):  # an op fed only by leaves, used once: a weight's TBackward0
        return structure.parents[v] == 1 and v not in pinned and v not in taken and not ops_of(v)

    nxt, has_prev = [None] * n, [False] * n
    for u in range(n):
        if is_leaf[u] or u in taken:
            continue
        main = [v for v in ops_of(u) if not side(v)]
        if len(main) == 1:
            v = main[0]
            if v != u and structure.parents[v] == 1 and v not in pinned and v not in taken:
                nxt[u], has_prev[v] = v, True

    def extras(spine_hidden):
        """Side branches and leaves used only inside the hidden stretch."""
        found, seen = [], set(spine_hidden)
        for u in spine_hidden:
            for j in inputs(u):
                if j in seen or j in pinned or structure.parents[j] != 1:
                    continue
                if is_leaf[j] or side(j):
                    seen.add(j)
                    found.append(j)
                    for k in inputs(j):
                        if k not in seen and is_leaf[k] and structure.parents[k] == 1 and k not in pinned:
                            seen.add(k)
                            found.append(k)
        return found

    runs = []
    for u in range(n):
        if nxt[u] is None or has_prev[u]:
            continue
        chain = [u]
        while nxt[chain[-1]] is not None:
            chain.append(nxt[chain[-1]])
        i = 0
        while i < len(chain):
            best = None
            for p in range(1, MAX_PERIOD + 1):
                k = i
                while k + p < len(chain) and names[chain[k]] == names[chain[k + p]]:
                    k += 1
                blocks = (k - i + p) // p
                if blocks >= min_blocks and (best is None or blocks * p > best[0] * best[1]):
                    best = (p, blocks)
            if best is None or best[1] < 2 * keep + 2:
                i += 1
                continue
            p, blocks = best
            runs.append(BlockRun(chain[i:i + p * blocks], p, keep, extras, names))
            i += p * blocks
    return runs
