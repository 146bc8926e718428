"""Nested Python containers of tensors ("pytrees"), as torch.func walks them: tuples, lists,
dicts (in insertion order), OrderedDicts and namedtuples are nodes; anything else is a leaf.

``TreeSpec`` prints as PyTorch's does, since vmap's errors show it."""
import collections


def _kind(tree):
    if isinstance(tree, tuple) and hasattr(type(tree), "_fields"):
        return "namedtuple"
    if isinstance(tree, (tuple, list)) and type(tree) in (tuple, list):
        return "sequence"
    if type(tree) in (dict, collections.OrderedDict):
        return "dict"
    return None


class TreeSpec:
    """The shape of a pytree: the container type, its context (dict keys) and the children's specs."""

    def __init__(self, type_, context, children):
        self.type, self.context, self.children = type_, context, children
        self.num_leaves = sum(c.num_leaves for c in children)

    def __eq__(self, other):
        return (isinstance(other, TreeSpec) and self.type is other.type and self.context == other.context
                and self.children == other.children)

    def __hash__(self):
        return hash((self.type, len(self.children)))

    def __repr__(self, indent=0):
        text = f"TreeSpec({self.type.__name__}, {self.context}, ["
        if self.children:
            indent += 2
            text += self.children[0].__repr__(indent)
            text += "," if len(self.children) > 1 else ""
            text += ",".join("\n" + " " * indent + c.__repr__(indent) for c in self.children[1:])
        return text + "])"

    def unflatten(self, leaves):
        it = iter(leaves)
        return self._build(it)

    def _build(self, it):
        values = [c._build(it) for c in self.children]
        if self.type is dict or self.type is collections.OrderedDict:
            return self.type(zip(self.context, values))
        if self.type in (tuple, list):
            return self.type(values)
        return self.type(*values)  # a namedtuple


class LeafSpec(TreeSpec):
    def __init__(self):
        self.type, self.context, self.children, self.num_leaves = None, None, [], 1

    def __eq__(self, other):
        return isinstance(other, LeafSpec)

    def __hash__(self):
        return 0

    def __repr__(self, indent=0):
        return "*"

    def _build(self, it):
        return next(it)


LEAF = LeafSpec()


def tree_flatten(tree):
    """(leaves, spec)."""
    leaves = []
    return leaves, _flatten(tree, leaves)


def _flatten(tree, leaves):
    kind = _kind(tree)
    if kind is None:
        leaves.append(tree)
        return LEAF
    if kind == "dict":
        keys = list(tree)
        return TreeSpec(type(tree), keys, [_flatten(tree[k], leaves) for k in keys])
    context = list(type(tree)._fields) if kind == "namedtuple" else None
    return TreeSpec(type(tree), context, [_flatten(v, leaves) for v in tree])


def tree_unflatten(leaves, spec):
    return spec.unflatten(leaves)


def tree_leaves(tree):
    return tree_flatten(tree)[0]


def tree_map(fn, tree):
    leaves, spec = tree_flatten(tree)
    return spec.unflatten([fn(x) for x in leaves])


def broadcast_prefix(prefix, spec):
    """``prefix`` (in_dims / out_dims: a tree whose leaves apply to whole subtrees) spread over the
    leaves of ``spec``, or None when it is not a prefix of that structure."""
    out = []
    return out if _broadcast(prefix, spec, out) else None


def _broadcast(prefix, spec, out):
    kind = _kind(prefix)
    if kind is None:  # a leaf of the prefix covers the whole subtree
        out.extend([prefix] * spec.num_leaves)
        return True
    if isinstance(spec, LeafSpec) or type(prefix) is not spec.type:
        return False
    if kind == "dict":
        if set(prefix) != set(spec.context):
            return False
        return all(_broadcast(prefix[k], c, out) for k, c in zip(spec.context, spec.children))
    if len(prefix) != len(spec.children):
        return False
    return all(_broadcast(p, c, out) for p, c in zip(prefix, spec.children))


class _Star:
    def __repr__(self):
        return "*"


def spec_pprint(spec):
    """The structure with ``*`` for each leaf, as PyTorch's treespec_pprint shows it."""
    return repr(spec.unflatten([_Star()] * spec.num_leaves))
