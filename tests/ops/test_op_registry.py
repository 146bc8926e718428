"""The op registry: declared ops make the torch functions, Tensor methods and in-place variants,
and every node class has its step-through rule text."""
import importlib
import inspect
import pkgutil

import pytest
from ops_oracle import same

import autograd_tutor
from autograd_tutor.autograd.node import Node
from autograd_tutor.ops import _registry
from autograd_tutor.stepthrough.rules import GENERIC, RULES, rule_for

DECLARED = _registry.declared()
# Modules whose ops are all declared with @op: each of their nodes declares its rule beside it.
REGISTERED_MODULES = sorted({o.module for o in DECLARED})


def _node_classes():
    for info in pkgutil.walk_packages(autograd_tutor.ops.__path__, "autograd_tutor.ops."):
        module = importlib.import_module(info.name)
        for cls in vars(module).values():
            if inspect.isclass(cls) and issubclass(cls, Node) and cls.__module__ == module.__name__:
                yield cls


# __qualname__ too: some classes share a __name__ (PyTorch records one node for them), and the
# order must not depend on the set, or pytest-xdist workers collect different lists.
NODES = sorted(set(_node_classes()), key=lambda c: (c.__module__, c.__name__, c.__qualname__))
BASES = {"MultiOutputNode", "InvalidatedViewBackward"}  # machinery, never a node a graph shows by itself


@pytest.mark.parametrize("cls", [c for c in NODES if c.__name__ not in BASES], ids=lambda c: c.__name__)
def test_every_node_class_has_rule_text(cls):
    assert rule_for(cls.__name__, cls) != GENERIC


@pytest.mark.parametrize("cls", [c for c in NODES if c.__module__ in REGISTERED_MODULES], ids=lambda c: c.__name__)
def test_nodes_of_registered_modules_declare_their_rule(cls):
    assert "rule" in vars(cls) or cls.__name__ in RULES


# Packages whose every node class declares its rule on the class itself: no table entry, no docstring.
# That is every op package: only the machinery in _multi_output (BASES) has no rule of its own.
RULE_ON_CLASS = tuple(f"autograd_tutor.ops.{p}" for p in (
    "pointwise.", "compare.", "scan.", "reduce.", "shape.", "index.", "creation.", "linalg.", "inplace.", "_views",
    "nn.", "double_backward."))
SHARED_NAMES = {"NotImplemented"}  # PyTorch's name for several classes: RULES keeps a line for the name alone


def test_every_op_package_declares_rules_on_its_classes():
    outside = {c.__module__ for c in NODES if not c.__module__.startswith(RULE_ON_CLASS) and c.__name__ not in BASES}
    assert not outside, f"node classes outside RULE_ON_CLASS: {sorted(outside)}"


def test_einsum_nodes_read_the_einsum_rule():
    """einsum's nodes carry PyTorch's names (MulBackward0...) but their own rule, not that name's."""
    from autograd_tutor.ops.linalg import einsum

    for name, cls in einsum._NODES.items():
        assert rule_for(name, cls) == einsum._EinsumBackward.rule


@pytest.mark.parametrize("cls", [c for c in NODES if c.__module__.startswith(RULE_ON_CLASS)], ids=lambda c: c.__name__)
def test_nodes_declare_their_rule_on_the_class(cls):
    assert "rule" in vars(cls), f"{cls.__name__} has no rule = ..."
    assert cls.__name__ not in RULES or cls.__name__ in SHARED_NAMES, f"{cls.__name__}'s rule is still in RULES"
    assert rule_for(cls.__name__, cls) == cls.rule


@pytest.mark.parametrize("cls", [c for c in NODES if c.__module__.startswith("autograd_tutor.ops.nn.")],
                         ids=lambda c: f"{c.__module__.rsplit('.', 1)[-1]}.{c.__qualname__}")
def test_nn_rules_left_the_table(cls):
    """Their rule moved beside them: RULES keeps a name only when another package's node has it too."""
    others = {c.__name__ for c in NODES if not c.__module__.startswith("autograd_tutor.ops.nn.")}
    assert cls.__name__ not in RULES or cls.__name__ in others


# Packages whose modules' FUNCTIONS/METHODS/PROPERTIES all come from @op declarations (tables(__name__)),
# except the entries below, each with its reason in the module.
DECLARING = tuple(f"autograd_tutor.ops.{p}" for p in (
    "pointwise.", "compare.", "scan.", "reduce.", "shape.", "index.", "creation.", "linalg.", "inplace.", "_views", "nn."))
HAND_WRITTEN = {
    "autograd_tutor.ops._views": {"_base"},  # a class default, not an op
    # the in-place operators (x += y: Python's TypeError for a foreign operand)
    "autograd_tutor.ops.inplace.variants": {"__iadd__", "__isub__", "__imul__", "__itruediv__", "__ipow__",
                                            "__ifloordiv__", "__imod__"},
    "autograd_tutor.ops.pointwise.arithmetic": {"__rtruediv__", "__pos__"},  # functions of their own
    "autograd_tutor.ops.compare.comparison": {"__lshift__", "__rshift__", "__rlshift__", "__rrshift__", "__invert__"},
}
TABLED = [m for m in (importlib.import_module(i.name) for i in pkgutil.walk_packages(
    autograd_tutor.ops.__path__, "autograd_tutor.ops.")) if m.__name__.startswith(DECLARING)
    and hasattr(m, "METHODS") and HAND_WRITTEN.get(m.__name__, ()) is not None]


@pytest.mark.parametrize("module", TABLED, ids=lambda m: m.__name__.rsplit(".", 2)[-2] + "." + m.__name__.rsplit(".", 1)[-1])
def test_tables_come_from_the_declarations(module):
    functions, methods = _registry.tables(module.__name__)
    assert set(module.FUNCTIONS) == set(functions)
    assert set(module.METHODS) == set(methods) | HAND_WRITTEN.get(module.__name__, set())
    assert set(getattr(module, "PROPERTIES", {})) == set(_registry.properties(module.__name__))


@pytest.mark.parametrize("o", DECLARED, ids=lambda o: o.name)
def test_declared_ops_are_installed(o):
    for name in (o.name, *o.aliases):
        if o.as_property:
            assert isinstance(vars(autograd_tutor.Tensor)[name], property)
            assert hasattr(autograd_tutor, name) == callable(o.function)  # torch.real(x) beside x.real
            continue
        assert not o.function or callable(getattr(autograd_tutor, name))
        assert not o.method or hasattr(autograd_tutor.Tensor, name)
    assert o.inplace is None or hasattr(autograd_tutor.Tensor, o.inplace)


# Variants whose op needs another input or tensor arguments: (input values, T -> the arguments).
CASES = {
    "tril_": ([[0.25, 0.5], [0.75, 1.0]], lambda T: ()),
    "triu_": ([[0.25, 0.5], [0.75, 1.0]], lambda T: (1,)),
    "polygamma_": ([0.25, 0.5, 0.75], lambda T: (2,)),
    "mvlgamma_": ([1.25, 1.5, 1.75], lambda T: (2,)),
    "renorm_": ([[0.25, 0.5], [0.75, 1.0]], lambda T: (2, 0, 0.6)),
    "index_copy_": ([0.25, 0.5, 0.75], lambda T: (0, T.tensor([2, 0]), T.tensor([10.0, 20.0]))),
    "scatter_": ([0.25, 0.5, 0.75], lambda T: (0, T.tensor([2, 0]), T.tensor([10.0, 20.0]))),
    "scatter_add_": ([0.25, 0.5, 0.75], lambda T: (0, T.tensor([2, 2]), T.tensor([10.0, 20.0]))),
    "index_add_": ([0.25, 0.5, 0.75], lambda T: (0, T.tensor([0, 2]), T.tensor([1.0, 2.0]))),
    "index_put_": ([0.25, 0.5, 0.75], lambda T: ((T.tensor([0, 2]),), T.tensor([5.0, 6.0]))),
    "index_fill_": ([0.25, 0.5, 0.75], lambda T: (0, T.tensor([1]), -1.0)),
    "cumsum_": ([0.25, 0.5, 0.75], lambda T: (0,)),
    "cumprod_": ([0.25, 0.5, 0.75], lambda T: (-1,)),
    "addmm_": ([[0.25, 0.5], [0.75, 1.0]], lambda T: (T.tensor([[1.0, 2.0], [3.0, 4.0]]), T.tensor([[0.5, -1.0], [2.0, 1.0]]))),
    "addmv_": ([0.25, 0.5], lambda T: (T.tensor([[1.0, 2.0, 3.0], [3.0, 4.0, 5.0]]), T.tensor([0.5, -1.0, 2.0]))),
    "addr_": ([[0.25, 0.5], [0.75, 1.0]], lambda T: (T.tensor([1.0, -2.0]), T.tensor([0.5, 3.0]))),
    "baddbmm_": ([[[0.25, 0.5]], [[0.75, 1.0]]], lambda T: (T.tensor([[[1.0, 2.0]], [[3.0, 4.0]]]),
                                                             T.tensor([[[0.5, -1.0], [2.0, 1.0]], [[1.0, 0.0], [0.0, 1.0]]]))),
    "scatter_reduce_": ([0.25, 0.5, 0.75], lambda T: (0, T.tensor([2, 0, 2]), T.tensor([10.0, 20.0, 30.0]), "prod")),
    "masked_scatter_": ([0.25, 0.5, 0.75], lambda T: (T.tensor([True, False, True]), T.tensor([10.0, 20.0]))),
    "addbmm_": ([[0.25, 0.5]], lambda T: (T.tensor([[[1.0, 2.0]], [[3.0, 4.0]]]),
                                          T.tensor([[[0.5, -1.0], [2.0, 1.0]], [[1.0, 0.0], [0.0, 1.0]]]))),
}
# Integer-only ops (the float kernels are missing in PyTorch): run on integers, never part of a graph.
INTEGER_ONLY = {"bitwise_not_": (), "bitwise_and_": ([3, 1, 0],), "bitwise_or_": ([3, 1, 0],),
                "bitwise_xor_": ([3, 1, 0],)}
INPLACE = [(o, name) for o in DECLARED if o.inplace and o.inplace not in CASES
           for name in (o.inplace, *(f"{a}_" for a in o.aliases))]
# The arguments of each in-place variant (numbers and lists become tensors); none for the others.
INPLACE_ARGS = {
    "xlogy_": (3.0,), "copysign_": (-1.0,), "atan2_": (2.0,), "arctan2_": (2.0,), "hypot_": (2.0,), "fmod_": (0.3,),
    "remainder_": (0.3,), "floor_divide_": (0.3,), "pow_": (2.0,), "clamp_": (0.3, 0.6), "clip_": (0.3, 0.6),
    "masked_fill_": ([True, False, True], 0.0), "lerp_": ([3.0, 4.0, 5.0], 0.25),
    "addcmul_": ([1.0, 2.0, 3.0], [2.0, 3.0, 4.0]), "addcdiv_": ([1.0, 2.0, 3.0], [2.0, 3.0, 4.0]),
}
for _name in ("add_", "sub_", "subtract_", "mul_", "multiply_", "div_", "divide_", "true_divide_"):
    INPLACE_ARGS[_name] = (2.0,)
for _name in ("eq_", "ne_", "not_equal_", "lt_", "less_", "le_", "less_equal_", "gt_", "greater_", "ge_",
              "greater_equal_", "logical_and_", "logical_or_", "logical_xor_", "heaviside_"):
    INPLACE_ARGS[_name] = ([0.5, 0.0, 1.0],)
INPLACE_ARGS.update({"clamp_min_": (0.6,), "clamp_max_": ([0.3, 0.6, 0.9],), "float_power_": (2.0,)})
# PyTorch records them, but their backward raises.
NOT_DIFFERENTIABLE = {"floor_divide_", "heaviside_", "asinh_", "arcsinh_", "acosh_", "arccosh_", "atanh_", "arctanh_"}
DOUBLE_ONLY = {"float_power_"}  # x.float_power_ writes a double result: x must be double


@pytest.mark.parametrize("o, name", INPLACE, ids=lambda v: v if isinstance(v, str) else "")
def test_inplace_variants_as_torch(o, name):
    if name in INTEGER_ONLY:  # integers only, never part of a graph
        def program(T):
            x = T.tensor([1, 2, 3])
            return getattr(x, name)(*[T.tensor(a) for a in INTEGER_ONLY[name]]), x, x._version

        same(program)
        return

    def program(T):
        x = T.tensor([0.25, 0.5, 0.75], requires_grad=True, dtype=T.float64 if name in DOUBLE_ONLY else None)
        y = x * 1
        returned = getattr(y, name)(*[T.tensor(a) for a in INPLACE_ARGS.get(name, ())])
        assert returned is y
        node = y.grad_fn.name()
        if name not in NOT_DIFFERENTIABLE:
            y.sum().backward()
        return y.detach(), node, x.grad, y._version

    same(program, exact=False)


NO_ARGUMENTS = [name for o, name in INPLACE if name not in INPLACE_ARGS and not INTEGER_ONLY.get(name)
                and name not in ("logit_", "nan_to_num_", "round_")]  # these take keywords


@pytest.mark.parametrize("name", NO_ARGUMENTS)
@pytest.mark.parametrize("call", ["x.{}(1)", "x.{}(1, 2)", "x.{}('a')"])
def test_inplace_variants_taking_nothing_refuse_arguments_as_torch(name, call):
    assert NO_ARGUMENTS
    same(lambda T: eval(call.format(name), {"x": T.tensor([1, 2]) if name in INTEGER_ONLY else T.tensor([0.5])}),
         raises=TypeError)


@pytest.mark.parametrize("name", ["add_", "sub_", "mul_", "div_"])
def test_inplace_variants_refuse_other_operands_as_torch(name):
    def program(T):
        getattr(T.tensor([1.0, 2.0]), name)("a")

    same(program, raises=TypeError)


@pytest.mark.parametrize("name", sorted(CASES))
def test_inplace_variants_with_arguments_as_torch(name):
    assert name in {o.inplace for o in DECLARED}
    values, args = CASES[name]

    def program(T):
        x = T.tensor(values, requires_grad=True)
        y = x * 1
        getattr(y, name)(*args(T))
        fn = y.grad_fn.name()
        (y * T.arange(1.0, y.numel() + 1).view(y.shape)).sum().backward()
        return y.detach(), fn, x.grad, y._version

    same(program, exact=False)


@pytest.mark.parametrize("call", ["torch.bitwise_and(x, 'a')", "x.bitwise_or('a')", "x.bitwise_xor(None)",
                                  "torch.floor_divide(x, 'a')", "x.floor_divide('a')", "x // 'a'", "x & 'a'",
                                  "torch.eq(x, 'a')", "x.lt(None)"])
def test_overloaded_ops_refuse_another_operand_as_torch(call):
    """Ops with several signatures in PyTorch (``overloaded`` makers): its invalid-combination
    TypeError, never a NotImplemented returned or an AttributeError; operators: Python's."""
    same(lambda T: eval(call, {"torch": T, "x": T.tensor([1, 2])}), raises=TypeError)
