"""RMSprop: divides each step by a running root mean square of the gradients (optionally
centered, with momentum and weight decay), in the order of PyTorch's single-tensor version."""
import numpy as np

from ..tensor import Tensor
from ._fused import add_product_, add_scaled, lerp_
from ._scalar import as_scalar, check_not_negative, check_one_element
from .optimizer import Optimizer, new_step_count, use_grad_for_differentiable


class RMSprop(Optimizer):
    def __init__(self, params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0, centered=False,
                 capturable=False, foreach=None, maximize=False, differentiable=False):
        check_one_element(lr, "lr")
        check_not_negative(("learning rate", lr), ("epsilon value", eps), ("momentum value", momentum),
                           ("weight_decay value", weight_decay), ("alpha value", alpha))
        defaults = {
            "lr": lr, "momentum": momentum, "alpha": alpha, "eps": eps, "centered": centered,
            "weight_decay": weight_decay, "capturable": capturable, "foreach": foreach,
            "maximize": maximize, "differentiable": differentiable,
        }
        super().__init__(params, defaults)

    def _state_for(self, p, group):
        state = self.state[p]
        if len(state) == 0:
            state["step"] = new_step_count()
            state["square_avg"] = Tensor._make(np.zeros_like(p._data), False, None)
            if group["momentum"] > 0:
                state["momentum_buffer"] = Tensor._make(np.zeros_like(p._data), False, None)
            if group["centered"]:
                state["grad_avg"] = Tensor._make(np.zeros_like(p._data), False, None)
        return state

    @use_grad_for_differentiable
    def step(self, closure=None):
        return self._update_each(closure)

    def _update(self, p, group):
        lr, alpha, eps = as_scalar(group["lr"]), group["alpha"], group["eps"]
        weight_decay, momentum = group["weight_decay"], group["momentum"]
        state = self._state_for(p, group)
        grad = p._grad._data if not group["maximize"] else -p._grad._data
        param = p._data
        state["step"]._data += 1
        if weight_decay != 0:
            grad = add_scaled(grad, param, weight_decay)  # grad.add(param, alpha=weight_decay)
        square_avg = state["square_avg"]._data
        square_avg *= alpha
        add_product_(square_avg, grad, grad, 1 - alpha)  # square_avg.mul_(alpha).addcmul_(grad, grad, ...)
        if group["centered"]:
            grad_avg = state["grad_avg"]._data
            lerp_(grad_avg, grad, 1 - alpha)
            avg = np.sqrt(add_product_(square_avg.copy(), grad_avg, grad_avg, -1))  # square_avg.addcmul(..., value=-1)
        else:
            avg = np.sqrt(square_avg)
        avg += eps
        if momentum > 0:
            buf = state["momentum_buffer"]._data
            buf *= momentum
            buf += grad / avg
            add_scaled(param, buf, -lr, out=param)  # param.add_(buf, alpha=-lr)
        else:
            param += -lr * grad / avg
        for t in state.values():
            t._vc[0] += 1
        p._vc[0] += 1
