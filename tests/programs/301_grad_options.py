# torch.autograd.grad and backward(inputs=...): the options and what they refuse.
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
z = torch.tensor([3.0], requires_grad=True)
y = (x ** 2).sum()
torch.autograd.grad(y, [x, z], allow_unused=True, materialize_grads=True)
# %%
y = (x ** 2).sum()
torch.autograd.grad(y, [x, z], allow_unused=False, materialize_grads=True)
# %%
y = (x ** 2).sum()
g = torch.autograd.grad(y, [x, z], materialize_grads=True, create_graph=True)
g, g[1].requires_grad
# %%
y = (x ** 2).sum()
torch.autograd.grad(y, [])
# %%
y = (x ** 2).sum()
torch.autograd.grad(y, {"x": x, "z": z}, allow_unused=True)
# %%
y = (x ** 2).sum()
torch.autograd.grad(y, x, only_inputs=False)
# %%
y = x ** 2
torch.autograd.grad(y, x, torch.eye(2), is_grads_batched=True)
# %%
y = x ** 3
torch.autograd.grad(y, x, torch.ones(3, 2), is_grads_batched=True)
# %%
y = x ** 2
torch.autograd.grad(y, x, torch.ones(2), is_grads_batched=True)
# %%
w = torch.ones(2, 2, requires_grad=True)
y = w @ x
torch.autograd.grad(y, [w, x], torch.eye(2), is_grads_batched=True)
# %%
torch.autograd.grad([x * 2, x * 3], x, [torch.ones(2)])
# %%
torch.autograd.grad([x * 2], x, [torch.ones(2), torch.ones(2)])
# %%
torch.autograd.backward([x * 2, x * 3], [torch.ones(2)])
# %%
x.grad = None
torch.autograd.backward([x * 2], [torch.ones(2), torch.ones(2)])
x.grad
# %%
y = (x * 2).sum()
y.backward(inputs=[torch.ones(2)])
# %%
x.grad = None
y = (x * z).sum()
y.backward(inputs={"z": z})
x.grad, z.grad
