"""The forward pass's shortcuts (relu in one NumPy pass, nn.Linear reading its parameters
directly, the base's list of views) against real PyTorch, on both sides of each condition."""
import numpy as np
import pytest
from ops_oracle import same

# Signed zeros, nans of both signs, infinities, denormals of both widths, ordinary values.
SPECIAL = np.array([-0.0, 0.0, np.nan, -np.nan, np.inf, -np.inf, 1e-45, -1e-45, 5e-324, -5e-324,
                    6e-8, -6e-8, 1.5, -2.5])


def _bits(T, t):
    return t.detach().numpy().tobytes().hex()


@pytest.mark.parametrize("dtype", ["float32", "float64", "float16", "int64", "int32", "uint8"])
@pytest.mark.parametrize("n", [1, 7, 8, 9, 17, 33, 67])
def test_relu_keeps_every_bit_as_pytorch(dtype, n):
    # float32/float64 take np.maximum(0, x); float16 (where that turns -0. into 0.) the mask.
    values = np.resize(SPECIAL if dtype.startswith("float") else np.arange(-7, 7), 2 * n)
    values = values if dtype != "uint8" else np.abs(values)

    def program(T):
        base = T.tensor(values.astype(dtype))
        x = base.reshape(2, n)
        outs = [T.relu(v) for v in (base, base[::2], base.flip(0), x.t(), x[1:, ::2], base[3 % n])]
        return [(_bits(T, y), tuple(y.stride()), y.dtype) for y in outs]

    same(program)


@pytest.mark.parametrize("dtype", ["float32", "float64", "float16"])
def test_relu_graph_and_gradient_at_special_values(dtype):
    def program(T):
        x = T.tensor(np.resize(SPECIAL, 9).astype(dtype), requires_grad=True)
        y = T.nn.ReLU()(x)
        y.backward(T.arange(9.0, dtype=x.dtype) - 4)
        return y, _bits(T, y), _bits(T, x.grad)

    same(program)


def test_linear_reads_its_parameters_or_what_replaced_them():
    def program(T):
        T.manual_seed(0)
        plain, replaced, frozen = T.nn.Linear(3, 2), T.nn.Linear(3, 2), T.nn.Linear(3, 2, bias=False)
        del replaced.weight  # out of _parameters: the attribute set next is what forward reads
        replaced.weight = T.ones(2, 3, requires_grad=True) * 2
        x = T.arange(6.0).reshape(2, 3).requires_grad_()
        return plain(x), replaced(x), frozen(x)

    same(program)


def test_views_dropped_from_their_base_list_still_follow_in_place_changes():
    # More views than the list keeps before it drops the dead ones: the live ones still see the
    # base's in-place change (their grad_fn becomes AsStridedBackward0), the dead ones are gone.
    def program(T):
        a = T.zeros(4, 3, requires_grad=True)
        base = a * 1
        kept = []
        for i in range(40):
            view = base[i % 4]
            if i % 3 == 0:
                kept.append(view)
        base.mul_(2)
        return [v.grad_fn for v in kept], kept[-1]

    same(program)
