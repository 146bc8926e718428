# In-place ops, the version counter and the errors learners meet.
import torch
a = torch.tensor([1.0, 2.0, 3.0])
a.add_(1), a.mul_(2), a.sub_(1), a.div_(2), a.pow_(2), a.clamp_(0, 5), a.zero_(), a._version
# %%
w = torch.tensor([1.0, 2.0], requires_grad=True)
w.add_(1)
# %%
w += 1
# %%
w.data += 1
w, w._version
# %%
with torch.no_grad():
    w -= 0.5 * torch.tensor([1.0, 1.0])
    w *= 2
w, w._version, w.grad_fn, w.is_leaf
# %%
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.exp()
y.add_(1)
y.sum().backward()
# %%
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
z = y * y
y.mul_(3)
z.sum().backward()
# %%
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
y.mul_(3)
z = y * y
z.sum().backward()
x.grad, y.grad_fn, y._version
# %%
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.sigmoid()
y.mul_(2)
y.sum().backward()
# %%
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x + 1
y.relu_()
y.sum().backward()
x.grad, y.grad_fn
# %%
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 1
v = y[0]
v.mul_(10)
y, y.grad_fn, v.grad_fn
# %%
y.sum().backward()
x.grad
# %%
x = torch.tensor([1.0, 2.0], requires_grad=True)
x.detach().zero_()
x
# %%
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.pow(2)
x.data.mul_(10)
y.sum().backward()
x.grad
# %%
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x ** 2
with torch.no_grad():
    x.mul_(10)
y.sum().backward()
# %%
p = torch.tensor([1.0, 2.0], requires_grad=True)
p.view(2).add_(1)
# %%
p[0] = 1
# %%
q = torch.tensor([1.0, 2.0], requires_grad=True)
q.fill_(0.0)
# %%
i = torch.tensor([1, 2])
i.add_(0.5)
# %%
i.mul_(2)
i._version, i
# %%
i.div_(2)
# %%
f = torch.ones(2)
f.add_(torch.ones(3))
# %%
f.add_(torch.ones(2, 2))
# %%
f.unsqueeze_(0), f.shape, f.t_().shape, f.squeeze_().shape
# %%
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.clone()
y.add_(x)
y.sum().backward()
x.grad, y.grad_fn
# %%
s = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    s.add_(1)
s.requires_grad, s.is_leaf, s._version
# %%
n = torch.tensor(2.0, requires_grad=True)
m = n * n
m.backward()
m.backward()
