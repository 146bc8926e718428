# Hooks, retain_grad and the .grad of non-leaf tensors.
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
z = (y ** 2).sum()
z.backward()
y.grad
# %%
x.grad, y.is_leaf, y.retains_grad, x.retains_grad
# %%
x.grad = None
y = x * 3
y.retain_grad()
(y ** 2).sum().backward()
y.grad, y.retains_grad, x.grad
# %%
x.retain_grad()
x.retains_grad
# %%
seen = []
h = x.register_hook(lambda g: seen.append(g.clone()))
(x * 2).sum().backward()
seen, type(h).__name__
# %%
h.remove()
(x * 2).sum().backward()
len(seen)
# %%
x.grad = None
h2 = x.register_hook(lambda g: g * 10)
(x * 2).sum().backward()
x.grad
# %%
h2.remove()
x.grad = None
y = x * 3
y.register_hook(lambda g: print("grad reaching y:", g))
y.register_hook(lambda g: g + 1)
(y * y).sum().backward()
x.grad
# %%
torch.ones(2).register_hook(lambda g: g)
# %%
x.grad = None
y = x * 3
y.retain_grad()
y.register_hook(lambda g: g * 0)
y.sum().backward()
y.grad, x.grad
# %%
x.grad = None
y = x * 3
def bad(g):
    return torch.zeros(3)
y.register_hook(bad)
y.sum().backward()
# %%
x.grad = torch.tensor([1.0, 1.0])
(x * 2).sum().backward()
x.grad
# %%
x.grad = torch.tensor([1.0, 1.0, 1.0])
# %%
x.grad = torch.tensor([1, 1])
# %%
x.grad = [1.0, 1.0]
# %%
x.grad = None
x.grad
# %%
order = []
a = torch.tensor(1.0, requires_grad=True)
b = a * 2
c = b * 3
b.register_hook(lambda g: order.append(("b", g.item())))
c.register_hook(lambda g: order.append(("c", g.item())))
a.register_hook(lambda g: order.append(("a", g.item())))
c.backward()
order
# %%
x.grad = None
y = x.sum()
y.grad_fn.register_hook(lambda gin, gout: print("node hook", gin, gout))
y.backward()
# %%
y = x * 2
y.grad_fn.register_prehook(lambda gout: print("prehook", gout))
y.sum().backward()
