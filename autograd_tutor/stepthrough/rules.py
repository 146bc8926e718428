"""Each node's local backward rule in plain notation, as the step-through widget shows it.

``grad`` is the gradient arriving at the node (d loss / d out); ``grad_self``, ``grad_other``...
are what the node sends to its inputs. Rules are declared on the node classes (``rule = ...``)
or kept in ``RULES`` below; both are found by PyTorch's node names, so real PyTorch graphs read
the same. ``rule_for`` falls back to the node class's docstring, then to a generic line.
"""
import re

from ..ops._registry import rule_of

ACCUMULATE = "x.grad = x.grad + grad   (x.grad = grad when it was None)"

RULES = {
    "AccumulateGrad": ACCUMULATE,
    # PyTorch's name for nodes without a derivative (floor division, histogram...): each of those
    # classes declares its own rule; this line serves the name alone (a real PyTorch graph).
    "NotImplemented": "no rule: floor division (//) cannot be differentiated",
    # arithmetic nodes PyTorch records and autograd_tutor does not (its own declare their rule)
    "RsubBackward0": "grad_self = -alpha * grad,  grad_other = grad",
    "NotImplementedBackward": "no rule: floor division (//) cannot be differentiated",
    # elementwise
    # in-place
    "FillBackward0": "grad_self = 0   (fill_ overwrote every element)",
    # linear algebra and networks (PyTorch's names, for graphs that use them)
    "MatmulBackward0": "grad_self = grad @ otherᵀ,  grad_other = selfᵀ @ grad",
}

# Saved numbers whose PyTorch name differs from the word the rules use.
_WORDS = {"self_sym_numel": "numel"}


def with_values(rule, attrs):
    """The rule with the node's own numbers: ``alpha * grad`` reads ``grad`` when alpha is 1
    (plain ``a + b``), and the numbers it names are given, e.g. ``(exponent = 2)``."""
    known = []
    for name, value in attrs:
        word = _WORDS.get(name, name)
        if name == "self_sym_sizes" and "self's shape" in rule and value:
            rule = rule.replace("self's shape", f"self's shape {_number(tuple(value))}", 1)
            continue
        if word == "alpha" and value == 1 and not isinstance(value, bool):
            rule = rule.replace("-alpha * ", "-").replace("alpha * ", "")
            continue
        if f"({word} is a number)" in rule:
            rule = rule.replace(f"({word} is a number)", f"({word} = {_number(value)}, a number)")
        elif re.search(rf"(?<![\w']){re.escape(word)}(?![\w'])", rule):
            known.append(f"{word} = {_number(value)}")
    return rule + (f"   ({', '.join(known)})" if known else "")


def _number(value):
    if isinstance(value, tuple):
        return "(" + ", ".join(_number(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    if isinstance(value, float) and value.is_integer():
        return f"{value:.1f}"
    return str(value)


def accumulate_rule(name="x"):
    return ACCUMULATE.replace("x.grad", f"{name}.grad")


BASE_DOC = "Base of"  # docstrings of base classes describe the class, not a rule
GENERIC = "grad_input = grad * (d out / d input), this op's local derivative"


def rule_for(op, node_class=None):
    """The rule for a node named ``op`` (``MulBackward0``): the one its class (``node_class``, when
    given) declares, else this table's, else the one a node class of that name declares; then the
    docstring of ``node_class``. The class comes first: several share a name (``NotImplemented``)."""
    name = op.rsplit("::", 1)[-1]
    # The rule declared on the node's own class first (two classes may share a PyTorch name),
    # then the table here, then a rule declared beside a node class of that name.
    rule = vars(node_class).get("rule") if isinstance(node_class, type) else None
    rule = rule or RULES.get(name) or rule_of(name)
    if rule is not None:
        return rule
    function = getattr(node_class, "_forward_cls", None)  # a custom torch.autograd.Function
    if function is not None:
        return f"grad_inputs = {getattr(function, '__name__', 'Function')}.backward(ctx, grad)   (your own rule)"
    doc = (getattr(node_class, "__doc__", None) or "").strip()
    if doc and not doc.startswith(BASE_DOC):
        line = " ".join(doc.split())
        return line.split("->", 1)[-1].strip() if "->" in line else line
    return GENERIC
