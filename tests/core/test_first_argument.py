"""Every torch function PyTorch refuses a non-tensor first argument for (``torch.asin(2.0)``,
``torch.median([1., 2.])``) refuses it here with the same TypeError, from one recorded table."""
import ast
import pathlib
import subprocess
import sys

import pytest
from ops_oracle import same, whole_messages

import autograd_tutor
from autograd_tutor.ops import _torch_first_argument as recorded

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_the_recorded_table_is_current():
    """Every entry is what PyTorch does today. Functions added since the table was recorded are
    only counted (re-run the script to cover them), so adding an op elsewhere never breaks this."""
    # In its own process: probing calls PyTorch's functions with odd arguments.
    script = ROOT / "scripts" / "record_torch_first_argument.py"
    now = subprocess.run([sys.executable, str(script), "--print"], capture_output=True, text=True, check=True)
    rules = ast.literal_eval(now.stdout)
    assert {n: r for n, r in rules.items() if n in recorded.RULES} == recorded.RULES, \
        "run scripts/record_torch_first_argument.py"
    print(f"\nfirst-argument rules not recorded yet: {sorted(set(rules) - set(recorded.RULES))}")


@pytest.mark.parametrize("name", sorted(recorded.RULES))
@pytest.mark.parametrize("first", ["2.0", "[1.0, 2.0]", "True", "2"])
def test_a_number_or_list_first_is_refused_as_torch(name, first):
    same(lambda T: getattr(T, name)(eval(first)), raises=TypeError)


@pytest.mark.parametrize("call", ["torch.add(2, x)", "torch.mul(2.0, x)", "torch.pow(2.0, x)",
                                  "torch.where(x > 1, 2.0, x)", "torch.sub(1, x, alpha=2)"])
def test_overloads_taking_a_number_first_still_work(call):
    same(lambda T: eval(call, {"torch": T, "x": T.tensor([1.0, 2.0])}))


def test_every_tensor_first_function_of_the_namespace_is_checked():
    wrapped = {n for n in recorded.RULES if hasattr(getattr(autograd_tutor, n), "__wrapped__")}
    assert wrapped == set(recorded.RULES)


SEVERAL_SIGNATURES = sorted(n for n, r in recorded.RULES.items() if r[0] == "overloaded" and r[2].startswith("one of"))


@pytest.mark.parametrize("name", SEVERAL_SIGNATURES)
def test_the_whole_message_lists_torchs_signatures(name):
    """Not only the first line: ``but expected one of:`` is followed by PyTorch's signatures."""
    assert len(SEVERAL_SIGNATURES) > 20
    theirs, ours = whole_messages(lambda T: getattr(T, name)(2.0), TypeError)
    assert ours == theirs


def test_the_recorded_dim_messages_are_current():
    script = ROOT / "scripts" / "record_torch_first_argument.py"
    now = subprocess.run([sys.executable, str(script), "--print-dims"], capture_output=True, text=True, check=True)
    assert ast.literal_eval(now.stdout) == recorded.DIM_EXPECTED, "run scripts/record_torch_first_argument.py"


def test_the_recorded_special_table_is_current():
    script = ROOT / "scripts" / "record_torch_first_argument.py"
    now = subprocess.run([sys.executable, str(script), "--print-special"], capture_output=True, text=True, check=True)
    rules = ast.literal_eval(now.stdout)
    assert {n: r for n, r in rules.items() if n in recorded.SPECIAL} == recorded.SPECIAL, \
        "run scripts/record_torch_first_argument.py"
    print(f"\ntorch.special rules not recorded yet: {sorted(set(rules) - set(recorded.SPECIAL))}")


@pytest.mark.parametrize("name", sorted(recorded.SPECIAL))
@pytest.mark.parametrize("first", ["2.0", "[1.0, 2.0]", "True"])
def test_a_torch_special_function_refuses_a_number_or_list_first_as_torch(name, first):
    """PyTorch names these ``special_<name>`` in its words."""
    same(lambda T: getattr(T.special, name)(eval(first)), raises=TypeError)


@pytest.mark.parametrize("call", ["torch.sum(x, 'a')", "x.sum('a')", "torch.mean(x, 'a')", "x.mean(1.5)",
                                  "torch.prod(x, 1.5)", "x.prod('a')", "torch.max(x, 'a')"])
def test_a_wrong_dim_gets_torchs_whole_message(call):
    theirs, ours = whole_messages(lambda T: eval(call, {"torch": T, "x": T.ones(2)}), TypeError)
    assert ours == theirs


def test_the_recorded_keepdim_messages_are_current():
    script = ROOT / "scripts" / "record_torch_first_argument.py"
    now = subprocess.run([sys.executable, str(script), "--print-keepdim"], capture_output=True, text=True, check=True)
    assert ast.literal_eval(now.stdout) == recorded.KEEPDIM, "run scripts/record_torch_first_argument.py"


KEEPDIM_CALLS = [
    (kind, name, call)
    for (kind, name), (positional, _) in sorted(recorded.KEEPDIM.items())
    for call in ((["0", "probe"], {}), (["0"], {"keepdim": "probe"}))
    if positional is not None or call[1]
]


@pytest.mark.parametrize("kind, name, call", KEEPDIM_CALLS, ids=lambda v: str(v))
@pytest.mark.parametrize("probe", ["'a'", "2", "0", "2.5", "None"])
def test_a_keepdim_or_unbiased_that_is_not_a_bool_is_refused_as_torch(kind, name, call, probe):
    """PyTorch's parser takes only a bool there (not 0 or 1): never silently read as true or false."""
    args, kwargs = call

    def program(T):
        x = T.ones(2, 2)
        fn = getattr(T, name) if kind == "function" else getattr(x, name)
        first = [x] if kind == "function" else []
        return fn(*first, *[eval(a, {"probe": eval(probe)}) for a in args],
                  **{k: eval(v, {"probe": eval(probe)}) for k, v in kwargs.items()})

    same(program, raises=TypeError)


@pytest.mark.parametrize("call", ["torch.sum(x, 0, True)", "x.mean(1, keepdim=False)", "torch.var(x, 0, False)",
                                  "x.std(0, True, True)", "torch.max(x, 1, True)", "torch.sum(x)", "x.amax(0, True)"])
def test_a_bool_keepdim_still_works(call):
    same(lambda T: eval(call, {"torch": T, "x": T.tensor([[1.0, 2.0], [3.0, 5.0]])}))
