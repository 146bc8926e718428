"""``torch.autograd.detect_anomaly`` / ``set_detect_anomaly``: the anomaly-detection switches.

Only the switches and their warning are modelled: ``is_anomaly_enabled()`` and
``is_anomaly_check_nan_enabled()`` report them as PyTorch's do (the backward pass itself does
not record forward tracebacks or check for NaNs here).
"""
import warnings

from .._torch_names import TorchNamed

# check_nan is True by default in PyTorch, even while detection is off.
_state = {"enabled": False, "check_nan": True}


def is_anomaly_enabled():
    return _state["enabled"]


def is_anomaly_check_nan_enabled():
    return _state["check_nan"]


def set_anomaly_enabled(enabled, check_nan=True):
    _state.update(enabled=bool(enabled), check_nan=bool(check_nan))


class detect_anomaly(metaclass=TorchNamed):
    """Context manager turning anomaly detection on; warns when made, as PyTorch does (and, like
    PyTorch 2.13's, it is not a decorator)."""

    def __init__(self, check_nan=True):
        self.prev = is_anomaly_enabled()
        self.check_nan = check_nan
        self.prev_check_nan = is_anomaly_check_nan_enabled()
        warnings.warn(
            "Anomaly Detection has been enabled. This mode will increase the runtime and should only be "
            "enabled for debugging.",
            UserWarning, stacklevel=2,
        )

    def __enter__(self):
        set_anomaly_enabled(True, self.check_nan)

    def __exit__(self, *args):
        set_anomaly_enabled(self.prev, self.prev_check_nan)


class set_detect_anomaly(metaclass=TorchNamed):
    """Switches anomaly detection right away; as a context manager, restores it on exit."""

    def __init__(self, mode, check_nan=True):
        self.prev = is_anomaly_enabled()
        self.prev_check_nan = is_anomaly_check_nan_enabled()
        set_anomaly_enabled(mode, check_nan)

    def __enter__(self):
        pass

    def __exit__(self, *args):
        set_anomaly_enabled(self.prev, self.prev_check_nan)
