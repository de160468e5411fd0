"""The control plane: roles, bindings, versions, rollback, simulate (API.md
section 3, docs/ADMIN_API.md). One gateway per module; each test uses its own
role names so that the order of tests does not matter. The admin is
svc:admin-cli ([bootstrap] admins); svc:support-console has no role unless a
test binds one."""

import threading
import urllib.parse

import pytest

from gw import Gateway

ADMIN = "admin-cli"
OTHER = "support-console"


@pytest.fixture(scope="module")
def gw(custos, certs, tmp_path_factory):
    g = Gateway(certs, tmp_path_factory.mktemp("admin-gw"))
    try:
        g.start()
        yield g
    finally:
        problem = g.finish()  # exit code and sanitizer reports
    if problem:
        pytest.fail(problem)


def enc(principal):
    return urllib.parse.quote(principal, safe="")


def role_doc(name=None, rules=None, **kw):
    d = {"description": f"test role {name}",
         "rules": rules if rules is not None else [
             {"id": "read", "effect": "allow", "actions": ["conversation:read"],
              "when": {"attr": "request.purpose", "matches": "ticket:*"},
              "reveal": ["phone"]}]}
    if name is not None:
        d["name"] = name
    d.update(kw)
    return d


def put_role(gw, name, doc=None, if_match=None, cert=ADMIN):
    h = {} if if_match is None else {"If-Match": str(if_match)}
    return gw.request("PUT", f"/v1/roles/{name}", body=doc or role_doc(), headers=h, cert=cert)


def decision_id(r):
    v = r.header("X-Decision-Id")
    assert v is not None and v.isdigit(), r
    return int(v)


def current_version(gw):
    r = gw.get("/v1/policy/versions?limit=1", cert=ADMIN)
    assert r.status == 200, r
    return r.json["current"]


# ------------------------------------------------------------------ access

ADMIN_CALLS = [
    ("GET", "/v1/roles", None),
    ("GET", "/v1/roles/staff", None),
    ("PUT", "/v1/roles/staff", role_doc()),
    ("DELETE", "/v1/roles/staff", None),
    ("GET", "/v1/bindings", None),
    ("GET", "/v1/bindings/" + enc("user:corp/alice"), None),
    ("PUT", "/v1/bindings/" + enc("user:corp/alice"), {"roles": ["admin"]}),
    ("DELETE", "/v1/bindings/" + enc("user:corp/alice"), None),
    ("GET", "/v1/policy/versions", None),
    ("POST", "/v1/policy/rollback", {"to": 0}),
    ("POST", "/v1/policy/simulate", {"subject": "svc:x", "action": "policy:read"}),
]


@pytest.mark.parametrize("method,path,body", ADMIN_CALLS)
def test_caller_without_a_role_gets_403_forbidden_and_a_recorded_decision(gw, method, path,
                                                                          body):
    before = current_version(gw)
    r = gw.request(method, path, body=body, cert=OTHER)
    assert r.status == 403, r
    assert r.error_code() == "forbidden", r
    decision_id(r)
    assert current_version(gw) == before


# ------------------------------------------------------------------ roles

def test_role_put_get_list_delete_round_trip(gw):
    r = put_role(gw, "rt_role", role_doc())
    assert r.status == 200, r
    v = r.json["version"]
    assert r.json["name"] == "rt_role" and v >= 1
    assert r.header("ETag") == f'"{v}"'
    assert r.json["rules"][0]["id"] == "read"

    g = gw.get("/v1/roles/rt_role", cert=ADMIN)
    assert g.status == 200, g
    assert g.json == r.json
    assert g.header("ETag") == f'"{v}"'

    lst = gw.get("/v1/roles", cert=ADMIN)
    assert lst.status == 200, lst
    entry = [x for x in lst.json["roles"] if x["name"] == "rt_role"]
    assert entry == [{"name": "rt_role", "version": v, "description": "test role None"}]
    assert lst.json["policy_version"] >= v

    d = gw.request("DELETE", "/v1/roles/rt_role", cert=ADMIN)
    assert d.status == 200, d
    assert d.json["deleted"] is True and d.json["version"] == v + 1
    assert gw.get("/v1/roles/rt_role", cert=ADMIN).status == 404
    assert gw.request("DELETE", "/v1/roles/rt_role", cert=ADMIN).error_code() == "not_found"


def test_missing_role_and_binding_are_404_not_found(gw):
    for path in ("/v1/roles/no_such_role", "/v1/bindings/" + enc("user:corp/nobody")):
        r = gw.get(path, cert=ADMIN)
        assert r.status == 404 and r.error_code() == "not_found", r
    r = gw.request("DELETE", "/v1/bindings/" + enc("user:corp/nobody"), cert=ADMIN)
    assert r.status == 404 and r.error_code() == "not_found", r


def test_if_match_takes_the_version_with_or_without_quotes_and_412_when_stale(gw):
    v1 = put_role(gw, "im_role").json["version"]
    stale = put_role(gw, "im_role", if_match=v1 + 1000)
    assert stale.status == 412 and stale.error_code() == "precondition_failed", stale
    decision_id(stale)
    ok = put_role(gw, "im_role", if_match=f'"{v1}"')
    assert ok.status == 200, ok
    v2 = ok.json["version"]
    assert v2 > v1
    again = put_role(gw, "im_role", if_match=v1)  # v1 is stale now
    assert again.status == 412, again
    ok2 = put_role(gw, "im_role", if_match=v2)
    assert ok2.status == 200, ok2
    # 0 = create only
    assert put_role(gw, "im_role", if_match=0).status == 412
    created = put_role(gw, "im_new_role", if_match=0)
    assert created.status == 200, created
    # delete honours If-Match too
    d = gw.request("DELETE", "/v1/roles/im_new_role", headers={"If-Match": "999999"}, cert=ADMIN)
    assert d.status == 412, d
    assert gw.get("/v1/roles/im_new_role", cert=ADMIN).status == 200


def test_malformed_if_match_is_400(gw):
    r = put_role(gw, "im_bad", if_match="W/abc")
    assert r.status == 400 and r.error_code() == "bad_request", r


BAD_DOCS = [
    ("unknown operator",
     {"rules": [{"id": "a", "effect": "allow", "actions": ["conversation:read"],
                 "when": {"all": [{"attr": "request.purpose", "equals": "x"},
                                  {"attr": "request.purpose", "equalz": "x"}]}}]},
     "$.rules[0].when.all[1]"),
    ("unknown attribute",
     {"rules": [{"id": "a", "effect": "allow", "actions": ["conversation:read"]},
                {"id": "b", "effect": "allow", "actions": ["conversation:read"],
                 "when": {"all": [{"attr": "subject.shoe_size", "equals": 42}]}}]},
     "$.rules[1].when.all[0].attr"),
    ("unknown action",
     {"rules": [{"id": "a", "effect": "allow", "actions": ["conversation:reed"]}]},
     "$.rules[0].actions[0]"),
    ("duplicate rule id",
     {"rules": [{"id": "a", "effect": "allow", "actions": ["conversation:read"]},
                {"id": "a", "effect": "deny", "actions": ["conversation:read"]}]},
     "$.rules[1].id"),
    ("unknown key",
     {"rulez": []},
     "$"),
]


@pytest.mark.parametrize("what,doc,path", BAD_DOCS, ids=[b[0] for b in BAD_DOCS])
def test_invalid_document_is_400_invalid_policy_naming_the_json_path(gw, what, doc, path):
    before = current_version(gw)
    r = put_role(gw, "bad_doc", doc)
    assert r.status == 400, r
    assert r.error_code() == "invalid_policy", r
    msg = r.json["error"]["message"]
    assert msg.startswith(path), (what, msg)
    assert r.json["error"]["path"].startswith(path), r
    decision_id(r)
    assert current_version(gw) == before
    assert gw.get("/v1/roles/bad_doc", cert=ADMIN).status == 404


def test_inheritance_cycle_is_400_naming_the_path_and_the_cycle(gw):
    assert put_role(gw, "cyc_a", role_doc(rules=[])).status == 200
    assert put_role(gw, "cyc_b", role_doc(rules=[], inherits=["cyc_a"])).status == 200
    before = current_version(gw)
    r = put_role(gw, "cyc_a", role_doc(rules=[], inherits=["cyc_b"]))
    assert r.status == 400 and r.error_code() == "invalid_policy", r
    msg = r.json["error"]["message"]
    assert "$.inherits[0]" in msg and "cycle" in msg and "cyc_a" in msg and "cyc_b" in msg, msg
    assert current_version(gw) == before


def test_unknown_inherited_role_is_400_invalid_policy(gw):
    r = put_role(gw, "orphan", role_doc(inherits=["does_not_exist"]))
    assert r.status == 400 and r.error_code() == "invalid_policy", r
    assert r.json["error"]["message"].startswith("$.inherits[0]"), r


def test_deleting_an_inherited_role_is_refused_naming_the_child(gw):
    assert put_role(gw, "parent_r", role_doc(rules=[])).status == 200
    assert put_role(gw, "child_r", role_doc(rules=[], inherits=["parent_r"])).status == 200
    r = gw.request("DELETE", "/v1/roles/parent_r", cert=ADMIN)
    assert r.status == 400 and r.error_code() == "invalid_policy", r
    assert "child_r" in r.json["error"]["message"], r
    assert gw.get("/v1/roles/parent_r", cert=ADMIN).status == 200


def test_name_in_body_must_match_the_path(gw):
    r = put_role(gw, "path_name", role_doc(name="other_name"))
    assert r.status == 400 and r.error_code() == "invalid_policy", r
    assert "$.name" in r.json["error"]["message"]
    assert put_role(gw, "path_name", role_doc(name="path_name")).status == 200


def test_bad_json_body_is_400_bad_request(gw):
    r = gw.request("PUT", "/v1/roles/badjson", body=b"{not json", cert=ADMIN)
    assert r.status == 400 and r.error_code() == "bad_request", r
    decision_id(r)


# ------------------------------------------------------------------ bindings

def test_binding_put_get_list_delete_with_an_encoded_principal(gw):
    p = "user:corp/alice.b"
    path = "/v1/bindings/" + enc(p)
    assert put_role(gw, "bind_role").status == 200
    r = gw.request("PUT", path, body={"roles": ["bind_role", "not_yet_a_role"]}, cert=ADMIN)
    assert r.status == 200, r
    assert r.json["principal"] == p
    assert r.json["roles"] == ["bind_role", "not_yet_a_role"]
    assert r.json["unknown_roles"] == ["not_yet_a_role"]
    g = gw.get(path, cert=ADMIN)
    assert g.status == 200 and g.json == {"principal": p,
                                          "roles": ["bind_role", "not_yet_a_role"]}, g
    lst = gw.get("/v1/bindings?prefix=user:corp/alice", cert=ADMIN)
    assert lst.status == 200, lst
    assert {"principal": p, "roles": ["bind_role", "not_yet_a_role"]} in lst.json["bindings"]
    d = gw.request("DELETE", path, cert=ADMIN)
    assert d.status == 200 and d.json["deleted"] is True, d
    assert gw.get(path, cert=ADMIN).status == 404


def test_bindings_list_pages_in_principal_order(gw):
    for i in range(5):
        r = gw.request("PUT", "/v1/bindings/" + enc(f"group:corp/page-{i}"),
                       body={"roles": ["bind_role"]}, cert=ADMIN)
        assert r.status == 200, r
    seen, after = [], None
    for _ in range(10):
        q = "/v1/bindings?prefix=group:corp/page-&limit=2" + (f"&after={after}" if after else "")
        r = gw.get(q, cert=ADMIN)
        assert r.status == 200, r
        seen += [b["principal"] for b in r.json["bindings"]]
        after = r.json["next"]
        if after is None:
            break
    assert seen == [f"group:corp/page-{i}" for i in range(5)]


@pytest.mark.parametrize("principal", ["alice", "role:x", "user:", "user:a b",
                                       # issue 9 item 14: the one grammar (POLICY.md)
                                       "user:alice", "group:corp", "svc:a b", "user:corp/ x",
                                       "user:corp/a\u2028b", "user:corp/a\x01b",
                                       "user:corp/" + "s" * 257, "user:c!rp/x"])
def test_binding_principal_must_be_svc_user_or_group(gw, principal):
    r = gw.request("PUT", "/v1/bindings/" + enc(principal), body={"roles": ["x"]}, cert=ADMIN)
    assert r.status == 400 and r.error_code() == "bad_request", r


def test_every_principal_of_the_grammar_can_be_bound(gw):
    # issue 9 item 14: what a token can carry (UTF-8, inner spaces, the
    # longest sub after a 64-byte issuer) can be bound, as it can be revoked.
    for p in ("group:corp/Sales EMEA", "user:corp/zo\u00eb", "group:corp//support/tier1",
              "svc:spiffe://svc.team-a.test/payments",
              "user:" + "i" * 64 + "/" + "s" * 256):
        r = gw.request("PUT", "/v1/bindings/" + enc(p), body={"roles": ["x"]}, cert=ADMIN)
        assert r.status == 200 and r.json["principal"] == p, (p, r)
        assert gw.request("DELETE", "/v1/bindings/" + enc(p), cert=ADMIN).status == 200


def test_binding_body_must_hold_a_roles_array(gw):
    r = gw.request("PUT", "/v1/bindings/" + enc("svc:x"), body={"roles": "admin"}, cert=ADMIN)
    assert r.status == 400, r


def test_a_new_binding_is_in_force_for_the_next_request(gw):
    assert put_role(gw, "policy_reader", role_doc(rules=[
        {"id": "read", "effect": "allow", "actions": ["policy:read"]}])).status == 200
    assert gw.get("/v1/roles", cert=OTHER).status == 403
    path = "/v1/bindings/" + enc("svc:support-console")
    assert gw.request("PUT", path, body={"roles": ["policy_reader"]}, cert=ADMIN).status == 200
    try:
        r = gw.get("/v1/roles", cert=OTHER)
        assert r.status == 200, r
        w = put_role(gw, "reader_cannot_write", cert=OTHER)
        assert w.status == 403, w
    finally:
        assert gw.request("DELETE", path, cert=ADMIN).status == 200
    assert gw.get("/v1/roles", cert=OTHER).status == 403


# ------------------------------------------- issue 9: policy:write is not root

def test_the_builtin_admin_role_cannot_be_put_or_deleted(gw):
    weak = {"name": "admin", "rules": [{"id": "r", "effect": "allow", "actions": ["audit:read"]}]}
    for method, body in (("PUT", weak), ("DELETE", None)):
        r = gw.request(method, "/v1/roles/admin", body=body, cert=ADMIN)
        assert (r.status, r.error_code()) == (403, "forbidden"), r
        assert "built in" in r.json["error"]["message"]
        e = gw.get(f"/v1/audit?since_seq={decision_id(r)}&limit=1", cert=ADMIN).json["entries"][0]
        assert (e["decision"], e["reason"], e["resource"]) == ("error", "forbidden",
                                                               "role/admin"), e
    # and the built-in can be read as a document
    r = gw.get("/v1/roles/admin", cert=ADMIN)
    assert r.status == 200 and r.json["builtin"] is True, r
    assert "policy:write" in r.json["rules"][0]["actions"]
    # nor can a simulation propose a replacement
    r = gw.request("POST", "/v1/policy/simulate", cert=ADMIN,
                   body={"subject": "svc:admin-cli", "action": "policy:write",
                         "documents": [weak]})
    assert (r.status, r.error_code()) == (400, "invalid_policy"), r
    assert gw.get("/v1/roles", cert=ADMIN).status == 200


def test_a_policy_writer_cannot_lock_out_a_bootstrap_admin(gw):
    # support-console may write policy; it binds the bootstrap admin (and
    # later itself) to a role that denies everything, and rolls back.
    assert put_role(gw, "writer", role_doc(rules=[
        {"id": "w", "effect": "allow", "actions": ["policy:read", "policy:write"]}])).status == 200
    assert put_role(gw, "lockout", role_doc(rules=[
        {"id": "all", "effect": "deny", "actions": ["*"]}])).status == 200
    wpath = "/v1/bindings/" + enc("svc:support-console")
    apath = "/v1/bindings/" + enc("svc:admin-cli")
    assert gw.request("PUT", wpath, body={"roles": ["writer"]}, cert=ADMIN).status == 200
    before = current_version(gw)
    try:
        r = gw.request("PUT", apath, body={"roles": ["lockout"]}, cert=OTHER)
        assert r.status == 200, r
        # the bootstrap admin keeps every control-plane power
        assert gw.get("/v1/roles", cert=ADMIN).status == 200
        assert put_role(gw, "still_admin").status == 200
        assert gw.get("/v1/revocations", cert=ADMIN).status == 200
        assert gw.get("/v1/audit?limit=1", cert=ADMIN).status == 200
        r = gw.request("POST", "/v1/authorize", cert=ADMIN, body={"action": "policy:write"})
        assert r.json["decision"] == "allow" and r.json["rule"] == "admin/builtin", r
        # while the same deny does bind a writer that is no bootstrap admin
        assert gw.request("PUT", wpath, body={"roles": ["writer", "lockout"]},
                          cert=ADMIN).status == 200
        assert gw.get("/v1/roles", cert=OTHER).status == 403
        # a rollback cannot take the admin's powers either
        r = gw.request("POST", "/v1/policy/rollback", body={"to": before}, cert=ADMIN)
        assert r.status == 200, r
        assert gw.get("/v1/roles", cert=ADMIN).status == 200
    finally:
        gw.request("DELETE", apath, cert=ADMIN)
        gw.request("DELETE", wpath, cert=ADMIN)


# ------------------------------------------------------------------ versions

def test_every_change_makes_a_new_version_with_author_time_and_change(gw):
    v0 = current_version(gw)
    a = put_role(gw, "hist_role")
    b = gw.request("PUT", "/v1/bindings/" + enc("svc:hist"), body={"roles": ["hist_role"]},
                   cert=ADMIN)
    c = gw.request("DELETE", "/v1/bindings/" + enc("svc:hist"), cert=ADMIN)
    assert [a.json["version"], b.json["version"], c.json["version"]] == [v0 + 1, v0 + 2, v0 + 3]
    r = gw.get("/v1/policy/versions?limit=3", cert=ADMIN)
    assert r.status == 200, r
    vs = r.json["versions"]
    assert [v["version"] for v in vs] == [v0 + 3, v0 + 2, v0 + 1]
    assert r.json["order"] == "newest_first" and r.json["current"] == v0 + 3
    assert [v["change"]["kind"] for v in vs] == ["binding.delete", "binding.put", "role.put"]
    assert [v["change"]["target"] for v in vs] == ["svc:hist", "svc:hist", "hist_role"]
    for v in vs:
        assert v["author"] == "svc:admin-cli"
        assert v["time"].endswith("Z") and "T" in v["time"]
        assert "before" not in v["change"]
    # oldest first with since=, and the full records with full=1
    o = gw.get(f"/v1/policy/versions?since={v0 + 1}&limit=2&full=1", cert=ADMIN)
    assert o.status == 200, o
    assert [v["version"] for v in o.json["versions"]] == [v0 + 1, v0 + 2]
    assert o.json["next"] == v0 + 3
    assert o.json["versions"][0]["change"]["after"]["name"] == "hist_role"
    # next page newest-first continues with from=
    p1 = gw.get("/v1/policy/versions?limit=2", cert=ADMIN).json
    p2 = gw.get(f"/v1/policy/versions?limit=2&from={p1['next']}", cert=ADMIN).json
    assert p2["versions"][0]["version"] == p1["versions"][-1]["version"] - 1


def test_versions_rejects_bad_paging(gw):
    for q in ("limit=0", "limit=5000", "since=-1", "since=1&from=2", "limit=x"):
        r = gw.get("/v1/policy/versions?" + q, cert=ADMIN)
        assert r.status == 400, (q, r)


# ------------------------------------------------------------------ rollback

def test_rollback_restores_an_earlier_state_as_a_new_version(gw):
    assert put_role(gw, "rb_role", role_doc(description="first")).status == 200
    mark = current_version(gw)
    assert put_role(gw, "rb_role", role_doc(description="second")).status == 200
    assert put_role(gw, "rb_new", role_doc()).status == 200
    assert gw.request("PUT", "/v1/bindings/" + enc("svc:rb"), body={"roles": ["rb_new"]},
                      cert=ADMIN).status == 200
    before = current_version(gw)
    r = gw.request("POST", "/v1/policy/rollback", body={"to": mark}, cert=ADMIN)
    assert r.status == 200, r
    assert r.json["version"] == before + 1 and r.json["to"] == mark
    kinds = {(c["kind"], c["target"]) for c in r.json["changes"]}
    assert kinds == {("role.put", "rb_role"), ("role.delete", "rb_new"),
                     ("binding.delete", "svc:rb")}, kinds
    g = gw.get("/v1/roles/rb_role", cert=ADMIN)
    assert g.json["description"] == "first" and g.json["version"] == before + 1, g
    assert gw.get("/v1/roles/rb_new", cert=ADMIN).status == 404
    assert gw.get("/v1/bindings/" + enc("svc:rb"), cert=ADMIN).status == 404
    h = gw.get("/v1/policy/versions?limit=1", cert=ADMIN).json["versions"][0]
    assert h["change"]["kind"] == "rollback" and h["change"]["to"] == mark
    assert h["author"] == "svc:admin-cli"


def test_rollback_errors(gw):
    cur = current_version(gw)
    r = gw.request("POST", "/v1/policy/rollback", body={"to": cur + 100}, cert=ADMIN)
    assert r.status == 404 and r.error_code() == "not_found", r
    for body in ({"to": -1}, {"to": "3"}, {}):
        r = gw.request("POST", "/v1/policy/rollback", body=body, cert=ADMIN)
        assert r.status == 400 and r.error_code() == "bad_request", (body, r)
    assert current_version(gw) == cur


# ------------------------------------------------------------------ simulate

SIM_RES = {"type": "conversation", "id": "c-1",
           "labels": {"assignee": "user:corp/sim"}, "consent": {"human_review": True},
           "legal_hold": False}


def test_simulate_with_proposed_documents_changes_the_decision_but_not_the_store(gw):
    assert put_role(gw, "sim_role", role_doc(rules=[
        {"id": "assigned", "effect": "allow", "actions": ["conversation:read"],
         "when": {"attr": "resource.labels.assignee", "equals": "$subject.id"},
         "reveal": ["phone", "pii"]}])).status == 200
    assert gw.request("PUT", "/v1/bindings/" + enc("user:corp/sim"),
                      body={"roles": ["sim_role"]}, cert=ADMIN).status == 200
    roles_before = gw.get("/v1/roles", cert=ADMIN).json
    body = {"subject": "user:corp/sim", "action": "conversation:read", "purpose": "ticket:1",
            "resource": SIM_RES}
    now = gw.request("POST", "/v1/policy/simulate", body=body, cert=ADMIN)
    assert now.status == 200, now
    assert now.json["decision"] == "allow" and now.json["rule"] == "sim_role/assigned"
    assert now.json["reveal"] == ["phone", "pii"] and now.json["proposed"] is False
    assert now.json["redact"] == now.json["hidden"] == [
        "email", "card", "iban", "ip", "ssn", "gov_id", "secret", "person", "address", "dob"]
    decision_id(now)

    proposed = dict(body, documents=[{"name": "sim_role", "rules": [
        {"id": "assigned", "effect": "allow", "actions": ["conversation:read"],
         "when": {"attr": "resource.labels.assignee", "equals": "$subject.id"}},
        {"id": "held", "effect": "deny", "actions": ["conversation:read"],
         "when": {"attr": "resource.consent.human_review", "equals": True}}]}])
    sim = gw.request("POST", "/v1/policy/simulate", body=proposed, cert=ADMIN)
    assert sim.status == 200, sim
    assert sim.json["decision"] == "deny" and sim.json["rule"] == "sim_role/held", sim
    assert sim.json["proposed"] is True
    assert gw.get("/v1/roles", cert=ADMIN).json == roles_before
    again = gw.request("POST", "/v1/policy/simulate", body=body, cert=ADMIN)
    assert again.json["decision"] == "allow"


def test_simulate_explain_lists_roles_matched_rules_and_failed_conditions(gw):
    assert put_role(gw, "exp_base", role_doc(rules=[
        {"id": "consent", "effect": "allow", "actions": ["conversation:read"],
         "when": {"all": [{"attr": "request.purpose", "matches": "ticket:*"},
                          {"attr": "resource.consent.human_review", "equals": True}]}}
    ])).status == 200
    assert put_role(gw, "exp_child", role_doc(inherits=["exp_base"], rules=[
        {"id": "any", "effect": "allow", "actions": ["conversation:read"],
         "reveal": ["email"]}])).status == 200
    res = dict(SIM_RES, consent={"human_review": False})
    r = gw.request("POST", "/v1/policy/simulate", cert=ADMIN, body={
        "subject": "user:corp/exp", "groups": ["group:corp/exp-team"],
        "action": "conversation:read", "purpose": "ticket:9", "resource": res,
        "documents": [
            {"name": "exp_base", "rules": [
                {"id": "consent", "effect": "allow", "actions": ["conversation:read"],
                 "when": {"all": [{"attr": "request.purpose", "matches": "ticket:*"},
                                  {"attr": "resource.consent.human_review",
                                   "equals": True}]}}]},
            {"name": "exp_child", "inherits": ["exp_base"], "rules": [
                {"id": "any", "effect": "allow", "actions": ["conversation:read"],
                 "reveal": ["email"]}]}]})
    assert r.status == 200, r
    # nobody is bound to these roles: only the explain shows evaluation
    assert r.json["decision"] == "deny" and r.json["explain"]["roles"] == [], r
    gb = gw.request("PUT", "/v1/bindings/" + enc("group:corp/exp-team"),
                    body={"roles": ["exp_child"]}, cert=ADMIN)
    assert gb.status == 200
    r = gw.request("POST", "/v1/policy/simulate", cert=ADMIN, body={
        "subject": "user:corp/exp", "groups": ["group:corp/exp-team"],
        "action": "conversation:read", "purpose": "ticket:9", "resource": res})
    assert r.status == 200, r
    ex = r.json["explain"]
    assert ex["roles"] == ["exp_base", "exp_child"]
    assert r.json["roles"] == ["exp_base", "exp_child"]
    assert [m["rule"] for m in ex["matched"]] == ["exp_child/any"]
    assert r.json["decision"] == "allow" and r.json["reveal"] == ["email"]
    assert ex["matched"][0]["reveal"] == ["email"]
    assert "email" not in r.json["redact"] and "pii" in r.json["redact"]
    failed = ex["failed"]
    assert len(failed) == 1 and failed[0]["rule"] == "exp_base/consent", failed
    assert failed[0]["path"] == "$.rules[0].when.all[1]"
    assert failed[0]["attr"] == "resource.consent.human_review"
    assert failed[0]["actual"] is False


def test_simulate_validation(gw):
    r = gw.request("POST", "/v1/policy/simulate", body={"action": "conversation:read"},
                   cert=ADMIN)
    assert r.status == 400 and r.error_code() == "bad_request", r
    r = gw.request("POST", "/v1/policy/simulate", cert=ADMIN, body={
        "subject": "user:corp/x", "action": "conversation:read",
        "documents": [{"name": "ok"}, {"name": "bad", "rules": [
            {"id": "a", "effect": "allow", "actions": ["conversation:reed"]}]}]})
    assert r.status == 400 and r.error_code() == "invalid_policy", r
    assert r.json["error"]["message"].startswith("$.documents[1].rules[0].actions[0]"), r
    r = gw.request("POST", "/v1/policy/simulate", cert=ADMIN, body={
        "subject": "user:corp/x", "action": "conversation:readx"})
    assert r.status == 400, r


def test_simulate_a_real_conversation_by_its_id(gw):
    assert put_role(gw, "sim_writer", role_doc(rules=[
        {"id": "create", "effect": "allow", "actions": ["conversation:create"]}])).status == 200
    assert gw.request("PUT", "/v1/bindings/" + enc("svc:" + OTHER),
                      body={"roles": ["sim_writer"]}, cert=ADMIN).status == 200
    made = gw.request("POST", "/v1/conversations", cert=OTHER, body={
        "user": "u-sim", "labels": {"assignee": "user:corp/simconv"},
        "consent": {"human_review": True},
        "messages": [{"role": "user", "text": "hello"}]})
    assert made.status == 201, made
    cid = made.json["id"]
    assert put_role(gw, "sim_conv", role_doc(rules=[
        {"id": "assigned", "effect": "allow", "actions": ["conversation:read"],
         "when": {"attr": "resource.labels.assignee", "equals": "$subject.id"}}])).status == 200
    assert gw.request("PUT", "/v1/bindings/" + enc("user:corp/simconv"),
                      body={"roles": ["sim_conv"]}, cert=ADMIN).status == 200
    body = {"subject": "user:corp/simconv", "action": "conversation:read", "conversation": cid}
    r = gw.request("POST", "/v1/policy/simulate", body=body, cert=ADMIN)
    assert r.status == 200 and r.json["decision"] == "allow", r
    assert r.json["rule"] == "sim_conv/assigned", r
    seq = decision_id(r)
    r = gw.request("POST", "/v1/policy/simulate", cert=ADMIN,
                   body=dict(body, subject="user:corp/other"))
    assert r.status == 200 and r.json["decision"] == "deny", r
    entry = gw.get(f"/v1/audit?since_seq={seq}&limit=1", cert=ADMIN).json["entries"][0]
    assert entry["simulated"]["conversation"] == cid, entry
    for bad, status in [(dict(body, conversation="c-nope"), 404),
                        (dict(body, resource={"type": "conversation"}), 400),
                        (dict(body, conversation="c" * 129), 400),
                        (dict(body, conversation=7), 400)]:
        r = gw.request("POST", "/v1/policy/simulate", body=bad, cert=ADMIN)
        assert r.status == status, (bad, r)


def test_simulate_for_a_bootstrap_admin_subject(gw):
    r = gw.request("POST", "/v1/policy/simulate", cert=ADMIN,
                   body={"subject": "svc:admin-cli", "action": "policy:write"})
    assert r.status == 200 and r.json["decision"] == "allow", r
    assert "admin" in r.json["roles"]


# ------------------------------------------------------------------ concurrency

def test_concurrent_puts_with_the_same_if_match_exactly_one_wins(gw):
    v = put_role(gw, "race_role").json["version"]
    results = [None] * 8
    barrier = threading.Barrier(8)

    def worker(i):
        conn = gw.connection(ADMIN)
        try:
            conn.connect()
            barrier.wait()
            results[i] = gw.request("PUT", "/v1/roles/race_role",
                                    body=role_doc(description=f"writer {i}"),
                                    headers={"If-Match": str(v)}, conn=conn, timeout=20)
        finally:
            conn.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    statuses = sorted(r.status for r in results)
    assert statuses == [200] + [412] * 7, results
    winner = next(r for r in results if r.status == 200)
    g = gw.get("/v1/roles/race_role", cert=ADMIN)
    assert g.json["description"] == winner.json["description"]
    assert g.json["version"] == winner.json["version"]


# ------------------------------------------------------------------ audit ids

def test_decision_ids_are_increasing_integers(gw):
    ids = []
    for path in ("/v1/roles", "/v1/bindings", "/v1/policy/versions"):
        ids.append(decision_id(gw.get(path, cert=ADMIN)))
    ids.append(decision_id(put_role(gw, "ids_role")))
    ids.append(decision_id(gw.get("/v1/roles", cert=OTHER)))
    assert ids == sorted(ids) and len(set(ids)) == len(ids), ids


def test_a_change_is_answered_with_the_id_of_its_own_entry(gw):
    g = decision_id(gw.get("/v1/roles", cert=ADMIN))
    p = decision_id(put_role(gw, "ids_role2"))
    # the PUT records its permission first and its change second
    assert p >= g + 2, (g, p)


# ------------------------------------------------------------------ restart

def test_roles_survive_a_restart_and_the_next_change_continues_the_versions(start_gw):
    g1 = start_gw("restart")
    assert put_role(g1, "durable", role_doc(description="kept")).status == 200
    assert g1.request("PUT", "/v1/bindings/" + enc("svc:support-console"),
                      body={"roles": ["durable"]}, cert=ADMIN).status == 200
    v = current_version(g1)
    assert g1.stop() == 0
    g2 = g1.start()  # same directory, keys and data_dir
    r = g2.get("/v1/roles/durable", cert=ADMIN)
    assert r.status == 200 and r.json["description"] == "kept", r
    assert g2.get("/v1/bindings/" + enc("svc:support-console"), cert=ADMIN).json["roles"] == [
        "durable"]
    assert current_version(g2) == v
    n = put_role(g2, "after_restart")
    assert n.status == 200 and n.json["version"] == v + 1, n
    # the compiled policy was loaded at start: the binding is in force
    sim = g2.request("POST", "/v1/authorize", cert=OTHER,
                     body={"action": "conversation:read", "purpose": "ticket:1"})
    assert sim.status == 200 and sim.json["decision"] == "allow", sim
    assert sim.json["reveal"] == ["phone"] and "email" in sim.json["redact"]


def test_if_match_star_requires_an_existing_role(gw):
    r = put_role(gw, "star_role", if_match="*")
    assert r.status == 412 and r.error_code() == "precondition_failed", r
    assert put_role(gw, "star_role").status == 200
    r = put_role(gw, "star_role", if_match="*")
    assert r.status == 200, r


def test_a_bad_role_name_in_the_path_is_invalid_policy_at_name(gw):
    r = put_role(gw, "Bad%20Name")
    assert r.status == 400 and r.error_code() == "invalid_policy", r
    assert r.json["error"]["path"] == "$.name", r


def test_unknown_redact_name_is_invalid_policy(gw):
    r = put_role(gw, "redact_role", role_doc(rules=[
        {"id": "r", "effect": "allow", "actions": ["conversation:read"],
         "redact": ["email", "shoe_size"]}]))
    assert r.status == 400 and r.error_code() == "invalid_policy", r
    assert r.json["error"]["message"].startswith("$.rules[0].redact[1]"), r


def test_unknown_reveal_name_is_invalid_policy(gw):
    r = put_role(gw, "reveal_role", role_doc(rules=[
        {"id": "r", "effect": "allow", "actions": ["conversation:read"],
         "reveal": ["email", "shoe_size"]}]))
    assert r.status == 400 and r.error_code() == "invalid_policy", r
    assert r.json["error"]["message"].startswith("$.rules[0].reveal[1]"), r
    assert "shoe_size" in r.json["error"]["message"], r


def test_reveal_and_redact_in_one_rule_is_invalid_policy(gw):
    r = put_role(gw, "both_role", role_doc(rules=[
        {"id": "r", "effect": "allow", "actions": ["conversation:read"],
         "reveal": ["email"], "redact": ["phone"]}]))
    assert r.status == 400 and r.error_code() == "invalid_policy", r
    assert r.json["error"]["message"].startswith("$.rules[0].reveal"), r
    assert "not both" in r.json["error"]["message"], r
