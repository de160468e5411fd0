#!/usr/bin/python3
"""Mint keys and test tokens for tests/unit/jwt/test_jwt_verify.c and bench_jwt.

Usage: /usr/bin/python3 mint_tokens.py OUTDIR

Writes into OUTDIR:
  corp.jwks.json            issuer "corp": rsa-1 (RSA-2048), ec256-1, ec384-1, and an
                            encryption-only key (use=enc) that must be skipped
  corp-rotated.jwks.json    the same plus rsa-2 (key rotation)
  corp-rsa.pub.pem          public PEM of rsa-1 (its bytes are the HS256 confusion secret)
  corp-ec256.pub.pem        public PEM of ec256-1
  partner.pem               issuer "partner": PUBLIC KEY blocks (RSA-2048, EC P-384, EC P-521)
  corp-rsa.cert.pem         rsa-1 in a self-signed CERTIFICATE
  corp-rsa.pkcs1.pem        rsa-1 as an RSA PUBLIC KEY (PKCS#1) block
  <case>.jwt                one token per case (raw bytes, no newline); cnf_* cases
                            carry RFC 8705 confirmations (checked by jwtv_check_binding)
  cases.json                {case: "ok" | expected reason code}
Token times are relative to the moment the script runs. Keys, claims and
signatures come from tests/e2e/tokens.py, the one token module of the tests.
"""
import base64
import datetime
import hashlib
import hmac
import json
import os
import sys
import time

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import NameOID

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e"))
import tokens as T  # noqa: E402  (the one token module of the tests)

CORP = T.CORP_ISS
PARTNER = "https://partner.example.test"
AUD = T.AUD
NOW = int(time.time())
P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
b64u, pub_pem, jwk_of, DROP = T.b64u, T.pub_pem, T.jwk_of, T.DROP


def claims(**over):
    """tokens.claims with the jti and the clock of this run."""
    over.setdefault("jti", "j-" + str(NOW))
    # every time claim relative to NOW, the instant the test checks them at
    over.setdefault("exp", NOW + 3600)
    over.setdefault("iat", NOW - 10)
    over.setdefault("nbf", NOW - 10)
    return T.claims(**over)


def enc(payload, key, alg="RS256", **headers):
    """A valid token minted by python3-jwt."""
    return T.mint(payload, key, alg, **headers).encode()


def raw(header_bytes: bytes, payload_bytes: bytes, key=None, alg="RS256") -> bytes:
    """A hand-built token over exact header/payload bytes (signed if key)."""
    return T.raw(header_bytes, payload_bytes, key=key, alg=alg).encode()


def hdr(alg="RS256", **extra):
    h = {"alg": alg, "typ": "JWT"}
    h.update(extra)
    return json.dumps(h).encode()


def pay(**over):
    return json.dumps(claims(**over)).encode()


def self_signed(key, cn="attacker"):
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    t = datetime.datetime.utcnow()
    return (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1)
            .not_valid_before(t - datetime.timedelta(days=1))
            .not_valid_after(t + datetime.timedelta(days=1))
            .sign(key, hashes.SHA256()))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rsa1 = rsa.generate_private_key(65537, 2048)
    rsa2 = rsa.generate_private_key(65537, 2048)       # rotation
    rsa_enc = rsa.generate_private_key(65537, 2048)    # use=enc, skipped
    partner_rsa = rsa.generate_private_key(65537, 2048)
    attacker = rsa.generate_private_key(65537, 2048)
    ec256 = ec.generate_private_key(ec.SECP256R1())
    ec384 = ec.generate_private_key(ec.SECP384R1())
    partner_ec384 = ec.generate_private_key(ec.SECP384R1())
    partner_ec521 = ec.generate_private_key(ec.SECP521R1())

    keys = [jwk_of(rsa1, "rsa-1"), jwk_of(ec256, "ec256-1", alg="ES256"),
            jwk_of(ec384, "ec384-1"), jwk_of(rsa_enc, "enc-1", use="enc")]
    # The clock the token times are relative to: the test checks the time
    # cases at this instant, so a slow key generation under load cannot move
    # a within-leeway case past its leeway.
    with open(os.path.join(out, "minted_at"), "w") as f:
        f.write("%d\n" % NOW)
    with open(os.path.join(out, "corp.jwks.json"), "w") as f:
        json.dump({"keys": keys}, f, indent=1)
    with open(os.path.join(out, "corp-rotated.jwks.json"), "w") as f:
        json.dump({"keys": keys + [jwk_of(rsa2, "rsa-2")]}, f, indent=1)
    corp_pem = pub_pem(rsa1)
    with open(os.path.join(out, "corp-rsa.pub.pem"), "wb") as f:
        f.write(corp_pem)
    with open(os.path.join(out, "corp-ec256.pub.pem"), "wb") as f:
        f.write(pub_pem(ec256))
    with open(os.path.join(out, "partner.pem"), "wb") as f:
        f.write(pub_pem(partner_rsa) + pub_pem(partner_ec384) + pub_pem(partner_ec521))
    # rsa-1 as other PEM spellings a key_file may use
    with open(os.path.join(out, "corp-rsa.cert.pem"), "wb") as f:
        f.write(self_signed(rsa1, "idp").public_bytes(serialization.Encoding.PEM))
    with open(os.path.join(out, "corp-rsa.pkcs1.pem"), "wb") as f:
        f.write(rsa1.public_key().public_bytes(serialization.Encoding.PEM,
                                               serialization.PublicFormat.PKCS1))

    k1 = {"kid": "rsa-1"}
    cases = {}

    def add(name, token, expect):
        assert name not in cases, name
        cases[name] = expect
        with open(os.path.join(out, name + ".jwt"), "wb") as f:
            f.write(token)

    valid = enc(claims(), rsa1, **k1)
    # ---- accepted
    add("valid_rs256", valid, "ok")
    add("valid_rs384", enc(claims(), rsa1, "RS384", **k1), "ok")
    add("valid_ps256", enc(claims(), rsa1, "PS256", **k1), "ok")
    add("valid_es256", enc(claims(), ec256, "ES256", kid="ec256-1"), "ok")
    add("valid_es384", enc(claims(), ec384, "ES384", kid="ec384-1"), "ok")
    add("valid_rs256_without_kid", enc(claims(), rsa1), "ok")
    add("partner_rs256_pem", enc(claims(iss=PARTNER, roles=["ops"]), partner_rsa), "ok")
    add("partner_es384_second_pem_key", enc(claims(iss=PARTNER), partner_ec384, "ES384"), "ok")
    add("partner_es512_third_pem_key", enc(claims(iss=PARTNER), partner_ec521, "ES512"), "ok")
    add("partner_kid_ignored_for_pem_keys", enc(claims(iss=PARTNER), partner_rsa, kid="any"), "ok")
    add("expired_within_leeway", enc(claims(exp=NOW - 10), rsa1, **k1), "ok")
    add("nbf_within_leeway", enc(claims(nbf=NOW + 10), rsa1, **k1), "ok")
    add("aud_array_containing_ours", enc(claims(aud=["other", AUD]), rsa1, **k1), "ok")
    add("exp_as_real_number", enc(claims(exp=NOW + 3600.5), rsa1, **k1), "ok")
    add("groups_single_string", enc(claims(groups="support"), rsa1, **k1), "ok")
    add("nesting_depth_8", enc(claims(x=[[[[[[[1]]]]]]]), rsa1, **k1), "ok")
    add("jku_header_ignored_with_our_key",
        enc(claims(), rsa1, jku="https://evil.example/jwks.json", **k1), "ok")
    add("key_rotation_new_kid", enc(claims(), rsa2, kid="rsa-2"), "ok")
    # RFC 8705 cnf: every one verifies; jwtv_check_binding decides (the
    # "certificates" are SHA-256("cert-a") and SHA-256("cert-b"))
    x5t_a = b64u(hashlib.sha256(b"cert-a").digest())
    add("cnf_bound_to_cert_a", enc(claims(cnf={"x5t#S256": x5t_a}), rsa1, **k1), "ok")
    add("cnf_jkt_only", enc(claims(cnf={"jkt": x5t_a}), rsa1, **k1), "ok")
    add("cnf_not_an_object", enc(claims(cnf=x5t_a), rsa1, **k1), "ok")
    add("cnf_null", enc(claims(cnf=None), rsa1, **k1), "ok")
    add("cnf_x5t_padded", enc(claims(cnf={"x5t#S256": x5t_a + "="}), rsa1, **k1), "ok")
    add("cnf_x5t_short", enc(claims(cnf={"x5t#S256": x5t_a[:-1]}), rsa1, **k1), "ok")
    add("cnf_x5t_std_alphabet", enc(claims(cnf={"x5t#S256": base64.b64encode(
        hashlib.sha256(b"cert-a").digest()).decode()}), rsa1, **k1), "ok")
    add("cnf_x5t_number", enc(claims(cnf={"x5t#S256": 1}), rsa1, **k1), "ok")

    # ---- algorithm
    for spelling in ("none", "None", "NONE", "nOnE"):
        add("alg_" + spelling, raw(hdr(spelling), pay()), "token_algorithm_rejected")
    add("alg_none_with_signature", raw(hdr("none"), pay()) + b"AAAA", "token_algorithm_rejected")
    si = (b64u(hdr("HS256", kid="rsa-1")) + "." + b64u(pay())).encode()
    add("hs256_keyed_with_rsa_public_pem",
        si + b"." + b64u(hmac.new(corp_pem, si, hashlib.sha256).digest()).encode(),
        "token_algorithm_rejected")
    add("alg_not_pinned_for_issuer", enc(claims(iss=PARTNER), partner_rsa, "RS384"),
        "token_algorithm_rejected")
    add("kid_of_ec_key_with_rs256", enc(claims(), rsa1, kid="ec256-1"), "token_algorithm_rejected")
    add("alg_differs_from_jwk_alg", enc(claims(), ec256, "ES384", kid="ec256-1"),
        "token_algorithm_rejected")
    add("alg_missing", raw(json.dumps({"typ": "JWT"}).encode(), pay(), rsa1), "token_malformed")
    # ---- keys
    add("rs256_signed_by_other_issuers_key", enc(claims(), partner_rsa, **k1),
        "token_signature_invalid")
    add("rs256_other_key_without_kid", enc(claims(), partner_rsa), "token_signature_invalid")
    add("unknown_kid", enc(claims(), rsa1, kid="rsa-99"), "token_key_unknown")
    add("path_like_kid", enc(claims(), rsa1, kid="../../etc/passwd"), "token_key_unknown")
    add("kid_of_encryption_key", enc(claims(), rsa_enc, kid="enc-1"), "token_key_unknown")
    add("kid_not_a_string", raw(hdr(kid=7), pay(), rsa1), "token_malformed")
    add("kid_too_long", enc(claims(), rsa1, kid="k" * 300), "token_malformed")
    atk_jwk = jwk_of(attacker, "attacker")
    add("jku_to_attacker_key", enc(claims(), attacker, jku="https://evil.example/jwks.json"),
        "token_signature_invalid")
    add("x5u_to_attacker_key", enc(claims(), attacker, x5u="https://evil.example/cert.pem"),
        "token_signature_invalid")
    add("jwk_embedded_attacker_key", enc(claims(), attacker, jwk=atk_jwk),
        "token_signature_invalid")
    add("jwk_embedded_attacker_key_and_kid", enc(claims(), attacker, jwk=atk_jwk, kid="attacker"),
        "token_key_unknown")
    cert = self_signed(attacker).public_bytes(serialization.Encoding.DER)
    add("x5c_attacker_certificate", enc(claims(), attacker, x5c=[base64.b64encode(cert).decode()]),
        "token_signature_invalid")
    # ---- signatures
    h, p, s = valid.split(b".")
    add("stripped_signature", h + b"." + p + b".", "token_signature_invalid")
    sig = base64.urlsafe_b64decode(s + b"=" * (-len(s) % 4))
    add("truncated_signature", h + b"." + p + b"." + b64u(sig[:-10]).encode(),
        "token_signature_invalid")
    add("flipped_signature_byte", h + b"." + p + b"." + b64u(bytes([sig[0] ^ 1]) + sig[1:]).encode(),
        "token_signature_invalid")
    e_si = (b64u(hdr("ES256", kid="ec256-1")) + "." + b64u(pay())).encode()
    add("es256_r_s_zero", e_si + b"." + b64u(bytes(64)).encode(), "token_signature_invalid")
    order = P256_ORDER.to_bytes(32, "big")
    add("es256_r_s_equal_order", e_si + b"." + b64u(order + order).encode(),
        "token_signature_invalid")
    der = ec256.sign(e_si, ec.ECDSA(hashes.SHA256()))
    add("es256_der_instead_of_jose", e_si + b"." + b64u(der).encode(), "token_signature_invalid")
    r, s_ = decode_dss_signature(der)
    good_es = e_si + b"." + b64u(r.to_bytes(32, "big") + s_.to_bytes(32, "big")).encode()
    add("es256_hand_built_jose_signature", good_es, "ok")
    # ---- time
    add("expired", enc(claims(exp=NOW - 3600), rsa1, **k1), "token_expired")
    add("expired_beyond_leeway", enc(claims(exp=NOW - 120), rsa1, **k1), "token_expired")
    add("partner_expired_zero_leeway", enc(claims(iss=PARTNER, exp=NOW - 2), partner_rsa),
        "token_expired")
    add("nbf_in_future", enc(claims(nbf=NOW + 600), rsa1, **k1), "token_not_yet_valid")
    add("iat_in_future", enc(claims(iat=NOW + 600), rsa1, **k1), "token_not_yet_valid")
    # ---- claims
    add("wrong_aud", enc(claims(aud="someone-else"), rsa1, **k1), "token_audience_mismatch")
    add("missing_aud", enc(claims(aud=DROP), rsa1, **k1), "token_audience_mismatch")
    add("aud_array_without_ours", enc(claims(aud=["a", "b"]), rsa1, **k1), "token_audience_mismatch")
    add("aud_number", raw(hdr(**k1), pay(aud=5), rsa1), "token_claims_invalid")
    add("wrong_iss", enc(claims(iss="https://evil.example"), rsa1, **k1), "token_issuer_unknown")
    add("missing_iss", enc(claims(iss=DROP), rsa1, **k1), "token_claims_invalid")
    add("missing_sub", enc(claims(sub=DROP), rsa1, **k1), "token_claims_invalid")
    add("empty_sub", enc(claims(sub=""), rsa1, **k1), "token_claims_invalid")
    add("sub_too_long", enc(claims(sub="a" * 300), rsa1, **k1), "token_claims_invalid")
    add("sub_number", raw(hdr(**k1), pay(sub=42), rsa1), "token_claims_invalid")
    add("string_exp", raw(hdr(**k1), pay(exp=str(NOW + 3600)), rsa1), "token_claims_invalid")
    add("missing_exp", enc(claims(exp=DROP), rsa1, **k1), "token_claims_invalid")
    add("null_exp", raw(hdr(**k1), pay(exp=None), rsa1), "token_claims_invalid")
    add("groups_with_number", enc(claims(groups=["a", 5]), rsa1, **k1), "token_claims_invalid")
    add("too_many_groups", enc(claims(groups=["g%d" % i for i in range(65)]), rsa1, **k1),
        "token_claims_invalid")
    add("jti_number", raw(hdr(**k1), pay(jti=5), rsa1), "token_claims_invalid")
    # ---- issue 9 item 5: sub, groups and jti follow the principal grammar
    # (policy.h): values the revocation API and bindings could never name
    # are refused, not accepted
    for name, bad in (("ctrl", "ali\x01ce"), ("newline", "ali\nce"), ("esc", "a\x1b[31m"),
                      ("del", "ali\x7fce"), ("nel", "ali\u0085ce"), ("lsep", "ali\u2028ce"),
                      ("zwsp", "ali\u200bce"), ("rlo", "ali\u202ece"), ("bom", "\ufeffalice"),
                      ("nbsp", "ali\u00a0ce"), ("lead_space", " alice"),
                      ("trail_space", "alice ")):
        add("sub_" + name, enc(claims(sub=bad), rsa1, **k1), "token_claims_invalid")
        add("group_" + name, enc(claims(groups=["support", bad]), rsa1, **k1),
            "token_claims_invalid")
        add("jti_" + name, enc(claims(jti=bad), rsa1, **k1), "token_claims_invalid")
    add("utf8_and_inner_space", enc(claims(jti="zo\u00eb b", groups=["Sales EMEA", "/a/b"]),
                                    rsa1, **k1), "ok")
    # ---- issue 9 item 6: NumericDate is 0..2^53; near INT64_MAX, exp + leeway
    # overflowed (undefined behaviour, an abort under UBSan)
    I64 = 2**63 - 1
    add("exp_int64_max", enc(claims(exp=I64), rsa1, **k1), "token_claims_invalid")
    add("exp_near_int64_max", enc(claims(exp=I64 - 10), rsa1, **k1), "token_claims_invalid")
    add("exp_above_2p53", enc(claims(exp=2**53 + 1), rsa1, **k1), "token_claims_invalid")
    add("exp_at_2p53", enc(claims(exp=2**53), rsa1, **k1), "ok")
    add("exp_negative", enc(claims(exp=-1), rsa1, **k1), "token_claims_invalid")
    add("exp_real_huge", raw(hdr(**k1), pay(exp=1e300), rsa1), "token_claims_invalid")
    add("nbf_negative", enc(claims(nbf=-5), rsa1, **k1), "token_claims_invalid")
    add("nbf_int64_min", enc(claims(nbf=-2**63), rsa1, **k1), "token_claims_invalid")
    add("iat_int64_max", enc(claims(iat=I64), rsa1, **k1), "token_claims_invalid")
    # ---- shape and encoding
    body = pay()[:-1] + b', "sub": "admin"}'
    add("duplicated_sub_claim", raw(hdr(**k1), body, rsa1), "token_malformed")
    add("duplicated_alg_header", raw(b'{"alg":"RS256","kid":"rsa-1","alg":"none"}', pay(), rsa1),
        "token_malformed")
    add("token_9_kib", enc(claims(pad="x" * 6400), rsa1, **k1), "token_malformed")
    add("empty_token", b"", "token_missing")
    add("non_base64url_chars", h + b"." + p[:10] + b"!" + p[11:] + b"." + s, "token_malformed")
    add("padding_equals", valid + b"=" * (-len(s) % 4 or 2), "token_malformed")
    std = base64.b64encode(sig).rstrip(b"=")
    n = 0
    while b"+" not in std and b"/" not in std:  # a signature that differs in this alphabet
        n += 1
        t = enc(claims(jti="alphabet-%d" % n), rsa1, **k1)
        h2, p2, s2 = t.split(b".")
        sig2 = base64.urlsafe_b64decode(s2 + b"=" * (-len(s2) % 4))
        std, h, p = base64.b64encode(sig2).rstrip(b"="), h2, p2
    add("plus_slash_alphabet", h + b"." + p + b"." + std, "token_malformed")
    h, p, s = valid.split(b".")
    alpha = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    last = alpha[alpha.index(s[-1:]) ^ 1:alpha.index(s[-1:]) ^ 1 + 1]
    add("noncanonical_unused_bits", h + b"." + p + b"." + s[:-1] + last, "token_malformed")
    add("two_segments", h + b"." + p, "token_malformed")
    add("four_segments", valid + b"." + s, "token_malformed")
    add("leading_space", b" " + valid, "token_malformed")
    add("trailing_junk_json", raw(hdr(**k1), pay() + b"xyz", rsa1), "token_malformed")
    add("trailing_second_object", raw(hdr(**k1), pay() + b"{}", rsa1), "token_malformed")
    add("payload_is_array", raw(hdr(**k1), b"[1,2]", rsa1), "token_malformed")
    add("header_not_json", raw(b"RS256", pay(), rsa1), "token_malformed")
    deep = b'{"iss":"%s","sub":"a","aud":"custos","exp":%d,"x":%s1%s}' % (
        CORP.encode(), NOW + 3600, b"[" * 40, b"]" * 40)
    add("deeply_nested_payload", raw(hdr(**k1), deep, rsa1), "token_malformed")
    add("crit_header", enc(claims(), rsa1, crit=["exp"], **k1), "token_header_unsupported")

    with open(os.path.join(out, "cases.json"), "w") as f:
        json.dump(cases, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
