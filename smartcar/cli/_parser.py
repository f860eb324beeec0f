"""The ``smartcar`` command's argument parser: no abbreviations, suggestions for typos."""

from __future__ import annotations

import argparse
import difflib
import re
from typing import Any, NoReturn

__all__ = ["HelpGroup", "Parser", "did_you_mean"]

_INVALID_CHOICE = re.compile(r"invalid choice: '([^']*)' \(choose from (.*)\)")


def did_you_mean(typed: str, choices: list[str]) -> str:
    """`` (did you mean 'x'?)`` for the choice closest to ``typed``, or ``""`` if none is close."""
    close = difflib.get_close_matches(typed, choices, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


class Parser(argparse.ArgumentParser):
    """An argument parser that takes no abbreviations and suggests the choice meant.

    ``--vehicl`` is not taken for ``--vehicle``: a prefix that is valid today becomes
    ambiguous when an option is added, and a script would break. A mistyped choice (a
    command, a v3 command name) gets the closest valid one, found by :mod:`difflib`.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        """Report a usage error (exit status 2), with a suggestion for a mistyped choice."""
        match = _INVALID_CHOICE.search(message)
        if match:
            choices = re.findall(r"'([^']*)'", match.group(2))
            message = f"invalid choice: {match.group(1)!r}{did_you_mean(match.group(1), choices)}"
            message += f"; choose from {', '.join(choices)}"
        elif message.startswith("unrecognized arguments:"):
            # Subcommands' options are unknown to the parser that reports them: look in all.
            known = sorted(self._option_strings())
            for word in message.split(":", 1)[1].split():
                if word.startswith("--"):
                    message += did_you_mean(word.split("=", 1)[0], known)
                    break
        super().error(message)

    def _option_strings(self) -> set[str]:
        found: set[str] = set()
        for action in self._actions:
            found.update(s for s in action.option_strings if s.startswith("--"))
            if isinstance(action, argparse._SubParsersAction):
                for parser in action.choices.values():
                    if isinstance(parser, Parser):
                        found |= parser._option_strings()
        return found


class HelpGroup:
    """An argument group whose arguments' help is shown, or suppressed for all of them."""

    def __init__(self, group: Any, *, shown: bool) -> None:
        self._group = group
        self._shown = shown

    def add_argument(self, *args: Any, **kwargs: Any) -> None:
        if not self._shown:
            kwargs["help"] = argparse.SUPPRESS
        self._group.add_argument(*args, **kwargs)
