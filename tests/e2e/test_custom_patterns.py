"""Operator-defined PII patterns ([redact] pattern.NAME) end to end: the
config compiles them, role documents may name them (unknown names are still
refused), and a staff read shows their matches as [NAME] placeholders."""

import pytest

from conv_world import World, uniq

CUSTOM = {"redact": {"pattern.ticket_ref": r"TCK-[0-9]{6}"}}

AGENT = {
    "name": "support_agent",
    "description": "assigned conversations; hides internal ticket refs and emails",
    "rules": [{"id": "assigned", "effect": "allow", "actions": ["conversation:read"],
               "when": {"attr": "resource.labels.assignee", "equals": "$subject.id"},
               "redact": ["ticket_ref", "email", "pii"]}]}


@pytest.fixture(scope="module")
def world(custos, certs, tmp_path_factory):
    from gw import Gateway
    gw = Gateway(certs, tmp_path_factory.mktemp("custom-patterns"), overrides=CUSTOM)
    try:
        gw.start()
        w = World(gw, certs)
        r = w.admin("PUT", "/v1/roles/support_agent", AGENT)
        assert r.status == 200, r
        yield w
    finally:
        problem = gw.finish()  # exit code and sanitizer reports
    if problem:
        pytest.fail(problem)


def test_custom_pattern_matches_become_named_placeholders(world):
    text = "Escalated as TCK-004711, reply to jane@example.com; ref TCK-12 is not one."
    cid = world.create(uniq(), text=text)
    r = world.alice("GET", f"/v1/conversations/{cid}", purpose=None)
    assert r.status == 200, r
    got = r.json["messages"][0]["text"]
    assert got == "Escalated as [TICKET_REF], reply to [EMAIL]; ref TCK-12 is not one.", got


def test_a_role_may_not_name_an_undefined_pattern(world):
    doc = dict(AGENT, rules=[dict(AGENT["rules"][0], redact=["ticket_ref", "order_ref"])])
    r = world.admin("PUT", "/v1/roles/support_agent", doc)
    assert r.status == 400, r
    assert r.error_code() == "invalid_policy"
    assert "$.rules[0].redact[1]" in r.json["error"]["message"], r.json


def test_a_broken_pattern_stops_the_gateway_from_starting(certs, tmp_path):
    import subprocess
    from gw import Gateway, custos_bin
    gw = Gateway(certs, tmp_path, overrides={"redact": {"pattern.bad": "TCK-([0-9]"}})
    cfg = gw.write_config()
    proc = subprocess.run([custos_bin(), "serve", "--config", str(cfg)], capture_output=True,
                          text=True, timeout=20, stdin=subprocess.DEVNULL)
    assert proc.returncode == 1, proc
    assert "[redact]" in proc.stderr and "bad" in proc.stderr, proc.stderr
