# Seed 002: gradients of a mean, a growing chain, and a vector-Jacobian product.
x = torch.ones(2, 2, requires_grad=True)
y = x + 2
z = y * y * 3
out = z.mean()
print(z, out)
# %%
out.backward()
print(out)
print(x.grad)
# %%
x = torch.tensor([-1.0617, 1.1143, 0.9000], requires_grad=True)
print(x)
print(x.grad)
# %%
y = x * 2
print(y)
while y.data.norm() < 1000:
    y = y * 2
    print(y)
# %%
gradients = torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)
print(gradients)
y.backward(gradients)
print(y)
# %%
print(x)
print(x.grad)
# %%
print(x.requires_grad)
print((x ** 2).requires_grad)
with torch.no_grad():
    print((x ** 2).requires_grad)
# %%
print(torch.tensor([1.0, 2.0], dtype=torch.float64) * 3)
print(torch.tensor([1, 2]) / torch.tensor([2, 4]))
print(torch.tensor([1, 2]) * 2.5)
