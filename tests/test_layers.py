"""Only ``views`` and ``app`` may import Qt: the rules, the models, the services and the headless
commands must run on a machine (or in a script) without it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = r"""
import importlib, json, pkgutil, sys
import desktop.domain, desktop.models, desktop.services, desktop.reports, desktop.io
names = []
for package in (desktop.domain, desktop.models, desktop.services, desktop.reports, desktop.io):
    names.append(package.__name__)
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        names.append(info.name)
names += ["desktop.cli", "desktop.cli_print", "desktop.cli_io", "desktop.cli_plan"]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m == "PySide6" or m.startswith(("PySide6.", "shiboken6")))
print(json.dumps({"modules": names, "qt": qt}))
"""

HEADLESS_RUN = r"""
import sys
from desktop.cli import main
db = sys.argv[1]
assert main(["--db", db, "demo"]) == 0
assert main(["--db", db, "stats", "--json"]) == 0
assert main(["--db", db, "warnings", "--json"]) == 0
assert main(["--db", db, "export", "returns", db + ".xlsx"]) == 0
assert main(["--db", db, "db", "current"]) == 0
print("PySide6" in sys.modules)
"""


def _python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "FUPIN_DB_URL"}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, encoding="utf-8",
                          env=env, timeout=60)


def test_domain_models_and_services_do_not_import_qt():
    done = _python(PROBE)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    modules = set(result["modules"])
    # the walk found every module, so the test cannot pass by importing nothing
    assert {"desktop.domain.money", "desktop.domain.shares", "desktop.domain.assets", "desktop.domain.regions",
            "desktop.models.types", "desktop.services.database", "desktop.services.audit",
            "desktop.services.schema", "desktop.services.assets", "desktop.services.register",
            "desktop.services.stats", "desktop.services.demo", "desktop.services.regions",
            "desktop.services.print_data", "desktop.reports.fonts", "desktop.reports.document",
            "desktop.reports.numerals", "desktop.reports.payout", "desktop.reports.notice",
            "desktop.reports.plan_batch", "desktop.services.plan_print",
            "desktop.domain.distribution.engine", "desktop.domain.distribution.workflow",
            "desktop.domain.inspections", "desktop.domain.inspection_rules", "desktop.services.inspections",
            "desktop.services.inspection_warnings", "desktop.services.attachments",
            "desktop.services.demo_inspections", "desktop.services.handovers",
            "desktop.domain.income", "desktop.domain.selfcheck", "desktop.models.income", "desktop.services.income",
            "desktop.services.income_stats", "desktop.services.warnings", "desktop.services.dashboard",
            "desktop.services.category_settings", "desktop.services.demo_income",

            "desktop.domain.idcard", "desktop.domain.households", "desktop.models.household",
            "desktop.services.households", "desktop.services.roster", "desktop.services.demo_households",
            "desktop.services.household_import", "desktop.services.asset_import", "desktop.services.importing",
            "desktop.services.household_export", "desktop.services.asset_export", "desktop.services.region_import",
            "desktop.io.sheets", "desktop.io.headers", "desktop.io.cells", "desktop.io.household_import",
            "desktop.io.asset_import", "desktop.io.report", "desktop.io.workbook",
            "desktop.models.plan", "desktop.services.plans", "desktop.services.plan_inputs",
            "desktop.services.plan_presets", "desktop.services.plan_query", "desktop.services.plan_payments",
            "desktop.services.demo_plans", "desktop.cli_plan"} <= modules
    assert result["qt"] == []


def test_headless_commands_run_without_qt(tmp_path):
    done = _python(HEADLESS_RUN, str(tmp_path / "layers.sqlite"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "False"
