"""Adam (and AMSGrad), with PyTorch's bias corrections, L2 or decoupled weight decay, and
maximize, in the order of PyTorch's single-tensor implementation, in place on NumPy arrays."""
import numpy as np

from ..tensor import Tensor
from ._fused import add_product_, add_scaled, lerp_
from ._scalar import as_scalar, check_not_negative, check_one_element
from .optimizer import Optimizer, check_differentiable_update, check_fused, new_step_count, use_grad_for_differentiable


class Adam(Optimizer):
    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, amsgrad=False, *,
                 foreach=None, maximize=False, capturable=False, differentiable=False, fused=None,
                 decoupled_weight_decay=False):
        if isinstance(lr, Tensor) and foreach and not capturable:
            raise ValueError("lr as a Tensor is not supported for capturable=False and foreach=True")
        check_one_element(lr, "lr")
        check_not_negative(("learning rate", lr), ("epsilon value", eps))
        if not 0.0 <= betas[0] < 1.0:
            raise ValueError(f"Invalid beta parameter at index 0: {betas[0]}")
        if not 0.0 <= betas[1] < 1.0:
            raise ValueError(f"Invalid beta parameter at index 1: {betas[1]}")
        check_not_negative(("weight_decay value", weight_decay))
        if not ((isinstance(betas[0], float) and isinstance(betas[1], float))
                or (isinstance(betas[0], Tensor) and isinstance(betas[1], Tensor))):
            raise ValueError("betas must be either both floats or both Tensors")
        for i in (0, 1):
            if isinstance(betas[i], Tensor) and not capturable and foreach:
                raise ValueError(f"betas[{i}] as a Tensor is not supported for capturable=False and foreach=True")
            check_one_element(betas[i], f"betas[{i}]")
        defaults = {
            "lr": lr, "betas": tuple(as_scalar(b) for b in betas), "eps": eps,
            "weight_decay": weight_decay, "amsgrad": amsgrad, "maximize": maximize,
            "foreach": foreach, "capturable": capturable, "differentiable": differentiable,
            "fused": fused, "decoupled_weight_decay": decoupled_weight_decay,
        }
        super().__init__(params, defaults)
        check_fused(fused, foreach, differentiable)

    def _state_for(self, p, amsgrad):
        """Lazily created per-parameter state, with PyTorch's keys: step, exp_avg, exp_avg_sq."""
        state = self.state[p]
        if len(state) == 0:
            state["step"] = new_step_count()
            state["exp_avg"] = Tensor._make(np.zeros_like(p._data), False, None)
            state["exp_avg_sq"] = Tensor._make(np.zeros_like(p._data), False, None)
            if amsgrad:
                state["max_exp_avg_sq"] = Tensor._make(np.zeros_like(p._data), False, None)
        return state

    @use_grad_for_differentiable
    def step(self, closure=None):
        return self._update_each(closure)

    def _update(self, p, group):
        lr, weight_decay, eps = as_scalar(group["lr"]), group["weight_decay"], group["eps"]
        beta1, beta2 = group["betas"]
        amsgrad = group["amsgrad"]
        state = self._state_for(p, amsgrad)
        if group["capturable"]:
            raise AssertionError(
                "If capturable=True, params and state_steps must be on supported devices: "
                "['cuda', 'xpu', 'hpu', 'privateuseone', 'xla']."
            )
        grad = p._grad._data if not group["maximize"] else -p._grad._data
        param = p._data
        state["step"]._data += 1
        step = float(state["step"]._data)
        if weight_decay != 0:
            if group["decoupled_weight_decay"]:
                check_differentiable_update(group, p)
                param *= 1 - lr * weight_decay
            else:
                grad = add_scaled(grad, param, weight_decay)  # grad.add(param, alpha=weight_decay)
        exp_avg, exp_avg_sq = state["exp_avg"]._data, state["exp_avg_sq"]._data
        lerp_(exp_avg, grad, 1 - beta1)
        exp_avg_sq *= beta2
        add_product_(exp_avg_sq, grad, grad, 1 - beta2)  # exp_avg_sq.mul_(beta2).addcmul_(grad, grad, ...)
        bias_correction1 = 1 - beta1 ** step
        bias_correction2 = 1 - beta2 ** step
        step_size = lr / bias_correction1
        bias_correction2_sqrt = bias_correction2 ** 0.5
        if amsgrad:
            max_sq = state["max_exp_avg_sq"]._data
            np.maximum(max_sq, exp_avg_sq, out=max_sq)
            denom = np.sqrt(max_sq) / bias_correction2_sqrt
        else:
            denom = np.sqrt(exp_avg_sq) / bias_correction2_sqrt
        denom += eps
        check_differentiable_update(group, p)
        param += -step_size * exp_avg / denom
        for t in (p, state["exp_avg"], state["exp_avg_sq"], state["step"]):
            t._vc[0] += 1

