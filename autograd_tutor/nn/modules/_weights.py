"""The weight and bias Parameters that Linear, the convolutions and the normalization layers create."""
from ... import creation
from ..parameter import Parameter


def empty_weight_and_bias(module, weight_shape, bias_shape, bias=True, device=None, dtype=None):
    """``module.weight`` and ``module.bias`` as uninitialised Parameters for ``reset_parameters``
    to fill; without ``bias``, ``bias`` is registered as None (``module.bias`` still reads), as in
    PyTorch."""
    module.weight = Parameter(creation.empty(weight_shape, device=device, dtype=dtype))
    if bias:
        module.bias = Parameter(creation.empty(bias_shape, device=device, dtype=dtype))
    else:
        module.register_parameter("bias", None)
