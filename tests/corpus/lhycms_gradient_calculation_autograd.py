# Source: lhycms/Deep_Learning_Notes, 1.Basic/notes/3.Gradient_Calculation_With_Autograd.md (course notes on
# autograd: requires_grad, backward of scalar and non-scalar outputs, stopping history, zeroing grads, SGD)
# Changes: torch.manual_seed(0) added to the first block; a cell per code block, in order. The last block passes
# the tensor itself to torch.optim.SGD (as written), which PyTorch refuses.
# %%
import torch 
torch.manual_seed(0)


x = torch.randn(3, requires_grad=True)
print(x)

# In output of below expression, we can see `grad_fn` attribute = `<AddBackward0>`, it's because `y = x + 2` (进行的是加法)
y = x + 2
print(y)

z = y * y * 2
print(z)

z = z.mean()
print(z)
# %%
import torch


x = torch.randn(3, requires_grad=True)
y = x + 2
z = y * y * 2
z = z.mean()
z.backward()    # dz/dx
print(x.grad)
# %%
import torch 


x = torch.randn(3, requires_grad=True)
y = x + 2
z = y * y * 2

v = torch.tensor([0.1, 1.0, 0.01], dtype=torch.float32)
z.backward(v)   # dz/dx
print(x.grad)
# %%
import torch


x = torch.randn(3, requires_grad=True)
print(x)

x.requires_grad_(False)
print(x)
# %%
import torch 


x = torch.randn(3, requires_grad=True)
print(x)
y = x.detach()
print(y)
# %%
import torch 


x = torch.randn(3, requires_grad=True)
print(x)
with torch.no_grad():
    y = x + 2
    print(y)
# %%
import torch 


weights = torch.ones(4, requires_grad=True)

for epoch in range(3):
    model_output = (weights * 3).sum()

    model_output.backward()

    print(weights.grad)
# %%
import torch 


weights = torch.ones(4, requires_grad=True)

for epoch in range(3):
    model_output = (weights * 3).sum()

    model_output.backward()

    print(weights.grad)

    weights.grad.zero_()
# %%
import torch


weights = torch.ones(4, requires_grad=True)

optimizer = torch.optim.SGD(weights, lr=0.01)
optimizer.step()    # do a optimization step
optimizer.zero_grad()   # 在每个training loop 中，weights 是累积的，本步将在每次loop结尾清空 gradient
