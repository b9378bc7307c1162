"""Typing Chinese into widgets the way a person does: through the input method.

QTest.keyClicks only knows ASCII (it aborts on 光伏), while a clerk's Chinese arrives as
an input-method commit. ``type_text`` sends ASCII as key presses and everything else as
commits, one character at a time, so every keystroke's signal fires as in real use.
"""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)
