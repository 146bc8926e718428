"""nn layers a learner reaches for after the tutorials, against real PyTorch."""
import pytest
from ops_oracle import same


@pytest.mark.parametrize("values", [[-100.0, -1.0, 0.0, 2.0, 30.0], [[0.5, -0.5], [3.0, -3.0]]])
def test_logsigmoid_value_grad_and_module(values):
    def program(T):
        x = T.tensor(values, requires_grad=True)
        y = T.nn.functional.logsigmoid(x)
        y.sum().backward()
        return T.nn.LogSigmoid()(x.detach()), x.grad
    same(program)


@pytest.mark.parametrize("arg", ["long", "list"])
def test_logsigmoid_errors(arg):
    same(lambda T: T.nn.functional.logsigmoid(T.tensor([1, 2]) if arg == "long" else [1.0]),
         raises=NotImplementedError if arg == "long" else TypeError)


@pytest.mark.parametrize("kw", [dict(), dict(padding_idx=0), dict(padding_idx=-1), dict(scale_grad_by_freq=True),
                                dict(max_norm=1.0)])
def test_embedding_forward_backward(kw):
    def program(T):
        T.manual_seed(0)
        e = T.nn.Embedding(5, 3, **kw)
        out = e(T.tensor([[0, 1, 1], [4, 0, 2]]))
        (out * T.arange(18.0).reshape(2, 3, 3)).sum().backward()
        return repr(e), out, e.weight.grad
    same(program)


@pytest.mark.parametrize("call", ["float index", "out of range", "negative", "weight 1-d", "padding too big"])
def test_embedding_errors(call):
    def program(T):
        F = T.nn.functional
        if call == "float index":
            return F.embedding(T.tensor([1.0]), T.ones(3, 2))
        if call == "out of range":
            return F.embedding(T.tensor([3]), T.ones(3, 2))
        if call == "negative":
            return T.nn.Embedding(3, 2)(T.tensor([-1]))
        if call == "weight 1-d":
            return F.embedding(T.tensor([0]), T.ones(3))
        return T.nn.Embedding(3, 2, padding_idx=3)
    same(program, raises={"float index": RuntimeError, "out of range": IndexError, "negative": IndexError,
                          "weight 1-d": RuntimeError, "padding too big": AssertionError}[call])


def test_embedding_from_pretrained_and_double_backward():
    def program(T):
        w = T.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
        e = T.nn.Embedding.from_pretrained(w.detach(), freeze=False)
        out = T.nn.functional.embedding(T.tensor([1, 1, 0]), w)
        (g,) = T.autograd.grad((out ** 2).sum(), w, create_graph=True)
        (gg,) = T.autograd.grad(g.sum(), w)
        return e, e.weight.requires_grad, g, gg
    same(program)


def test_generator_streams():
    def program(T):
        g = T.Generator()
        first = g.initial_seed()
        g.manual_seed(3)
        return (first, T.randperm(7, generator=g), T.rand(2, generator=g), T.randn(3, generator=g),
                T.randint(0, 9, (4,), generator=g), T.normal(0.0, 1.0, (2,), generator=g))
    same(program)


def test_logsigmoid_graph_and_double_backward():
    def program(T):
        x = T.tensor([-2.0, 0.0, 1.5], requires_grad=True)
        y = T.nn.functional.logsigmoid(x)
        (g,) = T.autograd.grad(y.sum(), x, create_graph=True)
        return y, g.detach()
    same(program)
