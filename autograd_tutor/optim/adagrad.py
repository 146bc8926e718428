"""Adagrad: divides each step by the root of the running sum of squared gradients, with
PyTorch's learning-rate decay and weight decay, in the order of its single-tensor version.
As in PyTorch, every parameter's state ('step', 'sum') exists from construction on."""
import numpy as np

from ..tensor import Tensor
from ._fused import add_product_, add_scaled
from ._scalar import as_scalar, check_not_negative, check_one_element
from .optimizer import Optimizer, check_fused, new_step_count, use_grad_for_differentiable


class Adagrad(Optimizer):
    def __init__(self, params, lr=1e-2, lr_decay=0, weight_decay=0, initial_accumulator_value=0, eps=1e-10,
                 foreach=None, *, maximize=False, differentiable=False, fused=None):
        check_one_element(lr, "lr")
        check_not_negative(("learning rate", lr), ("lr_decay value", lr_decay), ("weight_decay value", weight_decay),
                           ("initial_accumulator_value value", initial_accumulator_value), ("epsilon value", eps))
        defaults = {
            "lr": lr, "lr_decay": lr_decay, "eps": eps, "weight_decay": weight_decay,
            "initial_accumulator_value": initial_accumulator_value, "foreach": foreach,
            "maximize": maximize, "differentiable": differentiable, "fused": fused,
        }
        super().__init__(params, defaults)
        check_fused(fused, foreach, differentiable)
        for group in self.param_groups:
            for p in group["params"]:
                state = self.state[p]
                state["step"] = new_step_count()
                state["sum"] = Tensor._make(np.full_like(p._data, initial_accumulator_value), False, None)

    @use_grad_for_differentiable
    def step(self, closure=None):
        return self._update_each(closure)

    def _update(self, p, group):
        lr, weight_decay, eps = as_scalar(group["lr"]), group["weight_decay"], group["eps"]
        state = self.state[p]
        state["step"]._data += 1
        step = float(state["step"]._data)
        grad = p._grad._data if not group["maximize"] else -p._grad._data
        param = p._data
        if weight_decay != 0:
            grad = add_scaled(grad, param, weight_decay)  # grad.add(param, alpha=weight_decay)
        clr = lr / (1 + (step - 1) * group["lr_decay"])
        state_sum = state["sum"]._data
        add_product_(state_sum, grad, grad, 1)  # state_sum.addcmul_(grad, grad, value=1)
        std = np.sqrt(state_sum)
        std += eps
        param += -clr * grad / std  # param.addcdiv_(grad, std, value=-clr)
        for t in (p, state["sum"], state["step"]):
            t._vc[0] += 1
