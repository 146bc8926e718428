"""The torch.* forms of nn ops against torch: their positional signatures (torch.dropout(input,
p, train), torch.embedding(weight, indices), torch.batch_norm's nine arguments, the integer
reduction of torch.margin_ranking_loss and torch.kl_div), values, graphs and gradients."""
import pytest
from ops_oracle import same

X = "torch.tensor([[[0.5, -1.0, 2.0, 0.25], [1.5, -0.5, 0.0, 3.0], [-2.0, 1.0, 0.75, -0.25]]] * 2)"
CALLS = [
    "torch.dropout(x, 0.0, True)", "torch.dropout(x, 0.5, False)", "torch.dropout(x, 0.5, True)",
    "torch.dropout(x, p=1.0, train=True)",
    "torch.layer_norm(x, [4])", "torch.layer_norm(x, (3, 4), torch.ones(3, 4) * 2, torch.zeros(3, 4), 1e-3, True)",
    "torch.embedding(x[0], torch.tensor([0, 2, 0]))", "torch.embedding(x[0], torch.tensor([[0, 2], [1, 1]]), 1)",
    "torch.batch_norm(x, None, None, torch.zeros(3), torch.ones(3), True, 0.1, 1e-5, False)",
    "torch.batch_norm(x, torch.ones(3), torch.zeros(3), torch.zeros(3), torch.ones(3), False, 0.1, 1e-5, True)",
    "torch.conv1d(x, torch.ones(2, 3, 2) / 4)", "torch.conv1d(x, torch.ones(2, 3, 2), torch.ones(2), 2, 1)",
    "torch.conv2d(x[None], torch.ones(2, 2, 2, 2) / 4, None, 1, 1)", "torch.conv2d(x[None], torch.ones(2, 2, 2, 2), padding='same')",
    "torch.max_pool2d(x, 2)", "torch.max_pool2d(x, [2, 2], [1, 1], 0, 1, False)", "torch.max_pool2d(x, 2, ceil_mode=True)",
    "torch.selu(x)", "torch.celu(x, 0.5)", "torch.threshold(x, 0.1, 2.0)",
    "torch.selu_(x * 1)", "torch.celu_(x * 1)", "torch.threshold_(x * 1, 0.1, 2.0)",
    "torch.margin_ranking_loss(x, x * 2, torch.ones(2, 3, 4))",
    "torch.margin_ranking_loss(x, x.flip(0), -torch.ones(2, 3, 4), 0.5, 1)",
    "torch.margin_ranking_loss(x, x * 2, torch.ones(2, 3, 4), reduction=2)",
    "torch.kl_div(x, x.detach().abs() + 0.5)", "torch.kl_div(x, x.detach(), 2, log_target=True)",
    "torch.kl_div(x, x.detach().abs() + 0.5, 1)",
]


@pytest.mark.parametrize("call", CALLS)
def test_torch_level_nn_functions_as_torch(call):
    def program(T):
        T.manual_seed(0)
        x = eval(X, {"torch": T}).requires_grad_()
        out = eval(call, {"torch": T, "x": x})
        # weighted: a normalized output's plain sum (or sum of squares) has no gradient
        (out * T.linspace(-1.0, 2.0, out.numel()).view(out.shape)).sum().backward()
        return out, x.grad

    same(program, exact=False)


ERRORS = ["torch.dropout(x, 1.5, True)", "torch.layer_norm(x, 4)", "torch.kl_div(x, x, 'sum')",
          "torch.margin_ranking_loss(x, x, x, 0.0, 'mean')", "torch.selu_(x)", "torch.embedding(torch.tensor([0]), x[0])"]


@pytest.mark.parametrize("call", ERRORS)
def test_torch_level_nn_function_errors_as_torch(call):
    def program(T):
        x = eval(X, {"torch": T}).requires_grad_()
        return eval(call, {"torch": T, "x": x})

    same(program, raises=(RuntimeError, TypeError))
