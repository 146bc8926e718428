"""A hook on every write to a tensor's ``.grad``, for views that report what one cell did.

``observer`` is None unless a view installs one (the notebook watcher does, for the length of
a cell), so the core pays one ``is not None`` check per write when nobody listens. An observer
has ``before(tensor)``, called just before the write, and ``after(tensor, how)`` just after it,
``how`` being "backward", "assigned", "deleted" or "zero_grad"; and ``backward_called(tensors)``
when backward() starts from ``tensors`` (so a view can draw an unnamed root). Observers must
not raise.
"""
observer = None


def before(tensor):
    if observer is not None:
        observer.before(tensor)


def after(tensor, how):
    if observer is not None:
        observer.after(tensor, how)
