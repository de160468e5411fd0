"""Retention: an expired conversation is 404 at once, and a sweep (SIGUSR1,
or `custos retention sweep` with or without a running gateway) deletes it
after recording a retention:delete entry; legal hold keeps it."""

import signal
import time

from conv_world import q, start_world, uniq
from gw import run_custos, wait_for


def rfc3339(t):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def create_expiring(world, user, seconds=2):
    """A conversation expiring SECONDS from now; returns (id, expiry time)."""
    at = int(time.time()) + seconds
    cid = world.create(user, expires_at=rfc3339(at))
    return cid, at


def wait_until(t):
    while time.time() < t + 0.05:
        time.sleep(0.05)


def retention_entries(world, cid):
    return world.entries_for(resource=f"conversation/{cid}", action="retention:delete")


def test_expired_conversation_is_404_then_swept_on_sigusr1_with_its_record(start_gw, certs):
    world = start_world(start_gw, certs, "sigusr1")
    user = uniq()
    cid, at = create_expiring(world, user)
    lasting = world.create(user)
    r = world.alice("GET", f"/v1/conversations/{cid}")
    assert r.status == 200, r
    pn = r.json["user"]
    assert r.json["expires_at"] == rfc3339(at)
    wait_until(at)
    r = world.alice("GET", f"/v1/conversations/{cid}")
    assert (r.status, r.error_code()) == (404, "not_found"), r
    assert retention_entries(world, cid) == []

    world.gw.signal(signal.SIGUSR1)
    es = wait_for(lambda: retention_entries(world, cid), 5)
    assert len(es) == 1, world.gw.log_tail()
    e = es[0]
    assert e["decision"] == "allow" and e["reason"] == "expired"
    assert e["subject"] == "system:retention" and e["user"] == pn
    assert retention_entries(world, lasting) == []
    assert world.alice("GET", f"/v1/conversations/{lasting}").status == 200
    # the expired one is gone for good: export (which would list it) is empty of it
    r = world.frontend("GET", f"/v1/users/{q(user)}/export")
    assert [c["id"] for c in r.json["conversations"]] == [lasting]
    # the deletion shows in the user's access log, by the system
    r = world.frontend("GET", f"/v1/users/{q(user)}/access-log")
    rec = [x for x in r.json["entries"] if x["action"] == "retention:delete"]
    assert len(rec) == 1 and rec[0]["by"] == "system:retention"
    # a second sweep records nothing new
    world.gw.signal(signal.SIGUSR1)
    time.sleep(0.6)
    assert len(retention_entries(world, cid)) == 1


def test_cli_sweep_asks_the_running_gateway(start_gw, certs):
    world = start_world(start_gw, certs, "cli-running")
    cid, at = create_expiring(world, uniq())
    wait_until(at)
    r = run_custos("retention", "sweep", "--config", str(world.gw.config_path))
    assert r.returncode == 0, r.stderr
    assert "asked" in r.stdout and "SIGUSR1" in r.stdout
    assert wait_for(lambda: retention_entries(world, cid), 5), world.gw.log_tail()
    assert world.gw.alive()


def test_cli_sweep_without_a_gateway_deletes_and_records(start_gw, certs):
    world = start_world(start_gw, certs, "cli-alone")
    user = uniq()
    cid, at = create_expiring(world, user)
    kept = world.create(user)
    world.gw.stop()
    wait_until(at)
    r = run_custos("retention", "sweep", "--config", str(world.gw.config_path))
    assert r.returncode == 0, r.stderr
    assert "deleted 1 expired conversation" in r.stdout, r.stdout
    assert len(retention_entries(world, cid)) == 1
    r = run_custos("retention", "sweep", "--config", str(world.gw.config_path))
    assert r.returncode == 0 and "deleted 0" in r.stdout, (r.stdout, r.stderr)
    # the chain the CLI extended is intact and the gateway starts on it again
    world.gw.start()
    assert world.alice("GET", f"/v1/conversations/{kept}").status == 200
    r = world.alice("GET", f"/v1/conversations/{cid}")
    assert (r.status, r.error_code()) == (404, "not_found"), r


def test_legal_hold_keeps_an_expired_conversation_through_sweeps(start_gw, certs):
    world = start_world(start_gw, certs, "hold")
    cid, at = create_expiring(world, uniq())
    r = world.dpo("PUT", f"/v1/conversations/{cid}/hold", {"legal_hold": True})
    assert r.status == 200, r
    wait_until(at)
    world.gw.signal(signal.SIGUSR1)
    time.sleep(0.6)
    assert retention_entries(world, cid) == []
    r = world.alice("GET", f"/v1/conversations/{cid}")
    assert r.status == 200 and r.json["legal_hold"] is True, r
    # released, the expiry applies again and the next sweep takes it
    assert world.dpo("PUT", f"/v1/conversations/{cid}/hold",
                     {"legal_hold": False}).status == 200
    r = world.alice("GET", f"/v1/conversations/{cid}")
    assert (r.status, r.error_code()) == (404, "not_found"), r
    world.gw.signal(signal.SIGUSR1)
    assert wait_for(lambda: retention_entries(world, cid), 5), world.gw.log_tail()


def test_cli_sweep_usage_errors(start_gw, certs, tmp_path):
    r = run_custos("retention", "sweep")
    assert r.returncode == 2
    r = run_custos("retention", "sweep", "--config", str(tmp_path / "missing.ini"))
    assert r.returncode == 1
