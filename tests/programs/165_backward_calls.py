# backward() the ways learners call it, and the errors they meet.
import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x
y.backward()
# %%
y.backward(torch.ones(3))
x.grad
# %%
y = x * x
y.backward(torch.tensor([1.0, 0.0, 2.0]), retain_graph=True)
x.grad
# %%
y.backward(torch.ones(2))
# %%
y.backward(torch.ones(3, dtype=torch.float64))
x.grad
# %%
y.backward([1.0, 1.0, 1.0])
# %%
y.sum().backward()
y.sum().backward()
# %%
torch.tensor(1.0).backward()
# %%
x.grad = None
a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
(a * b).backward(inputs=[a])
a.grad, b.grad
# %%
(a * b).backward(inputs=[])
# %%
c = a * b
d = c * 2
d.backward(inputs=[c])
# %%
c.grad
# %%
x.grad = None
z = x.sum()
z.backward()
z.backward()
# %%
x.grad
# %%
z.grad_fn.next_functions, z.grad_fn.next_functions[0][0].variable is x
# %%
w = x * 2
w.grad_fn._saved_other, w.grad_fn._saved_self
# %%
w.sum().backward()
w.grad_fn._saved_other
# %%
q = x ** 2
q.grad_fn._saved_self, q.grad_fn._saved_exponent
# %%
q.sum().backward()
q.grad_fn._saved_self
# %%
x.grad = None
e = x.exp()
e.grad_fn._saved_result, e.grad_fn.name(), e.grad_fn.metadata
# %%
loss = (x * 3).mean()
loss.backward(retain_graph=True)
loss.backward()
x.grad
# %%
leaf = torch.tensor([1.0], requires_grad=True)
leaf.backward()
leaf.grad
# %%
leaf.sum().backward(retain_graph=True)
leaf.grad
