"""Each node's local backward rule in plain notation, as the step-through widget shows it.

``grad`` is the gradient arriving at the node (d loss / d out); ``grad_self``, ``grad_other``...
are what the node sends to its inputs. Keyed by PyTorch's node names, so real PyTorch graphs
read the same. Most rules are declared on the node classes (``rule = ...`` beside ``backward``);
this table holds the others. ``rule_for`` falls back to the node class's docstring, then to a
generic line.
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
    "AddBackward1": "grad_self = grad   (other is a number)",
    "SubBackward1": "grad_self = grad   (other is a number)",
    "RsubBackward0": "grad_self = -alpha * grad,  grad_other = grad",
    "MulBackward1": "grad_self = grad * other   (other is a number)",
    "DivBackward1": "grad_self = grad / other   (other is a number)",
    "NotImplementedBackward": "no rule: floor division (//) cannot be differentiated",
    "ToCopyBackward0": "grad_self = grad, cast back to self's dtype",
    # elementwise
    "LeakyReluBackward0": "grad_self = grad where self > 0, else negative_slope * grad",
    "EluBackward0": "grad_self = grad where self > 0, else grad * alpha * exp(self)",
    "GeluBackward0": "grad_self = grad * (Φ(self) + self * φ(self))",
    "SiluBackward0": "grad_self = grad * sigmoid(self) * (1 + self * (1 - sigmoid(self)))",
    "SoftplusBackward0": "grad_self = grad * sigmoid(beta * self)",
    # in-place
    "FillBackward0": "grad_self = 0   (fill_ overwrote every element)",
    "ZeroBackward0": "grad_self = 0   (zero_ overwrote every element)",
    "FillBackward2": "grad_self = 0   (fill_ overwrote every element)",
    "FillBackward3": "grad_self = 0,  grad_value = sum(grad)   (fill_ with a 0-dim tensor)",
    "CopyBackwards": "grad_self = 0,  grad_src = grad   (copy_ overwrote self with src)",
    "CopySlices": "grad_self = grad with 0 where x[key] was assigned,  grad_value = grad[key]",
    # reductions
    "SumBackward0": "grad_self = grad expanded to self's shape   (every element gets grad)",
    "SumBackward1": "grad_self = grad expanded back over the summed dims",
    "MeanBackward0": "grad_self = grad / numel, expanded to self's shape",
    "MeanBackward1": "grad_self = grad / (size of the reduced dims), expanded back",
    "ProdBackward0": "grad_self = grad * (product of all the other elements)",
    "ProdBackward1": "grad_self = grad * (product of the other elements of its row)",
    "CumsumBackward0": "grad_self[i] = sum of grad[j] for j >= i   (a reversed running sum)",
    "LogsumexpBackward0": "grad_self = grad * exp(self - result)   (the softmax of the row)",
    "VarBackward0": "grad_self = grad * 2 (self - mean) / (N - correction)",
    "StdBackward0": "grad_self = grad * (self - mean) / ((N - correction) * result)",
    "AmaxBackward0": "grad_self = grad shared evenly among each row's maximal elements",
    "AminBackward0": "grad_self = grad shared evenly among each row's minimal elements",
    "LinalgVectorNormBackward0": "grad_self = grad * self / result   (2-norm; 0 where result = 0)",
    "NormBackward1": "grad_self = grad * self / result   (2-norm; 0 where result = 0)",
    "MaxBackward1": "grad_self = grad shared evenly among the elements equal to the max",
    "MinBackward1": "grad_self = grad shared evenly among the elements equal to the min",
    "MaxBackward0": "grad_self = grad at each row's argmax, 0 elsewhere",
    "MinBackward0": "grad_self = grad at each row's argmin, 0 elsewhere",
    # shapes and indexing
    "ViewBackward0": "grad_self = grad.reshape(self's shape)",
    "ReshapeAliasBackward0": "grad_self = grad.reshape(self's shape)",
    "UnsafeViewBackward0": "grad_self = grad.reshape(self's shape)",
    "ExpandBackward0": "grad_self = grad summed over the expanded dims",
    "TransposeBackward0": "grad_self = grad.transpose(dim0, dim1)",
    "TBackward0": "grad_self = grad.t()",
    "PermuteBackward0": "grad_self = grad.permute(inverse of dims)",
    "UnsqueezeBackward0": "grad_self = grad.squeeze(dim)",
    "SqueezeBackward0": "grad_self = grad.reshape(self's shape)",
    "SqueezeBackward1": "grad_self = grad.unsqueeze(dim)",
    "SqueezeBackward2": "grad_self = grad.reshape(self's shape)",
    "SqueezeBackward3": "grad_self = grad.reshape(self's shape)",
    "SqueezeBackward4": "grad_self = grad.reshape(self's shape)",
    "SqueezeBackward5": "grad_self = grad.reshape(self's shape)",
    "UnsqueezeBackward1": "grad_self = grad.squeeze(dim)",
    "FlipBackward0": "grad_self = grad.flip(dims)",
    "RepeatBackward0": "grad_self = sum of grad over all the repeated copies",
    "AsStridedBackward0": "grad_base = grad placed where this view sits in its base",
    "CloneBackward0": "grad_self = grad",
    "AliasBackward0": "grad_self = grad",
    "SelectBackward0": "grad_self = zeros with grad placed at index along dim",
    "SliceBackward0": "grad_self = zeros with grad placed in the slice",
    "IndexBackward0": "grad_self = zeros with grad added at the indices (repeats add up)",
    "IndexPutBackward0": "grad_self = grad, 0 where x[indices] was assigned;  grad_values = grad[indices]",
    "IndexPutImplBackward0": "grad_values = grad[indices]",
    "IndexSelectBackward0": "grad_self = zeros with grad added back at each picked row",
    "IndexAddBackward0": "grad_self = grad,  grad_source = alpha * grad at the indices",
    "GatherBackward0": "grad_self = zeros with grad added back at each gathered place",
    "ScatterBackward0": "grad_self = grad, 0 where overwritten;  grad_src = grad at the scattered places",
    "ScatterBackward1": "grad_self = grad, 0 where overwritten",
    "ScatterAddBackward0": "grad_self = grad,  grad_src = grad at the scattered places",
    "SelectBackwardBackward0": "grad_g = grad[index] along dim",
    "SliceBackwardBackward0": "grad_g = grad[start:end:step] along dim",
    "SplitBackward0": "grad_self = each piece's grad put back in its place (zeros for unused pieces)",
    "SplitWithSizesBackward0": "grad_self = each piece's grad put back in its place (zeros for unused pieces)",
    "UnbindBackward0": "grad_self = each slice's grad put back in its row (zeros for unused slices)",
    "CatBackward0": "grad_each_input = its slice of grad",
    "StackBackward0": "grad_each_input = grad[i] along dim",
    # linear algebra and networks (PyTorch's names, for graphs that use them)
    "MmBackward0": "grad_self = grad @ mat2ᵀ,  grad_mat2 = selfᵀ @ grad",
    "MvBackward0": "grad_self = outer(grad, vec),  grad_vec = selfᵀ @ grad",
    "DotBackward0": "grad_self = grad * tensor,  grad_tensor = grad * self",
    "BmmBackward0": "grad_self = grad @ mat2ᵀ,  grad_mat2 = selfᵀ @ grad   (per batch)",
    "MatmulBackward0": "grad_self = grad @ otherᵀ,  grad_other = selfᵀ @ grad",
    "AddmmBackward0": "grad_self = beta * grad,  grad_mat1 = alpha * grad @ mat2ᵀ,  grad_mat2 = alpha * mat1ᵀ @ grad",
    "SoftmaxBackward0": "grad_self = result * (grad - sum(grad * result, dim))",
    "LogSoftmaxBackward0": "grad_self = grad - softmax(self) * sum(grad, dim)",
    "NllLoss2DBackward0": "grad_self = -grad / N at each pixel's target class, 0 elsewhere (mean reduction)",
    "NllLossBackward0": "grad_self = -grad / N at each target's class, 0 elsewhere (mean reduction)",
    "MseLossBackward0": "grad_self = grad * 2 (self - target) / N,  grad_target = -grad_self   (mean reduction)",
    "BinaryCrossEntropyBackward0": "grad_self = grad * (self - target) / (self (1 - self)) / N   (mean reduction)",
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
    rule = getattr(node_class, "__dict__", {}).get("rule") or RULES.get(name) or rule_of(name)
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
