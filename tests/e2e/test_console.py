"""The console listener ([console] listen, docs/CONSOLE.md) as built so far:
HTTPS with the server certificate, a client certificate optional (verified
when presented) or required, the pages embedded in the binary served with a
strict Content-Security-Policy, and the public privacy-notice page, rendered
by headless Chromium from /v1/privacy-notice under that policy. Routes with
an action are not on the console yet (no sign-in): its table is public."""

import os
import shutil
import socket
import ssl
import subprocess

import pytest

from gw import REPO, Gateway, client_context, free_port

ADMIN = "admin-cli"
ASSETS = REPO / "gateway" / "handlers" / "assets"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


class Console:
    def __init__(self, gw):
        self.gw = gw
        self.port = int(gw.sections()["console"]["listen"].rsplit(":", 1)[1])

    def request(self, method, path, cert=None, headers=None):
        """One request; cert None: no client certificate."""
        import http.client
        ctx = client_context(self.gw.certs, cert)
        conn = http.client.HTTPSConnection("localhost", self.port, context=ctx, timeout=10)
        try:
            conn.request(method, path, headers=headers or {})
            r = conn.getresponse()
            return r.status, r.headers, r.read()
        finally:
            conn.close()


def start(start_gw, **console):
    conf = {"listen": f"127.0.0.1:{free_port()}", **console}
    return Console(start_gw(overrides={"console": conf}))


@pytest.fixture
def console(start_gw):
    return start(start_gw)


@pytest.mark.parametrize("path,ctype,asset", [
    ("/privacy", "text/html; charset=utf-8", "privacy.html"),
    ("/assets/console.css", "text/css; charset=utf-8", "console.css"),
    ("/assets/privacy.js", "text/javascript; charset=utf-8", "privacy.js"),
] + [(f"/assets/{n}.js", "text/javascript; charset=utf-8", f"{n}.js")
     for n in ("console", "roles", "simulate", "history", "audit", "ops")])
def test_embedded_pages_with_a_strict_policy(console, path, ctype, asset):
    status, h, body = console.request("GET", path)
    assert status == 200
    assert h["Content-Type"] == ctype
    assert body == (ASSETS / asset).read_bytes()  # the bytes built in, not a file read
    assert h["Content-Security-Policy"] == CSP
    assert h["X-Frame-Options"] == "DENY" and h["Referrer-Policy"] == "no-referrer"
    assert h["X-Content-Type-Options"] == "nosniff"
    assert h["Strict-Transport-Security"].startswith("max-age=")


def test_errors_and_redirects_carry_the_policy_too(console):
    status, h, _ = console.request("GET", "/")
    assert status == 303 and h["Location"] == "/privacy"
    assert h["Content-Security-Policy"] == CSP
    status, h, body = console.request("GET", "/nowhere")
    assert status == 404 and h["Content-Security-Policy"] == CSP
    status, h, body = console.request("GET", "/v1/roles")  # the API's, for a signed-in person
    assert status == 401 and b"sign_in_required" in body and h["Content-Security-Policy"] == CSP
    status, h, _ = console.request("POST", "/privacy")
    assert status == 405 and h["Content-Security-Policy"] == CSP


def test_the_notice_is_the_data_planes(console):
    gw = console.gw
    r = gw.request("PUT", "/v1/roles/helpdesk", cert=ADMIN, body={
        "description": "Help desk", "rules": [
            {"id": "read", "effect": "allow", "actions": ["conversation:read"],
             "when": {"attr": "request.purpose", "matches": "ticket:*"},
             "reveal": ["email"]}]})
    assert r.status in (200, 201), r
    data = gw.get("/v1/privacy-notice", cert=ADMIN)
    status, h, body = console.request("GET", "/v1/privacy-notice")
    assert status == 200 and h["ETag"] == data.header("ETag")
    assert body == data.body
    md = gw.get("/v1/privacy-notice", cert=ADMIN, headers={"Accept": "text/markdown"})
    status, h, body = console.request("GET", "/v1/privacy-notice",
                                      headers={"Accept": "text/markdown"})
    assert h["Content-Type"] == "text/markdown; charset=utf-8" and body == md.body


def test_a_presented_certificate_is_verified(console, certs):
    # a valid one is fine on a public page
    status, _, _ = console.request("GET", "/privacy", cert="support-console")
    assert status == 200
    # an expired one is refused in the handshake, never taken as "none"
    ctx = client_context(certs, "expired")
    with pytest.raises((ssl.SSLError, ConnectionError, OSError)):
        with socket.create_connection(("127.0.0.1", console.port), timeout=5) as s:
            with ctx.wrap_socket(s, server_hostname="localhost") as t:
                t.sendall(b"GET /privacy HTTP/1.1\r\nHost: localhost\r\n\r\n")
                if not t.recv(100):
                    raise ConnectionError("closed")


def test_required_client_certificates(start_gw):
    console = start(start_gw, client_cert="required")
    status, _, _ = console.request("GET", "/privacy", cert="support-console")
    assert status == 200
    with pytest.raises((ssl.SSLError, ConnectionError, OSError)):
        status, _, _ = console.request("GET", "/privacy")


@pytest.mark.parametrize("conf,problem", [
    ({"client_cert": "sometimes"}, "[console] client_cert: 'sometimes' is not optional or required"),
    ({"listen": "SAME"}, "[console] listen must differ from [server] listen"),
    ({"listen": "nowhere"}, "[console] listen: 'nowhere' is not an address:port"),
])
def test_check_config(custos, certs, tmp_path, conf, problem):
    g = Gateway(certs, tmp_path / "gw", overrides={"console": {"listen": "127.0.0.1:1", **conf}})
    g.port = free_port()
    if conf.get("listen") == "SAME":
        g.overrides["console"]["listen"] = f"127.0.0.1:{g.port}"
    path = g.write_config()
    r = subprocess.run([custos, "check-config", "--config", str(path)], capture_output=True,
                       text=True, timeout=20, stdin=subprocess.DEVNULL)
    assert r.returncode == 1 and problem in r.stderr, r


CHROMIUM = shutil.which("chromium")


def render(console, tmp_path):
    """The privacy page as headless Chromium leaves it once its script ran."""
    profile = tmp_path / "chromium-profile"
    r = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-first-run", f"--user-data-dir={profile}",
                        "--ignore-certificate-errors", "--enable-logging=stderr",
                        "--virtual-time-budget=10000", "--dump-dom",
                        f"https://localhost:{console.port}/privacy"],
                       capture_output=True, text=True, timeout=120,
                       stdin=subprocess.DEVNULL, env={**os.environ, "HOME": str(tmp_path)})
    assert r.returncode == 0, r.stderr[-2000:]
    # nothing the page needs was refused by its own Content-Security-Policy
    assert "Content Security Policy" not in r.stderr, r.stderr[-2000:]
    return r.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is installed by make deps")
def test_the_privacy_page_in_a_browser_follows_the_policy(console, tmp_path):
    gw = console.gw
    dom = render(console, tmp_path)
    assert "could not be loaded" not in dom, dom
    assert '<h2 id="role-admin">Role admin</h2>' in dom
    assert "role-night_shift" not in dom
    doc = {"description": "Night shift <b>support</b>", "rules": [
        {"id": "late", "effect": "allow", "actions": ["conversation:read"],
         "when": {"all": [{"attr": "request.hour_utc", "gt": 21},
                          {"attr": "resource.consent.human_review", "equals": True}]},
         "reveal": ["phone"]}]}
    r = gw.request("PUT", "/v1/roles/night_shift", cert=ADMIN, body=doc)
    assert r.status in (200, 201), r
    version = gw.get("/v1/privacy-notice", cert=ADMIN).json["policy_version"]
    dom = render(console, tmp_path)
    assert f'data-version="{version}"' in dom
    assert '<h2 id="role-night_shift">Role night_shift</h2>' in dom
    # document text is text, never markup
    assert "<p>Night shift &lt;b&gt;support&lt;/b&gt;</p>" in dom
    assert ("Only when: from 22:00 UTC; and you have agreed to human_review") in dom
    assert "Shown to them: phone numbers" in dom
