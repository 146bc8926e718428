"""Random tensors (``randn``, ``rand``, ``randint``...) and ``manual_seed``.

Numbers come from NumPy's generator: seeded runs repeat exactly, but the values differ from
PyTorch's (a documented difference; shapes, dtypes and distributions are the same).
"""
import numpy as np

from . import _dtypes
from .creation import _finish, _np_dtype, _size

_generator = np.random.default_rng()


class Generator:
    """The state behind the random functions; ``torch.manual_seed`` returns it."""

    def manual_seed(self, seed):
        manual_seed(seed)
        return self

    def seed(self):
        return seed()

    def initial_seed(self):
        return _initial_seed


_initial_seed = 0
default_generator = Generator()


def manual_seed(seed):
    global _generator, _initial_seed
    seed = int(seed)
    _initial_seed = seed
    _generator = np.random.default_rng(seed & 0xFFFFFFFFFFFFFFFF)
    return default_generator


def seed():
    s = int(np.random.SeedSequence().entropy) & 0xFFFFFFFFFFFFFFFF
    manual_seed(s)
    return s


def initial_seed():
    return _initial_seed


def _random(sample, size, kwsize, dtype, requires_grad, generator, device=None):
    shape = _size(size if kwsize is None else (kwsize,))
    np_dtype = _np_dtype(dtype) or _dtypes.default_np_float()
    return _finish(sample(shape).astype(np_dtype), requires_grad, device)


def _no_size(name, with_keywords):
    """PyTorch's errors for a random tensor without a size (``torch.rand(())`` is 0-dim)."""
    if with_keywords:
        raise TypeError(f'{name}() missing 1 required positional arguments: "size"')
    raise TypeError(f"{name}() received an invalid combination of arguments - got (), but expected one of:")


def randn(*size, generator=None, dtype=None, device=None, requires_grad=False, **kw):
    if not size and "size" not in kw:
        _no_size("randn", kw or generator is not None or dtype is not None or device is not None or requires_grad)
    return _random(lambda s: _generator.standard_normal(s), size, kw.pop("size", None), dtype,
                   requires_grad, generator, device)


def rand(*size, generator=None, dtype=None, device=None, requires_grad=False, **kw):
    if not size and "size" not in kw:
        _no_size("rand", kw or generator is not None or dtype is not None or device is not None or requires_grad)
    return _random(lambda s: _generator.random(s), size, kw.pop("size", None), dtype,
                   requires_grad, generator, device)


def randint(low=0, high=None, size=None, *, generator=None, dtype=None, device=None, requires_grad=False):
    if high is None:
        low, high = 0, low
    data = _generator.integers(low, high, size=_size((size,)))
    return _finish(data.astype((dtype or _dtypes.int64).np), requires_grad, device)


def randperm(n, *, generator=None, dtype=None, device=None, requires_grad=False):
    return _finish(_generator.permutation(n).astype((dtype or _dtypes.int64).np), requires_grad, device)


def _like(fn):
    def like(input, *, dtype=None, device=None, requires_grad=False):
        return fn(*input.shape, dtype=dtype or input.dtype, device=device, requires_grad=requires_grad)

    return like


randn_like = _like(randn)
rand_like = _like(rand)


def normal(mean, std, size=None, *, generator=None):
    from .creation import tensor

    return tensor(_generator.normal(mean, std, size=size).astype(_dtypes.default_np_float()))


FUNCTIONS = {
    "manual_seed": manual_seed, "seed": seed, "initial_seed": initial_seed, "randn": randn,
    "rand": rand, "randint": randint, "randperm": randperm, "randn_like": randn_like,
    "rand_like": rand_like, "normal": normal,
}
