# torch.autograd.grad, create_graph and higher derivatives.
import torch
x = torch.tensor(2.0, requires_grad=True)
y = x ** 3
(g,) = torch.autograd.grad(y, x, create_graph=True)
g, g.grad_fn
# %%
(g2,) = torch.autograd.grad(g, x, create_graph=True)
g2
# %%
(g3,) = torch.autograd.grad(g2, x)
g3
# %%
torch.autograd.grad(g3, x)
# %%
y2 = x ** 3
torch.autograd.grad(y2, x)
torch.autograd.grad(y2, x)
# %%
y3 = x * x
torch.autograd.grad(y3, x, retain_graph=True), torch.autograd.grad(y3, x)
# %%
v = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
out = v * v
torch.autograd.grad(out, v)
# %%
torch.autograd.grad(out, v, grad_outputs=torch.ones(3)), torch.autograd.grad(out.sum(), [v])
# %%
torch.autograd.grad(out, v, grad_outputs=torch.ones(2))
# %%
w = torch.tensor([1.0, 1.0], requires_grad=True)
torch.autograd.grad((v * v).sum(), w)
# %%
torch.autograd.grad((v * v).sum(), [v, w], allow_unused=True)
# %%
torch.autograd.grad((v * v).sum(), [v, w], allow_unused=True, materialize_grads=True)
# %%
torch.autograd.grad(torch.tensor(1.0), v)
# %%
a = torch.tensor([0.5, 1.0], requires_grad=True)
loss = (a.sin() * a.exp()).sum()
(ga,) = torch.autograd.grad(loss, a, create_graph=True)
ga.sum().backward()
ga, a.grad
# %%
def f(t):
    return (t ** 2).sum() * t.prod()
b = torch.tensor([1.0, 2.0], requires_grad=True)
(gb,) = torch.autograd.grad(f(b), b, create_graph=True)
hessian_rows = [torch.autograd.grad(gb[i], b, retain_graph=True)[0] for i in range(2)]
gb, torch.stack(hessian_rows)
# %%
from torch.autograd.functional import hessian, jacobian
hessian(f, torch.tensor([1.0, 2.0])), jacobian(lambda t: t ** 2, torch.tensor([1.0, 2.0]))
# %%
c = torch.tensor(3.0, requires_grad=True)
z = c.tanh()
(dz,) = torch.autograd.grad(z, c, create_graph=True)
(d2z,) = torch.autograd.grad(dz, c)
dz, d2z
# %%
c.grad = None
e = (c * c.sigmoid()).log()
e.backward(create_graph=True)
c.grad, c.grad.grad_fn, c.grad.requires_grad
# %%
e2 = torch.tensor([1.0, 2.0], requires_grad=True)
q = (e2 @ e2) ** 0.5
(dq,) = torch.autograd.grad(q, e2, create_graph=True)
(dq * torch.tensor([1.0, 0.0])).sum().backward()
dq, e2.grad
# %%
x.grad = None
y = x ** 3
y.backward(create_graph=True)
x.grad.backward()
x.grad
# %%
torch.autograd.grad([x * 2, x * 3], [x]), torch.autograd.grad(x * 2, (x,), torch.tensor(5.0))
# %%
torch.autograd.grad(x.detach() * 2, x)
# %%
torch.autograd.backward([(x * 4)], [torch.tensor(1.0)])
x.grad
