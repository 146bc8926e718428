"""Laplace against torch.distributions.Laplace: samples and rsample under the same seed
(uniform_(eps - 1, 1)), log_prob, entropy, cdf / icdf, moments and their gradients."""
import pytest
from distribution_oracle import G, same_face

CASES = [
    ({"loc": 0.0, "scale": 1.0}, 0.3),
    ({"loc": G(0.5), "scale": G(2.0)}, -1.2),
    ({"loc": [0.5, -1.0], "scale": [1.5, 0.3]}, [0.1, 0.2]),
    ({"loc": [[0.0], [1.0]], "scale": [0.5, 1.0, 2.0]}, [[0.3, -0.4, 5.0], [1.0, 1.0, 1.0]]),
]


def _id(c):
    return ",".join(f"{k}={v}" for k, v in c.items()) if isinstance(c, dict) else str(c)


@pytest.mark.parametrize("sample_shape", [(), (3,), (20,)])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("params,value", CASES, ids=_id)
def test_laplace_reads_as_pytorchs(params, value, dtype, sample_shape):
    same_face("Laplace", params, value, dtype=dtype, sample_shape=sample_shape,
              methods=("log_prob", "entropy", "cdf"))


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_icdf(dtype):
    same_face("Laplace", {"loc": [0.5, -1.0], "scale": [1.5, 0.3]}, [0.1, 0.9], dtype=dtype, reads=(),
              methods=("icdf",))
