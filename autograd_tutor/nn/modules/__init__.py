"""The layers: each in the file PyTorch keeps it in (module, linear, container, activation...)."""
from .activation import LogSoftmax, ReLU, Sigmoid, Softmax, Tanh
from .container import ModuleDict, ModuleList, Sequential
from .flatten import Flatten
from .linear import Identity, Linear
from .loss import BCELoss, CrossEntropyLoss, MSELoss, NLLLoss
from .module import Module

__all__ = [
    "Module", "Linear", "Identity", "Sequential", "ModuleList", "ModuleDict", "ReLU", "Sigmoid",
    "Tanh", "Softmax", "LogSoftmax", "Flatten", "MSELoss", "CrossEntropyLoss", "BCELoss", "NLLLoss",
]
