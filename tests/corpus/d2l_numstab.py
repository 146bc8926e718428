# Source: d2l-ai/d2l-en, chapter_multilayer-perceptrons/numerical-stability-and-init.md (PyTorch tab)
# Changes: dropped the d2lbook tab-selection cell, %matplotlib and the d2l import; the d2l.plot call
# prints every 20th value of the sigmoid and its gradient instead; added torch.manual_seed(0).
# %%
import torch
torch.manual_seed(0)
# %%
x = torch.arange(-8.0, 8.0, 0.1, requires_grad=True)
y = torch.sigmoid(x)
y.backward(torch.ones_like(x))

print(y[::20], x.grad[::20])
# %%
M = torch.normal(0, 1, size=(4, 4))
print('a single matrix \n',M)
for i in range(100):
    M = M @ torch.normal(0, 1, size=(4, 4))
print('after multiplying 100 matrices\n', M)
