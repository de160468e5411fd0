"""sslscan (Debian sslscan, OpenSSL 3) judges the data listener of a real
gateway: no protocol below TLS 1.2, only AEAD ciphers with forward secrecy,
no Heartbleed, no insecure renegotiation, no compression, nothing sslscan
rates below "acceptable". sslscan can present a client certificate
(--certs/--pk), so it completes full handshakes and sees the TLS 1.2 suites
too; a second scan without one shows what an unauthenticated client sees."""

import signal
import subprocess
import time
import xml.etree.ElementTree as ET

from conftest import need

AEAD = ("GCM", "CHACHA20", "CCM")


def sslscan(gw, out, cert=None):
    args = [need("sslscan", "sslscan"), "--no-colour", "--show-sigs", f"--xml={out}"]
    if cert:
        args += [f"--certs={gw.certs.crt(cert)}", f"--pk={gw.certs.key(cert)}"]
    t0 = time.monotonic()
    # sslscan dies of SIGPIPE when the server closes first (it does, for a
    # refused client): run it with SIGPIPE ignored, as a shell would with trap.
    r = subprocess.run(args + [f"127.0.0.1:{gw.port}"], capture_output=True, text=True,
                       timeout=120, check=False, restore_signals=False,
                       preexec_fn=lambda: signal.signal(signal.SIGPIPE, signal.SIG_IGN))
    assert r.returncode == 0, f"sslscan exit {r.returncode}\n{r.stdout}\n{r.stderr}"
    return ET.parse(out).getroot().find("ssltest"), r.stdout, time.monotonic() - t0


def test_sslscan_finds_only_tls12_and_13_with_aead_forward_secret_ciphers(start_gw,
                                                                          tmp_path):
    gw = start_gw()
    root, text, took = sslscan(gw, tmp_path / "scan.xml", cert="support-console")
    protocols = {(p.get("type"), p.get("version")): p.get("enabled")
                 for p in root.iter("protocol")}
    assert protocols == {("ssl", "2"): "0", ("ssl", "3"): "0", ("tls", "1.0"): "0",
                         ("tls", "1.1"): "0", ("tls", "1.2"): "1", ("tls", "1.3"): "1"}, \
        protocols
    ciphers = [c.attrib for c in root.iter("cipher")]
    versions = {c["sslversion"] for c in ciphers}
    assert versions == {"TLSv1.2", "TLSv1.3"}, f"the scan saw no suite of some version:\n{text}"
    for c in ciphers:
        name = c["cipher"]
        assert any(a in name for a in AEAD), f"non-AEAD cipher {name}"
        assert c["sslversion"] == "TLSv1.3" or name.startswith(("ECDHE-", "DHE-")), \
            f"cipher without forward secrecy: {name}"
        assert c["strength"] in ("strong", "acceptable"), c
    for hb in root.iter("heartbleed"):
        assert hb.get("vulnerable") == "0", hb.attrib
    for reneg in root.iter("renegotiation"):
        assert reneg.get("supported") == "0" or reneg.get("secure") == "1", reneg.attrib
    for comp in root.iter("compression"):
        assert comp.get("supported") == "0", comp.attrib
    for g in root.iter("group"):
        assert int(g.get("bits")) >= 112, g.attrib
    key = root.find("certificate/pk")
    if key is not None:
        assert key.get("error") != "true", key.attrib
    print(f"sslscan with a client certificate: {len(ciphers)} suites "
          f"({', '.join(sorted({c['cipher'] for c in ciphers}))}), {took:.1f} s")


def test_sslscan_without_a_client_certificate_completes_no_tls12_handshake(start_gw,
                                                                           tmp_path):
    """What an unauthenticated client sees: the same protocols, and no TLS 1.2
    suite accepted, because the server refuses the handshake without a
    certificate. (In TLS 1.3 the client finishes before the server judges its
    certificate, so sslscan still lists those suites.)"""
    gw = start_gw()
    root, text, _took = sslscan(gw, tmp_path / "anon.xml")
    enabled = {p.get("version") for p in root.iter("protocol") if p.get("enabled") == "1"}
    assert enabled == {"1.2", "1.3"}, enabled
    tls12 = [c.get("cipher") for c in root.iter("cipher") if c.get("sslversion") == "TLSv1.2"]
    assert tls12 == [], f"TLS 1.2 handshakes completed without a client certificate: {tls12}"
    assert gw.get("/v1/whoami").status == 200
