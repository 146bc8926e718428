"""``torch.backends.cudnn``: settable flags with PyTorch's defaults; cuDNN is never available."""
deterministic = False
benchmark = False
enabled = True
allow_tf32 = True


def is_available():
    return False


def version():
    return None
