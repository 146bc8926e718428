# Losses on the smallest and oddest inputs a learner gives them.
import torch
import torch.nn.functional as F
w = torch.tensor(2.0, requires_grad=True)
loss = F.mse_loss(w, torch.tensor(3.0))
loss
# %%
loss.backward()
w.grad
# %%
F.mse_loss(torch.tensor([1e30]), torch.tensor([-1e30]))
# %%
F.mse_loss(torch.zeros(0), torch.zeros(0))
# %%
F.mse_loss(torch.zeros(0), torch.zeros(0), reduction="sum")
# %%
F.binary_cross_entropy(torch.zeros(0), torch.zeros(0))
# %%
torch.nn.MSELoss()(torch.tensor(1.5), torch.tensor(0.5))
# %%
logits = torch.zeros(2, 2)
for target in (torch.zeros(2, 3), torch.zeros(3), torch.zeros(2), torch.zeros(())):
    for loss_fn in (F.nll_loss, F.cross_entropy):
        try:
            loss_fn(logits, target)
        except Exception as err:
            print(loss_fn.__name__, tuple(target.shape), type(err).__name__, str(err).splitlines()[0])
