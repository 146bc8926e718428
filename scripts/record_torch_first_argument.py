"""Records, from real PyTorch 2.13, how each torch function refuses a first argument that is not
a tensor (``torch.asin(2.0)``, ``torch.median([1., 2.])``).

usage: .venv/bin/python scripts/record_torch_first_argument.py

Writes autograd_tutor/ops/_torch_first_argument.py. For every ``torch.<name>`` autograd_tutor
provides, PyTorch is called with a float and with a list, and its TypeError is kept as a rule:

- ``("tensor", reported, arg)``: one signature; the message is
  ``<reported>(): argument '<arg>' (position 1) must be Tensor, not <type>``;
- ``("overloaded", reported, expected, strict)``: several (or keyword-bearing) signatures; the
  message is ``<reported>() received an invalid combination of arguments - got (<types>), but
  expected <expected>``; ``strict`` when a number first is refused even with a tensor after it.

ops/_signatures.py applies the rules to the whole ``torch`` namespace (one place), and
tests/core/test_first_argument.py checks the table is current. PyTorch stays a test-only dependency.
"""
import inspect
import pathlib
import pprint
import re
import sys
import warnings

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET = ROOT / "autograd_tutor" / "ops" / "_torch_first_argument.py"
_TENSOR = re.compile(r"^(\w+)\(\): argument '(\w+)' \(position 1\) must be Tensor, not (float|list)$")
_OVERLOADED = re.compile(r"^(\w+)\(\) received an invalid combination of arguments - got \((float|list)\), "
                         r"but expected (.*)$")


def torch_refusal(fn, *args):
    """PyTorch's TypeError message for ``fn(*args)``, or None when it does not raise one."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fn(*args)
    except TypeError as exc:
        return str(exc)
    except Exception:  # noqa: BLE001 - refused for another reason: not a type rule
        return None
    return None


def _tensor_first_everywhere(message, expected):
    """Whether every signature PyTorch lists takes a Tensor first (linspace and pow also take a
    number first: those are left to the op)."""
    signatures = [expected] if expected.startswith("(") else \
        [line.strip()[2:] for line in message.splitlines()[1:] if line.strip().startswith("* (")]
    return bool(signatures) and all(sig.startswith("(Tensor ") for sig in signatures)


def _expected(message, expected):
    """What follows ``but expected``: one signature, or ``one of:`` and the signature lines
    (`` * (Tensor input, ...)``; the ``didn't match`` lines depend on the call and are left out)."""
    if expected != "one of:":
        return expected
    lines = [line for line in message.splitlines()[1:] if line.startswith(" * (")]
    return "one of:\n" + "".join(f"{line}\n" for line in lines)


def rule(fn):
    import torch

    seen = set()
    for probe in (2.0, [1.0, 2.0]):
        message = torch_refusal(fn, probe)
        if message is None:
            return None
        first = message.splitlines()[0]
        tensor, overloaded = _TENSOR.match(first), _OVERLOADED.match(first)
        if tensor:
            seen.add(("tensor", tensor.group(1), tensor.group(2)))
        elif overloaded and _tensor_first_everywhere(message, overloaded.group(3)):
            strict = torch_refusal(fn, 2.0, torch.ones(2)) is not None
            seen.add(("overloaded", overloaded.group(1), _expected(message, overloaded.group(3)), strict))
        else:
            return None
    # A number first is fine in some calls of some functions (normal(0., 1., size)): no rule.
    for numbers_first in ((2.0, 1.0, (2,)), (2.0, torch.ones(2)), (2.0, 1.0)):
        if seen and next(iter(seen))[0] == "tensor" and _accepts(fn, *numbers_first):
            return None
    return seen.pop() if len(seen) == 1 else None


def _accepts(fn, *args):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fn(*args)
    except Exception:  # noqa: BLE001 - any refusal
        return False
    return True


def record():
    import torch

    import autograd_tutor as ours

    rules = {}
    # Setters change PyTorch's global state when a probe happens to be accepted: never probed.
    names = [n for n in dir(ours) if not n.startswith(("_", "set_")) and n not in ("manual_seed", "seed", "save")]
    for name in sorted(names):
        real = getattr(torch, name, None)
        if not callable(real) or isinstance(real, type) or inspect.ismodule(real):
            continue
        found = rule(real)
        if found is not None:
            rules[name] = found
    return rules


_TWO_NUMBERS = re.compile(r"^(\w+)\(\) received an invalid combination of arguments - got \(float, float\), "
                          r"but expected (.*)$")


def _two_numbers_rule(fn):
    """``("numbers", reported, expected)`` for a function taking a number first only with a tensor
    after it (``torch.special.zeta(2.0, x)``), refusing two numbers; None otherwise."""
    message = torch_refusal(fn, 2.0, 3.0)
    match = message and _TWO_NUMBERS.match(message.splitlines()[0])
    return ("numbers", match.group(1), _expected(message, match.group(2))) if match else None


def record_special():
    """The same rules for the ``torch.special.<name>`` functions autograd_tutor provides (PyTorch
    names them ``special_<name>`` in its messages), and ``("numbers", reported, expected)`` for
    those refusing two numbers only (xlogy, zeta: a number first is fine before a tensor)."""
    import torch

    import autograd_tutor as ours

    rules = {}
    for name in sorted(n for n in dir(ours.special) if not n.startswith("_")):
        real = getattr(torch.special, name, None)
        if callable(real) and not isinstance(real, type) and not inspect.ismodule(real):
            found = rule(real) or _two_numbers_rule(real)
            if found is not None:
                rules[name] = found
    return rules


def record_dims():
    """What follows ``but expected`` when a reduction's ``dim`` has the wrong type, for
    ``torch.<name>(x, "a")`` and ``x.<name>("a")``: the signatures PyTorch lists."""
    import torch

    from autograd_tutor.ops._signatures import dim_checks

    found = {}
    for name in sorted(dim_checks()):
        x = torch.ones(2)
        expected = []
        for message in (torch_refusal(getattr(torch, name), x, "a"), torch_refusal(getattr(x, name), "a")):
            match = message and _OVERLOADED.match(message.splitlines()[0].replace("(Tensor, str)", "(float)")
                                                  .replace("(str)", "(float)"))
            expected.append(_expected(message, match.group(3)) if match else None)
        found[name] = tuple(expected)
    return found


# Reductions whose keepdim directly follows dim (torch.sum(x, 0, True)); var and std take unbiased
# there instead, a bool too. norm's third argument is dim: its keepdim is checked by keyword only.
_KEEPDIM_AFTER_DIM = ("all", "amax", "amin", "any", "argmax", "argmin", "logsumexp", "max", "mean", "median",
                      "min", "nansum", "prod", "std", "sum", "var")
_KEEPDIM_BY_KEYWORD = ("norm",)


def _keepdim_template(message):
    """PyTorch's refusal of ``keepdim=2`` as a template: ``{type}`` for the type name; an
    invalid combination keeps its first line's words and the signature lines (``got (...)`` is
    rebuilt from the call)."""
    if message is None:
        return None
    first = message.splitlines()[0]
    if first.endswith("must be bool, not int"):
        return first[: -len("int")] + "{type}"
    match = _OVERLOADED.match(first.replace(re.search(r"got \([^)]*\)", first).group(0), "got (float)"))
    return f"{match.group(1)}() received an invalid combination of arguments - got (), but expected " \
        + _expected(message, match.group(3)) if match else None


def record_keepdim():
    """(kind, name) -> (the template for keepdim given by position, by keyword) when keepdim is
    not a bool: PyTorch's parser refuses even 0 and 1."""
    import torch

    import autograd_tutor as ours

    found = {}
    for name in _KEEPDIM_AFTER_DIM + _KEEPDIM_BY_KEYWORD:
        x = torch.ones(2, 2)
        for kind, call in (("function", lambda *a, **k: getattr(torch, name)(x, *a, **k)),
                           ("method", lambda *a, **k: getattr(x, name)(*a, **k))):
            if not hasattr(ours if kind == "function" else ours.Tensor, name):
                continue
            positional = _keepdim_template(torch_refusal(lambda: call(0, 2))) if name in _KEEPDIM_AFTER_DIM else None
            keyword = _keepdim_template(torch_refusal(lambda: call(0, keepdim=2)))
            if keyword is not None:
                found[(kind, name)] = (positional, keyword)
    return found


def main():
    if sys.argv[1:] == ["--print"]:  # for the test: the table as it would be recorded now
        print(repr(record()))
        return
    if sys.argv[1:] == ["--print-special"]:
        print(repr(record_special()))
        return
    if sys.argv[1:] == ["--print-dims"]:
        print(repr(record_dims()))
        return
    if sys.argv[1:] == ["--print-keepdim"]:
        print(repr(record_keepdim()))
        return
    rules, dims, keepdim, special = record(), record_dims(), record_keepdim(), record_special()
    TARGET.write_text(
        '"""How PyTorch 2.13 refuses a first argument that is not a tensor, per torch function\n'
        '(recorded by scripts/record_torch_first_argument.py; do not edit by hand).\n'
        'DIM_EXPECTED[name]: what its message for a ``dim`` of the wrong type (torch.sum(x, "a"),\n'
        'x.sum("a")) expects, for the function and the method. KEEPDIM[(kind, name)]: its message\n'
        'for a keepdim that is not a bool, given by position (after dim) and by keyword.\n'
        'SPECIAL: the RULES of the torch.special functions."""\n'
        f"RULES = {pprint.pformat(rules, width=110, compact=True)}\n\n"
        f"DIM_EXPECTED = {pprint.pformat(dims, width=110, compact=True)}\n\n"
        f"KEEPDIM = {pprint.pformat(keepdim, width=110, compact=True)}\n\n"
        f"SPECIAL = {pprint.pformat(special, width=110, compact=True)}\n"
    )
    print(f"recorded {len(rules)} functions, {len(dims)} dim checks, {len(keepdim)} keepdim checks, "
          f"{len(special)} torch.special functions")


if __name__ == "__main__":
    main()
