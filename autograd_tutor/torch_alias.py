"""``import torch...`` statements that load autograd_tutor's modules: ``torch`` is autograd_tutor,
``torch.nn`` is autograd_tutor.nn, ``torch.utils.data`` is autograd_tutor.utils.data...

``import autograd_tutor as torch`` binds one name; Python's import statement does not see it, so
``import torch.nn as nn`` would load real PyTorch (or fail where it is not installed). A finder
first on ``sys.meta_path`` answers for ``torch`` and its submodules with autograd_tutor's own
module objects (never second copies, so classes compare equal). Nothing happens on
``import autograd_tutor`` alone: the notebook extension and ``install()`` put the finder there.

For a script, before anything imports torch::

    from autograd_tutor import torch_alias
    torch_alias.install()
    import torch                  # autograd_tutor
    import torch.nn as nn         # autograd_tutor.nn
"""
import importlib
import importlib.abc
import importlib.machinery
import sys

_ROOT = "autograd_tutor"


def is_ours(module):
    """Whether ``module`` is autograd_tutor or one of its modules."""
    name = getattr(module, "__name__", None)
    return isinstance(name, str) and (name == _ROOT or name.startswith(_ROOT + "."))


def _is_torch_name(name):
    return name == "torch" or name.startswith("torch.")


class TorchAlias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves ``torch`` while ``wanted()`` says so, and ``torch.X`` whenever ``sys.modules['torch']``
    is autograd_tutor; real PyTorch's own submodules (its ``torch`` is real) are never touched."""

    def __init__(self, wanted=None):
        self.wanted = wanted or (lambda: True)

    def find_spec(self, name, path=None, target=None):
        if not _is_torch_name(name):
            return None
        if name == "torch" and not self.wanted():
            return None
        if name != "torch" and not is_ours(sys.modules.get("torch")):
            return None
        return importlib.machinery.ModuleSpec(name, self)

    def create_module(self, spec):
        target = _ROOT + spec.name[len("torch"):]
        try:
            module = importlib.import_module(target)
        except ModuleNotFoundError as missing:
            if missing.name != target:  # a module it needs is missing: say that, unchanged
                raise
            raise ModuleNotFoundError(_missing_message(spec.name), name=spec.name) from None
        spec.loader_state = module.__spec__
        return module

    def exec_module(self, module):
        # The module ran when autograd_tutor imported it. The import system has just set its
        # __spec__ to the torch-named one: give its own back (relative imports check it).
        module.__spec__ = module.__spec__.loader_state


def _missing_message(name):
    from ._missing import pytorch_has

    child = name.partition(".")[2]
    if name.count(".") == 1 and pytorch_has("torch", child) and not hasattr(sys.modules[_ROOT], child):
        return f"No module named '{name}' (PyTorch has {name}; autograd_tutor does not implement it)"
    return f"No module named '{name}' (torch is autograd_tutor here, and it has no module {_ROOT}{name[5:]})"


def forget():
    """Take autograd_tutor's modules out of ``sys.modules`` under torch's names, so that the next
    ``import torch`` is decided afresh. Real PyTorch's entries stay."""
    for name in [n for n, m in list(sys.modules.items()) if _is_torch_name(n) and is_ours(m)]:
        del sys.modules[name]


_installed = []  # the finder install() put on sys.meta_path, if any


def install():
    """From now on in this process, ``import torch...`` loads autograd_tutor's modules (for
    scripts; in a notebook, ``%load_ext autograd_tutor`` does this for you). Real PyTorch already
    imported cannot be replaced: that raises RuntimeError."""
    current = sys.modules.get("torch")
    if current is not None and not is_ours(current):
        raise RuntimeError("real PyTorch is already imported in this process, and autograd_tutor cannot "
                           "take its name from under it: call torch_alias.install() before anything imports torch")
    if not _installed:
        _installed.append(TorchAlias())
        sys.meta_path.insert(0, _installed[0])


def uninstall():
    """Undo ``install()``: ``import torch`` finds real PyTorch again (or nothing)."""
    while _installed:
        finder = _installed.pop()
        if finder in sys.meta_path:
            sys.meta_path.remove(finder)
    forget()
