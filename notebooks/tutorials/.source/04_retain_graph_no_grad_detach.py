# %% [markdown]
# # 4 · `retain_graph`, `no_grad` and `detach`
#
# So far autograd recorded everything and `backward()` used the record once. This notebook is
# about taking control of that, in both directions:
#
# - **keeping** a graph for a second backward pass, with `retain_graph=True`, and knowing when
#   you need it;
# - **not recording** at all: three ways to stop tracking (`requires_grad_(False)`,
#   `with torch.no_grad():` and `.detach()`), and what each one is for;
# - why `.detach()` is the safe way to get at a tensor's values, and `.data` is not.

# %%
# %load_ext autograd_tutor

# %%
import autograd_tutor as torch

# %% [markdown]
# ## Recap: one backward pass per graph
#
# A variation of the earlier example, from another tutorial in our list: $y = 2x$, $z = 3y^2$,
# $o = \operatorname{mean}(z)$. So $z_i = 12\,x_i^2$ and
#
# $$
# \frac{\partial o}{\partial x_i} = \frac{1}{4} \cdot 24\,x_i = 6\,x_i = 6 \quad\text{at } x_i = 1 .
# $$

# %%
x = torch.ones(2, 2, requires_grad=True)
y = x * 2
z = y * y * 3
out = z.mean()
out.backward()
print(x.grad)

# %% [markdown]
# As notebook 2 showed, that first `backward()` freed the values the nodes had saved, so a second
# one fails.
#
# *This cell fails on purpose.*

# %% tags=["raises-exception"]
out.backward()

# %% [markdown]
# ## When you really need `retain_graph=True`
#
# The typical case: two results computed from the same graph, each with its own `backward()`.
# Here `loss_a` and `loss_b` share everything up to `z`. The first call must keep the graph for
# the second; **every call but the last** says `retain_graph=True`.
#
# The gradients of the two calls add up in `x.grad`: $6$ from the mean, and from the sum
# $\partial \sum_i 12 x_i^2 / \partial x_i = 24\,x_i = 24$, so $30$.

# %%
x = torch.ones(2, 2, requires_grad=True)
y = x * 2
z = y * y * 3
loss_a = z.mean()
loss_b = z.sum()
loss_a.backward(retain_graph=True)
loss_b.backward()
print(x.grad)

# %% [markdown]
# Often there is a simpler way: add the results first and go back once. Same gradient, one
# pass, nothing to retain.

# %%
x = torch.ones(2, 2, requires_grad=True)
y = x * 2
z = y * y * 3
(z.mean() + z.sum()).backward()
print(x.grad)

# %% [markdown]
# ### A graph with nothing saved
#
# One of our source tutorials calls `backward()` twice on `y = x + 2` without `retain_graph`, and
# it works. Why? The error is about *saved tensors* being freed, and an addition saves nothing:
# $\partial (x + 2) / \partial x = 1$ whatever $x$ is. With nothing to free, a second pass finds
# everything it needs. (Don't build on this: most operations do save something.)

# %%
x = torch.ones(2, 2, requires_grad=True)
y = x + 2
y.backward(torch.ones(2, 2))
y.backward(torch.ones(2, 2))
print(x.grad)

# %% [markdown]
# ## Stopping the recording
#
# Recording costs memory (the saved tensors) and time. Often we compute with tensors that
# require grad but do *not* want the result in the graph: when evaluating a model, when updating
# its weights, when logging a value. There are three tools.
#
# ### 1. `with torch.no_grad():`
#
# Inside the block nothing is recorded: results get no `grad_fn` and do not require grad, even
# when computed from tensors that do. `x` itself is not changed; outside the block, recording
# goes on as before.

# %%
x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
print(x.requires_grad)
print((x ** 2).requires_grad)
with torch.no_grad():
    print((x ** 2).requires_grad)
print((x ** 2).requires_grad)

# %% [markdown]
# A result computed inside the block is a plain tensor with no history:

# %%
with torch.no_grad():
    doubled = x * 2
print(doubled)
print(doubled.requires_grad, doubled.grad_fn)

# %% [markdown]
# The same switch exists as a decorator, for a whole function, and as
# `torch.set_grad_enabled(False)`, handy when a flag decides (for example, training or not):

# %%
@torch.no_grad()
def evaluate(t):
    return (t * 3).sum()


print(evaluate(x).requires_grad)

training = False
with torch.set_grad_enabled(training):
    print((x * 3).requires_grad)

# %% [markdown]
# ### 2. `.detach()`
#
# `x.detach()` returns a tensor with the same values, no history and `requires_grad=False`. It
# does **not** copy: it shares memory with `x`.

# %%
d = x.detach()
print(d)
print(d.requires_grad, d.grad_fn, d.is_leaf)
print(x.eq(d))

# %% [markdown]
# Sharing memory means a change made through `d` shows up in `x`:

# %%
d[0] = 100.0
print(x)

# %% [markdown]
# The most useful thing about `detach()` is that it **cuts a branch** of the graph: the detached
# value is treated as a constant. Take
#
# $$
# y = x^2, \qquad z = y \cdot x = x^3, \qquad \frac{dz}{dx} = 3x^2 = 27 \quad\text{at } x = 3 .
# $$
#
# If we detach $y$, autograd sees $z = c \cdot x$ with the constant $c = 9$, so $dz/dx = 9$.
# The picture shows it: `z` is connected to `x` only directly, not through `y`, and in the
# chain the first input of `z`'s `MulBackward0` is `None`, as for a plain number.

# %%
x = torch.tensor(3.0, requires_grad=True)
y = x * x
z = y.detach() * x
z.backward()
print(x.grad)

# %% [markdown]
# Without `detach()`, for comparison:

# %%
x = torch.tensor(3.0, requires_grad=True)
y = x * x
z = y * x
z.backward()
print(x.grad)

# %% [markdown]
# ### 3. `requires_grad_(False)`
#
# The flag itself can be switched off on a **leaf** (notebook 1 showed that only leaves can).
# This is how you *freeze* a parameter: it stays in the computation but gets no gradient.

# %%
x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
x.requires_grad_(False)
print(x)
print((x * 2).requires_grad)

# %% [markdown]
# ## `.detach()` or `.data`?
#
# Old code often uses `x.data` where we used `x.detach()`. Both give the values without the
# history, sharing memory. The difference shows when someone changes those values in place
# while the graph still needs them.
#
# `sigmoid` saves its *output* $b = \sigma(a)$, because its derivative is
# $\sigma'(a) = \sigma(a)\,\bigl(1 - \sigma(a)\bigr) = b\,(1 - b)$. Change `b` in place through
# `detach()` and autograd notices (every tensor counts its in-place changes) and refuses to
# compute a wrong gradient.
#
# *This cell fails on purpose.*

# %% tags=["raises-exception"]
a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = a.sigmoid()
b.detach().zero_()
b.sum().backward()

# %% [markdown]
# The same change through `.data` goes unnoticed, and the gradient comes out **silently wrong**:
# $b\,(1 - b)$ with $b$ zeroed is $0$, while the true values are about $0.197$, $0.105$ and
# $0.045$.

# %%
a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = a.sigmoid()
b.data.zero_()
b.sum().backward()
print(a.grad)

# %% [markdown]
# So: use `.detach()` (or `torch.no_grad()`), and read `.data` in old code as "detach, without
# the safety check".
#
# ## Summary
#
# - `backward()` frees saved tensors. If one graph needs several backward passes, every call but
#   the last says `retain_graph=True`; often summing the results and calling `backward()` once is
#   simpler.
# - `with torch.no_grad():` (or `@torch.no_grad()`, or `torch.set_grad_enabled(False)`) records
#   nothing: for evaluation and for updating weights.
# - `t.detach()` gives the same values, sharing memory, with no history: it cuts that branch
#   out of the gradient.
# - `leaf.requires_grad_(False)` freezes a leaf.
# - Prefer `.detach()` to `.data`: in-place changes through `.data` can give wrong gradients
#   without any error.
#
# **Next:** [5 · Accumulation, `zero_grad` and optimizers](05_accumulation_and_optimizers.ipynb):
# what `backward()` does to a `.grad` that is already there, and how training loops deal with it.
