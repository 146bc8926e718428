# Moving modules between devices and dtypes; nn.init helpers and their deprecated names.
import torch
import torch.nn as nn
m = nn.Linear(2, 2)
m.to("cuda")
# %%
m.to("mps")
# %%
m.to(torch.device("cpu")) is m
# %%
m.to("cpu", torch.float64).weight.dtype
# %%
m.to(torch.ones(1, dtype=torch.float32)).weight.dtype
# %%
m.to(dtype=torch.float16).bias.dtype
# %%
m.to("gpu")
# %%
nn.init.constant(torch.empty(2), 1.5)
# %%
nn.init.zeros_(torch.empty(2, dtype=torch.long))
# %%
nn.init.calculate_gain("relu"), nn.init.calculate_gain("tanh"), nn.init.calculate_gain("leaky_relu", 0.2)
# %%
nn.init.xavier_uniform_(torch.empty(3))
# %%
nn.init.kaiming_uniform_(torch.empty(0, 3))
# %%
p = nn.Parameter(torch.ones(2))
nn.init.constant_(p, 2.0)
p.grad_fn, p.is_leaf
# %%
nn.Linear(2, 3, device="cuda")
# %%
nn.Linear(2, 3, device="meta")
# %%
nn.ReLU().cuda(), nn.ReLU().to("cuda")
# %%
nn.Linear(1, 1).cuda()
# %%
nn.ReLU().to("gpu")
# %%
nn.Linear(1, 1).to("cuda:0", torch.float64)
# %%
m = nn.Linear(1, 1)
m.register_buffer("steps", torch.tensor(3))
m.to(torch.float64).steps.dtype, m.weight.dtype
# %%
m.float().weight.dtype, m.half().weight.dtype, m.double().bias.dtype
