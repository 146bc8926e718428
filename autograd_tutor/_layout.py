"""``torch.strided``, ``torch.contiguous_format``...: the layout and memory-format markers.

Only the dense, row-major defaults are modelled; the keyword layer (ops/_keywords.py) raises
NotImplementedError for any other value.
"""


class layout:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return f"torch.{self._name}"

    def __reduce__(self):
        return (getattr, (__import__("autograd_tutor"), self._name))


class memory_format(layout):
    pass


layout.__module__ = memory_format.__module__ = "torch"
strided = layout("strided")
sparse_coo = layout("sparse_coo")
sparse_csr = layout("sparse_csr")
contiguous_format = memory_format("contiguous_format")
preserve_format = memory_format("preserve_format")
channels_last = memory_format("channels_last")
channels_last_3d = memory_format("channels_last_3d")
