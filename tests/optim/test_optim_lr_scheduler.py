"""Learning-rate schedulers against PyTorch: the rates over many epochs (exact floats), the
optimizer's groups, state_dict, and the warnings for calls in the wrong order."""
import pytest
from ops_oracle import same

SCHEDULERS = [
    "lr_scheduler.StepLR(opt, step_size=3)", "lr_scheduler.StepLR(opt, 2, gamma=0.5)",
    "lr_scheduler.MultiStepLR(opt, milestones=[2, 5, 5, 9], gamma=0.3)", "lr_scheduler.ExponentialLR(opt, gamma=0.9)",
    "lr_scheduler.CosineAnnealingLR(opt, T_max=4)", "lr_scheduler.CosineAnnealingLR(opt, T_max=5, eta_min=0.01)",
    "lr_scheduler.LambdaLR(opt, lambda epoch: 0.95 ** epoch)",
    "lr_scheduler.LambdaLR(opt, [lambda e: 1 / (e + 1), lambda e: e + 1])",
]


def program_for(make, epochs=12, step_first=True, with_epoch=False):
    def program(T):
        w = T.tensor([1.0, -1.0], requires_grad=True)
        b = T.tensor([0.5], requires_grad=True)
        opt = T.optim.SGD([{"params": [w]}, {"params": [b], "lr": 0.5}], lr=0.1, momentum=0.9)
        scheduler = eval(make, {"lr_scheduler": T.optim.lr_scheduler, "opt": opt})
        rates = [scheduler.get_last_lr()]
        for epoch in range(epochs):
            if step_first:
                opt.zero_grad()
                (w.sum() * b).sum().backward()
                opt.step()
            scheduler.step(epoch + 1) if with_epoch else scheduler.step()
            rates.append(scheduler.get_last_lr())
        return rates, [g["lr"] for g in opt.param_groups], str(scheduler.state_dict()).split("<")[0], w, b

    return program


@pytest.mark.parametrize("make", SCHEDULERS)
def test_rates_and_training_as_torch(make):
    same(program_for(make), exact=False)


@pytest.mark.parametrize("make", SCHEDULERS[:5])
def test_closed_form_with_an_epoch_argument_as_torch(make):
    same(program_for(make, epochs=4, with_epoch=True), exact=False)


def test_stepping_the_scheduler_first_warns_as_torch():
    same(program_for(SCHEDULERS[0], epochs=3, step_first=False))


# The cases above and below where PyTorch raises: declared, so the oracle compares those errors.
ERRORS_RAISE = {"lr_scheduler.StepLR(5, 2)": TypeError, "lr_scheduler.StepLR(opt, 2, last_epoch=3)": KeyError,
                "lr_scheduler.LambdaLR(opt, [lambda e: e])": ValueError}


@pytest.mark.parametrize("expr", [
    "lr_scheduler.StepLR(5, 2)", "lr_scheduler.StepLR(opt, 2, last_epoch=3)",
    "lr_scheduler.LambdaLR(opt, [lambda e: e])", "lr_scheduler.StepLR(opt, 2).get_lr()",
    "lr_scheduler.ExponentialLR(opt, 0.5).state_dict()", "opt.param_groups[0].get('initial_lr')",
])
def test_errors_and_warnings_as_torch(expr):
    def program(T):
        w = T.tensor([1.0], requires_grad=True)
        opt = T.optim.SGD([{"params": [w]}, {"params": [T.ones(1, requires_grad=True)]}], lr=0.1)
        return eval(expr, {"lr_scheduler": T.optim.lr_scheduler, "opt": opt})

    same(program, raises=ERRORS_RAISE.get(expr))
