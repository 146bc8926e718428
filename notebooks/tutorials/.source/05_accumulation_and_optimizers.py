# %% [markdown]
# # 5 · Accumulation, `zero_grad` and optimizers
#
# The last notebook puts the pieces together the way training code uses them. We will
#
# - see that `backward()` **adds** to `.grad` instead of replacing it, and why;
# - reset gradients by hand, then let an **optimizer** do the update and the reset;
# - finish with a longer chain-rule example (`r1`, `r2`, `r3`), derive its gradient by hand, and
#   answer the tutorial's closing question: how is `y.backward()` different from `r2.backward()`?

# %%
# %load_ext autograd_tutor

# %%
import autograd_tutor as torch

# %% [markdown]
# ## Gradients add up
#
# A dummy model: four weights, output $3\sum_i w_i$. Its gradient is $3$ for every weight. Run
# "one epoch", calling `backward()` once:

# %%
weights = torch.ones(4, requires_grad=True)

for epoch in range(1):
    model_output = (weights * 3).sum()
    model_output.backward()
    print(weights.grad)

# %% [markdown]
# Now "two more epochs", calling `backward()` each time, and watch `.grad`:

# %%
for epoch in range(2):
    model_output = (weights * 3).sum()
    model_output.backward()
    print(weights.grad)

# %% [markdown]
# 6, then 9: each `backward()` **adds** its gradient to what `.grad` already holds (the warning
# under the cell says so too).
#
# This is not an accident. When one tensor is used in several places, its gradient is the
# **sum** of the gradients through each use: that is the multivariable chain rule, and it is how
# the two branches of `y * y` met in notebook 3. Accumulating across `backward()` calls follows
# the same rule, and it is useful: you can sum the gradients of several small batches before
# one update. But in a plain training loop each step needs *fresh* gradients, so you reset them.
#
# ## Resetting by hand
#
# `weights.grad.zero_()` sets the gradient to zeros in place, after it has been used:

# %%
weights = torch.ones(4, requires_grad=True)

for epoch in range(3):
    model_output = (weights * 3).sum()
    model_output.backward()
    print(weights.grad)
    weights.grad.zero_()

# %% [markdown]
# Setting `weights.grad = None` works as well, and saves the memory of the zeros: the next
# `backward()` then creates a fresh `.grad`.

# %%
weights.grad = None
print(weights.grad)

# %% [markdown]
# ## One step of gradient descent, by hand
#
# Training means: compute a loss $L(w)$, get its gradient, and move the weights a little
# **against** it, by a *learning rate* $\eta$:
#
# $$
# w \leftarrow w - \eta\, \nabla_w L .
# $$
#
# A tiny problem with a known answer: find $w$ close to the target $t = (1, -2)$ by minimising
#
# $$
# L(w) = \sum_i (w_i - t_i)^2, \qquad \nabla_w L = 2\,(w - t).
# $$
#
# The update must not be recorded (it is not part of the model), so it runs inside
# `torch.no_grad()`, and the gradient is reset after each step. Starting from $w = (0, 0)$ with
# $\eta = 0.1$, each step gives $w - 0.2\,(w - t)$: the distance to $t$ shrinks by a factor
# $0.8$, and the loss by $0.8^2 = 0.64$.

# %%
target = torch.tensor([1.0, -2.0])
w = torch.tensor([0.0, 0.0], requires_grad=True)
learning_rate = 0.1

for step in range(5):
    loss = ((w - target) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        w -= learning_rate * w.grad
    w.grad = None
    print(step, f"loss {loss.item():.4f}", w)

# %% [markdown]
# ## The same with an optimizer
#
# `torch.optim.SGD` does exactly that update for every tensor we hand it. A training step is
# always the same three lines around the forward computation:
#
# 1. `optimizer.zero_grad()`: reset the gradients (in PyTorch 2 it sets them to `None`);
# 2. `loss.backward()`: compute new ones;
# 3. `optimizer.step()`: $w \leftarrow w - \eta\,\nabla_w L$, without recording.
#
# Same start, same numbers:

# %%
w = torch.tensor([0.0, 0.0], requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)

for step in range(5):
    optimizer.zero_grad()
    loss = ((w - target) ** 2).sum()
    loss.backward()
    optimizer.step()
    print(step, f"loss {loss.item():.4f}", w)

# %% [markdown]
# `%grads` shows the leaves that require grad and their current `.grad`. After the last
# `step()`, `w.grad` still holds the gradient of the last loss; the next `zero_grad()` would
# clear it.

# %%
# %grads

# %% [markdown]
# Forgetting `zero_grad()` is one of the most common training bugs: every step would use the
# sum of all gradients so far. And an optimizer step with no gradients at all does nothing:

# %%
frozen = torch.tensor([1.0, 2.0], requires_grad=True)
optimizer = torch.optim.SGD([frozen], lr=0.01)
optimizer.step()
print(frozen)

# %% [markdown]
# ## Two inputs
#
# Back to plain gradients for the last example, from the last tutorial in our list. Two leaves,
# $x = 5$ and $z = 3$, and
#
# $$
# y = x^2 + z + \ln z, \qquad
# \frac{\partial y}{\partial x} = 2x = 10, \qquad
# \frac{\partial y}{\partial z} = 1 + \frac{1}{z} = \frac{4}{3} \approx 1.3333 .
# $$

# %%
x = torch.tensor(5, requires_grad=True, dtype=torch.float32)
z = torch.tensor(3, requires_grad=True, dtype=torch.float32)
y = x * x + z + torch.log(z)
y.backward()
print(x.grad, z.grad)

# %% [markdown]
# ## A more involved example: `r1`, `r2`, `r3`
#
# Now a chain where results are reused:
#
# $$
# \begin{aligned}
# r_1 &= f(x, z) = x^2 + z + \ln z \\
# r_2 &= g(r_1, x) = r_1 + \sqrt{x} \\
# r_3 &= h(r_1, r_2) = 100\, r_1 + \ln r_2 \\
# y &= u(r_1, r_2, r_3) = r_1 + r_2 + r_3
# \end{aligned}
# $$
#
# So $y = u\bigl(f(x,z),\ g(f(x,z), x),\ h(f(x,z), g(f(x,z), x))\bigr)$. Computing
# $\partial y / \partial x$ and $\partial y / \partial z$ by hand takes a while; autograd does it
# in one call. Look at the graph under the cell: `r1` feeds three later results, `r2` two.

# %%
x = torch.tensor(5, requires_grad=True, dtype=torch.float32)
z = torch.tensor(3, requires_grad=True, dtype=torch.float32)

r1 = x * x + z + torch.log(z)  # r1 = f(x, z)
r2 = r1 + torch.sqrt(x)  # r2 = g(r1, x)
r3 = 100 * r1 + torch.log(r2)  # r3 = h(r1, r2)
y = r1 + r2 + r3  # y = u(r1, r2, r3)
print(y)

# %% [markdown]
# ### One term per path
#
# Before calling `backward()`, count. The chain rule makes $\partial y / \partial x$ a sum with
# **one term per path** from `y` back to `x` through the graph (follow the picture's arrows
# backwards), each term the product of the local derivatives along its path. `r1` is used by
# three later results and `r2` by two, so paths branch and meet again; and `x * x` uses `x`
# twice: that is two paths, the product rule.
# How many paths lead from `y` to `x`? Predict, then let `%paths` list them (this cell is saved
# without its output: run it):

# %% tags=["remove-output"]
# %paths y x

# %% [markdown]
# Ten paths. Each row multiplies the local derivatives along one path (`100` is the factor of
# `100 * r1`, `0.0319` is $1/r_2$ from $\ln r_2$, `0.2236` is $1/(2\sqrt 5)$ from `sqrt`), and
# "show" draws that path in the graph. The contributions add up to what `backward()` is about to
# store in `x.grad`. The same view works on real PyTorch tensors:
# `autograd_tutor.viz.paths(y, x, names=locals())`; `%paths y z` finds 8 paths to `z`.

# %%
y.backward()
print(f"∂y/∂x={x.grad}, ∂y/∂z={z.grad}")

# %% [markdown]
# ### Why are `r1.grad`, `r2.grad` and `r3.grad` `None`?
#
# PyTorch keeps `.grad` only for **leaves** (here `x` and `z`) to save memory: the intermediate
# gradients are used on the way and then dropped. Asking for them gives `None` and a warning that
# explains it; `.retain_grad()` on an intermediate tensor, *before* `backward()`, keeps its
# gradient (notebook 3 used it).

# %%
print(x.grad, z.grad, r1.grad, r2.grad, r3.grad)

# %% [markdown]
# ### The derivation
#
# Go backwards from $y$, adding up every path (the same sums autograd does at each node):
#
# $$
# \begin{aligned}
# \frac{\partial y}{\partial r_3} &= 1 \\
# \frac{\partial y}{\partial r_2} &= 1 + \frac{\partial y}{\partial r_3}\,\frac{\partial r_3}{\partial r_2}
#   = 1 + \frac{1}{r_2} \\
# \frac{\partial y}{\partial r_1} &= 1 + \frac{\partial y}{\partial r_2}\,\frac{\partial r_2}{\partial r_1}
#   + \frac{\partial y}{\partial r_3}\,\frac{\partial r_3}{\partial r_1}
#   = 1 + \Bigl(1 + \frac{1}{r_2}\Bigr) + 100 = 102 + \frac{1}{r_2} \\
# \frac{\partial y}{\partial x} &= \frac{\partial y}{\partial r_1}\cdot 2x
#   + \frac{\partial y}{\partial r_2}\cdot\frac{1}{2\sqrt{x}} \\
# \frac{\partial y}{\partial z} &= \frac{\partial y}{\partial r_1}\cdot\Bigl(1 + \frac{1}{z}\Bigr)
# \end{aligned}
# $$
#
# With $x = 5$, $z = 3$: $r_1 = 28 + \ln 3 \approx 29.0986$ and
# $r_2 = r_1 + \sqrt 5 \approx 31.3347$. Plugging in with plain Python numbers:

# %%
import math

r2_value = 28 + math.log(3) + math.sqrt(5)
dy_dr2 = 1 + 1 / r2_value
dy_dr1 = 102 + 1 / r2_value
dy_dx = dy_dr1 * 2 * 5 + dy_dr2 / (2 * math.sqrt(5))
dy_dz = dy_dr1 * (1 + 1 / 3)
print(f"by hand:  ∂y/∂x={dy_dx:.4f}, ∂y/∂z={dy_dz:.4f}")
print(f"autograd: ∂y/∂x={x.grad.item():.4f}, ∂y/∂z={z.grad.item():.4f}")

# %% [markdown]
# ### Watch the sums happen
#
# The cell below builds the same graph again and runs `y.backward()` under `%%stepthrough`.
# Step through the backward pass and look for two moments: `AddBackward0 (grad_fn of r2)`
# receives $1.0319 = 1 + 1/r_2$ (from `y` directly, and through $\ln r_2$ in `r3`), and
# `AddBackward0 (grad_fn of r1)` receives $102.0319 = 102 + 1/r_2$: three contributions, from
# `y` directly, through `r2`, and through `r3` with its factor 100, added up before going on.
# The "paths" line counts the same sums at the leaves: at `SqrtBackward0`, `x` has 2 of its 10
# paths, and the other 8 arrive through `MulBackward0` (the `x * x`) last.

# %%
# %%stepthrough
x = torch.tensor(5, requires_grad=True, dtype=torch.float32)
z = torch.tensor(3, requires_grad=True, dtype=torch.float32)
r1 = x * x + z + torch.log(z)
r2 = r1 + torch.sqrt(x)
r3 = 100 * r1 + torch.log(r2)
y = r1 + r2 + r3
y.backward()

# %% [markdown]
# ## Exercise: `y.backward()` or `r2.backward()`?
#
# - What does the following code do?
# - How is `y.backward()` different from `r2.backward()`?
#
# Write down the two numbers you expect **before** running the cell: this one is saved without
# its output. (The graded version of this question is in the practice folder,
# `practice/02_chain_rule.ipynb`.)

# %% tags=["remove-output"]
x = torch.tensor(5, requires_grad=True, dtype=torch.float32)
z = torch.tensor(3, requires_grad=True, dtype=torch.float32)

r1 = x * x + z + torch.log(z)
r2 = r1 + torch.sqrt(x)
r3 = 100 * r1 + torch.log(r2)
y = r1 + r2 + r3

r2.backward()

print(x.grad, z.grad)

# %% [markdown]
# <details>
# <summary><b>Answer</b> (click to open)</summary>
#
# The code builds the same graph as before, but starts the backward pass at `r2` instead of `y`.
# `backward()` always computes the derivatives **of the tensor it is called on**, and walks only
# toward the leaves. `r3` and `y` were computed *from* `r2`; they lie after it, so this backward
# pass never visits them. It is as if they did not exist:
#
# $$
# r_2 = r_1 + \sqrt{x} = x^2 + z + \ln z + \sqrt{x},
# $$
#
# $$
# \frac{\partial r_2}{\partial x} = 2x + \frac{1}{2\sqrt{x}} = 10 + \frac{1}{2\sqrt 5} \approx 10.2236,
# \qquad
# \frac{\partial r_2}{\partial z} = 1 + \frac{1}{z} \approx 1.3333 .
# $$
#
# `y.backward()` instead gives $\partial y / \partial x \approx 1020.55$: most of it is the
# factor 100 that `r1` gets through `r3`, a path that `r2.backward()` never takes.
#
# </details>

# %% [markdown]
# ### And if we call both?
#
# After `y.backward()`, the part of the graph below `r2` is spent too: its saved tensors were
# freed. So `r2.backward()` fails.
#
# *This cell fails on purpose.*

# %% tags=["raises-exception"]
x = torch.tensor(5, requires_grad=True, dtype=torch.float32)
z = torch.tensor(3, requires_grad=True, dtype=torch.float32)
r1 = x * x + z + torch.log(z)
r2 = r1 + torch.sqrt(x)
r3 = 100 * r1 + torch.log(r2)
y = r1 + r2 + r3
y.backward()
r2.backward()

# %% [markdown]
# With `retain_graph=True` on the first call, both passes run, and, as this notebook began,
# their gradients **add up**: $1020.550 + 10.224 \approx 1030.774$ for `x`, and
# $136.043 + 1.333 \approx 137.376$ for `z`.

# %%
x = torch.tensor(5, requires_grad=True, dtype=torch.float32)
z = torch.tensor(3, requires_grad=True, dtype=torch.float32)
r1 = x * x + z + torch.log(z)
r2 = r1 + torch.sqrt(x)
r3 = 100 * r1 + torch.log(r2)
y = r1 + r2 + r3
y.backward(retain_graph=True)
r2.backward()
print(x.grad, z.grad)

# %% [markdown]
# ## Summary
#
# - `backward()` adds into `.grad`. Reset with `.grad.zero_()` or `.grad = None`, or let
#   `optimizer.zero_grad()` do it, once per training step.
# - An optimizer's `step()` applies $w \leftarrow w - \eta\,\nabla_w L$ to the tensors it was given,
#   without recording.
# - Only leaves keep `.grad`; use `.retain_grad()` to keep an intermediate one.
# - `t.backward()` differentiates `t` itself: results computed *from* `t` play no part.
#
# You have finished the tutorials. Practise with the graded exercises in the `practice` folder,
# starting with [`00_warmup.ipynb`](../practice/00_warmup.ipynb); each check tells you at once
# whether your answer is right. Back to [the start page](../START_HERE.ipynb).
