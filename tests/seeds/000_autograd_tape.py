# Seed 000: the autograd tape, requires_grad on non-leaves, freed buffers, retain_graph.
x = torch.ones(2, 2, requires_grad=True)
print(x)
print(x.data)
print(x.grad)
print(x.grad_fn)
# %%
y = x * 2
print(y)
print(y.grad_fn)
print(y.grad_fn.next_functions)
print()
z = y * y * 3
out = z.mean()
print(z, out, out.grad_fn, out.grad)
# %%
a = torch.tensor([[0.5, -1.5], [2.0, 3.0]])
a = ((a * 3) / a - 1)
print(a.requires_grad)
a.requires_grad_(True)
print(a.requires_grad)
b = a * a
print(b.requires_grad)
b.requires_grad_(False)
print(b.requires_grad)
# %%
out.backward()
print(x.grad)
# %%
out.backward()
print(x.grad)
# %%
print(z.grad_fn._saved_self)
# %%
x = torch.ones(2, 2, requires_grad=True)
y = x + 2
y.backward(torch.ones(2, 2))
print(x.grad)
# %%
x = torch.ones(2, 2, requires_grad=True)
y = x + 2
y.backward(torch.ones(2, 2), retain_graph=True)
print(x.grad)
# %%
gradient = torch.tensor([[-1.0540, -0.5899], [1.1447, -1.4761]])
y.backward()
# %%
print(y.size())
y.backward(gradient)
print(x.grad)
# %%
y.backward(torch.ones(3))
