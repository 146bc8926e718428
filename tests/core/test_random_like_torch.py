"""After ``manual_seed(s)`` the random functions give PyTorch's numbers, bit for bit.

Each test seeds both libraries alike, runs the same calls in the same order and compares the
raw bits of every value (so -0.0 against 0.0 or a last-bit difference fails).
"""
import numpy as np
import pytest

import autograd_tutor as at

torch = pytest.importorskip("torch")

SEEDS = [0, 1, 2, 7, 42, 1234, 2**32 + 5, 2**63 + 11, -1]
SIZES = list(range(0, 101))


def _bits(x):
    a = np.ascontiguousarray(x.detach().numpy() if hasattr(x, "detach") else x)
    return a.view(np.uint8) if a.dtype.kind == "f" else a


def same(t, a):
    assert tuple(t.shape) == tuple(a.shape)
    assert str(t.dtype) == str(a.dtype)
    ta, aa = t.detach().numpy(), a.detach().numpy()
    if not np.array_equal(_bits(ta), _bits(aa)):
        bad = np.nonzero(ta.reshape(-1) != aa.reshape(-1))[0]
        raise AssertionError(f"{len(bad)} of {ta.size} values differ, first at {bad[:5]}: "
                             f"torch {ta.reshape(-1)[bad[:3]]} ours {aa.reshape(-1)[bad[:3]]}")


def both(seed, fn):
    torch.manual_seed(seed)
    t = fn(torch)
    at.manual_seed(seed)
    a = fn(at)
    return t, a


def _avx2_normal_kernel():
    return torch.backends.cpu.get_cpu_capability() in ("AVX2", "AVX512")


def avx2(test):
    """Only where PyTorch's float32 normal kernel is its AVX2 one (a fact of the CPU, not of
    what was installed: such a skip is allowed under AUTOGRAD_TUTOR_REQUIRE_ALL)."""
    skip = pytest.mark.skipif(not _avx2_normal_kernel(),
                              reason="PyTorch's float32 normal kernel without AVX2 rounds differently")
    return pytest.mark.machine_dependent(skip(test))


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("seed", SEEDS[:5])
def test_rand_every_size(seed, dtype):
    for n in SIZES:
        same(*both(seed, lambda m: m.rand(n, dtype=getattr(m, dtype))))


@pytest.mark.machine_dependent
@avx2
@pytest.mark.parametrize("seed", SEEDS[:5])
def test_randn_float32_every_size(seed):
    for n in SIZES:
        same(*both(seed, lambda m: m.randn(n)))


@pytest.mark.parametrize("seed", SEEDS[:5])
def test_randn_float64_every_size(seed):
    for n in SIZES:
        same(*both(seed, lambda m: m.randn(n, dtype=m.float64)))


@pytest.mark.machine_dependent
@avx2
@pytest.mark.parametrize("seed", SEEDS)
def test_seeded_program_draws_in_order(seed):
    """Several calls in a row share one stream, including the cached second scalar normal."""
    def program(m):
        return [m.randn(1), m.randn(1), m.randn(3), m.rand(2, 3), m.randn(4, 5), m.randn(1),
                m.randn(2, 2, dtype=m.float64), m.randint(0, 10, (7,)), m.randn(17),
                m.rand(5, dtype=m.float64), m.randperm(9), m.randn(33, dtype=m.float64),
                m.randn(1), m.rand(())]

    for t, a in zip(*both(seed, program)):
        same(t, a)


def test_manual_seed_resets_the_cached_normal():
    def program(m):
        m.manual_seed(3)
        m.randn(1)
        m.manual_seed(3)
        return m.randn(2)

    same(program(torch), program(at))


@pytest.mark.parametrize("seed", SEEDS)
def test_initial_seed(seed):
    torch.manual_seed(seed)
    at.manual_seed(seed)
    assert at.initial_seed() == torch.initial_seed()


@pytest.mark.machine_dependent
@avx2
@pytest.mark.parametrize("shape", [(), (1,), (3, 5), (4, 4), (2, 3, 4), (5, 0), (7, 9, 2)])
def test_shapes_and_likes(shape):
    def program(m):
        x = m.zeros(shape)
        return [m.rand(shape), m.randn(shape), m.rand_like(x), m.randn_like(x),
                m.randn(size=shape, dtype=m.float64)]

    for t, a in zip(*both(5, program)):
        same(t, a)


@pytest.mark.parametrize("low,high", [(0, 2), (0, 10), (-5, 7), (3, 1000), (0, 2**28 - 1),
                                      (0, 2**28), (-(2**40), 2**40), (0, 2**31), (0, 2**62)])
@pytest.mark.parametrize("seed", SEEDS[:4])
def test_randint(seed, low, high):
    same(*both(seed, lambda m: m.randint(low, high, (3, 17))))


@pytest.mark.parametrize("dtype", ["int32", "int64", "float32", "float64", "uint8", "int16"])
@pytest.mark.parametrize("high", [2, 100, 2**7, 2**29])
def test_randint_dtypes(dtype, high):
    if dtype in ("uint8", "int16") and high > 2**7 or dtype == "float32" and high > 2**24:
        return  # out of the dtype's range (PyTorch warns or refuses)
    same(*both(11, lambda m: m.randint(high, (40,), dtype=getattr(m, dtype))))


@pytest.mark.parametrize("seed", SEEDS[:4])
def test_randperm(seed):
    for n in list(range(0, 40)) + [100, 1000]:
        same(*both(seed, lambda m: m.randperm(n)))


@pytest.mark.machine_dependent
@avx2
@pytest.mark.parametrize("seed", SEEDS)
def test_linear_init(seed):
    def program(m):
        out = []
        for fan_in, fan_out in [(3, 2), (1, 1), (2, 1), (16, 16), (5, 17), (100, 10), (784, 128)]:
            layer = m.nn.Linear(fan_in, fan_out)
            out += [layer.weight, layer.bias]
        out.append(m.nn.Linear(4, 3, bias=False).weight)
        model = m.nn.Sequential(m.nn.Linear(2, 8), m.nn.ReLU(), m.nn.Linear(8, 1))
        out += list(model.parameters())
        return out

    for t, a in zip(*both(seed, program)):
        same(t, a)


@pytest.mark.machine_dependent
@avx2
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("shape", [(3, 4), (8, 8), (5, 7), (1, 33)])
def test_init_functions(shape, dtype):
    def program(m):
        init = m.nn.init
        out = []
        for fill in [lambda w: init.uniform_(w), lambda w: init.uniform_(w, -0.37, 0.71),
                     lambda w: init.normal_(w), lambda w: init.normal_(w, 0.5, 0.02),
                     lambda w: init.xavier_uniform_(w), lambda w: init.xavier_normal_(w),
                     lambda w: init.kaiming_uniform_(w, a=5 ** 0.5), lambda w: init.kaiming_normal_(w)]:
            w = m.empty(*shape, dtype=getattr(m, dtype))
            out.append(fill(w))
        return out

    for t, a in zip(*both(9, program)):
        same(t, a)


@pytest.mark.machine_dependent
@avx2
@pytest.mark.parametrize("size", [(5,), (20,), (2, 3)])
def test_normal_with_mean_and_std(size):
    same(*both(4, lambda m: m.normal(2.0, 3.0, size)))


@pytest.mark.parametrize("p", [0.1, 0.3, 0.5, 0.9])
@pytest.mark.parametrize("seed", SEEDS[:3])
def test_dropout_mask(seed, p):
    def program(m):
        x = m.ones(6, 7)
        return [m.nn.functional.dropout(x, p), m.nn.Dropout(p)(m.ones(30)),
                m.nn.functional.dropout(m.ones(5, dtype=m.float64), p)]

    for t, a in zip(*both(seed, program)):
        same(t, a)
