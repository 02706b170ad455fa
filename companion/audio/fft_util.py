"""FFT size helper for numpy's FFT (pure numpy; runs on whatever thread calls it).

``numpy.fft`` (pocketfft) is fastest for lengths whose only prime factors are 2, 3 and 5
("regular" or 5-smooth numbers). :func:`next_fast_len` picks the smallest such length, the same
rule as ``scipy.fft.next_fast_len(n, real=True)``, so scipy is not needed at run time.
"""

from __future__ import annotations

__all__ = ["next_fast_len"]


def next_fast_len(target: int) -> int:
    """Smallest 5-smooth integer (2**a * 3**b * 5**c) that is >= ``target`` (samples).

    ``target`` must be a positive integer; ``ValueError`` otherwise (programming error,
    not user input).
    """
    if target < 1:
        raise ValueError(f"next_fast_len: target must be >= 1, got {target}")
    if target <= 6:
        return int(target)
    best = 1 << (int(target) - 1).bit_length()  # a power of two >= target
    p5 = 1
    while p5 < best:
        p35 = p5
        while p35 < best:
            # smallest power-of-two multiple of p35 that reaches target
            quotient = -(-target // p35)
            candidate = p35 * (1 << (quotient - 1).bit_length())
            if candidate < best:
                best = candidate
            if p35 >= target:
                break
            p35 *= 3
        if p5 >= target:
            break
        p5 *= 5
    return int(best)
