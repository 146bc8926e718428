"""Every node class gets a rule in plain notation; unknown nodes get a readable fallback."""
import importlib
import pkgutil

import autograd_tutor.ops as ops
from autograd_tutor.autograd.node import AccumulateGrad, Node
from autograd_tutor.stepthrough.rules import BASE_DOC, GENERIC, RULES, accumulate_rule, rule_for

# Nodes the tutorials meet first: their rules are written out, not taken from a docstring.
CORE = ["AddBackward0", "SubBackward0", "MulBackward0", "DivBackward0", "PowBackward0", "NegBackward0",
        "ExpBackward0", "LogBackward0", "TanhBackward0", "SigmoidBackward0", "ReluBackward0",
        "SumBackward0", "MeanBackward0", "ViewBackward0", "ExpandBackward0", "TBackward0"]


def node_classes():
    for info in pkgutil.iter_modules(ops.__path__):
        importlib.import_module(f"{ops.__name__}.{info.name}")
    found, stack = [], [Node]
    while stack:
        for sub in stack.pop().__subclasses__():
            found.append(sub)
            stack.append(sub)
    return [c for c in found if c.__module__.startswith("autograd_tutor.ops")
            and not (c.__doc__ or "").startswith(BASE_DOC)]


def test_every_node_class_in_ops_has_a_specific_rule():
    classes = node_classes()
    assert len(classes) > 40
    for cls in classes:
        rule = rule_for(cls.__name__, cls)
        assert rule and rule != GENERIC, cls.__name__
    for name in CORE:
        assert rule_for(name).startswith("grad_self"), name  # written out (table or class), not a docstring


def test_rules_read_like_the_formulas():
    assert rule_for("MulBackward0") == "grad_self = grad * other,  grad_other = grad * self"
    assert rule_for("torch::autograd::AccumulateGrad") == RULES["AccumulateGrad"]
    assert accumulate_rule("w").startswith("w.grad = w.grad + grad")
    assert rule_for(AccumulateGrad.__name__) == RULES["AccumulateGrad"]


def test_unknown_nodes_fall_back_to_their_docstring_then_a_generic_rule():
    class MysteryBackward0(Node):
        """out = f(self)  ->  grad_self = grad * f'(self)"""

    class SilentBackward0(Node):
        pass

    assert rule_for("MysteryBackward0", MysteryBackward0) == "grad_self = grad * f'(self)"
    assert rule_for("SilentBackward0", SilentBackward0) == GENERIC
    assert rule_for("SomethingFromPyTorch") == GENERIC


def test_a_custom_function_node_points_to_its_own_backward():
    import autograd_tutor as at

    class Cube(at.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            return x ** 3

        @staticmethod
        def backward(ctx, grad):
            return grad

    y = Cube.apply(at.tensor([1.0], requires_grad=True))
    node = y.grad_fn
    assert rule_for(node.name(), type(node)) == "grad_inputs = Cube.backward(ctx, grad)   (your own rule)"
