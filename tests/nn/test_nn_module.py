"""nn.Module, Parameter and the layers against PyTorch: registration, traversal, printing,
state_dict, errors and warnings, and the graphs Linear records for 1-D, 2-D and 3-D inputs.
Every expected value is what torch does with the same program."""
import copy
import pickle

import numpy as np
import pytest
from ops_oracle import same

import autograd_tutor

W = np.arange(6, dtype=np.float32).reshape(2, 3) / 10 - 0.2
B = np.array([0.5, -0.25], dtype=np.float32)


def linear(T, bias=True):
    """A Linear(3, 2) with fixed weights (PyTorch's random initial values are not reproduced)."""
    layer = T.nn.Linear(3, 2, bias=bias)
    with T.no_grad():
        layer.weight.copy_(T.tensor(W))
        if bias:
            layer.bias.copy_(T.tensor(B))
    return layer


DEFINITIONS = '''
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(4, 3)
        self.act = nn.ReLU()
        self.head = nn.Sequential(nn.Linear(3, 2), nn.Sigmoid())
        self.register_buffer("steps", torch.zeros(1))

    def forward(self, x):
        return self.head(self.act(self.fc1(x)))

class NoInit(nn.Module):
    def __init__(self):
        self.w = nn.Parameter(torch.ones(1))

class NoInitModule(nn.Module):
    def __init__(self):
        self.l = nn.Linear(1, 1)

class NoForward(nn.Module):
    pass

net = Net()
lin = nn.Linear(3, 2)
'''


def run(T, expr):
    ns = {"torch": T, "nn": T.nn, "F": T.nn.functional, "np": np}
    exec(DEFINITIONS, ns)
    return eval(expr, ns)


@pytest.mark.parametrize("expr", [
    "repr(net)", "repr(nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10)))",
    "repr(nn.Linear(3, 2, bias=False))", "repr(nn.ReLU(inplace=True))", "repr(nn.Softmax(dim=1))",
    "repr(nn.Softmax())", "repr(nn.LogSoftmax(dim=-1))", "repr(nn.Flatten())", "repr(nn.Identity())",
    "repr(nn.Tanh())", "repr(nn.Sigmoid())", "repr(nn.MSELoss())", "repr(nn.CrossEntropyLoss(label_smoothing=0.1))",
    "repr(nn.BCELoss(weight=torch.ones(3)))", "repr(nn.Sequential())", "repr(nn.ModuleList())",
    "repr(nn.ModuleList([nn.Linear(2, 2) for _ in range(3)] + [nn.ReLU(), nn.ReLU(), nn.Tanh()]))",
    "repr(nn.ModuleDict({'a': nn.ReLU(), 'b': nn.Sequential(nn.Tanh())}))",
    "repr(nn.Sequential(nn.Linear(1, 1), nn.ReLU())[0:1])", "repr(nn.Sequential(nn.Linear(1, 1), nn.ReLU())[-1])",
    "lin.extra_repr()", "repr(nn.Parameter(torch.ones(2)))", "repr(nn.Parameter(torch.ones(2), requires_grad=False))",
    "repr(nn.Parameter())", "repr(nn.Parameter(torch.ones(2, requires_grad=True) * 2))",
    "str(nn.Parameter(torch.zeros(2, 2)))",
])
def test_printing_as_torch(expr):
    same(lambda T: run(T, expr))


# What PyTorch raises for the cases of test_module_behaviour_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
MODULE_BEHAVIOUR_AS_TORCH_RAISE = {
    "net.train('x')": ValueError,
    'net.foo': AttributeError,
    'NoInit()': AttributeError,
    'NoInitModule()': AttributeError,
    'NoForward()(1)': NotImplementedError,
    'nn.Module()(1)': NotImplementedError,
    "setattr(lin, 'weight', torch.ones(2, 3))": TypeError,
    "setattr(net, 'fc1', 5)": TypeError,
    "setattr(net, 'steps', 'x')": TypeError,
    "lin.register_parameter('x', torch.ones(1))": TypeError,
    "lin.register_parameter('a.b', nn.Parameter(torch.ones(1)))": KeyError,
    "lin.register_parameter('', nn.Parameter(torch.ones(1)))": KeyError,
    'lin.register_parameter(1, None)': TypeError,
    "lin.register_buffer('weight', torch.ones(1))": KeyError,
    "lin.register_buffer('b', 3)": TypeError,
    "lin.add_module('weight', nn.ReLU())": KeyError,
    "lin.add_module('r', 5)": TypeError,
    "lin.add_module('a.b', nn.ReLU())": KeyError,
    'nn.Sequential(1)': TypeError,
    'nn.Sequential(nn.ReLU())[5]': IndexError,
    "nn.Sequential(nn.ReLU())['a']": TypeError,
    'nn.Parameter(torch.arange(3))': RuntimeError,
    'nn.Parameter([1., 2.])': AttributeError,
    'nn.Parameter(torch.ones(2)).mul_(2)': RuntimeError,
    "nn.init.calculate_gain('foo')": ValueError,
    'nn.init._calculate_fan_in_and_fan_out(torch.ones(2))': ValueError,
    'nn.Linear(2, 2).to(torch.int64)': TypeError,
    'nn.Module(1)': TypeError,
    'nn.Module(a=1)': TypeError,
    "net.get_submodule('nope')": AttributeError,
}


@pytest.mark.parametrize("expr", [
    "[n for n, _ in net.named_parameters()]", "[tuple(p.shape) for p in net.parameters()]",
    "[n for n, _ in net.named_modules()]", "[type(m).__name__ for m in net.modules()]",
    "[n for n, _ in net.named_children()]", "[n for n, _ in net.named_buffers()]", "list(net.state_dict().keys())",
    "[n for n, _ in net.named_parameters(prefix='model')]", "[n for n, _ in net.named_parameters(recurse=False)]",
    "len(list(nn.Sequential(lin, lin).parameters()))", "list(nn.Sequential(lin, lin).state_dict().keys())",
    "net.training", "net.eval().head[0].training", "net.train().head[1].training", "net.train(False).fc1.training",
    "net.train('x')", "net.fc1.weight.shape", "net.steps", "net.foo", "NoInit()", "NoInitModule()",
    "NoForward()(1)", "nn.Module()(1)", "setattr(lin, 'weight', torch.ones(2, 3))", "setattr(lin, 'fc', 3) or lin.fc",
    "setattr(lin, 'bias', None) or lin.bias", "setattr(net, 'fc1', 5)", "setattr(net, 'fc1', None) or net.fc1",
    "setattr(net, 'steps', 'x')", "setattr(net, 'steps', torch.ones(2)) or net.steps",
    "lin.register_parameter('x', torch.ones(1))", "lin.register_parameter('a.b', nn.Parameter(torch.ones(1)))",
    "lin.register_parameter('', nn.Parameter(torch.ones(1)))", "lin.register_parameter(1, None)",
    "lin.register_parameter('p', nn.Parameter(torch.ones(1))) or [n for n, _ in lin.named_parameters()]",
    "lin.register_buffer('weight', torch.ones(1))", "lin.register_buffer('b', 3)",
    "lin.register_buffer('b', torch.ones(1), persistent=False) or list(lin.state_dict())",
    "lin.add_module('weight', nn.ReLU())", "lin.add_module('r', 5)", "lin.add_module('a.b', nn.ReLU())",
    "nn.Sequential(1)", "nn.Sequential(nn.ReLU())[5]", "nn.Sequential(nn.ReLU())['a']", "len(net.head)",
    "[type(m).__name__ for m in net.head]", "nn.Linear(3, 2).requires_grad_(False).weight.requires_grad",
    "nn.Parameter(torch.arange(3))", "nn.Parameter([1., 2.])", "type(nn.Parameter(torch.ones(2)).clone()).__name__",
    "type(nn.Parameter(torch.ones(2)).detach()).__name__", "type(nn.Parameter(torch.ones(2)).data).__name__",
    "nn.Parameter(torch.ones(2)).mul_(2)", "nn.Parameter(torch.ones(2)) * 2", "nn.Parameter(torch.ones(2)).is_leaf",
    "isinstance(nn.Parameter(torch.ones(1)), torch.Tensor)", "nn.Linear(0, 2).weight",
    "nn.init.calculate_gain('leaky_relu', 5 ** 0.5)", "nn.init.calculate_gain('tanh')", "nn.init.calculate_gain('foo')",
    "nn.init._calculate_fan_in_and_fan_out(torch.ones(2))", "nn.init._calculate_fan_in_and_fan_out(torch.ones(5, 3, 2))",
    "nn.init.zeros_(torch.ones(2))", "nn.init.constant_(torch.ones(2), 3.)", "nn.init.kaiming_uniform_(torch.ones(2, 0))",
    "nn.Linear(2, 2).double().weight.dtype", "nn.Linear(2, 2).to(torch.float64).bias.dtype", "nn.Linear(2, 2).to(torch.int64)",
    "nn.MSELoss(size_average=False).reduction", "nn.CrossEntropyLoss(weight=torch.ones(3)).state_dict()",
    "nn.Flatten()(torch.ones(2, 3, 4)).shape", "nn.Softmax()(torch.zeros(2, 2))",
    "nn.ReLU(inplace=True)(torch.tensor([-1., 2.]))", "nn.Identity(54, unused='x')(torch.ones(1))",
    "nn.Module(1)", "nn.Module(a=1)", "nn.Sequential(nn.ReLU()).append(nn.Tanh())",
    "net.get_submodule('head.0')", "type(net.parameters()).__name__", "net.named_parameters().__qualname__",
    "net.named_buffers().__qualname__", "net.children().__qualname__", "net.named_modules().__qualname__", "net.get_parameter('head.0.bias').shape", "net.get_submodule('nope')",
])
def test_module_behaviour_as_torch(expr):
    same(lambda T: run(T, expr), raises=MODULE_BEHAVIOUR_AS_TORCH_RAISE.get(expr))


# What PyTorch raises for the cases of test_load_state_dict_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
LOAD_STATE_DICT_AS_TORCH_RAISE = {
    "lin.load_state_dict({'weight': torch.ones(2, 3)})": RuntimeError,
    "lin.load_state_dict({'weight': torch.ones(2, 3), 'bias': torch.ones(2), 'x': torch.ones(1)})": RuntimeError,
    "lin.load_state_dict({'weight': torch.ones(3, 3), 'bias': torch.ones(2)})": RuntimeError,
    "lin.load_state_dict({'weight': torch.ones(2, 3), 'bias': 5})": RuntimeError,
    "nn.Sequential(lin).load_state_dict({'weight': torch.ones(2, 3), 'bias': torch.ones(2)})": RuntimeError,
    'lin.load_state_dict([1])': TypeError,
}


@pytest.mark.parametrize("expr", [
    "lin.load_state_dict({'weight': torch.ones(2, 3)})",
    "lin.load_state_dict({'weight': torch.ones(2, 3), 'bias': torch.ones(2), 'x': torch.ones(1)})",
    "lin.load_state_dict({'weight': torch.ones(3, 3), 'bias': torch.ones(2)})",
    "lin.load_state_dict({'weight': torch.ones(2, 3)}, strict=False)",
    "lin.load_state_dict({'weight': torch.ones(2, 3), 'bias': 5})",
    "lin.load_state_dict({'weight': torch.ones(2, 3), 'bias': torch.ones(2)}) or lin.weight",
    "nn.Sequential(lin).load_state_dict({'weight': torch.ones(2, 3), 'bias': torch.ones(2)})",
    "net.load_state_dict({k: v * 0 for k, v in net.state_dict().items()}) or net.fc1.bias",
    "net.load_state_dict({'fc1.weight': torch.ones(3, 4), 'head.5.w': torch.ones(1)}, strict=False)",
    "lin.load_state_dict([1])",
    "lin.load_state_dict({'weight': torch.ones(2, 3), 'bias': torch.ones(2)}, assign=True) or lin.bias",
])
def test_load_state_dict_as_torch(expr):
    same(lambda T: run(T, expr), raises=LOAD_STATE_DICT_AS_TORCH_RAISE.get(expr))


def test_state_dict_holds_detached_tensors_sharing_memory():
    def program(T):
        layer = linear(T)
        sd = layer.state_dict()
        with T.no_grad():
            layer.weight.mul_(2)
        return repr(sd), sd["weight"].requires_grad, layer.state_dict(keep_vars=True)["bias"].requires_grad

    same(program)


@pytest.mark.parametrize("shape", [(3,), (4, 3), (5, 4, 3)])
@pytest.mark.parametrize("bias", [True, False])
def test_linear_records_torchs_graph(shape, bias):
    x = np.linspace(-1, 1, int(np.prod(shape)), dtype=np.float32).reshape(shape)

    def program(T):
        layer = linear(T, bias)
        inp = T.tensor(x, requires_grad=True)
        out = layer(inp)
        out.sum().backward()
        return out, inp.grad, layer.weight.grad, layer.bias.grad if bias else None

    same(program, exact=False)


# What PyTorch raises for the cases of test_functional_layers_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
FUNCTIONAL_LAYERS_AS_TORCH_RAISE = {
    'F.linear(torch.tensor(1.), torch.ones(2, 3))': RuntimeError,
    'lin(torch.ones(4, 2))': RuntimeError,
    'lin(torch.ones(4))': RuntimeError,
    'F.linear(torch.ones(2, 3), torch.ones(2, 3), torch.ones(3))': RuntimeError,
}


@pytest.mark.parametrize("expr", [
    "F.linear(torch.ones(2, 3), torch.ones(4, 3), torch.ones(4))", "F.linear(torch.ones(3), torch.ones(4, 3))",
    "F.linear(torch.tensor(1.), torch.ones(2, 3))", "lin(torch.ones(4, 2))", "lin(torch.ones(4))",
    "F.linear(torch.ones(2, 3), torch.ones(2, 3), torch.ones(3))", "F.relu(torch.tensor([-1., 1.]))",
    "F.sigmoid(torch.tensor([0.]))", "F.tanh(torch.tensor([0.]))",
])
def test_functional_layers_as_torch(expr):
    same(lambda T: run(T, expr), exact=False, raises=FUNCTIONAL_LAYERS_AS_TORCH_RAISE.get(expr))


def test_zero_grad_and_requires_grad():
    def program(T):
        layer = linear(T)
        layer(T.ones(1, 3)).sum().backward()
        grads = [p.grad.clone() for p in layer.parameters()]
        layer.zero_grad(set_to_none=False)
        zeroed = [p.grad for p in layer.parameters()]
        layer.zero_grad()
        return grads, zeroed, [p.grad for p in layer.parameters()]

    same(program)


def test_forward_hooks_as_torch():
    def program(T):
        layer = linear(T)
        seen = []
        pre = layer.register_forward_pre_hook(lambda m, args: (args[0] * 2,))
        post = layer.register_forward_hook(lambda m, args, out: seen.append(out.shape) or out + 1)
        first = layer(T.ones(1, 3))
        pre.remove()
        post.remove()
        return first, layer(T.ones(1, 3)), seen

    same(program, exact=False)


def test_linear_default_initialisation_bounds():
    autograd_tutor.manual_seed(0)
    layer = autograd_tutor.nn.Linear(400, 30)
    bound = 1 / np.sqrt(400)
    for p in (layer.weight, layer.bias):
        values = p.detach().numpy()
        assert np.abs(values).max() <= bound
        assert np.abs(values).max() > 0.9 * bound  # uniform over the whole range, not a narrower one
    assert layer.weight.dtype == autograd_tutor.float32 and layer.weight.requires_grad


def test_deepcopy_and_pickle_keep_parameters():
    nn = autograd_tutor.nn
    net = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Sequential(nn.Linear(3, 2)))
    for clone in (copy.deepcopy(net), pickle.loads(pickle.dumps(net))):
        assert repr(clone) == repr(net)
        for (n1, p1), (n2, p2) in zip(net.named_parameters(), clone.named_parameters()):
            assert n1 == n2 and type(p2).__name__ == "Parameter" and p2 is not p1
            assert np.array_equal(p1.detach().numpy(), p2.detach().numpy())
