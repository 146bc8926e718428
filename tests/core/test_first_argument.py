"""Every torch function PyTorch refuses a non-tensor first argument for (``torch.asin(2.0)``,
``torch.median([1., 2.])``) refuses it here with the same TypeError, from one recorded table."""
import ast
import pathlib
import subprocess
import sys

import pytest
from ops_oracle import same

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
    import torch

    assert len(SEVERAL_SIGNATURES) > 20
    messages = []
    for lib in (torch, autograd_tutor):
        with pytest.raises(TypeError) as caught:
            getattr(lib, name)(2.0)
        messages.append(str(caught.value))
    assert messages[1] == messages[0]


def test_the_recorded_dim_messages_are_current():
    script = ROOT / "scripts" / "record_torch_first_argument.py"
    now = subprocess.run([sys.executable, str(script), "--print-dims"], capture_output=True, text=True, check=True)
    assert ast.literal_eval(now.stdout) == recorded.DIM_EXPECTED, "run scripts/record_torch_first_argument.py"


@pytest.mark.parametrize("call", ["torch.sum(x, 'a')", "x.sum('a')", "torch.mean(x, 'a')", "x.mean(1.5)",
                                  "torch.prod(x, 1.5)", "x.prod('a')", "torch.max(x, 'a')"])
def test_a_wrong_dim_gets_torchs_whole_message(call):
    import torch

    messages = []
    for lib in (torch, autograd_tutor):
        with pytest.raises(TypeError) as caught:
            eval(call, {"torch": lib, "x": lib.ones(2)})
        messages.append(str(caught.value))
    assert messages[1] == messages[0]
