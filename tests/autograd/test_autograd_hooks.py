"""Tensor hooks and retain_grad against torch: hooks that watch or replace a gradient, their
order, removable handles, hooks on leaves and intermediates, retain_grad, and their errors."""
import pytest
from ops_oracle import same

PROGRAMS = {
    "hook sees the gradient": """
seen = []
x.register_hook(lambda g: seen.append(g.clone()))
(x * w).sum().backward()
out = (seen, x.grad)
""",
    "hook replaces the gradient": """
x.register_hook(lambda g: g * 10)
(x * w).sum().backward()
out = x.grad
""",
    "hook on an intermediate": """
h = x * 2
h.register_hook(lambda g: g + 1)
(h * w).sum().backward()
out = (x.grad, w.grad)
""",
    "hooks run in registration order": """
calls = []
h = x * 2
h.register_hook(lambda g: calls.append(("first", g.sum().item())) or g * 2)
h.register_hook(lambda g: calls.append(("second", g.sum().item())))
(h * w).sum().backward()
out = (calls, x.grad)
""",
    "removed hook": """
handle = x.register_hook(lambda g: g * 100)
handle.remove()
handle.remove()
(x * w).sum().backward()
out = x.grad
""",
    "hook handle as context manager": """
with x.register_hook(lambda g: g * 0):
    (x * w).sum().backward()
first = x.grad.clone()
(x * w).sum().backward()
out = (first, x.grad)
""",
    "hook on a tensor used twice": """
calls = []
h = x * 2
h.register_hook(lambda g: calls.append(g.clone()))
(h * h + h).sum().backward()
out = (calls, x.grad)
""",
    "hook returning a wrong shape": """
x.register_hook(lambda g: g.sum())
(x * w).sum().backward()
""",
    "hook on a tensor that does not require grad": """
torch.ones(3).register_hook(lambda g: g)
""",
    "retain_grad": """
h = x * 2
h.retain_grad()
y = (h * w).sum()
y.backward()
out = (h.grad, h.retains_grad, x.grad, h.is_leaf)
""",
    "retain_grad accumulates": """
h = x * 2
h.retain_grad()
(h * w).sum().backward(retain_graph=True)
(h * w).sum().backward()
out = (h.grad, x.grad)
""",
    "retain_grad on a leaf": """
x.retain_grad()
(x * w).sum().backward()
out = (x.grad, x.retains_grad)
""",
    "retain_grad without requires_grad": """
torch.ones(3).retain_grad()
""",
    "grad of an intermediate without retain_grad": """
h = x * 2
(h * w).sum().backward()
out = h.grad
""",
    "retain_grad with a hook": """
h = x * 2
h.retain_grad()
h.register_hook(lambda g: g * 3)
(h * w).sum().backward()
out = (h.grad, x.grad)
""",
    "hook on a leaf and accumulation": """
x.register_hook(lambda g: g + 1)
(x * w).sum().backward()
(x * w).sum().backward()
out = x.grad
""",
    "grad_fn hooks": """
calls = []
h = x * w
h.grad_fn.register_hook(lambda grad_inputs, grad_outputs: calls.append(
    (len(grad_inputs), len(grad_outputs), grad_outputs[0].sum().item())))
h.sum().backward()
out = (calls, x.grad)
""",
    "grad_fn prehook replaces": """
h = x * w
h.grad_fn.register_prehook(lambda grad_outputs: (grad_outputs[0] * 2,))
h.sum().backward()
out = (x.grad, w.grad)
""",
    "post accumulate grad hook": """
seen = []
x.register_post_accumulate_grad_hook(lambda t: seen.append(t.grad.clone()))
(x * w).sum().backward()
out = (seen, x.grad)
""",
    "hooks and retain_grad on pieces of a split": """
seen = []
a, b = (x * 1).split([1, 2])
b.retain_grad()
a.retain_grad()
b.register_hook(lambda g: seen.append(g.clone()) or g * 2)
(a.sum() * 2 + (b * b).sum()).backward()
u = (w * 2).unbind(0)
u[1].retain_grad()
(u[1] * 3).backward()
out = (seen, a.grad, b.grad, x.grad, u[1].grad, w.grad)
""",
    "post accumulate grad hook on an intermediate": """
(x * 2).register_post_accumulate_grad_hook(lambda t: None)
""",
}


# What PyTorch raises for the cases of test_hooks_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
HOOKS_AS_TORCH_RAISE = {
    'hook returning a wrong shape': RuntimeError,
    'hook on a tensor that does not require grad': RuntimeError,
    'retain_grad without requires_grad': RuntimeError,
    'post accumulate grad hook on an intermediate': RuntimeError,
}


@pytest.mark.parametrize("name", list(PROGRAMS))
def test_hooks_as_torch(name):
    def program(T):
        env = {"torch": T, "x": T.tensor([1.0, -2.0, 0.5], requires_grad=True),
               "w": T.tensor([0.5, 2.0, -1.5], requires_grad=True), "out": None}
        exec(PROGRAMS[name], env)
        return env["out"]
    same(program, raises=HOOKS_AS_TORCH_RAISE.get(name))
