"""Every backward formula computes the same in its two worlds: on NumPy arrays (a plain backward)
and on Tensors (``create_graph=True``, every step recorded). See autograd_tutor/ops/_namespace.py.

The cases come from the op tables the differential tests already use (elementwise, shape,
reductions, products, smooth activations, picking...), plus ``EXTRA`` below for the nodes those
tables do not reach. Each case is run forward, and its first derivative with create_graph, so the
graphs hold the first-order nodes and the double-backward ones. Every node found is handed the same
random output gradient in both worlds (``node.xp`` set as the engine sets it), and the gradients it
returns must have the same values, signs of zero, shapes and dtypes.

Every node class of autograd_tutor.ops must be met, or be listed in ``NOT_TWICE`` with the reason.
"""
import importlib.util
import inspect
import pathlib
import pkgutil

import numpy as np
import pytest

import autograd_tutor as at
from autograd_tutor.autograd import engine
from autograd_tutor.autograd.node import AccumulateGrad, Node
from autograd_tutor.autograd.output_grads import OutputGrads
from autograd_tutor.ops import _namespace
from autograd_tutor.ops._multi_output import MultiOutputNode
from autograd_tutor.tensor import Tensor

TESTS = pathlib.Path(__file__).resolve().parents[1]


def _table(path, *names):
    """Tables of an existing test module (imported under a name of its own)."""
    spec = importlib.util.spec_from_file_location(f"_tables_{pathlib.Path(path).stem}", TESTS / path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [getattr(module, n) for n in names]


def _catalogue():
    cases = []
    unary, positive_only, a, b, positive = _table("ops/test_ops_elementwise.py", "UNARY", "POSITIVE_ONLY", "A", "B",
                                                  "POSITIVE")
    cases += [(e, (a, b)) for e in unary] + [(e, (positive, positive[::-1])) for e in positive_only]
    shape_ops, joining, matrix = _table("ops/test_ops_shape.py", "SHAPE_OPS", "JOINING", "MATRIX")
    cases += [(e, (matrix,)) for e in shape_ops] + [(e, (matrix, matrix[::-1] * 2)) for e in joining]
    reductions, nice = _table("ops/test_ops_reduction.py", "REDUCTIONS", "NICE")
    cases += [(e, (nice, nice[::-1])) for e in reductions]
    (products,) = _table("ops/test_ops_linalg.py", "PRODUCTS")
    cases += [(e, tuple(arrays)) for e, *arrays in products]
    smooth, combining, rearranging, picking, pairs, a, b, c, z = _table(
        "ops/test_ops_more.py", "SMOOTH", "COMBINING", "REARRANGING", "PICKING", "PAIRS", "A", "B", "C", "Z")
    cases += [(e, (a, b, c)) for e in smooth + combining + rearranging + pairs] + [(e, (z, b, c)) for e in picking]
    return cases + [(e, arrays) for e, arrays in EXTRA]


M = [[0.3, -1.2, 2.0, 0.0], [0.5, 0.1, -0.7, 1.5], [-2.0, 0.25, 0.75, -0.5]]
N = [[0.1, -1.0, 1.5, 0.0], [1.5, 0.3, -0.2, 1.0], [-1.0, 0.5, 0.25, 2.0]]
IMG = (np.arange(2 * 2 * 5 * 5, dtype=float).reshape(2, 2, 5, 5) % 7 - 3) / 4
F = "torch.nn.functional"
# (expression, inputs): the nodes no table above reaches
EXTRA = [
    (f"{F}.mse_loss(a, b)", (M, N)), (f"{F}.l1_loss(a, b)", (M, N)), (f"{F}.smooth_l1_loss(a, b)", (M, N)),
    (f"{F}.huber_loss(a, b, delta=0.5)", (M, N)), (f"{F}.binary_cross_entropy(a.sigmoid(), b.sigmoid())", (M, N)),
    (f"{F}.binary_cross_entropy_with_logits(a, b.sigmoid())", (M, N)),
    (f"{F}.binary_cross_entropy_with_logits(a, b.sigmoid(), pos_weight=torch.tensor([1.5, 0.5, 2., 1.]))", (M, N)),
    ("torch.split(a, [1, 3], 1)[0] ** 2", (M,)),
    ("a.unfold(1, 2, 1) ** 2", (M,)), ("a.unfold(0, 2, 1).unfold(1, 3, 1)", (M,)),
    ("torch.nanmedian(a) * a", (M,)), ("torch.nanmedian(a, 1).values ** 2", (M,)),
    ("torch.quantile(a, 0.3, dim=1) ** 2", (M,)),
    ("torch.special.i0(a) + torch.special.i0e(a) + torch.special.i1(a) + torch.special.i1e(a)", (M,)),
    ("torch.special.ndtri(a.sigmoid()) + torch.special.log_ndtr(a) + torch.special.erfcx(a)", (M,)),
    ("torch.special.entr(a.abs()) + torch.special.xlog1py(a, b.abs()) + torch.special.xlog1py(a, 2.0)", (M, N)),
    ("a.index_copy(0, torch.tensor([2, 0]), b[:2] * 2)", (M, N)), ("a.renorm(2, 0, 1.0) * b", (M, N)),
    ("a.renorm(1, 1, 0.5) + a.renorm(float('inf'), 0, 1.0) + a.renorm(3, 0, 1.0)", (M,)),
    ("torch.special.xlog1py(3, a.abs())", (N,)),
    ("torch.igamma(a.detach().abs() + 1, b.abs()) + torch.igammac(a.detach().abs() + 0.5, b.abs())", (M, N)), ("torch.special.multigammaln(a + 3, 3)", (M,)),
    ("torch.special.zeta(a.detach().abs() + 2, b.abs() + 1) + torch.special.zeta(2.5, b.abs() + 1)", (M, N)),
    (f"{F}.cross_entropy(a, torch.tensor([0, 3, 1]))", (M,)),
    (f"{F}.cross_entropy(a, torch.tensor([0, 3, 1]), label_smoothing=0.1)", (M,)),
    (f"{F}.nll_loss(a.log_softmax(1), torch.tensor([0, 3, 1]))", (M,)),
    (f"{F}.nll_loss(a, torch.tensor([0, 3, 1]), ignore_index=3)", (M,)),
    (f"{F}.kl_div(a.log_softmax(1), b.softmax(1), reduction='batchmean')", (M, N)),
    (f"{F}.softmax(a, 1)", (M,)), (f"{F}.log_softmax(a, 0)", (M,)), (f"{F}.leaky_relu(a, 0.2)", (M,)),
    (f"{F}.elu(a)", (M,)), (f"{F}.selu(a)", (M,)), (f"{F}.celu(a)", (M,)), (f"{F}.hardtanh(a)", (M,)),
    (f"{F}.relu6(a)", (M,)), (f"{F}.hardsigmoid(a)", (M,)), (f"{F}.hardswish(a)", (M,)),
    (f"{F}.hardshrink(a)", (M,)), (f"{F}.softshrink(a)", (M,)), (f"{F}.threshold(a, 0.2, -1.0)", (M,)),
    (f"{F}.mish(a)", (M,)), (f"{F}.logsigmoid(a)", (M,)), (f"{F}.tanhshrink(a)", (M,)),
    (f"{F}.softsign(a)", (M,)), (f"{F}.glu(a, 1)", (M,)),
    # an activation's *BackwardBackward0 node as a forward: its own backward runs in both worlds
    *[(f"torch.autograd.grad({F}.{act}, a, b, create_graph=True)[0]", (M, N))
      for act in ("elu(a, 0.7)", "celu(a * 1, 0.7, inplace=True)", "logsigmoid(a)", "hardswish(a * 2)")],
    (f"torch.autograd.grad({F}.glu(a, 1), a, b[:, :2], create_graph=True)[0]", (M, N)),
    (f"torch.autograd.grad({F}.glu(a, -1), a, b[:, 2:], create_graph=True)[0]", (M, N)),
    (f"{F}.layer_norm(a, (4,), b[0], b[1])", (M, N)), (f"{F}.layer_norm(a, (3, 4))", (M,)),
    (f"{F}.batch_norm(a, None, None, b[0], b[1], training=True)", (M, N)),
    (f"{F}.batch_norm(a, b[2].abs(), b[1].abs() + 1, b[0], b[1], training=False)", (M, N)),
    (f"{F}.embedding(torch.tensor([[0, 2], [1, 0]]), a)", (M,)),
    (f"{F}.embedding(torch.tensor([0, 2, 2]), a, padding_idx=2, scale_grad_by_freq=True)", (M,)),
    (f"{F}.conv2d(a, b)", (IMG, IMG[:, :, :3, :3])), (f"{F}.conv1d(a[:, :, 0], b[:, :, 0, :3])", (IMG, IMG)),
    (f"{F}.max_pool2d(a, 2)", (IMG,)), (f"{F}.avg_pool2d(a, 2)", (IMG,)),
    (f"{F}.conv1d(a[:, :, 0], b[:, :, 0, :3], c, stride=2, padding=1) ** 2", (IMG, IMG, [0.5, -0.25])),
    (f"{F}.conv2d(a, b, groups=2, dilation=2) ** 2", (IMG, IMG[:, :1, :2, :2])),
    (f"{F}.conv_transpose2d(a, b, c, stride=2, padding=1, output_padding=1) ** 2", (IMG, IMG[:, :, :3, :3], [0.5, -0.25])),
    (f"{F}.max_pool2d(a, 3, 2, 1, ceil_mode=True) ** 2", (IMG,)),
    (f"{F}.avg_pool2d(a, 3, 2, 1, ceil_mode=True, count_include_pad=False) ** 2", (IMG,)),
    (f"{F}.avg_pool2d(a, 2, divisor_override=3) ** 2", (IMG,)),
    (f"{F}.adaptive_avg_pool2d(a, 2)", (IMG,)), (f"{F}.adaptive_max_pool2d(a, 2)", (IMG,)),
    (f"{F}.adaptive_avg_pool2d(a, (3, 2)) ** 2", (IMG,)), (f"{F}.adaptive_max_pool2d(a, (2, 3)) ** 2", (IMG,)),
    ("a.unsqueeze(-2).squeeze(-2) ** 2", (M,)),
    ("a.roll(1, 0) ** 2", (M,)), ("a.roll((1, -2), (0, 1))", (M,)), ("a.roll(5) ** 2", (M,)),
    ("a.rot90(3, (1, 0)) ** 2", (M,)), (f"{F}.pad(a, (1, -2, 2, 0), value=0.5) ** 2", (M,)),
    ("a.cummax(1).values ** 2", (M,)), ("a[0, 0].cummin(0).values ** 2", (M,)),
    ("a.masked_select(a > 0) ** 2", (M,)), ("a[1] ** 2", (M,)), ("a[:, 1] ** 2", (M,)), ("a[0, 2] ** 2", (M,)),
    ("a.select(-1, -2) ** 2", (M,)), ("a[:, 1:4:2] ** 2", (M,)), ("a[-2:] ** 2", (M,)),
    ("a.narrow(-1, 1, 2) ** 2", (M,)), ("a[torch.tensor([0, 2, 0])] ** 2", (M,)),
    ("a[:, torch.tensor([1, 3])] ** 2", (M,)), ("a[a > 0] ** 2", (M,)),
    ("a.index_put((torch.tensor([0, 2]), torch.tensor([1, 1])), b[0, :2] * 1) ** 2", (M, N)),
    ("a.index_put((a > 0,), b[a > 0], accumulate=True) ** 2", (M, N)), ("a.masked_select(torch.tensor([True, False, True, True])) ** 2", (M,)),
    (f"{F}.cosine_similarity(a, b)", (M, N)), (f"{F}.pairwise_distance(a, b)", (M, N)),
    (f"{F}.margin_ranking_loss(a[0], b[0], torch.tensor([1., -1., 1., -1.]))", (M, N)),
    (f"{F}.normalize(a)", (M,)), (f"{F}.dropout(a, 0.0)", (M,)), (f"{F}.pad(a, (1, 2))", (M,)),
    ("torch.cdist(a, b)", (M, N)), ("torch.cdist(a, b, p=1)", (M, N)), ("torch.cdist(a, b, p=3)", (M, N)),
    ("torch.cdist(a.detach(), b, p=float('inf'))", (M, N)), ("torch.cdist(a, b.detach(), p=0.5)", (M, N)),
    ("torch.cdist(a.unsqueeze(0), b[:2].unsqueeze(0), p=0)", (M, N)),
    ("torch.dist(a, b)", (M, N)), ("torch.dist(a, b, 3)", (M, N)), ("a.norm()", (M,)), ("a.norm(1, 1)", (M,)),
    ("a.norm(3, 0)", (M,)), ("torch.linalg.vector_norm(a, 4)", (M,)), ("a.norm(float('inf'))", (M,)),
    ("torch.cov(a)", (M,)), ("torch.tensordot(a, b, ([1], [1]))", (M, N)),
    ("torch.einsum('ij,kj->ik', a, b)", (M, N)), ("a.var(1)", (M,)), ("a.std()", (M,)),
    ("a.prod()", (M,)), ("a.prod(1)", (M,)), ("(a + 3).prod(0)", (M,)),
    ("torch.prelu(a, b[0])", (M, N)), ("torch.prelu(a, b[0, :1])", (M, N)),
    ("torch.lgamma(a.abs() + 0.5)", (M,)), ("torch.digamma(a)", (M,)), ("torch.polygamma(2, a)", (M,)),
    ("torch.erfinv(a / 3)", (M,)), ("(a * 1).polygamma_(2)", (M,)),
    ("a.max()", (M,)), ("a.min()", (M,)), ("a.max(1).values", (M,)), ("a.amax(1)", (M,)), ("a.amin(0)", (M,)),
    ("torch.aminmax(a, dim=1).max", (M,)), ("a.median()", (M,)), ("a.median(1).values", (M,)),
    ("a.kthvalue(2, 1).values", (M,)), ("a.sort(1).values", (M,)), ("a.topk(2).values", (M,)),
    ("a.cumsum(1)", (M,)), ("a.cummax(1).values", (M,)), ("a.cummin(0).values", (M,)),
    ("a.logsumexp(1)", (M,)), ("a.gather(1, torch.tensor([[0], [2], [1]]))", (M,)),
    ("a.scatter(1, torch.tensor([[0], [2], [1]]), b[:, :1])", (M, N)),
    ("a.scatter(1, torch.tensor([[0], [2], [1]]), 2.0)", (M,)),
    ("a.scatter_add(1, torch.tensor([[0, 1], [2, 2], [1, 0]]), b[:, :2])", (M, N)),
    ("a.index_select(1, torch.tensor([0, 2, 2]))", (M,)),
    ("a.index_add(1, torch.tensor([0, 2]), b[:, :2], alpha=2)", (M, N)),
    ("a.index_fill(1, torch.tensor([0, 2]), 1.5)", (M,)), ("a.masked_fill(a > 0, 2.0)", (M,)),
    ("a[torch.tensor([0, 2])]", (M,)), ("a[a > 0]", (M,)), ("a.take(torch.tensor([0, 5, 11]))", (M,)),
    ("a.diagonal()", (M,)), ("a.diagonal(1)", (M,)), ("torch.diag(a)", (M,)), ("torch.diag(a[0])", (M,)),
    ("a.trace()", (M,)), ("a.tril()", (M,)), ("a.triu(1)", (M,)), ("torch.diag_embed(a)", (M,)),
    ("a.flip(0)", (M,)), ("a.rot90()", (M,)), ("a.unbind(1)[2]", (M,)), ("a.chunk(2, 1)[1]", (M,)),
    ("a.narrow(1, 1, 2)", (M,)), ("a.select(0, 1)", (M,)),
    ("a.clone().fill_(2.0) * b", (M, N)), ("a.clone().zero_() + b", (M, N)),
    ("a * 1 + b.clone().copy_(a)", (M, N)), ("torch.where(a > 0, a, b)", (M, N)),
    ("torch.atan2(a, b)", (M, N)), ("torch.hypot(a, b)", (M, N)), ("a.asin().nan_to_num()", ([[0.5, -0.25]],)),
    ("a.acos()", ([[0.5, -0.25]],)), ("a.asinh()", (M,)), ("a.acosh()", ([[1.5, 2.0]],)),
    ("a.atanh()", ([[0.5, -0.25]],)), ("a.frac()", (M,)), ("a.rad2deg()", (M,)), ("a.deg2rad()", (M,)),
    ("torch.logit(a)", ([[0.25, 0.5, 0.75]],)), ("torch.logit(a, 0.3)", ([[0.25, 0.5, 0.75]],)),
    ("torch.logaddexp(a, b)", (M, N)), ("torch.xlogy(a, b.abs() + 1)", (M, N)), ("a.erfc()", (M,)),
    ("a.sinc()", (M,)), ("a.fmod(1.5)", (M,)), ("a.remainder(b + 3)", (M, N)),
    ("a.sgn()", (M,)), ("torch.float_power(a.abs() + 1, 2)", (M,)), ("a.exp2()", (M,)),
    ("a.log_softmax(1).exp()", (M,)), ("torch.nan_to_num(a.log())", (M,)),
    ("a.double()", (M,)), ("a.to(torch.float64)", (M,)), ("a.new_tensor(1.0) * a", (M,)),
    ("a.expand_as(b.unsqueeze(0).expand(2, 3, 4))", (M, N)), ("a.repeat(2, 1)", (M,)),
    ("a[:1].expand(3, 4) * b", (M, N)), ("a[0, 0].expand(3, 4) * b", (M, N)),  # summed to a row, to 0-dim
    ("a.contiguous()", (M,)), ("a.view_as(b)", (M, N)), ("a.unflatten(1, (2, 2))", (M,)),
    ("torch.addmm(a, b, c)", ([[0.5, 1.0], [2.0, -1.0]], [[1.0, 2.0], [0.5, -0.5]], [[1.5, 0.0], [1.0, 2.0]])),
    ("torch.addmv(a[0], b, c[0])", ([[0.5, 1.0], [2.0, -1.0]], [[1.0, 2.0], [0.5, -0.5]], [[1.5, 0.0], [1.0, 2.0]])),
    ("torch.outer(a[0], b[0])", (M, N)), ("torch.dot(a[0], b[0])", (M, N)), ("torch.mv(a, b[0])", (M, N)),
    ("torch.bmm(a.unsqueeze(0), b.t().unsqueeze(0))", (M, N)), ("torch.kron(a, b)", (M, N)),
    ("a.clamp(b, b + 1)", (M, N)),
    ("torch.histc(a, 4)", (M,)), ("a[...]", (M,)), ("(a * 1).bernoulli_(0.5)", (M,)),
    (f"{F}.elu(a * 1, inplace=True)", (M,)), (f"{F}.leaky_relu(a * 1, 0.2, inplace=True)", (M,)), (f"{F}.celu(a * 1, inplace=True)", (M,)),
    ("(c := a * 1).__setitem__(0, b[0]) or c", (M, N)), ("(c := a * 1, v := c[1], c[0].mul_(2), v)[-1]", (M,)),
    # in place on views: CopySlices (a zero_ whose node gives no gradient, two inputs, a 0-dim view)
    # and AsStridedBackward0 (the changed view, and another live view of the base)
    ("(c := a * 1, c[:, 1].zero_(), c)[-1] ** 2", (M,)), ("(c := a * 1, c.t()[1:].mul_(b.t()[1:]), c)[-1]", (M, N)),
    ("(c := a * 1, c[0, 0].add_(b[0, 0]), c)[-1] ** 2", (M, N)), ("(c := a * 1, v := c.t(), c[1].exp_(), v)[-1]", (M,)),
    ("(c := a * 1, v := c[1:, ::2], v.mul_(b[1:, ::2]))[-1] ** 2", (M, N)),
    ("torch.copysign(a, b)", (M, N)), ("torch.copysign(a, -2.0)", (M,)), ("a.diagonal() ** 2", (M,)),
    (f"{F}.embedding(torch.tensor([0, 2]), a) ** 2", (M,)),
    ("torch.cdist(a, b, compute_mode='use_mm_for_euclid_dist')", (M, N)), ("(a * 1).fill_(b.sum())", (M, N)),
    ("torch.fmax(a, b)", (M, N)), ("torch.fmin(a, b)", (M, N)), ("a.fmod(b + 3)", (M, N)),
    ("a.index_put((torch.tensor([0, 2]),), b[:2])", (M, N)), ("a.index_put((a > 0,), b[a > 0]) ** 2", (M, N)),
    ("a.index_put((torch.tensor([[0], [2]]), torch.tensor([1, 3])), b.sum()) ** 2", (M, N)), ("a[torch.tensor([0, 2])] ** 2", (M,)),
    ("a.masked_fill(a > 0, b.sum())", (M, N)),
    (f"{F}.nll_loss(a.log_softmax(1), (a[:, 0].detach() > 0).long())", (IMG,)),
    ("(a * 1).normal_()", (M,)), ("(a * 1).uniform_()", (M,)), ("(a * 1).random_(3)", (M,)),
    ("torch.poisson(a.exp())", (M,)), ("torch._standard_gamma(a.exp())", (M,)), ("torch._sample_dirichlet(a.exp())", (M,)),
    ("torch._standard_gamma_grad(a.exp(), b.exp())", (M, N)),
    ("(a * 1).exponential_()", (M,)), ("(a * 1).bernoulli_(a.sigmoid())", (M,)), ("torch.bernoulli(a.sigmoid())", (M,)),
    ("a.round(decimals=1)", (M,)), ("torch.sort(a, stable=True).values", (M,)),
    ("(a * 1).unsqueeze(0).squeeze_()", (M,)), ("(a * 1).unsqueeze(0).squeeze_((0,))", (M,)),
    ("(a * 1).t_()", (M,)), ("(a * 1).transpose_(0, 1)", (M,)), ("(a * 1).unsqueeze_(0)", (M,)),
    (f"{F}.threshold(a * 1, 0.2, -1.0, inplace=True)", (M,)), ("torch.vdot(a[0], b[0])", (M, N)),
    ("torch.xlogy(2.0, a.abs() + 1)", (M,)), ("torch.xlogy(a, 2.0)", (M,)),
    ("torch.xlogy(a, b).nan_to_num() ** 2", (M, N)),  # x = 0 where y <= 0: a zero gradient
    ("torch.einsum('ij,ij->ij', a, b)", (M, N)), ("torch.einsum('ij->i', a)", (M,)),
    ("torch.einsum('ij->ji', a)", (M,)), ("torch.einsum('ii->i', a[:, :3]) ** 2", (M,)),
    ("torch.einsum('ij,k->ijk', a, b[0]) ** 2", (M, N)), ("torch.einsum('ij,ij->', a[:1], b) ** 2", (M, N)),
    ("torch.einsum('ii,jk->k', a[:, :3], b) ** 2", (M, N)), (f"{F}.conv2d(a, b) ** 2", (IMG, IMG[:, :, :3, :3])),
    (f"{F}.conv2d(a, b.detach()) ** 2", (IMG, IMG[:, :, :3, :3])),
    (f"{F}.conv2d(a, b, c) ** 2", (IMG, IMG[:, :, :3, :3], [0.5, -0.25])),
    (f"{F}.conv2d(a.detach(), b) ** 2", (IMG, IMG[:, :, :3, :3])), (f"{F}.hardtanh(a) ** 2", (M,)), (f"{F}.softshrink(a) ** 2", (M,)),
    ("torch.clamp_min(a, b)", (M, N)), ("torch.clamp_max(a, b[0])", (M, N)),
    ("(a * 1).eq_(b)", (M, N)), ("(a * 1).ne_(0.5)", (M,)), ("(a * 1).lt_(b)", (M, N)), ("(a * 1).le_(0.5)", (M,)),
    ("(a * 1).gt_(b)", (M, N)), ("(a * 1).ge_(0.5)", (M,)), ("(a * 1).ne_(b)", (M, N)), ("(a * 1).eq_(0.5)", (M,)),
    ("(a * 1).lt_(0.5)", (M,)), ("(a * 1).le_(b)", (M, N)), ("(a * 1).gt_(0.5)", (M,)), ("(a * 1).ge_(b)", (M, N)),
    ("torch.nansum(a.log(), 1)", (M,)), ("a.nansum()", (M,)),
    ("torch.linalg.inv(a[:, :3]) ** 2", (M,)), ("torch.linalg.det(a[:, :3]) ** 2", (M,)),
    ("torch.linalg.slogdet(a[:, :3]).logabsdet ** 2", (M,)), ("torch.linalg.solve(a[:, :3], b) ** 2", (M, N)),
    ("torch.linalg.solve(a[:, :3], b[:, :3], left=False) ** 2", (M, N)),
    ("torch.linalg.cholesky(a[:, :3] @ a[:, :3].T + 3 * torch.eye(3)) ** 2", (M,)),
    ("torch.cholesky(a[:, :3] @ a[:, :3].T + 3 * torch.eye(3), upper=True) ** 2", (M,)),
    ("torch.linalg.qr(a.T)[0] ** 2 + torch.linalg.qr(a.T)[1].sum()", (M,)), ("torch.linalg.qr(a)[1] ** 2", (M,)),
    ("torch.linalg.cross(a[:, :3], b[:, :3]) ** 2", (M, N)),
    ("(lambda w, v: w ** 2 + (v ** 4).sum(0))(*torch.linalg.eigh(a[:, :3] + a[:, :3].T))", (M,)),
    ("(lambda u, s, vh: (u ** 4).sum(0) + s ** 2 + (vh ** 4).sum(0)[:3])(*torch.linalg.svd(a, full_matrices=False))", (M,)),
    ("(lambda u, s, vh: (u ** 4).sum(0) + s ** 2 + (vh ** 4).sum(1))(*torch.linalg.svd(a.T, full_matrices=False))", (M,)),
    ("torch.linalg.pinv(a) ** 2", (M,)), ("torch.linalg.pinv(a.T) ** 2", (M,)),
    ("torch.linalg.lstsq(a.T, b.T).solution ** 2", (M, N)), ("torch.linalg.lstsq(a.T, b[0]).solution ** 2", (M, N)),
    ("torch.linalg.matrix_exp(a[:, :3]) ** 2", (M,)),
    ("torch.cholesky_inverse(a[:, :3].tril() + 3 * torch.eye(3)) ** 2", (M,)),
    ("torch.cholesky_inverse(a[:, :3].triu() + 3 * torch.eye(3), upper=True) ** 2", (M,)),
    ("torch.linalg.solve_triangular(a[:, :3] + 3 * torch.eye(3), b, upper=True) ** 2", (M, N)),
    ("torch.linalg.solve_triangular(a[:, :3] + 3 * torch.eye(3), b[:, :3], upper=False, left=False, unitriangular=True) ** 2",
     (M, N)),
    # products added to a tensor (ops/linalg/added_products.py)
    ("torch.addr(a[0], b[1], b[2], beta=2, alpha=0.5) ** 2", (M, N)),
    ("torch.baddbmm(a[:, :3].unsqueeze(0), a.unsqueeze(0), b.t().unsqueeze(0), alpha=2) ** 2", (M, N)),
    ("torch.addbmm(a[:, :3], a.unsqueeze(0).expand(2, 3, 4), b.t().unsqueeze(0).expand(2, 4, 3), beta=0.5) ** 2", (M, N)),
    ("torch.logcumsumexp(a, 1) ** 2", (M,)), ("torch.logaddexp2(a, b) ** 2", (M, N)),
    *[(f"a.scatter_reduce(1, torch.tensor([[0, 3, 0], [2, 2, 1], [1, 1, 1]]), b[:, :3], '{r}', include_self={i}) ** 2",
       (M, N)) for r in ("sum", "prod", "mean", "amax", "amin") for i in (True, False)],
    ("torch.mode(a.round(), 1).values ** 2", (M,)), ("torch.diagflat(a.t(), 1) ** 2", (M,)), ("a.msort() ** 2", (M,)),
    ("torch.select_scatter(a, b[1] * 2, 0, -1) ** 2", (M, N)), ("torch.slice_scatter(a, b[:, 1:3], 1, 1, 3) ** 2", (M, N)),
    ("torch.diagonal_scatter(a, b[0, :3] * 2, 0) ** 2", (M, N)), ("a.narrow_copy(1, 1, 2) ** 2", (M,)),
    ("a.masked_scatter(a > 0, b * 3) ** 2", (M, N)),
]

# Node classes whose backward cannot run twice here, with the reason.
NOT_TWICE = {
    "CdistBackwardBackward0": "its backward raises PyTorch's \"the derivative for '_cdist_backward' is not implemented\"",
    "NotImplemented": "PyTorch's node for a backward it cannot differentiate (hardsigmoid's, ...): its backward raises",
    "InvalidatedViewBackward": "a view of a multi-output op changed in place: its backward raises PyTorch's error",
    "AsinhBackward1": "PyTorch's node for x.asinh_(): its backward raises (no in-place formula)",
    "AcoshBackward1": "PyTorch's node for x.acosh_(): its backward raises (no in-place formula)",
    "AtanhBackward1": "PyTorch's node for x.atanh_(): its backward raises (no in-place formula)",
    "StandardGammaGradBackward0": "PyTorch does not differentiate _standard_gamma_grad: its backward raises",
    "ScatterReduceDoubleBackwardError": "PyTorch's DelayedError over a product's src gradient with two zeros in one "
                                        "place: its backward raises",
    "SpecialZetaBackward2": "zeta(x, number): its backward raises PyTorch's \"the derivative for 'zeta' is not implemented\"",
}
# Base classes of node families, never recorded themselves.
BASES = {"MultiOutputNode", "_EinsumBackward", "_MaskedBackward", "_ComparedInPlace", "_ViewScatterBackward"}

# Node classes whose two worlds round differently (compared to 1e-5 relative, not bit for bit).
ROUNDING = {
    "ExpandBackward0": "sums with NumPy's pairwise sum on arrays, with sum's PyTorch order on tensors",
    "StdBackward0": "the mean inside is NumPy's on arrays, mean's (PyTorch order) on tensors",
    "NativeLayerNormBackward0": "uses the saved float mean and rstd on arrays; on tensors recomputes them with "
                                "recorded ops (so second derivatives see them depend on the input)",
    "NativeBatchNormBackward0": "as NativeLayerNormBackward0 (training mode)",
    "CumprodBackward0": "sums its terms with NumPy's pairwise sum on arrays, with sum's PyTorch order on tensors",
    "MishBackward0": "softplus inside is np.logaddexp on arrays, exp then log1p on tensors (as PyTorch records it)",
    "FillBackward3": "the value's gradient is sum(grad): NumPy's pairwise sum on arrays, sum's order on tensors",
    "LinalgDetBackward0": "solves with the saved LU factors on arrays, with a recorded linalg.solve(Aᵀ, ·) on "
                          "tensors (as PyTorch switches under create_graph)",
    "LinalgSlogdetBackward0": "as LinalgDetBackward0",
}


def _node_classes():
    import autograd_tutor.ops as ops

    found = set()
    for info in pkgutil.walk_packages(ops.__path__, "autograd_tutor.ops."):
        module = importlib.import_module(info.name)
        for obj in list(vars(module).values()) + list(getattr(module, "_NODES", {}).values()):
            if inspect.isclass(obj) and issubclass(obj, Node) and obj.__module__.startswith("autograd_tutor.ops"):
                found.add(obj)
    return {c for c in found if c.__name__ not in BASES}


def _walk(tensors):
    """The nodes of the graphs behind ``tensors`` (AccumulateGrad excluded), each once."""
    seen, order = set(), []
    stack = [t.grad_fn for t in tensors if isinstance(t, Tensor) and t.grad_fn is not None]
    while stack:
        node = stack.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        if not isinstance(node, AccumulateGrad):
            order.append(node)
        stack.extend(fn for fn, _ in node.next_functions)
    return order


def _tensors(result):
    if isinstance(result, Tensor):
        return [result]
    if isinstance(result, (tuple, list)):
        return [t for r in result for t in _tensors(r)]
    return []


def _case_graph(expr, arrays):
    """The case's forward graph and, for its first output, the graph of its create_graph gradient."""
    xs = [at.tensor(np.asarray(a, dtype=np.float32), requires_grad=True) for a in arrays]
    outs = [t for t in _tensors(eval(expr, {"torch": at}, dict(zip("abc", xs)))) if t.requires_grad]
    if not outs:
        return xs, []
    w = at.tensor(np.random.default_rng(0).standard_normal(tuple(outs[0].shape)), dtype=outs[0].dtype)
    first = _walk(outs)
    try:
        grads = at.autograd.grad((outs[0] * w).sum(), xs, create_graph=True, allow_unused=True)
    except (RuntimeError, TypeError, NotImplementedError):
        if not any(type(n).__name__ in NOT_TWICE for n in first):
            raise
        return xs + outs, first  # a listed node cannot run under create_graph
    return xs + outs + list(grads), first + _walk([g for g in grads if g is not None])


def _output_grads(node, rng):
    """A random gradient for each output of ``node`` (arrays), as the engine would hand it."""
    outputs = node._outputs if isinstance(node, MultiOutputNode) else [(node._out_shape, node._out_dtype)]
    return [rng.standard_normal(shape).astype(dtype) if np.dtype(dtype).kind == "f" else None
            for shape, dtype in outputs]


def _run(node, world, grads):
    """``node.backward`` in one world, its results as arrays (None stays None)."""
    tensors = world is _namespace.TENSORS
    if tensors:
        grads = [None if g is None else Tensor._make(g.copy(), False, None) for g in grads]
    else:
        grads = [None if g is None else g.copy() for g in grads]
    node.xp = world
    # as the engine runs formulas: silently past inf and 0 (1/x at 0...), grad mode as create_graph
    with np.errstate(all="ignore"), at.enable_grad() if tensors else at.no_grad():
        saved = node.unpack_saved(tensors)
        if isinstance(node, MultiOutputNode):
            out = node.backward(OutputGrads(grads).slots, *saved)
        else:
            out = node.backward(grads[0], *saved)
    return [None if g is None else np.asarray(g._data if isinstance(g, Tensor) else g) for g in out]


def _delivered(node, i, g):
    """Gradient ``i`` as the engine hands it on: summed to the input's shape, cast to its dtype."""
    nxt = node.next_functions[i][0] if i < len(node.next_functions) else None
    if nxt is None or node.next_functions[i][1] or g.shape == nxt._out_shape and g.dtype == nxt._out_dtype:
        return g
    return np.asarray(engine._fit(g, nxt))


def _differences(node, seed=0):
    """How the two worlds' gradients differ for ``node`` (an empty list when they agree)."""
    grads = _output_grads(node, np.random.default_rng(seed))
    if all(g is None for g in grads):
        return []
    plain = _run(node, _namespace.NUMPY, grads)
    recorded = _run(node, _namespace.TENSORS, grads)
    problems = []
    if len(plain) != len(recorded):
        return [f"{len(plain)} gradients on arrays, {len(recorded)} on tensors"]
    for i, (p, r) in enumerate(zip(plain, recorded)):
        if (p is None) != (r is None):
            problems.append(f"input {i}: {'None' if p is None else 'a gradient'} on arrays, "
                            f"{'None' if r is None else 'a gradient'} on tensors")
            continue
        if p is None or not node.needs(i):
            continue
        p, r = _delivered(node, i, p), _delivered(node, i, r)
        if p.shape != r.shape or p.dtype != r.dtype:
            problems.append(f"input {i}: {p.dtype}{list(p.shape)} on arrays, {r.dtype}{list(r.shape)} on tensors")
        elif type(node).__name__ in ROUNDING:
            if not np.allclose(p, r, rtol=1e-5, atol=1e-6, equal_nan=True):
                problems.append(f"input {i}: values differ beyond rounding\n  arrays:  {p.tolist()}\n  tensors: {r.tolist()}")
        elif not (np.array_equal(p, r, equal_nan=True) and np.array_equal(np.signbit(p), np.signbit(r))):
            problems.append(f"input {i}: values differ\n  arrays:  {p.tolist()}\n  tensors: {r.tolist()}")
    return problems


CATALOGUE = _catalogue()
_met = {}


@pytest.mark.parametrize("expr,arrays", CATALOGUE, ids=[e for e, _ in CATALOGUE])
def test_each_formula_gives_the_same_gradients_on_arrays_and_on_tensors(expr, arrays):
    keep, nodes = _case_graph(expr, arrays)
    failures = []
    for node in nodes:
        name = type(node).__name__
        if name in NOT_TWICE:
            continue
        _met.setdefault(name, expr)
        failures += [f"{name} (from {expr}): {p}" for p in _differences(node)]
    assert not failures, "\n".join(failures)


def test_every_node_class_is_run_in_both_worlds_or_listed():
    met = set()
    for expr, arrays in CATALOGUE:
        met.update(type(n) for n in _case_graph(expr, arrays)[1])
    classes = _node_classes()
    missing = sorted(f"{c.__module__}.{c.__name__}" for c in classes - met if c.__name__ not in NOT_TWICE)
    assert not missing, f"node classes no case reaches (add a case to EXTRA or list them in NOT_TWICE): {missing}"
    assert set(NOT_TWICE) <= {c.__name__ for c in classes}, sorted(set(NOT_TWICE) - {c.__name__ for c in classes})


def test_a_formula_changed_in_one_world_only_is_caught(monkeypatch):
    """The comparison can fail: mean's formula (grad / n, through xp.over) changed on tensors only."""
    _, nodes = _case_graph("a.mean() + a.exp().sum()", ([[0.5, -1.0]],))
    mean = [n for n in nodes if type(n).__name__ == "MeanBackward0"][0]
    exp = [n for n in nodes if type(n).__name__ == "ExpBackward0"][0]
    assert _differences(mean) == [] and _differences(exp) == []
    monkeypatch.setattr(type(_namespace.TENSORS), "over", staticmethod(lambda x, c: x / (c + 1)))
    assert _differences(mean) != []
    assert _differences(exp) == []
