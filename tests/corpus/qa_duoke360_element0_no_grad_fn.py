# Source: https://duoke360.com/post/35061 ("PyTorch运行时错误 - 张量的元素0不需要grad且没有grad_fn": the error
# "element 0 of tensors does not require grad and does not have a grad_fn", its three causes and fixes)
# Changes: each cause and each fix is a cell; the page's third fix (freezing some layers) is cut off in the
# stored copy and is left out.
# %%
import torch
x = torch.tensor([1.0]) # 默认requires_grad=False
y = x * 2
y.backward() # 错误!x未启用梯度跟踪
# %%
x = torch.tensor([1.0], requires_grad=True)
y = x.detach() # 切断计算图
z = y * 2
z.backward() # 错误!y已脱离计算图
# %%
model = torch.nn.Linear(1, 1)
for param in model.parameters():
    param.requires_grad = False # 禁用所有参数梯度
out = model(torch.tensor([1.0]))
out.backward() # 错误!参数不需要梯度
# %%
x = torch.tensor([1.0], requires_grad=True) # 正确方式
y = x * 2
y.backward()
print(x.grad) # 输出: tensor([2.])
# %%
x = torch.tensor([1.0], requires_grad=True)
y = x + 1
# 需要非微分操作时保留计算图
z = y.detach().numpy() # 正确分离计算图
# 后续需要梯度时重新包装
new_tensor = torch.from_numpy(z).requires_grad_(True)
