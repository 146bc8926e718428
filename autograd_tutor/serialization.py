"""``torch.save`` / ``torch.load``: any object (state_dicts, checkpoints) pickled to a file.

The file is a plain pickle, not PyTorch's zip format: files are for this package only. As in
PyTorch 2.6+, ``load`` defaults to ``weights_only=True``: it rebuilds tensors, numbers, strings
and containers, and refuses other classes (a whole pickled Module) with PyTorch's error.
"""
import os
import pickle

_SAFE = {
    ("collections", "OrderedDict"), ("autograd_tutor.tensor", "_rebuild"),
    ("autograd_tutor.nn.parameter", "_rebuild_parameter"), ("autograd_tutor.nn.parameter", "Parameter"),
    ("autograd_tutor._dtypes", "_by_name"), ("autograd_tutor.size", "Size"),
    ("numpy", "ndarray"), ("numpy", "dtype"), ("numpy.core.multiarray", "_reconstruct"),
    ("numpy._core.multiarray", "_reconstruct"), ("numpy.core.multiarray", "scalar"),
    ("numpy._core.multiarray", "scalar"), ("builtins", "set"), ("builtins", "frozenset"),
    ("builtins", "complex"), ("builtins", "slice"), ("_codecs", "encode"),
}
_NOTE = (
    "Weights only load failed. This file can still be loaded, to do so you have two options, "
    "\x1b[1mdo those steps only if you trust the source of the checkpoint\x1b[0m. \n"
    "\t(1) In PyTorch 2.6, we changed the default value of the `weights_only` argument in `torch.load` "
    "from `False` to `True`. Re-running `torch.load` with `weights_only` set to `False` will likely "
    "succeed, but it can result in arbitrary code execution. Do it only if you got the file from a "
    "trusted source.\n"
    "\t(2) Alternatively, to load with `weights_only=True` please check the recommended steps in the "
    "following error message.\n"
    "\tWeightsUnpickler error: Unsupported global: GLOBAL {name} was not an allowed global by default."
)


class _WeightsUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) in _SAFE:
            return super().find_class(module, name)
        if module == "autograd_tutor" or module.startswith("autograd_tutor."):
            module = "torch" + module[len("autograd_tutor"):]
        raise pickle.UnpicklingError(_NOTE.format(name=f"{module}.{name}"))


def save(obj, f, pickle_module=pickle, pickle_protocol=2, _use_new_zipfile_serialization=True):
    if isinstance(f, (str, os.PathLike)):
        with open(f, "wb") as file:
            pickle_module.dump(obj, file, protocol=pickle_protocol)
    else:
        pickle_module.dump(obj, f, protocol=pickle_protocol)


def load(f, map_location=None, pickle_module=None, *, weights_only=None, mmap=None, **pickle_load_args):
    if isinstance(f, (str, os.PathLike)):
        with open(f, "rb") as file:
            return _load(file, weights_only)
    return _load(f, weights_only)


def _load(file, weights_only):
    if weights_only is None or weights_only:
        return _WeightsUnpickler(file).load()
    return pickle.load(file)
