# Seed 001: the official-style tutorial, vector-Jacobian product, no_grad, detach.
x = torch.ones(2, 2, requires_grad=True)
x
# %%
y = x + 2
y
# %%
y.grad_fn.name(), y.grad_fn.next_functions[0][0].name(), y.grad_fn.next_functions[0][0].variable is x
# %%
z = y * y * 3
z
# %%
out = z.mean()
out
# %%
a = torch.tensor([[0.4, 1.7], [-2.2, 0.9]])
a = ((a * 3) / (a - 1))
a
# %%
a.requires_grad
# %%
a.requires_grad_(True)
a.requires_grad
# %%
b = (a * a).sum()
b
# %%
type(b.grad_fn).__name__
# %%
out.backward()
# %%
x.grad
# %%
x = torch.tensor([0.0254, -0.2455, 1.1570], requires_grad=True)
y = x * 2
steps = 0
while y.data.norm() < 1000:
    y = y * 2
    steps += 1
y, steps
# %%
y.data.norm()
# %%
v = torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)
y.backward(v)
# %%
x.grad
# %%
x.requires_grad
# %%
(x ** 2).requires_grad
# %%
with torch.no_grad():
    print((x ** 2).requires_grad)
# %%
y = x.detach()
y.requires_grad
# %%
x.eq(y)
# %%
x.eq(y).all()
# %%
x, y
