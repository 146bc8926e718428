# Seed 004: scalar gradients, dtype rules, a chain-rule example and the closing exercise.
x = torch.tensor(5, requires_grad=True, dtype=torch.float32)
x
# %%
x.grad
# %%
y = x * x
y
# %%
y.grad
# %%
y.backward()
x.grad
# %%
x = torch.tensor(5)
y = x * x
y.backward()
# %%
x = torch.tensor(5, requires_grad=True)
# %%
x = torch.tensor(5.0)
x.requires_grad_()
# %%
x = torch.tensor(5, requires_grad=True, dtype=torch.float32)
z = torch.tensor(3, requires_grad=True, dtype=torch.float32)
y = x * x + z + torch.log(z)
y.backward()
x.grad, z.grad
# %%
x = torch.tensor(5, requires_grad=True, dtype=torch.float32)
z = torch.tensor(3, requires_grad=True, dtype=torch.float32)
r1 = x * x + z + torch.log(z)
r2 = r1 + torch.sqrt(x)
r3 = 100 * r1 + torch.log(r2)
y = r1 + r2 + r3
y.backward()
print(f"dy/dx={x.grad}, dy/dz={z.grad}")
# %%
print(x.grad, z.grad, r1.grad, r2.grad, r3.grad)
# %%
print(r3.grad_fn, [f[0].name() for f in r3.grad_fn.next_functions])
# %%
x = torch.tensor(5, requires_grad=True, dtype=torch.float32)
z = torch.tensor(3, requires_grad=True, dtype=torch.float32)
r1 = x * x + z + torch.log(z)
r2 = r1 + torch.sqrt(x)
r3 = 100 * r1 + torch.log(r2)
y = r1 + r2 + r3
r2.backward()
print(x.grad, z.grad)
# %%
print(f"{x.grad:.3f}", f"{z.grad}")
