# REINFORCE (policy gradient) on a tiny two-armed task, as tutorials write it with torch.distributions.
import torch
import torch.nn as nn
from torch.distributions import Bernoulli, Categorical

torch.manual_seed(0)
policy = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 2))
opt = torch.optim.Adam(policy.parameters(), lr=0.05)
states = torch.randn(16, 3)
best_arm = (states[:, 0] > 0).long()
print(best_arm)
# %%
for episode in range(30):
    dist = Categorical(logits=policy(states))
    actions = dist.sample()
    rewards = (actions == best_arm).float()
    loss = -(dist.log_prob(actions) * (rewards - rewards.mean())).mean() - 0.01 * dist.entropy().mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    if episode % 5 == 0:
        print(episode, actions.tolist(), round(rewards.mean().item(), 4), round(loss.item(), 4))
# %%
dist
# %%
dist.probs[:3], dist.entropy()[:3], loss.grad_fn
# %%
# a coin-flip policy: Bernoulli over logits
coin = nn.Linear(3, 1)
b = Bernoulli(logits=coin(states).squeeze(-1))
flips = b.sample()
score = b.log_prob(flips)
(score * flips).sum().backward()
print(b, flips, score.grad_fn, coin.weight.grad)
