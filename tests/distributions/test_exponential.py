"""Exponential against torch.distributions.Exponential: samples and rsample under the same seed
(exponential_'s draws), log_prob, entropy, cdf / icdf, moments and gradients."""
import pytest
from distribution_oracle import G, same_face

CASES = [
    ({"rate": 1.0}, 0.5),
    ({"rate": G(2.5)}, 3.0),
    ({"rate": [0.5, 2.0]}, [1.0, 0.0]),
    ({"rate": [[0.1, 1.0], [10.0, 3.0]]}, [[2.0, 0.1], [0.01, 1.0]]),
]


def _id(c):
    return ",".join(f"{k}={v}" for k, v in c.items()) if isinstance(c, dict) else str(c)


@pytest.mark.parametrize("sample_shape", [(), (3,), (20,)])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("params,value", CASES, ids=_id)
def test_exponential_reads_as_pytorchs(params, value, dtype, sample_shape):
    same_face("Exponential", params, value, dtype=dtype, sample_shape=sample_shape,
              methods=("log_prob", "entropy", "cdf", "icdf", "perplexity"))
