"""Elementwise ops: arithmetic, remainders (remainder, fmod), exp/log/trig, inverse trig, power,
piecewise, special functions, ternary (addcmul, lerp) and selection (where, maximum)."""
