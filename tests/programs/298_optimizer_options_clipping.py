# Optimizer implementation options (foreach, fused, differentiable, capturable) and gradient clipping.
import torch
import torch.nn as nn
from torch import optim


def sgd_step(**kw):
    w = torch.tensor([1.0, -2.0], requires_grad=True)
    o = optim.SGD([w], lr=0.1, momentum=0.9, **kw)
    (w ** 2).sum().backward()
    o.step()
    return w.detach(), o.state[w]


sgd_step(foreach=True)
# %%
sgd_step(fused=True)
# %%
sgd_step(foreach=True, fused=True)
# %%
sgd_step(differentiable=True)
# %%
sgd_step(fused=True, differentiable=True)
# %%
def adam_step(**kw):
    w = torch.tensor([1.0, -2.0], requires_grad=True)
    o = optim.Adam([w], lr=0.1, **kw)
    (w ** 2).sum().backward()
    o.step()
    return w.detach(), o.state[w]["step"]


adam_step(foreach=True)
# %%
adam_step(fused=True)
# %%
adam_step(capturable=True)
# %%
adam_step(differentiable=True)
# %%
adam_step(fused=True, foreach=True)
# %%
w = torch.tensor([1.0], requires_grad=True)
optim.Adam([w], lr=torch.tensor(0.1), foreach=True)
# %%
adam_step(betas=(torch.tensor(0.9), torch.tensor(0.99)), foreach=True)
# %%
adam_step(betas=(torch.tensor(0.9), torch.tensor(0.99)))
# %%
optim.Adagrad([torch.zeros(1, requires_grad=True)], fused=True, foreach=True)
# %%
w = torch.tensor([1.0, -2.0], requires_grad=True)
w.grad = torch.tensor([0.5, -3.0])
nn.utils.clip_grad_value_([w], 0.1)
w.grad
# %%
w.grad = torch.tensor([float("inf"), 1.0])
nn.utils.clip_grad_norm_([w], 1.0)
# %%
nn.utils.clip_grad_norm_([w], 1.0, error_if_nonfinite=True)
# %%
w.grad = torch.tensor([3.0, 4.0])
nn.utils.clip_grad_norm_([w], 1.0), w.grad
# %%
nn.utils.clip_grad_norm_([w], 1.0, norm_type="inf"), w.grad
# %%
nn.utils.parameters_to_vector([w, torch.ones(2, 2)])
