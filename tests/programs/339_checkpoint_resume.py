# Save model and optimizer, resume in fresh objects: the continued run equals the uninterrupted one.
import copy
import io
import torch
import torch.nn as nn
torch.manual_seed(11)
X = torch.randn(32, 2)
y = (X[:, :1] * 3 - X[:, 1:] + 1)
def make():
    model = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1))
    return model, torch.optim.Adam(model.parameters(), lr=0.02)
def train(model, opt, steps):
    for _ in range(steps):
        loss = nn.MSELoss()(model(X), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss
model, opt = make()
print(f"{train(model, opt, 10).item():.4f}")
buf = io.BytesIO()
torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "epoch": 10}, buf)
ref = copy.deepcopy(model)
ref_opt = torch.optim.Adam(ref.parameters(), lr=0.02)
ref_opt.load_state_dict(opt.state_dict())
# %%
buf.seek(0)
ckpt = torch.load(buf)
print(sorted(ckpt), ckpt["epoch"])
print(ckpt["opt"]["state"][0]["step"], ckpt["opt"]["param_groups"][0]["lr"])
m2, o2 = make()
print(m2.load_state_dict(ckpt["model"]))
o2.load_state_dict(ckpt["opt"])
print(f"{train(m2, o2, 10).item():.4f}", f"{train(ref, ref_opt, 10).item():.4f}")
print(torch.allclose(m2[0].weight, ref[0].weight))
# %%
o2.state_dict()["state"][1]["exp_avg"]
# %%
best = copy.deepcopy(m2.state_dict())
with torch.no_grad():
    m2[0].weight.zero_()
print(best["0.weight"].abs().sum() > 0, m2[0].weight.sum())
m2.load_state_dict(best)
m2[0].weight
