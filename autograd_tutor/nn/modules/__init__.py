"""The layers: each in the file PyTorch keeps it in (module, linear, container, activation...)."""
from .activation import LeakyReLU, LogSoftmax, ReLU, Sigmoid, Softmax, Softmin, Softsign, Tanh, Tanhshrink
from .activation import GELU, LogSigmoid, SiLU, Softplus
from .activation import CELU, ELU, GLU, SELU, Hardshrink, Hardsigmoid, Hardswish, Hardtanh, Mish, ReLU6, Softshrink, Threshold
from .container import ModuleDict, ModuleList, Sequential
from .conv import AvgPool2d, Conv1d, Conv2d, MaxPool2d
from .padding import ConstantPad1d, ConstantPad2d, ZeroPad1d, ZeroPad2d
from .dropout import Dropout
from .flatten import Flatten, Unflatten
from .linear import Identity, LazyLinear, Linear
from .data_parallel import DataParallel
from .adaptive_pool import AdaptiveAvgPool1d, AdaptiveAvgPool2d, AdaptiveMaxPool1d, AdaptiveMaxPool2d
from .loss import BCELoss, BCEWithLogitsLoss, CrossEntropyLoss, L1Loss, MSELoss, NLLLoss
from .loss import HuberLoss, KLDivLoss, MarginRankingLoss, SmoothL1Loss
from .activation import CosineSimilarity, PairwiseDistance
from .module import Module
from .batchnorm import BatchNorm1d, BatchNorm2d
from .normalization import LayerNorm
from .param_containers import ParameterDict, ParameterList
from .sparse import Embedding

__all__ = [
    "Module", "Linear", "LazyLinear", "DataParallel", "AdaptiveAvgPool1d", "AdaptiveAvgPool2d",
    "AdaptiveMaxPool1d", "AdaptiveMaxPool2d", "Identity", "Sequential", "ModuleList", "ModuleDict", "ParameterList", "ParameterDict",
    "ReLU", "Sigmoid", "Tanh", "Softmax", "Softmin", "Softsign", "Tanhshrink", "LogSoftmax", "LeakyReLU",
    "Dropout", "Flatten", "Unflatten", "MSELoss", "L1Loss", "CrossEntropyLoss", "BCELoss", "BCEWithLogitsLoss",
    "NLLLoss",
    "SiLU", "GELU", "Softplus", "LogSigmoid", "Embedding",
    "ELU", "CELU", "SELU", "GLU", "Hardshrink", "Hardsigmoid", "Hardswish", "Hardtanh", "Mish", "ReLU6",
    "Softshrink", "Threshold", "SmoothL1Loss", "HuberLoss", "Conv1d", "Conv2d", "MaxPool2d", "AvgPool2d",
    "KLDivLoss", "MarginRankingLoss", "PairwiseDistance", "CosineSimilarity",
    "ConstantPad1d", "ConstantPad2d", "ZeroPad1d", "ZeroPad2d",
    "LayerNorm", "BatchNorm1d", "BatchNorm2d",
]
