"""nn.utils against PyTorch: gradient clipping by norm and by value, flat parameter vectors."""
import pytest
from ops_oracle import same


def model_with_grads(T):
    w = T.nn.Parameter(T.tensor([[3.0, -4.0], [1.0, 2.0]]))
    b = T.nn.Parameter(T.tensor([0.5, -0.5]))
    unused = T.nn.Parameter(T.tensor([1.0]))
    ((w * T.tensor([[1.0, 2.0], [3.0, -1.0]])).sum() * 2 + (b ** 2).sum()).backward()
    return [w, b, unused]


@pytest.mark.parametrize("call", [
    "clip_grad_norm_(params, 1.0)", "clip_grad_norm_(params, 100.0)", "clip_grad_norm_(params, 1.0, norm_type=1)",
    "clip_grad_norm_(params, 1.0, norm_type=float('inf'))", "clip_grad_norm_(params, 2.0, norm_type=3)",
    "clip_grad_norm_(params[0], 0.5)", "clip_grad_norm_(iter(params), 0.5)", "clip_grad_norm_([params[2]], 1.0)",
    "clip_grad_value_(params, 1.5)", "clip_grad_value_(params[1], 0.1)",
])
def test_clipping_as_torch(call):
    def program(T):
        params = model_with_grads(T)
        result = eval(call, {"params": params, **vars(T.nn.utils)})
        return result, [p.grad for p in params]

    same(program, exact=False)


def test_error_for_a_nonfinite_norm_as_torch():
    def program(T):
        params = model_with_grads(T)
        params[0].grad[0, 0] = float("inf")
        return T.nn.utils.clip_grad_norm_(params, 1.0, error_if_nonfinite=True)

    same(program, raises=RuntimeError)


def test_parameters_as_one_vector_as_torch():
    def program(T):
        params = model_with_grads(T)[:2]
        vec = T.nn.utils.parameters_to_vector(params)
        vec.sum().backward()
        T.nn.utils.vector_to_parameters(T.arange(6.0), params)
        return vec, params, [p.grad for p in params]

    same(program)
