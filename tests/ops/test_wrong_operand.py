"""An operand of the wrong type (a str, a list of str, None where PyTorch refuses it, any other
object) given to a pointwise, compare or ternary op gets PyTorch's own TypeError, word for word,
from one recorded table (scripts/record_torch_wrong_operand.py) applied by the registry."""
import ast
import pathlib
import subprocess
import sys

import pytest
import torch
from ops_oracle import whole_messages

import autograd_tutor
from autograd_tutor.ops import _torch_keywords as recorded_keywords, _torch_wrong_operand as recorded

ROOT = pathlib.Path(__file__).resolve().parents[2]
PROBES = {"str": lambda: "a", "list": lambda: ["a"], "NoneType": lambda: None, "object": object}


def _cases():
    for (kind, name), positions in sorted(recorded.RULES.items()):
        for position, rule in sorted(positions.items(), key=str):
            for probe in PROBES if isinstance(rule, str) else sorted(rule):
                yield kind, name, position, probe


CASES = list(_cases())


def _message(lib, kind, name, args, kwargs):
    x = lib.tensor([0.25, 0.5])
    fn = getattr(lib, name) if kind == "function" else getattr(x, name)
    operands = [x] * (1 if kind == "function" else 0) + [lib.tensor([0.5, 1.0]) if a == "x" else a for a in args]
    with pytest.raises(Exception) as caught:
        fn(*operands, **kwargs)
    return type(caught.value), str(caught.value)


def _both(kind, name, args, kwargs=None):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _message(torch, kind, name, args, kwargs or {}), _message(autograd_tutor, kind, name, args, kwargs or {})


def test_the_recorded_table_is_current():
    """Every entry is what PyTorch does today (ops added since are only counted: re-run the script)."""
    script = ROOT / "scripts" / "record_torch_wrong_operand.py"  # own process: odd calls into PyTorch
    now = ast.literal_eval(subprocess.run([sys.executable, str(script), "--print"], capture_output=True, text=True,
                                          check=True).stdout)
    assert {k: r for k, r in now.items() if k in recorded.RULES} == recorded.RULES, \
        "run scripts/record_torch_wrong_operand.py"
    print(f"\nwrong-operand rules not recorded yet: {sorted(set(now) - set(recorded.RULES))}")


def test_the_table_covers_the_reported_ops():
    for key in [("method", "subtract_"), ("method", "multiply_"), ("function", "pow"), ("function", "remainder"),
                ("function", "fmod"), ("function", "clamp"), ("function", "copysign"), ("function", "xlogy"),
                ("method", "masked_fill"), ("method", "lerp"), ("method", "floor_divide_"), ("function", "atan2"),
                ("function", "hypot"), ("function", "logaddexp")]:
        assert key in recorded.RULES, key


def _recorder():
    import importlib.util

    spec = importlib.util.spec_from_file_location("recorder", ROOT / "scripts" / "record_torch_wrong_operand.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RECORDER = _recorder()


@pytest.mark.parametrize("kind, name, position, probe", CASES, ids=lambda v: str(v))
def test_a_wrong_operand_is_refused_as_torch(kind, name, position, probe):
    if isinstance(position, str):  # a keyword: torch.clamp(x, max="a"), after the operands it needs
        before = dict(RECORDER._keywords(kind, name))[position]
        theirs, ours = _both(kind, name, ["x"] * before, {position: PROBES[probe]()})
    else:
        theirs, ours = _both(kind, name, ["x"] * position + [PROBES[probe]()])
    assert theirs[0] is TypeError
    assert ours == theirs


@pytest.mark.parametrize("kind, name, args", [
    ("function", "clamp", (0.0, "a")),  # a number before: got (Tensor, float, str)
    ("function", "clamp", ("a", 1.0)),  # an argument after the wrong one
    ("method", "lerp", ("x", ("a",))),  # a tuple: refused like an object
    ("function", "pow", ({"a": 1},)),
    ("method", "add_", (object(),)),
    ("function", "where", ("x", "a")),
    ("method", "copysign_", ([1.0, "a"],)),
])
def test_other_wrong_operands_are_refused_as_torch(kind, name, args):
    theirs, ours = _both(kind, name, list(args))
    assert theirs[0] is TypeError
    assert ours == theirs


@pytest.mark.parametrize("call", ["x.add(2)", "torch.pow(x, 2.0)", "torch.clamp(x, None, 1.0)", "x.lerp(x, 0.5)",
                                  "x.masked_fill(x > 0.3, True)", "torch.atan2(x, x)", "x.sub_(1).mul_(2.0)"])
def test_valid_operands_pass(call):
    for lib in (torch, autograd_tutor):
        eval(call, {"torch": lib, "x": lib.tensor([0.25, 0.5])})


NO_KEYWORDS = sorted(n for n, keys in recorded_keywords.METHODS.items() if keys == () and n not in {"cpu", "cuda", "nonzero"} and hasattr(autograd_tutor.Tensor, n))


@pytest.mark.parametrize("name", NO_KEYWORDS)
def test_methods_taking_no_keywords_refuse_them_as_torch(name):
    """``x.exp_(out=x)``, ``x.exp(out=x)``: PyTorch's C methods take no keywords (never ignored)."""
    assert len(NO_KEYWORDS) > 80
    # x.name(...), not getattr: CPython names the class TensorBase then
    messages = whole_messages(lambda T: eval(f"x.{name}(out=x)", {"x": T.tensor([0.25, 0.5])}), TypeError)
    assert messages[1] == messages[0]


@pytest.mark.parametrize("call", [
    "torch.clamp(x, min='a', max=1)", "torch.clamp(x, max=1, min='a')", "x.clamp(max=1, min='a')",
    "torch.clamp(max=1, min='a', input=x)", "torch.lerp(x, weight=0.5, end='a')",
    "torch.where(x > 0, other='a', input=x)",
])
def test_keywords_in_got_are_listed_in_torchs_order(call):
    """PyTorch's ``got (...)`` lists keywords in the reverse of the order they were written."""
    messages = []
    for lib in (torch, autograd_tutor):
        with pytest.raises(TypeError) as caught:
            eval(call, {"torch": lib, "x": lib.tensor([0.25, 0.5])})
        messages.append(str(caught.value).splitlines()[0])
    assert messages[1] == messages[0]


@pytest.mark.parametrize("call", [
    "x.masked_fill(x > 0.3, [2.0])", "x.masked_fill(x > 0.3, [])", "torch.masked_fill(x, x > 0.3, [1.0])",
    "x.clone().masked_fill_(x > 0.3, [2.0])", "x.masked_fill([True, False], 1.0)", "torch.clamp(x, [0.5])",
    "torch.clamp(x, max=[0.5])", "torch.where(x > 0.3, x, [1.0])", "torch.pow(x, [2.0])", "x.add([1.0])",
    "torch.lt(x, [1.0])", "x.lerp(x, (0.5,))", "torch.all(x, [0.5])",
])
def test_a_list_of_numbers_for_a_tensor_or_number_is_refused_as_torch(call):
    """PyTorch's parser takes no list for a Tensor or Scalar operand (only for dims)."""
    theirs, ours = [], []
    for lib, out in ((torch, theirs), (autograd_tutor, ours)):
        with pytest.raises(TypeError) as caught:
            eval(call, {"torch": lib, "x": lib.tensor([0.25, 0.5])})
        out.append(str(caught.value).splitlines()[0])
    assert ours == theirs


@pytest.mark.parametrize("call", ["torch.all(x > 0, [0])", "x.any(dim=[0])", "torch.any(x, (0, 1))",
                                  "torch.count_nonzero(x, [0])"])
def test_a_list_of_dims_is_still_taken(call):
    for lib in (torch, autograd_tutor):
        eval(call, {"torch": lib, "x": lib.tensor([[0.25, 0.5]])})


@pytest.mark.parametrize("call", [
    "torch.add(2, 3)", "torch.add(2.5, 3)", "torch.add(True, 2)", "torch.sub(2, 3.5)", "torch.mul(2, 3)",
    "torch.div(2, 3)", "torch.div(7, 2, rounding_mode='floor')", "torch.true_divide(2, 3)", "torch.floor_divide(7, 2)",
    "torch.subtract(2, 3)", "torch.multiply(2.5, 2)", "torch.divide(1, 4)", "torch.add(2, 3, alpha=2)",
    "torch.add(2, other=3)", "torch.add(2, torch.tensor([1.5]))",
])
def test_add_sub_mul_div_read_a_number_first_as_a_tensor_as_torch(call):
    """PyTorch's parser takes a Python number for their tensor arguments: torch.add(2, 3) is tensor(5)."""
    from ops_oracle import same

    same(lambda T: eval(call, {"torch": T}))


@pytest.mark.parametrize("call", ["torch.add(2, 'a')", "torch.div(2, None)", "torch.subtract(2, 'a')",
                                  "torch.multiply(2, [1.0])", "torch.sub(True, 2)", "torch.true_divide(2.0, 'a')"])
def test_a_number_first_then_a_wrong_operand_as_torch(call):
    from ops_oracle import same

    same(lambda T: eval(call, {"torch": T}), raises=(TypeError, RuntimeError))
