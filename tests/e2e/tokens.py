"""tokens: Bearer tokens for the custos tests, the one module that mints them
(the end-to-end tests import it; tests/unit/mint_tokens.py, which writes the
token verifier's unit test cases and bench_jwt's tokens, does too).

Genuine tokens are minted by python3-jwt; hostile ones are built byte by byte
(python3-jwt refuses to make most of them). Keys: the issuer "corp" keys that
certs/gen.sh made (idp-rsa.key RSA-2048, idp-ec.key P-256), plus keys made
here for a JWKS issuer "jw" and for an attacker. Times are relative to now.
"""

import base64
import hashlib
import hmac
import json
import time

import jwt
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

CORP_ISS = "https://idp.example.test"
JW_ISS = "https://jwks.example.test"
AUD = "custos"

_ALGS = jwt.algorithms.get_default_algorithms()
_HASH = {"256": hashes.SHA256(), "384": hashes.SHA384(), "512": hashes.SHA512()}


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64u(s: str) -> bytes:
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def pub_pem(key) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)


def load_private(path):
    with open(path, "rb") as f:
        return serialization.load_pem_private_key(f.read(), password=None)


def new_rsa(bits=2048):
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def new_ec(curve=ec.SECP256R1):
    return ec.generate_private_key(curve())


def jwk_of(key, kid, alg=None, use="sig"):
    """Public JWK of a private key, with kid, use (and alg if given)."""
    algo = _ALGS["RS256"] if isinstance(key, rsa.RSAPrivateKey) else _ALGS["ES256"]
    d = json.loads(algo.to_jwk(key.public_key()))
    if isinstance(key, ec.EllipticCurvePrivateKey):
        # PyJWT 2.6 drops leading zero bytes of x and y (RFC 7518 wants the full
        # coordinate size, and custos insists): about 1 P-384 key in 140 was refused.
        size = (key.curve.key_size + 7) // 8
        nums = key.public_key().public_numbers()
        d["x"] = b64u(nums.x.to_bytes(size, "big"))
        d["y"] = b64u(nums.y.to_bytes(size, "big"))
    d["kid"] = kid
    d["use"] = use
    if alg:
        d["alg"] = alg
    return d


def jwks(*entries) -> bytes:
    """JWKS file bytes from (key, kid[, alg]) tuples."""
    return json.dumps({"keys": [jwk_of(*e) for e in entries]}).encode()


DROP = object()


def claims(iss=CORP_ISS, **over):
    """A payload that passes every check; keyword DROP removes a claim."""
    now = int(time.time())
    c = {"iss": iss, "sub": "alice", "aud": AUD, "exp": now + 3600, "iat": now - 10,
         "nbf": now - 10, "jti": f"j-{now}-{time.monotonic_ns()}", "groups": ["support", "eu"]}
    over.setdefault("iss", iss)
    for k, v in over.items():
        if v is DROP:
            c.pop(k, None)
        else:
            c[k] = v
    return c


def mint(payload, key, alg="RS256", **headers):
    """A genuine token (python3-jwt)."""
    return jwt.encode(payload, key, algorithm=alg, headers=headers or None)


def sign_raw(signing_input: bytes, key, alg: str) -> bytes:
    """JOSE signature of signing_input (RS*, ES* r||s, HS* with key bytes)."""
    h = _HASH[alg[2:]]
    if alg.startswith("HS"):
        return hmac.new(key, signing_input, getattr(hashlib, "sha" + alg[2:])).digest()
    if alg.startswith("RS"):
        return key.sign(signing_input, padding.PKCS1v15(), h)
    if alg.startswith("ES"):
        r, s = decode_dss_signature(key.sign(signing_input, ec.ECDSA(h)))
        n = (key.curve.key_size + 7) // 8
        return r.to_bytes(n, "big") + s.to_bytes(n, "big")
    raise ValueError(alg)


def raw(header, payload, key=None, alg=None, sig=None) -> str:
    """A hand-built token. header/payload: dict (compact JSON) or bytes/str
    (used as they are). The signature: sig bytes if given, else signed with
    key under alg (default header["alg"]), else empty."""
    hb = header if isinstance(header, (bytes, str)) else json.dumps(
        header, separators=(",", ":"))
    pb = payload if isinstance(payload, (bytes, str)) else json.dumps(
        payload, separators=(",", ":"))
    hb = hb.encode() if isinstance(hb, str) else hb
    pb = pb.encode() if isinstance(pb, str) else pb
    si = (b64u(hb) + "." + b64u(pb)).encode()
    if sig is None and key is not None:
        sig = sign_raw(si, key, alg or header["alg"])
    return si.decode() + "." + b64u(sig or b"")


def bearer(token):
    return {"Authorization": "Bearer " + token}
