"""Bearer tokens through the real gateway over mTLS (client svc:support-console).

One gateway for the module, with two issuers:
  corp  iss https://idp.example.test, key_file = idp-rsa.pub + idp-ec.pub (no kids),
        RS256 and ES256 pinned, groups_claim groups, leeway 30 s
  jw    iss https://jwks.example.test, jwks_file (kids rsa-1 RSA-2048, ec384-1 P-384),
        RS256, RS384 and ES384 pinned, groups_claim roles, leeway 0
[tokens] jwks_refresh_s = 0 so a rewritten JWKS is picked up by the next unknown kid.
[bootstrap] admins includes group:corp/admins (the group principal test).
Every refused token must give exactly its status and code, carry X-Decision-Id
(the refusal was recorded; [audit] export = audit.jsonl lets tests read entries),
and never appear in the gateway's log or audit.
"""

import json
import os
import re
import signal
import time

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

import tokens as T
from gw import Gateway, wait_for

SENT = []  # every token sent, for the log check at the end


class Keys:
    def __init__(self, certs):
        self.corp_rsa = T.load_private(certs.path("idp-rsa.key"))
        self.corp_ec = T.load_private(certs.path("idp-ec.key"))
        self.corp_rsa_pem = certs.path("idp-rsa.pub").read_bytes()
        self.jw_rsa = T.new_rsa()
        self.jw_ec384 = T.new_ec(ec.SECP384R1)
        self.jw_rsa2 = T.new_rsa()          # published later (rotation)
        self.evil_rsa = T.new_rsa()
        self.evil_ec = T.new_ec()

    def jwks_initial(self):
        return T.jwks((self.jw_rsa, "rsa-1"), (self.jw_ec384, "ec384-1"))

    def jwks_rotated(self):
        return T.jwks((self.jw_rsa, "rsa-1"), (self.jw_ec384, "ec384-1"),
                      (self.jw_rsa2, "rsa-2"))


@pytest.fixture(scope="module")
def keys(certs):
    return Keys(certs)


@pytest.fixture(scope="module")
def gw(custos, certs, keys, tmp_path_factory):
    both = certs.path("idp-rsa.pub").read_bytes() + certs.path("idp-ec.pub").read_bytes()
    g = Gateway(
        certs, tmp_path_factory.mktemp("tokens-gw"),
        overrides={
            "bootstrap": {"admins": "svc:admin-cli, group:corp/admins"},
            "issuer:corp": {"algorithms": "RS256, ES256", "key_file": "tls/idp-both.pub"},
            "issuer:jw": {"iss": T.JW_ISS, "audience": T.AUD,
                          "algorithms": "RS256, RS384, ES384", "jwks_file": "jwks.json",
                          "groups_claim": "roles", "leeway_s": "0"},
            "tokens": {"jwks_refresh_s": "0"},
            "audit": {"export": "./audit.jsonl"},
        },
        files={"tls/idp-both.pub": both, "jwks.json": keys.jwks_initial()})
    try:
        g.start()
        yield g
    finally:
        problem = g.finish()  # exit code and sanitizer reports
    if problem:
        pytest.fail(problem)


def call(gw, token, path="/v1/whoami", method="GET", body=None, raw_header=None):
    hdrs = {"Authorization": raw_header} if raw_header is not None else T.bearer(token)
    if token:
        SENT.append(token)
    return gw.request(method, path, body=body, headers=hdrs)


def assert_refused(r, status, code):
    assert (r.status, r.error_code()) == (status, code), r
    assert r.header("X-Decision-Id"), f"refusal not recorded: {r}"
    assert r.json["error"]["request_id"] == r.header("X-Request-Id")


def write_atomic(path, data):
    tmp = str(path) + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


# --------------------------------------------------------------- refused tokens

def _hs256_with_pem(k):
    return T.raw({"alg": "HS256", "typ": "JWT"}, T.claims(), key=k.corp_rsa_pem)


def _dup_sub(k):
    c = T.claims()
    body = ('{"iss":"%s","sub":"alice","aud":"custos","exp":%d,"sub":"admin"}'
            % (c["iss"], c["exp"]))
    return T.raw({"alg": "RS256"}, body, key=k.corp_rsa)


def _stripped(k):
    t = T.mint(T.claims(), k.corp_rsa)
    return t.rsplit(".", 1)[0] + "."


def _truncated(k):
    h, p, s = T.mint(T.claims(), k.corp_rsa).split(".")
    return f"{h}.{p}.{T.b64u(T.unb64u(s)[:-16])}"


def _flipped_bit(k):
    # the last character of a 256-byte signature carries 4 unused bits
    h, p, s = T.mint(T.claims(), k.corp_rsa).split(".")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    last = alphabet[alphabet.index(s[-1]) ^ 1]
    return f"{h}.{p}.{s[:-1]}{last}"


def _es256_zero(k):
    return T.raw({"alg": "ES256"}, T.claims(), sig=b"\0" * 64)


def _big(k):
    return T.mint(T.claims(pad="x" * 9 * 1024), k.corp_rsa)


def _bang(k):
    h, p, s = T.mint(T.claims(), k.corp_rsa).split(".")
    return f"{h}.{p[:10]}!{p[11:]}.{s}"


def _plus(k):
    h, p, s = T.mint(T.claims(), k.corp_rsa).split(".")
    return f"{h}.{p}.{s.replace('-', '+').replace('_', '/')}" if ("-" in s or "_" in s) \
        else f"{h}.{p}.+{s[1:]}"


def _padded(k):
    h, p, s = T.mint(T.claims(), k.corp_rsa).split(".")
    return f"{h}.{p}.{s}=="


def _attacker_header(k, **hdr):
    """Signed by the attacker's RSA key, advertising it in a header."""
    return T.raw({"alg": "RS256", **hdr}, T.claims(), key=k.evil_rsa)


CASES = {
    # name: (token builder, status, code)
    "alg_none": (lambda k: T.raw({"alg": "none"}, T.claims()), 401, "token_algorithm_rejected"),
    "alg_None": (lambda k: T.raw({"alg": "None"}, T.claims()), 401, "token_algorithm_rejected"),
    "alg_NONE": (lambda k: T.raw({"alg": "NONE"}, T.claims()), 401, "token_algorithm_rejected"),
    "alg_nOnE": (lambda k: T.raw({"alg": "nOnE"}, T.claims()), 401, "token_algorithm_rejected"),
    "alg_none_with_rsa_signature": (
        lambda k: T.raw({"alg": "none"}, T.claims(), key=k.corp_rsa, alg="RS256"),
        401, "token_algorithm_rejected"),
    "hs256_keyed_with_rsa_public_pem": (_hs256_with_pem, 401, "token_algorithm_rejected"),
    "alg_not_pinned_rs512": (lambda k: T.mint(T.claims(), k.corp_rsa, "RS512"),
                             401, "token_algorithm_rejected"),
    "rs256_signed_by_another_key": (lambda k: T.mint(T.claims(), k.evil_rsa),
                                    401, "token_signature_invalid"),
    "es256_signed_by_another_key": (lambda k: T.mint(T.claims(), k.evil_ec, "ES256"),
                                    401, "token_signature_invalid"),
    "unknown_kid_jwks_issuer": (
        lambda k: T.mint(T.claims(T.JW_ISS), k.evil_rsa, kid="rsa-9"),
        401, "token_key_unknown"),
    "path_like_kid": (
        lambda k: T.mint(T.claims(T.JW_ISS), k.jw_rsa, kid="../../../../etc/passwd"),
        401, "token_key_unknown"),
    "url_kid": (
        lambda k: T.mint(T.claims(T.JW_ISS), k.jw_rsa, kid="https://evil.test/k.pem"),
        401, "token_key_unknown"),
    "kid_of_other_key_type": (
        lambda k: T.mint(T.claims(T.JW_ISS), k.jw_rsa, "RS256", kid="ec384-1"),
        401, "token_algorithm_rejected"),
    "jku_attacker_key": (
        lambda k: _attacker_header(k, jku="https://evil.test/jwks.json"),
        401, "token_signature_invalid"),
    "x5u_attacker_key": (
        lambda k: _attacker_header(k, x5u="https://evil.test/cert.pem"),
        401, "token_signature_invalid"),
    "jwk_attacker_key_embedded": (
        lambda k: _attacker_header(k, jwk=T.jwk_of(k.evil_rsa, "evil")),
        401, "token_signature_invalid"),
    "jwk_attacker_key_and_kid_jwks_issuer": (
        lambda k: T.raw({"alg": "RS256", "kid": "evil", "jwk": T.jwk_of(k.evil_rsa, "evil")},
                        T.claims(T.JW_ISS), key=k.evil_rsa),
        401, "token_key_unknown"),
    "stripped_signature": (_stripped, 401, "token_signature_invalid"),
    "truncated_signature": (_truncated, 401, "token_signature_invalid"),
    "flipped_unused_signature_bit": (_flipped_bit, 401, "token_malformed"),
    "es256_r_s_zero": (_es256_zero, 401, "token_signature_invalid"),
    "expired": (lambda k: T.mint(T.claims(exp=int(time.time()) - 3600), k.corp_rsa),
                401, "token_expired"),
    "expired_beyond_leeway": (
        lambda k: T.mint(T.claims(exp=int(time.time()) - 45), k.corp_rsa),
        401, "token_expired"),
    "expired_zero_leeway_issuer": (
        lambda k: T.mint(T.claims(T.JW_ISS, exp=int(time.time()) - 5), k.jw_rsa, kid="rsa-1"),
        401, "token_expired"),
    "future_nbf": (lambda k: T.mint(T.claims(nbf=int(time.time()) + 3600), k.corp_rsa),
                   401, "token_not_yet_valid"),
    "future_iat": (lambda k: T.mint(T.claims(iat=int(time.time()) + 3600), k.corp_rsa),
                   401, "token_not_yet_valid"),
    "wrong_aud": (lambda k: T.mint(T.claims(aud="someone-else"), k.corp_rsa),
                  401, "token_audience_mismatch"),
    "aud_array_without_ours": (lambda k: T.mint(T.claims(aud=["a", "b"]), k.corp_rsa),
                               401, "token_audience_mismatch"),
    "missing_aud": (lambda k: T.mint(T.claims(aud=T.DROP), k.corp_rsa),
                    401, "token_audience_mismatch"),
    "wrong_iss": (lambda k: T.mint(T.claims("https://evil.test"), k.corp_rsa),
                  401, "token_issuer_unknown"),
    "missing_iss": (lambda k: T.mint(T.claims(iss=T.DROP), k.corp_rsa),
                    401, "token_claims_invalid"),
    "missing_sub": (lambda k: T.mint(T.claims(sub=T.DROP), k.corp_rsa),
                    401, "token_claims_invalid"),
    "numeric_sub": (lambda k: T.raw({"alg": "RS256"}, T.claims(sub=42), key=k.corp_rsa),
                    401, "token_claims_invalid"),
    "string_exp": (lambda k: T.raw({"alg": "RS256"}, T.claims(exp=str(int(time.time()) + 60)),
                                   key=k.corp_rsa),
                   401, "token_claims_invalid"),
    "missing_exp": (lambda k: T.mint(T.claims(exp=T.DROP), k.corp_rsa),
                    401, "token_claims_invalid"),
    "group_not_a_string": (lambda k: T.mint(T.claims(groups=["support", 7]), k.corp_rsa),
                           401, "token_claims_invalid"),
    "duplicated_sub_claim": (_dup_sub, 401, "token_malformed"),
    "duplicated_alg_header": (
        lambda k: T.raw('{"alg":"none","alg":"RS256"}', T.claims(), key=k.corp_rsa,
                        alg="RS256"),
        401, "token_malformed"),
    "token_9_kib": (_big, 401, "token_malformed"),
    "non_base64url_char": (_bang, 401, "token_malformed"),
    "plus_slash_alphabet": (_plus, 401, "token_malformed"),
    "padding": (_padded, 401, "token_malformed"),
    "four_segments": (lambda k: T.mint(T.claims(), k.corp_rsa) + ".e30", 401, "token_malformed"),
    "two_segments": (lambda k: T.mint(T.claims(), k.corp_rsa).rsplit(".", 1)[0],
                     401, "token_malformed"),
    "header_not_json": (lambda k: T.raw(b"not json", T.claims(), sig=b"x" * 256),
                        401, "token_malformed"),
    "payload_array": (lambda k: T.raw({"alg": "RS256"}, b"[1,2]", key=k.corp_rsa),
                      401, "token_malformed"),
    "trailing_json_junk": (
        lambda k: T.raw({"alg": "RS256"}, json.dumps(T.claims()) + "xx", key=k.corp_rsa),
        401, "token_malformed"),
    "crit_header": (lambda k: T.raw({"alg": "RS256", "crit": ["exp"]}, T.claims(),
                                    key=k.corp_rsa),
                    401, "token_header_unsupported"),
    # issue 9 item 6: exp + leeway near INT64_MAX overflowed (an abort under
    # SANITIZE=1, "expired" otherwise); NumericDates are bounded to 0..2^53
    "exp_int64_max": (lambda k: T.mint(T.claims(exp=2**63 - 1), k.corp_rsa),
                      401, "token_claims_invalid"),
    "exp_near_int64_max": (lambda k: T.mint(T.claims(exp=2**63 - 20), k.corp_rsa),
                           401, "token_claims_invalid"),
    "exp_above_2p53": (lambda k: T.mint(T.claims(exp=2**53 + 1), k.corp_rsa),
                       401, "token_claims_invalid"),
    "exp_negative": (lambda k: T.mint(T.claims(exp=-1), k.corp_rsa), 401, "token_claims_invalid"),
    "nbf_negative": (lambda k: T.mint(T.claims(nbf=-(2**63)), k.corp_rsa),
                     401, "token_claims_invalid"),
    "iat_int64_max": (lambda k: T.mint(T.claims(iat=2**63 - 1), k.corp_rsa),
                      401, "token_claims_invalid"),
    # issue 9 item 5: claims outside the principal grammar (control, invisible
    # or line-breaking characters) could be served but never revoked
    "sub_control_char": (lambda k: T.mint(T.claims(sub="ali\x01ce"), k.corp_rsa),
                         401, "token_claims_invalid"),
    "sub_line_separator": (lambda k: T.mint(T.claims(sub="ali\u2028ce"), k.corp_rsa),
                           401, "token_claims_invalid"),
    "group_newline": (lambda k: T.mint(T.claims(groups=["support", "ad\nmins"]), k.corp_rsa),
                      401, "token_claims_invalid"),
    "group_zero_width": (lambda k: T.mint(T.claims(groups=["ad\u200bmins"]), k.corp_rsa),
                         401, "token_claims_invalid"),
    "jti_escape_sequence": (lambda k: T.mint(T.claims(jti="j\x1b[2J"), k.corp_rsa),
                            401, "token_claims_invalid"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_token_is_refused_with_its_code(gw, keys, name):
    build, status, code = CASES[name]
    tok = build(keys)
    r = call(gw, tok)
    assert_refused(r, status, code)
    # the same token again (a refusal is never cached into an acceptance)
    assert_refused(call(gw, tok), status, code)


def test_token_over_8_kib_is_refused_before_parsing(gw):
    # not even a JWT shape: the size cap comes first
    tok = "a" * (8 * 1024 + 1)
    assert_refused(call(gw, tok), 401, "token_malformed")


def test_scheme_other_than_bearer_is_refused(gw, keys):
    tok = T.mint(T.claims(), keys.corp_rsa)
    assert_refused(call(gw, tok, raw_header="Basic " + tok), 401, "token_malformed")
    assert_refused(call(gw, None, raw_header="Basic YWxpY2U6c2VjcmV0"), 401, "token_malformed")
    assert_refused(call(gw, tok, raw_header="Token " + tok), 401, "token_malformed")


def test_empty_bearer_is_refused(gw):
    r = call(gw, None, raw_header="Bearer")
    assert_refused(r, 401, "token_malformed")


def test_leading_space_in_token_is_refused(gw, keys):
    tok = T.mint(T.claims(), keys.corp_rsa)
    assert_refused(call(gw, tok, raw_header="Bearer  " + tok), 401, "token_malformed")


def test_token_refusal_is_not_evaluated_further(gw, keys):
    # a refused token on a guarded route: 401, never 403 or a decision
    tok = T.mint(T.claims(exp=int(time.time()) - 3600, groups=["admins"]), keys.corp_rsa)
    assert_refused(call(gw, tok, path="/v1/revocations"), 401, "token_expired")
    r = call(gw, tok, path="/v1/authorize", method="POST",
             body={"action": "revocation:write"})
    assert_refused(r, 401, "token_expired")


# ----------------------------------------------------------------- valid tokens

def assert_identity(r, sub="alice", issuer="corp", groups=("support", "eu")):
    assert r.status == 200, r
    assert r.json["principal"] == "svc:support-console"
    assert r.json["subject"] == f"user:{issuer}/{sub}"
    assert r.json["kind"] == "user"
    assert r.json["groups"] == [f"group:{issuer}/{g}" for g in groups]


def test_valid_rs256_kidless_pem_key(gw, keys):
    assert_identity(call(gw, T.mint(T.claims(), keys.corp_rsa)))


def test_valid_es256_kidless_pem_key(gw, keys):
    assert_identity(call(gw, T.mint(T.claims(sub="bob"), keys.corp_ec, "ES256")), sub="bob")


def test_valid_rs384_jwks_kid(gw, keys):
    tok = T.mint(T.claims(T.JW_ISS, roles=["ops"], groups=T.DROP), keys.jw_rsa, "RS384",
                 kid="rsa-1")
    assert_identity(call(gw, tok), issuer="jw", groups=("ops",))


def test_valid_es384_jwks_kid(gw, keys):
    tok = T.mint(T.claims(T.JW_ISS, sub="carol", roles="oncall"), keys.jw_ec384, "ES384",
                 kid="ec384-1")
    assert_identity(call(gw, tok), sub="carol", issuer="jw", groups=("oncall",))


def test_valid_rs256_jwks_kid(gw, keys):
    tok = T.mint(T.claims(T.JW_ISS), keys.jw_rsa, "RS256", kid="rsa-1")
    assert_identity(call(gw, tok), issuer="jw", groups=())


def test_expired_inside_leeway_is_accepted(gw, keys):
    tok = T.mint(T.claims(exp=int(time.time()) - 10), keys.corp_rsa)
    assert_identity(call(gw, tok))


def test_nbf_inside_leeway_is_accepted(gw, keys):
    tok = T.mint(T.claims(nbf=int(time.time()) + 10), keys.corp_rsa)
    assert_identity(call(gw, tok))


def test_lowercase_bearer_scheme_is_accepted(gw, keys):
    tok = T.mint(T.claims(), keys.corp_rsa)
    assert_identity(call(gw, tok, raw_header="bearer " + tok))


def test_genuine_token_with_jku_still_verifies(gw, keys):
    tok = T.mint(T.claims(), keys.corp_rsa, jku="https://evil.test/jwks.json")
    assert_identity(call(gw, tok))


def test_authorize_decides_for_the_token_subject(gw, keys):
    tok = T.mint(T.claims(groups=["support"]), keys.corp_rsa)
    r = call(gw, tok, path="/v1/authorize", method="POST",
             body={"action": "revocation:write"})
    assert r.status == 200, r
    assert r.json["decision"] == "deny"
    seq = int(r.header("X-Decision-Id"))
    assert seq == r.json["decision_id"] > 0
    e = audit_entry(gw, seq)
    assert (e["subject"], e["client"], e["action"], e["decision"]) == (
        "user:corp/alice", "svc:support-console", "revocation:write", "deny"), e


def audit_entry(gw, seq):
    for line in (gw.dir / "audit.jsonl").read_text().splitlines():
        e = json.loads(line)
        if e["seq"] == seq:
            return e
    raise AssertionError(f"no audit entry {seq}")


def test_refused_token_is_recorded_with_its_code(gw, keys):
    tok = T.mint(T.claims(aud="other"), keys.corp_rsa)
    r = call(gw, tok, path="/v1/authorize", method="POST", body={"action": "authorize"})
    assert_refused(r, 401, "token_audience_mismatch")
    e = audit_entry(gw, int(r.header("X-Decision-Id")))
    assert (e["decision"], e["reason"], e["subject"], e["client"]) == (
        "error", "token_audience_mismatch", "svc:support-console", "svc:support-console"), e


def test_group_claim_becomes_group_principal_with_its_roles(gw, keys):
    # [bootstrap] admins lists group:corp/admins: a member holds role admin
    admin = T.mint(T.claims(sub="dana", groups=["admins"]), keys.corp_rsa)
    r = call(gw, admin, path="/v1/authorize", method="POST",
             body={"action": "revocation:write"})
    assert r.status == 200 and r.json["decision"] == "allow", r
    r = call(gw, admin, path="/v1/revocations")
    assert r.status == 200, r
    assert r.header("X-Decision-Id")
    # same name in another issuer's groups is another principal
    other = T.mint(T.claims(T.JW_ISS, sub="dana", roles=["admins"]), keys.jw_rsa, kid="rsa-1")
    r = call(gw, other, path="/v1/revocations")
    assert (r.status, r.error_code()) == (403, "forbidden"), r
    # and the certificate's own admin rights do not leak to a token's user
    plain = T.mint(T.claims(sub="erin", groups=["support"]), keys.corp_rsa)
    r = call(gw, plain, path="/v1/revocations")
    assert (r.status, r.error_code()) == (403, "forbidden"), r
    assert r.header("X-Decision-Id")


def metric(gw, name):
    text = gw.ops_get("/metrics").body.decode()
    m = re.search(rf"^{re.escape(name)} (\d+)", text, re.M)
    assert m, f"{name} not in /metrics"
    return int(m.group(1))


def test_same_token_twice_hits_the_cache(gw, keys):
    tok = T.mint(T.claims(sub="frank"), keys.corp_rsa)
    assert_identity(call(gw, tok), sub="frank")
    hits = metric(gw, "custos_token_cache_hits_total")
    assert_identity(call(gw, tok), sub="frank")
    assert metric(gw, "custos_token_cache_hits_total") == hits + 1


# ------------------------------------------------------------ rotation, reload

def test_key_rotation_without_restart(gw, keys):
    tok = T.mint(T.claims(T.JW_ISS, sub="gina"), keys.jw_rsa2, "RS384", kid="rsa-2")
    assert_refused(call(gw, tok), 401, "token_key_unknown")
    write_atomic(gw.dir / "jwks.json", keys.jwks_rotated())
    assert_identity(call(gw, tok), sub="gina", issuer="jw", groups=())
    # the old keys still verify
    old = T.mint(T.claims(T.JW_ISS), keys.jw_ec384, "ES384", kid="ec384-1")
    assert_identity(call(gw, old), issuer="jw", groups=())


def _hup_and_wait(gw, text):
    before = gw.log_text().count(text)
    gw.signal(signal.SIGHUP)
    assert wait_for(lambda: gw.log_text().count(text) > before, 5), gw.log_tail()


def test_sighup_with_broken_key_file_keeps_old_keys(gw, keys):
    pem = gw.dir / "tls" / "idp-both.pub"
    good = pem.read_bytes()
    rs = T.mint(T.claims(sub="hal"), keys.corp_rsa)
    assert_identity(call(gw, rs), sub="hal")
    try:
        write_atomic(pem, b"-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----\n")
        _hup_and_wait(gw, "issuer key reload failed")
        assert gw.alive()
        # old keys stay: a cached token, a fresh RS256 and a fresh ES256 one
        assert_identity(call(gw, rs), sub="hal")
        assert_identity(call(gw, T.mint(T.claims(sub="ivy"), keys.corp_rsa)), sub="ivy")
        assert_identity(call(gw, T.mint(T.claims(sub="jo"), keys.corp_ec, "ES256")), sub="jo")
        # an empty file is refused the same way
        write_atomic(pem, b"")
        _hup_and_wait(gw, "issuer key reload failed")
        assert_identity(call(gw, T.mint(T.claims(sub="kim"), keys.corp_rsa)), sub="kim")
    finally:
        write_atomic(pem, good)
        _hup_and_wait(gw, "reloaded token issuer keys")
    assert_identity(call(gw, T.mint(T.claims(sub="lee"), keys.corp_rsa)), sub="lee")


def test_sighup_drops_a_removed_key_even_for_a_cached_token(gw, keys):
    jw = gw.dir / "jwks.json"
    tok = T.mint(T.claims(T.JW_ISS, sub="max"), keys.jw_rsa2, "RS384", kid="rsa-2")
    write_atomic(jw, keys.jwks_rotated())
    assert_identity(call(gw, tok), sub="max", issuer="jw", groups=())
    assert_identity(call(gw, tok), sub="max", issuer="jw", groups=())  # cached now
    write_atomic(jw, keys.jwks_initial())
    _hup_and_wait(gw, "reloaded token issuer keys")
    assert_refused(call(gw, tok), 401, "token_key_unknown")


def test_jwks_refresh_drops_a_removed_key_even_for_a_cached_token(gw, keys):
    # No SIGHUP: a JWKS re-read (triggered by an unknown kid) that no longer
    # holds rsa-2 must also end the cached verification of a token it signed.
    jw = gw.dir / "jwks.json"
    tok = T.mint(T.claims(T.JW_ISS, sub="ned"), keys.jw_rsa2, "RS384", kid="rsa-2")
    write_atomic(jw, keys.jwks_rotated())
    assert_identity(call(gw, tok), sub="ned", issuer="jw", groups=())
    assert_identity(call(gw, tok), sub="ned", issuer="jw", groups=())  # cached now
    write_atomic(jw, keys.jwks_initial())
    stranger = T.mint(T.claims(T.JW_ISS, sub="oz"), keys.jw_rsa2, "RS384", kid="nobody")
    assert_refused(call(gw, stranger), 401, "token_key_unknown")  # makes it re-read
    assert_refused(call(gw, tok), 401, "token_key_unknown")


# -------------------------------------------------------------------- the log

def test_log_never_contains_a_token(gw):
    assert SENT, "no token was sent"
    log = gw.log_text()
    audit = (gw.dir / "audit.jsonl").read_text()
    assert "token" in log  # refusals are logged (by reason code)
    for tok in SENT:
        # the whole token, and its signature segment (where there is one)
        assert tok not in log and tok not in audit
        parts = tok.split(".")
        if len(parts) == 3 and len(parts[2]) >= 40:
            assert parts[2] not in log and parts[2] not in audit
