"""Key management measurements (docs/KEYS.md): the master key rewrap's
throughput (conversations per second, offline and online) and the cost of
opening a read's data key with a PKCS#11-held master key (SoftHSM2) with and
without the data-key cache, against a file-held master key in the same run
(build/bench_keys); the shred, the compaction of the store after an
erasure; and the rewrap onto a token-held key and from one token key to a
new one (offline and online).

    /usr/bin/python3 bench/keys_bench.py [N_REWRAP]

Uses the e2e harness (a real gateway, real mTLS, real LMDB files) in a
temporary directory; needs certs/gen.sh's tools and softhsm2-util."""

import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "e2e"))

from conv_world import OVERRIDES, World, uniq  # noqa: E402
from gw import Certs, Gateway, run_custos  # noqa: E402

TEXT = "Mail me at jane.doe@example.com about the ticket."


def world(certs, d, keys=None):
    ov = {k: dict(v) for k, v in OVERRIDES.items()}
    if keys:
        ov["keys"] = keys
    gw = Gateway(certs, d, overrides=ov)
    return gw


def create_many(w, n, threads=4):
    ids, lock = [], threading.Lock()

    def run(k):
        conn = w.gw.connection("ingest")
        for _ in range(k):
            body = {"user": uniq("b"), "labels": {"team": "support"},
                    "consent": {"human_review": True, "training": False},
                    "messages": [{"role": "user", "text": TEXT},
                                 {"role": "assistant", "text": "Thanks, noted."}]}
            r = w.gw.request("POST", "/v1/conversations", body, conn=conn)
            assert r.status == 201, r
            with lock:
                ids.append(r.json["id"])
        conn.close()

    ts = [threading.Thread(target=run, args=(n // threads,)) for _ in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return ids


def metric(gw, name):
    for line in gw.ops_get("/metrics").body.decode().splitlines():
        if line.startswith(name + " "):
            return int(line.split()[1])
    return None


def offline_rotate(gw, n, what):
    """`custos keys rotate master` (the rewrap to its end): prints its rate."""
    t0 = time.perf_counter()
    r = run_custos("keys", "rotate", "master", "--config", str(gw.config_path), timeout=600)
    dt = time.perf_counter() - t0
    assert r.returncode == 0, r
    print(f"offline rewrap{what}: {n} conversations in {dt:.2f} s (process start included) "
          f"= {n / dt:.0f} conversations/s")


def online_rotate(gw, w, n, what):
    """POST /v1/keys/master/rotate, then until the old version retires."""
    r = w.admin("POST", "/v1/keys/master/rotate")
    assert r.status == 200, r
    t0 = time.perf_counter()
    while metric(gw, "custos_keys_master_oldest_version") != r.json["version"]:
        time.sleep(0.05)
    dt = time.perf_counter() - t0
    print(f"online rewrap{what} (rewrap_batch 500, 4 steps/s): {n} conversations in "
          f"{dt:.2f} s = {n / dt:.0f} conversations/s")


def main():
    n_rewrap = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    tmp = Path(tempfile.mkdtemp(prefix="keys-bench-"))
    subprocess.run(["sh", str(REPO / "certs" / "gen.sh"), str(tmp / "certs")], check=True,
                   capture_output=True)
    certs = Certs(tmp / "certs")

    # ---- rewrap throughput
    gw = world(certs, tmp / "rewrap").start()
    w = World(gw, certs)
    create_many(w, n_rewrap)
    assert gw.stop() == 0
    offline_rotate(gw, n_rewrap, "")
    gw.overrides["keys"] = {"rewrap_batch": 500}
    gw.start()
    online_rotate(gw, w, n_rewrap, "")

    # ---- shred: one erasure, then the compaction of the whole store
    # (SIGUSR1 asks for it at once; the gateway reports its copy and swap).
    for i in range(3):
        victim = uniq("v")
        w.create(victim, text=TEXT)
        r = w.frontend("DELETE", f"/v1/users/{victim}")
        assert r.status == 200, r
        gw.signal(signal.SIGUSR1)
        while metric(gw, "custos_shred_compactions_total") != i + 1:
            time.sleep(0.02)
        ms = metric(gw, "custos_shred_last_duration_ms")
        size = metric(gw, "custos_shred_store_bytes")
        print(f"shred (rebuilt copy + swap): store of {n_rewrap} conversations, "
              f"{size / 1e6:.1f} MB after, in {ms} ms = "
              f"{n_rewrap / max(ms, 1) * 1000:.0f} conversations/s, "
              f"{size / 1e6 / max(ms, 1) * 1000:.0f} MB/s")
    assert gw.stop() == 0

    # ---- reads: file master, token with cache, token without
    hsm = tmp / "softhsm"
    (hsm / "tokens").mkdir(parents=True)
    (hsm / "softhsm2.conf").write_text(f"directories.tokendir = {hsm / 'tokens'}\n"
                                       "objectstore.backend = file\nlog.level = ERROR\n")
    os.environ["SOFTHSM2_CONF"] = str(hsm / "softhsm2.conf")
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", "custos", "--pin",
                    "1234", "--so-pin", "5678"], check=True, capture_output=True)
    (hsm / "pin").write_text("1234\n")
    # The key work of a read, without the HTTP around it (which is
    # milliseconds of TLS, redaction and the audit fsync on a loaded machine
    # and hides a token operation): bench_keys opens one wrapped data key.
    r = subprocess.run([str(REPO / "build" / "bench_keys"), "pkcs11:token=custos;object=master",
                        str(hsm / "pin"), "2000"], capture_output=True, text=True, check=True)
    print(r.stdout.strip())

    # ---- rewrap on the token: file key -> token key, token key -> a new
    # token key (offline, CLI), token -> token online; same store, same run
    # as the file -> file figures above.
    gw.overrides["keys"] = {"rewrap_batch": 500, "master": "pkcs11:token=custos;object=master",
                            "pin_file": str(hsm / "pin")}
    gw.write_config()
    r = run_custos("keys", "init", "--config", str(gw.config_path))
    assert r.returncode == 0, r
    offline_rotate(gw, n_rewrap, ", file key -> token key")
    offline_rotate(gw, n_rewrap, ", token key -> new token key")
    gw.start()
    online_rotate(gw, w, n_rewrap, ", token key -> new token key")
    assert gw.stop() == 0


if __name__ == "__main__":
    main()
