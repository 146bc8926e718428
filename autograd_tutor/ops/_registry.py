"""The op registry: one declaration beside each op's function, from which the rest is derived.

An op module declares its public ops where it defines them::

    @op("asin", aliases=("arcsin",), inplace="asin_")
    def asin(input):
        ...

and its node classes carry their step-through rule text (``rule = "grad_self = ..."``) beside
their ``backward``. From the declarations come:

- the module's ``FUNCTIONS`` (``torch.<name>``) and ``METHODS`` (``Tensor.<name>``) tables,
  through ``tables(__name__)``;
- the in-place variants (``Tensor.asin_``), run through ``inplace.variants.inplace`` so they
  record the same node on the tensor's rebased history, as PyTorch does;
- ``rule_of(node_class)``, which the step-through rules read first;
- ``declared()``, which the stub generator and the tests read.

The argument check of the first argument is not declared by hand: PyTorch's own refusal is
recorded (``_torch_first_argument``) and applied to the namespace in ``_signatures``.
"""
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Op:
    """One public op: its torch name, where it appears, and its in-place variant."""

    name: str
    fn: object
    module: str
    function: bool = True  # torch.<name>
    method: bool = True  # Tensor.<name>
    inplace: str = None  # Tensor.<name>_, derived from fn
    aliases: tuple = field(default=())  # other names of the same op (arcsin for asin)


_OPS = {}  # module name -> [Op], in declaration order


def op(name, *, function=True, method=True, inplace=None, aliases=()):
    """Declares the decorated function as the op ``name`` (see the module docstring)."""

    def declare(fn):
        _OPS.setdefault(fn.__module__, []).append(
            Op(name, fn, fn.__module__, function, method, inplace, tuple(aliases)))
        return fn

    return declare


def declared(module=None):
    """Every declared op (of ``module``, a dotted name, when given)."""
    if module is not None:
        return list(_OPS.get(module, ()))
    return [o for ops in _OPS.values() for o in ops]


def _inplace_variant(fn, name):
    def method(self, *args, **kwargs):
        from .inplace.variants import inplace

        return inplace(self, fn, *args, **kwargs)

    method.__name__ = method.__qualname__ = name
    method.__doc__ = f"In-place {fn.__name__}: writes the result into this tensor."
    return method


def tables(module):
    """``(FUNCTIONS, METHODS)`` of ``module``'s declared ops, aliases and in-place variants."""
    functions, methods = {}, {}
    for o in declared(module):
        for name in (o.name, *o.aliases):
            if o.function:
                functions[name] = o.fn
            if o.method:
                methods[name] = o.fn
        if o.inplace:
            variant = _inplace_variant(o.fn, o.inplace)
            methods[o.inplace] = variant
            for alias in o.aliases:
                methods[f"{alias}_"] = variant
    return functions, methods


def rule_of(node_name):
    """The step-through rule text the node class named ``node_name`` declares (``rule = ...``),
    or None. By name, so a real PyTorch graph's nodes read the same rules."""
    from ..autograd.node import Node

    stack, found = [Node], None
    while stack and found is None:  # iterative walk of every loaded node class
        cls = stack.pop()
        if cls.__name__ == node_name and "rule" in vars(cls):
            found = cls.rule
        stack.extend(cls.__subclasses__())
    return found
