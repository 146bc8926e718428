"""Random tensors (``randn``, ``rand``, ``randint``...) and ``manual_seed``.

The numbers are PyTorch's: ``_mt19937`` reproduces PyTorch's CPU generator (mt19937) and the
way its kernels turn 32-bit draws into uniforms, normals, integers and permutations, so after
``manual_seed(s)`` a program prints what PyTorch prints.
"""
import numpy as np

from . import _dtypes, _mt19937
from .creation import _finish, _np_dtype, _size


class Generator:
    """A random number stream of its own (``torch.Generator()``); ``torch.manual_seed`` seeds and
    returns ``default_generator``, the one the random functions use without ``generator=``."""

    def __init__(self, device="cpu"):
        self._mt = _mt19937.MT19937()
        self.manual_seed(67280421310721)  # PyTorch's seed for a new Generator

    def manual_seed(self, seed):
        seed = int(seed) & 0xFFFFFFFFFFFFFFFF
        self._initial_seed = seed
        self._mt.seed(seed)
        return self

    def seed(self):
        s = _mt19937.fresh_seed()
        self.manual_seed(s)
        return s

    def initial_seed(self):
        return self._initial_seed

    def __repr__(self):
        return f"<torch._C.Generator object at {hex(id(self))}>"


default_generator = Generator()
_mt = default_generator._mt


_before_draw = None  # set inside torch.vmap: its randomness= decides what a draw does (func/_randomness.py)


def _mt_of(generator):
    mt = _mt if generator is None else generator._mt
    if _before_draw is not None:
        _before_draw(mt)
    return mt


def manual_seed(seed):
    return default_generator.manual_seed(seed)


def seed():
    return default_generator.seed()


seed()


def _float_np(dtype):
    return _np_dtype(dtype) or _dtypes.default_np_float()


def uniform_values(shape, np_dtype, low=0.0, high=1.0, generator=None):
    """PyTorch's ``uniform_(low, high)`` values for a contiguous tensor of this shape."""
    n = int(np.prod(shape, dtype=np.int64))
    return _mt19937.uniform(_mt_of(generator), n, np.dtype(np_dtype).type, low, high).reshape(shape)


def normal_values(shape, np_dtype, mean=0.0, std=1.0, generator=None):
    """PyTorch's ``normal_(mean, std)`` values for a contiguous tensor of this shape."""
    n = int(np.prod(shape, dtype=np.int64))
    return _mt19937.normal(_mt_of(generator), n, np.dtype(np_dtype).type, mean, std).reshape(shape)


def bernoulli_values(shape, p, generator=None):
    """PyTorch's ``bernoulli_(p)`` with a float ``p``: True where a float64 uniform is below p."""
    n = int(np.prod(shape, dtype=np.int64))
    return (_mt19937.uniform(_mt_of(generator), n, np.float64) < p).reshape(shape)


def bernoulli_tensor_values(p, generator=None):
    """PyTorch's ``torch.bernoulli(p)`` for a float array of probabilities ``p``."""
    return _mt19937.bernoulli(_mt_of(generator), p)


def exponential_values(shape, np_dtype, lambd=1.0, generator=None):
    """PyTorch's ``exponential_(lambd)`` values for a contiguous tensor of this shape."""
    n = int(np.prod(shape, dtype=np.int64))
    return _mt19937.exponential(_mt_of(generator), n, np.dtype(np_dtype).type, lambd).reshape(shape)


def standard_gamma_values(alpha, generator=None):
    """PyTorch's ``torch._standard_gamma(alpha)`` for a float array ``alpha``."""
    return _mt19937.standard_gamma(_mt_of(generator), alpha, alpha.dtype.type)


def dirichlet_gammas(alpha, generator=None):
    """The float64 Gamma draws behind PyTorch's ``torch._sample_dirichlet(alpha)``."""
    return _mt19937.dirichlet_gammas(_mt_of(generator), alpha)


def poisson_values(rates, generator=None):
    """PyTorch's ``torch.poisson(rates)`` for a float array of rates."""
    return _mt19937.poisson(_mt_of(generator), rates)


def random64(generator=None):
    """``torch.empty((), dtype=torch.int64).random_(generator=generator).item()``: one 64-bit
    draw modulo 2**63 (how DataLoader and RandomSampler pick their seeds)."""
    return int(_mt_of(generator).words64(1)[0]) % (1 << 63)


def initial_seed():
    return default_generator.initial_seed()


def _random(sample, size, kwsize, dtype, requires_grad, generator, device=None):
    shape = _size(size if kwsize is None else (kwsize,))
    np_dtype = _float_np(dtype)
    return _finish(sample(shape, np_dtype, generator=generator), requires_grad, device)


def _no_size(name, with_keywords):
    """PyTorch's errors for a random tensor without a size (``torch.rand(())`` is 0-dim)."""
    if with_keywords:
        raise TypeError(f'{name}() missing 1 required positional arguments: "size"')
    raise TypeError(f"{name}() received an invalid combination of arguments - got (), but expected one of:")


def randn(*size, generator=None, dtype=None, device=None, requires_grad=False, **kw):
    if not size and "size" not in kw:
        _no_size("randn", kw or generator is not None or dtype is not None or device is not None or requires_grad)
    return _random(normal_values, size, kw.pop("size", None), dtype,
                   requires_grad, generator, device)


def rand(*size, generator=None, dtype=None, device=None, requires_grad=False, **kw):
    if not size and "size" not in kw:
        _no_size("rand", kw or generator is not None or dtype is not None or device is not None or requires_grad)
    return _random(uniform_values, size, kw.pop("size", None), dtype,
                   requires_grad, generator, device)


def randint(low=0, high=None, size=None, *, generator=None, dtype=None, device=None, requires_grad=False):
    if size is None and high is not None and not isinstance(high, (int, np.integer)):
        low, high, size = 0, low, high  # randint(high, size)
    if high is None:
        low, high = 0, low
    shape = _size((size,))
    dt = dtype or _dtypes.int64
    data = _mt19937.randint(_mt_of(generator), int(np.prod(shape, dtype=np.int64)), low, high)
    return _finish(data.reshape(shape).astype(dt.np), requires_grad, device)


def randperm(n, *, generator=None, dtype=None, device=None, requires_grad=False):
    return _finish(_mt19937.randperm(_mt_of(generator), int(n)).astype((dtype or _dtypes.int64).np), requires_grad, device)


def _like(fn):
    def like(input, *, dtype=None, device=None, requires_grad=False):
        return fn(tuple(input.shape), dtype=dtype or input.dtype, device=device, requires_grad=requires_grad)

    return like


randn_like = _like(randn)
rand_like = _like(rand)


def normal(mean=0.0, std=1.0, size=None, *, generator=None, dtype=None, device=None,
           requires_grad=False):
    """PyTorch's four overloads: numbers and a size, or a tensor mean and/or std (the result takes
    their broadcast shape, drawn as ATen does: ``normal_(0, std) + mean`` for a tensor mean with
    a number std, else ``normal_(0, 1) * std + mean``)."""
    from .tensor import Tensor

    tensors = [t for t in (mean, std) if isinstance(t, Tensor)]
    if not tensors:
        np_dtype = _float_np(dtype)
        shape = _size((size,)) if size is not None else ()
        return _finish(normal_values(shape, np_dtype, mean, std, generator), requires_grad, device)
    if size is not None or dtype is not None or requires_grad:
        raise TypeError("normal() received an invalid combination of arguments - got a tensor mean or std "
                        "with size, dtype or requires_grad, but expected one of:")
    from .autograd import grad_mode

    if grad_mode.enabled and any(t._requires_grad for t in tensors):
        raise NotImplementedError("normal(): a mean or std that requires grad is not implemented in "
                                  "autograd_tutor; pass mean.detach() / std.detach()")
    m = mean._data if isinstance(mean, Tensor) else None
    s = std._data if isinstance(std, Tensor) else None
    like = (m if m is not None else s)
    shape = np.broadcast_shapes(*(a.shape for a in (m, s) if a is not None))
    if s is not None and s.size and (s < 0).any():
        raise RuntimeError("normal expects all elements of std >= 0.0")
    if m is not None and s is None:
        data = normal_values(shape, like.dtype, 0.0, std, generator) + m
    else:
        data = normal_values(shape, like.dtype, 0.0, 1.0, generator) * (s if s is not None else std)
        data = data + (m if m is not None else like.dtype.type(mean))
    return _finish(data.astype(like.dtype, copy=False), False, device)


FUNCTIONS = {
    "manual_seed": manual_seed, "seed": seed, "initial_seed": initial_seed, "randn": randn,
    "rand": rand, "randint": randint, "randperm": randperm, "randn_like": randn_like,
    "rand_like": rand_like, "normal": normal, "Generator": Generator,
    "default_generator": default_generator,
}
