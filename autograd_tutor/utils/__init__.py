"""``torch.utils``: ``data`` (datasets and DataLoader), loaded on first use."""


def __getattr__(name):
    if name == "data":
        import importlib

        return importlib.import_module(".data", __name__)
    raise AttributeError(f"module 'torch.utils' has no attribute '{name}'")
