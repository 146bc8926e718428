# More activations, robust losses, inverse trigonometry and splitting helpers a learner meets.
import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-3.0, -1.0, -0.25, 0.0, 0.5, 2.0, 7.0], requires_grad=True)
for f in (F.elu, F.selu, F.celu, F.relu6, F.hardtanh, F.hardsigmoid, F.hardswish, F.mish, F.softshrink, F.hardshrink):
    y = f(x)
    g, = torch.autograd.grad(y.sum(), x)
    print(f.__name__, y, g, sep="\n")
# %%
print(nn.ELU(0.5), nn.Hardtanh(-2, 2), nn.ReLU6(), nn.Threshold(0.1, 20.0), nn.GLU(), nn.SmoothL1Loss(beta=0.5))
# %%
pred = torch.tensor([0.5, 2.0, -1.0, 4.0], requires_grad=True)
target = torch.tensor([0.0, 1.5, 1.0, 1.0])
for loss in (F.l1_loss(pred, target), F.smooth_l1_loss(pred, target), F.huber_loss(pred, target, delta=0.5)):
    g, = torch.autograd.grad(loss, pred)
    print(loss, g)
# %%
t = torch.tensor([0.5, -0.5, 0.9], requires_grad=True)
print(torch.asin(t), torch.acos(t), torch.atan2(t, torch.tensor([1.0, -1.0, 0.0])))
print(torch.fmod(torch.tensor([-3.0, 3.0]), 2), torch.remainder(torch.tensor([-3.0, 3.0]), 2))
# %%
m = torch.arange(12.0).reshape(3, 4)
print(torch.tensor_split(m, 3, dim=1))
print(torch.hsplit(m, 2), torch.vsplit(m, [1]))
print(torch.hstack([m, m]).shape, torch.vstack([m, m[0]]).shape, torch.dstack([m, m]).shape)
# %%
print(torch.cummax(torch.tensor([1.0, 3.0, 2.0, 5.0, 4.0]), 0))
print(F.pad(m, (1, 1)), F.pad(m, (0, 0, 1, 0), value=-1.0))
# %%
print(torch.hsplit(m, 3))
