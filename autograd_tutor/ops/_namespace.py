"""The array namespace a backward formula computes in: NumPy arrays, or Tensors under create_graph.

A backward formula runs in one of two worlds. Normally its gradient and saved values are NumPy
arrays (fast, nothing recorded). With ``create_graph=True`` they are Tensors, and every step of
the formula is itself recorded, so the gradient can be differentiated again. Python's operators
(``+ - * / **``, ``@``, ``.shape``, ``.reshape``) work in both worlds; everything else a formula
needs is a method of its namespace, written ``xp`` as in the Python array API standard::

    def backward(self, grad, x):
        xp = self.xp
        return (xp.keep(grad, mask) * xp.exp(x),)

``ArrayNamespace`` below is the protocol; ``_numpy_namespace.NumpyNamespace`` and
``_tensor_namespace.TensorNamespace`` implement it. No formula asks which world it is in.

How the namespace reaches a formula: the engine calls ``namespace_for(create_graph)`` once per
backward pass and sets it as ``node.xp`` just before it runs each node's ``backward``. Chosen
over the alternatives because
- a parameter of ``backward`` would change all node classes' signatures (and the callers, and
  the custom ``Function`` contract), although most formulas need only operators;
- a global "current namespace" would have to be saved and restored around nested backward
  calls (a hook calling ``autograd.grad(create_graph=True)`` inside a plain backward), and a
  formula run outside the engine would silently compute in whichever world was last active.
  ``node.xp`` is set right before the formula runs; on a node the engine never ran, reading it
  raises AttributeError instead of guessing.

Op modules do not import the namespaces (the Tensor one is built from ops); they get theirs as
``self.xp``. Helpers called by formulas take it as their first argument.
"""
from typing import Protocol


class ArrayNamespace(Protocol):
    """What a backward formula may call besides operators. ``mask``/``cond`` arguments are always
    plain boolean arrays (masks are not differentiated); ``index`` arguments are integer arrays or
    (saved, under create_graph) Tensors."""

    # PyTorch's ``GradMode::is_enabled()`` inside a backward (create_graph): a few of its formulas
    # take a shortcut without it (prod's with two zeros, logit's kernel); those test this.
    grad_mode: bool

    # ----- the data and constants
    def data(self, x): """The NumPy array behind ``x`` (for masks, shapes, tests on values)."""
    def constant(self, array): """``array`` in this world, no gradient (its own dtype)."""
    def const(self, like, array): """``array`` in this world with ``like``'s dtype, no gradient."""
    def zeros(self, shape, like): """Zeros of ``shape`` with ``like``'s dtype."""
    def zeros_like(self, x): """Zeros shaped like ``x``."""

    # ----- pointwise
    def exp(self, x): ...
    def log(self, x): ...
    def sqrt(self, x): ...
    def sign(self, x): ...
    def sgn(self, x): """The sign, as PyTorch's sgn (its own node under create_graph)."""
    def abs(self, x): ...
    def cos(self, x): ...
    def sin(self, x): ...
    def tanh(self, x): ...
    def cosh(self, x): ...
    def sinh(self, x): ...
    def rsqrt(self, x): """1 / sqrt(x)"""
    def reciprocal(self, x): """1 / x"""
    def sigmoid(self, x): """1 / (1 + exp(-x)), exactly 0 where exp(-x) overflows (as PyTorch)."""
    def div(self, a, b, rounding_mode): """``a / b`` rounded ("floor" or "trunc")."""
    def log1p(self, x): """log(1 + x)"""
    def xlogy(self, x, y): """x * log(y), 0 where x is 0 (torch.xlogy)."""
    def clamp_min(self, x, low): """``x`` raised to at least the number ``low``."""
    def digamma(self, x): """The derivative of lgamma (DigammaBackward0 under create_graph)."""
    def polygamma(self, n, x): """The n-th derivative of digamma (PolygammaBackward0)."""
    def erfinv(self, x): """The inverse of erf (ErfinvBackward0)."""
    def lgamma(self, x): """log |Γ(x)| (LgammaBackward0)."""
    def i0(self, x): """The modified Bessel function I0 (I0Backward0)."""
    def i1(self, x): """The modified Bessel function I1 (SpecialI1Backward0)."""
    def i0e(self, x): """e^-|x| I0(x) (SpecialI0EBackward0)."""
    def i1e(self, x): """e^-|x| I1(x) (SpecialI1EBackward0)."""
    def xlog1py(self, x, y): """x * log1p(y), 0 where x is 0 (SpecialXlog1PyBackward0)."""
    def zeta(self, x, q): """Hurwitz's zeta function (SpecialZetaBackward0)."""
    def log1p_exp(self, x):
        """log(1 + exp(x)): np.logaddexp on arrays; on tensors exp then log1p, recorded as
        PyTorch's mish formula writes it (so the two round differently)."""

    # A C++ formula's number (``2 * result``, ``self + 1``, ``self.pow(2.0)``) is a Scalar, not
    # a tensor: under create_graph it records MulBackward1 / DivBackward1 / AddBackward1 / PowBackward0.
    def times(self, x, c): """``x * c`` for a number ``c``."""
    def over(self, x, c): """``x / c`` for a number ``c``."""
    def plus(self, x, c): """``x + c`` for a number ``c``."""
    def minus(self, x, c): """``x - c`` for a number ``c``."""
    def power(self, x, p): """``x ** p`` for a number ``p``."""

    # ----- choosing values
    def where(self, cond, a, b): """``a`` where ``cond`` holds, ``b`` elsewhere."""
    def keep(self, grad, mask): """``grad`` where ``mask`` holds, +0 elsewhere (never -0.)."""
    def masked_fill(self, x, mask, value): """``x`` with ``value`` where ``mask`` holds."""

    # ----- shapes
    def reshape(self, x, shape): ...
    def expand(self, x, shape): """``x`` broadcast to ``shape`` (the backward of a reduction)."""
    def regrow(self, grad, shape, axes, keepdim): """A reduction's gradient back to ``shape``."""
    def sum_to(self, x, shape): """``x`` summed back to ``shape`` (a broadcast's backward, PyTorch's sum_to)."""
    def swap_last(self, x): """The last two dimensions swapped."""
    def transpose(self, x, d0, d1): """Dimensions ``d0`` and ``d1`` swapped."""
    def t(self, x): """A matrix transposed (a vector or a number as it is)."""
    def permute(self, x, dims): ...
    def flip(self, x, axes): ...
    def narrow(self, x, axis, start, length): """``length`` entries from ``start`` along ``axis``."""
    def select(self, x, axis, i): """Entry ``i`` along ``axis`` (that dimension removed)."""
    def slice(self, x, axis, start, end, step): """A copy of rows ``start:end:step`` along ``axis``."""
    def squeeze(self, x, axis): """``x`` without its size-1 dimension ``axis``."""
    def unsqueeze(self, x, axis): """``x`` with a size-1 dimension inserted at ``axis``."""
    def cat(self, parts, axis): ...
    def stack(self, parts, axis): ...
    def roll(self, x, shifts, axes): """``x`` rolled by ``shifts`` along ``axes`` (no axes: flattened)."""
    def rot90(self, x, k, axes): """``x`` rotated by ``k`` quarter turns in the plane of ``axes``."""
    def constant_pad(self, x, pad, value): """``x`` padded (or cut, by negative widths) as F.pad's ``pad``."""
    def diagonal(self, x, offset, d1, d2): """A copy of a diagonal (last dimension)."""
    def select_scatter(self, x, src, axis, index): """``x`` with ``src`` written at ``index`` along ``axis``."""
    def slice_scatter(self, x, src, axis, start, end, step): """``x`` with ``src`` written in a slice."""
    def diagonal_scatter(self, x, src, offset, d1, d2): """``x`` with ``src`` written on a diagonal."""
    def tril(self, x, k): ...
    def triu(self, x, k): ...

    # ----- reductions and scans
    def sum_axes(self, x, axes, keepdims=False): ...
    def sum_all(self, x): """The sum of every element (0-dim, ``x``'s dtype)."""
    def mean_axes(self, x, axes): """The mean over ``axes``, kept as size-1 dimensions."""
    def prod_axes(self, x, axis, keepdims=False): ...
    def cumsum(self, x, axis): ...
    def cumprod(self, x, axis): ...
    def logcumsumexp(self, x, axis): """log(cumsum(exp(x))), computed without overflow (torch.logcumsumexp)."""

    # ----- linear algebra
    def matmul(self, a, b, column_major=False):
        """``a @ b``; ``column_major``: made in the layout of a transposed matrix (arrays only:
        a weight used as ``w.t()`` then gets its gradient row-major, as PyTorch lays it out)."""

    def bmm(self, a, b): """Batches of matrix products, ``a[i] @ b[i]`` (torch.bmm: BmmBackward0 on tensors)."""
    def einsum(self, equation, operands): """``torch.einsum(equation, *operands)`` (operands expanded to full size)."""
    def solve(self, a, b): """X with ``a @ X = b`` (batches of square matrices ``a``, of matrices ``b``; torch.linalg.solve)."""

    # ----- indexing
    def gather(self, x, axis, index): """``x``'s values at ``index`` along ``axis`` (torch.gather)."""
    def scatter(self, base, axis, index, src): """``base`` with ``src``'s values put at ``index`` along ``axis``."""
    def scatter_value(self, x, axis, index, value): """``x`` with ``value`` at ``index`` along ``axis``."""
    def scatter_add(self, base, axis, index, src): """``base`` plus ``src`` added at ``index`` along ``axis``."""
    def masked_scatter(self, x, mask, source): """``x`` with ``source``'s values, in order, where ``mask`` holds."""
    def scatter_reduce(self, base, axis, index, src, reduce, include_self):
        """``base`` with ``src`` combined at ``index`` along ``axis`` (torch.scatter_reduce)."""
    def index_select(self, x, axis, index): """Whole slices of ``x`` along ``axis``, picked by ``index``."""
    def index(self, x, indices): """``x[indices]`` (advanced indexing: a tensor, array or None per dimension)."""
    def index_put(self, base, indices, value): """``base`` with ``value`` at ``indices`` (as ``index`` takes them)."""
    def put_at(self, base, positions, src): """``base`` with ``src`` put at ``positions`` (a tuple of integer arrays)."""
    def index_add(self, base, axis, index, src): """``base`` plus slices of ``src`` added at ``index``."""
    def add_at(self, base, positions, src): """``base`` plus ``src`` added at ``positions`` (repeats add up)."""

    # ----- ops of the backward itself
    def backward_of(self, node, grad):
        """``node``'s gradients for ``grad``, computed in this world (a node whose formula runs
        another's, as CopySlices runs the in-place op's)."""

    def recorded(self, node_cls, compute, inputs, saved=(), attrs=(), args=()):
        """``compute(*arrays of inputs, *args)`` (tensors among ``args`` passed as their arrays,
        so ``compute`` can be a module-level function rather than a closure); under create_graph
        the result is recorded as one ``node_cls`` op of ``inputs`` (with ``saved`` and ``attrs``),
        as PyTorch records its ``*_backward`` functions, so it can be differentiated again."""

    def recorded_outputs(self, node_cls, compute, inputs, saved=(), attrs=()):
        """``recorded`` for a ``*_backward`` function with several results: ``compute`` returns
        a tuple of arrays; under create_graph they are the outputs of ONE ``node_cls`` node (a
        ``MultiOutputNode``), as PyTorch records ``_prelu_kernel_backward``."""

    def batch_stats(self, x, axes, eps, saved):
        """The mean and 1/sqrt(biased variance + eps) a normalization's backward uses: the ones
        the forward saved, or under create_graph recomputed from ``x`` with recorded ops (so
        second derivatives see how they depend on ``x``)."""

    def linked(self, g, x, axes):
        """``g``, made to depend on ``x`` under create_graph (with a zero term) when PyTorch's
        double-backward node takes ``x`` and ``g`` otherwise would not require grad."""


def namespace_for(create_graph):
    """The namespace of a backward pass: Tensors when it is itself recorded, else NumPy."""
    return TENSORS if create_graph else NUMPY


# After the protocol they implement. This module is imported by the engine when a backward runs
# (and by tests), never by op modules: the Tensor namespace is built from ops.
from ._numpy_namespace import NUMPY
from ._tensor_namespace import TENSORS
