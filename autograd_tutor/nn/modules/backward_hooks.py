"""Module backward hooks, made as PyTorch makes them.

Full hooks (``register_full_backward_hook``): the module's tensor inputs and outputs pass through
an identity custom Function (``BackwardHookFunction``, so outputs show
``BackwardHookFunctionBackward`` as their grad_fn); the output side records the gradients with
respect to the outputs, the input side then calls ``hook(module, grad_input, grad_output)``.
Legacy hooks (``register_backward_hook``) hang on the output's grad_fn and see that node's
gradients, with PyTorch's deprecation warnings.
"""
import warnings

from ...tensor import Tensor


def _function():
    from ...autograd.function import Function

    global BackwardHookFunction
    if BackwardHookFunction is None:
        class BackwardHookFunction(Function):
            @staticmethod
            def forward(ctx, *args):
                ctx.mark_non_differentiable(*[a for a in args if isinstance(a, Tensor) and not a.requires_grad])
                return args

            @staticmethod
            def backward(ctx, *grads):
                return grads

        globals()["BackwardHookFunction"] = BackwardHookFunction
    return BackwardHookFunction


BackwardHookFunction = None

_NO_INPUT_GRAD = (
    "Full backward hook is firing when gradients are computed with respect to module outputs since no "
    "inputs require gradients. See https://docs.pytorch.org/docs/main/generated/torch.nn.Module.html"
    "#torch.nn.Module.register_full_backward_hook for more details."
)


class FullBackwardHook:
    def __init__(self, module, hooks, pre_hooks):
        self.module = module
        self.hooks = hooks
        self.pre_hooks = pre_hooks
        self.grad_outputs = None
        self.n_inputs = 0
        self.input_hooked = False

    def _apply(self, values, on_grads):
        tensors = [i for i, v in enumerate(values) if isinstance(v, Tensor)]
        if not tensors:
            return values, False
        if not any(values[i].requires_grad for i in tensors):
            return values, False
        fn = _function()
        out = fn.apply(*[values[i] for i in tensors])
        out = out if isinstance(out, tuple) else (out,)
        node = next((o.grad_fn for o in out if o.grad_fn is not None), None)
        if node is None:
            return values, False
        node.register_hook(lambda grad_inputs, grad_outputs: on_grads(grad_inputs))
        new = list(values)
        for i, o in zip(tensors, out):
            new[i] = o
        return tuple(new), True

    def setup_input_hook(self, args):
        self.n_inputs = sum(isinstance(a, Tensor) for a in args)
        args, self.input_hooked = self._apply(tuple(args), self._on_input_grads)
        return args

    def setup_output_hook(self, result):
        single = isinstance(result, Tensor)
        values = (result,) if single else result
        if not isinstance(values, tuple):
            return result
        values, _ = self._apply(values, self._on_output_grads)
        return values[0] if single else values

    def _on_output_grads(self, grads):
        grads = tuple(grads)
        for hook in self.pre_hooks:
            new = hook(self.module, grads)
            if new is not None:
                grads = tuple(new) if isinstance(new, (tuple, list)) else (new,)
        self.grad_outputs = grads
        if not self.input_hooked:
            warnings.warn(_NO_INPUT_GRAD, UserWarning, stacklevel=2)
            for hook in self.hooks:
                hook(self.module, (None,) * self.n_inputs, self.grad_outputs)
        return grads

    def _on_input_grads(self, grads):
        # No gradient came through the outputs (an output the wrapping could not reach, such as a
        # list, or a double backward): PyTorch then calls no hook.
        if self.grad_outputs is None:
            return None
        grads = tuple(grads)
        for hook in self.hooks:
            new = hook(self.module, grads, self.grad_outputs)
            if new is not None:
                grads = tuple(new) if isinstance(new, (tuple, list)) else (new,)
        self.grad_outputs = None
        return grads


_NESTED = ("Using a non-full backward hook when outputs are nested in python data structure is deprecated "
           "and will be removed in future versions. This hook will be missing some grad_output.")
_MULTIPLE = ("Using a non-full backward hook when the forward contains multiple autograd Nodes is deprecated "
             "and will be removed in future versions. This hook will be missing some grad_input. Please use "
             "register_full_backward_hook to get the documented behavior.")


def attach_legacy(module, hooks, args, result):
    """``register_backward_hook``: each hook on the output's grad_fn, called as hook(module,
    grad_input, grad_output) with that node's gradients."""
    var = result
    while not isinstance(var, Tensor):
        if isinstance(var, dict):
            var = next(v for v in var.values() if isinstance(v, Tensor))
        else:
            var = var[0]
    grad_fn = var.grad_fn
    if grad_fn is None:
        return
    for hook in hooks:
        grad_fn.register_hook(lambda gi, go, hook=hook: hook(module, gi, go))
    results = (result,) if isinstance(result, Tensor) else result
    out_fns = {r.grad_fn for r in results if isinstance(r, Tensor) and r.grad_fn is not None}
    if not out_fns or (len(out_fns) == 1 and grad_fn not in out_fns):
        warnings.warn(_NESTED, FutureWarning, stacklevel=3)
        return
    inputs_fns = {a.grad_fn for a in args if isinstance(a, Tensor) and a.grad_fn is not None}
    if inputs_fns != {n for n, _ in grad_fn.next_functions}:
        warnings.warn(_MULTIPLE, FutureWarning, stacklevel=3)
