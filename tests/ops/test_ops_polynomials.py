"""The orthogonal polynomials of torch.special (Chebyshev T, U, V, W and the shifted ones, Hermite H
and He, Laguerre L, Legendre P) against torch: values for degrees -2 to 20 on points in and out of [-1, 1] and at ±1,
a tensor of degrees, a float degree (truncated), integer inputs, results that never require grad.

Hermite, Laguerre and Legendre are bit-identical to PyTorch's (the same recurrence, fused as its
compiled kernel fuses it). Chebyshev's closed forms for high degrees inside (-1, 1) (cos(n acos x)
and kin) use cos/acos rounded differently: there the difference, relative to max(|value|, 1), is
below 3e-5 in float32 and 5e-14 in float64 (measured: 2.5e-5 and 3.2e-14). nan inputs are left out:
PyTorch's kernel leaves some of them unwritten (chebyshev_polynomial_u(nan, 2) gives whatever the
previous element gave)."""
import numpy as np
import pytest
import torch
from ops_oracle import same

import autograd_tutor

EXACT = ["hermite_polynomial_h", "hermite_polynomial_he", "laguerre_polynomial_l", "legendre_polynomial_p"]
CHEBYSHEV = ["chebyshev_polynomial_t", "chebyshev_polynomial_u", "chebyshev_polynomial_v", "chebyshev_polynomial_w",
             "shifted_chebyshev_polynomial_t", "shifted_chebyshev_polynomial_u", "shifted_chebyshev_polynomial_v",
             "shifted_chebyshev_polynomial_w"]
X = np.concatenate([np.random.default_rng(0).uniform(-1, 1, 200), np.random.default_rng(1).uniform(-3, 3, 200),
                    [-1.0, 1.0, 0.0, -0.0, 0.5, -0.5, float("inf"), -float("inf")]])
DEGREES = [-2, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 20]


@pytest.mark.parametrize("name", EXACT + CHEBYSHEV)
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_values_as_torch(name, dtype):
    for n in DEGREES:
        theirs, ours = (getattr(lib.special, name)(lib.tensor(X.astype(dtype)), n).numpy()
                        for lib in (torch, autograd_tutor))
        if name in EXACT:
            np.testing.assert_array_equal(ours, theirs)
            continue
        np.testing.assert_array_equal(np.isfinite(ours), np.isfinite(theirs))
        fine = np.isfinite(theirs)
        tolerance = 3e-5 if dtype is np.float32 else 5e-14
        assert np.all(np.abs(ours[fine] - theirs[fine]) <= tolerance * np.maximum(np.abs(theirs[fine]), 1)), n


@pytest.mark.parametrize("name", EXACT + CHEBYSHEV)
def test_degrees_as_tensors_numbers_and_dtypes_as_torch(name):
    def program(T):
        f = getattr(T.special, name)
        x = T.tensor([-1.0, -0.5, 0.0, 0.3, 1.0, 1.5, -2.0])
        y = f(T.tensor([0.5], requires_grad=True), 3)
        return (f(x, T.tensor([0, 1, 2, 3, 4, 5, 6])), f(x, 2.5), f(3, T.tensor([1, 2])), f(x.double(), -1),
                f(T.tensor([1, 2]), T.tensor([1, 2])), y.requires_grad, y.grad_fn, f(x, float("nan")))

    same(program, exact=False)


def test_a_name_still_missing_says_so():
    with pytest.raises(AttributeError, match="PyTorch has torch.special.airy_ai"):
        autograd_tutor.special.airy_ai
