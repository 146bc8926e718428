"""Neural-network ops behind torch.nn.functional: softmax, activations, losses, convolution and
pooling, normalization, embedding."""
