# ReduceLROnPlateau: lowering the learning rate when a validation metric stalls.
import torch
from torch import optim
w = torch.tensor([1.0], requires_grad=True)
opt = optim.SGD([w], lr=1.0)
sched = optim.lr_scheduler.ReduceLROnPlateau(opt, patience=1, factor=0.5)
for epoch, val in enumerate([1.0, 0.9, 0.95, 0.97, 0.96, 0.5, 0.6, 0.7, 0.8]):
    opt.step()
    sched.step(val)
    print(epoch, val, sched.get_last_lr(), opt.param_groups[0]["lr"], sched.num_bad_epochs, sched.best)
# %%
sched
# %%
type(sched)
# %%
sorted(sched.state_dict())
# %%
s2 = optim.lr_scheduler.ReduceLROnPlateau(opt, mode="max", threshold=0.1, threshold_mode="abs", cooldown=1, patience=0, min_lr=0.01)
for val in [1.0, 1.05, 1.2, 1.1, 1.0, 0.9]:
    s2.step(torch.tensor(val))
    print(opt.param_groups[0]["lr"], s2.cooldown_counter)
# %%
optim.lr_scheduler.ReduceLROnPlateau(opt, factor=1.0)
# %%
optim.lr_scheduler.ReduceLROnPlateau(opt, mode="avg")
# %%
optim.lr_scheduler.ReduceLROnPlateau(opt, threshold_mode="pct")
# %%
optim.lr_scheduler.ReduceLROnPlateau(opt, min_lr=[0.1, 0.2])
# %%
optim.lr_scheduler.ReduceLROnPlateau(w)
# %%
s3 = optim.lr_scheduler.ReduceLROnPlateau(opt)
s3.step(1.0, epoch=5)
s3.last_epoch
# %%
s3.step()
