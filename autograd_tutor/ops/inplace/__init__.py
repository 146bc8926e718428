"""In-place variants (add_, clamp_...), random refills, and the rebasing of views changed in place."""
