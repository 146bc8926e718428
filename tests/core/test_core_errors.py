"""Every error of the core's first part raises PyTorch's type and first line (and warnings match).

Each program runs against real torch and against autograd_tutor in the same test; what torch
raises is the expectation.
"""
import warnings

import pytest
import torch
from ops_oracle import stray

import autograd_tutor as at

PROGRAMS = {
    "requires_grad on an integer tensor": "lib.tensor(5, requires_grad=True)",
    "requires_grad_ on an integer tensor": "lib.tensor([1, 2]).requires_grad_()",
    "requires_grad attribute set to a non-bool": "setattr(lib.tensor([1.0]), 'requires_grad', 3)",
    "requires_grad_(False) on a non-leaf": (
        "x = lib.ones(2, requires_grad=True)\n(x * 2).requires_grad_(False)"
    ),
    "backward through freed buffers": (
        "x = lib.ones(2, requires_grad=True)\ny = (x * x).sum()\ny.backward()\ny.backward()"
    ),
    "saved tensor read after free": (
        "x = lib.ones(2, requires_grad=True)\ny = x * x\ny.sum().backward()\ny.grad_fn._saved_self"
    ),
    "implicit gradient of a non-scalar": "(lib.ones(2, requires_grad=True) * 2).backward()",
    "backward on a tensor without grad": "(lib.tensor(5.0) * 2).backward()",
    "backward on an integer tensor": "(lib.tensor(5) * lib.tensor(5)).backward()",
    "gradient shape mismatch": "(lib.ones(2, requires_grad=True) * 2).backward(lib.ones(3))",
    "gradient shape mismatch on a scalar": "lib.ones(2, requires_grad=True).sum().backward(lib.ones(3))",
    "broadcasting shape mismatch": "lib.ones(2, 3) + lib.ones(3, 2)",
    "broadcasting shape mismatch, 1-d": "lib.ones(3) * lib.ones(4)",
    "in-place op on a leaf that requires grad": "lib.ones(2, requires_grad=True).add_(1)",
    "item of a many-element tensor": "lib.tensor([1.0, 2.0]).item()",
    "bool of a many-element tensor": "bool(lib.tensor([1.0, 2.0]))",
    "len of a 0-d tensor": "len(lib.tensor(1.0))",
    "format spec on a 1-d tensor": "f'{lib.tensor([1.0, 2.0]):.2f}'",
    "ragged nested lists": "lib.tensor([[1, 2], [3]])",
    "invalid data type": "lib.tensor('a')",
    "numpy() of a tensor that requires grad": "lib.ones(2, requires_grad=True).numpy()",
    "assigning a grad of the wrong size": (
        "x = lib.ones(2, requires_grad=True)\nx.grad = lib.ones(3)"
    ),
    "assigning a non-tensor grad": "x = lib.ones(2, requires_grad=True)\nx.grad = 3",
    "size of a missing dimension": "lib.ones(2, 3).size(2)",
    "modified by an inplace operation": (
        "x = lib.ones(2, requires_grad=True)\ny = x.exp()\ny.add_(1)\ny.sum().backward()"
    ),
    "mean of an integer tensor": "lib.tensor([1, 2]).mean()",
}


def _outcome(lib, program):
    """(exception type name, first line) or ('ok', repr of the last value) plus warnings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.filterwarnings("always", append=True)  # after autograd_tutor's own filter (_fp_warnings)
        try:
            exec(program, {"lib": lib})
            result = ("ok", "")
        except Exception as exc:  # the exception is the observation
            text = str(exc).strip()
            result = (type(exc).__name__, text.splitlines()[0] if text else "")
    return result, [(w.category.__name__, str(w.message).splitlines()[0]) for w in caught if not stray(w)]


@pytest.mark.parametrize("program", PROGRAMS.values(), ids=list(PROGRAMS))
def test_error_matches_pytorch(program):
    expected = _outcome(torch, program)
    assert expected[0][0] != "ok", "the program must fail under torch"
    assert _outcome(at, program) == expected


def test_grad_of_a_non_leaf_warns_like_pytorch():
    program = "x = lib.ones(2, requires_grad=True)\ny = x * 2\nassert y.grad is None"
    assert _outcome(at, program) == _outcome(torch, program)
    assert _outcome(at, program)[1], "a UserWarning is expected"


def test_no_warning_after_retain_grad():
    program = "x = lib.ones(2, requires_grad=True)\ny = x * 2\ny.retain_grad()\ny.sum().backward()\ny.grad"
    assert _outcome(at, program) == _outcome(torch, program) == (("ok", ""), [])
