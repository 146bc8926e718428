"""PyTorch's keyword surface, differentially against PyTorch 2.13: ``out=`` honoured, the NumPy
aliases (``keepdims``, ``axis``, ``x``...), keyword forms of ``*size``, factory keywords,
``torch.autograd.Variable`` and ``normal``'s overloads. Each call's printout (value, the out
tensor afterwards, or the error and warnings) must be what PyTorch prints."""
import subprocess
import sys

import pytest

CALLS = [
    "torch.max(x, 0, out=(torch.zeros(3), torch.zeros(3, dtype=torch.long)))",
    "torch.sort(x, 1, out=(torch.zeros(2, 3), torch.zeros(2, 3, dtype=torch.long)))",
    "(lambda o: (torch.cat([x, x], out=o), o))(torch.empty(0))",
    "(lambda o: (torch.matmul(x, x.t(), out=o), o, o._version))(torch.zeros(2, 2))",
    "(lambda o: (torch.add(x, 1, out=o), o))(torch.zeros(5))",
    "(lambda o: (torch.sin(x, out=o), o))(torch.zeros(2, 3))",
    "(lambda o: (torch.mul(x, x, out=o), o))(torch.zeros(2, 3, dtype=torch.float64))",
    "torch.add(torch.ones(2, dtype=torch.long), 1, out=torch.zeros(2))",
    "torch.add(x, 1, out=torch.zeros(2, 3, dtype=torch.long))",
    "torch.sin(torch.ones(2, requires_grad=True), out=torch.zeros(2))",
    "torch.sum(x, 1, keepdims=True, out=torch.zeros(2, 1))",
    "torch.mean(x, axis=1)",
    "x.sum(0, keepdims=True)",
    "x.amax(axis=0, keepdims=True)",
    "torch.sin(x=x)",
    "torch.linspace(0, 1, 3, out=torch.zeros(5))",
    "torch.arange(3, out=torch.zeros(3))",
    "torch.ones(2, 2, out=torch.zeros(4))",
    "torch.clamp(x, min=1, max=3, out=torch.zeros(2, 3))",
    "torch.std(x, 0, out=torch.zeros(3))",
    "x.view(size=(3, 2))",
    "x.reshape(shape=(3, 2))",
    "x.permute(dims=(1, 0))",
    "torch.zeros(2, layout=torch.strided, pin_memory=False)",
    "torch.normal(0., 1., (3,), requires_grad=True)",
    "torch.normal(torch.arange(20.), 0.5)",
    "torch.normal(torch.zeros(3), torch.ones(3))",
    "torch.normal(2., torch.ones(2, 2))",
    "torch.normal(0, 0.01, size=(2, 3))",
    "torch.normal(mean=torch.zeros(2), std=2.0)",
    "torch.normal(0., 1., (2,), dtype=torch.float64)",
    "torch.randn(2, 2, generator=torch.Generator().manual_seed(3), dtype=torch.float64)",
    "torch.nn.functional.relu(input=x)",
    "torch.nn.functional.one_hot(input=torch.tensor([0, 2]), num_classes=3)",
    "(lambda v: (v, v.is_leaf, v.grad_fn, type(v)))(torch.autograd.Variable(x, requires_grad=True))",
    "(lambda v: (v, v.requires_grad))(torch.autograd.Variable(x * 2))",
    "isinstance(x, torch.autograd.Variable)",
    "torch.autograd.Variable([1.0])",
]



def _script(impl):
    return "\n".join([
        "import importlib, warnings",
        f"torch = importlib.import_module({impl!r})",
        "importlib.import_module(torch.__name__ + '.nn.functional')",
        f"CALLS = {CALLS!r}",
        "for i, src in enumerate(CALLS):",
        "    torch.manual_seed(0)",
        "    x = torch.arange(6.).reshape(2, 3)",
        "    with warnings.catch_warnings(record=True) as caught:",
        "        warnings.simplefilter('always')",
        "        try:",
        "            print(i, repr(eval(src)))",
        "        except Exception as exc:",
        "            print(i, '!!', type(exc).__name__, str(exc).splitlines()[0])",
        "    for w in caught:",
        "        print(i, 'warn', w.message)",
    ])


def _run(impl):
    proc = subprocess.run([sys.executable, "-c", _script(impl)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_keywords_print_what_pytorch_prints():
    pytest.importorskip("torch")
    want = _run("torch").splitlines()
    got = _run("autograd_tutor").splitlines()
    assert got == want
