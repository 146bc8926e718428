# %% [markdown]
# # 2 · The tape and `grad_fn`
#
# > In the forward phase, the autograd tape remembers all the operations it executed, and in the
# > backward phase, it replays the operations.
#
# That is the whole idea of autograd, and this notebook opens the tape to look inside. We will
#
# - read the names of the nodes autograd records (`AddBackward0`, `MulBackward0`, ...);
# - walk from the output back to the input **by hand**, with `grad_fn` and `next_functions`;
# - meet `AccumulateGrad`, the node that writes into a leaf's `.grad`;
# - see the **saved tensors** a node keeps for the backward pass, and watch `backward()` free
#   them, which is why a second `backward()` fails unless we ask for `retain_graph=True`.

# %%
# %load_ext autograd_tutor

# %%
import autograd_tutor as torch

# %% [markdown]
# ## Recording a computation
#
# The same computation as in the PyTorch tutorial: start from a 2×2 tensor of ones and compute
#
# $$
# y = x + 2, \qquad z = 3\,y \cdot y, \qquad \text{out} = \operatorname{mean}(z).
# $$
#
# Nothing special happens in the code: we just compute. Because `x` requires grad, every
# operation is recorded as it runs, and the picture under the cell shows the result.

# %%
x = torch.ones(2, 2, requires_grad=True)
y = x + 2
z = y * y * 3
out = z.mean()
print(y)
print(z)
print(out)

# %% [markdown]
# Read the picture from top to bottom: that is the **forward** direction, the order in which
# the operations ran. `backward()` will travel the other way, from `out` up to `x`.
#
# Each orange node is the `grad_fn` of the tensor it produced:

# %%
print(y.grad_fn)
print(z.grad_fn)
print(out.grad_fn)

# %% [markdown]
# ## What the names mean
#
# A node is named after the operation it can differentiate, plus `Backward`: it is the piece of
# code that, given the gradient of the operation's *output*, computes the gradients of its
# *inputs*. The trailing `0` tells apart variants of the same operation in PyTorch's table of
# derivative formulas (taking the maximum of a whole tensor is `MaxBackward1`, for instance).
#
# Older tutorials (including the ones these notebooks follow) print names like `MulBackward`
# or `MeanBackward1`: names changed between PyTorch versions. The ones you see here are those of
# PyTorch 2.
#
# Here is a small dictionary, computed rather than typed: each result's `grad_fn.name()`.
# That cell makes a dozen little graphs at once, too many pictures to be useful, so we switch
# the pictures off for it with `%autograd off`, and back on after it with `%autograd on`.

# %%
# %autograd off

# %%
p = torch.tensor([1.0, 2.0], requires_grad=True)
results = {
    "p + 1": p + 1,
    "p - 1": p - 1,
    "p * 3": p * 3,
    "p / 2": p / 2,
    "p ** 2": p ** 2,
    "-p": -p,
    "p.sum()": p.sum(),
    "p.mean()": p.mean(),
    "p.max()": p.max(),
    "torch.log(p)": torch.log(p),
    "torch.sqrt(p)": torch.sqrt(p),
    "torch.exp(p)": torch.exp(p),
}
for code, result in results.items():
    print(f"{code:14} {result.grad_fn.name()}")

# %%
# %autograd on

# %% [markdown]
# ## Walking back by hand: `next_functions`
#
# How does `backward()` get from `out` to `x`? Each node lists the nodes of its inputs in
# `next_functions`: a tuple with one `(node, index)` pair per input of the operation. (`index`
# says which output of that node the input was; for everything in these notebooks it is `0`.)
#
# `out` was computed from one tensor, `z`, so the mean node has one pair:

# %%
mean_node = out.grad_fn
print(mean_node.next_functions)

# %% [markdown]
# `[0][0]` takes the first pair and, in it, the node. That is `z`'s `grad_fn`, the
# multiplication by 3. It has **two** inputs, `y * y` and the number `3`. A plain Python number
# never needs a gradient, so its entry is `None`.

# %%
times_3 = mean_node.next_functions[0][0]
print(times_3 is z.grad_fn)
print(times_3.next_functions)

# %% [markdown]
# One more step brings us to the node of `y * y`. Both of its inputs are `y`, so both pairs
# point to the very same node, `y`'s `AddBackward0`:

# %%
y_times_y = times_3.next_functions[0][0]
print(y_times_y.next_functions)
print(y_times_y.next_functions[0][0] is y_times_y.next_functions[1][0] is y.grad_fn)

# %% [markdown]
# ### `AccumulateGrad`: the end of the line
#
# `y = x + 2` has inputs `x` and the number `2`. The entry for `x` is a node of a special kind,
# `AccumulateGrad`. There is one per leaf; its `.variable` is the leaf itself, it has no
# `next_functions`, and its job during `backward()` is to **add** the gradient that arrives into
# `x.grad`.
#
# (`x.grad_fn` is still `None`: the `AccumulateGrad` node hangs off the graph, not off `x`.)

# %%
add_node = y_times_y.next_functions[0][0]
print(add_node.next_functions)
accumulate = add_node.next_functions[0][0]
print(accumulate)
print(accumulate.next_functions)
print(accumulate.variable is x, x.grad_fn)

# %% [markdown]
# All those steps in one expression, the way you would walk it in a debugger:

# %%
print(out.grad_fn.next_functions[0][0].next_functions[0][0].next_functions[0][0].next_functions[0][0])

# %% [markdown]
# Or as a loop that follows the first input until it reaches a node with no inputs:

# %%
node = out.grad_fn
while node is not None:
    print(type(node).__name__)
    node = node.next_functions[0][0] if node.next_functions else None

# %% [markdown]
# `%chain` prints the whole tree at once. The `[0]` and `[1]` are the positions in
# `next_functions`, so every path in the tree is a `.next_functions[i][0]` expression you can
# type.

# %%
# %chain out

# %% [markdown]
# ## Saved tensors: what a node remembers
#
# To send a gradient back through a product $a \cdot b$, a node needs the *values* of the
# factors, because
#
# $$
# \frac{\partial (a\,b)}{\partial a} = b, \qquad \frac{\partial (a\,b)}{\partial b} = a .
# $$
#
# So during the forward pass the node **saves** them. PyTorch exposes them as attributes named
# `_saved_<argument>`. The node of `y * y` saved both factors, which are both `y` (all threes):

# %%
print(y_times_y._saved_self)
print(y_times_y._saved_other)

# %% [markdown]
# The node of `(y * y) * 3` only needs the `3`: the gradient for `y * y` is "incoming gradient
# times 3", and the number 3 needs no gradient, so `y * y` itself is not saved.

# %%
print(times_3._saved_self)
print(times_3._saved_other)

# %% [markdown]
# `%graph out --saved` draws the saved tensors too (in pink, with a dashed line to the node
# that keeps them).

# %%
# %graph out --saved

# %% [markdown]
# ## `backward()` frees the saved tensors
#
# Now compute the gradient. As the chain rule says (notebook 3 writes it out),
# $\partial\,\text{out} / \partial x_i = \tfrac{3}{2}(x_i + 2) = 4.5$.

# %%
out.backward()
print(x.grad)

# %% [markdown]
# To save memory, `backward()` releases each node's saved tensors as soon as it has used them:
# in a real network they take most of the memory, and once the gradients are computed nobody
# needs them. The nodes are still there, but their memory is gone, and reading it is an error.
#
# *This cell fails on purpose.*

# %% tags=["raises-exception"]
print(y_times_y._saved_self)

# %% [markdown]
# The graph now shows the saved tensors as freed:

# %%
# %graph out --saved

# %% [markdown]
# And that is the reason behind the most famous autograd error: a second `backward()` through
# the same graph needs the saved values, which are gone.
#
# *This cell fails on purpose.*

# %% tags=["raises-exception"]
out.backward()

# %% [markdown]
# ## `retain_graph=True` keeps them
#
# If we really need to go back through the same graph twice, the **first** call must say
# `retain_graph=True`. We rebuild the graph (the old one is spent) and try again:

# %%
x = torch.ones(2, 2, requires_grad=True)
y = x + 2
z = y * y * 3
out = z.mean()
out.backward(retain_graph=True)
print(x.grad)
print(out.grad_fn.next_functions[0][0].next_functions[0][0]._saved_self)

# %% [markdown]
# The saved tensors survived, so the second call works. Look at `x.grad` though: it went from
# 4.5 to 9. `backward()` **adds** to `.grad` rather than replacing it; notebook 5 is about that.

# %%
out.backward()
print(x.grad)

# %% [markdown]
# ## Summary
#
# - Every operation on tensors that require grad records a node; a result's `.grad_fn` is the
#   node that produced it, named after the operation (`MulBackward0`, `MeanBackward0`, ...).
# - `node.next_functions` holds one `(node, index)` pair per input: `None` for inputs that need
#   no gradient (plain numbers, tensors without `requires_grad`), an `AccumulateGrad` for leaves.
# - `AccumulateGrad.variable` is the leaf; this node adds the incoming gradient into `.grad`.
# - Nodes save the values they need for the backward pass (`_saved_self`, `_saved_other`, ...).
#   `backward()` frees them, so a second `backward()` fails unless the first one was called
#   with `retain_graph=True`.
#
# **Next:** [3 · Gradients and the vector-Jacobian product](03_gradients_and_the_vjp.ipynb):
# what exactly does `backward()` compute as it walks the graph?
