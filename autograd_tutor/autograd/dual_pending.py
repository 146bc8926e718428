"""Forward AD's one piece of state the core reads: outputs whose tangent waits for their op to
complete its node (see ops/_tangents.py). Empty outside a dual level; reading a grad_fn,
printing a tensor or starting a backward settles them first."""
PENDING = []


def settle():
    from ..ops._tangents import settle as settle_tangents

    settle_tangents()
