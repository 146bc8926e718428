"""Loading and unloading the extension: every registration has its removal next to it."""
import weakref

from .config import AutogradTutor
from .magics import AutogradMagics
from .torch_imports import TorchImports
from .tracebacks import ShortTracebacks
from .watcher import Watcher

# The module names under which IPython may have loaded this extension.
MODULE_NAMES = ("autograd_tutor", "autograd_tutor.notebook")

_ACTIVE = weakref.WeakKeyDictionary()  # shell -> Extension


class Extension:
    """The extension's parts for one shell, and their registration with it."""

    def __init__(self, shell):
        self.shell = shell
        self.config = AutogradTutor(parent=shell)
        self.watcher = Watcher(shell, self.config)
        self.magics = AutogradMagics(shell, self.config, self.watcher)
        self.tracebacks = ShortTracebacks(shell, self.config)
        self.torch_imports = TorchImports(shell)
        self._displaced = []  # (kind, name, magic) that ours replaced, restored on stop

    def start(self):
        shell = self.shell
        shell.configurables.append(self.config)
        self.config.observe(self._enabled_changed, "enabled")
        table = shell.magics_manager.magics
        for kind, names in self.magics.magics.items():
            self._displaced += [(kind, n, table[kind][n]) for n in names if n in table[kind]]
        shell.register_magics(self.magics)
        if self.config.enabled:
            self.watcher.baseline()
        self.tracebacks.start()
        shell.events.register("pre_run_cell", self.watcher.pre_run_cell)
        shell.events.register("post_run_cell", self.watcher.post_run_cell)
        self.torch_imports.start()
        shell.events.register("pre_run_cell", self.torch_imports.pre_run_cell)
        shell.events.register("post_run_cell", self.torch_imports.post_run_cell)

    def stop(self):
        shell = self.shell
        shell.events.unregister("pre_run_cell", self.watcher.pre_run_cell)
        shell.events.unregister("post_run_cell", self.watcher.post_run_cell)
        shell.events.unregister("pre_run_cell", self.torch_imports.pre_run_cell)
        shell.events.unregister("post_run_cell", self.torch_imports.post_run_cell)
        self.torch_imports.stop()
        self.watcher.stop_log()
        self.tracebacks.stop()
        table = shell.magics_manager.magics
        for kind, names in self.magics.magics.items():
            for name in names:
                if getattr(table[kind].get(name), "__self__", None) is self.magics:
                    del table[kind][name]
        for kind, name, magic in self._displaced:
            table[kind][name] = magic
        registry = shell.magics_manager.registry
        if registry.get(type(self.magics).__name__) is self.magics:
            del registry[type(self.magics).__name__]
        self.config.unobserve(self._enabled_changed, "enabled")
        # register_magics also listed the magics among the configurables
        shell.configurables[:] = [c for c in shell.configurables if c is not self.config and c is not self.magics]
        self.watcher.forget()

    def _enabled_changed(self, change):
        # Turning on starts from the present: what happened while off is not "this cell".
        if change["new"]:
            self.watcher.baseline()
        else:
            self.watcher.forget()


def load(shell):
    """Load once per shell; a second load (under either module name) changes nothing."""
    if shell in _ACTIVE:
        return
    extension = Extension(shell)
    extension.start()
    _ACTIVE[shell] = extension


def unload(shell):
    extension = _ACTIVE.pop(shell, None)
    if extension is None:
        return
    extension.stop()
    # Loaded under both names? Then both are gone now: let `%load_ext` work again for either.
    loaded = getattr(getattr(shell, "extension_manager", None), "loaded", None)
    if isinstance(loaded, set):
        loaded.difference_update(MODULE_NAMES)


def active(shell):
    """The shell's Extension, or None (for tests and tools)."""
    return _ACTIVE.get(shell)
