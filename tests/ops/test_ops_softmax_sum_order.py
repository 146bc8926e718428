"""softmax and log_softmax add their exponentials in PyTorch's order, to the last bit.

PyTorch's softmax kernels reduce a row in vectors (autograd_tutor/ops/_softmax_sums.py), and
along another dim slice after slice; NumPy's pairwise sum adds in another order. Their exp and
log are not NumPy's, and round differently in the last bit for some inputs: to compare the order
alone, the inputs here are made of numbers whose exponential both libraries round alike (its exact
value is very close to a float of the dtype), each row (or column) holding a 0, its maximum.
The vector width follows the CPU as PyTorch picks its kernels; a machine where PyTorch runs other
kernels (not AVX2 or AVX-512) is not compared.
"""
import numpy as np
import pytest

import autograd_tutor
from autograd_tutor.ops._softmax_sums import VECTOR_BYTES, sums_along

torch = pytest.importorskip("torch")

WIDTHS = [2, 3, 7, 8, 9, 10, 15, 16, 17, 31, 32, 33, 63, 65, 100, 300, 1000, 1030]
ROWS = 64

pytestmark = pytest.mark.machine_dependent


@pytest.fixture(autouse=True, scope="module")
def _same_kernels():
    capability = torch.backends.cpu.get_cpu_capability()
    if {"AVX512": 64, "AVX2": 32}.get(capability) != VECTOR_BYTES:
        pytest.skip(f"PyTorch runs its {capability} kernels here, autograd_tutor follows {VECTOR_BYTES}-byte vectors")


def _agreeable(dtype, rng, count=1000):
    """Numbers t in [-9, 0] whose exp(t) is within 2% of an ulp of a float of ``dtype``: every
    accurate exp rounds it alike (NumPy's is checked to)."""
    t = -rng.uniform(0, 9, count * 40).astype(dtype)
    wide = np.float64 if dtype == np.float32 else np.longdouble
    exact = np.exp(t.astype(wide))
    rounded = exact.astype(dtype)
    near = np.abs(exact - rounded) < 0.02 * np.spacing(rounded).astype(wide)
    agreeable = t[near & (np.exp(t) == rounded)][:count]
    assert len(agreeable) == count
    return agreeable


def _scores(dtype, width, dim, seed):
    rng = np.random.default_rng(seed)
    x = rng.choice(_agreeable(dtype, rng), (ROWS, width))
    if dim == 0:
        x[rng.integers(0, ROWS, width), np.arange(width)] = 0
    else:
        x[np.arange(ROWS), rng.integers(0, width, ROWS)] = 0
    return x


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("dim", [-1, 0])
@pytest.mark.parametrize("width", WIDTHS)
def test_softmax_to_the_last_bit(width, dim, dtype):
    x = _scores(dtype, width, dim, width)
    want = torch.softmax(torch.from_numpy(x), dim).numpy()
    got = autograd_tutor.softmax(autograd_tutor.from_numpy(x), dim).numpy()
    assert got.tobytes() == want.tobytes(), f"{int((got != want).sum())} of {x.size} differ"


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("width", WIDTHS)
def test_log_softmax_logs_the_same_sums(width, dtype):
    """A row is (x - max) - log(sum), and the max is 0: the row's entry at the max is -log(sum).
    PyTorch's log is nearly always correctly rounded, NumPy's float32 log often is not, so the
    sums are compared through their correctly rounded logs (all rows but a tenth at most); and
    where the two libraries' logs agree, the whole row agrees."""
    x = _scores(dtype, width, -1, 1000 + width)
    at_max = (np.arange(ROWS), x.argmax(1))
    want = torch.log_softmax(torch.from_numpy(x), -1).numpy()
    got = autograd_tutor.log_softmax(autograd_tutor.from_numpy(x), -1).numpy()
    sums = sums_along(np.exp(x), 1)[:, 0]  # the sums log_softmax logs
    wide = np.float64 if dtype == np.float32 else np.longdouble
    rounded_logs = np.log(sums.astype(wide)).astype(dtype)
    assert np.count_nonzero(rounded_logs != -want[at_max]) <= ROWS // 10
    same_log = got[at_max] == want[at_max]
    assert np.count_nonzero(same_log) >= ROWS // 2
    assert got[same_log].tobytes() == want[same_log].tobytes()
