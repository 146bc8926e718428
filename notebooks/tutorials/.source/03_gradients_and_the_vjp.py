# %% [markdown]
# # 3 · Gradients and the vector-Jacobian product
#
# Notebook 2 showed *where* `backward()` goes: from the output, along `next_functions`, to the
# leaves. This notebook is about *what it computes* on the way. We will
#
# - work out the gradient of the tutorial's example by hand and check it against `x.grad`;
# - follow the gradient node by node, the chain rule in action;
# - see why `backward()` with no argument only works for a single number;
# - learn what `backward(v)` computes for a vector output: the **vector-Jacobian product**.

# %%
# %load_ext autograd_tutor

# %%
import autograd_tutor as torch

# %% [markdown]
# ## One number out: the gradient
#
# The example from notebook 2, written as maths. With $x$ a 2×2 tensor of ones,
#
# $$
# y_i = x_i + 2, \qquad z_i = 3\,y_i^2 = 3\,(x_i + 2)^2, \qquad
# o = \frac{1}{4} \sum_{i=1}^{4} z_i .
# $$
#
# At $x_i = 1$ every $z_i = 3 \cdot 3^2 = 27$, so $o = 27$. Differentiating,
#
# $$
# \frac{\partial o}{\partial x_i} = \frac{1}{4} \cdot 3 \cdot 2\,(x_i + 2) = \frac{3}{2}\,(x_i + 2),
# \qquad
# \left.\frac{\partial o}{\partial x_i}\right|_{x_i = 1} = \frac{9}{2} = 4.5 .
# $$

# %%
x = torch.ones(2, 2, requires_grad=True)
y = x + 2
z = y * y * 3
out = z.mean()
print(out)

# %% [markdown]
# `out` holds a single number, so `out.backward()` needs no argument. It is short for
# `out.backward(torch.tensor(1.0))`: the derivative of `out` with respect to itself is 1, and
# that is where the backward pass starts.

# %%
out.backward()
print(x.grad)

# %% [markdown]
# ## The chain rule, node by node
#
# `backward()` never sees the formula $\tfrac{3}{2}(x_i + 2)$. Each node only knows the
# derivative of its own operation (its *local* derivative), multiplies the gradient arriving
# from below by it, and passes the result up:
#
# | node (in the order `backward()` runs them) | local derivative | gradient it passes on |
# |---|---|---|
# | `MeanBackward0` (`o = mean(z)`) | $\partial o / \partial z_i = \tfrac14$ | $1 \cdot \tfrac14 = 0.25$ |
# | `MulBackward0` (`z = (y·y)·3`) | $\partial z_i / \partial (y_i y_i) = 3$ | $0.25 \cdot 3 = 0.75$ |
# | `MulBackward0` (`y·y`) | each factor gets the *other* factor: $y_i = 3$ | $0.75 \cdot 3 = 2.25$, twice |
# | `AddBackward0` (`y = x + 2`) | the two $2.25$ arrive at the same node and are **added**: $4.5$; $\partial y_i / \partial x_i = 1$ | $4.5$ |
# | `AccumulateGrad` (`x`) | adds what arrives into `x.grad` | $4.5$ |
#
# ### Watch it, step by step
#
# `%%stepthrough` on the first line of a cell runs the cell while recording it, then replays what
# happened: first the forward pass, one operation at a time, then the backward pass, node by
# node, with the rule each node applies and the gradient it passes on. Press **next ▶** (or
# **play**) and compare the backward steps with the table. (In a copy that has not been run yet
# you see the graph, and the same steps as text under *Steps*.)

# %%
# %%stepthrough
x = torch.ones(2, 2, requires_grad=True)
y = x + 2
z = y * y * 3
out = z.mean()
out.backward()
print(x.grad)

# %% [markdown]
# We can also check the intermediate gradients directly. Tensors that are not leaves normally do not keep
# their `.grad` (notebook 5 says why), but `.retain_grad()` asks them to:

# %%
x = torch.ones(2, 2, requires_grad=True)
y = x + 2
z = y * y * 3
out = z.mean()
y.retain_grad()
z.retain_grad()
out.backward()
print(z.grad)  # d out / d z
print(y.grad)  # d out / d y
print(x.grad)  # d out / d x

# %% [markdown]
# ## Only a single number can start `backward()` on its own
#
# What is "the gradient" of a tensor with four numbers? There are four outputs, each with its own
# derivatives, and `backward()` cannot guess which combination we want. So it refuses.
#
# *This cell fails on purpose.*

# %% tags=["raises-exception"]
x = torch.ones(2, 2, requires_grad=True)
y = x + 2
y.backward()

# %% [markdown]
# ## The Jacobian and the vector-Jacobian product
#
# For a function from $n$ numbers to $m$ numbers, $\vec y = f(\vec x)$, all the derivatives
# together form the $m \times n$ **Jacobian** matrix:
#
# $$
# J = \begin{pmatrix}
# \dfrac{\partial y_1}{\partial x_1} & \cdots & \dfrac{\partial y_1}{\partial x_n} \\
# \vdots & \ddots & \vdots \\
# \dfrac{\partial y_m}{\partial x_1} & \cdots & \dfrac{\partial y_m}{\partial x_n}
# \end{pmatrix}.
# $$
#
# `torch.autograd` is an engine for computing **vector-Jacobian products**: given a vector $v$
# with one entry per output, `y.backward(v)` computes $v^T J$ (the same numbers as $J^T v$) and
# adds it to `x.grad`.
#
# Why that product? Suppose $y$ feeds into a final scalar $l = g(\vec y)$, a loss for instance,
# and $v$ is the gradient of $l$ with respect to $y$. Then by the chain rule
#
# $$
# J^T v =
# \begin{pmatrix}
# \dfrac{\partial y_1}{\partial x_1} & \cdots & \dfrac{\partial y_m}{\partial x_1} \\
# \vdots & \ddots & \vdots \\
# \dfrac{\partial y_1}{\partial x_n} & \cdots & \dfrac{\partial y_m}{\partial x_n}
# \end{pmatrix}
# \begin{pmatrix}
# \dfrac{\partial l}{\partial y_1} \\ \vdots \\ \dfrac{\partial l}{\partial y_m}
# \end{pmatrix}
# =
# \begin{pmatrix}
# \dfrac{\partial l}{\partial x_1} \\ \vdots \\ \dfrac{\partial l}{\partial x_n}
# \end{pmatrix},
# $$
#
# exactly the gradient of $l$ with respect to $x$. That is also what each node did in the table
# above: multiply the incoming gradient by its own (transposed) Jacobian. Autograd never builds
# a whole $J$; it only ever needs these products.
#
# ### A first `backward(v)`
#
# For $y = x + 2$ the Jacobian is the identity, so $J^T v = v$. With `v` all ones we get the
# same as `y.sum().backward()` (the gradient of a sum is all ones):

# %%
y.backward(torch.ones(2, 2))
print(x.grad)

# %% [markdown]
# `v` *weights* the outputs: each entry says how much the corresponding output matters. With the
# identity Jacobian the weights come straight through. First we reset `x.grad` to `None`,
# since `backward()` adds to it (notebook 5 is about that):

# %%
x.grad = None

# %% [markdown]
# Then we rebuild `y` and send the weights back through it:

# %%
y = x + 2
weights = torch.tensor([[0.1, 1.0], [10.0, -1.0]])
y.backward(weights)
print(x.grad)

# %% [markdown]
# ### A diagonal Jacobian
#
# From the next tutorial in our list: $y = x^2$, then $z = 2\,y \cdot y = 2x^4$, element by
# element. Each $z_i$ depends only on $x_i$, so $J$ is diagonal with
# $\partial z_i / \partial x_i = 8x_i^3$, which is $8$ at $x_i = 1$. With $v$ all ones,
# $J^T v = (8, 8, 8)$.

# %%
x = torch.ones(3, requires_grad=True)
y = x ** 2
z = y * y * 2
print(z)
z.backward(torch.ones_like(z))
print(x.grad)

# %% [markdown]
# ### The doubling loop
#
# The PyTorch tutorial's favourite example: keep doubling until the vector is longer than 1000.
# The graph is recorded **as the code runs**, so it has as many `MulBackward0` nodes as the loop
# made multiplications; a different `x` would give a different graph. (The loop tests
# `y.data.norm()`, the length of the vector, through `.data` so the test itself is not recorded.)
#
# The original uses random numbers, so the number of doublings changes from run to run; we use a
# fixed `x` so the text can talk about the result.

# %%
x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
y = x * 2
doublings = 1
while y.data.norm() < 1000:
    y = y * 2
    doublings += 1
print(doublings)
print(y)

# %% [markdown]
# Nine doublings. The picture draws the seven identical multiplications in the middle as one
# "× 7" node, so count 1 + 7 + 1. We can also count them by walking the chain as in notebook 2:

# %%
node, multiplications = y.grad_fn, 0
while type(node).__name__ == "MulBackward0":
    multiplications += 1
    node = node.next_functions[0][0]
print(multiplications, "multiplications, then", type(node).__name__)

# %% [markdown]
# So $y = 2^9 x = 512\,x$. Each $y_i$ depends on $x_i$ alone, so
#
# $$
# J = \begin{pmatrix} 512 & 0 & 0 \\ 0 & 512 & 0 \\ 0 & 0 & 512 \end{pmatrix},
# \qquad J^T v = 512\, v .
# $$
#
# With the tutorial's $v = (0.1,\ 1,\ 0.0001)$ we expect $(51.2,\ 512,\ 0.0512)$:

# %%
v = torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)
y.backward(v)
print(x.grad)
print(x.grad / v)

# %% [markdown]
# ### A full Jacobian, one row at a time
#
# When every output depends on every input, $J$ has no zeros. Take $y_i = x_i \cdot S$ with
# $S = x_1 + x_2$, at $x = (1, 2)$ so $S = 3$:
#
# $$
# J = \begin{pmatrix} S + x_1 & x_1 \\ x_2 & S + x_2 \end{pmatrix}
#   = \begin{pmatrix} 4 & 1 \\ 2 & 5 \end{pmatrix}.
# $$
#
# A vector $v$ with a single 1 picks one output, so $v^T J$ is one **row** of $J$: the gradient of
# that output alone. Summing both rows, $v = (1, 1)$, gives the gradient of `y.sum()`. We walk the
# same graph three times, so every call keeps it with `retain_graph=True`, and we reset `x.grad`
# each time.

# %%
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * x.sum()
print(y)
for v in (torch.tensor([1.0, 0.0]), torch.tensor([0.0, 1.0]), torch.tensor([1.0, 1.0])):
    x.grad = None
    y.backward(v, retain_graph=True)
    print(v, "->", x.grad)

# %% [markdown]
# ## Summary
#
# - For a scalar output, `backward()` computes the gradient: `x.grad` holds
#   $\partial\,\text{out} / \partial x$, which we can check by hand.
# - It gets there by the chain rule, one node at a time: each node multiplies the incoming
#   gradient by its local derivative; gradients that meet at one node are added.
# - For a non-scalar output there is no single gradient: `backward()` needs a vector `v` of the
#   output's shape and computes the vector-Jacobian product $v^T J$ (equivalently $J^T v$).
# - If `v` is $\partial l / \partial y$ for some scalar $l$, that product is $\partial l / \partial x$:
#   the chain rule in one line.
#
# **Next:** [4 · `retain_graph`, `no_grad` and `detach`](04_retain_graph_no_grad_detach.ipynb):
# keeping the graph, and keeping things *out* of it.
