"""Commonly used ops added for coverage, against torch: inverse trigonometry, atan2, hypot,
logaddexp, fmod/remainder, more activations and their modules, smooth_l1/huber losses, splitting
and stacking helpers, cumulative extrema and padding: printed results, node names and saved
fields, first and second derivatives, and errors."""
import numpy as np
import pytest
from ops_oracle import check_op, same

X = [[0.3, -0.6, 0.1, 0.8], [-0.2, 0.45, -0.9, 0.7]]
P = [[1.5, 0.6, 2.1, 0.8], [1.2, 3.45, 0.9, 1.7]]
Y = [[0.5, 0.2, -0.3, 0.4], [0.1, -0.5, 0.6, -0.25]]
F = "torch.nn.functional"

MATH = [
    ("torch.asin(a)", X), ("a.asin()", X), ("torch.arcsin(a)", X), ("torch.acos(a)", X), ("a.acos()", X),
    ("torch.asinh(a)", X), ("torch.acosh(a)", P), ("a.acosh()", X), ("torch.atanh(a)", X), ("a.arctanh()", X),
    ("torch.atan2(a, b)", X, Y), ("a.atan2(b[0])", X, Y), ("torch.arctan2(a, b)", P, X),
    ("torch.hypot(a, b)", X, Y), ("torch.logaddexp(a, b)", X, Y), ("torch.logaddexp(a, b[:1])", X, Y),
    ("torch.fmod(a, 0.4)", X), ("a.fmod(-0.25)", X), ("torch.fmod(a, b)", X, P), ("torch.fmod(a, b)", P, Y),
    ("torch.remainder(a, b)", X, P), ("a.remainder(b[1])", X, P), ("a % b", X, Y), ("torch.remainder(a, 0.4)", X),
    ("torch.frac(a * 3)", X), ("torch.rad2deg(a)", X), ("a.deg2rad()", X),
    ("torch.logit(a)", P), ("torch.logit(a)", [[0.2, 0.5, 0.9]]), ("torch.logit(a, 0.25)", X), ("a.logit(1e-6)", Y),
]
ACTIVATIONS = [
    (f"{F}.elu(a)", X), (f"{F}.elu(a, 0.5)", X), (f"{F}.selu(a)", X), (f"{F}.celu(a)", X),
    (f"{F}.celu(a, alpha=2.0)", X), ("torch.selu(a)", X), ("torch.celu(a, 0.5)", X),
    (f"{F}.hardtanh(a)", X), (f"{F}.hardtanh(a, -0.5, 0.5)", X), (f"{F}.relu6(a * 10)", X),
    (f"{F}.hardswish(a * 5)", X), (f"{F}.mish(a)", X), (f"{F}.softshrink(a)", X), (f"{F}.softshrink(a, 0.2)", X),
    (f"{F}.hardshrink(a, 0.25)", X), ("a.hardshrink()", X), (f"{F}.threshold(a, 0.2, -1.0)", X),
    (f"{F}.glu(a)", X), (f"{F}.glu(a, 0)", X), (f"{F}.glu(a, dim=1)", X),
    ("torch.nn.ELU()(a)", X), ("torch.nn.ELU(0.3)(a)", X), ("torch.nn.SELU()(a)", X), ("torch.nn.CELU(2.0)(a)", X),
    ("torch.nn.Hardtanh(-0.2, 0.4)(a)", X), ("torch.nn.ReLU6()(a * 10)", X), ("torch.nn.Hardswish()(a)", X),
    ("torch.nn.Mish()(a)", X), ("torch.nn.Softshrink(0.3)(a)", X), ("torch.nn.Hardshrink()(a)", X),
    ("torch.nn.Threshold(0.1, 20.0)(a)", X), ("torch.nn.GLU()(a)", X),
]
LOSSES = [
    (f"{F}.smooth_l1_loss(a, b)", X, Y), (f"{F}.smooth_l1_loss(a, b, beta=0.5)", X, Y),
    (f"{F}.smooth_l1_loss(a, b, reduction='sum', beta=0.3)", X, Y), (f"{F}.smooth_l1_loss(a, b, reduction='none')", X, Y),
    (f"{F}.smooth_l1_loss(a, b, beta=0.0)", X, Y), (f"{F}.huber_loss(a, b)", X, Y),
    (f"{F}.huber_loss(a, b, delta=0.5)", X, Y), (f"{F}.huber_loss(a, b, reduction='sum', delta=0.3)", X, Y),
    (f"{F}.huber_loss(a, b, reduction='none', delta=0.2)", X, Y), ("torch.nn.SmoothL1Loss()(a, b)", X, Y),
    ("torch.nn.SmoothL1Loss(beta=0.2)(a, b)", X, Y), ("torch.nn.HuberLoss(delta=0.4)(a, b)", X, Y),
    ("torch.nn.HuberLoss(reduction='sum')(a, b)", X, Y),
]
SHAPES = [
    ("torch.tensor_split(a, 3, 1)", X), ("a.tensor_split(2)", X), ("torch.tensor_split(a, [1, 5], dim=1)", X),
    ("torch.tensor_split(a, (1, 3), -1)", X), ("torch.tensor_split(a, torch.tensor([1, 2]), 1)", X),
    ("torch.tensor_split(a[0], 3)", X), ("torch.hsplit(a, 2)", X), ("a.hsplit([1, 3])", X), ("torch.hsplit(a[0], 4)", X),
    ("torch.vsplit(a, 2)", X), ("a.vsplit([1])", X), ("torch.dstack([a, b])", X, Y), ("torch.dstack([a[0], b[1]])", X, Y),
    ("torch.column_stack([a[0], b[0]])", X, Y), ("torch.column_stack([a, b[0, :2]])", X, Y), ("torch.ravel(a)", X),
    ("a.t().ravel()", X), ("torch.hstack([a, b])", X, Y), ("torch.vstack([a, b[0]])", X, Y),
    ("torch.cummax(a, 1)", X), ("a.cummax(0)", X), ("torch.cummin(a, 1)", X), ("torch.cummin(a, dim=-2)", X),
    ("torch.cummax(a, 1)", [[0.5, 0.5, -0.5, 0.5], [1.0, -1.0, 1.0, 1.0]]), ("torch.cummin(a[0, 0], 0)", X),
    (f"{F}.pad(a, (1, 2))", X), (f"{F}.pad(a, (1, 1, 1, 0), value=2.0)", X), (f"{F}.pad(a, (-1, 1))", X),
    (f"{F}.pad(a[None], (0, 0, 2, 1))", X), ("torch.constant_pad_nd(a, (1, 1), 0.5)", X),
]
MORE_MATH = [
    ("torch.sgn(a)", X), ("a.sgn()", X), ("torch.erfc(a)", X), ("a.erfc()", P), ("torch.sinc(a)", X),
    ("torch.sinc(a)", [[0.0, 0.5, -1.5]]), ("torch.xlogy(a, b)", X, P), ("torch.xlogy(a, b)", [[0.0, 2.0]], [[0.0, 3.0]]),
    ("torch.xlogy(a, 2.0)", X), ("torch.xlogy(2.0, b)", X, P), ("a.xlogy(b[0])", X, P),
    ("torch.nan_to_num(a)", X), ("torch.nan_to_num(a / 0, posinf=1.0, neginf=-1.0)", X), ("torch.nan_to_num(a / 0, 1.0, 2.0, -3.0)", X),
    ("torch.copysign(a, b)", X, Y), ("torch.copysign(a, -1.0)", X), ("a.copysign(b[0])", X, Y),
    ("torch.fmax(a, b)", X, Y), ("torch.fmin(a, b)", X, Y), ("a.fmax(b[0])", X, Y),
    ("torch.float_power(a, 2)", X), ("torch.float_power(a, b)", P, X), ("a.float_power(3)", X),
    ("torch.median(a)", X), ("a.median()", [[1.0, 2.0, 3.0, 4.0]]), ("torch.median(a, 1)", X),
    ("a.median(0, keepdim=True)", X), ("torch.median(a, -1)", [[3.0, 1.0, 2.0]]),
    ("torch.kthvalue(a, 2)", X), ("a.kthvalue(1, 0)", X), ("torch.kthvalue(a, 3, 1, True)", X),
]
CASES = MATH + ACTIVATIONS + LOSSES + SHAPES + MORE_MATH


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_op_values_graph_and_gradients_match_torch(case):
    expr, *arrays = case
    check_op(expr, *arrays, dtype="float64")


@pytest.mark.parametrize("case", CASES[::3], ids=[c[0] for c in CASES[::3]])
def test_op_in_float32(case):
    expr, *arrays = case
    check_op(expr, *arrays, dtype="float32")


def test_hardsigmoid_has_no_second_derivative():
    check_op(f"{F}.hardsigmoid(a * 5)", X, second_order_raises=RuntimeError)
    check_op("torch.nn.Hardsigmoid()(a)", X, second_order=False)


def test_module_reprs():
    def program(T):
        nn = T.nn
        mods = [nn.ELU(), nn.ELU(0.5, inplace=True), nn.SELU(), nn.CELU(2.0), nn.Hardtanh(), nn.Hardtanh(-2, 3),
                nn.ReLU6(), nn.ReLU6(True), nn.Hardsigmoid(), nn.Hardswish(), nn.Mish(), nn.Softshrink(),
                nn.Hardshrink(0.3), nn.Threshold(0.1, 20), nn.GLU(), nn.GLU(0), nn.SmoothL1Loss(beta=0.5),
                nn.HuberLoss(delta=2.0)]
        return [repr(m) for m in mods]

    same(program)


def test_inplace_activations():
    def program(T):
        x = T.tensor(X, requires_grad=True)
        outs = []
        for f in ("elu", "selu", "celu", "hardtanh", "relu6", "hardswish", "mish"):
            y = x * 1
            z = getattr(T.nn.functional, f)(y, inplace=True)
            outs.append((z is y, z.grad_fn.name(), T.autograd.grad(z.sum(), x)[0]))
        return outs

    same(program, exact=False)


def test_float_power_of_float32_converts_to_double():
    check_op("torch.float_power(a, 2)", X, dtype="float32")
    check_op("torch.float_power(a, b)", P, X, dtype="float32")


def test_smooth_l1_loss_broadcasts_with_a_warning():
    same(lambda T: T.nn.functional.smooth_l1_loss(_x(T), _x(T)[0]), exact=False)


def test_median_of_nothing():
    same(lambda T: T.median(T.tensor([])), exact=False)


TENSOR_METHODS = [
    ("(a * 1).tril_()", X), ("(a * 1).triu_(1)", X), ("(a * 1).lerp_(b, 0.5)", X, Y),
    ("(a * 1).addcmul_(b, b, value=2)", X, Y), ("(a * 1).addcdiv_(b, c)", X, Y, P),
    ("a.index_fill(1, torch.tensor([0, 2]), 1.5)", X), ("torch.index_fill(a, 0, torch.tensor([1]), -1.0)", X),
    ("(a * 1).index_fill_(1, torch.tensor([3]), 0.0)", X), ("a.sum_to_size(1, 4)", X), ("a.sum_to_size(4)", X),
    ("a.sum_to_size((2, 1))", X), ("a.sum_to_size(2, 4)", X),
]


@pytest.mark.parametrize("case", TENSOR_METHODS, ids=[c[0] for c in TENSOR_METHODS])
def test_tensor_methods_match_torch(case):
    expr, *arrays = case
    check_op(expr, *arrays, dtype="float64")


def test_random_refills_in_place():
    def program(T):
        T.manual_seed(0)
        x = T.ones(2, 3, requires_grad=True)
        outs = []
        for f in (lambda y: y.uniform_(), lambda y: y.uniform_(-1, 2), lambda y: y.normal_(),
                  lambda y: y.normal_(1.0, 0.5), lambda y: y.bernoulli_(0.3), lambda y: y.bernoulli_()):
            y = x * 1
            z = f(y)
            outs.append((z is y, z, T.autograd.grad(z.sum(), x)[0]))
        outs.append(T.empty(20, dtype=T.float64).normal_())
        outs.append(T.zeros(5).uniform_(2.0, 3.0))
        outs.append(x.sum_to_size(3))
        return outs

    same(program)


def test_storage_facts():
    def program(T):
        x = T.arange(12.0).reshape(3, 4)
        views = [x, x[1:], x[:, 2:], x[1, 1:], x.t()[1], x[2:, 3:], x.double()]
        return [(v.storage_offset(), v.nbytes, v.itemsize) for v in views]

    same(program)


_rng = np.random.default_rng(1)
IMG = _rng.standard_normal((2, 2, 5, 6)).round(2).tolist()
KER = _rng.standard_normal((3, 2, 3, 2)).round(2).tolist()
BIAS = [0.1, -0.2, 0.3]
CONV = [
    f"{F}.conv2d(a, b, c)", f"{F}.conv2d(a, b)", f"{F}.conv2d(a, b, c, stride=2, padding=1)",
    f"{F}.conv2d(a, b, dilation=(2, 1), padding=(1, 0))", f"{F}.conv2d(a[0], b, c)", f"{F}.conv2d(a, b, padding='same')",
    f"{F}.conv2d(a, b[:2, :1], groups=2)", f"{F}.conv1d(a[:, :, 0], b[:, :, 0], c)", f"{F}.conv1d(a[:, :, 0], b[:, :, 0], stride=2, padding=1)",
    f"{F}.max_pool2d(a, 2)", f"{F}.max_pool2d(a, 3, 1, 1)", f"{F}.max_pool2d(a, 2, ceil_mode=True)",
    f"{F}.max_pool2d(a[0], 2)", f"{F}.max_pool2d(a, 2, return_indices=True)", f"{F}.max_pool2d(a, 2, dilation=2)",
    f"{F}.max_pool2d(a, (2, 3), stride=(1, 2))", f"{F}.avg_pool2d(a, 2)", f"{F}.avg_pool2d(a, 3, 2, 1)",
    f"{F}.avg_pool2d(a, 3, 2, 1, count_include_pad=False)", f"{F}.avg_pool2d(a, 2, ceil_mode=True)",
    f"{F}.avg_pool2d(a, 2, divisor_override=3)", f"{F}.avg_pool2d(a[0], (1, 2))",
    "torch.nn.MaxPool2d(2)(a)", "torch.nn.AvgPool2d(2, 1)(a)",
    f"{F}.conv_transpose2d(a, b[:2], c[:2])", f"{F}.conv_transpose2d(a, b[:2], stride=2, padding=1, output_padding=1)",
    f"{F}.conv_transpose2d(a, b[:2, :1], groups=2, dilation=(2, 1))", f"{F}.conv_transpose2d(a[0], b[:2], c[:2])",
    f"{F}.conv_transpose1d(a[:, :, 0], b[:2, :, 0], c[:2], stride=2)",
]


@pytest.mark.parametrize("expr", CONV)
def test_convolution_and_pooling_match_torch(expr):
    check_op(expr, IMG, KER, BIAS)


@pytest.mark.parametrize("expr", CONV[:3] + CONV[9:11] + CONV[16:18] + CONV[-5:-3])
def test_convolution_and_pooling_in_float32(expr):
    check_op(expr, IMG, KER, BIAS, dtype="float32")


def test_conv_modules_initialise_and_print_as_torch():
    def program(T):
        T.manual_seed(0)
        mods = [T.nn.Conv2d(2, 3, 3), T.nn.Conv2d(2, 4, (3, 2), stride=2, padding=1, bias=False),
                T.nn.Conv1d(2, 4, 3, dilation=2, groups=2), T.nn.MaxPool2d(2), T.nn.MaxPool2d(3, 1, 1),
                T.nn.AvgPool2d(2), T.nn.AvgPool2d(3, stride=2, padding=1)]
        x = T.ones(1, 2, 6, 6)
        outs = [repr(m) for m in mods] + [mods[0].weight, mods[0].bias, mods[2].weight]
        y = mods[3](mods[0](x))
        outs.append(y)
        outs.append(T.autograd.grad(y.sum(), mods[0].weight)[0])
        return outs

    same(program, exact=False)


def test_conv_transpose_modules_initialise_print_and_train_as_torch():
    def program(T):
        T.manual_seed(0)
        mods = [T.nn.ConvTranspose2d(4, 6, 3, stride=2, padding=1, output_padding=1, groups=2),
                T.nn.ConvTranspose2d(2, 3, (3, 2), bias=False, dilation=(1, 2)),
                T.nn.ConvTranspose1d(3, 2, 4, stride=3, output_padding=2)]
        x = T.randn(2, 4, 5, 5)
        y = mods[0](x)
        y.pow(2).sum().backward()
        z = mods[1](y[:, :2])
        w = mods[2](T.randn(3, 7))
        return ([repr(m) for m in mods] + [m.weight for m in mods] + [mods[0].bias, mods[2].bias, y, z, w,
                mods[0].weight.grad, mods[0].bias.grad])

    same(program, exact=False)


DISTANCES = [
    ("torch.dist(a, b)", X, Y), ("torch.dist(a, b, 3)", X, Y), ("a.dist(b, 1)", X, Y), ("torch.vdot(a[0], b[1])", X, Y),
    ("torch.addmv(a[0, :2], b, a[1])", X, Y), ("torch.addmv(a[0, :2], b, a[1], beta=0.5, alpha=2)", X, Y),
    ("a[1, :2].addmv(b, a[0])", X, Y), ("torch.rot90(a)", X), ("torch.rot90(a, 2)", X), ("a.rot90(-1, [1, 0])", X),
    ("torch.rot90(a[None], 1, (1, 2))", X), ("torch.diag_embed(a)", X), ("torch.diag_embed(a, 1)", X),
    ("torch.diag_embed(a, -1, 0, 2)", X), ("a.diag_embed(dim1=0, dim2=1)", X), ("torch.fliplr(a)", X), ("torch.flipud(a)", X),
    ("torch.take(a, torch.tensor([0, 5, -1, 5]))", X), ("a.take(torch.tensor([[1, 2], [3, 3]]))", X),
    ("torch.take_along_dim(a, torch.tensor([[0], [2]]), 1)", X), ("torch.take_along_dim(a, torch.tensor([[1, 0, 1, 1]]), 0)", X),
    ("torch.take_along_dim(a, torch.tensor([3, 0]))", X), ("a.take_along_dim(torch.argsort(a, 1), dim=1)", X),
    (f"{F}.pairwise_distance(a, b)", X, Y), (f"{F}.pairwise_distance(a, b, 1.0, keepdim=True)", X, Y),
    (f"{F}.pairwise_distance(a, b[0], 3.0)", X, Y), ("torch.nn.PairwiseDistance()(a, b)", X, Y),
    (f"{F}.kl_div(a, b.abs())", X, Y), (f"{F}.kl_div(a, b.abs(), reduction='batchmean')", X, Y),
    (f"{F}.kl_div(a, b, reduction='sum', log_target=True)", X, Y), (f"{F}.kl_div(a, b.abs(), reduction='none')", X, Y),
    ("torch.nn.KLDivLoss(reduction='batchmean')(a, b.abs())", X, Y),
    (f"{F}.margin_ranking_loss(a, b, torch.ones(2, 4))", X, Y), (f"{F}.margin_ranking_loss(a, b, -torch.ones(2, 4), 0.2)", X, Y),
    (f"{F}.margin_ranking_loss(a, b, torch.ones(2, 4), reduction='none')", X, Y),
    ("torch.nn.MarginRankingLoss(0.1, reduction='sum')(a, b, torch.ones(2, 4))", X, Y),
    (f"{F}.cosine_similarity(a, b)", X, Y), (f"{F}.cosine_similarity(a, b, 0)", X, Y),
    (f"{F}.cosine_similarity(a, b[0])", X, Y), ("torch.cosine_similarity(a, b, dim=-1)", X, Y),
    ("torch.nn.CosineSimilarity(0)(a, b)", X, Y), ("torch.pairwise_distance(a, b)", X, Y),
]


@pytest.mark.parametrize("case", DISTANCES, ids=[c[0] for c in DISTANCES])
def test_distances_and_rearranging_match_torch(case):
    expr, *arrays = case
    check_op(expr, *arrays, dtype="float64")


def test_non_differentiable_helpers():
    def program(T):
        i = T.tensor([[3, -1, 0], [5, 2, -7]])
        j = T.tensor([[1, 1, 6], [4, 2, 3]])
        x = T.tensor([[0.5, -0.0, 0.0, -2.0], [float("nan"), 1.0, -3.0, 0.25]], requires_grad=True)
        seq = T.tensor([1.0, 3.0, 5.0, 7.0])
        return [
            T.bitwise_and(i, j), T.bitwise_or(i, 2), i.bitwise_xor(j), T.bitwise_not(i), T.bitwise_and(i > 0, j > 2),
            T.logical_xor(i, j - 1), x.logical_xor(x > 0), T.signbit(x), x.signbit(),
            T.heaviside(x.detach(), T.tensor([0.5])), T.is_floating_point(x), T.is_floating_point(i),
            T.tril_indices(3, 3), T.triu_indices(3, 4, 1), T.tril_indices(4, 3, -1), T.triu_indices(2, 2, dtype=T.int32),
            T.searchsorted(seq, T.tensor([0.0, 3.0, 6.0, 9.0])), T.searchsorted(seq, T.tensor([3.0, 5.0]), right=True),
            T.searchsorted(seq, T.tensor([3.0]), side="right", out_int32=True),
            T.bucketize(T.tensor([[0.5, 3.0], [7.0, 8.0]]), seq), T.bucketize(T.tensor([3.0, 5.0]), seq, right=True),
            T.searchsorted(T.tensor([[1.0, 2.0, 3.0], [0.0, 5.0, 9.0]]), T.tensor([[2.5], [5.0]])),
        ]

    same(program)


def test_counting_and_elementwise_python_helpers():
    def program(T):
        x = T.tensor([[1.0, -2.0, 0.0], [0.0, 3.0, 0.5]])
        n = T.tensor([1, 1, 3, 0, 3, 3])
        b = T.ones(2, 3)
        c = T.arange(4.0)
        outs = [T.argwhere(x), x.argwhere(), T.bincount(n), n.bincount(minlength=6),
                T.bincount(n, weights=T.tensor([0.5, 1.0, 2.0, 1.0, 1.0, 1.0])), T.histc(x, bins=4, min=-2, max=3),
                T.histc(T.tensor([1.0, 2.0, 1.0, 5.0]), bins=3), x.histc(5), b.apply_(lambda v: v * 3),
                c.map_(T.tensor([1.0, 2.0, 3.0, 4.0]), lambda u, v: u * v), x.clone().square_()]
        y = T.tensor([1.0, -2.0], requires_grad=True)
        z = (y * 1).square_()
        outs += [z, T.autograd.grad(z.sum(), y)[0]]
        return outs

    same(program)


@pytest.mark.parametrize("expr", ["torch.nn.ZeroPad2d(1)(a)", "torch.nn.ZeroPad2d((1, 2, 0, 1))(a[None])",
                                  "torch.nn.ConstantPad1d(2, 3.5)(a)", "torch.nn.ConstantPad2d((1, 0, 2, 0), 1.0)(a)",
                                  "torch.nn.ZeroPad1d((0, 2))(a)"])
def test_padding_modules(expr):
    check_op(expr, X)


def test_padding_module_reprs():
    same(lambda T: [repr(m) for m in (T.nn.ZeroPad2d(1), T.nn.ZeroPad2d((1, 2, 0, 1)), T.nn.ConstantPad1d(2, 3.5),
                                      T.nn.ConstantPad2d((1, 0, 2, 0), 1.0), T.nn.ZeroPad1d(2))])


def _x(T):
    return T.tensor(X, requires_grad=True)


def _image(T):
    return T.ones(1, 2, 5, 5)


def _kernel(T):
    return T.ones(3, 2, 3, 3)


# (what, program, the error PyTorch raises): both libraries must raise it, with the same type and
# first line of the message.
ERRORS = [
    ("glu odd size", lambda T: T.nn.functional.glu(_x(T)[:, :3]), RuntimeError),
    ("glu of a number", lambda T: T.nn.functional.glu(T.tensor(1.0)), RuntimeError),
    ("smooth_l1 negative beta", lambda T: T.nn.functional.smooth_l1_loss(_x(T), _x(T), beta=-1.0), RuntimeError),
    ("huber zero delta", lambda T: T.nn.functional.huber_loss(_x(T), _x(T), delta=0.0), RuntimeError),
    ("hardtanh min above max", lambda T: T.nn.functional.hardtanh(_x(T), 1.0, -1.0), ValueError),
    ("elu of integers", lambda T: T.nn.functional.elu(T.tensor([1, 2])), NotImplementedError),
    ("softshrink negative lambda", lambda T: T.nn.functional.softshrink(_x(T), -0.5), RuntimeError),
    ("kthvalue k too large", lambda T: T.kthvalue(_x(T), 5), RuntimeError),
    ("kthvalue k zero", lambda T: T.kthvalue(_x(T), 0, 0), RuntimeError),
    ("median dim out of range", lambda T: T.median(_x(T), 2), IndexError),
    ("median of empty dim", lambda T: T.median(T.ones(2, 0), 1), IndexError),
    ("hsplit uneven", lambda T: T.hsplit(_x(T), 3), RuntimeError),
    ("vsplit of 1-d", lambda T: T.vsplit(_x(T)[0], 2), RuntimeError),
    ("tensor_split zero", lambda T: T.tensor_split(_x(T), 0), RuntimeError),
    ("tensor_split of a number", lambda T: T.tensor_split(T.tensor(1.0), 2), RuntimeError),
    ("pad odd length", lambda T: T.nn.functional.pad(_x(T), (1,)), RuntimeError),
    ("pad too many dims", lambda T: T.nn.functional.pad(_x(T), (1, 1, 1, 1, 1, 1)), RuntimeError),
    ("pad below zero size", lambda T: T.nn.functional.pad(_x(T), (-3, -2)), RuntimeError),
    ("cummax dim out of range", lambda T: T.cummax(_x(T), 2), IndexError),
    ("hsplit zero", lambda T: T.hsplit(_x(T), 0), RuntimeError),
    ("uniform_ from above to", lambda T: T.ones(2).uniform_(2, 1), RuntimeError),
    ("normal_ negative std", lambda T: T.ones(2).normal_(0, -1.0), RuntimeError),
    ("bernoulli_ p above one", lambda T: T.ones(2).bernoulli_(1.5), RuntimeError),
    ("uniform_ of a leaf", lambda T: T.ones(2, 3, requires_grad=True).uniform_(), RuntimeError),
    ("conv2d channels", lambda T: T.nn.functional.conv2d(T.ones(1, 4, 5, 5), _kernel(T)), RuntimeError),
    ("conv2d bias size", lambda T: T.nn.functional.conv2d(_image(T), _kernel(T), T.ones(2)), RuntimeError),
    ("conv2d input smaller than kernel", lambda T: T.nn.functional.conv2d(T.ones(1, 2, 2, 2), _kernel(T)), RuntimeError),
    ("conv2d dtypes", lambda T: T.nn.functional.conv2d(_image(T).double(), _kernel(T)), RuntimeError),
    ("conv_transpose2d channels", lambda T: T.nn.functional.conv_transpose2d(T.ones(1, 4, 5, 5), _kernel(T)),
     RuntimeError),
    ("conv_transpose2d bias size", lambda T: T.nn.functional.conv_transpose2d(_image(T)[:, :1], _kernel(T)[:1], T.ones(3)),
     RuntimeError),
    ("conv_transpose2d output_padding", lambda T: T.nn.functional.conv_transpose2d(_image(T)[:, :1], _kernel(T)[:1],
                                                                                  output_padding=1), RuntimeError),
    ("max_pool2d padding above half", lambda T: T.nn.functional.max_pool2d(_image(T), 2, padding=2), RuntimeError),
    ("apply_ on a tensor that requires grad", lambda T: T.tensor([1.0, -2.0], requires_grad=True).apply_(lambda v: v),
     RuntimeError),
    ("bincount of negatives", lambda T: T.bincount(T.tensor([-1, 2])), RuntimeError),
    ("bincount of 2-d", lambda T: T.bincount(T.tensor([[1]])), RuntimeError),
]


@pytest.mark.parametrize("what, program, error", ERRORS, ids=[e[0] for e in ERRORS])
def test_errors_as_torch(what, program, error):
    same(program, exact=False, raises=error)
