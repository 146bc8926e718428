"""A name autograd_tutor lacks: PyTorch's AttributeError words, plus, when PyTorch 2.13 has the
name, that autograd_tutor does not implement it. The recorded table is PyTorch's current one."""
import json
import subprocess
import sys

import pytest
import torch
import torch.func
import torch.nn.functional
from ops_oracle import same

import autograd_tutor
import autograd_tutor.nn.functional as F
from autograd_tutor import _pytorch_names

PLACES = {"torch": (torch, autograd_tutor, "TORCH"), "torch.Tensor": (torch.Tensor, autograd_tutor.Tensor, "TENSOR"),
          "torch.nn.functional": (torch.nn.functional, F, "FUNCTIONAL"),
          "torch.linalg": (torch.linalg, autograd_tutor.linalg, "LINALG"),
          "torch.special": (torch.special, autograd_tutor.special, "SPECIAL"),
          "torch.func": (torch.func, autograd_tutor.func, "FUNC"),
          "torch.distributions": (torch.distributions, autograd_tutor.distributions, "DISTRIBUTIONS")}


def _fresh_names(place):
    """The public names of ``place`` in a fresh interpreter, as the recording script sees them:
    in this one, other tests' imports (torch.testing, torch.func...) add submodules to torch."""
    program = (f"import json, torch, torch.nn.functional; "
               f"print(json.dumps(sorted(n for n in dir({place}) if not n.startswith('_'))))")
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=300)
    return set(json.loads(done.stdout))


@pytest.mark.parametrize("place", sorted(PLACES))
def test_the_recorded_names_are_pytorchs(place):
    _, _, table = PLACES[place]
    assert getattr(_pytorch_names, table) == _fresh_names(place), "run scripts/record_torch_names.py"


def _lookup(place, name):
    _, ours, _ = PLACES[place]
    return getattr(autograd_tutor.ones(1) if place == "torch.Tensor" else ours, name)


@pytest.mark.parametrize("place", sorted(set(PLACES) - {"torch.Tensor"}))
def test_a_missing_pytorch_name_says_so(place):
    real, ours, table = PLACES[place]
    missing = sorted(n for n in getattr(_pytorch_names, table) if not hasattr(ours, n))
    assert missing, f"every name of {place} is implemented: pick another check"
    shown = "Tensor" if place == "torch.Tensor" else place
    first = "'Tensor' object" if place == "torch.Tensor" else f"module '{place}'"
    for name in missing[:: max(1, len(missing) // 25)]:
        with pytest.raises(AttributeError) as caught:
            _lookup(place, name)
        assert str(caught.value) == (f"{first} has no attribute '{name}' (PyTorch has {shown}.{name}; "
                                     "autograd_tutor does not implement it)")
        assert caught.value.name == name


@pytest.mark.parametrize("expr", ["torch.no_such_name", "torch.ones(1).no_such_name", "torch.linalg.no_such_name",
                                  "torch.special.no_such_name",
                                  "torch.nn.functional.no_such_name", "torch.ones(1)._private_name"])
def test_a_name_pytorch_lacks_too_keeps_pytorchs_words(expr):
    same(lambda T: eval(expr, {"torch": T}), raises=AttributeError)


def test_a_missing_tensor_method_keeps_pythons_words():
    # Tensor has no __getattr__ (it would slow every attribute read of every tensor five times):
    # a method PyTorch has and autograd_tutor lacks gets Python's message, PyTorch's words too.
    assert "__getattr__" not in vars(autograd_tutor.Tensor)
    with pytest.raises(AttributeError) as caught:
        autograd_tutor.ones(1).stft
    assert str(caught.value) == "'Tensor' object has no attribute 'stft'"


def test_hasattr_stays_false_and_found_names_are_untouched():
    assert not hasattr(autograd_tutor, "fft") and not hasattr(autograd_tutor.ones(1), "stft")
    assert hasattr(autograd_tutor, "ones") and autograd_tutor.ones(1).abs is not None
    assert "fft" not in dir(autograd_tutor)
