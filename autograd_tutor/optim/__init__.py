"""``torch.optim``: optimizers that update parameters from their ``.grad``."""
from . import optimizer
from .adam import Adam
from .optimizer import Optimizer
from .sgd import SGD

__all__ = ["Optimizer", "SGD", "Adam"]
