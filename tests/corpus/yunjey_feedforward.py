# Source: yunjey/pytorch-tutorial, tutorials/01-basics/feedforward_neural_network/main.py
# Changes: MNIST replaced by seeded synthetic data (600 training and 200 test "images" of 784
# values with labels 0-9, as TensorDatasets); torchvision imports dropped; hidden_size 500 -> 50,
# num_epochs 5 -> 2, batch_size 100 -> 50, the step print every 100 -> every 4 steps;
# torch.manual_seed(0) added; the checkpoint goes to an in-memory buffer; split into cells.
# %%
import torch
import torch.nn as nn
torch.manual_seed(0)

# Device configuration
device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')

# Hyper-parameters
input_size = 784
hidden_size = 50
num_classes = 10
num_epochs = 2
batch_size = 50
learning_rate = 0.001

# synthetic stand-in for MNIST
train_dataset = torch.utils.data.TensorDataset(torch.rand(600, 1, 28, 28), torch.randint(0, 10, (600,)))
test_dataset = torch.utils.data.TensorDataset(torch.rand(200, 1, 28, 28), torch.randint(0, 10, (200,)))

# Data loader
train_loader = torch.utils.data.DataLoader(dataset=train_dataset,
                                           batch_size=batch_size,
                                           shuffle=True)

test_loader = torch.utils.data.DataLoader(dataset=test_dataset,
                                          batch_size=batch_size,
                                          shuffle=False)
# %%
# Fully connected neural network with one hidden layer
class NeuralNet(nn.Module):
    def __init__(self, input_size, hidden_size, num_classes):
        super(NeuralNet, self).__init__()
        self.fc1 = nn.Linear(input_size, hidden_size)
        self.relu = nn.ReLU()
        self.fc2 = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        out = self.fc1(x)
        out = self.relu(out)
        out = self.fc2(out)
        return out

model = NeuralNet(input_size, hidden_size, num_classes).to(device)

# Loss and optimizer
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=learning_rate)
model
# %%
# Train the model
total_step = len(train_loader)
for epoch in range(num_epochs):
    for i, (images, labels) in enumerate(train_loader):
        # Move tensors to the configured device
        images = images.reshape(-1, 28*28).to(device)
        labels = labels.to(device)

        # Forward pass
        outputs = model(images)
        loss = criterion(outputs, labels)

        # Backward and optimize
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

        if (i+1) % 4 == 0:
            print ('Epoch [{}/{}], Step [{}/{}], Loss: {:.4f}'
                   .format(epoch+1, num_epochs, i+1, total_step, loss.item()))
# %%
# Test the model
# In test phase, we don't need to compute gradients (for memory efficiency)
with torch.no_grad():
    correct = 0
    total = 0
    for images, labels in test_loader:
        images = images.reshape(-1, 28*28).to(device)
        labels = labels.to(device)
        outputs = model(images)
        _, predicted = torch.max(outputs.data, 1)
        total += labels.size(0)
        correct += (predicted == labels).sum().item()

    print('Accuracy of the network on the 10000 test images: {} %'.format(100 * correct / total))

# Save the model checkpoint
import io
torch.save(model.state_dict(), io.BytesIO())
