"""Crash safety (issue 16): rounds of `kill -9` at a random moment while 32
concurrent writers make decisions (POST /v1/authorize), policy edits (PUT
/v1/roles) and conversation writes (create, append). After each kill:
`custos audit verify` passes offline on the files as the kill left them;
after each restart every acknowledged write is there (the decision in the
audit log under its request id and seq, the role with its content, the
conversation with at least its acknowledged messages), nothing half-written
is visible (every role and every conversation of the run reads whole: no
500, no missing message in the middle), and the chain verifies online.

CUSTOS_CRASH_ROUNDS rounds (default 3 in make test; `make crash` runs 20).
"""

import os
import random
import threading
import time
import uuid

from conv_world import CONSENTED, start_world, uniq
from gw import SLOW, run_custos, wait_for
from test_audit_crash import check_acknowledged, read_log

ROUNDS = int(os.environ.get("CUSTOS_CRASH_ROUNDS", "3"))
WRITERS = 32


class Acks:
    def __init__(self):
        self.lock = threading.Lock()
        self.decisions = []      # (request_id, seq)
        self.roles = {}          # name -> description
        self.convs = {}          # id -> messages acknowledged (count)
        self.errors = []


def _writer(w, k, acks, stop, killed, run):
    gw = w.gw
    kind = k % 3
    cert = {0: "admin-cli", 1: "admin-cli", 2: "ingest"}[kind]
    conn = gw.connection(cert, timeout=5)
    mine = None
    n = 0
    try:
        while not stop.is_set():
            n += 1
            try:
                if kind == 0:
                    rid = "c-" + uuid.uuid4().hex[:20]
                    r = gw.request("POST", "/v1/authorize", body={"action": "audit:read"},
                                   headers={"X-Request-Id": rid}, conn=conn)
                    if r.status == 200:
                        with acks.lock:
                            acks.decisions.append((rid, int(r.header("X-Decision-Id"))))
                elif kind == 1:
                    name = f"crash-{run}-{k}-{n}"
                    desc = f"written by writer {k}, #{n} of run {run}"
                    r = gw.request("PUT", f"/v1/roles/{name}", conn=conn, body={
                        "name": name, "description": desc,
                        "rules": [{"id": "r", "effect": "allow",
                                   "actions": ["concern:read"]}]})
                    if r.status in (200, 201):
                        with acks.lock:
                            acks.roles[name] = desc
                else:
                    if mine is None or n % 4 == 0:
                        r = gw.request("POST", "/v1/conversations", conn=conn, body={
                            "user": uniq(), "labels": {"run": run, "team": "crash"},
                            "consent": CONSENTED,
                            "messages": [{"role": "user", "text": f"first {k}"}]})
                        if r.status == 201:
                            mine = r.json["id"]
                            with acks.lock:
                                acks.convs[mine] = 1
                    else:
                        r = gw.request("POST", f"/v1/conversations/{mine}/messages",
                                       conn=conn, body={"role": "assistant",
                                                        "text": f"msg {n}"})
                        if r.status in (200, 201):
                            with acks.lock:
                                acks.convs[mine] += 1
                if r.status >= 500 or r.status in (400, 401, 403, 404):
                    acks.errors.append(repr(r))
            except Exception as e:  # the connection died with the gateway
                if not killed.is_set():
                    acks.errors.append(repr(e))
                return
    finally:
        conn.close()


def _verify(w, acks, run):
    gw = w.gw
    log = read_log(gw.dir / "data" / "audit")
    check_acknowledged(log, acks.decisions)
    for name, desc in acks.roles.items():
        r = gw.get(f"/v1/roles/{name}", cert="admin-cli")
        assert r.status == 200 and r.json["description"] == desc, (name, r)
    # every conversation of the run reads whole, with at least what was acknowledged
    r = w.legal("GET", f"/v1/conversations?label=run:{run}&limit=1000")
    assert r.status == 200, r
    for cid, count in acks.convs.items():
        c = w.legal("GET", f"/v1/conversations/{cid}")
        assert c.status == 200, (cid, c)
        msgs = c.json["messages"]
        assert len(msgs) >= count, (cid, len(msgs), count)
        assert msgs[0]["text"].startswith("first "), msgs[0]
        assert all(m["text"] for m in msgs), msgs
    roles = gw.get("/v1/roles", cert="admin-cli")
    assert roles.status == 200, roles
    v = gw.get("/v1/audit/verify", cert="admin-cli")
    assert v.status == 200 and v.json["ok"] is True, v


def test_kill_9_rounds_under_32_writers_lose_no_acknowledged_write(start_gw, certs):
    w = start_world(start_gw, certs, overrides={"server": {"audit_map_size": str(256 << 20)}})
    gw = w.gw
    rng = random.Random(int(os.environ.get("CUSTOS_CRASH_SEED", "0")) or None)
    run = uuid.uuid4().hex[:8]
    acks = Acks()
    counts = []
    for rnd in range(ROUNDS):
        gw.killed.clear()
        stop = threading.Event()
        threads = [threading.Thread(target=_writer, args=(w, k, acks, stop, gw.killed, run),
                                    daemon=True) for k in range(WRITERS)]
        before = len(acks.decisions) + len(acks.roles) + sum(acks.convs.values())
        for t in threads:
            t.start()
        time.sleep(rng.uniform(0.3, 1.5) * SLOW)
        gw.kill()
        stop.set()
        for t in threads:
            t.join(15)
        assert not acks.errors, acks.errors[:5]
        after = len(acks.decisions) + len(acks.roles) + sum(acks.convs.values())
        counts.append(after - before)
        r = run_custos("audit", "verify", "--data", str(gw.dir / "data"))
        assert r.returncode == 0, (rnd, r.stdout, r.stderr)
        gw.start()
        _verify(w, acks, run)
    print(f"{ROUNDS} rounds; acknowledged writes per round {counts}; total decisions "
          f"{len(acks.decisions)}, roles {len(acks.roles)}, conversations {len(acks.convs)}, "
          f"messages {sum(acks.convs.values())}")
    assert sum(counts) > ROUNDS * 10, counts
    _ = wait_for
