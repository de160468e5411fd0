"""`custos check-config`, `custos serve` with a bad config, `custos version --deps`."""

import re
import time

import pytest

from gw import REPO, SLOW, Gateway, run_custos

PROBLEM_RE = re.compile(r"^(?P<file>.+?):(?P<line>\d+): (?P<msg>\S.*)$")


def make_config(certs, tmp_path, name="cfg", **kw):
    gw = Gateway(certs, tmp_path / name, **kw)
    path = gw.write_config()
    return gw, path


def line_of(path, text):
    """1-based number of the first config line that equals TEXT (stripped)."""
    for i, line in enumerate(path.read_text().splitlines(), 1):
        if line.strip() == text:
            return i
    raise AssertionError(f"{text!r} not in {path}")


def check(path):
    """Runs check-config; returns (exit code, problems [(line, msg)], output)."""
    r = run_custos("check-config", "--config", str(path))
    out = r.stdout + r.stderr
    problems = []
    for line in out.splitlines():
        m = PROBLEM_RE.match(line.strip())
        if m and (m.group("file") == str(path) or m.group("file").endswith(path.name)):
            problems.append((int(m.group("line")), m.group("msg")))
    return r.returncode, problems, out


def assert_one_problem_at(path, line, words=()):
    rc, problems, out = check(path)
    assert rc == 1, f"exit {rc}, want 1\n{out}"
    lines = [ln for ln, _ in problems]
    assert line in lines, f"no problem reported at {path.name}:{line}\n{out}"
    if words:
        msg = " ".join(m for ln, m in problems if ln == line).lower()
        assert any(w.lower() in msg for w in words), f"message names none of {words}: {out}"
    return problems


def test_check_config_accepts_good_config(certs, custos, tmp_path):
    _, path = make_config(certs, tmp_path)
    rc, problems, out = check(path)
    assert rc == 0, out
    assert problems == [], out


def test_check_config_accepts_every_documented_optional_key(certs, custos, tmp_path):
    _, path = make_config(certs, tmp_path, overrides={
        "server": {"max_body_bytes": 1048576, "max_header_bytes": 16384,
                   "max_connections": 1024, "per_ip_connections": 256,
                   "idle_timeout_s": 30, "request_timeout_s": 30},
        "tls": {"crl": "tls/crl.pem",
                "priorities": "NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2"},
        "log": {"level": "debug"},
    })
    rc, problems, out = check(path)
    assert rc == 0, out
    assert problems == [], out


def test_check_config_reports_unknown_key_with_line(certs, custos, tmp_path):
    gw, path = make_config(certs, tmp_path, overrides={"server": {"bogus_key": "1"}})
    assert_one_problem_at(path, gw.lines[("server", "bogus_key")], ["bogus_key"])


@pytest.mark.parametrize("listen", ["127.0.0.1:99999", "not-an-address", "127.0.0.1",
                                    "127.0.0.1:abc", "300.1.1.1:8443"])
def test_check_config_reports_bad_listen_address(certs, custos, tmp_path, listen):
    gw, path = make_config(certs, tmp_path, overrides={"server": {"listen": listen}})
    assert_one_problem_at(path, gw.lines[("server", "listen")])


def test_check_config_reports_bad_ops_listen_address(certs, custos, tmp_path):
    gw, path = make_config(certs, tmp_path, overrides={"ops": {"listen": "localhost:-1"}})
    assert_one_problem_at(path, gw.lines[("ops", "listen")])


def test_check_config_reports_missing_cert_file(certs, custos, tmp_path):
    gw, path = make_config(certs, tmp_path, overrides={"tls": {"cert": "tls/nope.crt"}})
    assert_one_problem_at(path, gw.lines[("tls", "cert")], ["nope.crt", "cert"])


def test_check_config_reports_missing_client_ca_file(certs, custos, tmp_path):
    gw, path = make_config(certs, tmp_path, overrides={"tls": {"client_ca": "tls/none.pem"}})
    assert_one_problem_at(path, gw.lines[("tls", "client_ca")], ["none.pem", "client_ca"])


@pytest.mark.parametrize("threads", ["0", "abc", "-1", "2x", ""])
def test_check_config_reports_bad_threads(certs, custos, tmp_path, threads):
    gw, path = make_config(certs, tmp_path, overrides={"server": {"threads": threads}})
    assert_one_problem_at(path, gw.lines[("server", "threads")], ["threads"])


def test_check_config_reports_unknown_section(certs, custos, tmp_path):
    _, path = make_config(certs, tmp_path, extra="[nonsense]\nfoo = 1\n")
    header = line_of(path, "[nonsense]")
    rc, problems, out = check(path)
    assert rc == 1, out
    assert {header, header + 1} & {ln for ln, _ in problems}, \
        f"no problem at the [nonsense] section (line {header})\n{out}"


@pytest.mark.parametrize("section,key", [("tls", "cert"), ("server", "listen"),
                                         ("tls", "client_ca")])
def test_check_config_reports_missing_required_key(certs, custos, tmp_path, section, key):
    _, path = make_config(certs, tmp_path, overrides={section: {key: None}})
    rc, problems, out = check(path)
    assert rc == 1, out
    assert any(key in msg for _, msg in problems), \
        f"no file:line problem naming {key}\n{out}"


def test_check_config_reports_every_problem_in_one_run(certs, custos, tmp_path):
    gw, path = make_config(certs, tmp_path, overrides={
        "server": {"bogus_key": "1", "threads": "0"}})
    rc, problems, out = check(path)
    assert rc == 1, out
    lines = sorted(ln for ln, _ in problems)
    want = sorted([gw.lines[("server", "bogus_key")], gw.lines[("server", "threads")]])
    assert lines == want, f"want problems at lines {want}, got {problems}\n{out}"


def test_check_config_with_missing_config_file_exits_1(custos, tmp_path):
    r = run_custos("check-config", "--config", str(tmp_path / "absent.ini"))
    assert r.returncode == 1, r
    assert "absent.ini" in r.stdout + r.stderr


def built_in_priorities():
    """TLS_DEFAULT_PRIORITIES as the source spells it (gateway/net/tls.h)."""
    text = (REPO / "gateway" / "net" / "tls.h").read_text()
    m = re.search(r"#define TLS_DEFAULT_PRIORITIES((?:[^\n]*\\\n)*[^\n]*)", text)
    assert m, "TLS_DEFAULT_PRIORITIES not found in gateway/net/tls.h"
    return "".join(re.findall(r'"([^"]*)"', m.group(1)))


def test_built_in_priorities_can_be_written_in_the_config(start_gw):
    # issue 13: lines over 199 bytes were refused, the built-in string is longer
    prio = built_in_priorities()
    assert len(prio) > 200, prio
    gw = start_gw(overrides={"tls": {"priorities": prio}})
    rc, problems, out = check(gw.config_path)
    assert rc == 0 and problems == [], out
    assert gw.get("/v1/whoami").status == 200


def test_line_over_4096_bytes_is_refused_with_its_number(certs, custos, tmp_path):
    gw, path = make_config(certs, tmp_path, overrides={
        "tls": {"priorities": "NORMAL:" + "+AES-128-GCM:" * 400},
        "log": {"bogus": "1"}})
    rc, problems, out = check(path)
    assert rc == 1, out
    assert (gw.lines[("tls", "priorities")], "line longer than 4096 bytes") in problems, out
    # the lines after it keep their numbers
    assert any(ln == gw.lines[("log", "bogus")] and "bogus" in m for ln, m in problems), out


def test_serve_with_bad_config_exits_1_quickly_with_file_line(certs, custos, tmp_path):
    gw, path = make_config(certs, tmp_path, overrides={"server": {"threads": "0"}})
    t0 = time.monotonic()
    r = run_custos("serve", "--config", str(path), timeout=10)
    took = time.monotonic() - t0
    assert r.returncode == 1, r
    assert took < 5 * SLOW, f"took {took:.1f}s"
    want = f"{path.name}:{gw.lines[('server', 'threads')]}:"
    assert want in r.stdout + r.stderr, f"no {want!r} in output:\n{r.stdout}{r.stderr}"


def test_version_deps_names_linked_libraries(custos):
    r = run_custos("version", "--deps")
    assert r.returncode == 0, r
    out = r.stdout + r.stderr
    for lib in ("OpenSSL", "GnuTLS", "libjwt", "LMDB", "libmicrohttpd", "libcurl"):
        lines = [ln for ln in out.splitlines() if lib.lower() in ln.lower()]
        assert lines, f"{lib} not named in:\n{out}"
        assert any(re.search(r"\d+\.\d+", ln) for ln in lines), \
            f"no version number for {lib} in:\n{out}"


def test_version_prints_version(custos):
    r = run_custos("version")
    assert r.returncode == 0, r
    assert re.search(r"custos \d+\.\d+\.\d+", r.stdout), r.stdout


def test_relative_paths_resolve_against_the_config_file(start_gw):
    # the harness runs custos from WORKDIR/cwd; the config says ./data
    gw = start_gw()
    assert gw.get("/v1/whoami").status == 200
    assert (gw.dir / "data").is_dir(), "data_dir not created next to the config file"
    assert not (gw.dir / "cwd" / "data").exists(), "data_dir resolved against the cwd"
