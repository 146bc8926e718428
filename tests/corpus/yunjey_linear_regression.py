# Source: yunjey/pytorch-tutorial, tutorials/01-basics/linear_regression/main.py
# Changes: matplotlib import and the plotting lines dropped (the prediction is printed instead);
# torch.manual_seed(0) added; the checkpoint is saved to an in-memory buffer instead of 'model.ckpt';
# split into cells (setup, training, result).
# %%
import torch
import torch.nn as nn
import numpy as np
torch.manual_seed(0)

# Hyper-parameters
input_size = 1
output_size = 1
num_epochs = 60
learning_rate = 0.001

# Toy dataset
x_train = np.array([[3.3], [4.4], [5.5], [6.71], [6.93], [4.168],
                    [9.779], [6.182], [7.59], [2.167], [7.042],
                    [10.791], [5.313], [7.997], [3.1]], dtype=np.float32)

y_train = np.array([[1.7], [2.76], [2.09], [3.19], [1.694], [1.573],
                    [3.366], [2.596], [2.53], [1.221], [2.827],
                    [3.465], [1.65], [2.904], [1.3]], dtype=np.float32)

# Linear regression model
model = nn.Linear(input_size, output_size)

# Loss and optimizer
criterion = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)
# %%
# Train the model
for epoch in range(num_epochs):
    # Convert numpy arrays to torch tensors
    inputs = torch.from_numpy(x_train)
    targets = torch.from_numpy(y_train)

    # Forward pass
    outputs = model(inputs)
    loss = criterion(outputs, targets)

    # Backward and optimize
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

    if (epoch+1) % 5 == 0:
        print ('Epoch [{}/{}], Loss: {:.4f}'.format(epoch+1, num_epochs, loss.item()))
# %%
predicted = model(torch.from_numpy(x_train)).detach().numpy()
print(predicted[:5])

# Save the model checkpoint
import io
torch.save(model.state_dict(), io.BytesIO())
