"""Ops, grouped by concept in subpackages, each module listing the Tensor methods and torch
functions it provides. The underscored modules here are the machinery every op shares (recording
a node, argument checks, dims, multi-output nodes, summation order, views, keyword surface).

- ``pointwise/``: arithmetic, remainders, exp/log, trig, inverse trig, power, piecewise, special, ternary, selection
- ``compare/``: comparisons and logic, bitwise ops
- ``reduce/``: sum/mean/prod, extrema, moments, norms, order statistics, aminmax, cov, counting
- ``scan/``: cumulative sums, products and extrema
- ``shape/``: views and reshapes, transpose, join, split, rearrange (roll, rot90, flips), diagonal, diag_embed, slicing, padding
- ``index/``: indexing, gather/scatter, take, masked picking, assignment, sorting
- ``linalg/``: matmul family, einsum, tensordot, distances, cdist
- ``nn/``: softmax, activations, losses, convolution, normalization, embedding
- ``creation/``: new_* tensors, grids, sampling, dtype conversion
- ``inplace/``: in-place variants, random refills, views changed in place
- ``double_backward/``: ops the backward formulas record under ``create_graph``

``install()`` attaches them to Tensor and returns the functions for the ``torch`` namespace.
"""
from . import _views
from .compare import bitwise, comparison
from .creation import convert, grids, new_tensors, sampling
from .index import assign, gather_scatter, indexing, picking, sorting
from .inplace import refills, variants
from .linalg import cdist, distances, einsum, matmul, tensordot
from .nn import activations, losses, smooth_activations, softmax
from .pointwise import arithmetic, exp_log, inverse_trig, piecewise, power, remainder, selection, special, ternary, trig
from .reduce import aminmax, counting, cov, extrema, moment_pairs, moments, norm, order_stats, sum_mean_prod
from .scan import cumprod_kron, cumulative_extrema
from .shape import diagonal, join, pad, rearrange, slicing, split, transpose, view

# Installed in this order: a later module's entry replaces an earlier one of the same name.
MODULES = [arithmetic, remainder, exp_log, trig, sum_mean_prod, view, comparison, convert, variants]
MODULES += [softmax, losses]
MODULES += [_views, extrema, moments, norm, slicing, indexing, gather_scatter, join, matmul]
MODULES += [piecewise, selection, transpose, sorting, new_tensors, assign, power, diagonal]
MODULES += [smooth_activations, ternary, rearrange, cumprod_kron, picking, grids, moment_pairs, einsum]
MODULES += [inverse_trig, activations, split, cumulative_extrema, pad, special, order_stats, refills, distances, bitwise, counting]
MODULES += [aminmax, cdist, cov, tensordot]
MODULES += [sampling]

def _unlisted_modules():
    """Op modules found in the subpackages but not listed above (a new op needs no entry here)."""
    import importlib
    import pkgutil

    listed = {m.__name__ for m in MODULES}
    found = []
    for info in pkgutil.walk_packages(__path__, f"{__name__}."):
        if info.ispkg or info.name.rsplit(".", 1)[-1].startswith("_") or info.name in listed:
            continue
        module = importlib.import_module(info.name)
        if hasattr(module, "FUNCTIONS") and hasattr(module, "METHODS"):
            found.append(module)
    return found


def install(tensor_cls):
    from ._signatures import checked_methods

    functions = {}
    for module in MODULES + _unlisted_modules():
        for name, fn in checked_methods(module.METHODS).items():
            setattr(tensor_cls, name, fn)
        for name, fn in getattr(module, "PROPERTIES", {}).items():
            setattr(tensor_cls, name, property(fn))
        functions.update(module.FUNCTIONS)
    return functions


def with_torch_keywords(functions, table, prefix="", method=False):
    """``functions`` given PyTorch's keyword surface (aliases, out=, NotImplementedError), see _keywords."""
    from ._keywords import keywords

    return {name: keywords(name, fn, table[name], f"{prefix}{name}", method) if name in table else fn
            for name, fn in functions.items()}


def install_keywords(tensor_cls, namespace):
    """Every Tensor method and torch function PyTorch records keywords for, wrapped (once)."""
    import inspect

    from . import _torch_keywords as recorded

    names = [n for n in recorded.METHODS if not n.startswith("_") and n in vars(tensor_cls)]
    for name, fn in with_torch_keywords({n: vars(tensor_cls)[n] for n in names
                                         if inspect.isfunction(vars(tensor_cls)[n])},
                                        recorded.METHODS, "Tensor.", method=True).items():
        setattr(tensor_cls, name, fn)
    for name in getattr(recorded, "INPLACE_FUNCTIONS", ()):  # torch.sin_(t) is t.sin_()
        if name not in namespace and hasattr(tensor_cls, name):
            namespace[name] = _torch_inplace(tensor_cls, name)
    found = {n: namespace[n] for n in recorded.FUNCTIONS if inspect.isfunction(namespace.get(n))}
    namespace.update(with_torch_keywords(found, recorded.FUNCTIONS))
    # Outermost: PyTorch's check of the first argument's type, for every function of the namespace.
    from ._signatures import checked

    namespace.update(checked({n: fn for n, fn in namespace.items() if inspect.isfunction(fn)}))


def _torch_inplace(tensor_cls, name):
    method = getattr(tensor_cls, name)

    def inplace(input, *args, **kwargs):
        return method(input, *args, **kwargs)

    inplace.__name__ = inplace.__qualname__ = name
    return inplace
