"""OneHotCategorical (and its straight-through variant) against PyTorch's: one-hot samples under
the same seed, log_prob, entropy, moments, mode, enumerate_support, the straight-through rsample
and its gradient, and the one_hot support check."""
import pytest
from distribution_oracle import distributions, same_face
from ops_oracle import same

CASES = [
    ({"probs": [0.1, 0.2, 0.7]}, [0.0, 0.0, 1.0]),
    ({"logits": [[1.0, 2.0, 3.0], [-5.0, 0.0, 5.0]]}, [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]),
]


def _id(c):
    return ",".join(f"{k}={v}" for k, v in c.items()) if isinstance(c, dict) else str(c)


@pytest.mark.parametrize("cls", ["OneHotCategorical", "OneHotCategoricalStraightThrough"])
@pytest.mark.parametrize("sample_shape", [(), (5,)])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("params,value", CASES, ids=_id)
def test_one_hot_categorical_reads_as_pytorchs(cls, params, value, dtype, sample_shape):
    same_face(cls, params, value, dtype=dtype, sample_shape=sample_shape,
              methods=("log_prob", "entropy"))


def test_enumerate_support_expand_and_errors():
    def run(T):
        D = distributions(T)
        d = D.OneHotCategorical(logits=T.zeros(2, 3))
        return d.enumerate_support(), d.enumerate_support(False), d.expand((4, 2)).batch_shape, d.param_shape
    same(run)
    same(lambda T: distributions(T).OneHotCategorical(T.tensor([0.5, 0.5])).log_prob(T.tensor([0.5, 0.5])),
         raises=ValueError)
