"""Neural-network ops behind torch.nn.functional, one concept a module: softmax; activations
(piecewise-linear, elu, smooth, glu); dropout; losses (mse and binary cross-entropy, robust, nll,
cross_entropy, kl_div, ranking); similarity (distances, cosine, normalize); convolution and
pooling; normalization; embedding and one_hot."""
