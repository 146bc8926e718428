"""Poisson against torch.distributions.Poisson: samples under the same seed (torch.poisson's
draws), log_prob and its gradient, moments, and the entropy PyTorch does not have."""
import pytest
from distribution_oracle import G, distributions, same_face
from ops_oracle import same

CASES = [
    ({"rate": 3.0}, 2.0),
    ({"rate": G(12.5)}, 10.0),
    ({"rate": [0.5, 4.0, 25.0]}, [0.0, 3.0, 30.0]),
    ({"rate": [[0.1], [100.0]]}, [[0.0, 1.0], [90.0, 100.0]]),
]


def _id(c):
    return ",".join(f"{k}={v}" for k, v in c.items()) if isinstance(c, dict) else str(c)


@pytest.mark.parametrize("sample_shape", [(), (3,), (20,)])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("params,value", CASES, ids=_id)
def test_poisson_reads_as_pytorchs(params, value, dtype, sample_shape):
    same_face("Poisson", params, value, dtype=dtype, sample_shape=sample_shape, methods=("log_prob",))


@pytest.mark.parametrize("program", ["D.Poisson(-1.0)", "D.Poisson(T.tensor([1.0, 2.0])).log_prob(T.tensor([0.5, 1.0]))",
                                     "D.Poisson(1.0).entropy()"])
def test_errors_are_pytorchs(program):
    same(lambda T: eval(program, {"T": T, "D": distributions(T)}), raises=(ValueError, NotImplementedError))
