"""A program with a custom autograd.Function, shared by the tracing and step-through tests."""


def function_program(lib):
    """A custom autograd.Function (the same code in both libraries) between ordinary ops."""

    class ScaledProduct(lib.autograd.Function):
        @staticmethod
        def forward(ctx, a, b, k):
            ctx.k = k
            ctx.save_for_backward(a, b)
            return a * b * k

        @staticmethod
        def backward(ctx, grad):
            a, b = ctx.saved_tensors
            return grad * b * ctx.k, grad * a * ctx.k, None

    x = lib.tensor([1.0, 2.0, 3.0], requires_grad=True)
    w = lib.tensor([0.5, -1.0, 2.0], requires_grad=True)
    y = ScaledProduct.apply(x.tanh(), w, 3.0)
    loss = (y * y).sum()
    return x, w, y, loss
