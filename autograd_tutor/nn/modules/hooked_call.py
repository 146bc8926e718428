"""One call of a module that has hooks (its own or global ones), in PyTorch's order: forward
pre-hooks (global first), the full backward hook's wrapping of the arguments they return, forward,
forward hooks (global first, shown the wrapped arguments), the wrapping of the output, the legacy
backward hooks. If any of it raises, the always_call forward hooks that have not run yet run
before the error goes on (their own errors become warnings).
"""
import warnings

from ...tensor import Tensor
from ._global_hooks import (
    _global_backward_hooks,
    _global_backward_pre_hooks,
    _global_forward_hooks,
    _global_forward_hooks_always_called,
    _global_forward_hooks_with_kwargs,
    _global_forward_pre_hooks,
    backward_hooks_of,
    backward_pre_hooks_of,
)
from .backward_hooks import FullBackwardHook, attach_legacy

# Warnings point, as PyTorch's do, at the library frame that called the module (_wrapped_call_impl).
_FROM_RUN = 3
_FROM_ALWAYS_CALLED = 4


class HookedCall:
    """Keeps the arguments, the output so far and the always_call hooks already run: the error
    path shows the hooks what the call had reached."""

    def __init__(self, module, args, kwargs):
        self.module = module
        self.args = args
        self.kwargs = kwargs
        self.result = None
        self.always_called_ran = set()

    def run(self):
        module, d = self.module, self.module.__dict__
        full, legacy, pre = [], [], []
        # Read before the pre-hooks run, as PyTorch does: a hook registered by one applies from the next call.
        if d["_backward_pre_hooks"] or _global_backward_pre_hooks:
            pre = backward_pre_hooks_of(module)
        if d["_backward_hooks"] or _global_backward_hooks:
            full, legacy = backward_hooks_of(module)
        self._run_forward_pre_hooks()
        bw_hook = None
        if full or pre:
            bw_hook = FullBackwardHook(module, full, pre)
            self.args = bw_hook.setup_input_hook(self.args)
        self.result = module.forward(*self.args, **self.kwargs)
        self._run_forward_hooks()
        if bw_hook is not None:
            if not isinstance(self.result, (Tensor, tuple)):
                warnings.warn("For backward hooks to be called, module output should be a Tensor or a tuple of "
                              f"Tensors but received {type(self.result)}", stacklevel=_FROM_RUN)
            self.result = bw_hook.setup_output_hook(self.result)
        if legacy:
            attach_legacy(module, legacy, self.args, self.result)
        return self.result

    def _run_forward_pre_hooks(self):
        module = self.module
        with_kwargs = module._forward_pre_hooks_with_kwargs  # global pre-hooks have no kwargs form
        for hook_id, hook in (*_global_forward_pre_hooks.items(), *module._forward_pre_hooks.items()):
            if hook_id in with_kwargs:
                result = hook(module, self.args, self.kwargs)
                if result is not None:
                    if not (isinstance(result, tuple) and len(result) == 2):
                        raise RuntimeError(
                            "forward pre-hook must return None or a tuple of (new_args, new_kwargs), "
                            f"but got {result}."
                        )
                    self.args, self.kwargs = result
            else:
                result = hook(module, self.args)
                if result is not None:
                    self.args = result if isinstance(result, tuple) else (result,)

    def _run_forward_hooks(self):
        module = self.module
        for hook_id, hook in (*_global_forward_hooks.items(), *module._forward_hooks.items()):
            # Marked before the call: a hook that raises is not run again on the error path.
            if hook_id in module._forward_hooks_always_called or hook_id in _global_forward_hooks_always_called:
                self.always_called_ran.add(hook_id)
            if hook_id in module._forward_hooks_with_kwargs or hook_id in _global_forward_hooks_with_kwargs:
                result = hook(module, self.args, self.kwargs, self.result)
            else:
                result = hook(module, self.args, self.result)
            if result is not None:
                self.result = result

    def run_always_called(self):
        """The error path. As in PyTorch, global hooks are called here without kwargs even when
        registered with_kwargs; the module's own with_kwargs hooks get them."""
        module = self.module
        for hook_id, hook in tuple(_global_forward_hooks.items()):
            if hook_id in _global_forward_hooks_always_called and hook_id not in self.always_called_ran:
                self._call_silenced(hook, "global module", (module, self.args, self.result))
        for hook_id, hook in tuple(module._forward_hooks.items()):
            if hook_id in module._forward_hooks_always_called and hook_id not in self.always_called_ran:
                if hook_id in module._forward_hooks_with_kwargs:
                    self._call_silenced(hook, "module", (module, self.args, self.kwargs, self.result))
                else:
                    self._call_silenced(hook, "module", (module, self.args, self.result))

    def _call_silenced(self, hook, whose, arguments):
        try:
            result = hook(*arguments)
        except Exception as e:
            warnings.warn(f"{whose} forward hook with ``always_call=True`` raised an exception that was "
                          f"silenced as another error was raised in forward: {e}", stacklevel=_FROM_ALWAYS_CALLED)
            return
        if result is not None:
            self.result = result
