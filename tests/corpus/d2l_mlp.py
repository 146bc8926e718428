# Source: d2l-ai/d2l-en, chapter_multilayer-perceptrons/mlp.md (PyTorch tab); https://d2l.ai/chapter_multilayer-perceptrons/mlp.html
# Changes: dropped the d2lbook tab-selection cell, %matplotlib and the d2l import; each d2l.plot(x, y, ...)
# call prints every 20th plotted value instead (print(y[::20])).
# %%
import torch
# %%
x = torch.arange(-8.0, 8.0, 0.1, requires_grad=True)
y = torch.relu(x)
print(y.detach()[::20])
# %%
y.backward(torch.ones_like(x), retain_graph=True)
print(x.grad[::20])
# %%
y = torch.sigmoid(x)
print(y.detach()[::20])
# %%
# Clear out previous gradients
x.grad.data.zero_()
y.backward(torch.ones_like(x),retain_graph=True)
print(x.grad[::20])
# %%
y = torch.tanh(x)
print(y.detach()[::20])
# %%
# Clear out previous gradients
x.grad.data.zero_()
y.backward(torch.ones_like(x),retain_graph=True)
print(x.grad[::20])
