"""The IPython extension: after every cell, the live autograd graph, grad_fn chain and grads.

    %load_ext autograd_tutor           # or autograd_tutor.notebook

then `%autograd on|off|status`, `%graph EXPR [--saved] [--attrs]`, `%chain EXPR`, `%grads`, `%paths OUTPUT LEAF`,
`%stepthrough EXPR` / `%%stepthrough`, and `%config AutogradTutor` for the options.
Set AUTOGRAD_TUTOR_WATCH=0 to load it with the views off (batch grading does).
"""


def load_ipython_extension(ipython):
    from .extension import load

    load(ipython)


def unload_ipython_extension(ipython):
    from .extension import unload

    unload(ipython)
