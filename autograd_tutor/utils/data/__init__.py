"""``torch.utils.data``: datasets, samplers and the DataLoader that batches a dataset.

A small single-process version of PyTorch's: the same classes, the same random numbers (a
shuffled DataLoader draws its seeds from the default generator as PyTorch does, so after
``torch.manual_seed(s)`` it visits the samples in PyTorch's order) and the same batches.
"""
from .dataloader import DataLoader, default_collate, default_convert
from .dataset import ConcatDataset, Dataset, IterableDataset, Subset, TensorDataset, random_split
from .sampler import BatchSampler, RandomSampler, Sampler, SequentialSampler, SubsetRandomSampler

__all__ = [
    "BatchSampler", "ConcatDataset", "DataLoader", "Dataset", "IterableDataset", "RandomSampler",
    "Sampler", "SequentialSampler", "Subset", "SubsetRandomSampler", "TensorDataset",
    "default_collate", "default_convert", "random_split",
]
