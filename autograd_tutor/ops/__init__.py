"""Ops, grouped by kind, each module listing the Tensor methods and torch functions it provides.

``install()`` attaches them to Tensor and returns the functions for the ``torch`` namespace.
"""
from . import arithmetic, compare, convert, elementwise, inplace, reduction, shape
from . import activation, loss
from . import _views, extrema, gather_scatter, indexing, joining, linalg, moments, norm, slicing
from . import assign, diagonal, factories, piecewise, power, selection, sorting, transpose
from . import einsum, fused, grids, moment_pairs, picking, products, rearrange, smooth_activations
from . import aminmax, cdist, cov, tensordot
from . import sampling
from . import activation_more, cumulative_extrema, distances, logic_more, math_more, order_stats, splitting, tensor_extras, trig_more

MODULES = [arithmetic, elementwise, reduction, shape, compare, convert, inplace]
MODULES += [activation, loss]
MODULES += [_views, extrema, moments, norm, slicing, indexing, gather_scatter, joining, linalg]
MODULES += [piecewise, selection, transpose, sorting, factories, assign, power, diagonal]
MODULES += [smooth_activations, fused, rearrange, products, picking, grids, moment_pairs, einsum]
MODULES += [trig_more, activation_more, splitting, cumulative_extrema, math_more, order_stats, tensor_extras, distances, logic_more]
MODULES += [aminmax, cdist, cov, tensordot]
MODULES += [sampling]


def install(tensor_cls):
    from ._signatures import checked_methods

    functions = {}
    for module in MODULES:
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
    found = {n: namespace[n] for n in recorded.FUNCTIONS if inspect.isfunction(namespace.get(n))}
    namespace.update(with_torch_keywords(found, recorded.FUNCTIONS))
    # Outermost: PyTorch's check of the first argument's type, for every function of the namespace.
    from ._signatures import checked

    namespace.update(checked({n: fn for n, fn in namespace.items() if inspect.isfunction(fn)}))
