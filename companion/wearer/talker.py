"""Who is speaking in a frame: nobody, the wearer of the headset, or another talker.

Plain data, any thread.
"""

from __future__ import annotations

import enum

import numpy as np

__all__ = ["NONE_CODE", "OTHER_CODE", "TALKER_LABELS", "WEARER_CODE", "Talker", "talker_labels"]


class Talker(enum.IntEnum):
    """Per-frame talker decision; stored as ``int8`` arrays (the values below)."""

    NONE = 0  #: no speech (silence, noise)
    WEARER = 1  #: the agent wearing the headset: the only voice that is analysed
    OTHER = 2  #: another talker (a colleague, the customer leaking from the earpiece, babble)

    @property
    def label(self) -> str:
        """``none`` / ``wearer`` / ``other`` (the ``analyze`` JSON and CSV values)."""
        return self.name.lower()


#: The values as plain ints, for comparisons with ``int8`` talker arrays in the per-block code:
#: numpy takes a plain int faster than an enum member (a microsecond or two per use).
NONE_CODE, WEARER_CODE, OTHER_CODE = int(Talker.NONE), int(Talker.WEARER), int(Talker.OTHER)

#: Labels by value, for vectorised conversion of a talker array.
TALKER_LABELS: tuple[str, ...] = tuple(t.label for t in Talker)


def talker_labels(talker: np.ndarray) -> list[str]:
    """``none``/``wearer``/``other`` for each entry of an ``int8`` talker array."""
    return np.asarray(TALKER_LABELS, dtype=object)[np.asarray(talker, dtype=np.intp)].tolist()
