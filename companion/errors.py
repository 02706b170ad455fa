"""The one exception family for problems a user can fix.

Every error raised for bad input (a malformed file, a missing device, a corrupt database, ...)
is a :class:`CompanionError` whose message is a single line that names the problem and says
what to do. The CLI prints that line to stderr and exits non-zero; the app shows it in a
notice. Anything else that escapes is a bug and keeps its traceback.
"""

from __future__ import annotations

from companion.messages import Text


class CompanionError(Exception):
    """A problem with the user's input or environment, explained in one line.

    Parameters
    ----------
    message
        What is wrong, naming the file, key, line or device involved.
    hint
        What the user can do about it (optional; appended after " — ").
    """

    exit_code: int = 2

    def __init__(self, message: str, hint: str | None = None) -> None:
        self.message = message
        self.hint = hint
        super().__init__(self.one_line())

    def one_line(self) -> str:
        """The message and hint joined on one line, with no newlines (a
        :class:`~companion.messages.Text` when either is one: windows show it translated)."""
        if isinstance(self.message, Text) or isinstance(self.hint, Text):
            return Text("Errors", "%1 — %2", self.message, self.hint) if self.hint \
                else self.message
        text = self.message if not self.hint else f"{self.message} — {self.hint}"
        return " ".join(text.split())
