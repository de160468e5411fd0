"""The console in a real browser against a real OpenID provider
(tests/browser/README.md): Debian's chromium driven by puppeteer-core,
oidc-provider on 127.0.0.1 over HTTPS, the real gateway."""

from console_world import console_world  # noqa: F401 (the fixture)


def test_harness_runs_a_case_against_the_console(console_world):  # noqa: F811
    w = console_world(signin=False)
    res = w.run_case("smoke")
    assert res["violations"] == []
    assert res["shot"].endswith("privacy.png")


def test_sign_in_and_out_in_a_browser(console_world):  # noqa: F811
    w = console_world()
    res = w.run_case("signin", user="alice")
    s = res["session"]
    assert s["subject"] == w.subject("alice") == "user:op/alice"
    assert s["groups"] == ["custos-admins"] and s["issuer"] == "op"
    assert len(s["csrf"]) == 43
    assert res["shown"] == "user:op/alice"
    assert res["cookie"] == {"httpOnly": True, "secure": True, "sameSite": "Strict",
                             "path": "/", "domain": "localhost"}
    assert not res["login_cookie_left"]
    assert res["home_axe"] == [] and res["signed_in_axe"] == []
    # signed out: the session is gone in the browser and on the server
    assert res["after"] == 401 and not res["cookie_after"]
    status, _, body = w.console_request("GET", "/console/session",
                                        cookie=res["cookie_value"])
    assert status == 401 and b"sign_in_required" in body


def test_console_changes_need_csrf_and_the_policy(console_world):  # noqa: F811
    w = console_world()
    res = w.run_case("csrf")
    a, b, anon = res["admin"], res["staff"], res["anonymous"]
    for r in (a["missing"], a["wrong"], b["cross"]):
        assert r["status"] == 403 and r["body"]["error"]["code"] == "csrf_failed", r
    assert a["ok"]["status"] in (200, 201), a["ok"]
    assert a["read"]["status"] == 200 and a["read"]["body"]["description"] == "Made in the console"
    # bob reads (policy:read) but his write is the policy's deny, as over the API
    assert b["session"]["subject"] == "user:op/bob" and b["session"]["groups"] == ["support"]
    assert b["read"]["status"] == 200
    assert b["write"]["status"] == 403 and b["write"]["body"]["error"]["code"] == "forbidden"
    for r in (anon["read"], anon["write"]):
        assert r["status"] == 401 and r["body"]["error"]["code"] == "sign_in_required", r
    assert anon["session"] == 401
    # the right token from another origin is refused too (no browser sends that)
    status, _, body = w.console_request(
        "PUT", "/v1/roles/console_made", cookie=res["admin_cookie"],
        headers={"X-CSRF-Token": res["csrf"], "Origin": "https://evil.example"},
        body={"description": "x", "rules": []})
    assert status == 403 and b"csrf_failed" in body
    # what the API says: the role exists, written by alice through the console
    assert w.gw.get("/v1/roles/console_made", cert="admin-cli").status == 200
    entries = w.audit()
    writes = [e for e in entries if e.get("action") == "policy:write"]
    mine = [e for e in writes if e["subject"] == "user:op/alice"]
    assert [e["decision"] for e in mine if e.get("via") == "console"].count("allow") >= 1
    assert sum(e["reason"] == "csrf_failed" for e in mine) == 3  # missing, wrong, other origin
    # the console's own question (may alice write?) is an authorize entry,
    # marked as asked through the console; every other entry is the console's
    assert all(e.get("via") == "console" or (e.get("via") == "authorize" and e.get("console"))
               for e in mine), mine
    assert any(e.get("via") == "authorize" and e.get("console") for e in mine), mine
    bobs = [e for e in writes if e["subject"] == "user:op/bob"]
    assert {e["reason"] for e in bobs} >= {"csrf_failed"}
    assert any(e["decision"] == "deny" and e["reason"] != "csrf_failed" for e in bobs)
    assert not any(e["subject"] in (None, "") for e in writes)
