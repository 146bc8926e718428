"""The application around the library: the `autograd-tutor` command and what `lab` prepares."""
