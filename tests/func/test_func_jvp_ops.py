"""jvp and jacfwd (the double backward trick) against PyTorch's forward-mode AD, op by op:
each op's backward formula must be differentiable with respect to the incoming gradient for
this to hold, so a formula that drops that dependence shows up here as a wrong tangent."""
import numpy as np
import pytest
from ops_oracle import same

RNG = np.random.default_rng(17)
A = RNG.uniform(0.2, 0.9, (2, 4)) * np.array([1, -1, 1, -1])
B = RNG.uniform(0.3, 1.2, (2, 4))
U = RNG.standard_normal((2, 4))
W = RNG.standard_normal((2, 4))
F = "torch.nn.functional"

EXPRS = [
    "a.sin()", "a.cos()", "a.tan()", "a.exp()", "a.expm1()", "a.abs()", "a.sigmoid()", "a.tanh()", "a.relu()",
    "a.asin()", "a.atan()", "a.sinh()", "a.erf()", "a.abs().sqrt()", "b.log()", "b.log1p()", "b.rsqrt()",
    "b.reciprocal()", "a ** 3", "b ** a", "a.pow(b)", "a * b", "a / b", "a - 2 * b", "torch.atan2(a, b)",
    "torch.hypot(a, b)", "torch.maximum(a, b)", "torch.minimum(a, b)", "a.clamp(-0.5, 0.5)", "torch.where(a > 0, a, b)",
    "a.sum()", "a.sum(1)", "a.mean(0)", "a.prod(1)", "a.max()", "a.max(1).values", "a.amin(0)", "a.norm()",
    "a.std(1)", "a.var()", "a.logsumexp(1)", "a.cumsum(1)", "a.cumprod(1)", "a.sort(1).values", "a.topk(2).values",
    "a.T @ b", "a @ b.T", "torch.outer(a[0], b[1])", "torch.einsum('ij,kj->ik', a, b)", "a.reshape(4, 2)",
    "a.transpose(0, 1).flip(0)", "a[:, 1:3]", "a[[1, 0, 1]]", "torch.cat([a, b], 1)", "torch.stack([a, b]).sum(0)",
    "a.gather(1, torch.tensor([[0, 2], [3, 1]]))", "a.expand(3, 2, 4)", "a.repeat(2, 1)", "a.roll(1, 1)",
    "a.tril()", "a.diagonal()", "a.unsqueeze(1).squeeze()", "a.masked_fill(a > 0, 0.0)",
    f"{F}.softmax(a, 1)", f"{F}.log_softmax(a, 0)", f"{F}.gelu(a)", f"{F}.silu(a)", f"{F}.elu(a)",
    f"{F}.leaky_relu(a, 0.1)", f"{F}.softplus(a)", f"{F}.mish(a)", f"{F}.hardtanh(a, -0.5, 0.5)",
    f"{F}.normalize(a, dim=1)", f"{F}.layer_norm(a, (4,))", f"{F}.mse_loss(a, b)", f"{F}.l1_loss(a, b)",
    f"{F}.smooth_l1_loss(a, b)", f"{F}.binary_cross_entropy(torch.sigmoid(a), b.clamp(0, 1))",
    f"{F}.cross_entropy(a, torch.tensor([1, 3]))", f"{F}.nll_loss({F}.log_softmax(a, 1), torch.tensor([0, 2]))",
    f"{F}.linear(a, b)", f"{F}.pad(a, (1, 2))", f"{F}.cosine_similarity(a, b)",
    f"{F}.conv1d(a[None], b[:, None, :3].expand(2, 2, 3).contiguous())", f"{F}.max_pool2d(a[None, None], 2)",
    f"{F}.avg_pool2d(a[None, None], (1, 2))", f"{F}.conv2d(a[None, None], b[None, None, :, :2])", f"{F}.dropout(a, 0.5, training=False)",
]


def _program(expr, jacobian):
    def program(T):
        a, b = T.tensor(A), T.tensor(B)
        f = lambda a, b: eval(expr, {"torch": T, "a": a, "b": b})  # noqa: E731
        if jacobian:
            jac = T.func.jacfwd(f, argnums=(0, 1))(a, b)
            return tuple(j + 0.0 for j in jac)  # a zero's sign follows each library's formulas
        out, tangent = T.func.jvp(f, (a, b), (T.tensor(U), T.tensor(W)))
        return out, tangent + 0.0

    return program


@pytest.mark.parametrize("expr", EXPRS)
def test_jvp_matches_forward_mode(expr):
    same(_program(expr, jacobian=False), exact=False)


@pytest.mark.parametrize("expr", EXPRS[::4])
def test_jacfwd_matches_forward_mode(expr):
    same(_program(expr, jacobian=True), exact=False)


def test_an_op_without_a_second_derivative_makes_jvp_raise():
    """PyTorch's forward mode has hardsigmoid's derivative; the double backward trick needs
    hardsigmoid_backward's, which neither library has: the error names it (docs/func.md)."""
    import torch

    import autograd_tutor as T

    program = lambda L: L.func.jvp(L.nn.functional.hardsigmoid, (L.tensor([0.1, -0.2]),), (L.ones(2),))  # noqa: E731
    program(torch)
    with pytest.raises(RuntimeError, match="derivative for aten::hardsigmoid_backward is not implemented"):
        program(T)
