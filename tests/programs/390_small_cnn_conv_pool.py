# A small CNN step by step: conv2d, relu, max_pool2d, flatten, linear; the graph and the gradients.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)
conv = nn.Conv2d(1, 2, 3, padding=1)
pool = nn.MaxPool2d(2)
fc = nn.Linear(2 * 2 * 2, 3)
print(conv, pool, fc, sep="\n")
# %%
x = torch.arange(16.0).reshape(1, 1, 4, 4) / 10
h = conv(x)
print(h.shape, h.grad_fn)
print(h)
# %%
p = pool(F.relu(h))
print(p.shape, p.grad_fn, p.grad_fn._saved_kernel_size, p.grad_fn._saved_stride)
print(p.grad_fn._saved_result1)
# %%
logits = fc(p.flatten(1))
loss = F.cross_entropy(logits, torch.tensor([2]))
print(logits, loss)
# %%
loss.backward()
print(conv.weight.grad)
print(conv.bias.grad)
# %%
xg = x.clone().requires_grad_()
a = F.avg_pool2d(xg, 2)
print(a, a.grad_fn, a.grad_fn._saved_count_include_pad)
print(F.avg_pool2d(x, 3, stride=2, padding=1, count_include_pad=False))
# %%
print(F.conv2d(x, torch.ones(1, 1, 2, 2), stride=2))
print(F.conv1d(torch.arange(6.0).reshape(1, 1, 6), torch.tensor([[[1.0, -1.0]]])))
# %%
print(F.conv2d(x, torch.ones(1, 2, 3, 3)))
