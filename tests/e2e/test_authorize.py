"""POST /v1/authorize against the example policy set (examples/policies),
loaded through the control plane. People are named by RS256 tokens from the
test IdP (certs/gen.sh idp-rsa.key); services by their certificates."""

import json
import time
import urllib.parse

import jwt
import pytest

from gw import REPO, Gateway

ADMIN = "admin-cli"
OTHER = "support-console"
EXAMPLES = REPO / "examples" / "policies"
ORDER = ["common", "staff", "support_agent", "support_lead", "trust_safety",
         "privacy_officer", "auditor", "admin", "svc_ingest", "svc_chat_frontend"]
ALL_TYPES = ["email", "phone", "card", "iban", "ip", "ssn", "gov_id", "secret", "person",
             "address", "dob", "pii"]


def hidden_but(*shown):
    return [t for t in ALL_TYPES if t not in shown]


@pytest.fixture(scope="module")
def gw(custos, certs, tmp_path_factory):
    g = Gateway(certs, tmp_path_factory.mktemp("authz-gw"))
    try:
        g.start()
        for name in ORDER:
            doc = json.loads((EXAMPLES / f"{name}.json").read_text())
            r = g.request("PUT", f"/v1/roles/{name}", body=doc, cert=ADMIN)
            assert r.status == 200, (name, r)
        for p, roles in json.loads((EXAMPLES / "bindings.json").read_text()).items():
            r = g.request("PUT", "/v1/bindings/" + urllib.parse.quote(p, safe=""),
                          body={"roles": roles}, cert=ADMIN)
            assert r.status == 200, (p, r)
        yield g
    finally:
        problem = g.finish()  # exit code and sanitizer reports
    if problem:
        pytest.fail(problem)


def token(certs, sub, groups=()):
    now = int(time.time())
    claims = {"iss": "https://idp.example.test", "aud": "custos", "sub": sub,
              "iat": now, "nbf": now - 5, "exp": now + 300, "groups": list(groups)}
    key = certs.path("idp-rsa.key").read_bytes()
    return jwt.encode(claims, key, algorithm="RS256")


def bearer(certs, sub, groups=()):
    return {"Authorization": "Bearer " + token(certs, sub, groups)}


def conv(assignee="user:corp/alice", team="support", human_review=True, hold=False):
    return {"type": "conversation", "id": "c-1",
            "labels": {"assignee": assignee, "team": team},
            "consent": {"human_review": human_review}, "legal_hold": hold}


def authorize(gw, body, cert=OTHER, headers=None):
    r = gw.request("POST", "/v1/authorize", body=body, cert=cert, headers=headers)
    if r.status == 200:
        did = r.header("X-Decision-Id")
        assert did and did.isdigit(), r
        assert r.json["decision_id"] == int(did), r
    return r


def test_own_identity_without_roles_is_a_recorded_deny(gw):
    r = authorize(gw, {"action": "conversation:read", "resource": conv()})
    assert r.status == 200, r
    assert r.json["decision"] == "deny" and r.json["rule"] is None
    assert r.json["redact"] == [] and r.json["policy_version"] >= 1
    assert r.json["hidden"] == [] and r.json["reveal"] == []


def test_own_identity_as_a_support_agent_by_token_is_allowed_with_redaction(gw, certs):
    r = authorize(gw, {"action": "conversation:read", "purpose": "ticket:4711",
                       "resource": conv()},
                  headers=bearer(certs, "alice", ["support"]))
    assert r.status == 200, r
    assert r.json["decision"] == "allow", r
    assert r.json["rule"] == "support_agent/assigned"
    assert r.json["redact"] == ALL_TYPES
    assert r.json["hidden"] == ALL_TYPES and r.json["reveal"] == []


def test_support_agent_is_denied_someone_elses_conversation(gw, certs):
    r = authorize(gw, {"action": "conversation:read", "purpose": "ticket:4711",
                       "resource": conv(assignee="user:corp/bob")},
                  headers=bearer(certs, "alice", ["support"]))
    assert r.status == 200 and r.json["decision"] == "deny", r


def test_purpose_comes_from_the_header_too(gw, certs):
    h = bearer(certs, "tom", ["trust-safety"])
    r = authorize(gw, {"action": "conversation:read", "resource": conv()}, headers=h)
    assert r.json["decision"] == "deny" and r.json["rule"] == "trust_safety/purpose_required", r
    h["X-Access-Purpose"] = "break-glass:incident-7"
    r = authorize(gw, {"action": "conversation:read", "resource": conv()}, headers=h)
    assert r.json["decision"] == "allow" and r.json["rule"] == "trust_safety/investigate", r
    shown = ["email", "phone", "ip", "ssn", "gov_id", "person", "address", "dob", "pii"]
    assert r.json["reveal"] == [t for t in ALL_TYPES if t in shown], r
    assert r.json["redact"] == r.json["hidden"] == hidden_but(*shown), r


def test_asking_about_ones_own_subject_needs_no_permission(gw):
    r = authorize(gw, {"action": "conversation:read", "subject": "svc:support-console"})
    assert r.status == 200 and r.json["decision"] == "deny", r


def test_asking_about_another_subject_without_authorize_is_403(gw):
    r = gw.request("POST", "/v1/authorize", cert=OTHER,
                   body={"action": "user:consent", "subject": "svc:chat-frontend"})
    assert r.status == 403 and r.error_code() == "forbidden", r
    assert r.header("X-Decision-Id", ).isdigit()


def test_a_caller_with_authorize_decides_for_a_named_subject(gw):
    r = authorize(gw, {"action": "user:consent", "subject": "svc:chat-frontend",
                       "resource": {"type": "user", "id": "u-1"}}, cert=ADMIN)
    assert r.status == 200 and r.json["decision"] == "allow", r
    assert r.json["rule"] == "svc_chat_frontend/end_user_requests"
    r = authorize(gw, {"action": "conversation:append", "subject": "svc:ingest",
                       "resource": conv(hold=True)}, cert=ADMIN)
    assert r.json["decision"] == "deny" and r.json["rule"] == "common/held", r


def test_a_directly_bound_user_is_decided_by_name(gw):
    p = urllib.parse.quote("user:corp/bob", safe="")
    assert gw.request("PUT", f"/v1/bindings/{p}", body={"roles": ["support_lead"]},
                      cert=ADMIN).status == 200
    r = authorize(gw, {"action": "conversation:read", "subject": "user:corp/bob",
                       "purpose": "ticket:1", "resource": conv(assignee="user:corp/x")},
                  cert=ADMIN)
    assert r.json["decision"] == "allow" and r.json["rule"] == "support_lead/team", r
    assert r.json["redact"] == r.json["hidden"] == hidden_but("email", "phone"), r
    assert r.json["reveal"] == ["email", "phone"]


def test_decision_ids_increase(gw, certs):
    ids = []
    for _ in range(4):
        r = authorize(gw, {"action": "conversation:read", "resource": conv()})
        ids.append(r.json["decision_id"])
    assert ids == sorted(ids) and len(set(ids)) == 4, ids


def test_unknown_action_is_400(gw):
    r = gw.request("POST", "/v1/authorize", cert=OTHER, body={"action": "conversation:eat"})
    assert r.status == 400 and r.error_code() == "bad_request", r


def test_a_policy_change_is_in_force_for_the_next_decision(gw):
    body = {"action": "concern:read", "subject": "svc:ingest"}
    assert authorize(gw, body, cert=ADMIN).json["decision"] == "deny"
    doc = json.loads((EXAMPLES / "svc_ingest.json").read_text())
    doc["rules"].append({"id": "concerns", "effect": "allow", "actions": ["concern:read"]})
    put = gw.request("PUT", "/v1/roles/svc_ingest", body=doc, cert=ADMIN)
    assert put.status == 200, put
    r = authorize(gw, body, cert=ADMIN)
    assert r.json["decision"] == "allow" and r.json["policy_version"] == put.json["version"], r
