"""Hooks common to every module: PyTorch's ``torch.nn.modules.module.register_module_*`` functions.

A tutorial registers one to print every layer's output shape, or to collect activations, without
touching the model. They run before each module's own hooks of the same kind. The dicts are shared
with module.py (imported there by name, never rebound), which reads them on every call.
"""
import functools
from collections import OrderedDict

from .._hook_handle import DictHookHandle

# Called by register_buffer / add_module (and module assignment) / register_parameter.
_global_buffer_registration_hooks = OrderedDict()
_global_module_registration_hooks = OrderedDict()
_global_parameter_registration_hooks = OrderedDict()

# Whether any hook run around module calls is registered: the one value the no-hook fast path
# (module.hooked) reads instead of the four dicts below, kept by every change made to them.
_any_global_call_hook = [False]


def _refresh(method):
    @functools.wraps(method)
    def changing(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        finally:
            _any_global_call_hook[0] = bool(_global_backward_pre_hooks or _global_backward_hooks
                                            or _global_forward_pre_hooks or _global_forward_hooks)

    return changing


class _CallHooks(OrderedDict):
    """A dict of global hooks run around module calls; however it is changed (a handle, or a
    direct assignment as some PyTorch code does), _any_global_call_hook follows."""

    __setitem__ = _refresh(OrderedDict.__setitem__)
    __delitem__ = _refresh(OrderedDict.__delitem__)
    __ior__ = _refresh(OrderedDict.__ior__)
    pop = _refresh(OrderedDict.pop)
    popitem = _refresh(OrderedDict.popitem)
    clear = _refresh(OrderedDict.clear)
    update = _refresh(OrderedDict.update)
    setdefault = _refresh(OrderedDict.setdefault)

    def __repr__(self):  # printed as PyTorch's plain OrderedDict
        return repr(OrderedDict(self))


# Run around every module call. with_kwargs and always_call hold the ids of forward hooks.
_global_backward_pre_hooks = _CallHooks()
_global_backward_hooks = _CallHooks()
_global_forward_pre_hooks = _CallHooks()
_global_forward_hooks = _CallHooks()
_global_forward_hooks_always_called = OrderedDict()
_global_forward_hooks_with_kwargs = OrderedDict()

# Which kind the global backward hooks are (None until one is registered). As in PyTorch it stays
# set when the hooks are removed: the other kind can then never be registered globally.
_global_is_full_backward_hook = None

_MIXED = ("Cannot use both regular backward hooks and full backward hooks as a global Module hook. "
          "Please use only one of them.")


def _add(hooks, hook, *flags):
    """Registers ``hook`` in ``hooks``; its handle also clears the id from the ``flags`` dicts."""
    handle = DictHookHandle(hooks, *flags)
    hooks[handle.id] = hook
    return handle


def register_module_buffer_registration_hook(hook):
    """``hook(module, name, buffer)`` on every register_buffer; may return the buffer to keep."""
    return _add(_global_buffer_registration_hooks, hook)


def register_module_module_registration_hook(hook):
    """``hook(module, name, submodule)`` on every add_module or module assignment; may return the
    submodule to keep."""
    return _add(_global_module_registration_hooks, hook)


def register_module_parameter_registration_hook(hook):
    """``hook(module, name, param)`` on every register_parameter; may return the parameter to keep."""
    return _add(_global_parameter_registration_hooks, hook)


def register_module_forward_pre_hook(hook):
    """``hook(module, args)`` before every module's forward, before the module's own pre-hooks."""
    return _add(_global_forward_pre_hooks, hook)


def register_module_forward_hook(hook, *, with_kwargs=False, always_call=False):
    """``hook(module, args, output)`` (``hook(module, args, kwargs, output)`` with_kwargs) after
    every module's forward, before the module's own hooks; always_call ones also when it raises."""
    # The handle clears the with_kwargs flag too (PyTorch's leaves it behind; nothing reads it then).
    handle = _add(_global_forward_hooks, hook, _global_forward_hooks_with_kwargs,
                  _global_forward_hooks_always_called)
    if with_kwargs:
        _global_forward_hooks_with_kwargs[handle.id] = True
    if always_call:
        _global_forward_hooks_always_called[handle.id] = True
    return handle


def _set_backward_kind(full):
    global _global_is_full_backward_hook
    if _global_is_full_backward_hook is (not full):
        raise RuntimeError(_MIXED)
    _global_is_full_backward_hook = full


def register_module_backward_hook(hook):
    """The legacy kind, on each module output's grad_fn (see backward_hooks.attach_legacy)."""
    _set_backward_kind(False)
    return _add(_global_backward_hooks, hook)


def register_module_full_backward_pre_hook(hook):
    """``hook(module, grad_output)`` before each module's own backward pre-hooks."""
    return _add(_global_backward_pre_hooks, hook)


def register_module_full_backward_hook(hook):
    """``hook(module, grad_input, grad_output)`` before each module's own full backward hooks."""
    _set_backward_kind(True)
    return _add(_global_backward_hooks, hook)


def backward_hooks_of(module):
    """(full hooks, legacy hooks) to run for ``module``: the global ones of each kind first, then
    the module's own, as PyTorch's Module._get_backward_hooks."""
    full, legacy = [], []
    (full if _global_is_full_backward_hook else legacy).extend(_global_backward_hooks.values())
    own = module.__dict__.get("_backward_hooks") or {}
    (full if module.__dict__.get("_is_full_backward_hook") else legacy).extend(own.values())
    return full, legacy


def backward_pre_hooks_of(module):
    return [*_global_backward_pre_hooks.values(), *(module.__dict__.get("_backward_pre_hooks") or {}).values()]


def registered(hooks, module, name, value):
    """``value`` as the registration hooks leave it: each may return a replacement."""
    for hook in hooks.values():
        output = hook(module, name, value)
        if output is not None:
            value = output
    return value
