"""torch.multinomial draws what PyTorch 2.13 draws (both kernels: the exponential trick without
replacement or for one sample, the cumulative search with replacement) and raises its errors."""
import subprocess
import sys

import pytest

PROGRAM = r'''
import sys, importlib
torch = importlib.import_module(sys.argv[1])
g = torch.Generator().manual_seed(2147483647)
p = torch.tensor([0.1, 0.2, 0.3, 0.4])
print(torch.multinomial(p, 1, generator=g), torch.multinomial(p, 3, generator=g),
      torch.multinomial(p, 5, replacement=True, generator=g))
torch.manual_seed(3)
for i in range(20):
    P = torch.rand(4, 27) ** 3
    print(torch.multinomial(P, 1).view(-1).tolist(), torch.multinomial(P[0], 20, replacement=True).tolist(),
          torch.multinomial(P, 5).view(-1).tolist(), P.multinomial(7, True).view(-1).tolist())
Pd = torch.rand(3, 10, dtype=torch.float64)
print(torch.multinomial(Pd, 4, True), torch.rand(2))
for bad in [torch.tensor([0., 0.]), torch.tensor([-1., 1.]), torch.ones(2, 2, 2), torch.tensor([1, 2])]:
    try:
        torch.multinomial(bad, 1)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(torch.ones(3), 4), (torch.tensor([0., 0.]), 2, True), (torch.ones(3), 0)]:
    try:
        torch.multinomial(*args)
    except Exception as e:
        print(type(e).__name__, e)
'''


def _run(impl):
    proc = subprocess.run([sys.executable, "-c", PROGRAM, impl], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_multinomial_draws_what_pytorch_draws():
    pytest.importorskip("torch")
    assert _run("autograd_tutor") == _run("torch")
