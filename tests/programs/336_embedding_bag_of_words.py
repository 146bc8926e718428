# A tiny text classifier: token ids -> nn.Embedding -> mean -> nn.Linear, trained with Adam.
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset
torch.manual_seed(0)
vocab, n, length = 12, 48, 5
tokens = torch.randint(1, vocab, (n, length))
tokens[:8, 3:] = 0  # padding
labels = (tokens % 2 == 0).sum(dim=1).gt(2).long()
loader = DataLoader(TensorDataset(tokens, labels), batch_size=8, shuffle=True)
class BagOfWords(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(vocab, 4, padding_idx=0)
        self.out = nn.Linear(4, 2)
    def forward(self, ids):
        return self.out(self.emb(ids).mean(dim=1))
model = BagOfWords()
print(model)
print(sum(p.numel() for p in model.parameters()))
opt = torch.optim.Adam(model.parameters(), lr=0.05)
loss_fn = nn.CrossEntropyLoss()
# %%
for epoch in range(6):
    for ids, y in loader:
        opt.zero_grad()
        loss = loss_fn(model(ids), y)
        loss.backward()
        opt.step()
    print(f"{epoch} {loss.item():.4f}")
print(loss)
# %%
model.emb.weight[0], model.emb.weight.grad[0]
# %%
with torch.no_grad():
    acc = (model(tokens).argmax(1) == labels).float().mean()
acc
