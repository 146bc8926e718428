"""narrow_copy and split_with_sizes against torch: values, NarrowCopyBackward0 and the
multi-output SplitWithSizesBackward0 with their saved fields, derivatives, and the errors."""
import numpy as np
import pytest
from ops_oracle import check_op, same

X = np.arange(12.0).reshape(3, 4) / 4 - 1
CASES = [
    ("torch.narrow_copy(a, 1, 1, 2)", X), ("a.narrow_copy(0, -3, 2)", X), ("torch.narrow_copy(a.t(), -1, 0, 3) ** 2", X),
    ("torch.split_with_sizes(a, [1, 2])", X), ("a.split_with_sizes([3, 1], 1)", X),
    ("torch.split_with_sizes(a, [0, 4, 0], dim=-1)[1] * 2", X), ("a.split_with_sizes([2, 1])[1] ** 2", X),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_narrow_copy_split_with_sizes_as_torch(case):
    expr, *arrays = case
    check_op(expr, *arrays)


def test_split_with_sizes_pieces_share_one_node():
    def program(T):
        x = T.arange(6.0, requires_grad=True)
        a, b = x.split_with_sizes([2, 4])
        return a.grad_fn is b.grad_fn, b.output_nr, a._is_view(), a, b
    same(program)


@pytest.mark.parametrize("program", [
    "torch.narrow_copy(torch.ones(3, 4), 1, 3, 2)", "torch.narrow_copy(torch.ones(3, 4), 2, 0, 1)",
    "torch.split_with_sizes(torch.ones(3, 4), [1, 1])", "torch.split_with_sizes(torch.ones(3, 4), [4, -1])",
    # PyTorch's backward slices start:start + length as given: from -2, that is 0 rows
    "torch.arange(12., requires_grad=True).view(3, 4).narrow_copy(0, -2, 2).sum().backward()",
])
def test_narrow_copy_split_with_sizes_errors(program):
    same(lambda T: eval(program, {"torch": T}), raises=(RuntimeError, IndexError))
