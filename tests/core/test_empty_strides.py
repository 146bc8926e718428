"""Strides of empty tensors as PyTorch reports them: NumPy gives every stride of an empty array
it allocates as 0, PyTorch the row-major strides with each size-0 dimension counted as 1."""
import pytest
from ops_oracle import same

CASES = {
    "empty": lambda T: T.empty(2, 0),
    "zeros": lambda T: T.zeros(0, 3),
    "three dims": lambda T: T.ones(2, 0, 3),
    "from a list": lambda T: T.tensor([[]]),
    "relu": lambda T: T.relu(T.empty(2, 0)),
    "times a number": lambda T: T.empty(2, 0) * 2,
    "sum of two": lambda T: T.empty(2, 0) + T.empty(2, 0),
    "exp": lambda T: T.exp(T.empty(0, 3)),
    "exp of a transposed one": lambda T: T.empty(2, 0).t().exp(),
    "reduced": lambda T: T.empty(2, 0, 3).sum(1),
    "product": lambda T: T.empty(0, 2) @ T.empty(2, 3),
    "cat": lambda T: T.cat([T.empty(2, 0), T.empty(2, 0)]),
    "slice of a non-empty one": lambda T: T.ones(3, 4)[:, 4:],
    "exp of that slice": lambda T: T.ones(3, 4)[:, 4:].exp(),
    "stride(dim)": lambda T: T.ones(2, 0, 3).stride(-3),
}


@pytest.mark.parametrize("case", CASES)
def test_strides_of_empty_tensors(case):
    def program(T):
        out = CASES[case](T)
        return out if isinstance(out, int) else (tuple(out.stride()), out.is_contiguous())

    same(program)
