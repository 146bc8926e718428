"""The Scalar arguments of ops (``beta``, ``alpha``, a fill value): PyTorch converts them to the
tensor's dtype before computing, and refuses what cannot be converted."""

# the C type PyTorch names when a number cannot become the tensor's dtype
C_TYPE = {"float32": "float", "float64": "double", "float16": "c10::Half", "int64": "int64_t", "int32": "int32_t",
          "int16": "int16_t", "int8": "int8_t", "uint8": "uint8_t", "bool": "bool"}


def as_dtype_scalar(value, np_dtype):
    """``value`` as the number PyTorch computes with in a tensor of ``np_dtype``: a complex number
    with an imaginary part is refused, an integer tensor truncates a float (``int(2.5)``)."""
    if isinstance(value, complex):
        if value.imag and np_dtype.kind != "c":
            raise RuntimeError(f"value cannot be converted to type {C_TYPE.get(np_dtype.name, np_dtype.name)} "
                               "without overflow")
        value = value.real
    if np_dtype.kind in "iu" and not isinstance(value, bool):
        return int(value)
    return value
