"""The end user's access log tells what happened (issue 18): one line per
access with its outcome, through the real gateway: create, read, a read
refused by policy, a legal hold, a delete refused by the hold (its 409
outcome merged into the delete's line by request id), an erasure, and the
access-log request itself. Outcome entries never show as accesses of their
own."""

import urllib.parse

from conv_world import q, start_world, uniq


def test_access_log_shows_one_line_per_access_with_its_outcome(start_gw, certs):
    w = start_world(start_gw, certs)
    user = uniq()
    cid = w.create(user)
    assert w.alice("GET", f"/v1/conversations/{cid}").status == 200
    r = w.staff("bob", ["support"], "GET", f"/v1/conversations/{cid}")
    assert r.status == 403, r
    r = w.dpo("PUT", f"/v1/conversations/{cid}/hold", {"legal_hold": True})
    assert r.status == 200, r
    r = w.dpo("DELETE", f"/v1/conversations/{cid}")
    assert r.status == 409 and r.error_code() == "legal_hold", r
    held_delete_rid = r.header("X-Request-Id")
    r = w.frontend("DELETE", f"/v1/users/{q(user)}")
    assert r.status == 200, r
    r = w.frontend("GET", f"/v1/users/{q(user)}/access-log")
    assert r.status == 200, r
    lines = r.json["entries"]
    got = [(e["action"], e["decision"], e["outcome"], e["by_kind"], e["resource"])
           for e in lines]
    conv = f"conversation/{cid}"
    upn = r.json.get("user_pseudonym") or lines[-1]["resource"].split("/", 1)[1]
    assert got == [
        ("conversation:create", "allow", "created", "service", conv),
        ("conversation:read", "allow", "read", "person", conv),
        ("conversation:read", "deny", "refused", "person", conv),
        ("conversation:hold", "allow", "hold_changed", "person", conv),
        ("conversation:delete", "deny", "refused_legal_hold", "person", conv),
        ("user:erase", "allow", "erased", "service", f"user/{upn}"),
        ("user:export", "allow", "exported", "service", f"user/{upn}"),
    ], got
    alice, bob, dave = lines[1]["by"], lines[2]["by"], lines[3]["by"]
    assert len({alice, bob, dave}) == 3 and all(b.startswith("s-") for b in (alice, bob, dave))
    assert lines[4]["by"] == dave and lines[4]["reason"] == "legal_hold"
    assert lines[0]["by"] == "svc:ingest" and lines[5]["by"] == "svc:chat-frontend"
    # The merged outcome entries exist in the audit log, with the request id
    # of their decision.
    entries = w.gw.get("/v1/audit?" + urllib.parse.urlencode(
        {"resource": conv, "limit": 1000}), cert="admin-cli").json["entries"]
    held = [e for e in entries if e.get("outcome") == "refused_legal_hold"]
    assert len(held) == 1 and held[0]["request_id"] == held_delete_rid
    assert lines[4]["outcome_id"] == held[0]["seq"]
    decision = [e for e in entries if e["request_id"] == held_delete_rid and "outcome" not in e]
    assert len(decision) == 1 and decision[0]["decision"] == "allow"
    assert lines[4]["decision_id"] == decision[0]["seq"]


def test_access_log_reads_the_users_entries_not_the_whole_log(start_gw, certs):
    """An access log (and an export, which carries one) costs what that user's
    entries cost: the audit log's per-user index, not a scan of every entry
    (a scan made them grow with the whole log: 5 s and more in an hour's
    soak). Measured by the entries audit queries examined."""
    from gw import metric
    w = start_world(start_gw, certs)
    user = uniq()
    cid = w.create(user)
    assert w.alice("GET", f"/v1/conversations/{cid}").status == 200
    ac = w.gw.connection("admin-cli")
    for _ in range(300):  # entries of no user
        r = w.gw.request("POST", "/v1/authorize", conn=ac, body={"action": "conversation:read"})
        assert r.status == 200, r
    ac.close()
    before = metric(w.gw, "custos_audit_query_entries_examined_total")
    r = w.frontend("GET", f"/v1/users/{q(user)}/access-log")
    assert r.status == 200, r
    assert [e["outcome"] for e in r.json["entries"]] == ["created", "read", "exported"]
    examined = metric(w.gw, "custos_audit_query_entries_examined_total") - before
    assert 3 <= examined <= 6, examined
    r = w.frontend("GET", f"/v1/users/{q(user)}/export")
    assert r.status == 200, r
    assert metric(w.gw, "custos_audit_query_entries_examined_total") - before - examined <= 8
