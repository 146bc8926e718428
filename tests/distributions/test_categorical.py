"""Categorical against torch.distributions.Categorical, given probs or logits: samples under the
same seed (torch.multinomial with replacement), normalisation, log_prob / entropy and gradients."""
import pytest
from distribution_oracle import distributions, same_face
from ops_oracle import same

CASES = [
    ({"probs": [0.1, 0.2, 0.7]}, 2),
    ({"probs": [3.0, 1.0, 0.0, 4.0]}, [0, 3, 1]),
    ({"probs": [[0.5, 0.5], [0.9, 0.1], [0.0, 1.0]]}, [1, 0, 1]),
    ({"logits": [0.1, 0.2, 0.7]}, [[0], [2]]),
    ({"logits": [[1.0, 2.0, 3.0], [-5.0, 0.0, 5.0]]}, [0, 2]),
    ({"logits": [-100.0, 0.0, 100.0]}, 1),
]


def _id(c):
    return ",".join(f"{k}={v}" for k, v in c.items()) if isinstance(c, dict) else str(c)


@pytest.mark.parametrize("sample_shape", [(), (3,), (5,), (2, 3), (100,)])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("params,value", CASES, ids=_id)
def test_categorical_reads_as_pytorchs(params, value, dtype, sample_shape):
    same_face("Categorical", params, value, dtype=dtype, value_dtype="int64", sample_shape=sample_shape,
              reads=("mean", "variance", "mode"), methods=("log_prob", "entropy", "perplexity"))


def test_enumerate_support_expand_and_support():
    def run(T):
        d = distributions(T).Categorical(logits=T.zeros(2, 4))
        e = d.expand((3, 2))
        return (d.enumerate_support(), d.enumerate_support(False), repr(d.support), e.batch_shape,
                e.sample(), e.logits.shape, d.param_shape)
    same(run)


@pytest.mark.parametrize("program", [
    "D.Categorical(T.tensor(0.5))", "D.Categorical(logits=T.tensor(0.5))", "D.Categorical()",
    "D.Categorical(T.tensor([0.5]), T.tensor([0.5]))", "D.Categorical(T.tensor([-0.1, 1.1]))",
    "D.Categorical(T.tensor([0.2, 0.8])).log_prob(T.tensor(2))",
    "D.Categorical(T.tensor([[0.2, 0.8], [0.5, 0.5]])).log_prob(T.tensor([0, 1, 1]))",
    "D.Categorical(T.tensor([0.2, 0.8])).cdf(T.tensor(1))",
    "D.Categorical(T.tensor([0.2, 0.8])).rsample()",
])
def test_errors_are_pytorchs(program):
    same(lambda T: eval(program, {"T": T, "D": distributions(T)}), raises=(ValueError, NotImplementedError))
