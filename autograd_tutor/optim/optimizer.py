"""The Optimizer base: parameter groups, per-parameter state, ``zero_grad``, ``state_dict``.

Subclasses implement ``step``. Updates are done in place on the parameters' NumPy arrays and
bump their version counters, as PyTorch's in-place updates under ``no_grad`` do.
"""
import copy
import functools
import warnings
from collections import OrderedDict, defaultdict
from itertools import chain

import numpy as np

from .. import _dtypes
from .._torch_names import TorchNamed
from ..autograd import grad_mode, grad_writes
from ..nn._hook_handle import DictHookHandle
from ..tensor import Tensor


def new_step_count():
    """The ``state["step"]`` tensor: a zero of the default float type (float32 unless it is float64)."""
    step_dtype = np.float64 if _dtypes.get_default_dtype() is _dtypes.float64 else np.float32
    return Tensor._make(np.zeros((), step_dtype), False, None)


class _RequiredParameter:
    """Marks a hyper-parameter every group must give (``lr`` in optimizers that have no default)."""

    def __repr__(self):
        return "<required parameter>"


required = _RequiredParameter()


def _typename(obj):
    """``torch.typename``: 'torch.FloatTensor' for tensors, 'module.Qualname' otherwise."""
    if isinstance(obj, Tensor):
        return obj.type()
    module = getattr(obj, "__module__", "") or ""
    qualname = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    if qualname is None:
        module, qualname = type(obj).__module__ or "", type(obj).__qualname__
    if module == "autograd_tutor" or module.startswith("autograd_tutor."):
        module = "torch" + module[len("autograd_tutor"):]  # the classes mirror PyTorch's modules
    return qualname if module in ("", "builtins") else f"{module}.{qualname}"


def use_grad_for_differentiable(step):
    """Runs a built-in optimizer's ``step`` without recording, unless it is ``differentiable``
    (a user's subclass decides for itself, usually with ``@torch.no_grad()``, as in PyTorch).
    It marks ``step``: the step-hooks wrapper ``Optimizer`` puts around it switches the mode, so a
    step is one wrapper frame, not two."""
    step._without_grad = True
    return step


def _with_step_hooks(step):
    """Calls the registered pre/post step hooks around every optimizer's ``step`` (and, for a step
    marked by ``use_grad_for_differentiable``, switches recording off around the step itself)."""
    without_grad = getattr(step, "_without_grad", False)

    @functools.wraps(step)
    def wrapper(self, *args, **kwargs):
        if self._step_pre_hooks:
            for hook in list(self._step_pre_hooks.values()):
                result = hook(self, args, kwargs)
                if result is not None:
                    args, kwargs = result
        if without_grad:
            prev = grad_mode.enabled
            grad_mode.enabled = bool(self.defaults.get("differentiable", False))
            try:
                out = step(self, *args, **kwargs)
            finally:
                grad_mode.enabled = prev
        else:
            out = step(self, *args, **kwargs)
        if self._step_post_hooks:
            for hook in list(self._step_post_hooks.values()):
                hook(self, args, kwargs)
        return out

    wrapper._with_hooks = True
    return wrapper


class Optimizer(metaclass=TorchNamed):
    def __init__(self, params, defaults):
        self.defaults = defaults
        self._step_pre_hooks = OrderedDict()
        self._step_post_hooks = OrderedDict()
        if isinstance(params, Tensor):
            raise TypeError(
                "params argument given to the optimizer should be an iterable of Tensors or dicts, "
                f"but got {_typename(params)}"
            )
        self.state = defaultdict(dict)
        self.param_groups = []
        param_groups = list(params)
        if len(param_groups) == 0:
            raise ValueError("optimizer got an empty parameter list")
        if not isinstance(param_groups[0], dict):
            param_groups = [{"params": param_groups}]
        for group in param_groups:
            self.add_param_group(group)

    def __init_subclass__(cls, **kwargs):
        # Every optimizer's step (a user's subclass too) calls the registered step hooks.
        super().__init_subclass__(**kwargs)
        step = cls.__dict__.get("step")
        if step is not None and not getattr(step, "_with_hooks", False):
            cls.step = _with_step_hooks(step)

    def __getstate__(self):
        return {"defaults": self.defaults, "state": self.state, "param_groups": self.param_groups}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.__dict__.setdefault("_step_pre_hooks", OrderedDict())
        self.__dict__.setdefault("_step_post_hooks", OrderedDict())

    def __repr__(self):
        text = self.__class__.__name__ + " ("
        for i, group in enumerate(self.param_groups):
            text += f"\nParameter Group {i}\n"
            for key in sorted(group.keys()):
                if key != "params":
                    text += f"    {key}: {group[key]}\n"
        return text + ")"

    # ------------------------------------------------------------------ groups
    def add_param_group(self, param_group):
        if not isinstance(param_group, dict):
            raise TypeError(f"param_group must be a dict, but got {type(param_group)}")
        params = param_group["params"]
        if isinstance(params, Tensor):
            param_group["params"] = [params]
        elif isinstance(params, set):
            raise TypeError(
                "optimizer parameters need to be organized in ordered collections, but the ordering of "
                "tensors in sets will change between runs. Please use a list instead."
            )
        else:
            param_group["params"] = list(params)
        _split_names(param_group)
        for param in param_group["params"]:
            if not isinstance(param, Tensor):
                raise TypeError(f"optimizer can only optimize Tensors, but one of the params is {_typename(param)}")
            if not self.defaults.get("differentiable", None) and not (param.is_leaf or param.retains_grad):
                raise ValueError("can't optimize a non-leaf Tensor")
        for name, default in self.defaults.items():
            if default is required and name not in param_group:
                raise ValueError(f"parameter group didn't specify a value of required optimization parameter {name}")
            param_group.setdefault(name, default)
        params = param_group["params"]
        if len(params) != len({id(p) for p in params}):
            warnings.warn(
                "optimizer contains a parameter group with duplicate parameters; in future, this will cause "
                "an error; see github.com/pytorch/pytorch/issues/40967 for more information",
                stacklevel=3,
            )
        seen = set()
        for group in self.param_groups:
            seen.update(id(p) for p in group["params"])
            if ("param_names" in param_group) != ("param_names" in group):
                which = "with names" if "param_names" in param_group else "without names"
                raise ValueError(
                    "all optimizer param groups should be with/without names. "
                    f"cannot add param group {which} to the optimizer"
                )
        if any(id(p) in seen for p in param_group["params"]):
            raise ValueError("some parameters appear in more than one parameter group")
        self.param_groups.append(param_group)

    # ------------------------------------------------------------------ gradients
    def zero_grad(self, set_to_none=True):
        """Clears the gradients: drops them (default, as PyTorch) or fills them with zeros."""
        # The common case, without calls: dropping the grads with no observer to tell (nothing
        # in that loop runs user code, so no observer can appear during it).
        if set_to_none and grad_writes.observer is None:
            for group in self.param_groups:
                for p in group["params"]:
                    if p._grad is not None:  # (a parameter without one keeps the class's default)
                        p._grad = None
            return
        for group in self.param_groups:
            for p in group["params"]:
                grad = p._grad
                if grad is None:
                    continue
                grad_writes.before(p)
                if set_to_none:
                    p._grad = None
                else:
                    if grad._grad_fn is not None:
                        grad.detach_()
                    else:
                        grad._requires_grad = False
                    grad._data[...] = 0
                    grad._vc[0] += 1
                grad_writes.after(p, "zero_grad")

    def step(self, closure=None):
        raise NotImplementedError

    def _update_each(self, closure):
        """The step of the optimizers that update one parameter at a time: the closure, then
        ``self._update(p, group)`` for every parameter that has a gradient."""
        loss = self._closure_loss(closure)
        for group in self.param_groups:
            for p in group["params"]:
                if p._grad is not None:
                    self._update(p, group)
        return loss

    def _closure_loss(self, closure):
        if closure is None:
            return None
        prev, grad_mode.enabled = grad_mode.enabled, True
        try:
            return closure()
        finally:
            grad_mode.enabled = prev

    # ------------------------------------------------------------------ hooks
    def register_step_pre_hook(self, hook):
        return _register(self._step_pre_hooks, hook)

    def register_step_post_hook(self, hook):
        return _register(self._step_post_hooks, hook)

    # ------------------------------------------------------------------ state_dict
    def state_dict(self):
        """{'state': {index: per-parameter state}, 'param_groups': [... 'params': [indices]]}."""
        mapping = {}
        start = 0

        def pack(group):
            nonlocal start
            packed = {k: v for k, v in group.items() if k != "params"}
            for i, p in enumerate(group["params"], start):
                mapping.setdefault(id(p), i)
            packed["params"] = [mapping[id(p)] for p in group["params"]]
            start += len(packed["params"])
            return packed

        param_groups = [pack(g) for g in self.param_groups]
        state = {(mapping[id(k)] if isinstance(k, Tensor) else k): v for k, v in self.state.items()}
        return {"state": state, "param_groups": param_groups}

    def load_state_dict(self, state_dict):
        state_dict = dict(state_dict)
        groups = self.param_groups
        saved_groups = copy.deepcopy(state_dict["param_groups"])
        if len(groups) != len(saved_groups):
            raise ValueError("loaded state dict has a different number of parameter groups")
        if any(len(g["params"]) != len(s["params"]) for g, s in zip(groups, saved_groups)):
            raise ValueError(
                "loaded state dict contains a parameter group that doesn't match the size of optimizer's group"
            )
        id_map = dict(zip(chain.from_iterable(g["params"] for g in saved_groups),
                          chain.from_iterable(g["params"] for g in groups)))
        state = defaultdict(dict)
        for k, v in state_dict["state"].items():
            if k in id_map:
                param = id_map[k]
                state[param] = _cast_state(param, v)
            else:
                state[k] = v
        new_groups = []
        for group, saved in zip(groups, saved_groups):
            saved["params"] = group["params"]
            if "param_names" in group and "param_names" not in saved:
                saved["param_names"] = group["param_names"]
            new_groups.append(saved)
        self.__setstate__({"state": state, "param_groups": new_groups})


def check_fused(fused, foreach, differentiable):
    """The option clashes PyTorch's optimizers refuse once their groups are built."""
    if fused:
        if differentiable:
            raise RuntimeError("`fused` does not support `differentiable`")
        if foreach:
            raise RuntimeError("`fused` and `foreach` cannot be `True` together.")


def check_differentiable_update(group, p):
    """A ``differentiable`` optimizer updates with autograd on: PyTorch's in-place update of a leaf
    that requires grad then fails, as here."""
    if group.get("differentiable") and grad_mode.enabled and p._requires_grad and p._grad_fn is None:
        raise RuntimeError("a leaf Variable that requires grad is being used in an in-place operation.")


def _split_names(param_group):
    """Accepts ``named_parameters()``: (name, tensor) pairs become 'param_names' and 'params'."""
    names, tensors = [], []
    for param in param_group["params"]:
        if isinstance(param, tuple):
            names.append(param[0])
            tensors.append(param[1])
        else:
            tensors.append(param)
    param_group["params"] = tensors
    if names:
        if len(names) != len(tensors):
            raise ValueError("all optimizer params should be with/without names. Some param names are missing")
        param_group["param_names"] = names


def _cast_state(param, value, key=None):
    """A loaded state value; floating tensors take the parameter's dtype ('step' stays as it is).
    As in PyTorch, a tensor of the right dtype is used as is, not copied."""
    if isinstance(value, Tensor):
        if key != "step" and param.is_floating_point() and value.is_floating_point():
            return value.to(param.dtype)
        return value
    if isinstance(value, dict):
        return {k: _cast_state(param, v, k) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_cast_state(param, v) for v in value)
    return value


def _register(hooks, hook):
    handle = DictHookHandle(hooks)
    hooks[handle.id] = hook
    return handle
