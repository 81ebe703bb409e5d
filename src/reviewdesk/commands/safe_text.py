"""Text from a file, ready for a terminal (issue 7 item 9).

Names, labels and paths printed by the commands come from files a stranger may have made: a
control character can move the cursor or clear the screen (``ESC [2J``), a bidirectional
override can show "gpj.exe" as "exe.jpg". ``safe`` shows every such character as
``\\uXXXX`` (core/formats/text_rules.py); ``--json`` output stays exact for programs."""

from __future__ import annotations

from reviewdesk.core.formats.text_rules import escape_for_display


def safe(value: object) -> str:
    return escape_for_display(str(value))
