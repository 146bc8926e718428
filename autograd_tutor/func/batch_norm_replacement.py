"""``torch.func.replace_all_batch_norm_modules_``: BatchNorm modules that keep no running
statistics, so that a vmapped or per-sample model does not update them."""


def replace_all_batch_norm_modules_(root):
    """Sets ``running_mean``, ``running_var`` and ``num_batches_tracked`` to None and
    ``track_running_stats`` to False in every BatchNorm module of ``root`` (in place)."""
    from autograd_tutor.nn.modules.batchnorm import _BatchNorm

    for module in root.modules():
        if isinstance(module, _BatchNorm) and module.track_running_stats:
            module.running_mean = None
            module.running_var = None
            module.num_batches_tracked = None
            module.track_running_stats = False
    return root
