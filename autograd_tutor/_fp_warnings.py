"""NumPy's floating-point warnings, silenced where the package's own code meets them: PyTorch
gives inf and nan silently (``torch.tensor([1e30]) * 1e30``, ``log(0) * 0``, ``inf - inf``).

NumPy reports such a result with a RuntimeWarning ("overflow encountered in multiply") which
Python attributes to the function that called the ufunc. One warnings filter matching those
messages from this package's modules therefore silences every op at once, and costs nothing
until NumPy flags an error: no per-op ``np.errstate`` (about 9 k instructions each) and no error
state set around every op. NumPy's own error state is left as the user set it, and a warning
from the user's own NumPy code (attributed to the user's module) is shown as before.

Limits, by design of Python's filters:
- a filter the user adds later (``warnings.simplefilter("always")`` or ``"error"``, pytest's
  ``-W error``) comes first and wins; ``warnings.resetwarnings()`` removes this one;
- a filter added inside ``warnings.catch_warnings()`` ends with it: importing the package there
  (pytest collects tests inside one) leaves no filter behind; ``install()`` again adds it;
- warnings from NumPy's Python-level helpers (``np.var``, ``np.cumsum``, ``np.clip``...) are
  attributed to NumPy's files, not ours: the call sites that meet them keep ``np.errstate``.
"""
import warnings

# The words of NumPy's ufunc error handler for its four floating-point errors.
FP_MESSAGE = r"(divide by zero|overflow|underflow|invalid value) encountered in "
OWN_MODULES = r"autograd_tutor(\.|$)"


def install():
    """Puts the filter first among the current filters (again, if it was there already)."""
    warnings.filterwarnings("ignore", message=FP_MESSAGE, category=RuntimeWarning, module=OWN_MODULES)
