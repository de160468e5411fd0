"""make soak: SOAK_SECONDS (3600) of mixed load against a real gateway, its
RSS and open descriptors sampled every SOAK_SAMPLE_S (10) seconds. Not in
CI. The load, 8 threads, each on its own keep-alive connection: decisions
(POST /v1/authorize), conversation creates and appends (ingest), staff reads
with a token (alice), denied reads (bob), lists, audit queries (limit=200),
end-user exports and access logs, policy edits (PUT /v1/roles). Every answer
must be an expected one (2xx; 403 for bob; 429/503 Retry-After from the
expensive-read gate); anything else is counted as an error.

It passes when there is no unexpected answer and RSS and descriptors are
flat: the heap (RssAnon; RssFile, the LMDB maps, grows with the log and is
reported) has its last quarter's median within SOAK_RSS_GROWTH (10 %) and 2 MiB of
the second quarter's (the first quarter is warm-up: caches, LMDB maps), and
descriptors within 8. Prints the samples and the verdict; exit 0 or 1."""

import collections
import os
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "e2e"))

import subprocess  # noqa: E402

from conv_world import World, q, uniq  # noqa: E402
from gw import REPO, Certs, Gateway  # noqa: E402

SECONDS = float(os.environ.get("SOAK_SECONDS", "3600"))
SAMPLE_S = float(os.environ.get("SOAK_SAMPLE_S", "10"))
GROWTH = float(os.environ.get("SOAK_RSS_GROWTH", "0.10"))


def proc_stats(pid):
    """(RssAnon, RssFile, open descriptors). RssFile is mostly the LMDB maps,
    which grow with the audit log and the pages read: not a leak. RssAnon is
    the heap: what must stay flat."""
    anon = filed = 0
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("RssAnon:"):
                anon = int(line.split()[1]) * 1024
            elif line.startswith("RssFile:"):
                filed = int(line.split()[1]) * 1024
    return anon, filed, len(os.listdir(f"/proc/{pid}/fd"))


def main():
    work = Path(tempfile.mkdtemp(prefix="custos-soak-", dir=os.environ.get("SOAK_DIR")))
    subprocess.run(["sh", str(REPO / "certs" / "gen.sh"), str(work / "certs")], check=True,
                   capture_output=True)
    certs = Certs(work / "certs")
    gw = Gateway(certs, work / "gw", overrides={
        "retention": {"sweep_interval_s": 60}, "server": {"audit_map_size": str(8 << 30),
                                                          "store_map_size": str(4 << 30)}})
    gw.start()
    w = World(gw, certs)
    stop = threading.Event()
    counts = collections.Counter()
    bad = collections.Counter()
    lock = threading.Lock()
    # Steady state, not growing work: the creates move on to a new end user
    # every PER_USER conversations, and the reads, appends, exports and
    # access logs aim at the newest 20 users and conversations. (With fixed
    # targets an export grows with every create: after an hour each of 20
    # users had ~1,000 conversations and an export cost ~1 s; the heap then
    # measured the largest answer, not a leak.)
    per_user = 25
    users = collections.deque((uniq() for _ in range(20)), maxlen=20)
    convs = collections.deque((w.create(u) for u in users), maxlen=20)

    def pick(dq, i):
        with lock:
            return dq[i % len(dq)]

    def create(i):
        if i % per_user == 0:
            with lock:
                users.append(uniq())
        u = pick(users, -1)
        r = w.ingest("POST", "/v1/conversations", {
            "user": u, "labels": {"assignee": "user:corp/alice", "team": "support"},
            "consent": {"human_review": True, "training": False},
            "messages": [{"role": "user", "text": f"hello {i} jane@example.com"}]})
        if r.status == 201:
            with lock:
                convs.append(r.json["id"])
        return r

    def note(kind, r, ok):
        with lock:
            counts[(kind, r.status)] += 1
            if r.status not in ok:
                bad[(kind, r.status, r.error_code())] += 1

    def loop(kind, fn, ok, pause):
        i = 0
        while not stop.is_set():
            i += 1
            try:
                note(kind, fn(i), ok)
            except Exception as e:  # noqa: BLE001
                with lock:
                    bad[(kind, "exception", repr(e)[:80])] += 1
            time.sleep(pause)

    ac = gw.connection("admin-cli")
    loads = [
        ("authorize", lambda i: gw.request("POST", "/v1/authorize", conn=ac,
                                           body={"action": "conversation:read"}),
         {200}, 0.005),
        ("create", create, {201}, 0.02),
        ("append", lambda i: w.ingest("POST", f"/v1/conversations/{pick(convs, i)}"
                                      "/messages", {"role": "assistant", "text": f"m{i}"}),
         {200, 201}, 0.05),
        ("read", lambda i: w.alice("GET", f"/v1/conversations/{pick(convs, i)}"),
         {200}, 0.01),
        ("denied", lambda i: w.staff("bob", ["support"], "GET",
                                     f"/v1/conversations/{pick(convs, i)}"),
         {403}, 0.05),
        ("audit", lambda i: gw.get("/v1/audit?limit=200&since_seq=" + str(1 + (i * 97) % 5000),
                                   cert="admin-cli"), {200, 429, 503}, 0.1),
        ("export", lambda i: w.frontend("GET", f"/v1/users/{q(pick(users, i))}/"
                                        + ("export" if i % 2 else "access-log")),
         {200, 429, 503}, 0.5),
        ("policy", lambda i: gw.request("PUT", f"/v1/roles/soak-{i % 50}", cert="admin-cli",
                                        body={"name": f"soak-{i % 50}", "description": f"v{i}",
                                              "rules": [{"id": "r", "effect": "allow",
                                                         "actions": ["concern:read"]}]}),
         {200, 201}, 1.0),
    ]
    threads = [threading.Thread(target=loop, args=lx, daemon=True) for lx in loads]
    for t in threads:
        t.start()
    samples = []
    t0 = time.monotonic()
    try:
        while time.monotonic() - t0 < SECONDS:
            time.sleep(SAMPLE_S)
            rss, filed, fds = proc_stats(gw.proc.pid)
            samples.append((time.monotonic() - t0, rss, fds, sum(counts.values()), filed))
            print(f"t={samples[-1][0]:7.0f}s rss_anon={rss / 2**20:7.1f} MiB "
                  f"rss_file={filed / 2**20:7.1f} MiB fds={fds:4d} "
                  f"requests={samples[-1][3]}", flush=True)
    finally:
        stop.set()
        for t in threads:
            t.join(10)
        ac.close()
        alive = gw.alive()
        gw.stop()
    n = len(samples)
    q2 = samples[n // 4: n // 2] or samples
    q4 = samples[3 * n // 4:] or samples
    rss2 = statistics.median(s[1] for s in q2)
    rss4 = statistics.median(s[1] for s in q4)
    fd2 = statistics.median(s[2] for s in q2)
    fd4 = statistics.median(s[2] for s in q4)
    total = sum(counts.values())
    print(f"{SECONDS:.0f} s, {total} requests ({total / SECONDS:.0f}/s): "
          + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    print(f"RssAnon median 2nd quarter {rss2 / 2**20:.1f} MiB, last quarter {rss4 / 2**20:.1f} MiB "
          f"({(rss4 - rss2) / rss2 * 100:+.1f} %); fds {fd2:.0f} -> {fd4:.0f}; "
          f"first/last RssAnon {samples[0][1] / 2**20:.1f}/{samples[-1][1] / 2**20:.1f} MiB, "
          f"RssFile {samples[0][4] / 2**20:.1f}/{samples[-1][4] / 2**20:.1f} MiB")
    ok = True
    if bad:
        print(f"UNEXPECTED answers: {dict(bad)}")
        ok = False
    if rss4 > rss2 * (1 + GROWTH) and rss4 - rss2 > 2 << 20:
        print("RSS is not flat")
        ok = False
    if fd4 > fd2 + 8:
        print("descriptors are not flat")
        ok = False
    if not alive:
        print("the gateway died during the soak")
        ok = False
    print("soak: " + ("PASS" if ok else "FAIL") + f" (work dir {work})")
    _ = urllib.parse
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
