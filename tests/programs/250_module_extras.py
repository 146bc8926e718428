# Module extras a learner reaches for: named parameter groups, hooks, init, apply, clip_grad_norm_, Dropout, Flatten.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch import optim
model = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
with torch.no_grad():
    for p in model.parameters():
        p.fill_(0.5)
opt = optim.SGD(model.named_parameters(), lr=0.1, momentum=0.9)
opt
# %%
opt.param_groups[0]["param_names"]
# %%
model(torch.ones(3, 2)).sum().backward()
opt.step()
opt.state_dict()
# %%
print(opt.param_groups)
# %%
opt2 = optim.SGD(model.parameters(), lr=0.5, momentum=0.1)
opt2.load_state_dict(optim.SGD(model.parameters(), lr=0.3).state_dict())
opt2
# %%
def hook(module, inp, out):
    print("hook", type(module).__name__, inp[0].shape, out.shape)
h = model[0].register_forward_hook(hook)
model(torch.ones(1, 2))
# %%
h.remove()
model(torch.ones(1, 2))
# %%
def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.constant_(m.weight, 0.1)
        nn.init.zeros_(m.bias)
        print("init", m)
model.apply(init_weights)
# %%
nn.init.ones_(torch.empty(2, 2)), nn.init.eye_(torch.empty(2, 3))
# %%
nn.init.xavier_uniform_(torch.empty(3, 3)).shape
# %%
t = torch.empty(3, 3)
nn.init.kaiming_normal_(t, mode="fan_out", nonlinearity="relu") is t
# %%
nn.init.uniform_(torch.empty(2), -1, 1).abs().max() <= 1
# %%
nn.init.constant_(nn.Parameter(torch.empty(2)), 3.0)
# %%
nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
# %%
[p.grad for p in model.parameters()]
# %%
nn.Dropout(0.5).eval()(torch.ones(3)), nn.Dropout(0.0)(torch.ones(3))
# %%
nn.Dropout(1.5)
# %%
d = nn.Dropout(0.5)
out = d(torch.ones(1000))
sorted(set(out.tolist())), d.training
# %%
nn.Flatten()(torch.ones(2, 3, 4)).shape, nn.Flatten(0)(torch.ones(2, 3)).shape
# %%
model.named_parameters()
# %%
dict(model.named_parameters())["0.weight"]
# %%
model.zero_grad()
model[0].weight.grad
# %%
opt = optim.SGD(model.parameters(), lr=0.1)
opt.zero_grad(set_to_none=False)
model[0].weight.grad
# %%
len(opt.state), opt.state
# %%
model.state_dict()["0.bias"].dtype, model.double().state_dict()["0.bias"]
# %%
sum(p.numel() for p in model.parameters())
# %%
print(f"{model}")
# %%
repr(nn.Linear(2, 2, bias=False))
# %%
model.__class__.__name__, model[0].__class__
# %%
nn.Module.__call__
# %%
isinstance(model, nn.Module), issubclass(nn.Linear, nn.Module)
# %%
x = torch.ones(2, 2, requires_grad=True)
F.relu(x, inplace=True)
