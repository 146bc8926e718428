"""``torch.autograd.Function``: a custom op written as a forward and a backward.

    class Exp(Function):
        @staticmethod
        def forward(ctx, x):
            y = x.exp()
            ctx.save_for_backward(y)
            return y

        @staticmethod
        def backward(ctx, grad):
            y, = ctx.saved_tensors
            return grad * y

    y = Exp.apply(x)        # y.grad_fn is an ExpBackward node

Each Function subclass gets its own node class, ``<Name>Backward``. One node object is created
per ``apply``; it is both the ``ctx`` that ``forward`` and ``backward`` receive and the graph
node stored as the outputs' ``grad_fn``, as in PyTorch.
"""
import functools
import inspect
import warnings

import numpy as np

from ..ops import _record, _views
from ..ops.inplace.views import follow_base, rebase
from ..tensor import Tensor
from . import _function_jvp, errors, grad_mode
from .dual_pending import PENDING, settle
from .node import FREED, Node, Packed, SavedOutput, _pack_all, saved_tensors_hooks_stack
from .output_grads import collect, slots_of


class FunctionCtx:
    """What ``forward``/``setup_context`` may call on ``ctx``."""

    def save_for_backward(self, *tensors):
        for i, t in enumerate(tensors):
            if t is not None and not isinstance(t, Tensor):
                raise TypeError(
                    f"save_for_backward can only save variables, but argument {i} is of type {type(t).__name__}"
                )
        self._to_save = tensors

    def save_for_forward(self, *tensors):
        self.saved_for_forward = tensors

    def mark_dirty(self, *tensors):
        self._dirty = {id(t) for t in tensors}

    def mark_non_differentiable(self, *tensors):
        self._non_differentiable = {id(t) for t in tensors}

    def set_materialize_grads(self, value):
        self._materialize_grads = bool(value)


class BackwardCFunction(Node, FunctionCtx):
    """The node of one ``apply`` call (and its ``ctx``). Subclassed per Function as <Name>Backward.

    No ``__slots__`` here: ``ctx.anything = value`` must work, as in PyTorch.
    """

    _forward_cls = None

    def __init__(self, next_functions):
        super().__init__(next_functions)
        self._to_save = ()
        self._dirty = ()
        self._non_differentiable = ()
        self._materialize_grads = True  # private, as in PyTorch (ctx has no such public attribute)
        self.needs_input_grad = ()
        self._outputs = ()  # per output: (shape, dtype) of a tensor output, else None
        self._input_shapes = ()  # per edge: the shape its gradient must fit
        self._arg_is_tensor = ()

    def name(self):
        return type(self).__name__

    def __repr__(self):
        # PyTorch prints custom nodes with their module path; import-as-torch code expects it.
        return f"<torch.autograd.function.{type(self).__name__} object at {id(self):#x}>"

    @property
    def saved_tensors(self):
        if "_jvp_saved" in self.__dict__:  # inside jvp: what save_for_forward kept
            return tuple(self.__dict__["_jvp_saved"])
        out = []
        for value, version in zip(self._saved, self._versions):
            if value is FREED:
                raise RuntimeError(errors.FREED)
            if isinstance(value, Packed):
                out.append(value.unpack())
                continue
            if isinstance(value, SavedOutput):
                if value.version_counter[0] != value.version:
                    t = Tensor._make(value.data, False, None)
                    raise RuntimeError(errors.modified_inplace(t, self.name(), value.version_counter[0], value.version))
                t = Tensor._make(value.data, True, self)
                t._vc = value.version_counter
                if value.output_nr:
                    t._output_nr = value.output_nr  # a double backward flows into that output
                out.append(t)
            elif isinstance(value, Tensor) and value._vc[0] != version:
                producer = value._grad_fn.name().replace("Backward0", "") if value._grad_fn else None
                raise RuntimeError(errors.modified_inplace(value, producer, value._vc[0], version))
            else:
                out.append(value)
        return tuple(out)

    saved_variables = saved_tensors

    @property
    def requires_grad(self):
        return any(self.needs_input_grad)

    # ----- the engine's side
    def apply(self, grad, create_graph):
        grads = self._output_grads(grad, create_graph)
        result = _user_backward(self._forward_cls)(self, *grads)
        return self._check_gradients(result if isinstance(result, tuple) else (result,), create_graph)

    def add_output_grad(self, buffered, index, grad):
        """Collects the gradient of output ``index`` (> 0) next to what is buffered for the others."""
        return collect(self._outputs, buffered, index, grad)

    def _output_grads(self, grad, create_graph):
        slots = slots_of(grad, len(self._outputs))
        grads = []
        for g, meta in zip(slots, self._outputs):
            if g is None and meta is not None and self._materialize_grads:
                g = np.zeros(meta[0], meta[1])
            if g is not None and not isinstance(g, Tensor):
                g = Tensor._make(g, False, None)
            grads.append(g)
        return grads

    def _check_gradients(self, grads, create_graph):
        """PyTorch's checks on what ``backward`` returned; one gradient per edge, as the engine wants."""
        expected = len(self._arg_is_tensor)
        if len(grads) > expected and all(g is None for g in grads[expected:]):
            grads = grads[:expected]
        if len(grads) != expected:
            raise RuntimeError(
                f"function {self.name()} returned an incorrect number of gradients (expected {expected}, got {len(grads)})"
            )
        out = []
        for position, (g, is_tensor) in enumerate(zip(grads, self._arg_is_tensor)):
            if not is_tensor:
                if g is not None:
                    raise RuntimeError(
                        f"function {self.name()} returned a gradient different than None at position "
                        f"{position + 1}, but the corresponding forward input was not a Variable"
                    )
                continue
            if g is None:
                out.append(None)
                continue
            if not isinstance(g, Tensor):
                raise RuntimeError(f"expected Variable or None (got {type(g).__name__})")
            index = len(out)
            shape = self._input_shapes[index]
            if g._data.shape != shape and not _expandable(shape, g._data.shape):
                raise RuntimeError(
                    f"Function {self.name()} returned an invalid gradient at index {index} - got "
                    f"{list(g._data.shape)} but expected shape compatible with {list(shape)}"
                )
            out.append(g if create_graph else g._data)
        return tuple(out)


def _user_backward(cls):
    """``backward`` or ``vjp``, whichever the Function defines (PyTorch refuses both)."""
    backward, vjp = cls.backward, cls.vjp
    if backward is not Function.backward and vjp is not Function.vjp:
        raise RuntimeError("Implementing both 'backward' and 'vjp' for a custom Function is not allowed. "
                           "You should only implement one of them.")
    return vjp if vjp is not Function.vjp else backward


def _expandable(shape, to):
    """Whether a tensor of ``shape`` broadcasts to ``to`` (its gradient can be summed back)."""
    if len(shape) > len(to):
        return False
    return all(s == t or s == 1 for s, t in zip(reversed(shape), reversed(to)))


class _FunctionMeta(type):
    """Gives every Function subclass its node class, ``<Name>Backward``."""

    def __init__(cls, name, bases, attrs):
        cls._backward_cls = type(f"{name}Backward", (BackwardCFunction,), {"_forward_cls": cls})
        super().__init__(name, bases, attrs)


class Function(metaclass=_FunctionMeta):
    """Base class of custom differentiable ops: write ``forward`` and ``backward``, call ``apply``."""

    def __init__(self, *args, **kwargs):
        warnings.warn(
            f"{self.__class__} should not be instantiated. Methods on autograd functions are all "
            "static, so you should invoke them on the class itself. Instantiating an autograd "
            "function will raise an error in a future version of PyTorch.",
            DeprecationWarning,
            stacklevel=2,
        )

    def __call__(self, *args, **kwargs):
        raise RuntimeError(
            "Legacy autograd function with non-static forward method is deprecated. Please use "
            "new-style autograd function with static forward method. (Example: "
            "https://pytorch.org/docs/stable/autograd.html#torch.autograd.Function)"
        )

    @staticmethod
    def forward(*args, **kwargs):
        raise NotImplementedError("You must implement the forward function for custom autograd.Function.")

    @staticmethod
    def setup_context(ctx, inputs, output):
        raise NotImplementedError("setup_context is not implemented.")

    @staticmethod
    def backward(ctx, *grad_outputs):
        raise NotImplementedError(
            "You must implement either the backward or vjp method for your custom autograd.Function "
            "to use it with backward mode AD."
        )

    @staticmethod
    def vjp(ctx, *grad_outputs):
        raise NotImplementedError(
            "You must implement either the backward or vjp method for your custom autograd.Function "
            "to use it with backward mode AD."
        )

    @staticmethod
    def jvp(ctx, *grad_inputs):
        raise NotImplementedError(
            "You must implement the jvp function for custom autograd.Function to use it with forward mode AD."
        )

    @classmethod
    def apply(cls, *args, **kwargs):
        from ..ops._record import edge

        setup_style = _has_own_setup_context(cls)
        if transforms:
            _check_under_transforms(cls, setup_style)
        if setup_style:
            # PyTorch binds the arguments to forward's signature first: setup_context sees the
            # defaults too, and a missing argument is reported by inspect ("missing a required argument").
            args, kwargs = _bind_default_args(cls.forward, args, kwargs)
        elif kwargs:
            args = _kwargs_as_positional(cls.forward, args, kwargs)
            kwargs = {}
        if PENDING:  # forward AD: an input waiting for its tangent gets its grad_fn back first
            settle()
        tensors = [a for a in args if isinstance(a, Tensor)]
        recording = grad_mode.enabled and any(t._requires_grad for t in tensors)
        ctx = cls._backward_cls(tuple(edge(t) for t in tensors) if recording else ())
        ctx.needs_input_grad = tuple(isinstance(a, Tensor) and a._requires_grad for a in args)
        ctx._arg_is_tensor = tuple(isinstance(a, Tensor) for a in args)
        ctx._input_shapes = tuple(t._data.shape for t in tensors)
        dual = _record.dual_active and _function_jvp.any_tangent(args)
        prev, grad_mode.enabled = grad_mode.enabled, False
        try:
            if dual:  # forward AD: forward runs without tangents, jvp gives them below
                outputs = _function_jvp.run_forward(lambda: _run_forward(cls, ctx, args, kwargs, setup_style))
            else:
                outputs = _run_forward(cls, ctx, args, kwargs, setup_style)
        finally:
            grad_mode.enabled = prev
        result = _connect_outputs(ctx, args, outputs, recording)
        _tell_tracer(ctx, tensors, result, recording)
        if dual:
            return _function_jvp.apply_jvp(cls, ctx, args, result)
        return result


def _run_forward(cls, ctx, args, kwargs, setup_style):
    if setup_style:
        outputs = cls.forward(*(_below_transforms(args) if transform_inputs else args), **kwargs)
        cls.setup_context(ctx, args, outputs)
        return outputs
    return cls.forward(ctx, *args, **kwargs)


def _below_transforms(args):
    """The arguments as PyTorch's forward sees them under torch.func transforms: unwrapped from
    the transforms' levels, so a tensor that requires grad only because a transform
    differentiates with respect to it arrives detached (forward may call .numpy() on it), while
    one the caller's own autograd tracks still requires grad. setup_context gets the originals,
    so what it saves for backward stays differentiable for an enclosing transform."""
    from ..func._differentiable import reaches_outside

    own = [t for group in transform_inputs for t in group]
    return tuple(a.detach() if isinstance(a, Tensor) and a._requires_grad and not reaches_outside([a], own) else a
                 for a in args)


def _tell_tracer(ctx, inputs, result, recording):
    """A tracing recording (autograd_tutor.tracing) sees the node like any op's, once."""
    from ..ops import _record

    if not recording or _record.tracer is None:
        return
    outputs = result if isinstance(result, tuple) else (result,)
    first = next((o for o in outputs if isinstance(o, Tensor) and o._grad_fn is ctx), None)
    if first is not None:
        _record.tracer.forward(ctx, inputs, first)


def _bind_default_args(forward, args, kwargs):
    bound = inspect.signature(forward).bind(*args, **kwargs)
    bound.apply_defaults()
    if bound.kwargs:  # keyword-only parameters: PyTorch's C++ apply does not pass them on
        raise TypeError(f"forward() got an unexpected keyword argument '{next(iter(bound.kwargs))}'")
    return bound.args, {}


def _kwargs_as_positional(forward, args, kwargs):
    """PyTorch's C++ apply puts keyword arguments in their positional slots of ``forward(ctx, ...)``
    (so a tensor passed by keyword is an input like any other), without filling in defaults."""
    names = [name for name, p in inspect.signature(forward).parameters.items()
             if p.kind is p.POSITIONAL_OR_KEYWORD][1:]  # without ctx
    for key in kwargs:
        if key not in names:
            raise TypeError(f"forward() got an unexpected keyword argument '{key}'")
    last = max(names.index(key) for key in kwargs)
    filled = list(args)
    for position in range(len(args), last + 1):
        if names[position] not in kwargs:
            raise TypeError(f"forward() missing required argument: '{names[position]}' (position {position})")
        filled.append(kwargs[names[position]])
    return tuple(filled)


# The torch.func transforms running the current code, innermost last (torch.func pushes "grad",
# "vjp", "jvp", "vmap"): PyTorch accepts an autograd.Function inside them only on conditions.
transforms = []
# The inputs each running reverse-mode transform differentiates with respect to (its stand-ins).
transform_inputs = []

_EXTENDING = "For more details, please see https://pytorch.org/docs/main/notes/extending.func.html"


def _check_under_transforms(cls, setup_style):
    if not setup_style:
        raise RuntimeError("In order to use an autograd.Function with functorch transforms (vmap, grad, jvp, jacrev, "
                           f"...), it must override the setup_context staticmethod. {_EXTENDING}")
    if "vmap" in transforms and not (getattr(cls, "generate_vmap_rule", False) or _overrides(cls, "vmap")):
        raise RuntimeError(f"You tried to vmap over {cls.__name__}, but it does not have vmap support. Please override "
                           f"and implement the vmap staticmethod or set generate_vmap_rule=True. {_EXTENDING}")
    if "jvp" in transforms:
        if not _overrides(cls, "jvp"):
            Function.jvp(None)  # PyTorch's NotImplementedError
        # torch.func.jvp / jacfwd differentiate backward formulas twice (the double backward
        # trick): a Function's own jvp would not be used, and its backward may not be differentiable.
        raise NotImplementedError(f"torch.func.jvp / jacfwd through the autograd.Function {cls.__name__}: "
                                  "autograd_tutor takes forward-mode derivatives by differentiating backward formulas "
                                  "twice and does not call a Function's jvp")


def _overrides(cls, name):
    return any(name in vars(c) for c in cls.__mro__[:cls.__mro__.index(Function)])


def _has_own_setup_context(cls):
    return getattr(cls.setup_context, "__func__", cls.setup_context) is not Function.setup_context


def _connect_outputs(ctx, args, outputs, recording):
    """Makes the tensor outputs of ``forward`` outputs of the node ``ctx`` and saves what it asked."""
    single = not isinstance(outputs, tuple)
    results = [outputs] if single else list(outputs)
    input_ids = {id(a) for a in args if isinstance(a, Tensor)}
    dirty, non_diff = ctx._dirty, ctx._non_differentiable
    if dirty:
        if not dirty <= input_ids:
            warnings.warn(
                "ctx.mark_dirty() received a tensor that was not an input. Only input Tensors that have been "
                "mutated should be passed to ctx.mark_dirty(). (Triggered internally at "
                "/__w/pytorch/pytorch/torch/csrc/autograd/custom_function.cpp:320.)", UserWarning, stacklevel=4)
        returned = {id(r) for r in results if isinstance(r, Tensor)}
        if not dirty <= returned:
            raise RuntimeError(
                "Some elements marked as dirty during the forward method were not returned as output. "
                "The inputs that are modified inplace must all be outputs of the Function."
            )
    metas = []
    for k, out in enumerate(results):
        if not isinstance(out, Tensor):
            metas.append(None)
            continue
        metas.append((out._data.shape, out._data.dtype))
        if id(out) in dirty:
            out._vc[0] += 1  # PyTorch counts mark_dirty as one more in-place change
        if recording and id(out) in non_diff and id(out) in input_ids and id(out) not in dirty:
            # A non-differentiable input returned as is: PyTorch returns a view of it without grad.
            results[k] = _views.make_view(Tensor._make(out._data, False, None), out)
            continue
        if not recording or id(out) in non_diff or out._data.dtype.kind != "f":
            continue
        if id(out) in dirty:
            if out._grad_fn is None and out._requires_grad:
                raise RuntimeError("a leaf Variable that requires grad has been used in an in-place operation.")
            if out._base is not None and ctx.next_functions and args and args[0] is out:
                # A view changed in place: like any in-place op on a view, the base's history is
                # rewritten (CopySlices around this node) and the view reads it (AsStridedBackward0).
                rebase(out, ctx)
                continue
            connected = out  # modified in place: the same tensor gets a new history
            follow_base(out, None)
        elif id(out) in input_ids:
            # An input returned as is: PyTorch returns a view of it (same data, own history).
            connected = _views.make_view(Tensor._make(out._data, True, None), out)
            _mark_custom_view(connected, ctx, k)
            results[k] = connected
        elif out._base is not None:
            connected = out  # a view made inside forward: it stays one, but in-place use is refused
            _mark_custom_view(connected, ctx, k)
        elif out._grad_fn is not None or out._requires_grad:
            connected = Tensor._make(out._data, True, None)
            connected._vc = out._vc
            results[k] = connected
        else:
            connected = out
        connected._requires_grad = True
        connected._grad_fn = ctx
        if k:
            connected._output_nr = k
    ctx._outputs = tuple(metas)
    first = next((m for m in metas if m is not None), None)
    if first is not None:
        ctx._out_shape, ctx._out_dtype = metas[0] if metas[0] is not None else first
    _save(ctx, results, recording)
    return results[0] if single else tuple(results)


def _mark_custom_view(view, ctx, k):
    """An in-place op on this view would bypass the custom backward: ops/inplace refuses it."""
    view.__dict__.pop("_made_in_no_grad", None)
    view._custom_function_view = f"Output {k} of {type(ctx).__name__[:-len('Backward')]}"


def _save(ctx, results, recording):
    """Packs what ``save_for_backward`` received: an output of this node is kept as its data only
    (no reference cycle node -> output -> node)."""
    own = {id(r): r for r in results if isinstance(r, Tensor) and r._grad_fn is ctx}
    saved = []
    for t in ctx._to_save:
        if recording and t is not None and id(t) in own:
            saved.append(SavedOutput(t._data, t._vc, t._output_nr))
        else:
            saved.append(t)
    ctx._versions = tuple(t._vc[0] if isinstance(t, Tensor) else None for t in saved)
    if recording and saved_tensors_hooks_stack:  # torch.autograd.graph.saved_tensors_hooks
        prev, grad_mode.enabled = grad_mode.enabled, False  # PyTorch packs these without recording
        try:
            saved = _pack_all(ctx, saved, order=range(len(saved)))
        finally:
            grad_mode.enabled = prev
    ctx._saved = tuple(saved)
    ctx._plain = False  # saved tensors are checked against their versions on unpacking
    ctx._to_save = ()


def once_differentiable(fn):
    """Decorates a ``backward`` that is not itself differentiable: it runs without recording.

    When the incoming gradients require grad (a double backward is being built), PyTorch gives
    the results an ``Error`` node instead, so that differentiating them again fails loudly."""

    @functools.wraps(fn)
    def wrapper(ctx, *args):
        prev, grad_mode.enabled = grad_mode.enabled, False
        try:
            outputs = fn(ctx, *args)
        finally:
            grad_mode.enabled = prev
        if not (prev and any(isinstance(a, Tensor) and a._requires_grad for a in args)):
            return outputs
        single = not isinstance(outputs, tuple)
        wrapped = _delayed_error((outputs,) if single else outputs)
        return wrapped[0] if single else wrapped

    return wrapper


class Error(Node):  # PyTorch: DelayedError, whose node prints as <Error>
    """Stands where a once_differentiable backward's gradient would be differentiated."""

    _message = "trying to differentiate twice a function that was marked with @once_differentiable"

    def name(self):
        return "torch::autograd::Error"

    def backward(self, *grads):
        raise RuntimeError(self._message)


def _delayed_error(outputs):
    """One Error node for all outputs; like PyTorch, its inputs are detached copies that require
    grad (kept alive by the node), so every output gets a grad_fn."""
    from ..ops._record import edge

    fakes = [None if o is None else Tensor._make(o._data, True, None) for o in outputs]
    node = Error(tuple(edge(f) for f in fakes if f is not None))
    node._inputs = fakes
    results = []
    for k, o in enumerate(outputs):
        if o is None:
            results.append(None)
            continue
        out = Tensor._make(o._data, True, node)
        if k:
            out._output_nr = k
        results.append(out)
    return tuple(results)


__all__ = ["Function", "FunctionCtx", "BackwardCFunction", "once_differentiable"]
