"""What a key press in the reader means: a tag key (exact with Alt or Shift), or moving an edge of the
selected annotation. Alt-drag is taken by most Linux window managers, so Shift+tag key is the
keyboard's exact gesture; Shift on a digit row gives a symbol, which is read back as its digit."""

from __future__ import annotations

from PySide6.QtCore import Qt

# A US keyboard's shifted digit row; other layouts still send the digit's key code.
_SHIFTED_DIGITS = {"!": "1", "@": "2", "#": "3", "$": "4", "%": "5", "^": "6", "&": "7", "*": "8", "(": "9", ")": "0"}


def tag_for_key(event, shortcuts: dict[str, str]) -> str | None:
    """The tag whose shortcut the key is (letters in either case, digits with or without Shift)."""
    text = event.text().lower()
    if text and text in shortcuts:
        return shortcuts[text]
    if text in _SHIFTED_DIGITS:
        return shortcuts.get(_SHIFTED_DIGITS[text])
    key = event.key()
    if Qt.Key_0 <= key <= Qt.Key_9:
        return shortcuts.get(chr(key))
    if Qt.Key_A <= key <= Qt.Key_Z:
        return shortcuts.get(chr(key).lower())
    return None


def is_exact(event) -> bool:
    """Alt or Shift held: tag exactly what is selected, no widening or trimming by the tag's rules."""
    return bool(event.modifiers() & (Qt.AltModifier | Qt.ShiftModifier))


def edge_move(event, direction: str) -> tuple[str, int, str] | None:
    """(edge, step, by) for moving an edge of the selected annotation, or None.

    Shift+← / Shift+→ grows the annotation by a word on that side, Ctrl+Shift+← / → shrinks it
    there, and Alt added moves by one character instead. The side is what the analyst sees:
    in a right-to-left article the start edge is on the right.
    """
    mods = event.modifiers()
    key = event.key()
    if key not in (Qt.Key_Left, Qt.Key_Right) or not mods & Qt.ShiftModifier or mods & Qt.MetaModifier:
        return None
    right = key == Qt.Key_Right
    start_side = right if direction == "rtl" else not right
    grow = not mods & Qt.ControlModifier
    by = "char" if mods & Qt.AltModifier else "word"
    if start_side:
        return "start", (-1 if grow else 1), by
    return "end", (1 if grow else -1), by
