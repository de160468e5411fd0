"""Which certificate names which principal, and what is refused (issue 9,
items 1-4 and 15; the rules are docs/IDENTITY.md).

Certificates come from certs/gen.sh (long SAN URI, > 64 SAN entries,
intermediates with name constraints, RSA-768/1024/2048, SHA-1) or are signed
here by the test CA with the openssl CLI (a certificate valid for seconds)."""

import datetime
import json
import re
import socket
import subprocess
import time
import urllib.parse

import pytest

from gw import (SLOW, Gateway, client_context, parse_raw_response, poll_recv, read_until_close,
                run_custos, wait_for)

ADMIN = "admin-cli"  # bootstrap admin: holds audit:read

ALLOW_INTERMEDIATES = {"tls": {"allow_intermediates": "true"}}


# ------------------------------------------------------------------ helpers

def ctx_for(certs, name, chain=False, legacy=False):
    """Client context presenting NAME (with chain, NAME-chain.crt: leaf +
    intermediate). legacy lowers OpenSSL's own floor so that the client can
    even load a weak key: the refusal must come from the gateway."""
    ctx = client_context(certs, None, legacy=legacy)
    crt = certs.path(f"{name}-chain.crt") if chain else certs.crt(name)
    ctx.load_cert_chain(str(crt), str(certs.key(name)))
    return ctx


def assert_401_invalid(att):
    """Refused at HTTP with 401 client_cert_invalid, then closed; never served."""
    assert not att.served, f"served a client that must be refused: {att}"
    assert att.how == "status" and att.status == 401, att
    assert att.code == "client_cert_invalid", att
    assert att.closed_after, f"connection left open after 401: {att}"


def assert_refused(att):
    """Refused in the handshake (or by a 401 client_cert_*), never served."""
    assert not att.served, f"served a client that must be refused: {att}"
    assert att.how != "timeout", att
    assert att.refused, att
    if att.how == "status":
        assert att.code.startswith("client_cert_") and att.closed_after, att


def tls_failures(gw):
    """{reason: count} of custos_tls_failures_total, and the other counters."""
    r = gw.ops_get("/metrics")
    assert r.status == 200, r
    out = {}
    for line in r.body.decode().splitlines():
        m = re.match(r'^custos_tls_failures_total\{reason="([a-z_]+)"\} (\d+)$', line)
        if m:
            out[m.group(1)] = int(m.group(2))
            continue
        m = re.match(r"^(custos_[a-z_]+) (\d+)$", line)
        if m:
            out[m.group(1)] = int(m.group(2))
    return out


def audit_entries(gw, **params):
    """Every audit entry matching PARAMS (GET /v1/audit as the admin)."""
    out, since = [], 1
    while True:
        qs = urllib.parse.urlencode({**params, "since_seq": since, "limit": 1000})
        r = gw.get(f"/v1/audit?{qs}", cert=ADMIN)
        assert r.status == 200, r
        out += r.json["entries"]
        if not r.json["entries"]:
            return out
        since = r.json["next_seq"]


def handshake_entries(gw, sha):
    return [e for e in audit_entries(gw, decision="error")
            if e.get("action") == "tls:handshake" and e.get("cert_sha256") == sha]


def openssl(*args, cwd=None):
    r = subprocess.run(["openssl", *args], capture_output=True, text=True, cwd=cwd,
                       timeout=30, check=False)
    assert r.returncode == 0, f"openssl {' '.join(args)}:\n{r.stderr}"
    return r.stdout


def sign_short_lived(certs, workdir, name, seconds):
    """A P-256 client certificate CN=NAME from the test CA, valid from a
    minute ago until SECONDS from now (openssl ca -enddate). Returns
    (certificate path, key path, notAfter as a Unix time)."""
    d = workdir / f"short-{name}"
    (d / "db").mkdir(parents=True)
    (d / "db" / "index.txt").write_text("")
    (d / "ca.cnf").write_text(f"""
[ca]
default_ca = c
[c]
dir = {d / "db"}
database = $dir/index.txt
new_certs_dir = $dir
serial = $dir/serial
certificate = {certs.crt("ca")}
private_key = {certs.key("ca")}
default_md = sha256
policy = p
unique_subject = no
copy_extensions = none
[p]
commonName = supplied
[ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
""")
    key, csr, crt = d / "c.key", d / "c.csr", d / "c.crt"
    openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
            "-out", str(key))
    openssl("req", "-new", "-key", str(key), "-subj", f"/CN={name}", "-out", str(csr))
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    start = now - datetime.timedelta(minutes=1)
    end = now + datetime.timedelta(seconds=seconds)
    fmt = "%Y%m%d%H%M%SZ"
    openssl("ca", "-batch", "-notext", "-rand_serial", "-config", str(d / "ca.cnf"),
            "-extensions", "ext", "-startdate", start.strftime(fmt),
            "-enddate", end.strftime(fmt), "-in", str(csr), "-out", str(crt))
    return crt, key, int(end.timestamp())


def sha256_of(path):
    import hashlib
    import ssl
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(path.read_text())).hexdigest()


# ------------------------------------------------------ 1. the SAN, all of it

def test_long_san_uri_refuses_the_certificate_instead_of_using_its_cn(shared_gw):
    # CN admin-cli (a bootstrap admin) + a 600-byte SAN URI: was svc:admin-cli
    att = shared_gw.attempt(cert="long-uri")
    assert_401_invalid(att)
    assert "unusable_name" in att.detail, att


def test_san_uri_after_the_64th_entry_refuses_the_certificate(shared_gw):
    # 65 DNS entries, then a URI, CN admin-cli: was served as svc:admin-cli
    att = shared_gw.attempt(cert="many-san")
    assert_401_invalid(att)
    assert "too_many_san" in att.detail, att


def test_refused_names_leave_an_entry_naming_the_certificate(shared_gw, certs):
    att = shared_gw.attempt(cert="long-uri")
    assert_401_invalid(att)
    sha = certs.sha256("long-uri")
    entries = [e for e in audit_entries(shared_gw, decision="error")
               if e.get("cert_sha256") == sha]
    assert entries, "no audit entry for the refused certificate"
    assert all(e["reason"] == "client_cert_invalid" for e in entries), entries
    assert all(e["client"] is None and e["subject"] is None for e in entries), entries


# ------------------------------------------- 2. intermediates, name constraints

def test_chain_through_an_intermediate_is_refused_by_default(shared_gw, certs):
    before = tls_failures(shared_gw).get("intermediate_not_allowed", 0)
    for name in ("team-a", "dns-team-a", "inter-cn"):
        assert_refused(shared_gw.attempt(ctx=ctx_for(certs, name, chain=True)))
    grew = wait_for(lambda: tls_failures(shared_gw).get("intermediate_not_allowed", 0)
                    >= before + 3, 3)
    assert grew, tls_failures(shared_gw)


def test_allowed_intermediate_serves_a_principal_inside_its_constraints(start_gw, certs):
    gw = start_gw(overrides=ALLOW_INTERMEDIATES)
    r = gw.get("/v1/whoami", ctx=ctx_for(certs, "team-a", chain=True))
    assert r.status == 200, r
    assert r.json["principal"] == "svc:spiffe://svc.team-a.test/payments"
    assert r.json["cert_sha256"] == certs.sha256("team-a")
    # a DNS-only constraint (team-a.test) bounds the URI's host as well
    r = gw.get("/v1/whoami", ctx=ctx_for(certs, "dns-team-a", chain=True))
    assert r.status == 200, r
    assert r.json["principal"] == "svc:spiffe://svc.team-a.test/ledger"


@pytest.mark.parametrize("name", ["team-b", "dns-team-b", "inter-cn"])
def test_allowed_intermediate_cannot_name_principals_outside_its_constraints(
        start_gw, certs, name):
    # team-b: URI outside permitted URI .team-a.test; dns-team-b: host outside
    # permitted DNS team-a.test; inter-cn: CN admin-cli under a constrained CA
    gw = start_gw(overrides=ALLOW_INTERMEDIATES)
    att = gw.attempt(ctx=ctx_for(certs, name, chain=True))
    assert_refused(att)
    if att.how == "status":
        assert "name_constraints" in att.detail, att
    r = gw.get("/v1/whoami", cert="support-console")
    assert r.status == 200, r


def test_constrained_ca_listed_in_client_ca_still_bounds_principals(start_gw, certs):
    # the intermediate itself as a trust anchor (no chain presented)
    bundle = certs.crt("ca").read_bytes() + certs.crt("inter-ca").read_bytes()
    gw = start_gw(overrides={"tls": {"client_ca": "tls/bundle.crt"}},
                  files={"tls/bundle.crt": bundle})
    r = gw.get("/v1/whoami", ctx=ctx_for(certs, "team-a"))
    assert r.status == 200, r
    assert r.json["principal"] == "svc:spiffe://svc.team-a.test/payments"
    for name in ("team-b", "inter-cn"):
        assert_refused(gw.attempt(ctx=ctx_for(certs, name)))


def test_allow_intermediates_must_be_a_boolean(certs, custos, tmp_path):
    for value, ok in (("true", True), ("no", True), ("sometimes", False)):
        gw = Gateway(certs, tmp_path / value,
                     overrides={"tls": {"allow_intermediates": value}})
        path = gw.write_config()
        r = run_custos("check-config", "--config", str(path))
        out = r.stdout + r.stderr
        if ok:
            assert r.returncode == 0, out
        else:
            line = gw.lines[("tls", "allow_intermediates")]
            assert r.returncode == 1 and f":{line}: " in out and "boolean" in out, out


# ------------------------------------------------------------- 3. weak keys

@pytest.mark.parametrize("name", ["rsa768", "rsa1024", "sha1-client"])
def test_weak_client_keys_and_sha1_signatures_are_refused(start_gw, certs, name):
    gw = start_gw()
    before = tls_failures(gw)
    att = gw.attempt(ctx=ctx_for(certs, name, legacy=True))
    assert_refused(att)

    def refused_by_server():
        now = tls_failures(gw)
        return sum(now.get(k, 0) - before.get(k, 0)
                   for k in ("weak_key", "weak_signature", "insecure_algorithm"))
    assert wait_for(refused_by_server, 3), (att, tls_failures(gw))


def test_rsa_2048_client_is_served_with_the_same_client_settings(shared_gw, certs):
    # control: the legacy client context itself is not what fails above
    r = shared_gw.get("/v1/whoami", ctx=ctx_for(certs, "rsa2048", legacy=True))
    assert r.status == 200, r
    assert r.json["principal"] == "svc:rsa2048"


# ---------------------------------------------- 4. expiry on a kept-alive line

def test_certificate_expiring_on_a_kept_alive_connection_is_refused(start_gw, certs,
                                                                   tmp_path):
    gw = start_gw()
    valid_s = 2 + int(2 * SLOW)
    crt, key, not_after = sign_short_lived(certs, tmp_path, "short-lived", valid_s)
    ctx = client_context(certs, None)
    ctx.load_cert_chain(str(crt), str(key))
    req = b"GET /v1/whoami HTTP/1.1\r\nHost: localhost\r\n\r\n"
    with gw.tls_socket(ctx=ctx, timeout=10) as s:
        s.sendall(req)
        first = b""
        while b"svc:short-lived" not in first:
            data, closed = poll_recv(s, 5 * SLOW)
            assert data and not closed, first
            first += data
        r = parse_raw_response(first)
        assert r.status == 200 and r.json["principal"] == "svc:short-lived", r
        assert time.time() < not_after, "the certificate expired before the first request"
        time.sleep(max(0.0, not_after - time.time()) + 1.5)
        s.sendall(req)
        # the answer, then the server closes the connection
        raw = read_until_close(s, 5 * SLOW)
    r = parse_raw_response(raw)
    assert r is not None and r.status == 401, raw
    assert r.error_code() == "client_cert_invalid", r
    assert "expired" in r.json["error"]["message"], r
    assert raw.count(b"HTTP/1.1") == 1, raw
    entries = [e for e in audit_entries(gw, decision="error")
               if e.get("cert_sha256") == sha256_of(crt)]
    assert len(entries) == 1, entries
    assert entries[0]["reason"] == "client_cert_invalid", entries
    assert entries[0]["client"] is None, entries
    assert tls_failures(gw).get("expired", 0) >= 1


# ------------------------------------------------ 15. handshake refusals, traced

CRL = {"tls": {"crl": "tls/crl.pem"}}


@pytest.mark.parametrize("name,reason,issuer", [
    ("revoked", "revoked", "CN=custos test CA"),
    ("foreign-client", "untrusted", "CN=foreign CA"),
])
def test_handshake_refusal_is_logged_counted_and_audited(start_gw, certs, name, reason,
                                                          issuer):
    gw = start_gw(overrides=CRL)
    before = tls_failures(gw).get(reason, 0)
    assert_refused(gw.attempt(cert=name))
    sha = certs.sha256(name)
    cn = "support-console" if name == "foreign-client" else name

    def logged():
        return [ln for ln in gw.log_lines()
                if ln.get("msg") == "tls handshake refused" and ln.get("cert_sha256") == sha]
    lines = wait_for(logged, 3)
    assert lines, gw.log_tail()
    ln = lines[0]
    assert ln["reason"] == reason and ln["peer"] == "127.0.0.1", ln
    assert ln["subject"] == f"CN={cn}" and ln["issuer"] == issuer, ln
    assert wait_for(lambda: tls_failures(gw).get(reason, 0) >= before + 1, 3)

    entries = wait_for(lambda: handshake_entries(gw, sha), 3)
    assert len(entries) == 1, entries
    e = entries[0]
    assert e["decision"] == "error" and e["reason"] == "client_cert_invalid", e
    assert e["tls_reason"] == reason and e["peer"] == "127.0.0.1", e
    assert e["cert_subject"] == f"CN={cn}" and e["cert_issuer"] == issuer, e
    assert e["count"] == 1 and e["subject"] is None and e["client"] is None, e


def test_repeated_refusals_of_one_certificate_are_coalesced(start_gw, certs):
    gw = start_gw(overrides={**CRL, "audit": {"export": "./audit.jsonl"}})
    sha = certs.sha256("revoked")
    n = 6
    for _ in range(n):
        assert_refused(gw.attempt(cert="revoked"))
    assert wait_for(lambda: tls_failures(gw).get("revoked", 0) >= n, 3), tls_failures(gw)
    assert wait_for(lambda: tls_failures(gw).get("custos_tls_refusals_coalesced_total", 0)
                    >= n - 1, 3), tls_failures(gw)
    assert len(wait_for(lambda: handshake_entries(gw, sha), 3)) == 1
    assert gw.stop() == 0
    # at shutdown, the window's summary: the other n-1 refusals in one entry
    lines = [json.loads(x) for x in (gw.dir / "audit.jsonl").read_text().splitlines()]
    mine = [e for e in lines if e.get("action") == "tls:handshake" and e["cert_sha256"] == sha]
    assert [e["count"] for e in mine] == [1, n - 1], mine
    assert mine[1]["summary"] is True and mine[1]["tls_reason"] == "revoked", mine


def test_plain_tcp_probes_are_not_counted_as_missing_certificates(start_gw, certs):
    gw = start_gw()
    before = tls_failures(gw)
    for _ in range(3):
        socket.create_connection(("127.0.0.1", gw.port), 5).close()
    grew = wait_for(lambda: tls_failures(gw).get("custos_connections_without_hello_total", 0)
                    >= before.get("custos_connections_without_hello_total", 0) + 3, 3)
    assert grew, tls_failures(gw)
    after = tls_failures(gw)
    assert after.get("no_certificate", 0) == before.get("no_certificate", 0), after
    assert after.get("handshake_failed", 0) == before.get("handshake_failed", 0), after
    # a TLS client without a certificate still is one
    att = gw.attempt(ctx=client_context(certs, None))
    assert_refused(att)
    assert wait_for(lambda: tls_failures(gw).get("no_certificate", 0)
                    >= before.get("no_certificate", 0) + 1, 3), tls_failures(gw)
