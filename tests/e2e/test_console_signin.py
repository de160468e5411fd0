"""The console's sign-in callback, driven without a browser (docs/CONSOLE.md):
the provider is oidc_provider.Provider (its own CA, discovery, JWKS and a
token endpoint whose answer each test sets), the ID tokens are minted by
python3-jwt with the provider's key, and the gateway is real. Every refusal
must leave no session behind; the exchange itself must carry the PKCE
verifier of the challenge, the code, the redirect URL and the client's
secret. The happy path with a real provider and a real browser is in
test_console_browser.py."""

import base64
import hashlib
import http.client
import json
import os
import subprocess
import time
import urllib.parse

import pytest

import tokens as T
from gw import SLOW, Gateway, client_context, free_port
from oidc_provider import Provider

CLIENT = "custos-console"
SECRET = "s3cret+/=&value"  # characters that must be form-encoded in Basic


class Signin:
    def __init__(self, start_gw, tmp_path, **console):
        self.key = T.new_rsa()
        self.prov = Provider(tmp_path / "idp", "op")
        self.prov.set_keys((self.key, "k1"))
        self.prov.start()
        self.port = free_port()
        self.origin = f"https://localhost:{self.port}"
        secret = tmp_path / "secret"
        secret.write_text(SECRET + "\n")
        self.gw = start_gw(overrides={
            "issuer:op": {"iss": self.prov.iss, "audience": "custos", "algorithms": "RS256",
                          "discovery": self.prov.discovery_url,
                          "ca_file": str(self.prov.ca_path), "groups_claim": "groups",
                          "leeway_s": "5", "console_client_id": CLIENT,
                          "console_client_secret_file": str(secret),
                          "console_redirect_url": self.origin + "/callback"},
            "console": {"listen": f"127.0.0.1:{self.port}", **console},
            "audit": {"export": "./audit.jsonl"},
            "tokens": {"jwks_min_refresh_s": "1"}})

    def request(self, method, path, headers=None, body=None):
        conn = http.client.HTTPSConnection("localhost", self.port, timeout=10 * SLOW,
                                           context=client_context(self.gw.certs, None))
        try:
            conn.request(method, path, body=body, headers=headers or {})
            r = conn.getresponse()
            return r.status, r.headers, r.read()
        finally:
            conn.close()

    def login(self):
        """GET /login: (pre-session cookie, the authorization request's query)."""
        status, h, _ = self.request("GET", "/login")
        assert status == 302, status
        loc = urllib.parse.urlsplit(h["Location"])
        assert f"{loc.scheme}://{loc.netloc}{loc.path}" == self.prov.url("/auth")
        q = dict(urllib.parse.parse_qsl(loc.query))
        cookie = h["Set-Cookie"]
        assert cookie.startswith("__Host-custos-login=")
        assert "; Secure" in cookie and "; HttpOnly" in cookie and "; Path=/" in cookie
        return cookie.split(";", 1)[0].split("=", 1)[1], q

    def id_token(self, q, **over):
        c = T.claims(self.prov.iss, sub="carol", aud=CLIENT, nonce=q["nonce"],
                     groups=["support"])
        c.pop("jti")
        c.update(over)
        return T.mint(c, self.key, "RS256", kid="k1")

    def answer(self, id_token=None, status=200, body=None):
        self.prov.set(token_response=(status, body if body is not None else
                                      {"access_token": "at", "token_type": "Bearer",
                                       "id_token": id_token}))

    def callback(self, login_cookie, state, code="the-code", extra=""):
        path = f"/callback?code={urllib.parse.quote(code)}&state={state}{extra}"
        headers = {"Cookie": f"__Host-custos-login={login_cookie}"} if login_cookie else {}
        return self.request("GET", path, headers=headers)

    def session_cookie(self, h):
        for v in h.get_all("Set-Cookie") or []:
            if v.startswith("__Host-custos-session="):
                return v
        return None

    def sessions(self, cookie):
        return self.request("GET", "/console/session",
                            headers={"Cookie": f"__Host-custos-session={cookie}"})


@pytest.fixture
def signin(start_gw, tmp_path):
    s = Signin(start_gw, tmp_path)
    yield s
    s.prov.down()


def error_code(body):
    return json.loads(body)["error"]["code"]


def test_the_exchange_and_a_good_id_token_make_a_session(signin):
    cookie, q = signin.login()
    assert q["response_type"] == "code" and q["client_id"] == CLIENT
    assert q["redirect_uri"] == signin.origin + "/callback"
    assert q["code_challenge_method"] == "S256" and "openid" in q["scope"].split()
    assert len(q["state"]) == 43 and len(q["nonce"]) == 43 and q["state"] != q["nonce"]
    signin.answer(signin.id_token(q))
    status, h, body = signin.callback(cookie, q["state"])
    assert status == 200, body
    assert b'http-equiv="refresh" content="0;url=/"' in body
    sc = signin.session_cookie(h)
    assert sc and "; Secure" in sc and "; HttpOnly" in sc and "; SameSite=Strict" in sc
    assert "; Path=/" in sc and "Domain" not in sc
    value = sc.split(";", 1)[0].split("=", 1)[1]
    assert len(value) == 43  # 256 random bits, base64url
    # the pre-session cookie is cleared
    assert any(v.startswith("__Host-custos-login=;") and "Max-Age=0" in v
               for v in h.get_all("Set-Cookie"))
    # what the token endpoint got: code, redirect, the verifier of the challenge, the secret
    headers, form = signin.prov.token_requests[-1]
    assert form["grant_type"] == "authorization_code" and form["code"] == "the-code"
    assert form["redirect_uri"] == signin.origin + "/callback"
    digest = hashlib.sha256(form["code_verifier"].encode()).digest()
    assert base64.urlsafe_b64encode(digest).rstrip(b"=").decode() == q["code_challenge"]
    basic = base64.b64decode(headers["Authorization"].split(" ", 1)[1]).decode()
    assert basic == f"{CLIENT}:{urllib.parse.quote(SECRET, safe='')}"
    status, _, body = signin.sessions(value)
    assert status == 200
    s = json.loads(body)
    assert s["subject"] == "user:op/carol" and s["groups"] == ["support"]
    # an ID token is not an API token: its audience is the console's client
    r = signin.gw.request("GET", "/v1/whoami", headers=T.bearer(signin.id_token(q)))
    assert r.status == 401 and r.error_code() == "token_audience_mismatch"


def assert_refused(signin, status_code, code, resp):
    status, h, body = resp
    assert status == status_code, body
    assert error_code(body) == code
    assert signin.session_cookie(h) is None
    return json.loads(body)["error"]["message"]


def test_a_wrong_or_missing_state_is_refused(signin):
    cookie, q = signin.login()
    signin.answer(signin.id_token(q))
    msg = assert_refused(signin, 400, "sign_in_failed", signin.callback(cookie, "x" * 43))
    assert "state" in msg
    # the sign-in was spent by the failed attempt: the right state is refused now
    assert_refused(signin, 400, "sign_in_failed", signin.callback(cookie, q["state"]))
    # no pre-session cookie at all (a callback forged in another browser)
    cookie, q = signin.login()
    assert_refused(signin, 400, "sign_in_failed", signin.callback(None, q["state"]))
    assert signin.prov.count("/token") == 0  # never exchanged a code for them


def test_a_replayed_callback_is_refused(signin):
    cookie, q = signin.login()
    signin.answer(signin.id_token(q))
    status, h, _ = signin.callback(cookie, q["state"])
    assert status == 200 and signin.session_cookie(h)
    assert_refused(signin, 400, "sign_in_failed", signin.callback(cookie, q["state"]))
    assert signin.prov.count("/token") == 1


@pytest.mark.parametrize("case,over", [
    ("wrong nonce", {"nonce": "n" * 43}),
    ("no nonce", {"nonce": None}),
    ("wrong audience", {"aud": "custos"}),
    ("another client too", {"aud": ["other-client"]}),
    ("expired", {"exp": int(time.time()) - 60}),
    ("another issuer", {"iss": "https://evil.example"}),
])
def test_a_bad_id_token_is_refused(signin, case, over):
    cookie, q = signin.login()
    tok = signin.id_token(q, **over)
    if over.get("nonce", "") is None:
        payload = json.loads(T.unb64u(tok.split(".")[1]))
        payload.pop("nonce")
        tok = T.mint(payload, signin.key, "RS256", kid="k1")
    signin.answer(tok)
    assert_refused(signin, 401, "sign_in_failed", signin.callback(cookie, q["state"]))


def test_a_token_signed_by_another_key_is_refused(signin):
    cookie, q = signin.login()
    c = T.claims(signin.prov.iss, sub="carol", aud=CLIENT, nonce=q["nonce"])
    signin.answer(T.mint(c, T.new_rsa(), "RS256", kid="k1"))
    msg = assert_refused(signin, 401, "sign_in_failed", signin.callback(cookie, q["state"]))
    assert "token_signature_invalid" in msg


@pytest.mark.parametrize("answer,needle", [
    ((400, {"error": "invalid_grant"}), "HTTP 400: invalid_grant"),
    ((200, {"access_token": "at"}), "no usable id_token"),
    ((200, b"x" * (70 * 1024)), "larger than allowed"),
])
def test_a_token_endpoint_failure_is_refused(signin, answer, needle):
    cookie, q = signin.login()
    signin.prov.set(token_response=answer)
    msg = assert_refused(signin, 502, "sign_in_failed", signin.callback(cookie, q["state"]))
    assert needle in msg


def test_the_providers_error_is_refused(signin):
    cookie, q = signin.login()
    msg = assert_refused(signin, 502, "sign_in_failed",
                         signin.callback(cookie, q["state"], extra="&error=access_denied"))
    assert "access_denied" in msg and signin.prov.count("/token") == 0


def test_sessions_time_out(start_gw, tmp_path):
    s = Signin(start_gw, tmp_path, session_idle_s="60", session_max_s="300")
    try:
        cookie, q = s.login()
        s.answer(s.id_token(q))
        status, h, _ = s.callback(cookie, q["state"])
        value = s.session_cookie(h).split(";", 1)[0].split("=", 1)[1]
        body = json.loads(s.sessions(value)[2])
        exp = time.mktime(time.strptime(body["expires"][:19], "%Y-%m-%dT%H:%M:%S"))
        idle = time.mktime(time.strptime(body["idle_expires"][:19], "%Y-%m-%dT%H:%M:%S"))
        assert 295 <= exp - idle + 60 <= 305  # absolute 300 s, idle 60 s from now
    finally:
        s.prov.down()


@pytest.mark.parametrize("conf,problem", [
    ({"console_client_secret_file": None}, "console sign-in needs console_client_id, "
     "console_client_secret_file and console_redirect_url"),
    ({"console_redirect_url": "http://localhost:1/callback"}, "is not an https URL"),
    ({"console_redirect_url": "https://localhost:1/elsewhere"}, "ending in /callback"),
    ({"console_client_id": "custos"}, "console_client_id must differ from audience"),
    ({"discovery": None, "jwks_uri": "https://127.0.0.1:1/jwks"}, "console sign-in needs discovery"),
])
def test_check_config_sign_in(custos, certs, tmp_path, conf, problem):
    secret = tmp_path / "secret"
    secret.write_text("x\n")
    iss = {"iss": "https://idp.example", "audience": "custos", "algorithms": "RS256",
           "discovery": "https://idp.example/.well-known/openid-configuration",
           "console_client_id": CLIENT, "console_client_secret_file": str(secret),
           "console_redirect_url": "https://localhost:1/callback", **conf}
    g = Gateway(certs, tmp_path / "gw", overrides={
        "issuer:op": iss, "console": {"listen": f"127.0.0.1:{free_port()}"}})
    path = g.write_config()
    r = subprocess.run([custos, "check-config", "--config", str(path)], capture_output=True,
                       text=True, timeout=20, stdin=subprocess.DEVNULL, env=os.environ)
    assert r.returncode == 1 and problem in r.stderr, r.stderr
