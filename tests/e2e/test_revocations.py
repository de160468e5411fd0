"""Revocations through the real gateway: the /v1/revocations API and its effect.

One gateway for the module ([audit] export = audit.jsonl, so the tests read
the recorded entries by their X-Decision-Id). svc:admin-cli is a [bootstrap]
admin (role admin allows revocation:write); svc:support-console is not.
Every test revokes its own values and takes them back, so the order of the
tests does not matter.
"""

import json
import time

import pytest

import tokens as T
from gw import Gateway

ADMIN = "admin-cli"
SENT = []


@pytest.fixture(scope="module")
def gw(custos, certs, tmp_path_factory):
    g = Gateway(certs, tmp_path_factory.mktemp("revocations-gw"),
                overrides={"audit": {"export": "./audit.jsonl"}})
    try:
        g.start()
        yield g
    finally:
        problem = g.finish()  # exit code and sanitizer reports
    if problem:
        pytest.fail(problem)


@pytest.fixture(scope="module")
def idp(certs):
    return T.load_private(certs.path("idp-rsa.key"))


def token(idp, sub="alice", **kw):
    t = T.mint(T.claims(sub=sub, **kw), idp)
    SENT.append(t)
    return t


def entries(gw):
    out = []
    for line in (gw.dir / "audit.jsonl").read_text().splitlines():
        if line.strip():
            out.append(json.loads(line))
    return out


def entry(gw, r):
    """The audit entry whose seq is r's X-Decision-Id."""
    seq = int(r.header("X-Decision-Id"))
    for e in entries(gw):
        if e["seq"] == seq:
            return e
    raise AssertionError(f"no audit entry {seq}")


def by_request(gw, r):
    rid = r.header("X-Request-Id")
    return [e for e in entries(gw) if e["request_id"] == rid]


def revoke(gw, kind, value, cert=ADMIN, **extra):
    return gw.request("POST", "/v1/revocations", body={"kind": kind, "value": value, **extra},
                      cert=cert)


def unrevoke(gw, kind, value, cert=ADMIN):
    return gw.request("DELETE", "/v1/revocations", body={"kind": kind, "value": value},
                      cert=cert)


def whoami(gw, tok=None, cert="support-console"):
    return gw.get("/v1/whoami", headers=T.bearer(tok) if tok else None, cert=cert)


def authorize(gw, tok=None, cert="support-console"):
    return gw.request("POST", "/v1/authorize", body={"action": "conversation:read"},
                      headers=T.bearer(tok) if tok else None, cert=cert)


def assert_revoked(gw, r, subject):
    assert (r.status, r.error_code()) == (403, "revoked"), r
    e = entry(gw, r)
    assert (e["decision"], e["reason"], e["subject"]) == ("deny", "revoked", subject), e


def assert_change(gw, r, status, reason, kind, value):
    assert r.status == status, r
    assert (r.json["kind"], r.json["value"]) == (kind, value)
    e = entry(gw, r)
    assert e["decision"] == "allow" and e["action"] == "revocation:write", e
    assert e["resource"] == f"revocation/{kind}" and e["reason"] == reason, e
    assert e["revocation"]["kind"] == kind and e["revocation"]["value"] == value, e
    assert e["subject"] == "svc:admin-cli"
    # the same request also recorded its decision, before the change
    both = by_request(gw, r)
    assert len(both) == 2 and both[0]["seq"] < both[1]["seq"] == e["seq"], both
    assert both[0]["decision"] == "allow" and both[0]["resource"] == f"revocation/{kind}"


# ------------------------------------------------------------------- effects

def test_revoked_subject_is_refused_even_from_the_token_cache(gw, idp):
    tok = token(idp, "alice")
    assert whoami(gw, tok).status == 200
    assert authorize(gw, tok).status == 200          # cached now
    r = revoke(gw, "subject", "user:corp/alice", reason="laptop stolen")
    assert_change(gw, r, 201, "revoke", "subject", "user:corp/alice")
    assert r.json["reason"] == "laptop stolen"
    try:
        assert_revoked(gw, authorize(gw, tok), "user:corp/alice")
        assert_revoked(gw, whoami(gw, tok), "user:corp/alice")
        # a new token for her too, and from another client
        assert_revoked(gw, whoami(gw, token(idp, "alice"), cert="chat-frontend"),
                       "user:corp/alice")
        # others are not touched
        assert whoami(gw, token(idp, "bob")).status == 200
        assert whoami(gw).status == 200
    finally:
        r = unrevoke(gw, "subject", "user:corp/alice")
    assert_change(gw, r, 200, "unrevoke", "subject", "user:corp/alice")
    assert authorize(gw, tok).status == 200
    assert whoami(gw, tok).json["subject"] == "user:corp/alice"
    r = unrevoke(gw, "subject", "user:corp/alice")
    assert (r.status, r.error_code()) == (404, "not_found"), r


def test_revoked_jti_refuses_that_token_only(gw, idp):
    tok = token(idp, "carol", jti="jti-revoke-me")
    other = token(idp, "carol", jti="jti-keep-me")
    assert whoami(gw, tok).status == 200
    r = revoke(gw, "jti", "jti-revoke-me")
    assert_change(gw, r, 201, "revoke", "jti", "jti-revoke-me")
    try:
        assert_revoked(gw, whoami(gw, tok), "user:corp/carol")
        assert whoami(gw, other).status == 200
    finally:
        assert unrevoke(gw, "jti", "jti-revoke-me").status == 200
    assert whoami(gw, tok).status == 200


def test_revoked_certificate_is_refused_with_and_without_token(gw, idp, certs):
    fp = certs.sha256("chat-frontend")
    r = revoke(gw, "cert", fp.upper())                 # accepted uppercase, stored lowercase
    assert_change(gw, r, 201, "revoke", "cert", fp)
    try:
        assert_revoked(gw, whoami(gw, cert="chat-frontend"), "svc:chat-frontend")
        assert_revoked(gw, authorize(gw, cert="chat-frontend"), "svc:chat-frontend")
        r = whoami(gw, token(idp, "dave"), cert="chat-frontend")
        assert_revoked(gw, r, "user:corp/dave")
        assert entry(gw, r)["cert_sha256"] == fp
        assert whoami(gw, cert="support-console").status == 200
    finally:
        assert unrevoke(gw, "cert", fp).status == 200
    assert whoami(gw, cert="chat-frontend").status == 200


def test_revoked_client_principal_refuses_its_users_too(gw, idp):
    r = revoke(gw, "subject", "svc:support-console")
    assert_change(gw, r, 201, "revoke", "subject", "svc:support-console")
    try:
        assert_revoked(gw, authorize(gw), "svc:support-console")
        assert_revoked(gw, whoami(gw, token(idp, "erin")), "user:corp/erin")
        assert whoami(gw, cert="chat-frontend").status == 200
    finally:
        assert unrevoke(gw, "subject", "svc:support-console").status == 200
    assert authorize(gw).status == 200


def test_revoked_group_refuses_its_members(gw, idp):
    member = token(idp, "fay", groups=["support", "contractors"])
    assert whoami(gw, member).status == 200
    r = revoke(gw, "subject", "group:corp/contractors")
    assert_change(gw, r, 201, "revoke", "subject", "group:corp/contractors")
    try:
        assert_revoked(gw, whoami(gw, member), "user:corp/fay")
        assert whoami(gw, token(idp, "gil", groups=["support"])).status == 200
    finally:
        assert unrevoke(gw, "subject", "group:corp/contractors").status == 200
    assert whoami(gw, member).status == 200


def test_revocation_with_expiry_lapses(gw, idp):
    tok = token(idp, "gus")
    until = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 2))
    r = revoke(gw, "subject", "user:corp/gus", expires_at=until)
    assert r.status == 201 and r.json["expires_at"] == until, r
    assert_revoked(gw, whoami(gw, tok), "user:corp/gus")
    deadline = time.monotonic() + 6
    while time.monotonic() < deadline and whoami(gw, tok).status != 200:
        time.sleep(0.25)
    assert whoami(gw, tok).status == 200
    lst = gw.get("/v1/revocations?limit=1000", cert=ADMIN).json["revocations"]
    gus = [x for x in lst if x["value"] == "user:corp/gus"]
    assert gus and gus[0]["expired"] is True
    assert unrevoke(gw, "subject", "user:corp/gus").status == 200


def test_an_admin_cannot_revoke_itself(gw, certs):
    for kind, value in (("subject", "svc:admin-cli"), ("cert", certs.sha256(ADMIN))):
        r = revoke(gw, kind, value)
        assert (r.status, r.error_code()) == (409, "conflict"), r
        assert entry(gw, r)["decision"] == "error"
    assert gw.get("/v1/revocations", cert=ADMIN).status == 200


# ---- issue 9 item 7: the decision point checks the named subject's revocations

def _ask(gw, **body):
    return gw.request("POST", "/v1/authorize", cert=ADMIN,
                      body={"action": "concern:read", **body})


def test_authorize_about_a_revoked_named_subject_is_a_recorded_deny(gw, idp):
    import urllib.parse
    doc = {"name": "concern_reader", "rules": [
        {"id": "read", "effect": "allow", "actions": ["concern:read"]}]}
    assert gw.request("PUT", "/v1/roles/concern_reader", body=doc, cert=ADMIN).status == 200
    bpath = "/v1/bindings/" + urllib.parse.quote("user:corp/xena", safe="")
    assert gw.request("PUT", bpath, body={"roles": ["concern_reader"]},
                      cert=ADMIN).status == 200
    tok = token(idp, "xena", jti="jti-xena", groups=["night-shift"])
    try:
        for body in ({"subject": "user:corp/xena"}, {"token": tok},
                     {"subject": "user:corp/xena", "groups": ["group:corp/night-shift"]}):
            r = _ask(gw, **body)
            assert r.status == 200 and r.json["decision"] == "allow", (body, r)
        cases = [("subject", "user:corp/xena", {"subject": "user:corp/xena"}, "subject"),
                 ("subject", "user:corp/xena", {"token": tok}, "subject"),
                 ("subject", "group:corp/night-shift",
                  {"subject": "user:corp/xena", "groups": ["group:corp/night-shift"]}, "group"),
                 ("subject", "group:corp/night-shift", {"token": tok}, "group"),
                 ("jti", "jti-xena", {"token": tok}, "token")]
        for kind, value, body, what in cases:
            assert revoke(gw, kind, value).status == 201
            try:
                r = _ask(gw, **body)
                assert r.status == 200, r
                assert (r.json["decision"], r.json["reason"], r.json["rule"]) == (
                    "deny", "revoked", None), (body, r)
                assert r.json["decision_id"] == int(r.header("X-Decision-Id"))
                e = entry(gw, r)
                assert (e["decision"], e["reason"], e["action"], e["subject"],
                        e["asked_by"], e["revoked"]) == (
                    "deny", "revoked", "concern:read", "user:corp/xena", "svc:admin-cli",
                    what), e
            finally:
                assert unrevoke(gw, kind, value).status == 200
        assert _ask(gw, subject="user:corp/xena").json["decision"] == "allow"
    finally:
        gw.request("DELETE", bpath, cert=ADMIN)
        gw.request("DELETE", "/v1/roles/concern_reader", cert=ADMIN)


# ---- issue 9 items 5 and 14: one grammar, so whatever a token carries can be revoked

def test_every_principal_a_token_can_carry_can_be_revoked(gw, idp):
    # UTF-8 and an inner space are within the grammar; the token is served,
    # and its subject, group and jti can each be revoked.
    tok = token(idp, "zo\u00eb b", jti="j\u00e9 1", groups=["Sales EMEA"])
    r = whoami(gw, tok)
    assert r.status == 200 and r.json["subject"] == "user:corp/zo\u00eb b", r
    for kind, value in (("subject", "user:corp/zo\u00eb b"), ("subject", "group:corp/Sales EMEA"),
                        ("jti", "j\u00e9 1")):
        r = revoke(gw, kind, value)
        assert r.status == 201, (value, r)
        try:
            assert_revoked(gw, whoami(gw, tok), "user:corp/zo\u00eb b")
        finally:
            assert unrevoke(gw, kind, value).status == 200
    assert whoami(gw, tok).status == 200


@pytest.mark.parametrize("claim", ["sub", "groups", "jti"])
def test_a_token_with_an_unrevocable_value_is_refused(gw, idp, claim):
    # Before: accepted, while the revocation API refused the same value.
    bad = "ali\x01ce"
    kw = {"sub": "alice", "groups": ["support"], "jti": "jti-ok"}
    kw[claim] = [bad] if claim == "groups" else bad
    sub = kw.pop("sub")
    r = whoami(gw, token(idp, sub, **kw))
    assert (r.status, r.error_code()) == (401, "token_claims_invalid"), r
    value = ("jti" if claim == "jti" else "subject",
             {"sub": "user:corp/" + bad, "groups": "group:corp/" + bad, "jti": bad}[claim])
    r = revoke(gw, *value)
    assert (r.status, r.error_code()) == (400, "bad_request"), r


# ------------------------------------------------------------------------- API

@pytest.mark.parametrize("method", ["GET", "POST", "DELETE"])
def test_non_admin_is_forbidden(gw, idp, method):
    body = None if method == "GET" else {"kind": "subject", "value": "user:corp/zed"}
    for hdrs in (None, T.bearer(token(idp, "zed"))):
        r = gw.request(method, "/v1/revocations", body=body, headers=hdrs)
        assert (r.status, r.error_code()) == (403, "forbidden"), r
        e = entry(gw, r)
        assert e["decision"] == "deny" and e["action"] == "revocation:write", e
    # bad input from a non-admin is 403 as well: the input rules are not probed
    if method != "GET":
        r = gw.request(method, "/v1/revocations", body={"kind": "nope"})
        assert (r.status, r.error_code()) == (403, "forbidden"), r


def test_list_shows_entries_and_pages(gw):
    vals = [f"jti-list-{i}" for i in range(3)]
    for v in vals:
        assert revoke(gw, "jti", v, reason=f"r {v}").status == 201
    try:
        r = gw.get("/v1/revocations", cert=ADMIN)
        assert r.status == 200 and r.header("X-Decision-Id"), r
        assert r.json["total"] >= 3 and r.json["offset"] == 0 and r.json["limit"] == 100
        mine = [x for x in r.json["revocations"] if x["value"] in vals]
        assert [x["value"] for x in mine] == vals
        for x in mine:
            assert x["kind"] == "jti" and x["author"] == "svc:admin-cli"
            assert x["reason"] == "r " + x["value"] and x["expires_at"] is None
            assert x["expired"] is False and x["created_at"].endswith("Z")
        total = r.json["total"]
        seen = []
        for off in range(0, total, 2):
            p = gw.get(f"/v1/revocations?offset={off}&limit=2", cert=ADMIN).json
            assert p["total"] == total and len(p["revocations"]) == min(2, total - off)
            seen += [(x["kind"], x["value"]) for x in p["revocations"]]
        assert seen == [(x["kind"], x["value"]) for x in r.json["revocations"]]
        assert gw.get(f"/v1/revocations?offset={total}", cert=ADMIN).json["revocations"] == []
    finally:
        for v in vals:
            assert unrevoke(gw, "jti", v).status == 200


BAD_BODIES = {
    "kind_unknown": {"kind": "user", "value": "user:corp/x"},
    "kind_missing": {"value": "user:corp/x"},
    "kind_not_string": {"kind": 1, "value": "user:corp/x"},
    "value_missing": {"kind": "jti"},
    "value_empty": {"kind": "jti", "value": ""},
    "value_number": {"kind": "jti", "value": 42},
    "value_control_char": {"kind": "jti", "value": "a\nb"},
    "jti_too_long": {"kind": "jti", "value": "j" * 257},
    "subject_without_prefix": {"kind": "subject", "value": "alice"},
    "subject_user_without_issuer": {"kind": "subject", "value": "user:alice"},
    "subject_empty_svc": {"kind": "subject", "value": "svc:"},
    "subject_group_empty_name": {"kind": "subject", "value": "group:corp/"},
    "subject_svc_with_space": {"kind": "subject", "value": "svc:a b"},
    "subject_line_separator": {"kind": "subject", "value": "user:corp/a\u2028b"},
    "subject_zero_width": {"kind": "subject", "value": "user:corp/a\u200bb"},
    "subject_bad_issuer": {"kind": "subject", "value": "user:co rp/alice"},
    "jti_line_separator": {"kind": "jti", "value": "a\u2028b"},
    "jti_trailing_space": {"kind": "jti", "value": "abc "},
    "cert_63_hex": {"kind": "cert", "value": "a" * 63},
    "cert_65_hex": {"kind": "cert", "value": "a" * 65},
    "cert_not_hex": {"kind": "cert", "value": "g" * 64},
    "cert_with_colons": {"kind": "cert", "value": ":".join(["ab"] * 32)},
    "unknown_member": {"kind": "jti", "value": "x", "why": "y"},
    "reason_not_string": {"kind": "jti", "value": "x", "reason": 5},
    "expires_in_the_past": {"kind": "jti", "value": "x", "expires_at": "2020-01-01T00:00:00Z"},
    "expires_not_rfc3339": {"kind": "jti", "value": "x", "expires_at": "tomorrow"},
}


@pytest.mark.parametrize("name", list(BAD_BODIES))
def test_bad_revocation_is_400_and_recorded(gw, name):
    r = gw.request("POST", "/v1/revocations", body=BAD_BODIES[name], cert=ADMIN)
    assert (r.status, r.error_code()) == (400, "bad_request"), r
    e = entry(gw, r)
    assert (e["decision"], e["reason"], e["action"]) == ("error", "bad_request",
                                                         "revocation:write"), e


@pytest.mark.parametrize("body", [b"", b"not json", b"[1]", b'{"kind":"jti","kind":"cert"}',
                                  b'{"kind":"jti","value":"x","reason":"r"}'])
def test_bad_delete_body_is_400(gw, body):
    r = gw.request("DELETE", "/v1/revocations", body=body, cert=ADMIN,
                   headers={"Content-Type": "application/json"})
    assert (r.status, r.error_code()) == (400, "bad_request"), r
    assert entry(gw, r)["decision"] == "error"


@pytest.mark.parametrize("query", ["limit=0", "limit=1001", "limit=abc", "offset=-1",
                                   "offset=1e3"])
def test_bad_list_paging_is_400(gw, query):
    r = gw.get("/v1/revocations?" + query, cert=ADMIN)
    assert (r.status, r.error_code()) == (400, "bad_request"), r


def test_token_refusals_are_recorded(gw, idp):
    expired = T.mint(T.claims(sub="hank", exp=int(time.time()) - 3600), idp)
    SENT.append(expired)
    r = gw.get("/v1/revocations", headers=T.bearer(expired), cert=ADMIN)
    assert (r.status, r.error_code()) == (401, "token_expired"), r
    e = entry(gw, r)
    assert (e["decision"], e["reason"], e["client"]) == ("error", "token_expired",
                                                         "svc:admin-cli"), e


# ------------------------------------------------------------------ the logs

def test_logs_and_audit_never_contain_a_token(gw):
    assert SENT
    log = gw.log_text()
    audit = (gw.dir / "audit.jsonl").read_text()
    assert "revocations changed" in log
    for tok in SENT:
        sig = tok.split(".")[2]
        assert tok not in log and sig not in log
        assert tok not in audit and sig not in audit
