"""The complex-number views of a real tensor: real, imag, conj, resolve_conj, resolve_neg,
positive, conj_physical.

autograd_tutor has no complex dtypes, so each is PyTorch's real-tensor case: ``real``, ``conj``,
``resolve_conj``, ``resolve_neg`` and ``positive`` return the input itself (``torch.real(x) is x``,
as in PyTorch), ``imag`` raises PyTorch's error.
"""
from .._record import to_tensor
from .._registry import op, properties, tables


def _itself(name):
    def itself(input):
        return to_tensor(input)

    itself.__name__ = itself.__qualname__ = name
    return itself


def _imag(input):
    raise RuntimeError("imag is not implemented for tensors with non-complex dtypes.")


# x.real and x.imag are properties in PyTorch, beside the functions torch.real and torch.imag.
real = _itself("real")
real = op("real", as_property=True, function=real)(real)
imag = op("imag", as_property=True, function=_imag)(_imag)
conj = op("conj")(_itself("conj"))
resolve_conj = op("resolve_conj")(_itself("resolve_conj"))
resolve_neg = op("resolve_neg")(_itself("resolve_neg"))


@op("conj_physical")
def conj_physical(input):
    return to_tensor(input)


@op("positive")
def positive(input):
    input = to_tensor(input)
    if input._data.dtype.kind == "b":
        raise RuntimeError("The `+` operator, on a bool tensor is not supported.")
    return input


FUNCTIONS, METHODS = tables(__name__)
PROPERTIES = properties(__name__)
