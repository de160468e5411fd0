"""console_world: the console's browser-test harness on the pytest side
(tests/browser/README.md is the contract).

OpenIDProvider runs tests/browser/provider.mjs (oidc-provider, installed by
`make deps` into tests/browser/node_modules) on 127.0.0.1 over HTTPS with a
CA and server certificate made here (oidc_provider.make_ca_and_server_cert,
never the gateway's CA). ConsoleWorld is that provider plus a gateway whose
[issuer:op] names it by discovery and whose [console] signs people in there;
run_case("name", **args) runs `node tests/browser/name.mjs` and returns its
JSON result. The fixture `console_world` builds one per test.
"""

import json
import os
import secrets
import selectors
import signal
import subprocess
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from gw import REPO, SLOW, client_context, free_port
from oidc_provider import make_ca_and_server_cert

BROWSER = REPO / "tests" / "browser"
ISSUER = "op"            # the [issuer:NAME] the console signs in with
CLIENT_ID = "custos-console"
READY_S = 30             # provider.mjs prints its ready line in 1-2 s
ADMIN_GROUP = "custos-admins"   # alice's group: [bootstrap] admins
STAFF_GROUP = "support"         # bob's group: bound to a policy:read role here
ADMIN_CERT = "admin-cli"


def node_ready():
    """None, or why the browser tests cannot run (make deps installs it all)."""
    if not (BROWSER / "node_modules" / "puppeteer-core").is_dir():
        return "tests/browser/node_modules is missing: run `make deps` (npm ci)"
    return None


class OpenIDProvider:
    def __init__(self, workdir, redirect_uris, secret):
        self.dir = Path(workdir)
        self.ca_path, self.cert_path, self.key_path = make_ca_and_server_cert(self.dir, "op")
        self.secret = secret
        self.redirect_uris = redirect_uris
        self.proc = None
        self.info = None
        self.log_path = self.dir / "provider.log"

    def start(self):
        signing = self.dir / "op-signing.key"  # RS256; made here, not by node (provider.mjs)
        signing.write_bytes(rsa.generate_private_key(public_exponent=65537, key_size=2048)
                            .private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
        os.chmod(signing, 0o600)
        # (its port from free_port too: bound to port 0, node could be given
        # the port free_port just handed out for the console and released,
        # and the gateway's console listener then failed "Address already
        # in use", seen once in a clean clone's run)
        env = {**os.environ, "OP_CERT": str(self.cert_path), "OP_KEY": str(self.key_path),
               "OP_SIGNING_KEY": str(signing), "OP_PORT": str(free_port()),
               "OP_CLIENT_ID": CLIENT_ID, "OP_CLIENT_SECRET": self.secret,
               "OP_REDIRECT_URIS": ",".join(self.redirect_uris)}
        log = open(self.log_path, "ab")
        # SIGUSR2 makes node write a diagnostic report (JS and native stacks)
        # into self.dir: what a provider that never gets ready was doing.
        try:
            self.proc = subprocess.Popen(["node", "--report-on-signal", "--report-signal=SIGUSR2",
                                          f"--report-directory={self.dir}",
                                          str(BROWSER / "provider.mjs")], cwd=BROWSER,
                                         env=env, stdin=subprocess.DEVNULL,
                                         stdout=subprocess.PIPE, stderr=log)
        finally:
            log.close()
        line = self._ready_line(READY_S * SLOW)  # one JSON line once listening
        if not line:
            why = self._why_not_ready()
            self.stop()
            raise AssertionError(f"provider.mjs did not start within {READY_S * SLOW:g} s:\n"
                                 f"{self.log_path.read_text()}{why}")
        self.info = json.loads(line)
        return self

    def _ready_line(self, timeout):
        """The first stdout line, or b"" at EOF or past timeout (never blocks longer)."""
        fd, buf = self.proc.stdout.fileno(), b""
        deadline = time.monotonic() + timeout
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            while b"\n" not in buf:
                left = deadline - time.monotonic()
                if left <= 0 or not sel.select(left):
                    return b""
                chunk = os.read(fd, 4096)
                if not chunk:
                    return b""
                buf += chunk
        return buf.split(b"\n", 1)[0]

    def _why_not_ready(self):
        """The exit status, or the live process's JavaScript stack from a node report."""
        if self.proc.poll() is not None:
            return f"\n(exited {self.proc.returncode})"
        self.proc.send_signal(signal.SIGUSR2)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            for rep in self.dir.glob("report.*.json"):
                try:
                    r = json.loads(rep.read_text())
                except ValueError:
                    continue  # still being written
                stacks = {"javascriptStack": r.get("javascriptStack"),
                          "nativeStack": (r.get("nativeStack") or [])[:12],
                          "libuv": [h.get("type") for h in r.get("libuv", [])]}
                return f"\n(alive; node report {rep}):\n{json.dumps(stacks, indent=1)[:4000]}"
            if self.proc.poll() is not None:  # signalled before node could report
                return f"\n(exited {self.proc.returncode} on SIGUSR2 during node's start-up)"
            time.sleep(0.1)
        # No report: node's main thread is inside a synchronous call that
        # JavaScript interrupts cannot reach. Its native stacks say which.
        try:
            bt = subprocess.run(["gdb", "-q", "-batch", "-p", str(self.proc.pid),
                                 "-ex", "thread apply all bt 25"], capture_output=True,
                                text=True, timeout=60, stdin=subprocess.DEVNULL).stdout
        except (OSError, subprocess.TimeoutExpired) as e:
            bt = f"gdb failed: {e!r}"
        return f"\n(alive; no node report within 5 s; native stacks:)\n{bt[-6000:]}"

    @property
    def issuer(self):
        return self.info["issuer"]

    @property
    def discovery(self):
        return self.info["discovery"]

    @property
    def users(self):
        return self.info["users"]

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        if self.proc and self.proc.stdout:
            self.proc.stdout.close()


class ConsoleWorld:
    def __init__(self, start_gw, tmp_path, signin=True, console=None, issuer=None, gw_name="gw"):
        self.tmp = Path(tmp_path)
        self.port = free_port()
        self.url = f"https://localhost:{self.port}"
        self.redirect = f"{self.url}/callback"
        self.secret = secrets.token_urlsafe(24)
        self.provider = OpenIDProvider(self.tmp / "op", [self.redirect], self.secret).start()
        secret_file = self.tmp / "console-client-secret"
        secret_file.write_text(self.secret + "\n")
        os.chmod(secret_file, 0o600)
        iss = {"iss": self.provider.issuer, "audience": "custos", "algorithms": "RS256",
               "discovery": self.provider.discovery, "ca_file": str(self.provider.ca_path),
               "groups_claim": "groups", "leeway_s": "30"}
        if signin:
            iss.update({"console_client_id": CLIENT_ID,
                        "console_client_secret_file": str(secret_file),
                        "console_redirect_url": self.redirect,
                        "console_scope": "openid profile email groups"})
        iss.update(issuer or {})
        overrides = {
            f"issuer:{ISSUER}": iss,
            "console": {"listen": f"127.0.0.1:{self.port}", **(console or {})},
            "bootstrap": {"admins": f"svc:{ADMIN_CERT}, group:{ISSUER}/{ADMIN_GROUP}"},
            "audit": {"export": "./audit.jsonl"},
        }
        try:
            self.gw = start_gw(gw_name, overrides=overrides)
            self._bind_staff()
        except BaseException:
            # (the provider is this world's own: a gateway that did not
            # start must not leave its node process running)
            self.provider.stop()
            raise

    def _bind_staff(self):
        """bob (group support) may read the policy and nothing else."""
        r = self.gw.request("PUT", "/v1/roles/policy_reader", cert=ADMIN_CERT, body={
            "description": "Reads roles and bindings", "rules": [
                {"id": "read", "effect": "allow", "actions": ["policy:read"]}]})
        assert r.status in (200, 201), r
        r = self.gw.request("PUT", f"/v1/bindings/group:{ISSUER}%2F{STAFF_GROUP}",
                            cert=ADMIN_CERT, body={"roles": ["policy_reader"]})
        assert r.status == 200, r

    def user(self, login):
        return next(u for u in self.provider.users if u["login"] == login)

    def subject(self, login):
        return f"user:{ISSUER}/{self.user(login)['sub']}"

    def env(self, **args):
        return {**os.environ, "CONSOLE_URL": self.url, "OP_ISSUER": self.provider.issuer,
                "CONSOLE_ISSUER": ISSUER, "OP_USERS": json.dumps(self.provider.users),
                "SHOT_DIR": str(REPO / "build" / "browser-shots"),
                "CASE_ARGS": json.dumps(args)}

    def run_case(self, name, timeout=120, **args):
        """Runs tests/browser/NAME.mjs; returns its JSON result (asserting ok)."""
        started = time.monotonic()
        r = subprocess.run(["node", str(BROWSER / f"{name}.mjs")], cwd=BROWSER,
                           env=self.env(**args), capture_output=True, text=True,
                           timeout=timeout * SLOW, stdin=subprocess.DEVNULL)
        lines = [ln for ln in r.stdout.splitlines() if ln.startswith("{")]
        assert lines, (f"{name}.mjs printed no result (exit {r.returncode}):\n"
                       f"{r.stdout[-2000:]}\n{r.stderr[-3000:]}\n{self.logs()}")
        res = json.loads(lines[-1])
        assert r.returncode == 0 and res.get("ok"), (
            f"{name}.mjs failed after {time.monotonic() - started:.1f}s: "
            f"{res.get('error')}\n{r.stderr[-3000:]}\n{self.logs()}")
        return res

    def console_request(self, method, path, cookie=None, headers=None, body=None,
                        cert=None):
        """One request to the console without a browser: (status, headers, body).
        cookie: the session cookie's value."""
        import http.client
        h = dict(headers or {})
        if cookie:
            h["Cookie"] = f"__Host-custos-session={cookie}"
        if body is not None and not isinstance(body, (bytes, str)):
            body = json.dumps(body)
            h.setdefault("Content-Type", "application/json")
        conn = http.client.HTTPSConnection("localhost", self.port, timeout=10 * SLOW,
                                           context=client_context(self.gw.certs, cert))
        try:
            conn.request(method, path, body=body, headers=h)
            r = conn.getresponse()
            return r.status, r.headers, r.read()
        finally:
            conn.close()

    def logs(self):
        op = self.provider.log_path.read_text() if self.provider.log_path.exists() else ""
        return f"--- gateway log tail\n{self.gw.log_tail()}\n--- provider log\n{op[-2000:]}"

    def audit(self):
        """The exported audit entries (one JSON object a line)."""
        p = self.gw.dir / "audit.jsonl"
        if not p.exists():
            return []
        return [json.loads(ln) for ln in p.read_text().splitlines() if ln.strip()]

    def stop(self):
        self.provider.stop()


@pytest.fixture
def console_world(start_gw, tmp_path):
    """console_world(signin=True, console={...}, issuer={...}) -> ConsoleWorld."""
    why = node_ready()
    if why:
        pytest.fail(why)
    made = []

    def make(**kw):
        w = ConsoleWorld(start_gw, tmp_path / f"world{len(made)}", **kw)
        made.append(w)
        return w

    yield make
    for w in made:
        w.stop()
