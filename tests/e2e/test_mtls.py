"""Mutual TLS: who is served, who is refused, TLS versions, request ids, errors."""

import hashlib
import os
import re
import socket
import ssl
import subprocess
import threading
import warnings

import pytest

from gw import REPO, REQUEST_ID_RE, client_context

SERVICES = ["support-console", "chat-frontend", "ingest", "admin-cli"]


def assert_refused(att):
    """A refusal is a failed handshake, a dropped connection, or a 401
    client_cert_* after which the connection is closed; never 2xx data."""
    assert not att.served, f"served 2xx data to a client that must be refused: {att}"
    assert att.how != "timeout", f"server hung instead of refusing: {att}"
    assert att.refused, f"not refused: {att}"
    if att.how == "status":
        assert att.code.startswith("client_cert_"), f"401 with wrong code: {att}"
        assert att.closed_after, f"connection left open after 401: {att}"


# ------------------------------------------------------------------ served

@pytest.mark.parametrize("svc", SERVICES)
def test_valid_client_is_served_with_principal_and_cert_sha256(shared_gw, certs, svc):
    r = shared_gw.get("/v1/whoami", cert=svc)
    assert r.status == 200, r
    assert r.json["principal"] == f"svc:{svc}"
    assert r.json["cert_sha256"] == certs.sha256(svc)
    assert r.json["cert_sha256"] == hashlib.sha256(certs.der(svc)).hexdigest().lower()


def test_san_uri_names_the_principal_instead_of_cn(shared_gw, certs):
    r = shared_gw.get("/v1/whoami", cert="uri-client")
    assert r.status == 200, r
    assert r.json["principal"] == "svc:spiffe://custos.test/uri-svc"
    assert r.json["cert_sha256"] == certs.sha256("uri-client")


def test_keep_alive_connection_serves_several_requests(shared_gw):
    conn = shared_gw.connection("chat-frontend")
    try:
        for _ in range(3):
            r = shared_gw.get("/v1/whoami", conn=conn)
            assert r.status == 200, r
            assert r.json["principal"] == "svc:chat-frontend"
    finally:
        conn.close()


# ------------------------------------------------------------------ refused

def test_client_without_certificate_is_refused(shared_gw, certs):
    assert_refused(shared_gw.attempt(ctx=client_context(certs, None)))


def test_client_from_foreign_ca_is_refused_even_with_trusted_cn(shared_gw):
    # foreign-client.crt has CN=support-console but is signed by an untrusted CA
    assert_refused(shared_gw.attempt(cert="foreign-client"))


def test_expired_client_cert_is_refused(shared_gw):
    assert_refused(shared_gw.attempt(cert="expired"))


def test_not_yet_valid_client_cert_is_refused(shared_gw):
    assert_refused(shared_gw.attempt(cert="notyet"))


def test_server_auth_only_cert_is_refused_as_client(shared_gw):
    assert_refused(shared_gw.attempt(cert="serveronly"))


def test_refusals_leave_valid_clients_served(shared_gw):
    for bad in ("foreign-client", "expired", "serveronly"):
        assert_refused(shared_gw.attempt(cert=bad))
    r = shared_gw.get("/v1/whoami", cert="support-console")
    assert r.status == 200, r


def test_revoked_cert_is_refused_when_crl_is_set(start_gw):
    gw = start_gw(overrides={"tls": {"crl": "tls/crl.pem"}})
    assert_refused(gw.attempt(cert="revoked"))
    r = gw.get("/v1/whoami", cert="support-console")
    assert r.status == 200, r


def test_revoked_cert_is_served_when_crl_revokes_nothing(start_gw):
    gw = start_gw(overrides={"tls": {"crl": "tls/crl-empty.pem"}})
    r = gw.get("/v1/whoami", cert="revoked")
    assert r.status == 200, r
    assert r.json["principal"] == "svc:revoked"


def test_revoked_cert_is_served_without_crl(shared_gw):
    # control for the CRL tests: revocation comes from the CRL, nothing else
    r = shared_gw.get("/v1/whoami", cert="revoked")
    assert r.status == 200, r


# ------------------------------------------------------------------ TLS versions

def client_can_offer(certs, version):
    """Whether this Python/OpenSSL can complete a handshake at VERSION against a
    local server that allows it (so a refusal test cannot pass vacuously)."""
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(str(certs.crt("server")), str(certs.key("server")))
    sctx.set_ciphers("DEFAULT:@SECLEVEL=0")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        sctx.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED
    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen(1)
    lsock.settimeout(5)

    def serve():
        try:
            c, _ = lsock.accept()
            with sctx.wrap_socket(c, server_side=True) as s:
                s.recv(1)
        except (OSError, ssl.SSLError):
            pass

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    ok = False
    try:
        ctx = client_context(certs, None, minimum=version, maximum=version, legacy=True)
        with ctx.wrap_socket(socket.create_connection(lsock.getsockname(), 5),
                             server_hostname="localhost") as s:
            ok = s.version() is not None
            s.sendall(b"x")
    except (OSError, ssl.SSLError):
        ok = False
    t.join(5)
    lsock.close()
    return ok


@pytest.mark.parametrize("version", ["TLSv1", "TLSv1_1"])
def test_legacy_tls_versions_are_refused(shared_gw, certs, version):
    v = getattr(ssl.TLSVersion, version)
    if not client_can_offer(certs, v):
        pytest.skip(f"this OpenSSL cannot offer {version}")
    ctx = client_context(certs, "support-console", minimum=v, maximum=v, legacy=True)
    att = shared_gw.attempt(ctx=ctx)
    assert not att.served, att
    assert att.how == "handshake_failed", att


@pytest.mark.parametrize("version,name", [("TLSv1_2", "TLSv1.2"), ("TLSv1_3", "TLSv1.3")])
def test_tls_1_2_and_1_3_are_accepted(shared_gw, certs, version, name):
    v = getattr(ssl.TLSVersion, version)
    ctx = client_context(certs, "support-console", minimum=v, maximum=v)
    with shared_gw.tls_socket(ctx=ctx) as s:
        assert s.version() == name
    r = shared_gw.get("/v1/whoami", ctx=ctx)
    assert r.status == 200, r
    assert r.json["principal"] == "svc:support-console"


# ------------------------------------------------------------------ key exchange

def s_client(gw, certs, *args):
    """`openssl s_client -msg` against GW with a valid client certificate and
    OpenSSL's default groups (key share for X25519 only); returns its output."""
    r = subprocess.run(
        ["openssl", "s_client", "-connect", f"127.0.0.1:{gw.port}", "-servername", "localhost",
         "-cert", str(certs.crt("support-console")), "-key", str(certs.key("support-console")),
         "-CAfile", str(certs.crt("ca")), "-msg", *args],
        input=b"", capture_output=True, timeout=20, check=False)
    return r.stdout.decode(errors="replace") + r.stderr.decode(errors="replace")


@pytest.mark.parametrize("version", ["-tls1_3", "-tls1_2"])
def test_default_priorities_pick_x25519_without_hello_retry(shared_gw, certs, version):
    # issue 13: the built-in priorities picked secp384r1 and sent every OpenSSL
    # client a HelloRetryRequest (a second ClientHello, an extra round trip)
    out = s_client(shared_gw, certs, version)
    assert "Verify return code: 0 (ok)" in out, out[-2000:]
    hellos = [ln for ln in out.splitlines() if ln.startswith(">>>") and "ClientHello" in ln]
    assert len(hellos) == 1, f"HelloRetryRequest: {len(hellos)} ClientHellos\n{out[-3000:]}"
    temp = [ln for ln in out.splitlines() if "Server Temp Key" in ln]
    assert temp and "X25519" in temp[0], temp or out[-2000:]


def test_p256_only_client_gets_p256(shared_gw, certs):
    out = s_client(shared_gw, certs, "-groups", "P-256")
    assert "Verify return code: 0 (ok)" in out, out[-2000:]
    temp = [ln for ln in out.splitlines() if "Server Temp Key" in ln]
    assert temp and ("P-256" in temp[0] or "prime256v1" in temp[0]), temp or out[-2000:]


# ------------------------------------------------------------------ request ids

@pytest.mark.parametrize("rid", ["abc", "req-2024.01_02:x", "A" * 128])
def test_valid_request_id_is_echoed(shared_gw, rid):
    r = shared_gw.get("/v1/whoami", headers={"X-Request-Id": rid})
    assert r.status == 200, r
    assert r.header("X-Request-Id") == rid


@pytest.mark.parametrize("rid", ["", "has space", "semi;colon", "A" * 129, "quote\"x",
                                 "slash/x", "ünï"])
def test_invalid_request_id_is_replaced_by_a_generated_one(shared_gw, rid):
    r = shared_gw.get("/v1/whoami", headers={"X-Request-Id": rid.encode("utf-8")})
    assert r.status == 200, r
    got = r.header("X-Request-Id")
    assert got and got != rid, r
    assert REQUEST_ID_RE.match(got), got


def test_request_id_is_generated_when_absent_and_unique(shared_gw):
    ids = set()
    for _ in range(3):
        r = shared_gw.get("/v1/whoami")
        assert r.status == 200, r
        rid = r.header("X-Request-Id")
        assert rid and REQUEST_ID_RE.match(rid), r
        ids.add(rid)
    assert len(ids) == 3


def test_generated_request_ids_are_random_and_never_repeat(shared_gw):
    """Generated ids come from a per-thread pool of CSPRNG bytes (several
    refills here, on every worker): 200 ids over 4 keep-alive connections are
    all distinct, 96 random bits each, and their bits are balanced."""
    conns = [shared_gw.connection("chat-frontend") for _ in range(4)]
    ids = []
    try:
        for i in range(200):
            r = shared_gw.get("/v1/whoami", conn=conns[i % 4])
            assert r.status == 200, r
            ids.append(r.header("X-Request-Id"))
    finally:
        for c in conns:
            c.close()
    gen = re.compile(r"^r-[0-9a-f]{24}$")
    assert all(gen.match(x) for x in ids), ids[:5]
    assert len(set(ids)) == len(ids)
    assert "r-" + "0" * 24 not in ids  # the CSPRNG never failed
    ones = sum(bin(int(x[2:], 16)).count("1") for x in ids)
    bits = 96 * len(ids)
    assert 0.45 * bits < ones < 0.55 * bits, (ones, bits)  # > 13 sigma apart


def test_error_responses_carry_request_id_and_json_error_body(shared_gw):
    r = shared_gw.get("/v1/no-such-endpoint", headers={"X-Request-Id": "err-probe-1"})
    assert r.status == 404, r
    assert r.header("X-Request-Id") == "err-probe-1"
    assert (r.header("Content-Type") or "").startswith("application/json"), r
    assert isinstance(r.json, dict) and set(r.json) == {"error"}, r
    err = r.json["error"]
    assert err["code"] == "not_found"
    assert isinstance(err["message"], str) and err["message"]
    assert err["request_id"] == "err-probe-1"


def test_generated_request_id_matches_error_body(shared_gw):
    r = shared_gw.get("/v1/no-such-endpoint")
    assert r.status == 404, r
    assert r.json["error"]["request_id"] == r.header("X-Request-Id")


# ------------------------------------------------------------------ certs/gen.sh

def test_gen_sh_keys_are_private_and_rerun_keeps_files(certs):
    keys = sorted(certs.dir.glob("*.key"))
    assert len(keys) >= 15
    for k in keys:
        assert os.stat(k).st_mode & 0o777 == 0o600, k
    before = {p.name: p.read_bytes() for p in certs.dir.iterdir()}
    r = subprocess.run(["sh", str(REPO / "certs" / "gen.sh"), str(certs.dir)],
                       capture_output=True, text=True, timeout=60, check=False)
    assert r.returncode == 0, r.stderr
    after = {p.name: p.read_bytes() for p in certs.dir.iterdir()}
    assert after == before
