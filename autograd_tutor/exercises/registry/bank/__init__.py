"""The built-in exercises. Importing this package registers every module in it; add an
exercise set by adding a module that calls `registry.register(...)`."""

import importlib
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
