# Source: pytorch/tutorials, advanced_source/numpy_extensions_tutorial.py at commit 040f4449313883ed10cfa204a2c8fd3cde58ed0c
# ("Creating extensions using numpy and scipy"; this version's BadFFTFunction is a legacy Function with
# non-static forward/backward, which PyTorch 2 refuses when it is called)
# Changes: torch.manual_seed(0) added after the imports; prose comments dropped; a cell per code block. Dropped: the
# "Parametrized example" (ScipyConv2d), which needs SciPy's convolve2d/correlate2d (SciPy is not installed here).
# %%
import torch
from torch.autograd import Function
torch.manual_seed(0)
# %%
from numpy.fft import rfft2, irfft2


class BadFFTFunction(Function):

    def forward(self, input):
        numpy_input = input.detach().numpy()
        result = abs(rfft2(numpy_input))
        return input.new(result)

    def backward(self, grad_output):
        numpy_go = grad_output.numpy()
        result = irfft2(numpy_go)
        return grad_output.new(result)

# since this layer does not have any parameters, we can
# simply declare this as a function, rather than as an nn.Module class


def incorrect_fft(input):
    return BadFFTFunction()(input)
# %%
input = torch.randn(8, 8, requires_grad=True)
result = incorrect_fft(input)
print(result)
result.backward(torch.randn(result.size()))
print(input)
