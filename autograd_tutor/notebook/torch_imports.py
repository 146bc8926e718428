"""While the notebook's ``torch`` is autograd_tutor, ``import torch.nn as nn``, ``from torch import
optim``, ``from torch.utils.data import DataLoader``... in its cells load autograd_tutor's modules.

Why here: Python's import statement does not see ``import autograd_tutor as torch``, so without
this such lines load real PyTorch (mixing the two fails confusingly) or raise "No module named
'torch'". How: the finder of autograd_tutor.torch_alias, asked at each import of ``torch``
whether the kernel's ``torch`` is autograd_tutor at that moment, so the alias and the imports
work in one cell, in that order. A cell that says ``import torch`` itself asks for real
PyTorch: before it runs, autograd_tutor's entries leave ``sys.modules`` and its first import of
``torch`` goes past the finder. Real PyTorch, once imported, is never swapped out (its own code
imports torch too): a cell that imports torch's modules under the alias then gets one note.
"""
import ast
import sys

from .. import torch_alias
from . import render

REAL_TORCH_NOTE = (
    "autograd_tutor: real PyTorch was already imported in this kernel, so `import torch...` lines load "
    "real PyTorch's modules even though `torch` is autograd_tutor here (their tensors do not mix). "
    "autograd_tutor does not swap modules under a running PyTorch: restart the kernel and run "
    "`import autograd_tutor as torch` before anything imports torch, or write `autograd_tutor.nn`, "
    "`autograd_tutor.optim`... directly."
)


def _statements(shell, raw_cell):
    """The import statements the cell runs (not those in the functions it defines), or []
    when it is not Python."""
    try:
        todo = [ast.parse(shell.transform_cell(raw_cell or ""))]
    except Exception:  # noqa: BLE001 - not Python (a syntax error shows when the cell runs)
        return []
    found = []
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        elif not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            todo.extend(ast.iter_child_nodes(node))
    return found


def asks_for_real_torch(statements):
    """``import torch`` or ``import torch as pt``: the module named torch itself, so real PyTorch
    (``import torch as real_torch`` beside the alias is how one compares the two)."""
    return any(isinstance(node, ast.Import) and alias.name == "torch"
               for node in statements for alias in node.names)


def imports_torch_modules(statements):
    """``import torch.X``, ``from torch import ...``, ``from torch.X import ...``."""
    for node in statements:
        if isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module and (node.module == "torch" or node.module.startswith("torch.")):
                return True
        elif any(alias.name.startswith("torch.") for alias in node.names):
            return True
    return False


class TorchImports:
    def __init__(self, shell):
        self.shell = shell
        self.finder = torch_alias.TorchAlias(self._wanted)
        self._real_next = False  # this cell said `import torch`: its next import of torch is real
        self._noted = False

    def start(self):
        sys.meta_path.insert(0, self.finder)

    def stop(self):
        if self.finder in sys.meta_path:
            sys.meta_path.remove(self.finder)
        torch_alias.forget()

    def _aliased(self):
        torch = self.shell.user_ns.get("torch")
        return torch is not None and torch is sys.modules.get("autograd_tutor")

    def _wanted(self):
        if self._real_next:
            self._real_next = False
            return False
        return self._aliased()

    def pre_run_cell(self, info=None):
        try:
            self._real_next = asks_for_real_torch(_statements(self.shell, getattr(info, "raw_cell", "")))
            if self._real_next or not self._aliased():
                torch_alias.forget()
        except Exception:  # noqa: BLE001 - never break a kernel: imports then behave as without us
            self._real_next = False

    def post_run_cell(self, result):
        if self._noted:
            return
        try:
            real = sys.modules.get("torch")
            if real is None or torch_alias.is_ours(real) or not self._aliased():
                return
            if imports_torch_modules(_statements(self.shell, getattr(result.info, "raw_cell", ""))):
                self._noted = True
                from IPython.display import display

                display(render.note_bundle(REAL_TORCH_NOTE), raw=True)
        except Exception:  # noqa: BLE001 - a note we cannot show is not worth a broken cell
            pass
