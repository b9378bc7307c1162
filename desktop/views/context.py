"""What every view needs: the database, the settings, and the one app-wide change signal.

Views never call each other to refresh: a view that changed data emits ``changed`` with
the kind of data ("assets", "regions"), and every view that shows that kind reloads
(Anki's ``OpChanges`` + one hook, in small).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.services.database import Database
from desktop.settings import Settings


class AppContext(QObject):
    changed = Signal(str)

    def __init__(self, db: Database, settings: Settings) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
