"""Where answer keys written before the registry became a package import `uniform` from."""

from .registry.drawing import uniform

__all__ = ["uniform"]
