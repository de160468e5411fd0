"""The audit log under failure: a full audit map makes the gateway fail
closed (503 audit_unavailable, /readyz 503, no 200 without its entry) and a
SIGHUP with a larger [server] audit_map_size brings it back without a
restart; `kill -9` under 16 concurrent clients loses no acknowledged
decision and leaves a log that verifies."""

import json
import signal
import struct
import threading
import time
import uuid

import pytest

from gw import SLOW, run_custos, wait_for

import lmdb  # python3-lmdb (scripts/deps.sh)

ADMIN = "admin-cli"


def read_log(audit_dir):
    """{seq: entry dict} of the log in AUDIT_DIR, opened read-only."""
    env = lmdb.open(str(audit_dir), readonly=True, lock=True, max_dbs=4)
    try:
        db = env.open_db(b"entries", create=False)
        with env.begin(db=db) as txn:
            return {struct.unpack(">Q", k)[0]: json.loads(v) for k, v in txn.cursor()}
    finally:
        env.close()


def authorize(gw, conn):
    rid = "t-" + uuid.uuid4().hex[:20]
    r = gw.request("POST", "/v1/authorize", body={"action": "audit:read"},
                   headers={"X-Request-Id": rid}, conn=conn, cert=ADMIN)
    return rid, r


def check_acknowledged(log, acked):
    """Every (request_id, decision_id) a client saw with a 200 is in LOG."""
    missing = [(rid, did) for rid, did in acked
               if did not in log or log[did]["request_id"] != rid]
    assert not missing, f"{len(missing)} acknowledged decisions not in the log: {missing[:5]}"


def test_full_audit_map_fails_closed_and_sighup_with_a_bigger_map_recovers(start_gw):
    gw = start_gw(overrides={"server": {"audit_map_size": str(64 * 1024),
                                        "store_map_size": str(4 << 20)}})
    conn = gw.connection(ADMIN)
    acked, refused = [], []
    deadline = time.monotonic() + 20 * SLOW
    while time.monotonic() < deadline and len(refused) < 20:
        rid, r = authorize(gw, conn)
        if r.status == 200:
            did = int(r.header("X-Decision-Id"))
            assert r.json["decision_id"] == did, r
            acked.append((rid, did))
        else:
            assert r.status == 503 and r.error_code() == "audit_unavailable", r
            assert r.header("X-Decision-Id") is None, r
            refused.append(rid)
    conn.close()
    assert refused, f"a 64 KiB audit map never filled after {len(acked)} decisions"
    assert len(acked) >= 3, "the map filled before any real work"
    assert wait_for(lambda: gw.ops_get("/readyz").status == 503, 3), "still ready"
    time.sleep(1.5)  # the writer's idle probe must not make it ready again
    r = gw.ops_get("/readyz")
    assert r.status == 503 and r.json["reason"] == "audit_unavailable", r
    rid, r = authorize(gw, None)
    assert r.status == 503, r
    refused.append(rid)

    # recovery: grow the map in the config and send SIGHUP (no restart)
    gw.overrides["server"]["audit_map_size"] = str(2 << 20)
    gw.write_config()
    gw.signal(signal.SIGHUP)
    assert wait_for(lambda: authorize(gw, None)[1].status == 200, 5), gw.log_tail()
    assert wait_for(lambda: gw.ops_get("/readyz").status == 200, 3), gw.log_tail()
    for _ in range(20):
        rid, r = authorize(gw, None)
        assert r.status == 200, r
        acked.append((rid, int(r.header("X-Decision-Id"))))
    assert any("audit map size changed" in ln.get("msg", "") for ln in gw.log_lines())
    a = gw.get("/v1/alerts", cert=ADMIN)
    assert a.status == 200, a
    assert [x for x in a.json["alerts"] if x["kind"] == "audit_unavailable"], a.json

    # after a restart (with the bigger map): every 200 has its entry, no 503 has one,
    # and the chain verifies offline and online
    assert gw.stop() == 0
    gw.start()
    log = read_log(gw.dir / "data" / "audit")
    check_acknowledged(log, acked)
    logged = {e["request_id"] for e in log.values()}
    assert not logged & set(refused), "a refused request has an entry"
    r = run_custos("audit", "verify", "--data", str(gw.dir / "data"))
    assert r.returncode == 0, (r.stdout, r.stderr)
    v = gw.get("/v1/audit/verify", cert=ADMIN)
    assert v.status == 200 and v.json["ok"] is True, v


def test_kill_9_under_16_clients_loses_no_acknowledged_decision(start_gw):
    gw = start_gw(overrides={"server": {"audit_map_size": str(64 << 20),
                                        "store_map_size": str(4 << 20)}})
    acked, lock = [], threading.Lock()
    errors = []
    stop = threading.Event()

    def client():
        conn = gw.connection(ADMIN, timeout=3)
        try:
            while not stop.is_set():
                try:
                    rid, r = authorize(gw, conn)
                except Exception as e:  # OSError, http.client errors on a dead peer
                    # Whether the gateway is gone is decided by the kill itself
                    # (marked before the signal), never by probing the process,
                    # which may not have died yet when the connection breaks.
                    if not gw.killed.is_set():
                        errors.append(repr(e))
                    return
                if r.status == 200:
                    did = int(r.header("X-Decision-Id"))
                    if r.json.get("decision_id") != did or r.json["decision"] != "allow":
                        errors.append(repr(r))
                    with lock:
                        acked.append((rid, did))
                else:
                    errors.append(repr(r))
        finally:
            conn.close()

    threads = [threading.Thread(target=client, daemon=True) for _ in range(16)]
    for t in threads:
        t.start()
    assert wait_for(lambda: len(acked) >= 200, 15), f"only {len(acked)} decisions"
    gw.kill()  # SIGKILL in the middle of the stream
    stop.set()
    for t in threads:
        t.join(10)
    assert not errors, errors[:5]
    n = len(acked)
    assert n >= 200

    gw.start()
    log = read_log(gw.dir / "data" / "audit")
    check_acknowledged(log, acked)
    assert len(log) >= n
    r = run_custos("audit", "verify", "--data", str(gw.dir / "data"))
    assert r.returncode == 0, (r.stdout, r.stderr)
    assert r.stdout.startswith(f"ok: {len(log)} entries, head seq {max(log)} "), r.stdout
    # the restarted gateway continues the same chain
    rid, resp = authorize(gw, None)
    assert resp.status == 200 and int(resp.header("X-Decision-Id")) > max(log), resp
    v = gw.get("/v1/audit/verify", cert=ADMIN)
    assert v.status == 200 and v.json["ok"] is True, v
