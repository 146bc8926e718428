"""The constants and the questions about a tensor against torch: torch.pi and friends, thread
counts, is_complex/is_signed/is_nonzero/is_same_size, isin/isneginf/isposinf/isreal,
real/imag/conj/resolve_*/positive (the input itself for a real tensor), and the tensor's layout,
device and memory answers (data_ptr shared by views from the same element)."""
import pytest
from ops_oracle import same

TENSORS = ["torch.tensor([1.5, -2.0, float('inf'), float('-inf'), float('nan')])", "torch.tensor([1, -2, 3])",
           "torch.tensor([True, False])", "torch.tensor([1, 2], dtype=torch.uint8)",
           "torch.tensor([1., 2.], dtype=torch.float64)", "torch.tensor(0.5)", "torch.zeros(0, 2)"]
PREDICATES = ["torch.is_complex(x)", "x.is_complex()", "torch.is_signed(x)", "x.is_signed()",
              "torch.isneginf(x)", "x.isneginf()", "torch.isposinf(x)", "x.isposinf()", "torch.isreal(x)",
              "x.isreal()", "torch.is_same_size(x, x)", "x.is_same_size(x.view(-1))",
              "torch.is_conj(x)", "x.is_neg()", "torch.real(x) is x", "x.real is x", "torch.conj(x) is x",
              "x.conj() is x", "x.resolve_conj() is x", "torch.resolve_neg(x) is x",
              "torch.isin(x, x.reshape(-1)[:1])", "torch.isin(x, x.reshape(-1)[1:], invert=True)", "torch.isin(x, 1)",
              "(x.is_cpu, x.layout, x.is_sparse, x.is_quantized, x.is_meta, x.name, x.is_pinned())",
              "(x.get_device(), torch.get_device(x))"]


@pytest.mark.parametrize("x", TENSORS)
@pytest.mark.parametrize("expr", PREDICATES)
def test_predicates_as_torch(expr, x):
    refused = RuntimeError if "isin" in expr and "True" in x else None  # isin refuses bool tensors
    same(lambda T: eval(expr, {"torch": T, "x": eval(x, {"torch": T})}), raises=refused)


def test_constants_as_torch():
    same(lambda T: (T.pi, T.e, T.inf, T.nan, T.newaxis, T.strided, T.tensor([1., 2.])[T.newaxis].shape))


def test_thread_counts_are_positive_and_settable_as_torch():
    def program(T):
        before = T.get_num_threads()
        counts = (before > 0, T.get_num_interop_threads() > 0)
        T.set_num_threads(1)
        after = T.get_num_threads()
        T.set_num_threads(before)
        return counts, after

    same(program)


@pytest.mark.parametrize("value", ["0", "-1", "1.5", "True", "'2'"])
def test_set_num_threads_refusals_as_torch(value):
    same(lambda T: T.set_num_threads(eval(value)), raises=RuntimeError)


VALUES = ["torch.is_nonzero(torch.tensor([0.]))", "torch.is_nonzero(torch.tensor(1.5))",
          "torch.tensor([[True]]).is_nonzero()", "torch.tensor(3).is_nonzero()",
          "torch.isin(torch.tensor([1., 2.]), torch.tensor([2]))", "torch.isin(2, torch.tensor([1, 2]))",
          "torch.isin(torch.tensor([[1, 5], [2, 2]]), 2.0)",
          "torch.isin(elements=torch.tensor([1, 2]), test_elements=torch.tensor([1]), assume_unique=True)",
          "x.positive() is x", "torch.positive(x * 2)", "torch.real(x * 2)", "x.conj_physical() is x"]
ERRORS = ["torch.is_nonzero(torch.tensor([1., 2.]))", "torch.is_nonzero(torch.tensor([]))", "torch.is_nonzero(3)",
          "torch.is_complex(3)", "torch.isreal([1.])", "torch.is_same_size(torch.ones(2), 2)", "x.is_same_size(2)", "torch.isin(2, 3)",
          "torch.isin(torch.tensor([1]), 'a')", "torch.imag(x)", "x.imag", "torch.positive(torch.tensor([True]))",
          "x.real.add_(1)"]


def _run(expr):
    def program(T):
        x = T.tensor([1., 2.], requires_grad=True)
        return eval(expr, {"torch": T, "x": x})

    return program


@pytest.mark.parametrize("expr", VALUES)
def test_values_as_torch(expr):
    same(_run(expr))


@pytest.mark.parametrize("expr", ERRORS)
def test_errors_as_torch(expr):
    same(_run(expr), raises=(RuntimeError, TypeError))


def test_data_ptr_is_shared_by_views_from_the_same_element_as_torch():
    def program(T):
        x = T.arange(6.).view(2, 3)
        p = x.data_ptr()
        return (x.detach().data_ptr() == p, x.view(3, 2).data_ptr() == p, x.t().data_ptr() == p,
                x[0].data_ptr() == p, x[1].data_ptr() == p, x[:, 1].data_ptr() - p, x[1, 2].data_ptr() - p,
                x.clone().data_ptr() == p, x.expand(2, 2, 3).data_ptr() == p, x.contiguous().data_ptr() == p,
                x.t().contiguous().data_ptr() == p, x.double().data_ptr() == p,
                T.empty(0).data_ptr(), T.tensor(3.).data_ptr() != 0, x.numpy() is not None)

    same(program)


def test_grad_dtype_as_torch():
    def program(T):
        a = T.tensor([1., 2.], requires_grad=True)
        return a.grad_dtype, T.tensor([1, 2]).grad_dtype, T.ones(2, dtype=T.float64).grad_dtype

    same(program)
    same(lambda T: (T.tensor([1., 2.], requires_grad=True) * 2).grad_dtype, raises=RuntimeError)


@pytest.mark.parametrize("attr", ["is_cpu", "layout", "is_sparse", "is_quantized", "is_meta"])
def test_tensor_answers_are_read_only_as_torch(attr):
    same(lambda T: setattr(T.ones(1), attr, True), raises=AttributeError)
