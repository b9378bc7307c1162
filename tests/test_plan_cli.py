"""``plan`` commands: JSON shapes, exact sums, the workflow from the command line, errors."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from desktop.cli import main
from desktop.services.database import ENV_URL

AMOUNT = r"^-?\d+\.\d\d$"


@pytest.fixture(autouse=True)
def _no_env_database(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv(ENV_URL, raising=False)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> str:  # type: ignore[no-untyped-def]
    path = str(tmp_path_factory.mktemp("plancli") / "demo.sqlite")
    assert main(["--db", path, "demo", "--size", "small"]) == 0
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def is_amount(text: object) -> bool:
    import re
    return isinstance(text, str) and re.match(AMOUNT, text) is not None


def test_list_and_show_json_shapes(demo_path, capsys):
    code, out, _ = run(capsys, "--db", demo_path, "plan", "list", "--json")
    plans = json.loads(out)
    assert code == 0 and plans
    assert {"id", "village", "period", "status", "pool"} <= set(plans[0])
    assert all(is_amount(p["pool"]) for p in plans)
    assert {p["status"] for p in plans} >= {"draft", "submitted", "paid"}  # the demo's spread
    code, out, _ = run(capsys, "--db", demo_path, "plan", "show", str(plans[0]["id"]), "--json")
    d = json.loads(out)
    assert code == 0
    assert {"pool", "lines", "channels", "recipients", "remainder", "status", "warnings"} <= set(d)
    assert sum(Decimal(c["amount"]) for c in d["channels"]) == Decimal(d["pool"])
    assert all(is_amount(c["amount"]) and c["name"] for c in d["channels"])
    assert all(("household" in r) != ("person" in r) and r["channel"] and is_amount(r["amount"]) and r["explanation"]
               for r in d["recipients"])
    assert is_amount(d["remainder"]["amount"]) and d["remainder"]["channel"]


def test_create_all_twice_creates_nothing_new(demo_path, capsys):
    code, out, _ = run(capsys, "--db", demo_path, "plan", "create-all", "--year", "2025")
    assert code == 0 and json.loads(out)["created"] == 0
    code, out, _ = run(capsys, "--db", demo_path, "plan", "create-all", "--year", "2024")
    first = json.loads(out)
    assert code == 0 and first["created"] > 0 and first["skipped"] == 0
    code, out, err = run(capsys, "--db", demo_path, "plan", "create-all", "--year", "2024", "--township", "无此乡")
    assert code == 1 and err.startswith("错误：")


def test_advance_legal_and_illegal_steps(demo_path, capsys):
    _, out, _ = run(capsys, "--db", demo_path, "plan", "list", "--json", "--status", "draft", "--year", "2025")
    pid = str(json.loads(out)[0]["id"])
    code, _, err = run(capsys, "--db", demo_path, "plan", "advance", pid, "--to", "paid")
    assert code == 1 and "不能改为“已发放”" in err and "村级已提交" in err
    code, out, _ = run(capsys, "--db", demo_path, "plan", "advance", pid, "--to", "submitted", "--date", "2026-03-01",
                       "--comment", "代表会议")
    assert code == 0 and json.loads(out)["status"] == "submitted"
    code, _, err = run(capsys, "--db", demo_path, "plan", "advance", pid, "--to", "returned")
    assert code == 1 and "退回意见" in err
    for to, extra in (("approved", []), ("filed", []), ("notice", ["--date", "2026-03-05"])):
        assert run(capsys, "--db", demo_path, "plan", "advance", pid, "--to", to, *extra)[0] == 0
    code, _, err = run(capsys, "--db", demo_path, "plan", "advance", pid, "--to", "paid", "--date", "2026-03-10",
                       "--batch", "B1")
    assert code == 1 and "公示期至2026-03-14结束" in err
    code, out, _ = run(capsys, "--db", demo_path, "plan", "advance", pid, "--to", "paid", "--date", "2026-03-15",
                       "--batch", "B1")
    assert code == 0
    d = json.loads(run(capsys, "--db", demo_path, "plan", "show", pid, "--json")[1])
    assert (d["status"], d["payment_date"], d["bank_batch"], d["notice_end"]) == ("paid", "2026-03-15", "B1",
                                                                                 "2026-03-14")
    code, out, _ = run(capsys, "--db", demo_path, "stats", "--json")
    st = json.loads(out)
    assert st["plans"]["paid"] >= 1 and is_amount(st["allocated"]) and is_amount(st["paid"])
    code, _, err = run(capsys, "--db", demo_path, "plan", "show", "999999", "--json")
    assert code == 1 and "999999" in err
