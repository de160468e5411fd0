"""gw: harness for the custos end-to-end tests.

A Gateway runs `custos serve` with its own config, keys, TLS files and data dir
in a temp dir, on free loopback ports, and always stops it. Clients talk to it
over mTLS with http.client + ssl, or with raw (TLS) sockets for hostile cases.
Standard library only.
"""

import base64
import dataclasses
import hashlib
import http.client
import io
import json
import os
import re
import select
import shutil
import signal as sigmod
import socket
import ssl
import subprocess
import threading
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SANITIZE = os.environ.get("CUSTOS_SANITIZE", "0").lower() in ("1", "on", "yes", "true")
# Deadlines scale up under ASan/UBSan or TSan (make passes CUSTOS_SANITIZE=1 for
# both), which make the server several times slower.
SLOW = 3.0 if SANITIZE else 1.0

SANITIZER_RE = re.compile(r"^(?:=+\n)?(?:WARNING: ThreadSanitizer|==\d+==ERROR: \w+Sanitizer|"
                          r".*: runtime error: )", re.M)
REQUEST_ID_RE = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def custos_bin():
    """Path of the binary under test: $CUSTOS_BIN, else <repo>/build/custos."""
    return os.environ.get("CUSTOS_BIN") or str(REPO / "build" / "custos")


_HANDED_OUT = set()


def free_port():
    """A TCP port on 127.0.0.1 that was free a moment ago and that this
    process has not handed out before: the kernel may give the same
    ephemeral port to two binds in a row once the first socket is closed,
    and a gateway's listen and ops ports must differ (seen under TSAN)."""
    for _ in range(100):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port not in _HANDED_OUT:
            _HANDED_OUT.add(port)
            return port
    raise RuntimeError("no fresh free port in 100 tries")


def run_custos(*args, timeout=10):
    """Runs `custos ARGS...`; returns CompletedProcess with text stdout/stderr."""
    return subprocess.run([custos_bin(), *args], capture_output=True, text=True,
                          timeout=timeout * SLOW, check=False)


# ---------------------------------------------------------------- certificates

class Certs:
    """The directory certs/gen.sh filled."""

    def __init__(self, directory):
        self.dir = Path(directory)

    def crt(self, name):
        return self.dir / f"{name}.crt"

    def key(self, name):
        return self.dir / f"{name}.key"

    def path(self, filename):
        return self.dir / filename

    def der(self, name):
        return ssl.PEM_cert_to_DER_cert(self.crt(name).read_text())

    def sha256(self, name):
        """Lowercase hex SHA-256 of the DER certificate NAME.crt."""
        return hashlib.sha256(self.der(name)).hexdigest()


def client_context(certs, cert="support-console", minimum=None, maximum=None,
                   legacy=False):
    """ssl context that verifies the server against ca.crt (hostname checked)
    and presents NAME.crt/NAME.key (no client certificate when cert is None).
    legacy=True lowers the security level so that TLS 1.0/1.1 can be offered."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile=str(certs.crt("ca")))
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    if legacy:
        ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        if minimum is not None:
            ctx.minimum_version = minimum
        if maximum is not None:
            ctx.maximum_version = maximum
    if cert is not None:
        ctx.load_cert_chain(str(certs.crt(cert)), str(certs.key(cert)))
    return ctx


class _Conn(http.client.HTTPSConnection):
    """HTTPS connection to 127.0.0.1 that checks the certificate as 'localhost'
    (so an IPv6 'localhost' never gets in the way)."""

    def connect(self):
        sock = socket.create_connection(("127.0.0.1", self.port), self.timeout)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock = self._context.wrap_socket(sock, server_hostname="localhost")


# ------------------------------------------------------------------- responses

class Response:
    """status, headers (case-insensitive .get), body bytes, json (or None).
    Unpacks as (status, headers, json-or-body)."""

    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body
        self.json = None
        try:
            self.json = json.loads(body) if body else None
        except (ValueError, UnicodeDecodeError):
            self.json = None

    def __iter__(self):
        yield self.status
        yield self.headers
        yield self.json if self.json is not None else self.body

    def header(self, name):
        return self.headers.get(name)

    def error_code(self):
        try:
            return self.json["error"]["code"]
        except (TypeError, KeyError):
            return None

    def __repr__(self):
        return f"Response({self.status}, {dict(self.headers)!r}, {self.body[:300]!r})"


@dataclasses.dataclass
class Attempt:
    """What happened when a client tried to get served.

    how: 'handshake_failed' (the TLS handshake failed), 'dropped' (handshake done
    on the client side, then the request got a TLS alert, reset or EOF),
    'timeout' (the server hung: not a refusal), or 'status' (an HTTP response
    came back: see status/code).
    closed_after: for a 401, whether the server closed the connection after it.
    served: statuses of any 2xx responses seen (must stay empty when refused)."""
    how: str
    detail: str = ""
    status: int = 0
    code: str = ""
    closed_after: bool = False
    served: list = dataclasses.field(default_factory=list)

    @property
    def refused(self):
        if self.served:
            return False
        if self.how in ("handshake_failed", "dropped"):
            return True
        return self.status == 401


_DROP_ERRORS = (ssl.SSLError, ConnectionError, http.client.HTTPException,
                socket.timeout, OSError)


class _BytesSock:
    def __init__(self, data):
        self._f = io.BytesIO(data)

    def makefile(self, *_a, **_k):
        return self._f


def parse_raw_response(raw):
    """Response parsed from the raw bytes of one HTTP/1.1 response (chunked
    or not; a truncated body is kept as far as it goes), or None when RAW does
    not start with a status line."""
    if not re.match(rb"HTTP/1\.[01] \d{3}", raw):
        return None
    resp = http.client.HTTPResponse(_BytesSock(raw))
    try:
        resp.begin()
    except http.client.HTTPException:
        return None
    try:
        body = resp.read()
    except http.client.IncompleteRead as e:
        body = e.partial
    return Response(resp.status, resp.headers, body)


# --------------------------------------------------------------------- gateway

KEY_NAMES = ("master", "audit", "pseudonym")


class Gateway:
    """One `custos serve` process in WORKDIR.

    overrides: {section: {key: value or None (drop key)} or None (drop section)}
    extra: raw INI text appended to the config.
    files: {path relative to WORKDIR: bytes} written before the start.
    Files: WORKDIR/tls/ holds copies of server.crt/.key, ca.crt, crl*.pem and
    idp-rsa.pub (tests may rewrite them and send SIGHUP); WORKDIR/keys/ the
    key files; WORKDIR/data the data dir (unless data_dir is given)."""

    def __init__(self, certs, workdir, overrides=None, extra="", data_dir=None,
                 files=None, ready_timeout=10.0):
        self.certs = certs
        self.dir = Path(workdir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.overrides = overrides or {}
        self.extra = extra
        self.data_dir = data_dir
        self.ready_timeout = ready_timeout * SLOW
        self.proc = None
        self.returncode = None
        self.stopped_by_test = False
        self.killed = threading.Event()  # set by kill(), before the signal
        self.port = 0
        self.ops_port = 0
        self.config_path = self.dir / "custos.ini"
        self.log_path = self.dir / "gw.log"
        self.out_path = self.dir / "gw.out"
        self.lines = {}
        self._ctx_cache = {}
        self._prepare_files()
        for rel, data in (files or {}).items():
            p = self.dir / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)

    # ---- files and config

    def _prepare_files(self):
        tls = self.dir / "tls"
        tls.mkdir(exist_ok=True)
        for f in ("server.crt", "server.key", "ca.crt", "crl.pem", "crl-empty.pem",
                  "idp-rsa.pub", "idp-ec.pub"):
            dst = tls / f
            if not dst.exists():
                shutil.copyfile(self.certs.path(f), dst)
                if f.endswith(".key"):
                    os.chmod(dst, 0o600)
        keys = self.dir / "keys"
        keys.mkdir(exist_ok=True)
        for k in KEY_NAMES:
            p = keys / f"{k}.key"
            if not p.exists():
                fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "w") as fh:
                    fh.write(base64.b64encode(os.urandom(32)).decode() + "\n")

    def sections(self):
        """The config as {section: {key: value}}, overrides applied."""
        data = self.data_dir if self.data_dir is not None else "./data"
        secs = {
            "server": {"listen": f"127.0.0.1:{self.port}", "data_dir": str(data),
                       "threads": "2"},
            "tls": {"cert": "tls/server.crt", "key": "tls/server.key",
                    "client_ca": "tls/ca.crt"},
            "ops": {"listen": f"127.0.0.1:{self.ops_port}"},
            "keys": {f"{k}_key_file": f"./keys/{k}.key" for k in KEY_NAMES},
            "bootstrap": {"admins": "svc:admin-cli"},
            "issuer:corp": {"iss": "https://idp.example.test", "audience": "custos",
                            "algorithms": "RS256", "key_file": "tls/idp-rsa.pub",
                            "groups_claim": "groups", "leeway_s": "30"},
            # Detection that would trip in unrelated tests is off here (the
            # defaults lock after 5 denials and limit 100/s); the detection
            # tests (test_detect.py) turn on what they exercise.
            "limits": {"default": "off"},
            "detect": {"denial_streak": "0", "bulk_distinct_users": "0"},
        }
        for sec, kv in self.overrides.items():
            if kv is None:
                secs.pop(sec, None)
                continue
            cur = secs.setdefault(sec, {})
            for k, v in kv.items():
                if v is None:
                    cur.pop(k, None)
                else:
                    cur[k] = str(v)
        return secs

    def render(self):
        """Config text; fills self.lines {(section, key): 1-based line number}
        (key None = the section header)."""
        out = ["; custos e2e test config (generated)"]
        self.lines = {}
        for sec, kv in self.sections().items():
            out.append("")
            out.append(f"[{sec}]")
            self.lines[(sec, None)] = len(out)
            for k, v in kv.items():
                out.append(f"{k} = {v}")
                self.lines[(sec, k)] = len(out)
        text = "\n".join(out) + "\n"
        if self.extra:
            text += "\n" + self.extra.strip("\n") + "\n"
        return text

    def write_config(self):
        if not self.port:
            self.port = free_port()
        if not self.ops_port:
            self.ops_port = free_port()
        self.config_path.write_text(self.render())
        return self.config_path

    # ---- process

    def start(self, wait=True):
        """Starts `custos serve`; with wait, returns once /readyz is 200 or
        raises AssertionError with the log tail. Retries new ports if a port
        was taken meanwhile."""
        for attempt in range(3):
            self.write_config()
            # run from an unrelated directory: relative paths in the config
            # must resolve against the config file's directory, not the cwd
            cwd = self.dir / "cwd"
            cwd.mkdir(exist_ok=True)
            log = open(self.log_path, "ab")
            out = open(self.out_path, "ab")
            try:
                self.proc = subprocess.Popen(
                    [custos_bin(), "serve", "--config", str(self.config_path)],
                    stdin=subprocess.DEVNULL, stdout=out, stderr=log, cwd=cwd)
            finally:
                log.close()
                out.close()
            self.returncode = None
            self.stopped_by_test = False  # a new process: its own life
            self.killed = threading.Event()
            if not wait:
                return self
            err = self._wait_ready()
            if err is None:
                return self
            if self.proc.poll() is not None and re.search(
                    r"in use|EADDRINUSE|bind", self.log_text(), re.I) and attempt < 2:
                self.port = self.ops_port = 0
                continue
            self.stop()
            raise AssertionError(f"custos did not become ready: {err}\n"
                                 f"--- config\n{self.config_path.read_text()}"
                                 f"--- log tail\n{self.log_tail()}")
        raise AssertionError("unreachable")

    def _wait_ready(self):
        deadline = time.monotonic() + self.ready_timeout
        last = "no answer"
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return f"exited with {self.proc.returncode}"
            try:
                r = self.ops_get("/readyz", timeout=1)
                if r.status == 200:
                    return None
                last = f"/readyz answered {r.status}"
            except OSError as e:
                last = repr(e)
            time.sleep(0.05)
        return f"timeout after {self.ready_timeout:.0f}s ({last})"

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def signal(self, sig):
        if sig != sigmod.SIGHUP:
            self.stopped_by_test = True
        self.proc.send_signal(sig)

    def kill(self):
        """SIGKILL, decided by the test: marks the gateway as stopped before
        the signal is sent (so a client that sees the connection die knows it
        from this mark, not from a later probe that may still find the
        process), then reaps it."""
        self.stopped_by_test = True
        self.killed.set()
        self.proc.kill()
        self.proc.wait()

    def stop(self, sig=sigmod.SIGTERM, timeout=5.0):
        """Stops the process (SIGTERM, then SIGKILL after timeout); returns
        its exit code. Safe to call twice."""
        if self.proc is None:
            return None
        self.stopped_by_test = True
        if self.proc.poll() is None:
            try:
                self.proc.send_signal(sig)
                self.proc.wait(timeout * SLOW)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.returncode = self.proc.returncode
        return self.returncode

    def finish(self):
        """Teardown: stops the process; returns a problem (str) if it died on
        its own during the test, did not exit 0 on SIGTERM, or its log holds
        a sanitizer report (even when the test stopped or killed it), else None."""
        if self.proc is None:
            return None
        if self.stopped_by_test:
            self.stop()
            return self.sanitizer_report()
        if self.proc.poll() is not None:
            return (f"custos died during the test (exit {self.proc.returncode})\n"
                    f"{self.sanitizer_report() or self.log_tail()}")
        rc = self.stop()
        report = self.sanitizer_report()
        if rc != 0:
            # a sanitizer report (TSan exits 66) is more telling than the tail
            return f"custos exited {rc} on SIGTERM at teardown\n{report or self.log_tail()}"
        return report

    def sanitizer_report(self):
        """The first sanitizer report in the log (ASan, UBSan, LSan, TSan
        write to stderr, which is the log), or None."""
        text = self.log_text()
        m = SANITIZER_RE.search(text)
        if not m:
            return None
        return f"sanitizer report in the custos log:\n{text[m.start():m.start() + 6000]}"

    def wait_exit(self, timeout):
        """Exit code, or None if still running after timeout seconds."""
        try:
            return self.proc.wait(timeout * SLOW)
        except subprocess.TimeoutExpired:
            return None

    # ---- logs

    def log_text(self):
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def log_tail(self, n=40):
        return "\n".join(self.log_text().splitlines()[-n:])

    def log_lines(self):
        """The log as a list of JSON objects (lines that are not JSON are skipped)."""
        res = []
        for line in self.log_text().splitlines():
            line = line.strip()
            if not line.startswith("{"):
                continue
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            if isinstance(obj, dict):
                res.append(obj)
        return res

    # ---- clients

    def context(self, cert="support-console"):
        if cert not in self._ctx_cache:
            self._ctx_cache[cert] = client_context(self.certs, cert)
        return self._ctx_cache[cert]

    def connection(self, cert="support-console", ctx=None, timeout=5.0):
        """A (lazily connecting) keep-alive HTTPS connection."""
        return _Conn("localhost", self.port, context=ctx or self.context(cert),
                     timeout=timeout * SLOW)

    def request(self, method, path, body=None, headers=None, cert="support-console",
                conn=None, ctx=None, timeout=5.0):
        """One request over CONN (kept open) or a fresh connection (closed
        after). A dict/list body is sent as JSON. Returns a Response."""
        own = conn is None
        if own:
            conn = self.connection(cert, ctx=ctx, timeout=timeout)
        hdrs = dict(headers or {})
        if body is not None and not isinstance(body, (bytes, str)):
            body = json.dumps(body).encode()
            hdrs.setdefault("Content-Type", "application/json")
        try:
            conn.request(method, path, body=body, headers=hdrs)
            r = conn.getresponse()
            data = r.read()
            return Response(r.status, r.headers, data)
        finally:
            if own:
                conn.close()

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def ops_get(self, path, timeout=3.0):
        conn = http.client.HTTPConnection("127.0.0.1", self.ops_port,
                                          timeout=timeout * SLOW)
        try:
            conn.request("GET", path)
            r = conn.getresponse()
            return Response(r.status, r.headers, r.read())
        finally:
            conn.close()

    def peer_cert_sha256(self, cert="support-console"):
        """SHA-256 hex of the certificate the server presents on a NEW connection."""
        with self.tls_socket(cert) as s:
            return hashlib.sha256(s.getpeercert(binary_form=True)).hexdigest()

    def tls_socket(self, cert="support-console", ctx=None, timeout=5.0):
        """A raw TLS socket with the handshake done."""
        sock = socket.create_connection(("127.0.0.1", self.port), timeout * SLOW)
        try:
            return (ctx or self.context(cert)).wrap_socket(sock, server_hostname="localhost")
        except BaseException:
            sock.close()
            raise

    def attempt(self, cert="support-console", ctx=None, path="/v1/whoami", timeout=5.0):
        """Tries GET PATH with CERT (or CTX) and reports how it went as an
        Attempt (see there). After a 401 it tries a second request on the same
        connection to see whether the server closed it."""
        if ctx is None:
            ctx = self.context(cert) if cert is not None else client_context(self.certs, None)
        conn = _Conn("localhost", self.port, context=ctx, timeout=timeout * SLOW)
        conn.auto_open = 0
        try:
            try:
                conn.connect()
            except socket.timeout as e:
                return Attempt("timeout", "handshake: " + repr(e))
            except _DROP_ERRORS as e:
                return Attempt("handshake_failed", repr(e))
            try:
                conn.request("GET", path)
                r = conn.getresponse()
                body = r.read()
            except socket.timeout as e:
                return Attempt("timeout", "response: " + repr(e))
            except _DROP_ERRORS as e:
                return Attempt("dropped", repr(e))
            res = Response(r.status, r.headers, body)
            att = Attempt("status", repr(res), status=r.status, code=res.error_code() or "")
            if 200 <= r.status < 300:
                att.served.append(r.status)
            if r.status == 401:
                try:
                    conn.request("GET", path)
                    r2 = conn.getresponse()
                    r2.read()
                    if 200 <= r2.status < 300:
                        att.served.append(r2.status)
                    att.detail += f"; second request on the connection: {r2.status}"
                except (http.client.NotConnected, *_DROP_ERRORS):
                    att.closed_after = True
            return att
        finally:
            conn.close()

    def raw_exchange(self, data, cert="support-console", timeout=3.0, shut_wr=False):
        """Sends DATA (bytes) over a fresh TLS connection and returns every byte
        received until the server closes or TIMEOUT passes without data."""
        with self.tls_socket(cert, timeout=timeout) as s:
            try:
                s.sendall(data)
            except (ConnectionError, ssl.SSLError):
                pass
            return read_until_close(s, timeout * SLOW)


def read_until_close(sock, idle_timeout):
    """Bytes read until EOF, a reset, or IDLE_TIMEOUT seconds without data."""
    buf = b""
    sock.settimeout(idle_timeout)
    while True:
        try:
            chunk = sock.recv(65536)
        except (socket.timeout, ConnectionError, ssl.SSLError, OSError):
            return buf
        if not chunk:
            return buf
        buf += chunk


def metric(gw, name):
    """The value of the unlabelled counter or gauge name on gw's /metrics."""
    r = gw.ops_get("/metrics")
    assert r.status == 200, r
    m = re.search(rf"^{name} (\d+)$", r.body.decode(), re.M)
    assert m, f"{name} not in /metrics"
    return int(m.group(1))


def wait_for(pred, timeout, interval=0.1):
    """Polls PRED until it is truthy (returns its value) or TIMEOUT seconds pass
    (returns the last value)."""
    deadline = time.monotonic() + timeout * SLOW
    val = pred()
    while not val and time.monotonic() < deadline:
        time.sleep(interval)
        val = pred()
    return val


def readable(sock, timeout):
    if isinstance(sock, ssl.SSLSocket) and sock.pending():
        return True
    r, _, _ = select.select([sock], [], [], timeout)
    return bool(r)


def poll_recv(sock, wait):
    """Waits up to WAIT s for data: returns (bytes, closed). TLS records that
    carry no application data (TLS 1.3 session tickets) count as no data."""
    if not readable(sock, wait):
        return b"", False
    old = sock.gettimeout()
    sock.settimeout(0.2)
    try:
        data = sock.recv(65536)
    except socket.timeout:
        return b"", False
    except (ConnectionError, ssl.SSLError, OSError):
        return b"", True
    finally:
        try:
            sock.settimeout(old)
        except OSError:
            pass
    return data, not data
