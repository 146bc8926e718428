"""What an autograd.Function's forward sees under torch.func transforms, against PyTorch 2.13
("Extending torch.func with autograd.Function"): its inputs unwrapped from the transforms, so a
tensor that requires grad only because grad/vjp/jacrev differentiates with respect to it arrives
without requires_grad (forward may hand it to NumPy), while one the caller's own autograd
tracks still requires grad; backward written with PyTorch ops stays differentiable."""
import numpy as np
import pytest
from ops_oracle import same

X = np.array([0.5, -1.5, 2.0])


def _functions(T, seen):
    class NumpyDouble(T.autograd.Function):
        @staticmethod
        def forward(x):
            seen.append(("forward", x.requires_grad))
            return T.tensor(x.cpu().numpy() * 2)  # raises if x still required grad

        @staticmethod
        def setup_context(ctx, inputs, output):
            pass

        @staticmethod
        def backward(ctx, g):
            return g * 2

    class MyCube(T.autograd.Function):
        @staticmethod
        def forward(x):
            seen.append(("forward", x.requires_grad))
            return x ** 3, 3 * x ** 2

        @staticmethod
        def setup_context(ctx, inputs, output):
            ctx.save_for_backward(inputs[0], output[1])

        @staticmethod
        def backward(ctx, grad_output, grad_dx):
            x, dx = ctx.saved_tensors
            return grad_output * dx + grad_dx * 6 * x

    return NumpyDouble, MyCube


PROGRAMS = {
    "grad of a numpy forward": lambda T, F: T.func.grad(lambda x: F[0].apply(x).sum())(T.tensor(X)),
    "vjp of a numpy forward": lambda T, F: T.func.vjp(F[0].apply, T.tensor(X))[1](T.ones(3)),
    "jacrev of a numpy forward": lambda T, F: T.func.jacrev(F[0].apply)(T.tensor(X)),
    "grad of grad through MyCube": lambda T, F: T.func.grad(T.func.grad(lambda x: F[1].apply(x)[0]))(T.tensor(1.5)),
    "grad with the caller's autograd on": lambda T, F: T.func.grad(lambda x: F[1].apply(x)[0].sum())(
        T.tensor(X, requires_grad=True)),
}


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_forward_sees_its_inputs_unwrapped(name):
    def program(T):
        seen = []
        result = PROGRAMS[name](T, _functions(T, seen))
        # the values (with the caller's autograd on, the result's graph differs by design: a view of x)
        result = tuple(r.detach() for r in result) if isinstance(result, tuple) else result.detach()
        return result, tuple(seen)

    same(program)
