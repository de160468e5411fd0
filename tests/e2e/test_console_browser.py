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
