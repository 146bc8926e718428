# The reparameterization trick of a VAE: z = mu + sigma * eps through Normal.rsample, and the KL term.
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.distributions as dist

torch.manual_seed(0)
x = torch.rand(8, 4)
encoder = nn.Linear(4, 4)
decoder = nn.Linear(2, 4)
opt = torch.optim.SGD(list(encoder.parameters()) + list(decoder.parameters()), lr=0.1)
prior = dist.Normal(torch.zeros(2), torch.ones(2))
prior
# %%
for step in range(20):
    mu, log_var = encoder(x).chunk(2, dim=-1)
    q = dist.Normal(mu, torch.exp(0.5 * log_var))
    z = q.rsample()
    recon = torch.sigmoid(decoder(z))
    rec_loss = F.binary_cross_entropy(recon, x, reduction="sum")
    kl = dist.kl_divergence(q, prior).sum()
    loss = (rec_loss + kl) / x.shape[0]
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 4 == 0:
        print(step, round(rec_loss.item(), 4), round(kl.item(), 4))
# %%
z.grad_fn, z.grad_fn.next_functions, kl.grad_fn
# %%
q_vec = dist.Independent(dist.Normal(mu, torch.exp(0.5 * log_var)), 1)
print(q_vec, q_vec.batch_shape, q_vec.event_shape)
print(q_vec.log_prob(z)[:3], q_vec.entropy()[:3])
# %%
eps_normal = dist.Normal(0.0, 1.0)
print(eps_normal, eps_normal.sample((3,)), eps_normal.log_prob(torch.tensor(0.0)), eps_normal.cdf(torch.tensor(1.96)))
