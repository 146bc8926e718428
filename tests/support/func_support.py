"""Helpers of the torch.func tests."""
import warnings


def without_fx_warnings(fn):
    """PyTorch's linearize traces the function with torch.fx, which warns "Attempted to insert a
    get_attr Node with no underlying reference..." per folded constant (docs/func.md): the tests
    leave that warning out of what they compare."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Attempted to insert a get_attr Node")
        return fn()
