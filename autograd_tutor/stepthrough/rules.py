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
    # arithmetic
    "AddBackward0": "grad_self = grad,  grad_other = alpha * grad",
    "AddBackward1": "grad_self = grad   (other is a number)",
    "SubBackward0": "grad_self = grad,  grad_other = -alpha * grad",
    "SubBackward1": "grad_self = grad   (other is a number)",
    "RsubBackward0": "grad_self = -alpha * grad,  grad_other = grad",
    "RsubBackward1": "grad_self = -alpha * grad   (other is a number)",
    "MulBackward0": "grad_self = grad * other,  grad_other = grad * self",
    "MulBackward1": "grad_self = grad * other   (other is a number)",
    "DivBackward0": "grad_self = grad / other,  grad_other = -grad * self / other²",
    "DivBackward1": "grad_self = grad / other   (other is a number)",
    "DivBackward2": "grad_self = 0,  grad_other = 0   (rounded division is piecewise constant)",
    "NotImplemented": "no rule: floor division (//) cannot be differentiated",
    "NotImplementedBackward": "no rule: floor division (//) cannot be differentiated",
    "RemainderBackward0": "grad_self = grad   (other gets no gradient)",
    "NegBackward0": "grad_self = -grad",
    "ReciprocalBackward0": "grad_self = -grad * result²   (result = 1 / self)",
    "PowBackward0": "grad_self = grad * exponent * self^(exponent - 1)",
    "PowBackward1": "grad_self = grad * exponent * self^(exponent - 1),  grad_exponent = grad * result * log(self)",
    "PowBackward2": "grad_exponent = grad * result * log(self)   (self is a number)",
    # elementwise
    "ExpBackward0": "grad_self = grad * result   (result = exp(self))",
    "LogBackward0": "grad_self = grad / self",
    "Log1PBackward0": "grad_self = grad / (1 + self)",
    "Log2Backward0": "grad_self = grad / (self * ln 2)",
    "Log10Backward0": "grad_self = grad / (self * ln 10)",
    "SqrtBackward0": "grad_self = grad / (2 * result)   (result = sqrt(self))",
    "RsqrtBackward0": "grad_self = -grad * result³ / 2   (result = 1 / sqrt(self))",
    "Exp2Backward0": "grad_self = grad * result * ln 2   (result = 2^self)",
    "Expm1Backward0": "grad_self = grad * (result + 1)   (result = exp(self) - 1)",
    "SinBackward0": "grad_self = grad * cos(self)",
    "SinhBackward0": "grad_self = grad * cosh(self)",
    "CoshBackward0": "grad_self = grad * sinh(self)",
    "AtanBackward0": "grad_self = grad / (1 + self²)",
    "CeilBackward0": "grad_self = 0   (ceil is piecewise constant)",
    "FloorBackward0": "grad_self = 0   (floor is piecewise constant)",
    "RoundBackward0": "grad_self = 0   (round is piecewise constant)",
    "TruncBackward0": "grad_self = 0   (trunc is piecewise constant)",
    "CosBackward0": "grad_self = -grad * sin(self)",
    "TanBackward0": "grad_self = grad * (1 + result²)   (result = tan(self))",
    "TanhBackward0": "grad_self = grad * (1 - result²)   (result = tanh(self))",
    "SigmoidBackward0": "grad_self = grad * result * (1 - result)   (result = sigmoid(self))",
    "ReluBackward0": "grad_self = grad where result > 0, else 0",
    "AbsBackward0": "grad_self = grad * sign(self)",
    "SignBackward0": "grad_self = 0   (sign is piecewise constant)",
    "ClampBackward0": "grad_self = grad where min <= self <= max;  grad_min, grad_max = grad where self is clamped to them",
    "ClampBackward1": "grad_self = grad where min <= self <= max, else 0",
    "ClampMinBackward0": "grad_self = grad where self >= min, else 0",
    "ClampMaxBackward0": "grad_self = grad where self <= max, else 0",
    "MaximumBackward0": "grad_self = grad where self > other, grad_other = grad where other > self (ties: half each)",
    "MinimumBackward0": "grad_self = grad where self < other, grad_other = grad where other < self (ties: half each)",
    "MaskedFillBackward0": "grad_self = grad, 0 where mask   (filled places came from the constant)",
    "MaskedFillBackward1": "grad_self = grad, 0 where mask;  grad_value = sum of grad where mask",
    "WhereBackward0": "grad_self = grad where condition, else 0;  grad_other = grad where not condition, else 0",
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
    """The rule for a node named ``op`` (``MulBackward0``); ``node_class`` adds a docstring fallback."""
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
