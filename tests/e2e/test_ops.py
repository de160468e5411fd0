"""The ops listener: health, readiness, Prometheus metrics, and no data."""

import http.client
import json
import re

import pytest

from gw import wait_for

SAMPLE_RE = re.compile(
    r"^(?P<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?P<labels>\{[^}]*\})?\s+"
    r"(?P<value>[-+]?(?:[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?|NaN|Inf))(?:\s+-?\d+)?$")


def parse_metrics(text):
    """{name: summed value over label sets}; fails on a malformed line."""
    sums, types = {}, {}
    for line in text.splitlines():
        if not line.strip():
            continue
        if line.startswith("#"):
            parts = line.split()
            if len(parts) >= 4 and parts[1] == "TYPE":
                types[parts[2]] = parts[3]
            continue
        m = SAMPLE_RE.match(line)
        assert m, f"not Prometheus text format: {line!r}"
        sums[m.group("name")] = sums.get(m.group("name"), 0.0) + float(m.group("value"))
    return sums, types


def metrics(gw):
    r = gw.ops_get("/metrics")
    assert r.status == 200, r
    assert (r.header("Content-Type") or "").startswith("text/plain"), r
    return parse_metrics(r.body.decode())


def test_healthz_answers_200(shared_gw):
    assert shared_gw.ops_get("/healthz").status == 200


def test_readyz_answers_200(shared_gw):
    assert shared_gw.ops_get("/readyz").status == 200


def test_metrics_is_prometheus_text_with_the_counters(shared_gw):
    sums, types = metrics(shared_gw)
    for name in ("custos_http_requests_total", "custos_tls_failures_total"):
        assert types.get(name) == "counter", f"no '# TYPE {name} counter'"
        assert name in sums, f"no sample for {name}"


def test_requests_counter_increases_after_a_request(start_gw):
    gw = start_gw()
    before = metrics(gw)[0]["custos_http_requests_total"]
    for _ in range(3):
        assert gw.get("/v1/whoami").status == 200
    grew = wait_for(lambda: metrics(gw)[0]["custos_http_requests_total"] >= before + 3, 2)
    assert grew, f"custos_http_requests_total {before} -> {metrics(gw)[0]}"


def test_tls_failures_counter_increases_after_foreign_ca_attempt(start_gw):
    gw = start_gw()
    before = metrics(gw)[0]["custos_tls_failures_total"]
    att = gw.attempt(cert="foreign-client")
    assert att.refused and not att.served, att
    grew = wait_for(lambda: metrics(gw)[0]["custos_tls_failures_total"] >= before + 1, 2)
    assert grew, f"custos_tls_failures_total did not grow from {before}: {att}"


def test_tls_failures_counter_counts_each_refused_client(start_gw, certs):
    gw = start_gw()
    before = metrics(gw)[0]["custos_tls_failures_total"]
    for bad in ("foreign-client", "expired", "serveronly"):
        att = gw.attempt(cert=bad)
        assert att.refused and not att.served, att
    grew = wait_for(lambda: metrics(gw)[0]["custos_tls_failures_total"] >= before + 3, 2)
    assert grew, f"custos_tls_failures_total {before} -> {metrics(gw)[0]}"


def ops_request(gw, method, path, body=None):
    conn = http.client.HTTPConnection("127.0.0.1", gw.ops_port, timeout=3)
    try:
        conn.request(method, path, body=body)
        r = conn.getresponse()
        return r.status, r.read()
    finally:
        conn.close()


@pytest.mark.parametrize("path", ["/v1/whoami", "/v1/conversations", "/v1/roles",
                                  "/v1/audit", "/v1/users/u-1/export"])
def test_ops_listener_answers_404_to_data_paths(shared_gw, path):
    status, body = ops_request(shared_gw, "GET", path)
    assert status == 404, (status, body[:200])
    assert b"principal" not in body


@pytest.mark.parametrize("method,path", [("POST", "/v1/authorize"),
                                         ("POST", "/v1/conversations"),
                                         ("DELETE", "/v1/users/u-1")])
def test_ops_listener_refuses_data_writes(shared_gw, method, path):
    body = b'{"action": "conversation:read"}' if method == "POST" else None
    status, data = ops_request(shared_gw, method, path, body)
    assert status in (404, 405), (status, data[:200])
    assert b"decision" not in data


def test_request_lines_follow_the_log_level(start_gw):
    """At info every request has a line with its fields (formatted only when
    the line is written); at warn there is none, and errors still are."""
    gw = start_gw("info")
    assert gw.get("/v1/whoami", headers={"X-Request-Id": "lvl-info"}).status == 200
    assert gw.get("/v1/nope", headers={"X-Request-Id": "lvl-404"}).status == 404
    gw.stop()
    got = {o["request_id"]: o for o in gw.log_lines()
           if o.get("msg") == "request" and "request_id" in o}
    ok = got["lvl-info"]
    assert ok["level"] == "info" and ok["method"] == "GET", ok
    assert ok["route"] == "/v1/whoami" and ok["status"] == "200", ok
    assert ok["principal"] == "svc:support-console" and ok["termination"] == "ok", ok
    assert ok["duration_us"].isdigit() and int(ok["duration_us"]) > 0, ok
    assert got["lvl-404"]["status"] == "404", got["lvl-404"]

    quiet = start_gw("warn", overrides={"log": {"level": "warn"}})
    assert quiet.get("/v1/whoami", headers={"X-Request-Id": "lvl-warn"}).status == 200
    quiet.stop()
    lines = quiet.log_lines()
    assert not [o for o in lines if o.get("msg") == "request"], lines
    assert all(o["level"] in ("warn", "error") for o in lines), lines


def test_log_is_json_lines_with_ts_level_msg_and_no_key_material(start_gw):
    gw = start_gw()
    assert gw.get("/v1/whoami", headers={"X-Request-Id": "log-probe"}).status == 200
    gw.attempt(cert="foreign-client")
    gw.stop()
    text = gw.log_text()
    lines = [ln for ln in text.splitlines() if ln.strip()]
    assert lines, "no log output"
    for ln in lines:
        obj = json.loads(ln)        # every line is one JSON object
        assert isinstance(obj, dict) and {"ts", "level", "msg"} <= set(obj), ln
        assert obj["level"] in ("debug", "info", "warn", "error"), ln
    for k in ("master", "audit", "pseudonym"):
        secret = (gw.dir / "keys" / f"{k}.key").read_text().strip()
        assert secret not in text, f"{k} key material in the log"
    assert any(o.get("request_id") == "log-probe" for o in gw.log_lines()), \
        "request not logged with its request id"
