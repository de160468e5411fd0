"""custos policy validate|import|export|test (gateway/cli/cli_policy.c)."""

import json
import shutil
import urllib.parse

import pytest

from gw import REPO, Gateway, run_custos

EXAMPLES = REPO / "examples" / "policies"


def write(path, obj):
    path.write_text(json.dumps(obj) if not isinstance(obj, str) else obj)
    return str(path)


# ------------------------------------------------------------------ validate

def test_validate_accepts_the_examples(custos):
    r = run_custos("policy", "validate", str(EXAMPLES))
    assert r.returncode == 0, r
    assert "ok: 9 role document(s), 8 binding(s)" in r.stdout


def test_validate_prints_every_problem_with_file_and_path(custos, tmp_path):
    bad = write(tmp_path / "bad.json", {"name": "bad", "rules": [
        {"id": "a", "effect": "allow", "actions": ["conversation:reed"]},
        {"id": "a", "effect": "deny", "actions": ["*"],
         "when": {"attr": "resource.x", "equalz": 1}}]})
    arr = write(tmp_path / "set.json", [{"name": "y", "inherits": ["z"]},
                                        {"name": "z", "inherits": ["y"]}])
    good = write(tmp_path / "good.json", {"name": "fine", "rules": []})
    r = run_custos("policy", "validate", good, bad, arr)
    assert r.returncode == 1, r
    lines = r.stdout.splitlines()
    assert f"{bad}: $.rules[0].actions[0]: unknown action 'conversation:reed'" in lines, lines
    assert any(l.startswith(f"{bad}: $.rules[1].when.equalz:") for l in lines), lines
    assert any(l.startswith(f"{bad}: $.rules[1].id: duplicate rule id") for l in lines), lines
    assert any(l.startswith(f"{arr}: $[1].inherits[0]: inheritance cycle") for l in lines), lines
    assert not any(l.startswith(good) for l in lines)


def test_validate_checks_inherits_across_files(custos, tmp_path):
    child = write(tmp_path / "child.json", {"name": "child", "inherits": ["parent"]})
    r = run_custos("policy", "validate", child)
    assert r.returncode == 1 and f"{child}: $.inherits[0]:" in r.stdout, r
    parent = write(tmp_path / "parent.json", {"name": "parent"})
    assert run_custos("policy", "validate", child, parent).returncode == 0


def test_bindings_principals_follow_the_one_grammar(custos, tmp_path):
    # issue 9 item 14: the CLI used a prefix-only rule ("user:alice" passed,
    # "svc:a b" too); now the same parser as the gateway's decides.
    good = write(tmp_path / "good.json", {"name": "r"})
    b = write(tmp_path / "bindings.json", {"user:alice": ["r"], "svc:a b": ["r"],
                                           "group:corp/Sales EMEA": ["r"],
                                           "user:corp/alice": ["r"]})
    r = run_custos("policy", "validate", good, b)
    assert r.returncode == 1, r
    lines = r.stdout.splitlines()
    assert any(l.startswith(f'{b}: $["user:alice"]: ') for l in lines), lines
    assert any(l.startswith(f'{b}: $["svc:a b"]: ') for l in lines), lines
    assert not any("Sales EMEA" in l or '"user:corp/alice"' in l for l in lines), lines
    # and a built-in admin document is refused offline as it is online
    adm = write(tmp_path / "admin.json", {"name": "admin", "rules": []})
    r = run_custos("policy", "validate", adm)
    assert r.returncode == 1 and f"{adm}: $.name: 'admin' is the built-in role" in r.stdout, r


def test_validate_reports_bad_json_and_missing_files(custos, tmp_path):
    broken = write(tmp_path / "broken.json", "{\"name\": ")
    r = run_custos("policy", "validate", broken, str(tmp_path / "missing.json"))
    assert r.returncode == 1, r
    assert f"{broken}: invalid JSON" in r.stderr and "missing.json" in r.stderr


def test_policy_without_arguments_is_a_usage_error(custos):
    assert run_custos("policy").returncode == 2
    assert run_custos("policy", "validate").returncode == 2
    assert run_custos("policy", "frobnicate").returncode == 2


# ------------------------------------------------------------------ test

def test_policy_test_passes_on_the_examples(custos):
    r = run_custos("policy", "test", str(EXAMPLES / "tests.json"))
    assert r.returncode == 0, r.stdout + r.stderr
    cases = json.loads((EXAMPLES / "tests.json").read_text())["cases"]
    assert len(cases) >= 20
    assert f"{len(cases)} passed, 0 failed" in r.stdout
    assert r.stdout.count("PASS ") == len(cases)


def test_policy_test_fails_on_a_broken_expectation(custos, tmp_path):
    data = json.loads((EXAMPLES / "tests.json").read_text())
    data["cases"][0]["expect"]["decision"] = "deny"
    data["cases"][1]["expect"]["rule"] = "support_agent/nope"
    data["cases"][2]["expect"]["redact"] = ["email"]
    data["cases"][2]["expect"]["decision"] = "deny"
    data["cases"][2]["expect"]["rule"] = None
    cases = write(tmp_path / "tests.json", data)
    r = run_custos("policy", "test", cases, "--docs", str(EXAMPLES))
    assert r.returncode == 1, r
    fails = [l for l in r.stdout.splitlines() if l.startswith("FAIL ")]
    assert len(fails) == 3, r.stdout
    assert "decision: expected deny, got allow" in fails[0]
    assert "rule: expected \"support_agent/nope\", got \"support_agent/assigned\"" in fails[1]
    assert "redact: expected [\"email\"], got []" in fails[2]
    n = len(data["cases"])
    assert f"{n - 3} passed, 3 failed" in r.stdout


def test_policy_test_uses_bindings_from_the_cases_file(custos, tmp_path):
    write(tmp_path / "r.json", {"name": "reader", "rules": [
        {"id": "r", "effect": "allow", "actions": ["policy:read"]}]})
    cases = write(tmp_path / "cases.json", {
        "bindings": {"user:corp/ann": ["reader"]},
        "cases": [
            {"name": "bound", "request": {"subject": "user:corp/ann", "action": "policy:read"},
             "expect": {"decision": "allow", "rule": "reader/r"}},
            {"name": "unbound", "request": {"subject": "user:corp/bo", "action": "policy:read"},
             "expect": {"decision": "deny", "rule": None}},
            {"name": "extra role", "request": {"subject": "user:corp/bo", "roles": ["reader"],
                                               "action": "policy:read"},
             "expect": {"decision": "allow"}}]})
    r = run_custos("policy", "test", cases)
    assert r.returncode == 0 and "3 passed, 0 failed" in r.stdout, r


def test_policy_test_refuses_invalid_documents(custos, tmp_path):
    write(tmp_path / "r.json", {"name": "reader", "rules": [
        {"id": "r", "effect": "allow", "actions": ["policy:reed"]}]})
    cases = write(tmp_path / "cases.json", {"cases": []})
    r = run_custos("policy", "test", cases)
    assert r.returncode == 1 and "$.rules[0].actions[0]" in r.stdout, r


# ------------------------------------------------------------------ import / export

@pytest.fixture
def gw_files(certs, tmp_path):
    """A gateway directory with its config written but not started."""
    g = Gateway(certs, tmp_path / "gw")
    g.write_config()
    yield g
    g.stop()


def test_import_then_serve_sees_the_roles_and_bindings(custos, gw_files):
    g = gw_files
    r = run_custos("policy", "import", "--config", str(g.config_path), str(EXAMPLES))
    assert r.returncode == 0, r
    assert "imported 9 role(s) and 8 binding(s)" in r.stdout, r.stdout
    g.start()
    roles = g.get("/v1/roles", cert="admin-cli")
    assert roles.status == 200, roles
    names = {x["name"] for x in roles.json["roles"]}
    # admin is built in (issue 9): no document defines it
    assert names == {"common", "staff", "support_agent", "support_lead", "trust_safety",
                     "privacy_officer", "auditor", "svc_ingest", "svc_chat_frontend"}
    b = g.get("/v1/bindings/" + urllib.parse.quote("svc:ingest", safe=""), cert="admin-cli")
    assert b.status == 200 and b.json["roles"] == ["svc_ingest"], b
    hist = g.get("/v1/policy/versions?limit=1000", cert="admin-cli").json
    assert hist["current"] == 17
    assert {v["author"] for v in hist["versions"]} == {"cli:import"}
    # the imported policy is in force: ingest may append
    a = g.request("POST", "/v1/authorize", cert="ingest",
                  body={"action": "conversation:append"})
    assert a.status == 200 and a.json["decision"] == "allow", a


def test_import_of_an_invalid_set_imports_nothing(custos, gw_files, tmp_path):
    g = gw_files
    src = tmp_path / "pol"
    shutil.copytree(EXAMPLES, src)
    doc = json.loads((src / "support_agent.json").read_text())
    doc["inherits"] = ["no_such_role"]
    (src / "support_agent.json").write_text(json.dumps(doc))
    r = run_custos("policy", "import", "--config", str(g.config_path), str(src))
    assert r.returncode == 1, r
    assert f"{src}/support_agent.json: $.inherits[0]:" in r.stdout, r
    assert "nothing imported" in r.stderr
    e = run_custos("policy", "export", "--config", str(g.config_path))
    assert e.returncode == 0, e
    out = json.loads(e.stdout)
    assert out["version"] == 0 and out["roles"] == [] and out["bindings"] == {}


def test_import_checks_the_set_together_with_stored_roles(custos, gw_files, tmp_path):
    g = gw_files
    base = write(tmp_path / "base.json", {"name": "base"})
    assert run_custos("policy", "import", "--config", str(g.config_path), base).returncode == 0
    child = write(tmp_path / "child.json", {"name": "child", "inherits": ["base"]})
    r = run_custos("policy", "import", "--config", str(g.config_path), child)
    assert r.returncode == 0, r
    cyc = write(tmp_path / "base2.json", {"name": "base", "inherits": ["child"]})
    r = run_custos("policy", "import", "--config", str(g.config_path), cyc)
    assert r.returncode == 1 and "inheritance cycle" in r.stdout, r


def test_export_prints_json_and_writes_files_that_validate(custos, gw_files, tmp_path):
    g = gw_files
    assert run_custos("policy", "import", "--config", str(g.config_path),
                      str(EXAMPLES)).returncode == 0
    e = run_custos("policy", "export", "--config", str(g.config_path))
    assert e.returncode == 0, e
    out = json.loads(e.stdout)
    assert out["version"] == 17 and len(out["roles"]) == 9
    assert out["bindings"]["group:corp/support"] == ["support_agent"]
    d = tmp_path / "exported"
    e = run_custos("policy", "export", "--config", str(g.config_path), "--out", str(d))
    assert e.returncode == 0, e
    assert (d / "bindings.json").exists() and (d / "support_lead.json").exists()
    v = run_custos("policy", "validate", str(d))
    assert v.returncode == 0, v
    t = run_custos("policy", "test", str(EXAMPLES / "tests.json"), "--docs", str(d))
    assert t.returncode == 0, t.stdout


def test_export_without_a_store_fails(custos, gw_files):
    e = run_custos("policy", "export", "--config", str(gw_files.config_path))
    assert e.returncode == 1 and "no policy store" in e.stderr, e


def test_validate_reports_bad_bindings(custos, tmp_path):
    b = write(tmp_path / "bindings.json", {"alice": ["x"], "group:corp/g": "staff",
                                           "user:corp/a": {"roles": ["staff"]}})
    r = run_custos("policy", "validate", b)
    assert r.returncode == 1, r
    assert f'{b}: $["alice"]:' in r.stdout and f'{b}: $["group:corp/g"]:' in r.stdout, r
    assert "user:corp/a" not in r.stdout
