"""PyTorch's TORCH_WARN_ONCE: a warning given the first time only, in this process."""
import warnings

_given = set()


def warn_once(message, stacklevel=4):
    """Warns ``message`` (UserWarning) unless it was already given. The default ``stacklevel``
    suits a call from an op's own function: the warning is attributed to the code calling the op."""
    if message not in _given:
        _given.add(message)
        warnings.warn(message, UserWarning, stacklevel=stacklevel)
