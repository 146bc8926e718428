"""Creating tensors against torch: arange, linspace, eye, full, empty, zeros/ones, from_numpy
(shared memory), tensor() dtype inference, default dtype."""
import numpy as np
import pytest
from ops_oracle import printed_in_fresh_processes, same

CREATION = [
    "torch.arange(5)", "torch.arange(1, 4)", "torch.arange(0, 1, 0.25)", "torch.arange(5.)",
    "torch.arange(1, 2.5, 0.5)", "torch.arange(10, 0, -3)", "torch.arange(0, -1, -0.25)",
    "torch.arange(5, dtype=torch.float64)", "torch.arange(3, requires_grad=True, dtype=torch.float32)",
    "torch.arange(0)", "torch.arange(1, 1)", "torch.arange(0, 0.3, 0.1)", "torch.arange(torch.tensor(3))",
    "torch.linspace(0, 1, 5)", "torch.linspace(-1, 1, steps=3)", "torch.linspace(0, 1, 1)",
    "torch.linspace(0, 10, 4, dtype=torch.float64)", "torch.linspace(0, 1, 0)", "torch.linspace(3, 3, 3)",
    "torch.eye(3)", "torch.eye(2, 3)", "torch.eye(3, dtype=torch.int64)", "torch.eye(2, requires_grad=True)",
    "torch.full((2, 3), 7)", "torch.full((2,), 1.5)", "torch.full((2, 2), True)", "torch.full([3], 2, dtype=torch.float32)",
    "torch.full((), 3.)", "torch.full((2,), 2.5, requires_grad=True)", "torch.empty(2, 3).shape",
    "torch.empty((2, 3)).dtype", "torch.empty(0)", "torch.zeros(2, 3, dtype=torch.int32)", "torch.ones(())",
    "torch.ones(2, 1, requires_grad=True)", "torch.zeros(size=(2,))", "torch.ones([2, 2])",
    "torch.ones(torch.Size([1, 2]))", "torch.zeros_like(torch.ones(2, 3, dtype=torch.int64))",
    "torch.ones_like(torch.ones(2), dtype=torch.float64)", "torch.full_like(torch.ones(2), 3)",
    "torch.empty_like(torch.ones(2, 2)).shape", "torch.tensor([])", "torch.tensor([[]])",
    "torch.tensor([1, 2.5])", "torch.tensor([True, False])", "torch.tensor([True, 2])", "torch.tensor(3)",
    "torch.tensor(3.5)", "torch.tensor([[1, 2], [3, 4]], dtype=torch.float64)", "torch.tensor(np.arange(3))",
    "torch.tensor(np.ones(2, dtype=np.float32))", "torch.tensor(np.float64(2.5))", "torch.tensor([np.int64(3)])",
    "torch.get_default_dtype()", "torch.tensor([1.0]).dtype", "torch.as_tensor([1, 2])",
    "torch.as_tensor(np.ones(2))", "torch.zeros(2, 3).numel()", "torch.Size([2, 3])",
    "torch.zeros(2, 3).shape[1]", "torch.zeros(2, 3).size()", "torch.tensor([1, 2]).tolist()",
    "torch.tensor([[1.5]]).item()", "torch.tensor(2.5).item()", "torch.arange(6).view(2, 3)",
]


@pytest.mark.parametrize("expr", CREATION)
def test_creation_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T, "np": np}))


@pytest.mark.parametrize("expr", [
    "torch.arange(0, 5, 0)", "torch.arange(5, 0)", "torch.linspace(0, 1, -1)", "torch.eye(-1)",
    "torch.ones(-1)", "torch.zeros(2, 'a')", "torch.zeros(2.5)", "torch.ones((2, None))", "torch.tensor([[1, 2], [3]])", "torch.tensor('a')",
    "torch.tensor([1, 2], requires_grad=True)", "torch.ones(2, dtype=torch.int64, requires_grad=True)",
    "torch.arange(3).requires_grad_()", "torch.full((2,), 1, requires_grad=True)",
    "torch.tensor([1.5]).item() + torch.tensor([1, 2]).item()", "torch.from_numpy([1, 2])",
    "torch.from_numpy(np.array(['a']))",
])
def test_creation_errors_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T, "np": np}), raises=(RuntimeError, TypeError, ValueError))


# torch.tensor(nested data): a tensor inside a list is one element unless the list's first
# element says a sequence belongs there; the dtype is every element's, promoted.
NESTED = [
    "torch.tensor([torch.ones(2), torch.ones(2)])", "torch.tensor([torch.ones(1), torch.ones(1)])",
    "torch.tensor((torch.ones(2), torch.ones(2)))", "torch.tensor([torch.ones(2)])",
    "torch.tensor([torch.ones(1, 1), 1])", "torch.tensor([torch.tensor(3.), 2])",
    "torch.tensor([[1, 2], torch.ones(2)])", "torch.tensor([[1, 2], torch.ones(3)])",
    "torch.tensor([[1, 2], torch.ones(2, 2)])", "torch.tensor([[1, 2], torch.tensor(3.)])",
    "torch.tensor([torch.ones(2), [1, 2]])", "torch.tensor([[torch.tensor(3.), 3], [1, 2]])",
    "torch.tensor([[torch.ones(1)], [torch.tensor(3.)]])", "torch.tensor([[], torch.ones(2)])",
    "torch.tensor([torch.ones(0), torch.ones(0)])", "torch.tensor([torch.ones(2, 1), [1, 2]])",
    "torch.tensor([torch.ones(2, 2), [[1, 2], [3, 4]]])", "torch.tensor([[torch.ones(3), torch.zeros(3)]])",
    "torch.tensor([torch.tensor([4]), 2.5])", "torch.tensor([torch.tensor(True), 2])",
    "torch.tensor([torch.tensor(2, dtype=torch.int32), torch.tensor(3, dtype=torch.int32)])",
    "torch.tensor([torch.tensor(2, dtype=torch.int32), 3])", "torch.tensor([[torch.tensor(3.)], [2.5]])",
    "torch.tensor([torch.tensor(1., dtype=torch.float16), 2.5])", "torch.tensor([[torch.tensor(1., dtype=torch.float64)], [2]])",
    "torch.tensor([torch.tensor(1, dtype=torch.uint8), torch.tensor(-1, dtype=torch.int8)])",
    "torch.tensor([torch.tensor([1, 2]), torch.tensor([3, 4])])", "torch.tensor([torch.tensor(1.5), 2], dtype=torch.int64)",
    "torch.tensor([torch.ones(2)], dtype=torch.bool)", "torch.tensor([torch.tensor(True)], dtype=torch.uint8)",
    "torch.tensor([torch.tensor(2)], dtype=torch.float32)", "torch.tensor([torch.ones(2, dtype=torch.int64)], dtype=torch.float16)",
    "torch.tensor([np.float64(1.), 2])", "torch.tensor([np.int32(1), 2])", "torch.tensor([np.float32(1.), 2.5])",
    "torch.tensor([range(2), range(2)])", "torch.tensor(range(3))", "torch.tensor([[], []])", "torch.tensor([[], 5])",
    "torch.tensor(None)", "torch.tensor([1, None])", "torch.tensor([1, None], dtype=torch.float32)",
    "torch.tensor([1, {}])", "torch.tensor([1, [2]])", "torch.tensor([1., [2]])", "torch.tensor([['ab']])",
    "torch.tensor([''])", "torch.tensor([1, 'a'])",
]


# What PyTorch raises for the cases of test_tensor_of_nested_data_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
TENSOR_OF_NESTED_DATA_AS_TORCH_RAISE = {
    'torch.tensor([torch.ones(2), torch.ones(2)])': ValueError,
    'torch.tensor((torch.ones(2), torch.ones(2)))': ValueError,
    'torch.tensor([torch.ones(2)])': ValueError,
    'torch.tensor([[1, 2], torch.ones(3)])': ValueError,
    'torch.tensor([[1, 2], torch.ones(2, 2)])': ValueError,
    'torch.tensor([[1, 2], torch.tensor(3.)])': TypeError,
    'torch.tensor([torch.ones(2), [1, 2]])': ValueError,
    'torch.tensor([torch.ones(0), torch.ones(0)])': ValueError,
    'torch.tensor([torch.ones(2, 1), [1, 2]])': ValueError,
    'torch.tensor([torch.ones(2, 2), [[1, 2], [3, 4]]])': ValueError,
    'torch.tensor([[torch.ones(3), torch.zeros(3)]])': ValueError,
    'torch.tensor([torch.tensor([1, 2]), torch.tensor([3, 4])])': TypeError,
    'torch.tensor([torch.tensor(1.5), 2], dtype=torch.int64)': TypeError,
    'torch.tensor([torch.ones(2)], dtype=torch.bool)': TypeError,
    'torch.tensor([torch.ones(2, dtype=torch.int64)], dtype=torch.float16)': ValueError,
    'torch.tensor(None)': RuntimeError,
    'torch.tensor([1, None])': RuntimeError,
    'torch.tensor([1, None], dtype=torch.float32)': TypeError,
    'torch.tensor([1, {}])': RuntimeError,
    'torch.tensor([1, [2]])': TypeError,
    'torch.tensor([1., [2]])': TypeError,
    "torch.tensor([['ab']])": ValueError,
    "torch.tensor([''])": TypeError,
    "torch.tensor([1, 'a'])": TypeError,
}


@pytest.mark.parametrize("expr", NESTED)
def test_tensor_of_nested_data_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T, "np": np}), raises=TENSOR_OF_NESTED_DATA_AS_TORCH_RAISE.get(expr))


def test_requires_grad_to_scalar_warns_once_per_process_as_torch():
    # PyTorch's TORCH_WARN_ONCE: only a fresh process shows it, so each library runs in its own.

    code = (
        "import warnings, {lib} as torch\n"
        "warnings.simplefilter('always')\n"
        "x = torch.ones(1, requires_grad=True)\n"
        "with warnings.catch_warnings(record=True) as ws:\n"
        "    warnings.simplefilter('always')\n"
        "    with torch.no_grad(): float(x)\n"
        "    int(x); torch.tensor([[1.], x])\n"
        "    torch.tensor([x, x])\n"
        "    float(x); '%f' % x\n"
        "print([(w.category.__name__, str(w.message), w.lineno) for w in ws])\n"
    )
    seen = printed_in_fresh_processes(code)
    assert "requires_grad=True" in seen[0]
    assert seen[1] == seen[0]


def test_from_numpy_shares_memory_both_ways():
    def program(T):
        array = np.arange(4.0)
        t = T.from_numpy(array)
        array[0] = 10.0
        t[1] = 20.0
        t.add_(1)
        return t, array.tolist(), t.dtype, T.from_numpy(np.arange(3, dtype=np.int32)).dtype, t.numpy() is array
    same(program)


def test_numpy_of_a_tensor_shares_memory():
    def program(T):
        t = T.ones(3)
        view = t.numpy()
        view[0] = 5.0
        t.mul_(2)
        return t, view.tolist()
    same(program)


def test_default_dtype_can_be_changed_and_restored():
    def program(T):
        T.set_default_dtype(T.float64)
        try:
            made = (T.tensor([1.5]), T.zeros(2), T.arange(0, 1, 0.5), T.linspace(0, 1, 2), T.tensor(2) / 3,
                    T.get_default_dtype(), T.ones(1) + 1.5, T.tensor([1, 2]) * 0.5)
        finally:
            T.set_default_dtype(T.float32)
        return made + (T.get_default_dtype(),)
    same(program)
