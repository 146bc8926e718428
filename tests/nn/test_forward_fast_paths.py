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


RELU_CALLS = {
    "torch.relu": lambda T, x: T.relu(x),
    "Tensor.relu": lambda T, x: x.relu(),
    "torch.relu_": lambda T, x: T.relu_(x),
    "Tensor.relu_": lambda T, x: x.relu_(),
    "F.relu": lambda T, x: T.nn.functional.relu(x),
    "F.relu(inplace=True)": lambda T, x: T.nn.functional.relu(x, inplace=True),
    "nn.ReLU": lambda T, x: T.nn.ReLU()(x),
}


@pytest.mark.parametrize("call", RELU_CALLS)
def test_relu_refuses_booleans_as_pytorch(call):
    same(lambda T: RELU_CALLS[call](T, T.tensor([True, False])), raises=RuntimeError)


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


# F.linear's 2-D case records addmm(bias, input, weight.t()) itself when the shapes are the
# everyday ones (a 1-D bias of the output's width); any other shape goes through addmm.
LINEAR_CASES = {
    "everyday": ((4, 3), (2, 3), (2,), None),
    "input without grad": ((4, 3), (2, 3), (2,), "input"),
    "weight without grad": ((4, 3), (2, 3), (2,), "weight"),
    "row bias": ((4, 3), (2, 3), (1, 2), None),
    "full bias": ((4, 3), (2, 3), (4, 2), None),
    "scalar bias": ((4, 3), (2, 3), (), None),
    "one column": ((4, 1), (2, 1), (2,), None),
}
LINEAR_ERRORS = {
    "wrong bias": ((4, 3), (2, 3), (3,)),
    "wrong input": ((4, 5), (2, 3), (2,)),
    "1-D weight": ((4, 3), (3,), (2,)),
    "3-D weight": ((4, 3), (2, 3, 1), (2,)),
}


@pytest.mark.parametrize("case", LINEAR_CASES)
def test_linear_records_what_pytorch_records(case):
    x_shape, w_shape, b_shape, frozen = LINEAR_CASES[case]

    def program(T):
        x = T.linspace(0.25, 1.5, int(np.prod(x_shape))).reshape(x_shape).requires_grad_(frozen != "input")
        w = T.linspace(-2, 1, int(np.prod(w_shape))).reshape(w_shape).requires_grad_(frozen != "weight")
        b = T.linspace(0, 1, int(np.prod(b_shape))).reshape(b_shape).requires_grad_()
        y = T.nn.functional.linear(x, w, b)
        y.backward(T.ones_like(y))
        return y, x.grad, w.grad, b.grad

    same(program)


@pytest.mark.parametrize("case", LINEAR_ERRORS)
def test_linear_refuses_what_pytorch_refuses(case):
    x_shape, w_shape, b_shape = LINEAR_ERRORS[case]

    def program(T):
        x = T.ones(x_shape, requires_grad=True)
        return T.nn.functional.linear(x, T.ones(w_shape), T.ones(b_shape))

    same(program, raises=RuntimeError)

