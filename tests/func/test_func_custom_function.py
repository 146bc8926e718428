"""A custom autograd.Function inside torch.func's transforms: PyTorch's conditions (setup_context,
a vmap rule, a jvp) and its errors; where PyTorch would call the Function's own jvp, which the
double backward trick cannot, autograd_tutor says so."""
import pytest
from ops_oracle import same, whole_messages


def _functions(T):
    class Square(T.autograd.Function):
        @staticmethod
        def forward(x):
            return x * x

        @staticmethod
        def setup_context(ctx, inputs, output):
            ctx.save_for_backward(inputs[0])

        @staticmethod
        def backward(ctx, g):
            x, = ctx.saved_tensors
            return 2 * x * g

    class OldStyle(T.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            ctx.save_for_backward(x)
            return x * x

        @staticmethod
        def backward(ctx, g):
            x, = ctx.saved_tensors
            return 2 * x * g

    class Batchable(Square):
        generate_vmap_rule = True

    class WithJvp(Batchable):
        @staticmethod
        def setup_context(ctx, inputs, output):
            ctx.save_for_backward(inputs[0])
            ctx.x = inputs[0]

        @staticmethod
        def jvp(ctx, t):
            return 2 * ctx.x * t

    return Square, OldStyle, Batchable, WithJvp


def _x(T):
    return T.tensor([1.0, -2.0, 3.0])


ERRORS = {
    "old_style_under_grad": (lambda T: T.func.grad(lambda x: _functions(T)[1].apply(x).sum())(_x(T)), RuntimeError),
    "old_style_under_vmap": (lambda T: T.vmap(_functions(T)[1].apply)(T.ones(2, 3)), RuntimeError),
    "no_vmap_rule": (lambda T: T.vmap(_functions(T)[0].apply)(T.ones(2, 3)), RuntimeError),
    "no_vmap_rule_under_jacfwd": (lambda T: T.func.jacfwd(_functions(T)[0].apply)(_x(T)), RuntimeError),
    "no_jvp": (lambda T: T.func.jvp(_functions(T)[2].apply, (_x(T),), (_x(T),)), NotImplementedError),
    "module_with_full_backward_hook": (lambda T: T.func.grad(lambda x: _hooked(T)(x).sum())(_x(T)), RuntimeError),
}


def _hooked(T):
    T.manual_seed(0)
    m = T.nn.Linear(3, 1)
    m.register_full_backward_hook(lambda *a: None)
    return m


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_error(name):
    program, kind = ERRORS[name]
    same(program, raises=kind)
    ours, theirs = whole_messages(program, kind)[::-1]
    assert ours == theirs


@pytest.mark.parametrize("transform", ["grad", "jacrev", "vmap", "vmap_grad"])
def test_allowed(transform):
    def program(T):
        F = T.func
        square, batchable = _functions(T)[0].apply, _functions(T)[2].apply
        return {"grad": lambda: F.grad(lambda x: square(x).sum())(_x(T)),
                "jacrev": lambda: F.jacrev(square)(_x(T)),
                "vmap": lambda: T.vmap(batchable)(T.ones(2, 3)),
                "vmap_grad": lambda: T.vmap(F.grad(lambda x: batchable(x).sum()))(T.ones(2, 3))}[transform]()

    same(program)


def test_a_functions_own_jvp_is_not_used_and_that_is_said():
    import torch

    import autograd_tutor as T

    with_jvp = lambda L: L.func.jvp(_functions(L)[3].apply, (_x(L),), (_x(L),))  # noqa: E731
    with_jvp(torch)  # PyTorch calls WithJvp.jvp
    with pytest.raises(NotImplementedError, match="does not call a Function's jvp"):
        with_jvp(T)
