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
- the module's ``PROPERTIES`` (``Tensor.T``), through ``properties(__name__)``;
- the operator methods (``Tensor.__add__``) named in ``dunders``;
- ``rule_of(node_class)``, which the step-through rules read first;
- ``declared()``, which the stub generator and the tests read;
- the argument rules ``_signatures`` applies (``dim_check``: PyTorch's type check of ``dim``;
  an operand of the wrong type refused with PyTorch's TypeError, recorded in ``_torch_wrong_operand``).

Options for ops whose Tensor method and torch function are not the same callable:
``function=False`` / ``method=False`` leave one out (``Tensor.view_as`` is a method only,
``Tensor.__getitem__`` a dunder); ``function=f`` / ``method=f`` install ``f`` there instead when
its signature differs (``Tensor.tile(*dims)`` and ``torch.tile(input, dims)``);
``as_property=True`` makes ``Tensor.<name>`` a property read through the op (``x.T``), with
no ``torch.<name>`` unless ``function=f`` gives one (``x.real`` beside ``torch.real(x)``);
``axis_alias=True`` lets both take NumPy's ``axis=`` for ``dim=``;
``method_as`` / ``function_as``: ``maker(fn, name) -> callable`` builds the Tensor method or torch
function called ``name`` (each alias too) from the op, e.g. to give ``x.add("a")`` PyTorch's
TypeError naming ``position 1`` where ``torch.add(x, "a")`` names ``position 2``.

``special`` names the op in ``torch.special`` (``@op("sigmoid", special=("expit",))``; an op
only there is declared ``function=False, method=False, special=("entr",)``); a dict maps a name to
``maker(fn, name)`` where the signature there differs. ``special_functions()`` collects them.

``inplace_as`` is the op the in-place variant runs instead of the op itself, for the few whose
in-place form PyTorch records as another node (``x.polygamma_(n)``: PolygammaBackward1,
``x.eq_(y)``: EqBackward1). Two marks on the function the variant runs change how
``inplace.variants.inplace`` runs it: ``not_differentiable`` (logical_and_...: never recorded,
a leaf not refused) and ``checked_first`` (float_power_'s dtype check, made before the leaf's).

``dunders`` declares the operator methods that run the op: a tuple of names runs it as it is
(``dunders=("__add__", "__radd__")``); a dict maps a name to ``maker(fn) -> method`` for an
operator that swaps its operands or checks them first (``{"__rpow__": reflected}``).

The argument check of the first argument is not declared by hand: PyTorch's own refusal is
recorded (``_torch_first_argument``) and applied to the namespace in ``_signatures``.
"""
import inspect
import sys
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Op:
    """One public op: its torch name, where it appears, and its in-place variant."""

    name: str
    fn: object
    module: str
    function: object = True  # torch.<name>: True (fn), False (none) or the callable installed
    method: object = True  # Tensor.<name>: True (fn), False (none) or the callable installed
    inplace: str = None  # Tensor.<name>_, derived from fn
    aliases: tuple = field(default=())  # other names of the same op (arcsin for asin)
    as_property: bool = False  # Tensor.<name> is a property (x.T), neither method nor function
    axis_alias: bool = False  # function and method take NumPy's axis= for dim=
    dim_check: object = None  # dim -> bool: PyTorch's parser check of dim's type (see _signatures)
    method_as: object = None  # maker(fn, name) -> the Tensor method called name
    function_as: object = None  # maker(fn, name) -> the torch function called name
    dunders: object = ()  # operator methods: names (fn itself) or {name: maker(fn)}
    inplace_as: object = None  # the op the in-place variant runs when it records another node
    special: object = ()  # torch.special.<name>: names (fn itself) or {name: maker(fn, name) or None}


_OPS = {}  # module name -> [Op], in declaration order


def op(name, *, function=True, method=True, inplace=None, aliases=(), as_property=False, axis_alias=False,
       dim_check=None, method_as=None, function_as=None, dunders=(), inplace_as=None, special=()):
    """Declares the decorated function as the op ``name`` (see the module docstring)."""
    # The declaring module, which may not be fn's own (a function built by a helper elsewhere).
    module = sys._getframe(1).f_globals["__name__"]

    def declare(fn):
        _OPS.setdefault(module, []).append(
            Op(name, fn, module, function, method, inplace, tuple(aliases), as_property, axis_alias,
               dim_check, method_as, function_as, dunders, inplace_as, special))
        return fn

    return declare


def declared(module=None):
    """Every declared op (of ``module``, a dotted name, when given)."""
    if module is not None:
        return list(_OPS.get(module, ()))
    return [o for ops in _OPS.values() for o in ops]


def _takes_arguments(fn):
    """Whether ``fn`` takes anything besides its input (and ``out=``)."""
    try:
        params = list(inspect.signature(fn).parameters.values())[1:]
    except (TypeError, ValueError):
        return True
    return any(p.name != "out" for p in params)


def _inplace_variant(fn, name):
    takes_arguments = _takes_arguments(fn)

    def method(self, *args, **kwargs):
        from .inplace.variants import inplace

        # PyTorch's exp_, abs_... take nothing; its words for x.exp_(1) (keywords: see _keywords)
        if args and not takes_arguments:
            raise TypeError(f"TensorBase.{name}() takes no arguments ({len(args)} given)")

        result = inplace(self, fn, *args, **kwargs)
        if result is NotImplemented:  # an op declining a foreign operand (add, sub...): PyTorch's error
            raise TypeError(f"{name}(): argument 'other' (position 1) must be Tensor, not {type(args[0]).__name__}")
        return result

    method.__name__ = method.__qualname__ = name
    method.__doc__ = f"In-place {fn.__name__}: writes the result into this tensor."
    method.inplace_of = fn  # the op itself: the stub generator shows its arguments
    return method


def _installed(o, given):
    """What ``function=``/``method=`` ``given`` installs for op ``o`` (None: nothing)."""
    if given is False or (o.as_property and given is True):  # x.T is a property only
        return None
    fn = o.fn if given is True else given
    if o.axis_alias:
        from ._dims import axis_alias

        fn = axis_alias(fn)
    return fn


def tables(module):
    """``(FUNCTIONS, METHODS)`` of ``module``'s declared ops, aliases, operators and in-place variants."""
    from ._signatures import refusing_wrong_operands as refusing  # PyTorch's TypeError for x.sub_("a")

    functions, methods = {}, {}
    for o in declared(module):
        function, method = _installed(o, o.function), _installed(o, o.method)
        for name in (o.name, *o.aliases):
            if function is not None:
                functions[name] = refusing(o.function_as(function, name) if o.function_as else function, name, False)
            if method is not None:
                methods[name] = refusing(o.method_as(method, name) if o.method_as else method, name, True)
        makers = o.dunders if isinstance(o.dunders, dict) else dict.fromkeys(o.dunders)
        for dunder, maker in makers.items():
            methods[dunder] = maker(o.fn) if maker else o.fn
        if o.inplace:
            fn = o.inplace_as or o.fn
            methods[o.inplace] = refusing(_inplace_variant(fn, o.inplace), o.inplace, True)
            for alias in o.aliases:  # one each: an error names the alias called (subtract_)
                methods[f"{alias}_"] = refusing(_inplace_variant(fn, f"{alias}_"), f"{alias}_", True)
    return functions, methods


def special_functions():
    """``torch.special``'s functions: name -> (the op declared under it (``special=``), built by
    its maker where one is given (``special.softmax`` requires ``dim``); the op's torch name,
    which PyTorch's errors from inside the op say: ``sigmoid(): functions with out=...``)."""
    found = {}
    for o in declared():
        makers = o.special if isinstance(o.special, dict) else dict.fromkeys(o.special)
        for name, maker in makers.items():
            fn = _installed(o, o.function) or o.fn  # torch.<name>'s signature, where there is one
            found[name] = (maker(fn, name) if maker else fn, o.name)
    return found


def properties(module):
    """``PROPERTIES`` of ``module``: name -> getter, for the ops declared ``as_property``."""
    return {name: o.fn for o in declared(module) if o.as_property for name in (o.name, *o.aliases)}


def rule_of(node_name):
    """The step-through rule text the node class named ``node_name`` declares (``rule = ...``),
    or None. By name, so a real PyTorch graph's nodes read the same rules. A class that only
    borrows PyTorch's name for another computation (``borrows_name = True``: einsum's nodes)
    is not the one a name means."""
    from ..autograd.node import Node

    stack, found = [Node], None
    while stack and found is None:  # iterative walk of every loaded node class
        cls = stack.pop()
        if cls.__name__ == node_name and "rule" in vars(cls) and not vars(cls).get("borrows_name"):
            found = cls.rule
        stack.extend(cls.__subclasses__())
    return found
