"""Normal against torch.distributions.Normal: samples under the same seed, rsample's graph,
log_prob / entropy / cdf / icdf and their gradients, over scalar, batched and float64 cases."""
import pytest
from distribution_oracle import G, same_face

CASES = [
    ({"loc": 0.0, "scale": 1.0}, 0.3),
    ({"loc": G(0.5), "scale": G(2.0)}, -1.2),
    ({"loc": [0.5, -1.0], "scale": [1.5, 0.3]}, [0.1, 0.2]),
    ({"loc": [[0.0], [1.0]], "scale": [0.5, 1.0, 2.0]}, [[0.3, -0.4, 5.0], [1.0, 1.0, 1.0]]),
    ({"loc": [0.0, 2.0], "scale": 3.0}, [[0.5, 0.5], [-1.0, 4.0]]),
    ({"loc": 1.0, "scale": [0.1, 10.0]}, 0.0),
]


@pytest.mark.parametrize("sample_shape", [(), (3,), (20,), (2, 3)])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("params,value", CASES, ids=lambda c: str(c) if not isinstance(c, dict) else
                         ",".join(f"{k}={v}" for k, v in c.items()))
def test_normal_reads_as_pytorchs(params, value, dtype, sample_shape):
    same_face("Normal", params, value, dtype=dtype, sample_shape=sample_shape,
              methods=("log_prob", "entropy", "cdf", "perplexity"))


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_icdf(dtype):
    same_face("Normal", {"loc": [0.5, -1.0], "scale": [1.5, 0.3]}, [0.1, 0.9], dtype=dtype, reads=(),
              methods=("icdf",))
