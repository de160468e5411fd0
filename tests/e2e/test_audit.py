"""The audit log end to end: every kind of decision leaves exactly one entry
with the right fields before it is answered; no token reaches any file;
GET /v1/audit filters and pages; GET /v1/audit/verify; alerts; and
`custos audit verify` catches tampering (changed byte, deleted, swapped and
inserted entries, a cut tail with an anchor) on copies of a real log.

The log is read directly with python3-lmdb (read-only, like a second
process), so these tests do not trust the gateway's own query code."""

import hashlib
import json
import os
import re
import shutil
import struct
import time
import uuid

import pytest

import tokens as T
from gw import run_custos, wait_for

import lmdb  # python3-lmdb (scripts/deps.sh)

ADMIN = "admin-cli"        # bootstrap admin: holds audit:read, alert:read, authorize
STAFF = "support-console"  # no roles
ENTRY_FIELDS = {"seq", "time", "request_id", "decision", "action", "resource", "subject",
                "client", "cert_sha256", "roles", "rule", "reason", "purpose",
                "policy_version", "redact", "prev", "mac"}
HEX64 = re.compile(r"^[0-9a-f]{64}$")
TIME_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
GARBAGE_TOKEN = "eyJhbGciOiJub25lIn0.Z2FyYmFnZS1zZWNyZXQtdG9rZW4tNDcxMQ.c2lnbmF0dXJl"
SMALL_MAPS = {"audit_map_size": str(4 << 20), "store_map_size": str(4 << 20)}


# ------------------------------------------------------------------ helpers

def key(seq):
    return struct.pack(">Q", seq)


def read_log(audit_dir):
    """[(seq, raw bytes, dict)] of the log in AUDIT_DIR, read-only."""
    env = lmdb.open(str(audit_dir), readonly=True, lock=True, max_dbs=4, subdir=True)
    try:
        db = env.open_db(b"entries", create=False)
        with env.begin(db=db) as txn:
            out = []
            for k, v in txn.cursor():
                out.append((struct.unpack(">Q", k)[0], bytes(v), json.loads(v)))
            return out
    finally:
        env.close()


def head_seq(gw):
    r = run_custos("audit", "head", "--data", str(data_dir(gw)))
    assert r.returncode == 0, r.stderr
    seq, h = r.stdout.split()
    assert HEX64.match(h), r.stdout
    return int(seq)


def data_dir(gw):
    return gw.dir / "data"


def new_entries(gw, after):
    return [e for s, _, e in read_log(data_dir(gw) / "audit") if s > after]


def rid():
    return "t-" + uuid.uuid4().hex[:16]


def authorize(gw, body, cert=ADMIN, headers=None):
    h = {"X-Request-Id": rid()}
    h.update(headers or {})
    return gw.request("POST", "/v1/authorize", body=body, headers=h, cert=cert), h


def one_new_entry(gw, before, resp, req_headers):
    """The single entry written since seq BEFORE; checks it matches RESP."""
    got = wait_for(lambda: new_entries(gw, before), 2)
    assert len(got) == 1, f"expected exactly one new entry, got {got}"
    e = got[0]
    assert ENTRY_FIELDS <= set(e), f"missing fields {ENTRY_FIELDS - set(e)} in {e}"
    assert str(e["seq"]) == resp.header("X-Decision-Id"), (e, resp)
    assert e["request_id"] == req_headers["X-Request-Id"] == resp.header("X-Request-Id")
    assert TIME_RE.match(e["time"]), e
    assert HEX64.match(e["prev"]) and HEX64.match(e["mac"]), e
    assert isinstance(e["policy_version"], int), e
    assert isinstance(e["roles"], list) and isinstance(e["redact"], list), e
    return e


@pytest.fixture
def gw(start_gw):
    return start_gw(overrides={"server": dict(SMALL_MAPS),
                               "audit": {"export": "./audit-export.jsonl"}})


# ---------------------------------------------------- one entry per decision

def test_authorize_allow_leaves_one_entry_with_every_field(gw, certs):
    before = head_seq(gw)
    body = {"action": "audit:read", "resource": {"type": "conversation", "id": "c-1"}}
    resp, h = authorize(gw, body, headers={"X-Access-Purpose": "ticket:4711"})
    assert resp.status == 200 and resp.json["decision"] == "allow", resp
    e = one_new_entry(gw, before, resp, h)
    assert resp.json["decision_id"] == e["seq"]
    assert e["decision"] == "allow"
    assert e["action"] == "audit:read"
    assert e["resource"] == "conversation/c-1"
    assert e["subject"] == e["client"] == "svc:admin-cli"
    assert e["cert_sha256"] == certs.sha256(ADMIN)
    assert e["roles"] == ["admin"]
    assert e["rule"] == "admin/builtin" == resp.json["rule"]
    assert e["reason"] == resp.json["reason"] and e["reason"]
    assert e["purpose"] == "ticket:4711"
    assert e["policy_version"] == resp.json["policy_version"]
    # the admin rule reveals nothing: the entry records the hidden set
    assert e["redact"] == resp.json["redact"] == resp.json["hidden"] == [
        "email", "phone", "card", "iban", "ip", "ssn", "gov_id", "secret", "person",
        "address", "dob", "pii"]
    assert resp.json["reveal"] == []


def test_authorize_deny_leaves_one_entry(gw, certs):
    before = head_seq(gw)
    body = {"action": "conversation:read", "purpose": "legal:case-9",
            "resource": {"type": "conversation", "id": "c-2"}}
    resp, h = authorize(gw, body, cert=STAFF)
    assert resp.status == 200 and resp.json["decision"] == "deny", resp
    e = one_new_entry(gw, before, resp, h)
    assert e["decision"] == "deny" and e["action"] == "conversation:read"
    assert e["resource"] == "conversation/c-2"
    assert e["subject"] == e["client"] == "svc:support-console"
    assert e["cert_sha256"] == certs.sha256(STAFF)
    assert e["roles"] == [] and e["rule"] is None
    assert e["purpose"] == "legal:case-9"
    assert e["reason"] == resp.json["reason"]


def test_forbidden_request_leaves_one_deny_entry(gw, certs):
    before = head_seq(gw)
    h = {"X-Request-Id": rid(), "X-Access-Purpose": "ticket:1"}
    resp = gw.get("/v1/audit", headers=h, cert=STAFF)
    assert resp.status == 403 and resp.error_code() == "forbidden", resp
    e = one_new_entry(gw, before, resp, h)
    assert e["decision"] == "deny" and e["action"] == "audit:read"
    assert e["resource"] == "audit" and e["subject"] == "svc:support-console"
    assert e["cert_sha256"] == certs.sha256(STAFF) and e["purpose"] == "ticket:1"
    assert e["rule"] is None and e["roles"] == []


def test_token_failure_leaves_one_error_entry(gw, certs):
    before = head_seq(gw)
    resp, h = authorize(gw, {"action": "audit:read"}, cert=STAFF,
                        headers={"Authorization": "Bearer " + GARBAGE_TOKEN})
    assert resp.status == 401 and resp.error_code() == "token_malformed", resp
    e = one_new_entry(gw, before, resp, h)
    assert e["decision"] == "error" and e["reason"] == "token_malformed"
    assert e["action"] == "authorize"
    assert e["client"] == e["subject"] == "svc:support-console"
    assert e["cert_sha256"] == certs.sha256(STAFF)


def test_admin_change_leaves_its_decision_then_its_change(gw):
    # An admin change is two events: the permission decision, recorded before
    # anything is touched, and the change itself with the version it made,
    # recorded before the answer (X-Decision-Id names the change).
    before = head_seq(gw)
    h = {"X-Request-Id": rid()}
    resp = gw.request("PUT", "/v1/bindings/svc%3Aingest", body={"roles": []}, headers=h,
                      cert=ADMIN)
    assert resp.status in (200, 201, 204), resp
    got = wait_for(lambda: new_entries(gw, before), 2)
    assert len(got) == 2, f"expected the decision and the change, got {got}"
    decision, change = got
    for e in got:
        assert ENTRY_FIELDS <= set(e), f"missing fields {ENTRY_FIELDS - set(e)} in {e}"
        assert e["request_id"] == h["X-Request-Id"] == resp.header("X-Request-Id")
        assert e["decision"] == "allow" and e["action"] == "policy:write"
        assert e["resource"] == "binding/svc:ingest"
    assert "version" not in decision and decision["rule"] == "admin/builtin", decision
    assert change["change"] == "binding.put" and isinstance(change["version"], int), change
    assert change["seq"] == decision["seq"] + 1
    assert str(change["seq"]) == resp.header("X-Decision-Id"), (change, resp)


def test_no_bearer_token_in_any_file(gw, certs):
    good = T.mint(T.claims(groups=["staff"], exp=int(time.time()) + 300),
                  certs.path("idp-rsa.key").read_text())
    resp, _ = authorize(gw, {"action": "conversation:read"}, cert=STAFF,
                        headers={"Authorization": "Bearer " + good})
    assert resp.status == 200, resp
    resp, _ = authorize(gw, {"action": "conversation:read"}, cert=STAFF,
                        headers={"Authorization": "Bearer " + GARBAGE_TOKEN})
    assert resp.status == 401, resp
    entries = read_log(data_dir(gw) / "audit")
    assert any(e.get("subject", "").startswith("user:") for _, _, e in entries), entries
    assert gw.stop() == 0
    files = [p for p in data_dir(gw).rglob("*") if p.is_file()]
    files.append(gw.dir / "audit-export.jsonl")
    assert len(files) >= 4, files
    for p in files:
        data = p.read_bytes()
        for tok in (good, GARBAGE_TOKEN):
            for part in [tok] + tok.split("."):
                assert part.encode() not in data, f"token (part) found in {p}"
    # the export file holds each durable entry as one line: the log's entry,
    # written ASCII-only (non-ASCII as \\u escapes, issue 9 item 14)
    lines = (gw.dir / "audit-export.jsonl").read_bytes().splitlines()
    assert [json.loads(x) for x in lines] == [e for _, _, e in entries], "export differs"
    assert all(max(x, default=0) < 0x80 for x in lines)


def test_export_is_ascii_one_entry_per_line_and_bad_utf8_is_escaped(gw):
    # issue 9 item 14. A path parameter reaches the record before the handler
    # looks at it: U+2028 and U+0085 there split the export for line readers
    # (Python's str.splitlines, JavaScript) unless escaped; bytes that are not
    # UTF-8 used to drop "resource" from the entry.
    r1 = gw.get("/v1/roles/x%E2%80%A8y%C2%85z%F0%9F%98%80", cert=ADMIN)
    r2 = gw.get("/v1/roles/a%FFb%25", cert=ADMIN)
    assert r1.status == 404 and r2.status == 404, (r1, r2)
    seq1, seq2 = int(r1.header("X-Decision-Id")), int(r2.header("X-Decision-Id"))
    assert gw.stop() == 0
    entries = read_log(data_dir(gw) / "audit")
    raw = (gw.dir / "audit-export.jsonl").read_bytes()
    assert max(raw) < 0x80, "non-ASCII byte in the export"
    text = raw.decode("ascii")
    lines = text.splitlines()
    assert len(lines) == len(entries), "an entry spans more than one line"
    by_seq = {json.loads(x)["seq"]: json.loads(x) for x in lines}
    assert by_seq[seq1]["resource"] == "role/x\u2028y\u0085z\U0001F600", by_seq[seq1]
    assert "\\u2028" in text and "\\ud83d\\ude00" in text
    e2 = by_seq[seq2]
    assert e2["resource"] == "role/a%FFb%25" and e2["resource_escaped"] is True, e2
    assert [e for _, _, e in entries] == [json.loads(x) for x in lines]
    # the log still verifies
    r = run_custos("audit", "verify", "--data", str(data_dir(gw)))
    assert r.returncode == 0, r


# ------------------------------------------------------- query and verify

def fill(gw, n_deny=7, n_allow=3):
    for i in range(n_deny):
        r, _ = authorize(gw, {"action": "conversation:read",
                              "resource": {"type": "conversation", "id": f"c-{i % 2}"}},
                         cert=STAFF)
        assert r.status == 200 and r.json["decision"] == "deny", r
    for _ in range(n_allow):
        r, _ = authorize(gw, {"action": "audit:read"}, cert=ADMIN)
        assert r.status == 200 and r.json["decision"] == "allow", r


def query(gw, **params):
    qs = "&".join(f"{k}={v}" for k, v in params.items())
    r = gw.get("/v1/audit" + ("?" + qs if qs else ""), cert=ADMIN)
    assert r.status == 200, r
    assert r.header("X-Decision-Id"), r
    return r.json


def test_query_filters_by_subject_decision_and_resource(gw):
    fill(gw)
    got = query(gw, subject="svc:support-console", decision="deny")["entries"]
    assert len(got) == 7, got
    assert all(e["subject"] == "svc:support-console" and e["decision"] == "deny" for e in got)
    got = query(gw, resource="conversation/c-1")["entries"]
    assert len(got) == 3 and all(e["resource"] == "conversation/c-1" for e in got), got
    got = query(gw, decision="allow", subject="svc:admin-cli")["entries"]
    # the 3 authorize allows, plus the allows of the queries made so far
    assert len(got) >= 3 and all(e["decision"] == "allow" for e in got), got
    assert query(gw, subject="svc:nobody")["entries"] == []


def test_query_filters_by_action_and_time(gw):
    fill(gw, n_deny=2, n_allow=2)
    got = query(gw, action="conversation%3Aread")["entries"]
    assert len(got) == 2 and all(e["decision"] == "deny" for e in got), got
    reads = query(gw, action="audit%3Aread")["entries"]
    assert reads and all(e["action"] == "audit:read" for e in reads), reads
    first = query(gw, limit=1)["entries"][0]["time"]
    # since is inclusive, until exclusive, both to the second
    t0 = first[:19] + "Z"
    assert query(gw, since=t0)["entries"][0]["seq"] == 1
    assert query(gw, until=t0)["entries"] == []
    t_hour = time.time() + 3600
    hour = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t_hour))
    # (the instant "hour at +01:00" names, in UTC: compared to the second, so
    # that the test holds across midnight UTC too)
    hour_utc = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t_hour - 3600))
    assert query(gw, since=hour + "Z")["entries"] == []
    # the same instants with an offset (percent-encode the +): an hour ahead at +01:00 is now
    two = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(time.time() + 7200))
    got = query(gw, until=two + "%2B01:00", decision="deny")["entries"]
    assert len(got) == 2, got
    got = query(gw, since=hour + "%2B01:00", action="audit%3Aread")["entries"]
    assert got and all(e["time"][:19] >= hour_utc for e in got), "the query's own entry"
    assert query(gw, since=hour + "-01:00")["entries"] == []


def test_query_pages_oldest_first_and_matches_the_stored_log(gw):
    fill(gw, n_deny=9, n_allow=0)
    stored = [e for _, _, e in read_log(data_dir(gw) / "audit")
              if e["subject"] == "svc:support-console"]
    assert len(stored) == 9
    pages, since = [], 0
    while True:
        page = query(gw, subject="svc%3Asupport-console", limit=2, since_seq=since)
        assert len(page["entries"]) <= 2
        pages.extend(page["entries"])
        if not page["entries"]:
            break
        assert page["next_seq"] > page["entries"][-1]["seq"]
        if len(page["entries"]) == 2:  # a full page ends right after its last entry
            assert page["next_seq"] == page["entries"][-1]["seq"] + 1
        since = page["next_seq"]
    assert pages == stored
    seqs = [e["seq"] for e in pages]
    assert seqs == sorted(seqs)
    # no filter: the first page starts at seq 1, default limit 100
    first = query(gw)
    assert first["entries"][0]["seq"] == 1 and len(first["entries"]) <= 100


def test_query_default_limit_is_100(gw):
    fill(gw, n_deny=105, n_allow=0)
    assert len(query(gw)["entries"]) == 100
    assert len(query(gw, limit=1000)["entries"]) >= 106


@pytest.mark.parametrize("qs", ["limit=abc", "limit=0", "limit=1001", "limit=-1",
                                "since_seq=x", "since_seq=-3", "limit=", "since_seq=1e3",
                                "subject=", "action=", "since=yesterday",
                                "since=2026-11-30", "until=2026-02-30T00:00:00Z",
                                "since=1970-01-01T00:00:00Z",
                                "since=2026-11-30T10:00:00Z&until=2026-11-30T10:00:00Z",
                                "until=" + "2026-11-30T10:00:00." + "0" * 40 + "Z"])
def test_query_bad_numbers_are_400(gw, qs):
    r = gw.get("/v1/audit?" + qs, cert=ADMIN)
    assert r.status == 400 and r.error_code() == "bad_request", (qs, r)


def test_verify_endpoint_reports_an_intact_chain_including_itself(gw):
    fill(gw, n_deny=3, n_allow=2)
    r = gw.get("/v1/audit/verify", cert=ADMIN)
    assert r.status == 200, r
    v = r.json
    assert v["ok"] is True, v
    # its own entry was recorded before the check ran
    assert v["head"]["seq"] == int(r.header("X-Decision-Id")) == v["entries"]
    log = read_log(data_dir(gw) / "audit")
    by_seq = {s: raw for s, raw, _ in log}
    assert v["head"]["hash"] == hashlib.sha256(by_seq[v["head"]["seq"]]).hexdigest()


def test_verify_and_alerts_need_their_permission(gw):
    for path in ("/v1/audit/verify", "/v1/alerts"):
        r = gw.get(path, cert=STAFF)
        assert r.status == 403 and r.error_code() == "forbidden", (path, r)
        assert r.header("X-Decision-Id"), r


# ------------------------------------------------------------------ alerts

def alerts(gw, kind=None):
    r = gw.get("/v1/alerts", cert=ADMIN)
    assert r.status == 200, r
    got = r.json["alerts"]
    for a in got:
        assert {"id", "time", "kind", "subject", "detail"} <= set(a), a
    return [a for a in got if kind is None or a["kind"] == kind]


def test_break_glass_allow_raises_an_alert(gw):
    assert alerts(gw, "break_glass") == []
    r, h = authorize(gw, {"action": "audit:read", "purpose": "break-glass:incident-7"})
    assert r.status == 200 and r.json["decision"] == "allow", r
    got = alerts(gw, "break_glass")
    assert len(got) == 1 and got[0]["subject"] == "svc:admin-cli", got
    assert h["X-Request-Id"] in got[0]["detail"] and "incident-7" in got[0]["detail"]
    # a denied break-glass request is not an access: no alert
    r, _ = authorize(gw, {"action": "conversation:read", "purpose": "break-glass:x"},
                     cert=STAFF)
    assert r.json["decision"] == "deny"
    assert len(alerts(gw, "break_glass")) == 1


def test_ten_denials_in_a_minute_raise_one_burst_alert(gw):
    for i in range(9):
        authorize(gw, {"action": "conversation:read"}, cert=STAFF)
    assert alerts(gw, "denial_burst") == []
    for i in range(6):
        authorize(gw, {"action": "conversation:read"}, cert=STAFF)
    got = alerts(gw, "denial_burst")
    assert len(got) == 1 and got[0]["subject"] == "svc:support-console", got


# ------------------------------------------------------- offline verify CLI

def test_cli_verify_runs_beside_the_gateway_and_names_the_key(gw):
    fill(gw, n_deny=2, n_allow=2)
    r = run_custos("audit", "verify", "--data", str(data_dir(gw)))
    assert r.returncode == 0, (r.stdout, r.stderr)
    m = re.match(r"^ok: (\d+) entries, head seq (\d+) hash ([0-9a-f]{64})$", r.stdout.strip())
    assert m and m.group(1) == m.group(2), r.stdout
    assert "audit-key.path" in r.stderr and "audit.key" in r.stderr, r.stderr
    # the audit env itself, and the key from --config / --key / the environment
    r = run_custos("audit", "verify", "--data", str(data_dir(gw) / "audit"),
                   "--config", str(gw.config_path))
    assert r.returncode == 0 and "--config" in r.stderr, (r.stdout, r.stderr)
    r = run_custos("audit", "verify", "--config", str(gw.config_path))
    assert r.returncode == 0, (r.stdout, r.stderr)
    other = gw.dir / "other.key"
    other.write_text("QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=\n")
    r = run_custos("audit", "verify", "--data", str(data_dir(gw)), "--key", str(other))
    assert r.returncode == 2 and "different key" in r.stderr, (r.stdout, r.stderr)
    env = dict(os.environ, CUSTOS_AUDIT_KEY_FILE=str(gw.dir / "keys" / "audit.key"))
    import subprocess
    from gw import custos_bin
    p = subprocess.run([custos_bin(), "audit", "verify", "--data", str(data_dir(gw))],
                       env=env, capture_output=True, text=True, timeout=10, check=False)
    assert p.returncode == 0 and "CUSTOS_AUDIT_KEY_FILE" in p.stderr, (p.stdout, p.stderr)
    assert run_custos("audit", "verify").returncode == 2
    assert run_custos("audit", "verify", "--data", str(gw.dir / "nothing")).returncode == 2


@pytest.fixture
def stopped_log(gw):
    """A gateway's data_dir with 8+ entries, gateway stopped. Returns
    (workdir, copy(name) -> a fresh copy of the audit env + key path file)."""
    fill(gw, n_deny=5, n_allow=3)
    assert gw.stop() == 0
    src = data_dir(gw)

    def copy(name):
        dst = gw.dir / "copies" / name
        (dst / "audit").mkdir(parents=True)
        for f in ("data.mdb", "lock.mdb"):
            if (src / "audit" / f).exists():
                shutil.copyfile(src / "audit" / f, dst / "audit" / f)
        shutil.copyfile(src / "audit-key.path", dst / "audit-key.path")
        return dst
    return src, copy


def edit(copy_dir, fn):
    env = lmdb.open(str(copy_dir / "audit"), max_dbs=4, map_size=8 << 20)
    try:
        db = env.open_db(b"entries", create=False)
        with env.begin(db=db, write=True) as txn:
            fn(txn)
    finally:
        env.close()


def verify(d, *extra):
    r = run_custos("audit", "verify", "--data", str(d), *extra)
    return r.returncode, r.stdout.strip(), r.stderr


def test_untouched_copy_verifies(stopped_log):
    src, copy = stopped_log
    n = len(read_log(src / "audit"))
    rc, out, err = verify(copy("clean"))
    assert rc == 0 and out.startswith(f"ok: {n} entries, head seq {n} "), (out, err)


def test_changed_byte_is_found_at_its_seq(stopped_log):
    _, copy = stopped_log
    d = copy("byte")

    def change(txn):
        v = bytearray(txn.get(key(3)))
        i = v.index(b'"reason":"') + len(b'"reason":"')
        v[i] = ord("X") if v[i] != ord("X") else ord("Y")
        txn.put(key(3), bytes(v))
    edit(d, change)
    rc, out, _ = verify(d)
    assert rc == 1 and out.startswith("first bad seq 3:"), out


def test_deleted_entry_is_found_at_its_seq(stopped_log):
    _, copy = stopped_log
    d = copy("delete")
    edit(d, lambda txn: txn.delete(key(4)))
    rc, out, _ = verify(d)
    assert rc == 1 and out.startswith("first bad seq 4:"), out


def test_swapped_entries_are_found_at_the_first(stopped_log):
    _, copy = stopped_log
    d = copy("swap")

    def swap(txn):
        a, b = txn.get(key(2)), txn.get(key(5))
        txn.put(key(2), b)
        txn.put(key(5), a)
    edit(d, swap)
    rc, out, _ = verify(d)
    assert rc == 1 and out.startswith("first bad seq 2:"), out


def test_inserted_entry_is_found_where_it_was_put(stopped_log):
    src, copy = stopped_log
    d = copy("insert")
    n = len(read_log(src / "audit"))

    def insert(txn):
        for s in range(n, 2, -1):
            txn.put(key(s + 1), txn.get(key(s)))
        txn.put(key(3), txn.get(key(2)))  # a genuine entry, replayed
    edit(d, insert)
    rc, out, _ = verify(d)
    assert rc == 1 and out.startswith("first bad seq 3:"), out


def test_cut_tail_is_found_only_with_an_anchor(stopped_log):
    src, copy = stopped_log
    r = run_custos("audit", "head", "--data", str(src))
    assert r.returncode == 0
    seq, h = r.stdout.split()
    n = int(seq)
    assert n >= 8
    d = copy("cut")

    def cut(txn):
        txn.delete(key(n))
        txn.delete(key(n - 1))
    edit(d, cut)
    rc, out, _ = verify(d)
    assert rc == 0 and f"head seq {n - 2} " in out, out  # a valid prefix on its own
    rc, out, _ = verify(d, "--anchor", f"{n}:{h}")
    assert rc == 1 and out.startswith(f"first bad seq {n - 1}:") and "truncat" in out, out
    # the intact log passes with the same anchor; a wrong anchor hash fails
    rc, out, _ = verify(copy("anchored"), "--anchor", f"{n}:{h}")
    assert rc == 0, out
    bad = ("0" if h[0] != "0" else "1") + h[1:]
    rc, out, _ = verify(copy("badanchor"), "--anchor", f"{n}:{bad}")
    assert rc == 1 and out.startswith(f"first bad seq {n}:"), out
    assert verify(copy("badform"), "--anchor", "nonsense")[0] == 2
