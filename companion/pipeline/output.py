"""``companion analyze`` output, written while the file streams: JSON and CSV.

* :class:`JsonWriter` produces the DESIGN.md object (``sample_rate``, ``hop_s``, ``frames``
  column arrays, ``summary``) plus the per-frame ``talker``. The JSON is column-oriented
  while the analysis arrives in time order, so each column is appended to its own spooled
  temporary file (in memory for short files, on disk beyond a megabyte: numbers, never audio;
  deleted when done) and the object is assembled at the end. The bytes are exactly what
  ``json.dumps(obj, allow_nan=False, separators=(",", ":"))`` gives for the same numbers.
* :class:`CsvWriter` writes the header and one row per frame as the frames come.

Runs on the CLI thread.
"""

from __future__ import annotations

import csv
import json
import shutil
import tempfile
from collections.abc import Callable
from typing import IO, Any, TextIO

import numpy as np

from companion.features import FRAME_FIELDS
from companion.pipeline.records import BlockResult
from companion.wearer import talker_labels

__all__ = ["CSV_COLUMNS", "CsvWriter", "JsonWriter", "rounded"]

#: CSV columns: every feature field, then the index and the talker.
CSV_COLUMNS: tuple[str, ...] = (*FRAME_FIELDS, "arousal", "talker")

#: Spooled column files stay in memory up to this size (bytes).
_SPOOL_BYTES = 1 << 20

_SEPARATORS = (",", ":")


def rounded(arr: np.ndarray, nd: int) -> list[float | None]:
    """Values rounded to ``nd`` decimals as Python floats, None for NaN/inf (JSON null)."""
    values = np.round(np.asarray(arr, dtype=np.float64), nd)
    out: list[float | None] = values.tolist()
    finite = np.isfinite(values)
    if not finite.all():
        for i in np.flatnonzero(~finite).tolist():
            out[i] = None
    return out


#: JSON ``frames`` columns: name -> values of one chunk.
_JSON_COLUMNS: dict[str, Callable[[BlockResult], list[Any]]] = {
    "t": lambda r: rounded(r.features.t_s, 4),
    "f0_hz": lambda r: rounded(r.features.f0_hz, 2),
    "voiced": lambda r: r.features.voiced.tolist(),
    "rms_dbfs": lambda r: rounded(r.features.rms_dbfs, 2),
    "arousal": lambda r: rounded(r.scored.arousal, 2),
    "talker": lambda r: talker_labels(r.scored.talker),
}


class JsonWriter:
    """Collects the frame columns of ``companion analyze --json``; see the module docstring.

    Use as a sink, then :meth:`finish` with the summary; :meth:`close` drops the spooled
    columns (also when the analysis failed).
    """

    def __init__(self, sample_rate_hz: int, hop_s: float) -> None:
        self.sample_rate_hz = int(sample_rate_hz)
        self.hop_s = float(hop_s)
        self._columns: dict[str, IO[str]] = {
            name: tempfile.SpooledTemporaryFile(  # noqa: SIM115 - closed by close()
                _SPOOL_BYTES, mode="w+", encoding="utf-8", prefix="companion-analyze-")
            for name in _JSON_COLUMNS}
        self._empty = True

    def write(self, result: BlockResult) -> None:
        """Append one chunk of frames to every column."""
        if not len(result.features):
            return
        sep = "" if self._empty else ","
        for name, values in _JSON_COLUMNS.items():
            text = json.dumps(values(result), allow_nan=False, separators=_SEPARATORS)
            self._columns[name].write(sep + text[1:-1])
        self._empty = False

    def finish(self, summary: dict[str, Any], out: TextIO) -> None:
        """Write the whole JSON object (one line) to ``out``."""
        head = json.dumps({"sample_rate": self.sample_rate_hz, "hop_s": self.hop_s},
                          separators=_SEPARATORS)
        out.write(head[:-1] + ',"frames":{')
        for i, (name, fh) in enumerate(self._columns.items()):
            out.write(("," if i else "") + json.dumps(name) + ":[")
            fh.seek(0)
            shutil.copyfileobj(fh, out)
            out.write("]")
        out.write('},"summary":' + json.dumps(summary, allow_nan=False, separators=_SEPARATORS)
                  + "}\n")

    def close(self) -> None:
        """Drop the spooled columns (idempotent)."""
        for fh in self._columns.values():
            fh.close()


def _csv_column(arr: np.ndarray, nd: int) -> list[str]:
    return ["" if v is None else repr(v) for v in rounded(arr, nd)]


class CsvWriter:
    """``companion analyze --csv``: a header, then one row per frame as frames arrive."""

    #: Decimals per float column (2 for the others).
    DECIMALS = {"t_s": 4, "periodicity": 3}

    def __init__(self, out: TextIO) -> None:
        self._writer = csv.writer(out, lineterminator="\n")
        self._writer.writerow(CSV_COLUMNS)

    def write(self, result: BlockResult) -> None:
        """Rows for one chunk of frames."""
        if not len(result.features):
            return
        columns: list[list[Any]] = []
        for name, arr in result.features.columns().items():
            if arr.dtype == np.bool_:
                columns.append(arr.astype(np.int8).tolist())
            else:
                columns.append(_csv_column(arr, self.DECIMALS.get(name, 2)))
        columns.append(_csv_column(result.scored.arousal, 2))
        columns.append(talker_labels(result.scored.talker))
        self._writer.writerows(zip(*columns, strict=True))
