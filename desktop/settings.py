"""Typed settings with their defaults, declared once (Picard's ``options.py`` is the model).

Stored with QSettings (the registry on Windows, an ini file elsewhere). Tests point
QSettings at a temporary folder so that nothing touches a real profile.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


class Setting(Generic[T]):
    def __init__(self, key: str, default: T, *, durable: bool = False) -> None:
        """``durable`` settings are written to disk at once: QSettings otherwise writes
        lazily, and a name asked at first start would be lost if the program were killed."""
        self.key, self.default, self.durable = key, default, durable

    def __get__(self, obj: Settings, _owner: Any = None) -> T:
        value = obj.store.value(self.key, self.default)
        if isinstance(self.default, bool):
            return (value in (True, "true", "1", 1)) if not isinstance(value, bool) else value  # type: ignore[return-value]
        if isinstance(self.default, int) and not isinstance(value, int):
            try:
                return int(value)  # type: ignore[return-value]
            except (TypeError, ValueError):
                return self.default
        return value  # type: ignore[no-any-return]

    def __set__(self, obj: Settings, value: T) -> None:
        obj.store.setValue(self.key, value)
        if self.durable:
            obj.store.sync()


class Settings:
    operator = Setting("session/operator", "", durable=True)
    main_geometry = Setting("window/main_geometry", QByteArray())
    editor_geometry = Setting("window/editor_geometry", QByteArray())
    register_header = Setting("register/header_state", QByteArray())
    register_include_disposed = Setting("register/include_disposed", False)
    last_area = Setting("window/last_area_key", "")
    last_export_folder = Setting("export/last_folder", "")

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings()
