"""Concurrency: requests on every worker thread while the shared state they read
changes under them (policy swaps, token-cache clears by revocations, SIGHUP
reloads of TLS material and issuer keys, SIGUSR1 sweeps, metrics scrapes).

In a plain build this proves the answers stay right; in the TSan build
(`make test TSAN=1`) it is the test that drives the threads into each other,
and a race report in the gateway's log fails it at teardown (gw.finish)."""

import signal
import threading
import time

from conv_world import PII_TEXT, q, start_world, uniq
from gw import SLOW

DURATION_S = 3.0


def test_answers_stay_right_while_policy_keys_and_revocations_change(start_gw, certs):
    # a custom pattern: role validation and compilation read its name on
    # whichever thread handles the change
    world = start_world(start_gw, certs, overrides={
        "server": {"threads": 2}, "redact": {"pattern.ticket_ref": r"TCK-[0-9]{6}"}})
    gw = world.gw
    user = uniq("user")
    cid = world.create(user)
    alice = world.person("alice", ["support"])        # one token: cached after the first use
    stop = threading.Event()
    bad, counts, lock = [], {}, threading.Lock()

    def note(kind, r, ok):
        with lock:
            counts[kind] = counts.get(kind, 0) + 1
            if r.status not in ok:
                bad.append((kind, r.status, r.body[:200]))

    def reader():
        while not stop.is_set():
            note("read", world.call("support-console", "GET", f"/v1/conversations/{cid}",
                                    headers=alice), (200,))
            note("list", world.call("support-console", "GET",
                                    f"/v1/conversations?user={q(user)}", headers=alice), (200,))

    def writer():
        while not stop.is_set():
            note("append", world.ingest("POST", f"/v1/conversations/{cid}/messages",
                                        {"role": "assistant", "text": PII_TEXT}), (200,))
            note("whoami", gw.get("/v1/whoami", cert="chat-frontend"), (200,))

    def changer(me):
        n = 0
        while not stop.is_set():
            n += 1
            # a role nobody is bound to: a new policy snapshot, same answers
            name = f"churn-{me}-{n % 3}"
            note("role", world.admin("PUT", f"/v1/roles/{name}",
                                     {"name": name, "rules": [
                                         {"id": f"r{n}", "effect": "allow",
                                          "actions": ["concern:read"],
                                          "redact": ["ticket_ref"]}]}), (200, 201))
            # every revocation change clears the token cache under the readers
            jti = f"jti-churn-{me}-{n}"
            note("revoke", world.admin("POST", "/v1/revocations",
                                       {"kind": "jti", "value": jti}), (201,))
            note("unrevoke", world.admin("DELETE", "/v1/revocations",
                                         {"kind": "jti", "value": jti}), (200,))
            if me:
                continue
            if n % 2 == 0:
                gw.signal(signal.SIGHUP)   # TLS material, trust list, issuer keys
            else:
                gw.proc.send_signal(signal.SIGUSR1)  # a sweep on the housekeeping thread
            r = gw.ops_get("/metrics")
            assert r.status == 200

    threads = [threading.Thread(target=f, args=a, daemon=True)
               for f, a in ((reader, ()), (reader, ()), (writer, ()), (changer, (0,)),
                            (changer, (1,)))]
    for t in threads:
        t.start()
    time.sleep(DURATION_S * SLOW)
    stop.set()
    for t in threads:
        t.join(30 * SLOW)
    assert not any(t.is_alive() for t in threads), "a client thread hung"
    assert not bad, bad[:5]
    assert all(counts.get(k, 0) > 0 for k in ("read", "list", "append", "role", "revoke")), counts
    assert gw.alive(), gw.log_tail()
    # the sweep and the reloads left the data and the gateway intact
    assert world.call("support-console", "GET", f"/v1/conversations/{cid}",
                      headers=alice).status == 200
