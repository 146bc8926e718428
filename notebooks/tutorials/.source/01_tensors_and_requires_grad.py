# %% [markdown]
# # 1 · Tensors and `requires_grad`
#
# Automatic differentiation starts with a single switch on a tensor: `requires_grad=True`.
# It tells PyTorch: *"I will want derivatives with respect to this tensor, so remember every
# operation done with it."* In this notebook we will
#
# - make tensors that do and do not require gradients, and see which results inherit the flag;
# - look at the three attributes every tensor has for autograd: `.data`, `.grad` and `.grad_fn`;
# - meet **leaf** tensors (the ones we create ourselves) and see why only they can change the flag;
# - learn the dtype rule: only floating point tensors can require gradients, and why;
# - compute our first gradient.
#
# **How to use this notebook.** Run the cells from top to bottom with <kbd>Shift</kbd>+<kbd>Enter</kbd>.
# Cells marked *"this cell fails on purpose"* stop with an error: that error is the lesson, read it
# and keep going.

# %% [markdown]
# ## Setup
#
# The first line loads the **autograd_tutor** notebook extension. From now on, after every cell
# that creates or changes a tensor that takes part in autograd, a small picture appears under the
# cell: the computation graph, the chain of `grad_fn`s and, once we compute gradients, a table of
# `.grad` values.
#
# The second line imports autograd_tutor *under the name `torch`*. It has the same functions,
# prints the same text and raises the same errors as PyTorch, so everything you write here runs
# unchanged with `import torch`.

# %%
# %load_ext autograd_tutor

# %%
import autograd_tutor as torch

# %% [markdown]
# ## A tensor that records
#
# `torch.ones(2, 2)` makes a 2×2 tensor full of ones. Passing `requires_grad=True` turns on the
# recording. Notice that the printout says so, and that a picture appears under the cell: one blue
# box, our tensor `x`, with nothing before it.

# %%
x = torch.ones(2, 2, requires_grad=True)
x

# %% [markdown]
# ## `.data`, `.grad` and `.grad_fn`
#
# Every tensor carries three attributes that autograd uses:
#
# | attribute | what it holds | for `x` right now |
# |---|---|---|
# | `.data` | the numbers alone, as a tensor that is *not* tracked | the four ones |
# | `.grad` | the gradient, filled in by `.backward()` | `None`: we have not computed any yet |
# | `.grad_fn` | the operation that *produced* this tensor | `None`: we made `x` ourselves |

# %%
print(x.data)  # the values only: no requires_grad in the printout
print(x.grad)
print(x.grad_fn)

# %% [markdown]
# A tensor whose `grad_fn` is `None` because we created it directly (rather than computed it
# from other tensors) is called a **leaf**. Leaves are the inputs of a computation: the things we
# want gradients *for*, such as the weights of a model.

# %%
x.is_leaf

# %% [markdown]
# ## Results inherit the flag
#
# Now compute something from `x`. The result `y` was produced by a multiplication, so its
# `grad_fn` is no longer `None`: it is a `MulBackward0` object, the piece of the graph that
# knows how to send gradients back through that multiplication. The picture under the cell
# grew an orange node for it; the text beside the picture is the same graph written as a chain
# of `grad_fn`s, which notebook 2 teaches you to read.

# %%
y = x * 2
print(y)
print(y.grad_fn)

# %% [markdown]
# `y` requires grad even though we never said so: **any result computed from a tensor that
# requires grad also requires grad.** But `y` is not a leaf; it has a history.

# %%
print(y.requires_grad, y.is_leaf)

# %% [markdown]
# One more step, the computation from the PyTorch tutorial: $z = 3y^2$ element by element,
# then the mean of the four elements. Each operation adds a node, named after the operation:
# `MulBackward0` for `*`, `MeanBackward0` for `.mean()`.

# %%
z = y * y * 3
out = z.mean()
print(z)
print(out)

# %% [markdown]
# ## The default is `requires_grad=False`
#
# Tensors we create are **not** tracked unless we ask. Here `a` comes from `torch.randn`
# (random numbers), and nothing computed from it requires grad either. (Its values are random,
# so we only print the flag.)

# %%
a = torch.randn(2, 2)
a = (a * 3) / (a - 1)
a.requires_grad

# %% [markdown]
# `.requires_grad_(True)` switches the flag on an existing tensor. The trailing underscore is
# PyTorch's convention for "changes the tensor in place" (compare `x.add(1)`, which returns a
# new tensor, with `x.add_(1)`, which changes `x`).
#
# `a` is a leaf (the division happened before any tracking, so nothing was recorded), so the
# switch is allowed. From then on, results computed from `a` get a `grad_fn`.

# %%
a.requires_grad_(True)
print(a.requires_grad, a.is_leaf)
b = (a * a).sum()
print(b.grad_fn)

# %% [markdown]
# ### Only leaves can change the flag
#
# `b` was computed from `a`, so autograd decides for `b`: it requires grad because `a` does.
# Trying to switch it off is an error. (To get a copy of `b` that is outside the graph, use
# `b.detach()`; notebook 4 is about that.)
#
# *This cell fails on purpose.*

# %% tags=["raises-exception"]
b.requires_grad_(False)

# %% [markdown]
# ## The dtype rule: gradients need floating point numbers
#
# A tensor's **dtype** is the kind of number it stores. The rule to remember: a literal written
# with a decimal point (or any mix) gives `float32`; whole numbers alone give `int64`. The
# creation functions `ones`, `zeros`, `rand` and `randn` give `float32` by default, `arange` with
# whole numbers gives `int64`.

# %%
print(torch.tensor(5).dtype)
print(torch.tensor(5.0).dtype)
print(torch.tensor([1, 2.5]).dtype)
print(torch.ones(3).dtype, torch.arange(3).dtype)

# %% [markdown]
# Now two classic mistakes from the tutorial we are following. First, forgetting
# `requires_grad` altogether: `y` has no history, so there is nothing to go back through.
#
# *This cell fails on purpose.*

# %% tags=["raises-exception"]
x = torch.tensor(5)
y = x * x
y.backward()

# %% [markdown]
# Second, asking for gradients of an **integer** tensor. `torch.tensor(5)` is an `int64`, and
# PyTorch refuses straight away, before any computation.
#
# *This cell fails on purpose.*

# %% tags=["raises-exception"]
x = torch.tensor(5, requires_grad=True)

# %% [markdown]
# **Why floats?** A derivative describes what happens to the output when the input moves by a
# tiny amount $h$:
#
# $$
# \frac{dy}{dx} = \lim_{h \to 0} \frac{y(x + h) - y(x)}{h}.
# $$
#
# Integers cannot move by a tiny amount: between 5 and 6 there is nothing. Gradients are real
# numbers, and what we do with them (take a small step `x - 0.01 * x.grad`, the heart of
# training) immediately leaves the integers. So autograd only tracks floating point (and
# complex) tensors. The fix is to make the tensor a float, either with a decimal point or with
# an explicit dtype:

# %%
x = torch.tensor(5.0, requires_grad=True)
w = torch.tensor(5, requires_grad=True, dtype=torch.float32)
print(x, x.dtype)
print(w, w.dtype)

# %% [markdown]
# ## Our first gradient
#
# With a float leaf we can finally differentiate. Take
#
# $$
# y = x \cdot x = x^2, \qquad \frac{dy}{dx} = 2x, \qquad \left.\frac{dy}{dx}\right|_{x=5} = 10.
# $$
#
# `y.backward()` computes $\partial y / \partial x$ for every leaf that requires grad and stores
# it in that leaf's `.grad`. Watch the `.grad` table appear under the cell.

# %%
y = x * x
print(y)
y.backward()
print(x.grad)

# %% [markdown]
# `x.grad` holds exactly $2 \cdot 5 = 10$. Note what did **not** change: `y` itself has no
# `.grad` stored (it is not a leaf), and the value of `x` is untouched. Gradients are stored
# only on the leaves, because those are the tensors we can change to change the result.

# %%
print(x, y.is_leaf)

# %% [markdown]
# ## Summary
#
# - `requires_grad=True` on a tensor starts the recording; every result computed from it
#   inherits the flag and gets a `grad_fn`.
# - `.data` is the values without tracking, `.grad` is where gradients land (starts as `None`),
#   `.grad_fn` is the operation that produced the tensor (`None` for leaves).
# - **Leaves** are tensors we create ourselves. Only they can switch `requires_grad`, and only
#   they receive `.grad` from `backward()`.
# - Only floating point tensors can require gradients: write `5.0`, not `5`, or pass
#   `dtype=torch.float32`.
#
# **Next:** [2 · The tape and `grad_fn`](02_the_tape_and_grad_fn.ipynb): what exactly did
# autograd record, and how does `backward()` find its way back to `x`?
