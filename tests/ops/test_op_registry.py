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


NODES = sorted(set(_node_classes()), key=lambda c: (c.__module__, c.__name__))
BASES = {"MultiOutputNode", "InvalidatedViewBackward"}  # machinery, never a node a graph shows by itself


@pytest.mark.parametrize("cls", [c for c in NODES if c.__name__ not in BASES], ids=lambda c: c.__name__)
def test_every_node_class_has_rule_text(cls):
    assert rule_for(cls.__name__, cls) != GENERIC


@pytest.mark.parametrize("cls", [c for c in NODES if c.__module__ in REGISTERED_MODULES], ids=lambda c: c.__name__)
def test_nodes_of_registered_modules_declare_their_rule(cls):
    assert "rule" in vars(cls) or cls.__name__ in RULES


# Packages whose every node class declares its rule on the class itself: no table entry, no docstring.
RULE_ON_CLASS = tuple(f"autograd_tutor.ops.{p}" for p in (
    "reduce.", "shape.", "index.", "creation.", "linalg.", "inplace.", "_views", "nn."))


@pytest.mark.parametrize("cls", [c for c in NODES if c.__module__.startswith(RULE_ON_CLASS)], ids=lambda c: c.__name__)
def test_nodes_declare_their_rule_on_the_class(cls):
    assert "rule" in vars(cls)


@pytest.mark.parametrize("cls", [c for c in NODES if c.__module__.startswith("autograd_tutor.ops.nn.")],
                         ids=lambda c: f"{c.__module__.rsplit('.', 1)[-1]}.{c.__qualname__}")
def test_nn_rules_left_the_table(cls):
    """Their rule moved beside them: RULES keeps a name only when another package's node has it too."""
    others = {c.__name__ for c in NODES if not c.__module__.startswith("autograd_tutor.ops.nn.")}
    assert cls.__name__ not in RULES or cls.__name__ in others


@pytest.mark.parametrize("o", DECLARED, ids=lambda o: o.name)
def test_declared_ops_are_installed(o):
    for name in (o.name, *o.aliases):
        if o.as_property:
            assert isinstance(vars(autograd_tutor.Tensor)[name], property) and not hasattr(autograd_tutor, name)
            continue
        assert not o.function or callable(getattr(autograd_tutor, name))
        assert not o.method or hasattr(autograd_tutor.Tensor, name)
    assert o.inplace is None or hasattr(autograd_tutor.Tensor, o.inplace)


# Variants whose op needs another input or tensor arguments: (input values, T -> the arguments).
CASES = {
    "tril_": ([[0.25, 0.5], [0.75, 1.0]], lambda T: ()),
    "triu_": ([[0.25, 0.5], [0.75, 1.0]], lambda T: (1,)),
    "scatter_": ([0.25, 0.5, 0.75], lambda T: (0, T.tensor([2, 0]), T.tensor([10.0, 20.0]))),
    "scatter_add_": ([0.25, 0.5, 0.75], lambda T: (0, T.tensor([2, 2]), T.tensor([10.0, 20.0]))),
    "index_add_": ([0.25, 0.5, 0.75], lambda T: (0, T.tensor([0, 2]), T.tensor([1.0, 2.0]))),
    "index_put_": ([0.25, 0.5, 0.75], lambda T: ((T.tensor([0, 2]),), T.tensor([5.0, 6.0]))),
    "index_fill_": ([0.25, 0.5, 0.75], lambda T: (0, T.tensor([1]), -1.0)),
}
INPLACE = [o for o in DECLARED if o.inplace and o.inplace not in CASES]


@pytest.mark.parametrize("o", INPLACE, ids=lambda o: o.inplace)
def test_inplace_variants_as_torch(o):
    args = {"xlogy_": (3.0,), "copysign_": (-1.0,), "atan2_": (2.0,), "hypot_": (2.0,), "fmod_": (0.3,),
            "logit_": ()}.get(o.inplace, ())

    def program(T):
        x = T.tensor([0.25, 0.5, 0.75], requires_grad=True)
        y = x * 1
        getattr(y, o.inplace)(*[T.tensor(a) for a in args])
        name = y.grad_fn.name()
        y.sum().backward()
        return y.detach(), name, x.grad

    same(program, exact=False)


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
        return y.detach(), fn, x.grad

    same(program, exact=False)
