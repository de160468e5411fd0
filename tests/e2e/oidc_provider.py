"""oidc_provider: a local OpenID provider over HTTPS for the custos e2e tests.

Each Provider makes its OWN CA (python3-cryptography; never the gateway's
client CA) and a server certificate for 127.0.0.1 and localhost, and serves,
under its issuer URL https://127.0.0.1:PORT/realms/test:

  GET /realms/test/.well-known/openid-configuration   {"issuer": ..., "jwks_uri": ...}
  GET /realms/test/certs                              the JWKS
  GET /realms/test/redirect-same                      302 to .../certs on 127.0.0.1 (same origin)
  GET /realms/test/redirect-other                     302 to .../certs on localhost (another host)

Knobs (thread-safe, take effect on the next request): set_keys() rotates the
JWKS, jwks_body serves raw bytes instead (malformed, oversized, private
members), status answers the JWKS with another status, cache_control sets
that header, issuer overrides the discovery "issuer", hang makes every
request wait (until release() or stop), down()/up() stop and restart
listening on the same port. count(path) tells how many requests a path got.
Standard library plus python3-cryptography only.
"""

import datetime
import http.server
import ipaddress
import json
import socket
import ssl
import threading
import time
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

import tokens as T

REALM = "/realms/test"


def make_ca_and_server_cert(directory, name="provider"):
    """Writes DIR/NAME-ca.crt and DIR/NAME.crt/.key (P-256); returns their paths."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{name} test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - datetime.timedelta(minutes=5))
          .not_valid_after(now + datetime.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False,
                                       key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, key_cert_sign=True, crl_sign=True,
                                       encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
            .issuer_name(ca_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([
                x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = (d / f"{name}-ca.crt", d / f"{name}.crt", d / f"{name}.key")
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return paths


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, addr, handler, ctx, provider):
        self.ctx = ctx
        self.provider = provider
        super().__init__(addr, handler)

    def handle_error(self, request, client_address):
        pass  # refused handshakes are what some tests provoke; they assert on the gateway

    def get_request(self):
        sock, addr = self.socket.accept()
        # the handshake happens in the handler's thread, not in the accept loop
        return self.ctx.wrap_socket(sock, server_side=True, do_handshake_on_connect=False), addr


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # one request per connection: down() leaves none open

    def setup(self):
        super().setup()
        self.request.settimeout(10)
        try:
            self.request.do_handshake()
        except (ssl.SSLError, OSError):
            self.close_connection = True
            raise

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 (http.server's name)
        self.server.provider._serve(self)

    def do_POST(self):  # noqa: N802
        self.server.provider._serve_token(self)


class Provider:
    """An OpenID provider on 127.0.0.1 (see the module doc)."""

    def __init__(self, workdir, name="provider"):
        self.dir = Path(workdir)
        self.ca_path, self.cert_path, self.key_path = make_ca_and_server_cert(self.dir, name)
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(str(self.cert_path), str(self.key_path))
        self.lock = threading.Lock()
        self.counts = {}
        self.keys = []            # (private key, kid[, alg]) published in the JWKS
        self.jwks_body = None     # raw bytes to serve instead of the keys
        self.status = 200
        self.cache_control = None
        self.issuer = None        # discovery "issuer" override
        self.jwks_uri = None      # discovery "jwks_uri" override
        self.hang = False
        self.token_response = (400, {"error": "invalid_grant"})  # POST .../token answers this
        self.token_requests = []  # (headers, form) of each POST .../token
        self.released = threading.Event()
        self.server = None
        self.thread = None
        self.port = 0
        self._bind()

    # ---- addresses

    @property
    def base(self):
        return f"https://127.0.0.1:{self.port}"

    @property
    def iss(self):
        return self.base + REALM

    @property
    def discovery_url(self):
        return self.iss + "/.well-known/openid-configuration"

    @property
    def jwks_url(self):
        return self.iss + "/certs"

    def url(self, path):
        return self.iss + path

    # ---- knobs

    def set_keys(self, *entries):
        with self.lock:
            self.keys = list(entries)
            self.jwks_body = None

    def set(self, **kw):
        with self.lock:
            for k, v in kw.items():
                if not hasattr(self, k):
                    raise AttributeError(k)
                setattr(self, k, v)

    def count(self, path):
        with self.lock:
            return self.counts.get(REALM + path, 0)

    def release(self):
        self.released.set()

    # ---- lifecycle

    def _bind(self):
        self.server = _Server(("127.0.0.1", self.port), _Handler, self.ctx, self)
        self.port = self.server.server_address[1]

    def start(self):
        if self.server is None:
            for _ in range(50):  # the port may linger a moment after down()
                try:
                    self._bind()
                    break
                except OSError:
                    time.sleep(0.1)
            else:
                raise AssertionError(f"cannot listen on 127.0.0.1:{self.port} again")
        self.released.clear()
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()
        return self

    def down(self):
        """Stops listening (connections are refused) and ends a hang."""
        self.released.set()
        if self.server is not None:
            if self.thread is not None:
                self.server.shutdown()
                self.thread.join(5)
            self.server.server_close()
        self.server = None
        self.thread = None

    up = start
    stop = down

    # ---- serving

    def _jwks_bytes(self):
        if self.jwks_body is not None:
            return self.jwks_body
        return json.dumps({"keys": [T.jwk_of(*e) for e in self.keys]}).encode()

    def _serve(self, h):
        path = h.path.split("?", 1)[0]
        with self.lock:
            self.counts[path] = self.counts.get(path, 0) + 1
            hang = self.hang
        if hang:
            self.released.wait(60)
            return
        with self.lock:
            status, cc = self.status, self.cache_control
            issuer, jwks_uri = self.issuer or self.iss, self.jwks_uri or self.jwks_url
            jwks = self._jwks_bytes()
        if path == REALM + "/.well-known/openid-configuration":
            body = json.dumps({"issuer": issuer, "jwks_uri": jwks_uri,
                               "authorization_endpoint": self.url("/auth"),
                               "token_endpoint": self.url("/token"),
                               "id_token_signing_alg_values_supported": ["RS256", "ES256"]}).encode()
            return self._reply(h, 200, body)
        if path == REALM + "/certs":
            return self._reply(h, status, jwks if status == 200 else b'{"error":"unavailable"}', cc)
        if path == REALM + "/redirect-same":
            return self._reply(h, 302, b"", location=self.jwks_url)
        if path == REALM + "/redirect-other":
            return self._reply(h, 302, b"",
                               location=f"https://localhost:{self.port}{REALM}/certs")
        return self._reply(h, 404, b'{"error":"not_found"}')

    def _serve_token(self, h):
        """POST .../token: records the request, answers token_response
        ((status, dict or bytes)); a token endpoint for the sign-in tests."""
        import urllib.parse
        n = int(h.headers.get("Content-Length") or 0)
        form = urllib.parse.parse_qs(h.rfile.read(min(n, 65536)).decode(), keep_blank_values=True)
        with self.lock:
            self.counts[h.path] = self.counts.get(h.path, 0) + 1
            self.token_requests.append((dict(h.headers), {k: v[0] for k, v in form.items()}))
            status, body = self.token_response
        if h.path != REALM + "/token":
            return self._reply(h, 404, b'{"error":"not_found"}')
        self._reply(h, status, body if isinstance(body, bytes) else json.dumps(body).encode())

    @staticmethod
    def _reply(h, status, body, cache_control=None, location=None):
        try:
            h.send_response(status)
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", str(len(body)))
            if cache_control:
                h.send_header("Cache-Control", cache_control)
            if location:
                h.send_header("Location", location)
            h.end_headers()
            h.wfile.write(body)
        except (OSError, ssl.SSLError):
            pass


def reserve_port():
    """A port that was free a moment ago (for a provider started later)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
