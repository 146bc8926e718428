"""The layers: each in the file PyTorch keeps it in (module, linear, container, activation...)."""
from .activation import (
    CELU,
    ELU,
    GELU,
    GLU,
    SELU,
    CosineSimilarity,
    Hardshrink,
    Hardsigmoid,
    Hardswish,
    Hardtanh,
    LeakyReLU,
    LogSigmoid,
    LogSoftmax,
    Mish,
    PairwiseDistance,
    PReLU,
    ReLU,
    ReLU6,
    Sigmoid,
    SiLU,
    Softmax,
    Softmin,
    Softplus,
    Softshrink,
    Softsign,
    Tanh,
    Tanhshrink,
    Threshold,
)
from .adaptive_pool import AdaptiveAvgPool1d, AdaptiveAvgPool2d, AdaptiveMaxPool1d, AdaptiveMaxPool2d
from .batchnorm import BatchNorm1d, BatchNorm2d
from .container import ModuleDict, ModuleList, Sequential
from .conv import AvgPool2d, Conv1d, Conv2d, ConvTranspose1d, ConvTranspose2d, MaxPool2d
from .data_parallel import DataParallel
from .dropout import Dropout
from .flatten import Flatten, Unflatten
from .linear import Identity, LazyLinear, Linear
from .loss import (
    BCELoss,
    BCEWithLogitsLoss,
    CrossEntropyLoss,
    HuberLoss,
    KLDivLoss,
    L1Loss,
    MarginRankingLoss,
    MSELoss,
    NLLLoss,
    SmoothL1Loss,
)
from .module import Module
from .normalization import LayerNorm
from .padding import ConstantPad1d, ConstantPad2d, ZeroPad1d, ZeroPad2d
from .param_containers import ParameterDict, ParameterList
from .sparse import Embedding

__all__ = [
    "Module", "Linear", "LazyLinear", "DataParallel", "AdaptiveAvgPool1d", "AdaptiveAvgPool2d",
    "AdaptiveMaxPool1d", "AdaptiveMaxPool2d", "Identity", "Sequential", "ModuleList", "ModuleDict", "ParameterList", "ParameterDict",
    "ReLU", "Sigmoid", "Tanh", "Softmax", "Softmin", "Softsign", "Tanhshrink", "LogSoftmax", "LeakyReLU",
    "Dropout", "Flatten", "Unflatten", "MSELoss", "L1Loss", "CrossEntropyLoss", "BCELoss", "BCEWithLogitsLoss",
    "NLLLoss",
    "SiLU", "GELU", "Softplus", "LogSigmoid", "Embedding",
    "ELU", "CELU", "SELU", "GLU", "Hardshrink", "Hardsigmoid", "Hardswish", "Hardtanh", "Mish", "PReLU", "ReLU6",
    "Softshrink", "Threshold", "SmoothL1Loss", "HuberLoss", "Conv1d", "Conv2d", "ConvTranspose1d", "ConvTranspose2d", "MaxPool2d", "AvgPool2d",
    "KLDivLoss", "MarginRankingLoss", "PairwiseDistance", "CosineSimilarity",
    "ConstantPad1d", "ConstantPad2d", "ZeroPad1d", "ZeroPad2d",
    "LayerNorm", "BatchNorm1d", "BatchNorm2d",
]
