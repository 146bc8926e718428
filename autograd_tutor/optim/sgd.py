"""Stochastic gradient descent with PyTorch's momentum, dampening, nesterov, weight decay and
maximize, computed in the same order as PyTorch's single-tensor implementation (so float32
results agree), in place on the parameters' arrays."""
import numpy as np

from ..tensor import Tensor
from ._fused import add_scaled
from ._scalar import as_scalar, check_one_element
from .optimizer import Optimizer, check_differentiable_update, check_fused, use_grad_for_differentiable


class SGD(Optimizer):
    def __init__(self, params, lr=1e-3, momentum=0, dampening=0, weight_decay=0, nesterov=False, *,
                 maximize=False, foreach=None, differentiable=False, fused=None):
        check_one_element(lr, "lr")
        if lr < 0.0:
            raise ValueError(f"Invalid learning rate: {lr}")
        if momentum < 0.0:
            raise ValueError(f"Invalid momentum value: {momentum}")
        if weight_decay < 0.0:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        defaults = {
            "lr": lr, "momentum": momentum, "dampening": dampening, "weight_decay": weight_decay,
            "nesterov": nesterov, "maximize": maximize, "foreach": foreach,
            "differentiable": differentiable, "fused": fused,
        }
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError("Nesterov momentum requires a momentum and zero dampening")
        super().__init__(params, defaults)
        check_fused(fused, foreach, differentiable)

    @use_grad_for_differentiable
    def step(self, closure=None):
        loss = None if closure is None else self._closure_loss(closure)
        for group in self.param_groups:
            lr = group["lr"]
            if type(lr) is float and not (group["momentum"] or group["weight_decay"] or group["maximize"]
                                          or group.get("differentiable")):
                # The everyday group, plain SGD: param.add_(grad, alpha=-lr), no other check per parameter.
                alpha = -lr
                for p in group["params"]:
                    grad = p._grad
                    if grad is not None:
                        data = p._data
                        add_scaled(data, grad._data, alpha, out=data)
                        p._vc[0] += 1
            else:
                self._update_group(group)
        return loss

    def _update_group(self, group):
        lr = as_scalar(group["lr"])
        momentum, dampening = group["momentum"], group["dampening"]
        weight_decay = as_scalar(group["weight_decay"])
        nesterov, maximize = group["nesterov"], group["maximize"]
        differentiable = group.get("differentiable")
        alpha = -lr
        for p in group["params"]:
            grad = p._grad
            if grad is None:
                continue
            grad = grad._data
            if maximize:
                grad = -grad
            if weight_decay != 0:
                grad = add_scaled(grad, p._data, weight_decay)  # grad.add(param, alpha=weight_decay)
            if momentum != 0:
                grad = self._momentum(p, grad, momentum, dampening, nesterov)
            if differentiable:
                check_differentiable_update(group, p)
            data = p._data
            add_scaled(data, grad, alpha, out=data)  # param.add_(grad, alpha=-lr)
            p._vc[0] += 1

    def _momentum(self, p, grad, momentum, dampening, nesterov):
        """Updates the momentum buffer b = momentum * b + (1 - dampening) * grad (b = grad at first)."""
        state = self.state[p]
        buf = state.get("momentum_buffer")
        if buf is None:
            buf = Tensor._make(np.array(grad, copy=True), False, None)
            state["momentum_buffer"] = buf
        else:
            data = buf._data
            data *= momentum
            add_scaled(data, grad, 1 - dampening, out=data)  # buf.mul_(momentum).add_(grad, alpha=1 - dampening)
            buf._vc[0] += 1
        return add_scaled(grad, buf._data, momentum) if nesterov else buf._data
