"""GET /v1/privacy-notice (docs/API.md, docs/PRIVACY_NOTICE.md): the privacy
notice generated from the stored policy, as JSON and as Markdown, versioned
with the policy, public (no permission needed, not recorded), and changing
whenever a role changes through the control plane."""

import pytest

from gw import Gateway

ADMIN = "admin-cli"
OTHER = "support-console"  # no role at all

AGENT = {
    "description": "Tier-1 support: their assigned tickets",
    "inherits": ["staff"],
    "rules": [
        {"id": "assigned", "effect": "allow",
         "actions": ["conversation:read", "conversation:list"],
         "when": {"all": [{"attr": "resource.labels.assignee", "equals": "$subject.id"},
                          {"attr": "resource.consent.human_review", "equals": True},
                          {"attr": "request.purpose", "matches": "ticket:*"}]},
         "reveal": ["email"]},
        {"id": "held", "effect": "deny", "actions": ["*"],
         "when": {"attr": "resource.legal_hold", "equals": True}}]}

STAFF = {
    "description": "Everyone on staff: office hours only",
    "rules": [
        {"id": "office", "effect": "allow", "actions": ["conversation:list"],
         "when": {"all": [{"attr": "request.hour_utc", "gt": 7},
                          {"attr": "request.hour_utc", "lt": 18}]}}]}


@pytest.fixture(scope="module")
def gw(custos, certs, tmp_path_factory):
    g = Gateway(certs, tmp_path_factory.mktemp("notice-gw"))
    try:
        g.start()
        for name, doc in (("staff", STAFF), ("support_agent", AGENT)):
            r = g.request("PUT", f"/v1/roles/{name}", body=doc, cert=ADMIN)
            assert r.status in (200, 201), r
        yield g
    finally:
        problem = g.finish()
    if problem:
        pytest.fail(problem)


def notice(gw, accept=None, cert=OTHER):
    h = {} if accept is None else {"Accept": accept}
    r = gw.get("/v1/privacy-notice", headers=h, cert=cert)
    assert r.status == 200, r
    return r


def role(n, name):
    found = [x for x in n["roles"] if x["name"] == name]
    assert len(found) == 1, (name, [x["name"] for x in n["roles"]])
    return found[0]


def entry(r, kind, rule):
    found = [e for e in r[kind] if e["rule"] == rule]
    assert len(found) == 1, (rule, r[kind])
    return found[0]


def policy_version(gw):
    r = gw.get("/v1/policy/versions?limit=1", cert=ADMIN)
    assert r.status == 200, r
    return r.json["current"]


def test_json_describes_each_role_from_the_policy(gw):
    r = notice(gw)
    assert r.header("Content-Type") == "application/json"
    n = r.json
    v = policy_version(gw)
    assert n["policy_version"] == v
    assert r.header("ETag") == f'"{v}"'
    assert [x["name"] for x in n["roles"]] == ["admin", "staff", "support_agent"]
    sa = role(n, "support_agent")
    assert sa["description"] == AGENT["description"]
    assert sa["inherits"] == ["staff"] and sa["builtin"] is False
    a = entry(sa, "access", "support_agent/assigned")
    assert a["actions"] == ["conversation:read", "conversation:list"]
    assert a["may"] == ["read your conversations", "list your conversations"]
    assert a["purposes"] == ["ticket:*"]
    assert [c["kind"] for c in a["conditions"]] == ["assignment", "consent"]
    assert a["conditions"][0]["text"] == "the conversation is assigned to them"
    assert a["when"] == AGENT["rules"][0]["when"]
    assert a["shown"] == ["email"]
    assert "email" not in a["hidden"] and {"phone", "pii", "gov_id"} <= set(a["hidden"])
    # inherited: staff's office-hours rule applies to support agents too
    o = entry(sa, "access", "staff/office")
    assert [c["text"] for c in o["conditions"]] == ["from 08:00 UTC", "before 18:00 UTC"]
    assert o["purposes"] == ["*"] and o["shown"] == []
    d = entry(sa, "restrictions", "support_agent/held")
    assert d["conditions"] == [{"kind": "legal_hold",
                                "text": "the conversation is under legal hold"}]
    assert "conversation:read" in d["actions"] and "policy:read" not in d["actions"]
    adm = role(n, "admin")
    assert adm["builtin"] is True
    assert [e["actions"] for e in adm["access"]] == [["conversation:hold"]]
    # it names roles, never who holds them
    assert "admin-cli" not in r.body.decode()


def test_markdown_on_request(gw):
    r = notice(gw, accept="text/markdown")
    assert r.header("Content-Type") == "text/markdown; charset=utf-8"
    assert r.header("Vary") == "Accept"
    md = r.body.decode()
    v = policy_version(gw)
    assert f"policy version {v};" in md
    assert "\n## Role support\\_agent\n" in md
    assert "- May: read your conversations, list your conversations\n" in md
    assert "  - For the purposes: ticket:\\*\n" in md
    assert ("  - Only when: the conversation is assigned to them; and you have agreed to "
            "human\\_review\n") in md
    assert "  - Shown to them: email addresses\n" in md
    assert "  - Never: " not in md and "- Never: " in md


@pytest.mark.parametrize("accept,markdown", [
    (None, False),
    ("*/*", False),
    ("application/json", False),
    ("text/markdown", True),
    ("text/*", True),
    ("text/markdown;q=0.5, application/json", False),
    ("application/json;q=0.1, text/markdown;q=0.9", True),
    ("text/markdown, application/json", True),
    ("application/json, text/markdown", False),
    ("text/markdown;q=0", False),
    ("text/html", False),
])
def test_accept_negotiation(gw, accept, markdown):
    r = notice(gw, accept=accept)
    want = "text/markdown; charset=utf-8" if markdown else "application/json"
    assert r.header("Content-Type") == want, accept


def test_public_and_not_recorded(gw):
    before = gw.get("/v1/audit?limit=1000", cert=ADMIN).json["next_seq"]
    for _ in range(3):
        r = notice(gw, cert=OTHER)  # a client without any role
        assert r.header("X-Decision-Id") is None
    after = gw.get("/v1/audit?limit=1000", cert=ADMIN)
    # only the first audit query itself was recorded in between
    assert after.json["next_seq"] == before + 1, after.json
    # it still goes through identification: a bad token is refused
    r = gw.get("/v1/privacy-notice", headers={"Authorization": "Bearer x.y.z"}, cert=OTHER)
    assert r.status == 401 and r.error_code().startswith("token_"), r


def test_changes_when_a_role_changes(gw):
    first = notice(gw).json
    md_first = notice(gw, accept="text/markdown").body.decode()
    # the agent now sees phone numbers too, and only in office hours
    doc = {**AGENT, "rules": [dict(AGENT["rules"][0], reveal=["email", "phone"],
                                   when={"all": AGENT["rules"][0]["when"]["all"]
                                         + [{"attr": "request.hour_utc", "lt": 17}]}),
                              AGENT["rules"][1]]}
    r = gw.request("PUT", "/v1/roles/support_agent", body=doc, cert=ADMIN)
    assert r.status == 200, r
    second = notice(gw).json
    assert second["policy_version"] > first["policy_version"]
    a = entry(role(second, "support_agent"), "access", "support_agent/assigned")
    assert a["shown"] == ["email", "phone"] and "phone" not in a["hidden"]
    assert a["conditions"][-1] == {"kind": "hours", "text": "before 17:00 UTC"}
    md_second = notice(gw, accept="text/markdown").body.decode()
    assert md_second != md_first
    assert "  - Shown to them: email addresses, phone numbers\n" in md_second
    # a new role appears, a deleted one disappears
    r = gw.request("PUT", "/v1/roles/legal", cert=ADMIN, body={
        "description": "Legal team", "rules": [
            {"id": "export", "effect": "allow", "actions": ["user:export"],
             "when": {"attr": "request.purpose", "in": ["legal:subpoena", "legal:dsar"]},
             "reveal": ["email", "phone", "pii"]}]})
    assert r.status in (200, 201), r
    third = notice(gw).json
    e = entry(role(third, "legal"), "access", "legal/export")
    assert e["purposes"] == ["legal:subpoena", "legal:dsar"] and e["conditions"] == []
    assert e["may"] == ["export your data (conversations, consent history, access log)"]
    r = gw.request("DELETE", "/v1/roles/legal", cert=ADMIN)
    assert r.status in (200, 204), r
    assert "legal" not in [x["name"] for x in notice(gw).json["roles"]]
    # a rollback brings the first notice back, under a new version
    r = gw.request("POST", "/v1/policy/rollback", body={"to": first["policy_version"]},
                   cert=ADMIN)
    assert r.status == 200, r
    back = notice(gw).json
    assert back["policy_version"] > third["policy_version"]
    assert back["roles"] == first["roles"]
