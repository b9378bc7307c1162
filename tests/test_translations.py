"""The English translation: every run-time string is extracted, and the window comes out in English.

Labels and column headers reach the translator as variables, so lupdate only sees them through
the generated ``desktop/views/vocab_tr.py``; a stale file means untranslatable text on screen.
"""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop.app import install_translations
from desktop.domain.warnings import WarningKind
from desktop.views.common import tr_label

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_vocab_module_is_up_to_date(tool, capsys) -> None:  # type: ignore[no-untyped-def]
    assert tool.main(["--check"]) == 0, capsys.readouterr().err


def test_check_fails_when_a_label_is_missing(tool, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    stale = tmp_path / "vocab_tr.py"
    text = tool.VOCAB_TR.read_text(encoding="utf-8")
    stale.write_text(text.replace('    QT_TRANSLATE_NOOP("vocab", "整改逾期"),', "    #"), encoding="utf-8")
    assert stale.read_text(encoding="utf-8") != text
    monkeypatch.setattr(tool, "VOCAB_TR", stale)
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    assert tool.main(["--check"]) == 1
    assert "stale" in capsys.readouterr().err


def test_every_vocabulary_and_model_header_is_found(tool) -> None:  # type: ignore[no-untyped-def]
    entries = {(ctx, text) for ctx, text, _where in tool.vocab_entries()}
    names = {e.__name__ for e in tool.labelled_enums()}
    assert {"WarningKind", "InspectionKind", "Relation", "PlanStatus", "ChannelKind", "Category"} <= names
    assert ("vocab", WarningKind.RECTIFICATION_OVERDUE.label) in entries
    assert ("HouseholdTableModel", "户编号") in entries  # a PagedTableModel subclass: its own context
    assert ("PlanTableModel", "收益总额（元）") in entries
    assert ("OverdueTableModel", "逾期天数") in entries  # (header, value) columns
    assert ("WarningsModel", "预警类型") in entries
    assert ("IncomeGridModel", "上年净收益") in entries


def test_translation_file_holds_every_generated_string(tool) -> None:  # type: ignore[no-untyped-def]
    """lupdate was run after the generator: nothing generated is missing from fupin_en.ts."""
    root = ET.parse(ROOT / "resources" / "translations" / "fupin_en.ts").getroot()
    in_ts = {(c.findtext("name"), m.findtext("source")) for c in root for m in c.findall("message")
             if (m.find("translation") is None or m.find("translation").get("type") != "vanished")}  # type: ignore[union-attr]
    missing = [(ctx, text) for ctx, text, _w in tool.vocab_entries() if (ctx, text) not in in_ts]
    assert not missing


def test_main_window_navigation_comes_out_in_english(qtbot, ctx, qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.main_window import MainWindow
    from desktop.views.warnings_view import WarningsModel

    installed = install_translations(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        assert installed
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        nav = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert nav[0] == "Home"
        for title in ("Income entry", "Self-check warnings", "Inspections", "Household roster",
                      "Income distribution"):
            assert title in nav
        assert not any("\u4e00" <= ch <= "\u9fff" for t in nav for ch in t), nav
        menus = [a.text() for a in window.menuBar().actions()]
        assert "&File" in menus
        # The contexts the generator chose are the ones looked up at run time.
        assert WarningsModel().headerData(0, Qt.Orientation.Horizontal) == "Warning type"
        assert tr_label(WarningKind, WarningKind.RECTIFICATION_OVERDUE.value) == "Rectification overdue"
        window.close()
    finally:
        for t in installed:
            qapp.removeTranslator(t)
    assert tr_label(WarningKind, WarningKind.RECTIFICATION_OVERDUE.value) == "整改逾期"
