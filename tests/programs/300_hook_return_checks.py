# What gradient hooks may return, what a node hook sees, and .grad's version after backward.
import torch
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor(2.0, requires_grad=True)
y = a * b
y.grad_fn.register_hook(lambda gi, go: print(gi, go))
y.sum().backward()
# %%
c = torch.ones(3, 1, requires_grad=True)
y = a + c
y.grad_fn.register_hook(lambda gi, go: print([g.shape for g in gi]))
y.sum().backward()
# %%
y = a * 2
y.grad_fn.register_hook(lambda gi, go: print(gi))
y.sum().backward()
# %%
y = a * 2
y.grad_fn.register_hook(lambda gi, go: (gi[0] * 0,))
y.sum().backward()
# %%
y = a * 2
y.grad_fn.register_hook(lambda gi, go: [gi[0], None])
y.sum().backward()
# %%
y = a * 2
y.grad_fn.register_hook(lambda gi, go: (torch.zeros(3), None))
y.sum().backward()
# %%
y = a * 2
y.grad_fn.register_hook(lambda gi, go: (gi[0], torch.ones(1)))
y.sum().backward()
# %%
y = a * 2
y.grad_fn.register_prehook(lambda go: (go[0], go[0]))
y.sum().backward()
# %%
y = a * 2
y.grad_fn.register_prehook(lambda go: go[0])
y.sum().backward()
# %%
y = a * 2
y.register_hook(lambda g: 5)
y.sum().backward()
# %%
y = a * 2
y.register_hook(lambda g: g.double())
y.sum().backward()
# %%
a.register_hook(lambda g: g[0])
(a * 2).sum().backward()
# %%
x = torch.ones(2, 2, requires_grad=True)
x.sum().backward()
x.grad._version, x.grad.stride()
# %%
x.grad = None
x.mean().backward()
x.grad._version
# %%
x.grad = None
(x.t() * torch.tensor([[1.0, 2.0], [3.0, 4.0]])).sum().backward()
x.grad, x.grad.stride(), x.grad._version
# %%
x.grad = None
x.backward(torch.ones(2, 2))
x.grad._version
# %%
x.grad = None
(x * 3).sum().backward()
v0 = x.grad._version
(x * 3).sum().backward()
v0, x.grad._version
