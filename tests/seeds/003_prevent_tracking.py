# Seed 003: backward(x) on a vector, implicit scalar grads, stopping tracking, accumulation, SGD.
x = torch.tensor([-2.1159, -0.8031, -2.4649], requires_grad=True)
x
# %%
y = x + 2
print(y)
print(type(y.grad_fn).__name__)
# %%
z = y * y * 2
print(z)
z.backward(x)
print(x.grad)
# %%
x = torch.ones(size=(1,), requires_grad=True)
y = x ** 2
y.backward()
print(x.grad)
print(y.grad_fn, y.grad_fn._saved_exponent)
# %%
x = torch.ones(size=(3,), requires_grad=True)
y = x ** 2
z = y * y * 2
print(z)
v = torch.ones_like(z)
z.backward(v)
print(x.grad)
# %%
x = torch.tensor([0.3, -1.2, 2.5], requires_grad=True)
y = x + 2
z = y * y * 2
z_mean = z.mean()
print(z_mean)
z_mean.backward()
print(x.grad)
# %%
x = torch.tensor([0.5594, 0.7272, 0.6071], requires_grad=True)
print(x)
x.requires_grad_(False)
print(x)
# %%
x = torch.tensor([0.1746, 0.7210, 0.6549], requires_grad=True)
print(x)
y = x.detach()
print(y)
# %%
x = torch.tensor([0.5700, 0.5308, 0.0444], requires_grad=True)
with torch.no_grad():
    y = x + 2
    print(y)
# %%
weights = torch.ones(size=(4,), requires_grad=True)
for epoch in range(1):
    model_output = (weights * 3).sum()
    model_output.backward()
    print(weights.grad)
print("-" * 50)
for epoch in range(2):
    model_output = (weights * 3).sum()
    model_output.backward()
    print(weights.grad)
# %%
weights = torch.ones(size=(4,), requires_grad=True)
for epoch in range(2):
    model_output = (weights * 3).sum()
    model_output.backward()
    print(weights.grad)
    weights.grad.zero_()
# %%
weights = torch.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6], [0.7, 0.8, 0.9]], requires_grad=True)
optimizer = torch.optim.SGD(params=[weights], lr=0.01)
(weights ** 2).sum().backward()
optimizer.step()
print(weights)
optimizer.zero_grad()
print(weights.grad)
# %%
r = torch.randn(size=(3,), requires_grad=True)
print(r.shape, r.dtype, r.requires_grad, r.is_leaf)
r = torch.rand(size=(3, 3), requires_grad=True)
print(r.shape, bool(((r >= 0) & (r < 1)).all()))
r = torch.randn(2, 2)
print(r.shape, r.requires_grad)
