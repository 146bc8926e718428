# A tiny MLP with BatchNorm1d and LayerNorm: three training steps, then eval mode.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 6), nn.BatchNorm1d(6), nn.ReLU(), nn.LayerNorm(6), nn.Linear(6, 2))
print(model)
print(list(model.state_dict()))
x = torch.randn(8, 4)
y = torch.randn(8, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
# %%
for step in range(3):
    opt.zero_grad()
    loss = F.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
    print(model[1].running_mean, model[1].running_var, model[1].num_batches_tracked)
# %%
out = model(x[:2])
ln = out.grad_fn.next_functions[1][0]
bn = ln.next_functions[0][0].next_functions[0][0]
print(ln, ln._saved_normalized_shape, bn, bn._saved_training, bn._saved_eps)
model.eval()
with torch.no_grad():
    print(model(x[:2]))
print(model[3].weight, model[1].weight.grad)
