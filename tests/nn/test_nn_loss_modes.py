"""The loss modes the loss grid leaves out, against PyTorch: per-element ``weight=`` of mse, l1
and huber under every reduction (and names PyTorch refuses there), the deprecated
size_average/reduce flags, kl_div's reductions and targets, margin_ranking_loss's reductions,
smooth_l1 at beta 0, and the composed activations, dropout and one_hot edge cases."""
import pytest
from ops_oracle import same

X = [[0.3, -1.2, 2.0], [0.5, 0.1, -0.7]]
Y = [[0.1, -1.0, 1.5], [1.5, 0.3, -0.2]]
W = [[1.0, 2.0, 0.5], [0.2, 1.0, 3.0]]


def _loss_program(call):
    def program(T):
        x = T.tensor(X, dtype=T.float64, requires_grad=True)
        y, w = T.tensor(Y, dtype=T.float64), T.tensor(W, dtype=T.float64)
        loss = call(T.nn.functional, x, y, w)
        loss.sum().backward()
        return loss, x.grad

    return program


WEIGHTED = ["mse_loss", "l1_loss", "huber_loss"]


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
@pytest.mark.parametrize("name", WEIGHTED)
def test_weighted_losses_as_torch(name, reduction):
    same(_loss_program(lambda F, x, y, w: getattr(F, name)(x, y, reduction=reduction, weight=w)))


@pytest.mark.parametrize("reduction", ["bogus", "batchmean", "elementwise_mean"])
@pytest.mark.parametrize("name", WEIGHTED)
def test_weighted_losses_refuse_other_reductions(name, reduction):
    same(_loss_program(lambda F, x, y, w: getattr(F, name)(x, y, reduction=reduction, weight=w)),
         raises=ValueError)


@pytest.mark.parametrize("name", WEIGHTED)
def test_weight_of_another_size_is_refused(name):
    same(_loss_program(lambda F, x, y, w: getattr(F, name)(x, y, weight=w[0])), raises=ValueError)


@pytest.mark.parametrize("name", ["mse_loss", "l1_loss"])
@pytest.mark.parametrize("flags", [{"size_average": False}, {"reduce": False}, {"size_average": True, "reduce": True}])
def test_weighted_losses_under_the_deprecated_flags(name, flags):
    same(_loss_program(lambda F, x, y, w: getattr(F, name)(x, y, weight=w, **flags)))


@pytest.mark.parametrize("reduction", ["mean", "sum", "none", "batchmean"])
@pytest.mark.parametrize("log_target", [False, True])
def test_kl_div_reductions(reduction, log_target):
    same(_loss_program(lambda F, x, y, w: F.kl_div(x, w if not log_target else y, reduction=reduction,
                                                    log_target=log_target)))


@pytest.mark.parametrize("flags", [{"size_average": False}, {"reduce": False}])
@pytest.mark.parametrize("reduction", ["mean", "batchmean"])
def test_kl_div_deprecated_flags_keep_batchmean(flags, reduction):
    same(_loss_program(lambda F, x, y, w: F.kl_div(x, w, reduction=reduction, **flags)))


def test_kl_div_of_a_number_target_is_refused():
    same(_loss_program(lambda F, x, y, w: F.kl_div(x, 2.0, reduction="sum")), raises=TypeError)


def test_kl_div_batchmean_of_a_number():
    same(_loss_program(lambda F, x, y, w: F.kl_div(x[0, 0], w[0, 0], reduction="batchmean")))


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_margin_ranking_loss_reductions(reduction):
    same(_loss_program(lambda F, x, y, w: F.margin_ranking_loss(x, y, w - 1, 0.2, reduction=reduction)))


def test_margin_ranking_loss_refuses_other_dims():
    same(_loss_program(lambda F, x, y, w: F.margin_ranking_loss(x, y[0], w)), raises=RuntimeError)


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_smooth_l1_at_beta_zero_is_l1(reduction):
    same(_loss_program(lambda F, x, y, w: F.smooth_l1_loss(x, y[1], reduction=reduction, beta=0.0)))


@pytest.mark.parametrize("name", ["softsign", "tanhshrink"])
def test_composed_activations(name):
    same(_loss_program(lambda F, x, y, w: getattr(F, name)(x)))


@pytest.mark.parametrize("args", [(1,), (0,), (0, "float64")])
def test_softmin(args):
    def program(T):
        x = T.tensor(X, requires_grad=True)
        dim, *dtype = args
        y = T.nn.functional.softmin(x, dim, dtype=getattr(T, dtype[0]) if dtype else None)
        (y * T.tensor(W, dtype=y.dtype)).sum().backward()
        return y, x.grad

    same(program, exact=False)


def test_normalize_into_out():
    def program(T):
        out = T.empty(2, 3, dtype=T.float64)
        r = T.nn.functional.normalize(T.tensor(Y, dtype=T.float64), 1.0, 0, 1e-12, out)
        return r, out, r is out

    same(program)


@pytest.mark.parametrize("p", [0.0, 1.0])
@pytest.mark.parametrize("inplace", [False, True])
def test_dropout_at_the_ends(p, inplace):
    def program(T):
        x = T.tensor(X, requires_grad=True)
        y = T.nn.functional.dropout(x * 1, p, True, inplace)
        y.sum().backward()
        return y, x.grad

    same(program)


@pytest.mark.parametrize("args", [((), 3), ((0, 2, 1),), ((0, 2, 1), 5), (((0,), (3,)),)])
def test_one_hot(args):
    def program(T):
        values, *rest = args
        return T.nn.functional.one_hot(T.tensor(values, dtype=T.int64), *rest)

    same(program)


@pytest.mark.parametrize("args", [((), -1), ((-1,),), ((3,), 2)])
def test_one_hot_refusals(args):
    def program(T):
        values, *rest = args
        return T.nn.functional.one_hot(T.tensor(values, dtype=T.int64), *rest)

    same(program, raises=RuntimeError)


# Every loss under the deprecated flags and reduction names: the reduction used, the warning
# PyTorch gives (compared by the oracle), or its refusal.
LOSSES = {
    "mse_loss": lambda F, T, x, y, p, t, **kw: F.mse_loss(x, y, **kw),
    "l1_loss": lambda F, T, x, y, p, t, **kw: F.l1_loss(x, y, **kw),
    "smooth_l1_loss": lambda F, T, x, y, p, t, **kw: F.smooth_l1_loss(x, y, beta=0.5, **kw),
    "binary_cross_entropy": lambda F, T, x, y, p, t, **kw: F.binary_cross_entropy(p, (y > 0).double(), **kw),
    "binary_cross_entropy_with_logits":
        lambda F, T, x, y, p, t, **kw: F.binary_cross_entropy_with_logits(x, (y > 0).double(), **kw),
    "nll_loss": lambda F, T, x, y, p, t, **kw: F.nll_loss(x, t, **kw),
    "cross_entropy": lambda F, T, x, y, p, t, **kw: F.cross_entropy(x, t, **kw),
    "kl_div": lambda F, T, x, y, p, t, **kw: F.kl_div(x, p, **kw),
    "margin_ranking_loss": lambda F, T, x, y, p, t, **kw: F.margin_ranking_loss(x, y, T.ones(2, 3, dtype=x.dtype), **kw),
}
FLAGS = [{"size_average": False}, {"reduce": False}, {"size_average": True, "reduce": True},
         {"reduction": "elementwise_mean"}]


def _any_loss_program(name, kwargs):
    def program(T):
        x = T.tensor(X, dtype=T.float64, requires_grad=True)
        p = T.tensor([[0.3, 0.9, 0.5], [0.2, 0.6, 0.7]], dtype=T.float64, requires_grad=True)
        loss = LOSSES[name](T.nn.functional, T, x, T.tensor(Y, dtype=T.float64), p, T.tensor([2, 0]), **kwargs)
        loss.sum().backward()
        return loss, x.grad, p.grad

    return program


@pytest.mark.parametrize("flags", FLAGS, ids=lambda f: "-".join(f"{k}={v}" for k, v in f.items()))
@pytest.mark.parametrize("name", list(LOSSES))
def test_losses_under_deprecated_flags(name, flags):
    same(_any_loss_program(name, flags))


@pytest.mark.parametrize("name", list(LOSSES))
def test_losses_refuse_an_unknown_reduction(name):
    same(_any_loss_program(name, {"reduction": "bogus"}), raises=ValueError)
