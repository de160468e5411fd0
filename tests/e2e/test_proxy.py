"""nginx auth_request in front of an application, custos deciding (issue 16).

A real Debian nginx (examples/nginx/nginx.conf, filled in) listens on
127.0.0.1 with client certificates required; for every /app/ request it asks
custos (GET /v1/proxy/auth, over mTLS as svc:edge-proxy) with the original
method, URI and the client's certificate. A small upstream echoes what it
received. An allowed read reaches the upstream with the decision's headers;
a denied read is a 403 from nginx that never reaches it; both are recorded
with the forwarded client as the client. Also driven directly: the Envoy
form (METHOD /v1/proxy/auth/PATH with X-Forwarded-Client-Cert), an
untrusted caller, a path no rule maps, a path not in normal form.
"""

import http.client
import http.server
import json
import shutil
import ssl
import subprocess
import threading
import time
import urllib.parse

import pytest

from gw import REPO, SLOW, free_port, wait_for

PROXY_INI = (REPO / "examples" / "nginx" / "custos-proxy.ini").read_text()

ROLES = [
    {"name": "svc_ingest", "description": "stores conversations",
     "rules": [{"id": "create", "effect": "allow", "actions": ["conversation:create"]}]},
    {"name": "assigned_reader", "description": "reads what is assigned to it, emails shown",
     "rules": [{"id": "assigned", "effect": "allow", "actions": ["conversation:read"],
                "when": {"attr": "resource.labels.assignee", "equals": "$subject.id"},
                "reveal": ["email"]}]},
]
BINDINGS = {"svc:ingest": ["svc_ingest"], "svc:support-console": ["assigned_reader"],
            "svc:chat-frontend": ["assigned_reader"]}


class _Echo(http.server.BaseHTTPRequestHandler):
    seen = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        _Echo.seen.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
        body = json.dumps({"path": self.path, "headers": dict(self.headers)}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *a):
        pass


def _conversation(gw, assignee):
    r = gw.request("POST", "/v1/conversations", cert="ingest", body={
        "user": "u-proxy-1", "labels": {"assignee": assignee},
        "consent": {"human_review": True, "training": False},
        "messages": [{"role": "user", "text": "write to jane@example.com"}]})
    assert r.status == 201, r
    return r.json["id"]


def _policies(gw):
    for role in ROLES:
        r = gw.request("PUT", f"/v1/roles/{role['name']}", body=role, cert="admin-cli")
        assert r.status in (200, 201), r
    for principal, roles in BINDINGS.items():
        r = gw.request("PUT", "/v1/bindings/" + urllib.parse.quote(principal, safe=""),
                       body={"roles": roles}, cert="admin-cli")
        assert r.status in (200, 201), r


def _audit(gw, **q):
    r = gw.get("/v1/audit?" + urllib.parse.urlencode({"limit": 1000, **q}), cert="admin-cli")
    assert r.status == 200, r
    return r.json["entries"]


@pytest.fixture
def world(start_gw):
    gw = start_gw(extra=PROXY_INI)
    _policies(gw)
    return gw


@pytest.fixture
def nginx(world, certs, tmp_path):
    nginx_bin = shutil.which("nginx") or "/usr/sbin/nginx"
    upstream = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    prefix = tmp_path / "nginx"
    for d in ("tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi"):
        (prefix / d).mkdir(parents=True, exist_ok=True)
    port = free_port()
    conf = (REPO / "examples" / "nginx" / "nginx.conf").read_text()
    for k, v in {"@PREFIX@": str(prefix), "@LISTEN@": f"127.0.0.1:{port}",
                 "@CUSTOS@": f"127.0.0.1:{world.port}",
                 "@APP@": f"127.0.0.1:{upstream.server_address[1]}",
                 "@TLS@": str(certs.dir)}.items():
        conf = conf.replace(k, v)
    (prefix / "nginx.conf").write_text(conf)
    proc = subprocess.Popen([nginx_bin, "-p", str(prefix), "-c", str(prefix / "nginx.conf")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def up():
        try:
            with socket_to(port):
                return True
        except OSError:
            return False
    try:
        assert wait_for(up, 10 * SLOW), "nginx did not start: " + (
            (prefix / "error.log").read_text() if (prefix / "error.log").exists() else "")
        _Echo.seen = []
        yield type("N", (), {"port": port, "prefix": prefix, "gw": world})
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        upstream.shutdown()
        upstream.server_close()


def socket_to(port):
    import socket
    return socket.create_connection(("127.0.0.1", port), 1)


def _via_nginx(n, certs, cert, path, headers=None):
    ctx = ssl.create_default_context(cafile=str(certs.path("ca.crt")))
    if cert:
        ctx.load_cert_chain(str(certs.crt(cert)), str(certs.key(cert)))
    c = http.client.HTTPSConnection("localhost", n.port, context=ctx, timeout=10 * SLOW)
    try:
        c.request("GET", path, headers=headers or {})
        r = c.getresponse()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
    finally:
        c.close()


def test_nginx_auth_request_allows_and_denies_with_client_certificates(nginx, certs):
    gw = nginx.gw
    cid = _conversation(gw, "svc:support-console")

    # Allowed: support-console is the assignee. The upstream sees the request
    # and custos's decision; the client sees the decision id.
    status, hdrs, body = _via_nginx(nginx, certs, "support-console", f"/app/conversations/{cid}")
    assert status == 200, (status, body, (nginx.prefix / "error.log").read_text()[-2000:])
    got = json.loads(body)["headers"]
    got = {k.lower(): v for k, v in got.items()}
    assert got["x-custos-subject"] == "svc:support-console"
    hidden = [t.strip() for t in got["x-custos-hidden"].split(",")]
    assert "email" not in hidden and "phone" in hidden and "pii" in hidden
    allow_seq = int(hdrs["x-decision-id"])
    assert got["x-custos-decision-id"] == str(allow_seq)

    # Denied: chat-frontend is not the assignee. nginx answers 403 and the
    # upstream never sees the request.
    before = len(_Echo.seen)
    status, hdrs, body = _via_nginx(nginx, certs, "chat-frontend", f"/app/conversations/{cid}")
    assert status == 403, (status, body)
    assert len(_Echo.seen) == before
    deny_seq = int(hdrs["x-decision-id"])

    # A path no rule maps, and one not in normal form: refused, recorded.
    status, _, _ = _via_nginx(nginx, certs, "support-console", "/app/admin")
    assert status == 403
    status, _, _ = _via_nginx(nginx, certs, "support-console",
                              f"/app/conversations/x/../{cid}")
    assert status in (400, 403)  # nginx itself may refuse it first
    assert len(_Echo.seen) == before

    # No client certificate: nginx refuses before asking anyone.
    status, _, _ = _via_nginx(nginx, certs, None, f"/app/conversations/{cid}")
    assert status == 400

    entries = {e["seq"]: e for e in _audit(gw, resource=f"conversation/{cid}")}
    a, d = entries[allow_seq], entries[deny_seq]
    assert (a["decision"], a["action"], a["client"], a["subject"], a["via"], a["proxy"],
            a["proxy_rule"], a["method"]) == (
        "allow", "conversation:read", "svc:support-console", "svc:support-console", "proxy",
        "svc:edge-proxy", "read", "GET")
    assert a["cert_sha256"] == certs.sha256("support-console")
    assert a["rule"] == "assigned_reader/assigned"
    assert (d["decision"], d["client"], d["proxy"]) == ("deny", "svc:chat-frontend",
                                                        "svc:edge-proxy")
    assert d["cert_sha256"] == certs.sha256("chat-frontend")
    no_rule = [e for e in _audit(gw, resource="request") if e.get("reason") == "no_rule"]
    assert no_rule and no_rule[-1]["client"] == "svc:support-console"
    assert gw.get("/v1/audit/verify", cert="admin-cli").json["ok"] is True


def _escaped(certs, name):
    return urllib.parse.quote(certs.crt(name).read_text(), safe="")


def test_envoy_form_untrusted_callers_and_forged_certificates(world, certs):
    gw = world
    cid = _conversation(gw, "svc:support-console")
    xfcc = {"X-Forwarded-Client-Cert":
            f'By=spiffe://custos.test/envoy;Hash=00;Cert="{_escaped(certs, "support-console")}"'}
    # Envoy: the original method and path after the prefix; the body is not sent.
    r = gw.request("GET", f"/v1/proxy/auth/app/conversations/{cid}", headers=xfcc,
                   cert="edge-proxy")
    assert r.status == 200, r
    assert r.header("X-Custos-Subject") == "svc:support-console"
    assert r.header("X-Custos-Action") == "conversation:read"
    assert int(r.header("X-Decision-Id")) > 0
    # DELETE is not allowed to this role: 403, a policy deny.
    r = gw.request("DELETE", f"/v1/proxy/auth/app/conversations/{cid}", headers=xfcc,
                   cert="edge-proxy")
    assert r.status == 403 and r.error_code() == "forbidden", r

    nginx_hdrs = {"X-Original-Method": "GET", "X-Original-URI": f"/app/conversations/{cid}",
                  "X-Client-Cert": _escaped(certs, "support-console")}
    # Only a trusted proxy may speak for someone else.
    r = gw.request("GET", "/v1/proxy/auth", headers=nginx_hdrs, cert="chat-frontend")
    assert r.status == 403, r
    # A certificate the trust list does not accept (expired) is refused.
    bad = dict(nginx_hdrs, **{"X-Client-Cert": _escaped(certs, "expired")})
    r = gw.request("GET", "/v1/proxy/auth", headers=bad, cert="edge-proxy")
    assert r.status == 401 and r.error_code() == "client_cert_invalid", r
    garbage = dict(nginx_hdrs, **{"X-Client-Cert": "-----BEGIN%20CERTIFICATE-----%0Axx"})
    r = gw.request("GET", "/v1/proxy/auth", headers=garbage, cert="edge-proxy")
    assert r.status == 401 and r.error_code() == "client_cert_invalid", r
    nocert = {k: v for k, v in nginx_hdrs.items() if k != "X-Client-Cert"}
    r = gw.request("GET", "/v1/proxy/auth", headers=nocert, cert="edge-proxy")
    assert r.status == 401 and r.error_code() == "client_cert_required", r
    for dotted in (f"/app/conversations/./{cid}", "/app//conversations/" + cid,
                   f"/app/conversations/%63{cid[1:]}"):
        h = dict(nginx_hdrs, **{"X-Original-URI": dotted})
        r = gw.request("GET", "/v1/proxy/auth", headers=h, cert="edge-proxy")
        assert r.status == 403 and "no [proxy] rule" in r.json["error"]["message"], (dotted, r)
    # A revoked forwarded certificate counts as revoked.
    r = gw.request("POST", "/v1/revocations", cert="admin-cli",
                   body={"kind": "cert", "value": certs.sha256("support-console")})
    assert r.status in (200, 201), r
    r = gw.request("GET", "/v1/proxy/auth", headers=nginx_hdrs, cert="edge-proxy")
    assert r.status == 403 and r.error_code() == "revoked", r
    assert gw.get("/v1/audit/verify", cert="admin-cli").json["ok"] is True


def test_check_config_names_a_bad_proxy_rule(tmp_path, certs):
    from gw import Gateway, run_custos
    gw = Gateway(certs, tmp_path / "cfg", extra=(
        "[proxy]\ntrusted = svc:edge-proxy, user:corp/x\n"
        "rule.ok = GET /app/{id} conversation:read\n"
        "rule.bad = GET /app/{id}/{id} conversation:read\n"
        "rule.act = GET /x conversation:fly\n"))
    path = gw.write_config()
    r = run_custos("check-config", "--config", str(path))
    assert r.returncode == 1
    lines = (r.stdout + r.stderr).strip().splitlines()
    assert any("[proxy] trusted: 'user:corp/x' is not a service principal" in x for x in lines)
    assert any("[proxy] rule.bad: path '/app/{id}/{id}': at most one {id}" in x for x in lines)
    assert any("[proxy] rule.act: 'conversation:fly' is not an action" in x for x in lines)
