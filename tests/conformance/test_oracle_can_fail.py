"""The oracle itself: it refuses what it cannot compare, and an error passes only when declared."""
import pytest
from ops_oracle import check_op, printed, same


def test_a_program_must_be_callable():
    with pytest.raises(TypeError, match="callable"):
        same("print(torch.ones(2))")


def test_an_undeclared_error_fails_even_when_both_raise():
    with pytest.raises(RuntimeError, match="size of tensor a"):
        same(lambda T: T.ones(2) + T.ones(3))


def test_a_declared_error_is_compared():
    same(lambda T: T.ones(2) + T.ones(3), raises=RuntimeError)


def test_a_declared_error_torch_does_not_raise_fails():
    with pytest.raises(AssertionError, match="declared raises"):
        same(lambda T: T.ones(2) + T.ones(2), raises=RuntimeError)


def test_printed_programs_compare_their_text():
    same(printed("x = torch.tensor([1.0, 2.0], requires_grad=True)\nprint(x * 2, (x * 2).grad_fn.name())"))
    with pytest.raises(AssertionError):
        same(lambda T: printed(f"print({T.__name__ == 'torch'})")(T))


def test_check_op_refuses_names_it_does_not_bind():
    with pytest.raises(TypeError, match=r"names \['c'\]"):
        check_op("a + c", [1.0], [2.0])


def test_second_order_errors_are_declared_and_first_order_still_compared():
    # cdist's backward has no derivative in PyTorch: undeclared, the second order fails the test.
    with pytest.raises(RuntimeError, match="_cdist_backward"):
        check_op("torch.cdist(a, b, p=3)", [[0.0, 1.0]], [[1.0, 0.5]])
    check_op("torch.cdist(a, b, p=3)", [[0.0, 1.0]], [[1.0, 0.5]], second_order_raises=RuntimeError)
