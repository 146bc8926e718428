"""``torch.autograd.gradcheck`` and ``gradgradcheck``: compare backward with finite differences.

For every input that requires grad and every differentiable output, two Jacobians of shape
(input numel, output numel) are built:

- numerical: perturb one input element by ±eps and take the central difference of the outputs;
- analytical: run backward once per output element with a one-hot ``grad_output``.

They must agree within ``atol + rtol * |numerical|``. The checks, their order and their messages
are PyTorch's, so a failing custom ``backward`` fails the same way in both.
"""
import warnings

import numpy as np

from ..tensor import Tensor
from .functional_api import grad as autograd_grad


class GradcheckError(RuntimeError):
    """Error raised by gradcheck and gradgradcheck."""


def _as_tuple(x):
    if isinstance(x, tuple):
        return x
    if isinstance(x, list):
        return tuple(x)
    return (x,)


def _differentiable_outputs(x):
    return tuple(o for o in _as_tuple(x) if o.requires_grad)


def _diff_inputs(inputs):
    return [t for t in inputs if isinstance(t, Tensor) and t._requires_grad]


def _check_inputs(inputs):
    any_requires_grad = False
    for idx, inp in enumerate(inputs):
        if isinstance(inp, Tensor) and inp._requires_grad:
            if inp._data.dtype != np.float64:
                warnings.warn(
                    f"Input #{idx} requires gradient and is not a double precision floating point or "
                    "complex. This check will likely fail if all the inputs are not of double precision "
                    "floating point or complex. ",
                    stacklevel=3,
                )
            if any(st == 0 and sz > 1 for st, sz in zip(inp._data.strides, inp._data.shape)):
                raise RuntimeError(
                    f"The {idx}th input has a dimension with stride 0. gradcheck only supports inputs "
                    "that are non-overlapping to be able to compute the numerical gradients correctly. "
                    "You should call .contiguous on the input before passing it to gradcheck."
                )
            any_requires_grad = True
    if not any_requires_grad:
        raise ValueError(
            "gradcheck expects at least one input tensor to require gradient, but none of them have "
            "requires_grad=True."
        )


def _float_outputs(outputs):
    return [o for o in outputs if isinstance(o, Tensor) and o._data.dtype.kind == "f"]


def _numerical_jacobians(func, inputs, outputs, eps):
    """Per differentiable input, per float output: the (input numel, output numel) Jacobian."""
    float_outputs = _float_outputs(_as_tuple(outputs))
    result = []
    for inp in _diff_inputs(inputs):
        data = inp._data
        jacobians = [np.zeros((data.size, o._data.size), o._data.dtype) for o in float_outputs]
        for column, index in enumerate(np.ndindex(*data.shape)):
            orig = data[index].copy()
            data[index] = orig - eps
            before = [o._data.copy() for o in _float_outputs(_as_tuple(func(*inputs)))]
            data[index] = orig + eps
            after = [o._data.copy() for o in _float_outputs(_as_tuple(func(*inputs)))]
            data[index] = orig
            for jac, a, b in zip(jacobians, before, after):
                _check_same_shape_and_dtype(a, b, eps, index)
                jac[column] = ((b - a) / (2 * eps)).reshape(-1)
        result.append([Tensor._make(j, False, None) for j in jacobians])
    return result  # result[input][output]


def _check_same_shape_and_dtype(a, b, eps, index):
    from ..size import Size

    if a.shape != b.shape:
        raise AssertionError(
            f"Expected `func` to return outputs with the same shape when inputs are perturbed on index "
            f"{index} by {eps}, but got: shapes {Size(a.shape)} and {Size(b.shape)}."
        )


def _analytical_jacobian_rows(output, diff_inputs):
    """One backward per output element: row j of each input's Jacobian (None if unused)."""
    rows = [[] for _ in diff_inputs]
    flat = np.zeros(output._data.size, output._data.dtype)
    for j in range(flat.size):
        flat[:] = 0
        flat[j] = 1
        grad_output = Tensor._make(flat.reshape(output._data.shape).copy(), False, None)
        grads = autograd_grad(output, diff_inputs, grad_output, retain_graph=True, allow_unused=True)
        for i, g in enumerate(grads):
            rows[i].append(None if g is None else g._data.copy())
    return rows


def _stack_rows(rows, diff_inputs, numel_output):
    """Rows into (input numel, output numel) Jacobians; also whether sizes and dtypes were right."""
    jacobians, sizes_ok, types_ok = [], True, True
    for inp, input_rows in zip(diff_inputs, rows):
        jac = np.zeros((inp._data.size, numel_output), inp._data.dtype)
        for j, row in enumerate(input_rows):
            if row is None:
                continue
            if row.shape != inp._data.shape:
                sizes_ok = False
            elif row.dtype != inp._data.dtype:
                types_ok = False
            if row.size == jac.shape[0]:
                jac[:, j] = row.reshape(-1)
        jacobians.append(jac)
    return jacobians, sizes_ok, types_ok


FAILED_NONDET_MSG = """\n
NOTE: If your op relies on non-deterministic operations i.e., it is listed here:
https://pytorch.org/docs/stable/generated/torch.use_deterministic_algorithms.html
this failure might be expected.

If you are adding a new operator, please file an issue and then use one of the
workarounds. The workaround depends on how your test invokes gradcheck/gradgradcheck.
If the test
- manually invokes gradcheck/gradgradcheck, then call gradcheck/gradgradcheck
  with `nondet_tol=<tol>` as a keyword argument.
- is OpInfo-based (e.g., in test_ops_gradients.py), then modify the OpInfo for the test
  to have `gradcheck_nondet_tol=<tol>`.
- is a Module test (e.g., in common_nn.py), then modify the corresponding
  module_test entry to have `gradcheck_nondet_tol=<tol>`
"""


def _analytical_jacobians(inputs, output, nondet_tol, check_grad_dtypes):
    diff_inputs = _diff_inputs(inputs)
    first, sizes_ok, types_ok = _stack_rows(_analytical_jacobian_rows(output, diff_inputs), diff_inputs,
                                            output._data.size)
    second, _, _ = _stack_rows(_analytical_jacobian_rows(output, diff_inputs), diff_inputs, output._data.size)
    reentrant = all(a.size == 0 or np.abs(a - b).max() <= nondet_tol for a, b in zip(first, second))
    if not types_ok and check_grad_dtypes:
        raise GradcheckError("Gradient has dtype mismatch")
    if not sizes_ok:
        raise GradcheckError("Analytical gradient has incorrect size")
    if not reentrant:
        raise GradcheckError(
            "Backward is not reentrant, i.e., running backward with same input and grad_output multiple "
            "times gives different values, although analytical gradient matches numerical gradient."
            f"The tolerance for nondeterminism was {nondet_tol}." + FAILED_NONDET_MSG
        )
    return [Tensor._make(j, False, None) for j in first]


def _allclose(a, n, rtol, atol):
    a, n = a._data, n._data
    dtype = np.result_type(a.dtype, n.dtype)
    return bool(np.all(np.abs(a.astype(dtype) - n.astype(dtype)) <= atol + rtol * np.abs(n.astype(dtype))))


def _mismatch_message(analytical, numerical, output_idx, input_idx, mode=""):
    return (
        f"Jacobian {mode}mismatch for output {output_idx:d} with respect to input {input_idx:d},\n"
        f"numerical:{numerical}\nanalytical:{analytical}\n"
    )


def _slow_gradcheck(func, func_out, inputs, outputs, eps, rtol, atol, check_grad_dtypes, nondet_tol):
    func_out = _as_tuple(func_out)
    if not outputs:
        for per_input in _numerical_jacobians(func, inputs, func_out, eps):
            for jac in per_input:
                if np.any(jac._data != 0):
                    raise GradcheckError("Numerical gradient for function expected to be zero")
        return True
    numerical = _numerical_jacobians(func, inputs, func_out, eps)
    # numerical[input][output] over float outputs; keep those of the differentiable outputs.
    float_outputs = _float_outputs(func_out)
    keep = [k for k, o in enumerate(float_outputs) if o.requires_grad]
    for i, o in enumerate(outputs):
        analytical = _analytical_jacobians(inputs, o, nondet_tol, check_grad_dtypes)
        for j, (a, per_input) in enumerate(zip(analytical, numerical)):
            n = per_input[keep[i]]
            if not _allclose(a, n, rtol, atol):
                raise GradcheckError(_mismatch_message(a, n, i, j))
    return True


def _forward_ad_jacobians(func, inputs):
    """Per differentiable input, per float output: the (input numel, output numel) Jacobian, one
    column per input element from a forward pass whose only nonzero tangent is that element's."""
    from . import forward_ad

    diff = [i for i, x in enumerate(inputs) if isinstance(x, Tensor) and x._requires_grad]
    result = []
    for i in diff:
        data = inputs[i]._data
        jacobians = None
        for column in range(data.size):
            with forward_ad.dual_level():
                args = list(inputs)
                for k in diff:
                    tangent = np.zeros_like(inputs[k]._data)
                    if k == i:
                        tangent.reshape(-1)[column] = 1
                    args[k] = forward_ad.make_dual(inputs[k], Tensor._make(tangent, False, None))
                outs = _float_outputs(_as_tuple(func(*args)))
                if jacobians is None:
                    jacobians = [np.zeros((data.size, o._data.size), o._data.dtype) for o in outs]
                for jac, o in zip(jacobians, outs):
                    tangent = forward_ad.unpack_dual(o).tangent
                    if tangent is not None:
                        jac[column] = tangent._data.reshape(-1)
        result.append([Tensor._make(j, False, None) for j in jacobians or ()])
    return result  # result[input][output]


def _forward_ad_check(func, func_out, inputs, eps, rtol, atol):
    numerical = _numerical_jacobians(func, inputs, func_out, eps)
    for j, (per_input_fw, per_input_num) in enumerate(zip(_forward_ad_jacobians(func, inputs), numerical)):
        for i, (a, n) in enumerate(zip(per_input_fw, per_input_num)):
            if not _allclose(a, n, rtol, atol):
                raise GradcheckError(_mismatch_message(a, n, i, j, "computed with forward mode "))


def _test_backward_mul_by_grad_output(outputs, inputs):
    diff_inputs = _diff_inputs(inputs)
    if not diff_inputs:
        raise GradcheckError("no Tensors requiring grad found in input")
    zeros = [Tensor._make(np.zeros_like(o._data), False, None) for o in outputs]
    grads = autograd_grad(outputs, diff_inputs, zeros, allow_unused=True)
    for gi, di in zip(grads, diff_inputs):
        if gi is None:
            continue
        if not np.all(gi._data == 0):
            raise GradcheckError("backward not multiplied by grad_output")
        if gi._data.dtype != di._data.dtype:
            raise GradcheckError("grad is incorrect type")
        if gi._data.shape != di._data.shape:
            raise GradcheckError("grad is incorrect size")
    return True


def _test_undefined_backward_mode(func, inputs):
    """Backward must treat missing (zero) output gradients as zeros."""
    diff_inputs = _diff_inputs(inputs)
    outputs = [o for o in _differentiable_outputs(func(*inputs)) if isinstance(o, Tensor)]
    zeros = [Tensor._make(np.zeros_like(o._data), False, None) for o in outputs]
    try:
        grads = autograd_grad(outputs, diff_inputs, zeros, allow_unused=True)
    except RuntimeError as e:
        _warn_bc_breaking()
        raise GradcheckError(
            'Expected backward function to handle undefined output grads. Please look at "Notes about '
            'undefined output gradients" in "tools/autograd/derivatives.yaml"'
        ) from e
    for gi in grads:
        if gi is not None and not np.all(gi._data == 0):
            _warn_bc_breaking()
            raise GradcheckError(
                "Expected all input grads to be undefined or zero when all output grads are undefined or "
                'zero. Please look at "Notes about undefined output gradients" in '
                '"tools/autograd/derivatives.yaml"'
            )
    return True


def _warn_bc_breaking():
    warnings.warn(
        "Backwards compatibility: New undefined gradient support checking feature is enabled by default, "
        "but it may break existing callers of this function. If this is true for you, you can call this "
        'function with "check_undefined_grad=False" to disable the feature',
        stacklevel=4,
    )


def gradcheck(func, inputs, *, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=True, nondet_tol=0.0,
              check_undefined_grad=True, check_grad_dtypes=False, check_batched_grad=False,
              check_batched_forward_grad=False, check_forward_ad=False, check_backward_ad=True,
              fast_mode=False, masked=None):
    """Checks the gradients of ``func`` at ``inputs`` against finite differences (use float64).

    ``fast_mode`` runs the same full comparison (the inputs of a lesson are small);
    ``check_forward_ad`` compares the Jacobian forward-mode AD gives (one dual tensor per input
    element) with the numerical one; batched checks are not available here.
    """
    if not (check_forward_ad or check_backward_ad):
        raise AssertionError("Expected at least one of check_forward_ad or check_backward_ad to be True")
    if check_batched_grad and not check_backward_ad:
        raise AssertionError("Setting check_batched_grad=True requires check_backward_ad to be True")
    if check_batched_forward_grad and not check_forward_ad:
        raise AssertionError("Setting check_batched_forward_grad=True requires check_forward_ad to be True")
    try:
        return _gradcheck(func, inputs, eps, atol, rtol, nondet_tol, check_undefined_grad,
                          check_grad_dtypes, check_backward_ad, check_forward_ad)
    except GradcheckError:
        if raise_exception:
            raise
        return False


def _gradcheck(func, inputs, eps, atol, rtol, nondet_tol, check_undefined_grad, check_grad_dtypes,
               check_backward_ad, check_forward_ad=False):
    inputs = _as_tuple(inputs)
    _check_inputs(inputs)
    func_out = func(*inputs)
    outputs = _differentiable_outputs(func_out)
    if check_forward_ad:
        _forward_ad_check(func, func_out, inputs, eps, rtol, atol)
    if not check_backward_ad:
        return True
    _slow_gradcheck(func, func_out, inputs, outputs, eps, rtol, atol, check_grad_dtypes, nondet_tol)
    _test_backward_mul_by_grad_output(outputs, inputs)
    if check_undefined_grad:
        _test_undefined_backward_mode(func, inputs)
    return True


def gradgradcheck(func, inputs, grad_outputs=None, *, eps=1e-6, atol=1e-5, rtol=1e-3,
                  gen_non_contig_grad_outputs=False, raise_exception=True, nondet_tol=0.0,
                  check_undefined_grad=True, check_grad_dtypes=False, check_batched_grad=False,
                  check_fwd_over_rev=False, check_rev_over_rev=True, fast_mode=False, masked=False):
    """Checks second derivatives: gradcheck applied to the (create_graph) gradient of ``func``."""
    if not (check_fwd_over_rev or check_rev_over_rev):
        raise AssertionError("Expected at least one of check_fwd_over_rev or check_rev_over_rev to be True")
    if check_undefined_grad and not check_rev_over_rev:
        raise AssertionError("Setting check_undefined_grad=True requires check_rev_over_rev to be True")
    if check_batched_grad and not check_rev_over_rev:
        raise AssertionError("Setting check_batched_grad=True requires check_rev_over_rev to be True")
    inputs = _as_tuple(inputs)
    if grad_outputs is None:
        outputs = _differentiable_outputs(func(*inputs))
        grad_outputs = tuple(_random_grad_output(o) for o in outputs)
    else:
        grad_outputs = _as_tuple(grad_outputs)
    n_out = len(grad_outputs)
    diff_input_idx = {i for i, x in enumerate(inputs) if isinstance(x, Tensor) and x._requires_grad}
    diff_grad_idx = {i for i, x in enumerate(grad_outputs) if x._requires_grad}

    def first_derivative(*args):
        input_args = tuple(x.requires_grad_() if i in diff_input_idx else x for i, x in enumerate(args[:-n_out]))
        outs = _differentiable_outputs(func(*input_args))
        grads_out = tuple(x.requires_grad_() if i in diff_grad_idx else x for i, x in enumerate(args[-n_out:]))
        diff_args = tuple(x for i, x in enumerate(input_args) if i in diff_input_idx)
        grads = autograd_grad(outs, diff_args, grads_out, create_graph=True, allow_unused=True)
        return tuple(g for g in grads if g is not None)

    return gradcheck(first_derivative, inputs + grad_outputs, eps=eps, atol=atol, rtol=rtol,
                     raise_exception=raise_exception, nondet_tol=nondet_tol,
                     check_undefined_grad=check_undefined_grad, check_grad_dtypes=check_grad_dtypes,
                     check_batched_grad=check_batched_grad, fast_mode=fast_mode,
                     check_forward_ad=check_fwd_over_rev, check_backward_ad=check_rev_over_rev,
                     masked=masked)


def _random_grad_output(output):
    """Like torch.testing.make_tensor(low=-1, high=1): uniform values in [-1, 1), requiring grad."""
    from ..random import rand

    dtype = output.dtype if output.is_floating_point() else None
    values = rand(tuple(output.shape), dtype=dtype) if dtype is not None else rand(tuple(output.shape)).double()
    values = values * 2 - 1
    return values.detach().requires_grad_()


__all__ = ["gradcheck", "gradgradcheck", "GradcheckError"]


class _CallableModule(type(warnings)):
    """``torch.autograd.gradcheck`` is the function, yet ``import torch.autograd.gradcheck`` names
    this module: if that import bound the module to the name, calling it still works."""

    def __call__(self, *args, **kwargs):
        return gradcheck(*args, **kwargs)


import sys  # noqa: E402

sys.modules[__name__].__class__ = _CallableModule
