"""Identity providers for real (issue 12), through the real gateway.

Each test starts a local OpenID provider over HTTPS with its own CA
(oidc_provider.py) serving discovery and a JWKS, and a gateway whose
[issuer:idp] names it by `discovery` (or `jwks_uri`) with `ca_file`. Tokens
are minted by python3-jwt with the provider's keys (and cnf for RFC 8705).
[tokens] jwks_min_refresh_s = 1 keeps the waits short.
"""

import base64
import hashlib
import json
import os
import re
import signal
import threading
import time

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

import tokens as T
from gw import SLOW, Gateway, run_custos, wait_for
from oidc_provider import Provider

TOKENS = {"jwks_min_refresh_s": "1", "jwks_max_refresh_s": "3600"}


# ---------------------------------------------------------------- helpers

@pytest.fixture
def provider(tmp_path):
    started = []

    def make(name="provider", keys=None, start=True):
        p = Provider(tmp_path / f"idp-{name}-{len(started)}", name)
        started.append(p)
        p.set_keys(*(keys or []))
        if start:
            p.start()
        else:
            p.down()
        return p

    yield make
    for p in started:
        p.down()


def issuer_section(prov, **kw):
    sec = {"iss": prov.iss, "audience": "custos", "algorithms": "RS256, ES256",
           "discovery": prov.discovery_url, "ca_file": str(prov.ca_path),
           "groups_claim": "groups", "leeway_s": "30"}
    for k, v in kw.items():
        if v is None:
            sec.pop(k, None)
        else:
            sec[k] = v
    return sec


def idp_gateway(start_gw, prov, name="gw", wait=True, tokens=None, extra_sections=None, **issuer_kw):
    overrides = {"issuer:idp": issuer_section(prov, **issuer_kw), "tokens": dict(tokens or TOKENS),
                 "audit": {"export": "./audit.jsonl"}}
    overrides.update(extra_sections or {})
    return start_gw(name, wait=wait, overrides=overrides)


SENT = []


def token(prov, key, kid, alg="RS256", **claims):
    claims.setdefault("sub", "alice")
    t = T.mint(T.claims(prov.iss, **claims), key, alg, kid=kid)
    SENT.append(t)
    return t


def whoami(gw, tok, cert="support-console"):
    return gw.request("GET", "/v1/whoami", headers=T.bearer(tok), cert=cert)


def assert_user(r, sub="alice"):
    assert r.status == 200, r
    assert r.json["subject"] == f"user:idp/{sub}", r


def assert_refused(r, code):
    assert (r.status, r.error_code()) == (401, code), r
    assert r.header("X-Decision-Id"), f"refusal not recorded: {r}"


def metric(gw, name, **labels):
    """The value of NAME{labels} (labels in the order the gateway writes them), or None."""
    want = name + ("{" + ",".join(f'{k}="{v}"' for k, v in labels.items()) + "}" if labels else "")
    for line in gw.ops_get("/metrics").body.decode().splitlines():
        if line.startswith(want + " "):
            return float(line.rsplit(" ", 1)[1])
    return None


def failures(gw, reason, issuer="idp"):
    return metric(gw, "custos_jwks_fetch_failures_total", issuer=issuer, reason=reason) or 0


def ready(gw):
    r = gw.ops_get("/readyz")
    return r.status == 200


def wait_alive(gw):
    assert wait_for(lambda: _healthy(gw), 10), gw.log_tail()


def _healthy(gw):
    try:
        return gw.ops_get("/healthz", timeout=1).status == 200
    except OSError:
        return False


def assert_no_token_logged(gw):
    log = gw.log_text()
    export = gw.dir / "audit.jsonl"
    audit = export.read_text() if export.exists() else ""
    for t in SENT:
        sig = t.rsplit(".", 1)[1]
        assert t not in log and sig not in log and t not in audit and sig not in audit


def x5t(certs, name):
    return base64.urlsafe_b64encode(hashlib.sha256(certs.der(name)).digest()).rstrip(b"=").decode()


# ------------------------------------------------------------ startup, rotation

def test_startup_fetch_through_discovery(start_gw, provider):
    k1 = T.new_rsa()
    prov = provider(keys=[(k1, "k1")])
    gw = idp_gateway(start_gw, prov)
    r = whoami(gw, token(prov, k1, "k1", groups=["support"]))
    assert_user(r)
    assert r.json["groups"] == ["group:idp/support"]
    assert prov.count("/.well-known/openid-configuration") >= 1 and prov.count("/certs") >= 1
    assert metric(gw, "custos_issuer_keys", issuer="idp") == 1
    assert metric(gw, "custos_issuer_ready", issuer="idp") == 1
    assert metric(gw, "custos_jwks_last_success_timestamp_seconds", issuer="idp") > time.time() - 60
    assert 0 <= metric(gw, "custos_issuer_keys_age_seconds", issuer="idp") < 60
    assert metric(gw, "custos_issuer_ready", issuer="corp") == 1  # the file issuer too
    kept = json.loads((gw.dir / "data" / "jwks" / "issuer-idp.json").read_text())
    assert kept["iss"] == prov.iss and json.loads(kept["jwks"])["keys"][0]["kid"] == "k1"
    assert_no_token_logged(gw)


def test_rotation_is_picked_up_without_restart(start_gw, provider):
    k1, k2 = T.new_rsa(), T.new_ec()
    prov = provider(keys=[(k1, "k1")])
    gw = idp_gateway(start_gw, prov)
    assert_user(whoami(gw, token(prov, k1, "k1")))
    new = token(prov, k2, "k2", "ES256", sub="bea")
    assert_refused(whoami(gw, new), "token_key_unknown")
    time.sleep(1.1)  # the early fetch for k2 is over; the budget refilled
    t0 = time.monotonic()
    prov.set_keys((k1, "k1"), (k2, "k2"))
    # a client retrying its new-kid token every 50 ms: the first try tells the
    # fetcher, which fetches at once (budget permitting)
    tries = 0
    while True:
        tries += 1
        r = whoami(gw, new)
        if r.status == 200:
            break
        assert_refused(r, "token_key_unknown")
        assert time.monotonic() - t0 < 5 * SLOW, f"rotation not picked up: {gw.log_tail()}"
        time.sleep(0.05)
    took = time.monotonic() - t0
    print(f"\nrotation accepted {took * 1000:.0f} ms after the provider published it ({tries} tries)")
    assert_user(r, "bea")
    assert_user(whoami(gw, token(prov, k1, "k1")))  # the old key still verifies
    assert metric(gw, "custos_jwks_early_fetches_total", issuer="idp") >= 1


def test_scheduled_refresh_follows_cache_control_within_bounds(start_gw, provider):
    k1, k2 = T.new_rsa(), T.new_rsa()
    prov = provider(keys=[(k1, "k1")])
    prov.set(cache_control="public, max-age=2")
    gw = idp_gateway(start_gw, prov, tokens={"jwks_min_refresh_s": "1", "jwks_max_refresh_s": "3600"})
    before = prov.count("/certs")
    # no unknown kid asks: only the schedule (max-age 2) brings the rotation
    prov.set_keys((k1, "k1"), (k2, "k2"))
    assert wait_for(lambda: metric(gw, "custos_issuer_keys", issuer="idp") == 2, 6), gw.log_tail()
    assert_user(whoami(gw, token(prov, k2, "k2")))
    # no-store: refreshed at jwks_min_refresh_s (1 s), not continuously
    prov.set(cache_control="no-store")
    time.sleep(2.5)
    n0 = prov.count("/certs")
    time.sleep(3)
    n = prov.count("/certs") - n0
    assert 1 <= n <= 4, n
    assert prov.count("/certs") > before


def test_max_refresh_bounds_a_long_max_age(start_gw, provider):
    k1 = T.new_rsa()
    prov = provider(keys=[(k1, "k1")])
    prov.set(cache_control="max-age=100000")
    gw = idp_gateway(start_gw, prov, tokens={"jwks_min_refresh_s": "1", "jwks_max_refresh_s": "2"})
    n0 = prov.count("/certs")
    assert wait_for(lambda: prov.count("/certs") >= n0 + 2, 7), gw.log_tail()


def test_removed_key_is_refused_once_the_new_set_is_in_force(start_gw, provider):
    k1, k2 = T.new_rsa(), T.new_rsa()
    prov = provider(keys=[(k1, "k1"), (k2, "k2")])
    gw = idp_gateway(start_gw, prov)
    old = token(prov, k1, "k1", sub="carl")
    assert_user(whoami(gw, old), "carl")
    assert_user(whoami(gw, old), "carl")  # now served from the token cache
    prov.set_keys((k2, "k2"))
    # an unknown kid makes the gateway fetch; the new set drops k1
    assert_refused(whoami(gw, token(prov, k2, "k-unknown")), "token_key_unknown")
    assert wait_for(lambda: metric(gw, "custos_issuer_keys", issuer="idp") == 1, 5), gw.log_tail()
    assert_refused(whoami(gw, old), "token_key_unknown")
    assert "a key was removed; token cache cleared" in gw.log_text()
    # a token of the vanished kid asks for no fetch
    n = prov.count("/certs")
    ignored = metric(gw, "custos_jwks_unknown_kid_ignored_total", issuer="idp")
    for _ in range(5):
        assert_refused(whoami(gw, token(prov, k1, "k1")), "token_key_unknown")
    assert metric(gw, "custos_jwks_unknown_kid_ignored_total", issuer="idp") == ignored + 5
    time.sleep(0.5)
    assert prov.count("/certs") == n


# ---------------------------------------------------------- provider outages

def test_provider_down_at_restart_verifies_with_the_kept_jwks(start_gw, provider):
    k1 = T.new_rsa()
    prov = provider(keys=[(k1, "k1")])
    gw = idp_gateway(start_gw, prov, name="first")
    assert_user(whoami(gw, token(prov, k1, "k1")))
    gw.stop()
    prov.down()
    gw2 = start_gw("first", overrides=gw.overrides)  # same dir, same data_dir
    assert ready(gw2)
    assert_user(whoami(gw2, token(prov, k1, "k1", sub="dora")), "dora")
    assert "last good JWKS kept on disk" in gw2.log_text()
    assert wait_for(lambda: failures(gw2, "network") >= 1, 5), gw2.log_tail()
    assert metric(gw2, "custos_issuer_keys", issuer="idp") == 1


def test_provider_down_from_the_start_without_keys(start_gw, provider):
    k1 = T.new_rsa()
    prov = provider(keys=[(k1, "k1")], start=False)
    gw = idp_gateway(start_gw, prov, wait=False)
    wait_alive(gw)
    assert wait_for(lambda: failures(gw, "network") >= 1, 5), gw.log_tail()
    r = gw.ops_get("/readyz")
    assert r.status == 503 and r.json["reason"] == "issuer_keys_unavailable", r
    assert metric(gw, "custos_issuer_ready", issuer="idp") == 0
    assert metric(gw, "custos_issuer_keys_age_seconds", issuer="idp") == -1
    assert_refused(whoami(gw, token(prov, k1, "k1")), "token_key_unknown")
    # the other issuer and plain service calls still work
    corp = T.mint(T.claims(), T.load_private(gw.certs.path("idp-rsa.key")))
    assert whoami(gw, corp).status == 200
    assert gw.get("/v1/whoami").status == 200
    # the provider comes up: keys arrive by the retry schedule, ready follows
    prov.up()
    assert wait_for(lambda: ready(gw), 6), gw.log_tail()
    assert_user(whoami(gw, token(prov, k1, "k1")))


def test_malformed_oversized_or_private_jwks_keeps_the_old_keys(start_gw, provider):
    k1 = T.new_rsa()
    prov = provider(keys=[(k1, "k1")])
    gw = idp_gateway(start_gw, prov)
    good = token(prov, k1, "k1")
    assert_user(whoami(gw, good))
    priv = json.loads(json.dumps({"keys": [T.jwk_of(k1, "k1")]}))
    priv["keys"][0]["d"] = "AQAB"
    cases = [
        (b'{"keys": [ {"kty": "RSA", ', "invalid_jwks"),
        (b'{"keys": []}', "invalid_jwks"),
        (json.dumps(priv).encode(), "invalid_jwks"),
        (b'{"keys": [], "pad": "' + b"x" * (300 * 1024) + b'"}', "too_large"),
    ]
    for i, (body, reason) in enumerate(cases):
        before = failures(gw, reason)
        prov.set(jwks_body=body)
        time.sleep(1.1)  # budget
        assert_refused(whoami(gw, token(prov, k1, f"kick-{i}")), "token_key_unknown")
        assert wait_for(lambda: failures(gw, reason) > before, 5), (reason, gw.log_tail())
        assert_user(whoami(gw, good))
        assert metric(gw, "custos_issuer_keys", issuer="idp") == 1
    prov.set(jwks_body=None, status=503)
    before = failures(gw, "http_status")
    time.sleep(1.1)
    whoami(gw, token(prov, k1, "kick-503"))
    assert wait_for(lambda: failures(gw, "http_status") > before, 5), gw.log_tail()
    assert_user(whoami(gw, good))
    log = gw.log_text()
    assert "private or symmetric key material" in log and "the keys in force stay" in log
    assert ready(gw)


def test_discovery_issuer_mismatch_is_refused(start_gw, provider):
    k1 = T.new_rsa()
    prov = provider(keys=[(k1, "k1")])
    prov.set(issuer="https://evil.example/realms/test")
    gw = idp_gateway(start_gw, prov, wait=False)
    wait_alive(gw)
    assert wait_for(lambda: failures(gw, "discovery") >= 1, 5), gw.log_tail()
    assert not ready(gw)
    assert prov.count("/certs") == 0  # its jwks_uri is never used
    assert_refused(whoami(gw, token(prov, k1, "k1")), "token_key_unknown")
    assert 'is not iss' in gw.log_text()


def test_redirect_to_another_host_is_refused(start_gw, provider):
    k1 = T.new_rsa()
    prov = provider(keys=[(k1, "k1")])
    same = issuer_section(prov, discovery=None, jwks_uri=prov.url("/redirect-same"))
    other = issuer_section(prov, discovery=None, jwks_uri=prov.url("/redirect-other"),
                           iss="https://other.example/realms/test")
    gw = start_gw(wait=False, overrides={"issuer:same": same, "issuer:other": other,
                                         "tokens": TOKENS})
    wait_alive(gw)
    assert wait_for(lambda: failures(gw, "redirect", "other") >= 1, 5), gw.log_tail()
    assert wait_for(lambda: metric(gw, "custos_issuer_keys", issuer="same") == 1, 5), gw.log_tail()
    assert metric(gw, "custos_issuer_keys", issuer="other") == 0
    assert not ready(gw)
    # the same-origin redirect was followed; the other never reached localhost
    assert prov.count("/redirect-same") >= 1 and prov.count("/redirect-other") >= 1
    assert "redirect to another origin refused" in gw.log_text()
    r = whoami(gw, token(prov, k1, "k1"))
    assert r.status == 200 and r.json["subject"] == "user:same/alice", r


def test_untrusted_provider_certificate_is_refused(start_gw, provider):
    k1 = T.new_rsa()
    prov = provider(keys=[(k1, "k1")])
    gw = idp_gateway(start_gw, prov, wait=False, ca_file=None)  # system trust: not our CA
    wait_alive(gw)
    assert wait_for(lambda: failures(gw, "tls") >= 1, 5), gw.log_tail()
    assert not ready(gw)
    assert prov.count("/.well-known/openid-configuration") == 0  # no request got through


def test_plain_http_needs_the_test_switch(custos, tmp_path, certs):
    g = Gateway(certs, tmp_path / "http", overrides={"issuer:corp": {
        "key_file": None, "discovery": "http://127.0.0.1:9/realms/test/.well-known/openid-configuration"}})
    cfg = g.write_config()
    r = run_custos("check-config", "--config", str(cfg))
    assert r.returncode == 1 and "not https" in r.stdout + r.stderr, r
    env = dict(os.environ, CUSTOS_ALLOW_HTTP_ISSUERS="1")
    import subprocess
    r = subprocess.run([custos, "check-config", "--config", str(cfg)], capture_output=True,
                       text=True, env=env, timeout=10 * SLOW, check=False)
    assert r.returncode == 0, r


# ----------------------------------------------------------- the flood budget

def test_flood_of_unknown_kids_makes_a_bounded_number_of_fetches(start_gw, provider):
    k1, k2 = T.new_rsa(), T.new_rsa()
    prov = provider(keys=[(k1, "k1")])
    gw = idp_gateway(start_gw, prov)
    assert_user(whoami(gw, token(prov, k1, "k1")))
    total = 10000 if not SLOW > 1 else 2000
    workers = 4
    # tokens with random kids, signed by nobody we know (the kid is never found)
    base = T.mint(T.claims(prov.iss), k2, "RS256", kid="x")
    h, p, s = base.split(".")
    flood = []
    for i in range(total):
        hdr = T.b64u(json.dumps({"alg": "RS256", "kid": f"rnd-{i}-{os.urandom(4).hex()}"}).encode())
        flood.append(f"{hdr}.{p}.{s}")
    sent = [0]
    lock = threading.Lock()
    bad = []

    def run(chunk):
        conn = gw.connection()
        try:
            for t in chunk:
                r = gw.request("GET", "/v1/whoami", headers=T.bearer(t), conn=conn)
                if (r.status, r.error_code()) != (401, "token_key_unknown"):
                    bad.append(r)
                with lock:
                    sent[0] += 1
        finally:
            conn.close()

    n_before = prov.count("/certs")
    rotated_at, accepted_at = [None], [None]
    genuine = token(prov, k2, "k2", sub="gina")

    def rotate_during_the_flood():
        while sent[0] < total // 3:
            time.sleep(0.01)
        prov.set_keys((k1, "k1"), (k2, "k2"))
        rotated_at[0] = time.monotonic()
        conn = gw.connection(cert="chat-frontend")
        try:
            while time.monotonic() - rotated_at[0] < 10 * SLOW:
                r = gw.request("GET", "/v1/whoami", headers=T.bearer(genuine), conn=conn)
                if r.status == 200:
                    accepted_at[0] = time.monotonic()
                    return
                time.sleep(0.1)
        finally:
            conn.close()

    t0 = time.monotonic()
    threads = [threading.Thread(target=run, args=(flood[i::workers],)) for i in range(workers)]
    rot = threading.Thread(target=rotate_during_the_flood)
    for t in threads + [rot]:
        t.start()
    for t in threads + [rot]:
        t.join()
    elapsed = time.monotonic() - t0
    fetches = prov.count("/certs") - n_before
    print(f"\nflood of {total} unknown kids in {elapsed:.1f} s: {fetches} JWKS fetches "
          f"(budget: 3 at once, then 1/s); genuine rotation during the flood accepted after "
          f"{(accepted_at[0] - rotated_at[0]) * 1000 if accepted_at[0] else -1:.0f} ms")
    assert not bad, bad[:3]
    assert accepted_at[0] is not None, f"rotation not picked up during the flood: {gw.log_tail()}"
    assert accepted_at[0] - rotated_at[0] < 5 * SLOW
    # never one per token: the shared budget allows 3 at once, then one per second
    assert 1 <= fetches <= 3 + elapsed + 2, (fetches, elapsed)
    assert metric(gw, "custos_jwks_unknown_kid_total", issuer="idp") >= total
    assert metric(gw, "custos_jwks_early_fetches_total", issuer="idp") <= 3 + elapsed + 2


# ------------------------------------------------------- certificate binding

def test_certificate_bound_tokens(start_gw, provider, certs):
    k1 = T.new_rsa()
    prov = provider(keys=[(k1, "k1")])
    gw = idp_gateway(start_gw, prov, require_cert_binding="true")
    bound = token(prov, k1, "k1", sub="ed", cnf={"x5t#S256": x5t(certs, "support-console")})
    assert_user(whoami(gw, bound, cert="support-console"), "ed")
    assert_user(whoami(gw, bound, cert="support-console"), "ed")  # cached: checked again
    # the same token from another client (a stolen token) is useless
    assert_refused(whoami(gw, bound, cert="chat-frontend"), "token_binding_mismatch")
    # required: no cnf, another method, garbage
    assert_refused(whoami(gw, token(prov, k1, "k1")), "token_binding_mismatch")
    assert_refused(whoami(gw, token(prov, k1, "k1", cnf={"jkt": "abc"})), "token_binding_mismatch")
    assert_refused(whoami(gw, token(prov, k1, "k1", cnf={"x5t#S256": "AAAA"})),
                   "token_binding_mismatch")
    # a subject's token in an authorize body is bound to the asking connection
    # too (admin-cli may ask about others): another client's token is a deny
    r = gw.request("POST", "/v1/authorize", cert="admin-cli",
                   body={"action": "conversation:read", "token": bound})
    assert r.status == 200 and r.json["decision"] == "deny", r
    assert r.json["reason"] == "token_binding_mismatch", r
    own = token(prov, k1, "k1", sub="ed", cnf={"x5t#S256": x5t(certs, "admin-cli")})
    r = gw.request("POST", "/v1/authorize", cert="admin-cli",
                   body={"action": "conversation:read", "token": own})
    assert r.status == 200 and r.json["reason"] != "token_binding_mismatch", r
    # the corp issuer does not require binding, but a present cnf is enforced
    corp_key = T.load_private(certs.path("idp-rsa.key"))
    free = T.mint(T.claims(), corp_key)
    assert whoami(gw, free).status == 200
    corp_bound = T.mint(T.claims(cnf={"x5t#S256": x5t(certs, "support-console")}), corp_key)
    assert whoami(gw, corp_bound, cert="support-console").status == 200
    assert_refused(whoami(gw, corp_bound, cert="chat-frontend"), "token_binding_mismatch")
    entries = [json.loads(line) for line in (gw.dir / "audit.jsonl").read_text().splitlines()]
    assert any(e.get("reason") == "token_binding_mismatch" and e["client"] == "svc:chat-frontend"
               for e in entries)
    SENT.extend([free, corp_bound])
    assert_no_token_logged(gw)


# ------------------------------------------------------------ SIGHUP, SIGTERM

def _hup(gw, text):
    before = gw.log_text().count(text)
    gw.signal(signal.SIGHUP)
    assert wait_for(lambda: gw.log_text().count(text) > before, 5), gw.log_tail()


def test_sighup_rereads_the_issuer_configuration(start_gw, provider):
    k1 = T.new_rsa()
    prov = provider(keys=[(k1, "k1")])
    gw = idp_gateway(start_gw, prov)
    assert_user(whoami(gw, token(prov, k1, "k1")))
    # unchanged issuers: keys re-read, the provider asked at once
    n = prov.count("/certs")
    _hup(gw, "reloaded token issuer keys")
    assert wait_for(lambda: prov.count("/certs") > n, 5)
    # a changed issuer section takes effect, with the kept keys while the
    # provider is down
    prov.down()
    gw.overrides["issuer:idp"]["audience"] = "custos-v2"
    gw.write_config()
    _hup(gw, "token issuers reconfigured")
    assert ready(gw)
    r = whoami(gw, token(prov, k1, "k1"))
    assert (r.status, r.error_code()) == (401, "token_audience_mismatch"), r
    assert_user(whoami(gw, token(prov, k1, "k1", aud="custos-v2")))
    # a broken config changes nothing
    gw.overrides["issuer:idp"]["discovery"] = "http://insecure.example/x"
    gw.write_config()
    _hup(gw, "config reload failed")
    assert_user(whoami(gw, token(prov, k1, "k1", aud="custos-v2")))


def test_sigterm_stops_a_hanging_fetch_promptly(start_gw, provider):
    k1 = T.new_rsa()
    prov = provider(keys=[(k1, "k1")])
    prov.set(hang=True)
    gw = idp_gateway(start_gw, prov, wait=False)
    wait_alive(gw)
    assert wait_for(lambda: prov.count("/.well-known/openid-configuration") >= 1, 5)
    time.sleep(0.3)  # the fetcher is inside its transfer (10 s limit)
    t0 = time.monotonic()
    gw.signal(signal.SIGTERM)
    rc = gw.wait_exit(5)
    took = time.monotonic() - t0
    assert rc == 0, gw.log_tail()
    assert took < 2.5 * SLOW, took


# ------------------------------------------------------ jwks_file watching

def test_jwks_file_key_removal_is_noticed_without_sighup(start_gw):
    k1, k2 = T.new_rsa(), T.new_rsa()
    iss = "https://file.example.test"
    jw = T.jwks((k1, "k1"), (k2, "k2"))
    gw = start_gw(overrides={"issuer:file": {"iss": iss, "audience": "custos", "algorithms": "RS256",
                                             "jwks_file": "file.jwks.json"},
                             "tokens": TOKENS},
                  files={"file.jwks.json": jw})
    tok = T.mint(T.claims(iss), k1, kid="k1")
    assert whoami(gw, tok).status == 200
    assert whoami(gw, tok).status == 200  # cached
    tmp = gw.dir / "file.jwks.json.tmp"
    tmp.write_bytes(T.jwks((k2, "k2")))
    os.replace(tmp, gw.dir / "file.jwks.json")
    # no unknown kid, no SIGHUP: the watcher re-checks every jwks_min_refresh_s
    assert wait_for(lambda: whoami(gw, tok).status == 401, 4), gw.log_tail()
    assert whoami(gw, tok).error_code() == "token_key_unknown"
    assert re.search(r"jwks_file changed; keys reloaded", gw.log_text())
