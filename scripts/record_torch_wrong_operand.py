"""Records, from real PyTorch 2.13, how each pointwise, compare and ternary op refuses an operand of
the wrong type (``x.subtract_("a")``, ``torch.pow(x, "a")``, ``x.lerp(x, object())``).

usage: .venv/bin/python scripts/record_torch_wrong_operand.py          (writes the table)
       .venv/bin/python scripts/record_torch_wrong_operand.py --print  (prints it, writes nothing)

Writes autograd_tutor/ops/_torch_wrong_operand.py. For every torch function, Tensor method and
in-place variant declared in ``ops/pointwise/`` and ``ops/compare/``, PyTorch is called on a float
tensor with a wrong operand (a str, a list of str, None, an object()) at each operand position,
the operands before it being tensors (``torch.f(x, bad)``, ``torch.f(x, x, bad)``, ``x.f(bad)``,
``x.f(x, bad)``), and as each keyword PyTorch and ours take (``torch.clamp(x, max=bad)``). A TypeError naming the operand's type is kept as a template, the type written
``{type}`` (``{marked}`` where PyTorch marks it with its elements' types: ``!list of [str]!``): RULES[(kind, name)][position] is that template when every probe gives it, else a
dict type name -> template (a type PyTorch accepts there, such as None, has none); kind is
"function" or "method" (in-place variants are methods), position the operand's index after the
input or self, or the keyword's name.

The registry applies the rules to the ops' functions and methods (one place, ``_registry``), only
when an operand's type is wrong; tests/ops/test_wrong_operand.py compares every recorded case
with PyTorch. PyTorch stays a test-only dependency.
"""
import pathlib
import pprint
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))  # also when loaded by path (tests/ops/test_wrong_operand.py)
from record_torch_first_argument import torch_refusal  # noqa: E402 - PyTorch's TypeError message, or None

TARGET = ROOT / "autograd_tutor" / "ops" / "_torch_wrong_operand.py"
GROUPS = ("autograd_tutor.ops.pointwise.", "autograd_tutor.ops.compare.")
# The wrong operands and the type name PyTorch's messages give them.
PROBES = (("a", "str"), (["a"], "list"), (None, "NoneType"), (object(), "object"))
OPERAND_POSITIONS = (0, 1)  # after self (methods) or input (functions)


# PyTorch's argument parser refusing a type (not, e.g., apply_'s "'object' object is not callable").
_PARSER = re.compile(r"^\w+\(\)(: argument '\w+' (\(position \d+\) )?must be | received an invalid combination)")


def _template(message, label):
    """``message`` with the probe's type name written ``{type}``, or None when it is not the
    parser's refusal of that type (``exp_() takes no arguments``: not about the operand's type)."""
    if message is None or not _PARSER.match(message):
        return None
    # The type appears in ``got (Tensor, str)`` and ``not str``, and as ``!str!`` or, for a
    # sequence, with its elements' types (``!list of [str]!``), written ``{marked}``.
    message = message.replace("{", "{{").replace("}", "}}").replace("list of [str]!", "{marked}!")
    pattern = re.compile(rf"(?<=[ (,!=]){re.escape(label)}(?=[ ,)!]|$)")
    templated, count = pattern.subn("{type}", message)
    return re.sub(r"(?<=[!=])\{type\}!", "{marked}!", templated) if count else None


def names():
    """(kind, name) of every function and method (in-place variants too) of the ops in GROUPS."""
    import autograd_tutor  # noqa: F401 - installs the ops
    from autograd_tutor.ops._registry import declared

    found = set()
    for o in declared():
        if not o.module.startswith(GROUPS) or o.as_property:
            continue
        for name in (o.name, *o.aliases):
            if o.function is not False:
                found.add(("function", name))
            if o.method is not False:
                found.add(("method", name))
            if o.inplace:
                found.add(("method", o.inplace if name == o.name else f"{name}_"))
    return sorted(found)


def _keywords(kind, name):
    """(keyword, operands before it) for the operands of ours PyTorch also takes by keyword
    (``torch.clamp(x, max="a")``, ``x.lerp(x, weight="a")``)."""
    import inspect

    import autograd_tutor
    from autograd_tutor.ops import _torch_keywords

    torch_keys = (_torch_keywords.FUNCTIONS if kind == "function" else _torch_keywords.METHODS).get(name) or ()
    ours = getattr(autograd_tutor if kind == "function" else autograd_tutor.Tensor, name, None)
    try:
        params = list(inspect.signature(inspect.unwrap(ours)).parameters.values())[1:]
    except (TypeError, ValueError):
        return []
    found, before = [], 0
    for p in params:
        if p.name in torch_keys and p.name not in ("out", "input") and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY):
            found.append((p.name, before))
        if p.kind == p.POSITIONAL_OR_KEYWORD and p.default is p.empty:
            before += 1  # a required operand before the keyword: given as a tensor
    if any(p.kind == p.VAR_KEYWORD for p in params):  # ours passes them on (add's alpha)
        named = {name for name, _ in found} | {p.name for p in params}
        found += [(key, before) for key in sorted(set(torch_keys) - named - {"out", "input"})]
    return found


def record():
    import torch

    rules = {}
    for kind, name in names():
        real = getattr(torch if kind == "function" else torch.Tensor, name, None)
        if real is None:
            continue
        by_position = {}
        for position in OPERAND_POSITIONS:
            by_type = {}
            for probe, label in PROBES:
                x = torch.tensor([0.25, 0.5])
                before = [x] * (position + 1)  # self or input, then tensor operands
                template = _template(torch_refusal(real, *before, probe), label)
                if template is not None:
                    by_type[label] = template
            if len(by_type) == len(PROBES) and len(set(by_type.values())) == 1:
                by_type = by_type["str"]  # one message for every wrong type
            if by_type:
                by_position[position] = by_type
        for keyword, before in _keywords(kind, name):
            by_type = {}
            for probe, label in PROBES:
                x = torch.tensor([0.25, 0.5])
                template = _template(torch_refusal(lambda *a: real(*a, **{keyword: probe}), *[x] * (before + 1)), label)
                if template is not None:
                    by_type[label] = template
            if len(by_type) == len(PROBES) and len(set(by_type.values())) == 1:
                by_type = by_type["str"]
            if by_type:
                by_position[keyword] = by_type
        if by_position:
            rules[(kind, name)] = by_position
    return rules


def main():
    if sys.argv[1:] == ["--print"]:  # for the test: the table as it would be recorded now
        print(repr(record()))
        return
    rules = record()
    TARGET.write_text(
        '"""How PyTorch 2.13 refuses an operand of the wrong type, per op function and method\n'
        "(recorded by scripts/record_torch_wrong_operand.py; do not edit by hand).\n"
        "RULES[(kind, name)][position] = the message (or type name -> message), ``{type}`` standing for the type.\"\"\"\n"
        f"RULES = {pprint.pformat(rules, width=110)}\n"
    )
    print(f"recorded {len(rules)} functions and methods")


if __name__ == "__main__":
    main()
