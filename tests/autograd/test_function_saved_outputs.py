"""A custom Function that returns extra outputs to save them (PyTorch's "Double Backward with
Custom Functions" tutorial, the Sinh example): the second backward flows through the saved
outputs into their own output slots, so gradgradcheck passes and the values are PyTorch's."""
import autograd_tutor as torch


class Sinh(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        expx = torch.exp(x)
        expnegx = torch.exp(-x)
        ctx.save_for_backward(expx, expnegx)
        return (expx - expnegx) / 2, expx, expnegx

    @staticmethod
    def backward(ctx, grad_out, _grad_out_exp, _grad_out_negexp):
        expx, expnegx = ctx.saved_tensors
        grad_input = grad_out * (expx + expnegx) / 2
        grad_input += _grad_out_exp * expx
        grad_input -= _grad_out_negexp * expnegx
        return grad_input


def sinh(x):
    return Sinh.apply(x)[0]


def test_gradcheck_and_gradgradcheck_pass():
    torch.manual_seed(0)
    x = torch.rand(3, 3, requires_grad=True, dtype=torch.double)
    assert torch.autograd.gradcheck(sinh, x)
    assert torch.autograd.gradgradcheck(sinh, x)


def test_second_derivative_is_sinh():
    x = torch.tensor([0.5, -1.0, 2.0], dtype=torch.double, requires_grad=True)
    g, = torch.autograd.grad(sinh(x).sum(), x, create_graph=True)
    gg, = torch.autograd.grad(g.sum(), x)
    assert torch.allclose(gg, torch.sinh(x.detach()))


def test_saved_outputs_know_their_slot():
    x = torch.tensor([0.5], dtype=torch.double, requires_grad=True)
    y = Sinh.apply(x)
    saved = y[0].grad_fn.saved_tensors
    assert [t._output_nr for t in saved] == [1, 2]
