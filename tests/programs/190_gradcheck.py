# gradcheck on ordinary ops and on a wrong custom Function.
import torch
from torch.autograd import gradcheck
x = torch.tensor([0.5, -1.0, 2.0], dtype=torch.float64, requires_grad=True)
gradcheck(torch.sin, (x,)), gradcheck(lambda t: (t * t).sum(), (x,)), gradcheck(lambda a, b: a @ b, (x, x))
# %%
gradcheck(torch.sin, (x.float(),))
# %%
gradcheck(torch.exp, (torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True),), eps=1e-6, atol=1e-4)
# %%
class BadSquare(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):
        ctx.save_for_backward(t)
        return t * t
    @staticmethod
    def backward(ctx, g):
        (t,) = ctx.saved_tensors
        return g * t
gradcheck(BadSquare.apply, (x,))
# %%
gradcheck(BadSquare.apply, (x,), raise_exception=False)
# %%
class GoodSquare(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):
        ctx.save_for_backward(t)
        return t * t
    @staticmethod
    def backward(ctx, g):
        (t,) = ctx.saved_tensors
        return 2 * g * t
gradcheck(GoodSquare.apply, (x,)), torch.autograd.gradgradcheck(torch.sin, (x,))
# %%
gradcheck(torch.relu, (torch.tensor([1.0, 2.0], dtype=torch.float64),))
# %%
gradcheck(lambda t: t.abs(), (torch.tensor([0.0, 1.0], dtype=torch.float64, requires_grad=True),))
# %%
gradcheck(lambda t: t.norm(), (torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64, requires_grad=True),)), gradcheck(lambda t: t.max(1).values, (torch.tensor([[1.0, 2.0], [4.0, 3.0]], dtype=torch.float64, requires_grad=True),))
