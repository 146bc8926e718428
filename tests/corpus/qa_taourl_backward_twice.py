# Source: https://taourl.com/read-2483063.html (answer on backpropagating twice through a module;
# its two solutions, retain_graph=True and recomputing the forward pass)
# Changes: the answer's code drops call parentheses in its rendering ("model.parameters", "y.sum",
# "loss.backward", "optimizer.step"): they are written as calls; torch.manual_seed(0) added; the failing
# second backward, the retain_graph solution and the recompute solution are separate cells printing grads.
# %%
import torch
torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(2, 3, requires_grad=True)
y = model(x)
# First backward pass
loss = y.sum()
loss.backward()
optimizer.step()
# Second backward pass without retain_graph=True
loss.backward() # Raises RuntimeError
# %%
# Solution 1: Retain graph
y = model(x)
loss = y.sum()
loss.backward(retain_graph=True)
optimizer.step()
loss.backward() # Works
print(model.weight.grad, x.grad)
# %%
# Solution 2: Recompute forward pass
y = model(x)
loss = y.sum()
loss.backward()
print(model.weight.grad, model.bias)
