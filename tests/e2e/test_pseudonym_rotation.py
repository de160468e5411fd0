"""Pseudonym key rotation end to end (docs/KEYS.md, "Pseudonym key"): the
admin API and `custos keys rotate pseudonym` add version 2, whose pseudonyms
("u2-...", staff "s2-...") every read, listing, audit entry, access log and
export shows from then on; the pseudonym index is rebuilt in the background
in bounded steps (progress on /metrics and `custos keys status`), resuming
after a SIGKILL; the old "u-" pseudonyms are accepted for [keys]
pseudonym_grace_s and refused after it. Real gateway, real mTLS, real LMDB
files; the audit chain verifies after every step."""

import json
import os
import re
import signal
import time

from conv_world import q, start_world, uniq
from gw import SLOW, metric, run_custos, wait_for
from test_keys import verify_audit
from test_shred import snapshot, wait_compacted

U1 = re.compile(r"^u-[0-9a-f]{32}$")
U2 = re.compile(r"^u2-[0-9a-f]{32}$")


def pseudonym_of(world, cid):
    """The end user's pseudonym as a support agent reading cid sees it."""
    r = world.alice("GET", f"/v1/conversations/{cid}")
    assert r.status == 200, r
    return r.json["user"]


def listed(world, user_param):
    r = world.alice("GET", f"/v1/conversations?user={q(user_param)}")
    return r


def pn_status(gw):
    r = run_custos("keys", "status", "--config", str(gw.config_path))
    assert r.returncode == 0, r
    return json.loads(r.stdout)["pseudonym"]


def index_records(gw, pn):
    """The records of the vault's pseudonym index that hold pseudonym pn's
    hex digits (in their key or value), read without the lock file."""
    hexd = pn.split("-", 1)[1].encode()
    return [(k, v) for (_db, k), v in snapshot(gw, ("user_pn",)).items()
            if hexd in k or hexd in v]


def test_online_rotation_grace_then_refusal(start_gw, certs):
    # One conversation per rebuild step, so the rebuild spans many ticks.
    world = start_world(start_gw, certs, overrides={
        "keys": {"rewrap_batch": 1, "pseudonym_grace_s": 3600}})
    gw = world.gw
    jane, joe = uniq("jane"), uniq("joe")
    jane_ids = [world.create(jane) for _ in range(3)]
    joe_id = world.create(joe)
    others = [world.create(uniq("o")) for _ in range(8)]
    old = pseudonym_of(world, jane_ids[0])
    assert U1.match(old), old
    assert metric(gw, "custos_keys_pseudonym_version") == 1
    r = world.frontend("GET", f"/v1/users/{q(jane)}/export")
    assert r.status == 200 and r.json["user_pseudonym"] == old, r
    old_staff = {e["by"] for e in r.json["access_log"]["entries"]
                 if e["by_kind"] == "person"}
    assert old_staff and all(re.match(r"^s-[0-9a-f]{32}$", s) for s in old_staff)

    r = world.admin("POST", "/v1/keys/pseudonym/rotate")
    assert r.status == 200, r
    assert (r.json["key"], r.json["version"], r.json["index_pending"]) == \
        ("pseudonym", 2, 12), r.json
    assert r.json["grace_until"].endswith("Z")
    v2 = gw.dir / "keys" / "pseudonym.key.2"
    assert v2.exists() and (v2.stat().st_mode & 0o777) == 0o600

    # New output is version 2 at once, also before the rebuild reaches the
    # user; the same user keeps one pseudonym across conversations.
    new = pseudonym_of(world, jane_ids[2])
    assert U2.match(new) and new[3:] != old[2:], (old, new)
    assert {pseudonym_of(world, c) for c in jane_ids} == {new}
    assert pseudonym_of(world, joe_id) not in (new, old)
    # A second rotation waits for the rebuild.
    r = world.admin("POST", "/v1/keys/pseudonym/rotate")
    assert r.status == 409 and r.error_code() == "rotation_in_progress", r
    assert metric(gw, "custos_keys_pseudonym_version") == 2
    wait_for(lambda: metric(gw, "custos_keys_pseudonym_indexed_version") == 2, 60 * SLOW)
    assert metric(gw, "custos_keys_pseudonym_index_pending") == 0
    assert metric(gw, "custos_keys_pseudonym_indexed_total") == 12
    assert metric(gw, "custos_keys_pseudonym_grace_until_seconds") > time.time() + 3000

    # Both resolve during the grace period; items show the new pseudonym.
    for given in (old, new):
        r = listed(world, given)
        assert r.status == 200, r
        assert sorted(c["id"] for c in r.json["conversations"]) == sorted(jane_ids), r
        assert {c["user"] for c in r.json["conversations"]} == {new}
        # ... and the listing's entry names the user by the new one.
        seq = int(r.header("X-Decision-Id"))
        wait_for(lambda: any(e["seq"] == seq for e in world.audit_entries()), 5 * SLOW)
        assert [e["user"] for e in world.audit_entries() if e["seq"] == seq] == [new]
    r = listed(world, "u3-" + "0" * 32)
    assert r.status == 400 and r.error_code() == "bad_request", r
    # A conversation created after the rotation is indexed at once.
    late = world.create(jane)
    r = listed(world, new)
    assert late in [c["id"] for c in r.json["conversations"]], r

    # Audit entries, the access log and the export use the new version;
    # the access log still finds the entries made under the old one.
    entries = world.audit_entries()
    reads = [e for e in entries if e.get("action") == "conversation:read"
             and e.get("resource") == f"conversation/{jane_ids[0]}"]
    assert reads[-1]["user"] == new and any(e["user"] == old for e in reads[:-1]), reads
    r = world.frontend("GET", f"/v1/users/{q(jane)}/export")
    assert r.status == 200 and r.json["user_pseudonym"] == new, r
    al = r.json["access_log"]["entries"]
    staff = {e["by"] for e in al if e["by_kind"] == "person"}
    assert staff and all(re.match(r"^s2-[0-9a-f]{32}$", s) for s in staff), staff
    ids_read = {e["decision_id"] for e in al if e["action"] == "conversation:read"}
    old_seqs = {e["seq"] for e in reads if e["user"] == old}
    new_seqs = {e["seq"] for e in reads if e["user"] == new}
    assert old_seqs <= ids_read and new_seqs <= ids_read, (ids_read, old_seqs, new_seqs)
    r = world.frontend("GET", f"/v1/users/{q(jane)}/access-log")
    assert r.status == 200 and r.json["user_pseudonym"] == new, r

    # The rotation is audited: the admin's decision and change, the end of
    # the rebuild by the system; a caller without keys:rotate is refused.
    r = world.legal("POST", "/v1/keys/pseudonym/rotate")
    assert r.status == 403, r
    ents = world.entries_for("keys/pseudonym", "keys:rotate")
    assert any(e["subject"] == "svc:admin-cli" and e.get("change") == "rotate"
               and e.get("version") == 2 for e in ents), ents
    wait_for(lambda: any(e["subject"] == "system:keys"
                         for e in world.entries_for("keys/pseudonym")), 5 * SLOW)

    st = pn_status(gw)
    assert (st["current"], st["indexed"], st["index_pending"]) == (2, 2, 0), st
    assert [(v["version"], v["state"]) for v in st["versions"]] == \
        [(1, "accepted (grace period)"), (2, "current")], st

    # After the grace: the old pseudonym is refused with a clear error, the
    # new one still resolves. (The grace is counted from the rotation, with
    # the configured length: a restart with 0 ends it.)
    assert gw.stop() == 0
    gw.overrides["keys"]["pseudonym_grace_s"] = 0
    gw.start()
    r = listed(world, old)
    assert r.status == 400 and r.error_code() == "pseudonym_retired", r
    assert "version 1" in r.json["error"]["message"], r.json
    assert "grace period ended" in r.json["error"]["message"], r.json
    r = listed(world, new)
    assert r.status == 200 and len(r.json["conversations"]) == 4, r
    assert pseudonym_of(world, others[0]).startswith("u2-")
    assert pn_status(gw)["versions"][0]["state"].startswith("retired")

    # Version 2's file is now needed: without it the start is refused.
    assert gw.stop() == 0
    os.rename(v2, str(v2) + ".away")
    gw_proc = run_custos("serve", "--config", str(gw.config_path), timeout=20 * SLOW)
    assert gw_proc.returncode == 1, gw_proc
    assert "pseudonym key version 2 is current but was not loaded" in gw_proc.stderr, gw_proc
    os.rename(str(v2) + ".away", v2)
    verify_audit(gw)


def test_index_rebuild_killed_midway_resumes(start_gw, certs):
    world = start_world(start_gw, certs, overrides={"keys": {"rewrap_batch": 1}})
    gw = world.gw
    # 60 steps at four a second: 15 s for the test to kill it midway.
    users = [uniq("k") for _ in range(60)]
    ids = [world.create(u) for u in users]
    r = world.admin("POST", "/v1/keys/pseudonym/rotate")
    assert r.status == 200 and r.json["version"] == 2, r
    wait_for(lambda: metric(gw, "custos_keys_pseudonym_indexed_total") >= 3, 30 * SLOW)
    gw.kill()  # SIGKILL in the middle of the rebuild

    st = pn_status(gw)
    assert st["current"] == 2 and st["indexed"] == 1, st
    left = st["index_pending"]
    assert 0 < left < 60, st
    gw.start()
    # Reads go on meanwhile, with version 2 pseudonyms.
    pns = [pseudonym_of(world, c) for c in ids[:3]]
    assert all(U2.match(p) for p in pns), pns
    wait_for(lambda: metric(gw, "custos_keys_pseudonym_indexed_version") == 2, 60 * SLOW)
    # It went on from where it stopped, not from the start.
    assert metric(gw, "custos_keys_pseudonym_indexed_total") == left
    st = pn_status(gw)
    assert (st["current"], st["indexed"], st["index_pending"]) == (2, 2, 0), st
    # Every user resolves by the new pseudonym, the early ones (indexed
    # before the kill) and the late ones alike.
    for cid in (ids[0], ids[1], ids[-2], ids[-1]):
        pn = pseudonym_of(world, cid)
        r = listed(world, pn)
        assert [c["id"] for c in r.json["conversations"]] == [cid], (cid, r)
    # Erasure drops the user's index entries (and the compaction their
    # bytes): the pseudonym no longer resolves.
    pn = pseudonym_of(world, ids[5])
    assert len(index_records(gw, pn)) == 2  # forward and reverse
    r = world.frontend("DELETE", f"/v1/users/{q(users[5])}")
    assert r.status == 200 and r.json["erased"] == [ids[5]], r
    def erased():
        return [e for e in world.entries_for(action="user:erase")
                if e.get("outcome") == "erased"]
    wait_for(erased, 5 * SLOW)  # the outcome entry is written after the answer
    e = erased()
    assert e[-1]["user"] == pn and e[-1]["resource"] == f"user/{pn}", e[-1]
    r = listed(world, pn)
    assert r.status == 200 and r.json["conversations"] == [], r
    assert index_records(gw, pn) == []
    n = metric(gw, "custos_shred_compactions_total")
    gw.signal(signal.SIGUSR1)
    wait_compacted(gw, n + 1)
    store = gw.dir / "data" / "store"
    hexd = pn.split("-", 1)[1].encode()
    assert not [f for f in store.iterdir() if hexd in f.read_bytes()]
    assert gw.stop() == 0
    verify_audit(gw)


def test_offline_rotation_by_cli(start_gw, certs):
    world = start_world(start_gw, certs)
    gw = world.gw
    user = uniq("cli")
    cid = world.create(user)
    old = pseudonym_of(world, cid)
    cfg = str(gw.config_path)
    # With the gateway running the CLI points at the API and changes nothing.
    r = run_custos("keys", "rotate", "pseudonym", "--config", cfg)
    assert r.returncode == 1 and "/v1/keys/{master|audit|pseudonym}/rotate" in r.stderr, r
    assert not (gw.dir / "keys" / "pseudonym.key.2").exists()

    assert gw.stop() == 0
    r = run_custos("keys", "rotate", "pseudonym", "--config", cfg, timeout=60)
    assert r.returncode == 0, r
    assert "pseudonym key version 2 is current" in r.stdout, r
    assert "pseudonym index rebuilt" in r.stdout, r
    st = pn_status(gw)
    assert (st["current"], st["indexed"], st["index_pending"]) == (2, 2, 0), st
    gw.start()
    new = pseudonym_of(world, cid)
    assert U2.match(new), new
    for given in (old, new):
        r = listed(world, given)
        assert [c["id"] for c in r.json["conversations"]] == [cid], r
    ents = world.entries_for("keys/pseudonym", "keys:rotate")
    assert any(e["subject"] == "system:cli" and e.get("reason") == "rotate requested"
               for e in ents), ents
    assert gw.stop() == 0
    verify_audit(gw)
