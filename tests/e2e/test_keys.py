"""Key management end to end (docs/KEYS.md): master key rotation online (the
admin API) and offline (`custos keys rotate master`), the background rewrap in
bounded batches with its progress on /metrics and `custos keys status`, the
old version retired (its file deletable) only once nothing uses it, a rewrap
interrupted by SIGKILL resuming at the next start, and the key file checks.
Real gateway, real mTLS, real LMDB files; the audit chain verifies after
every step."""

import base64
import hashlib
import hmac
import json
import os
import shutil
import struct
import subprocess

import pytest

from conv_world import start_world, uniq
from gw import SLOW, metric, run_custos, wait_for

TEXT = "Mail me at jane.doe@example.com about the ticket."


def readable(world, ids):
    """Every conversation opens (its data key unwraps) and shows its text."""
    for cid in ids:
        r = world.legal("GET", f"/v1/conversations/{cid}")
        assert r.status == 200, (cid, r)
        assert r.json["messages"][1]["text"] == "Thanks, noted.", r.json


def status(gw):
    r = run_custos("keys", "status", "--config", str(gw.config_path))
    assert r.returncode == 0, r
    return json.loads(r.stdout)["master"]


def verify_audit(gw):
    r = run_custos("audit", "verify", "--data", str(gw.dir / "data"))
    assert r.returncode == 0 and r.stdout.startswith("ok: "), r


def keys_dir(gw):
    return gw.dir / "keys"


def test_online_rotation_rewraps_in_background_and_retires_v1(start_gw, certs):
    # One data key per step: the rewrap of 30 keys takes many housekeeping
    # ticks, so requests and a second rotation meet it while it runs.
    world = start_world(start_gw, certs, overrides={"keys": {"rewrap_batch": 1}})
    gw = world.gw
    before = [world.create(uniq("k"), text=TEXT) for _ in range(30)]
    assert metric(gw, "custos_keys_master_version") == 1

    r = world.admin("POST", "/v1/keys/master/rotate")
    assert r.status == 200, r
    assert r.json == {"key": "master", "version": 2, "rewrap_pending": 30}
    v2 = keys_dir(gw) / "master.key.2"
    assert v2.exists() and (v2.stat().st_mode & 0o777) == 0o600

    # While the rewrap runs: old and new data are readable, a second
    # rotation is refused, and the progress is published.
    r = world.admin("POST", "/v1/keys/master/rotate")
    assert r.status == 409 and r.error_code() == "rotation_in_progress", r
    assert metric(gw, "custos_keys_master_version") == 2
    assert metric(gw, "custos_keys_master_oldest_version") == 1
    assert 0 < metric(gw, "custos_keys_rewrap_pending") <= 30
    after = [world.create(uniq("k2"), text=TEXT) for _ in range(3)]
    readable(world, before + after)

    wait_for(lambda: metric(gw, "custos_keys_master_oldest_version") == 2, 60 * SLOW)
    assert metric(gw, "custos_keys_rewrap_pending") == 0
    assert metric(gw, "custos_keys_rewrapped_total") == 30
    st = status(gw)
    assert (st["current"], st["oldest"], st["rewrap_pending"]) == (2, 2, 0)
    assert [(v["version"], v["state"], v["data_keys"]) for v in st["versions"]] == \
        [(1, "retired", 0), (2, "current", 33)]

    # The rotation is audited: the admin's decision and change, the
    # system's retirement; an unauthorised caller is refused.
    r = world.legal("POST", "/v1/keys/master/rotate")
    assert r.status == 403, r
    wait_for(lambda: world.entries_for("keys/master"), 5 * SLOW)
    ents = world.entries_for("keys/master", "keys:rotate")
    assert any(e["subject"] == "svc:admin-cli" and e.get("change") == "rotate"
               and e.get("version") == 2 for e in ents), ents
    wait_for(lambda: any(e["subject"] == "system:keys"
                         for e in world.entries_for("keys/master")), 5 * SLOW)

    # Retired means unused: without version 1's file the gateway starts and
    # every conversation still opens.
    assert gw.stop() == 0
    os.unlink(keys_dir(gw) / "master.key")
    gw.start()
    readable(world, before + after)
    assert metric(gw, "custos_keys_master_version") == 2
    assert gw.stop() == 0
    verify_audit(gw)


def test_rewrap_killed_midway_resumes_at_next_start(start_gw, certs):
    world = start_world(start_gw, certs, overrides={"keys": {"rewrap_batch": 1}})
    gw = world.gw
    ids = [world.create(uniq("c"), text=TEXT) for _ in range(40)]
    r = world.admin("POST", "/v1/keys/master/rotate")
    assert r.status == 200 and r.json["version"] == 2, r
    wait_for(lambda: metric(gw, "custos_keys_rewrapped_total") >= 3, 30 * SLOW)
    gw.kill()  # SIGKILL in the middle of the rewrap

    # Version 2 is current, version 1 still in use: both files are needed.
    st = status(gw)
    assert st["current"] == 2 and st["oldest"] == 1 and 0 < st["rewrap_pending"] < 40, st
    gw.start()
    readable(world, ids)
    wait_for(lambda: metric(gw, "custos_keys_master_oldest_version") == 2, 60 * SLOW)
    readable(world, ids)
    st = status(gw)
    assert (st["current"], st["oldest"], st["rewrap_pending"]) == (2, 2, 0), st
    assert gw.stop() == 0
    verify_audit(gw)


def test_offline_rotation_by_cli_and_refusals(start_gw, certs):
    world = start_world(start_gw, certs)
    gw = world.gw
    ids = [world.create(uniq("o"), text=TEXT) for _ in range(5)]
    cfg = str(gw.config_path)

    # With the gateway running the CLI points at the API and changes nothing.
    r = run_custos("keys", "rotate", "master", "--config", cfg)
    assert r.returncode == 1 and "POST /v1/keys/{master|audit|pseudonym}/rotate" in r.stderr, r
    assert not (keys_dir(gw) / "master.key.2").exists()
    r = run_custos("keys", "rotate", "bogus", "--config", cfg)
    assert r.returncode == 2, r

    assert gw.stop() == 0
    r = run_custos("keys", "rotate", "master", "--config", cfg, timeout=60)
    assert r.returncode == 0, r
    assert "master key version 2 is current; rewrapping 5 data keys" in r.stdout, r
    assert "rewrap finished" in r.stdout, r
    st = status(gw)
    assert (st["current"], st["oldest"]) == (2, 2), st
    r = run_custos("keys", "rotate", "master", "--config", cfg, timeout=60)
    assert r.returncode == 0 and "version 3 is current" in r.stdout, r

    # A version still in use must be there: without it, a clear refusal.
    v3 = keys_dir(gw) / "master.key.3"
    saved = v3.read_bytes()
    v3.unlink()
    r = run_custos("check-config", "--config", cfg)
    assert r.returncode == 0, r  # master.key (v1) still present; the vault decides
    gw.start(wait=False)
    assert gw.wait_exit(10) == 1
    gw.stopped_by_test = True  # the exit is the expected outcome
    assert "master key version 3 is in use but was not loaded" in gw.log_text()
    # A wrong key in its place is refused too, never used.
    v3.write_bytes(open(keys_dir(gw) / "master.key.2", "rb").read())
    os.chmod(v3, 0o600)
    gw.start(wait=False)
    assert gw.wait_exit(10) == 1
    gw.stopped_by_test = True  # the exit is the expected outcome
    assert "master key version 3 does not match this data directory" in gw.log_text()
    v3.write_bytes(saved)
    gw.start()
    readable(world, ids)
    assert gw.stop() == 0
    verify_audit(gw)
    ents = [json.loads(ln) for ln in (gw.dir / "audit.jsonl").read_text().splitlines()]
    cli = [e for e in ents if e.get("subject") == "system:cli"]
    assert [e["reason"] for e in cli] == ["rotate requested", "rotate requested"], cli


def test_key_file_permissions_warn_or_refuse(start_gw, certs):
    world = start_world(start_gw, certs)
    gw = world.gw
    assert gw.stop() == 0
    os.chmod(keys_dir(gw) / "audit.key", 0o644)
    gw.start()
    assert "key file is accessible by group or others" in gw.log_text()
    key = (keys_dir(gw) / "audit.key").read_text().strip()
    assert gw.stop() == 0
    gw.overrides.setdefault("keys", {})["strict_permissions"] = "true"
    gw.start(wait=False)
    assert gw.wait_exit(10) == 1
    gw.stopped_by_test = True  # the exit is the expected outcome
    assert "audit.key: accessible by group or others" in gw.log_text()
    assert key not in gw.log_text()


# ---------------------------------------------------------------- the audit key

def read_log(audit_dir):
    import lmdb  # python3-lmdb (scripts/deps.sh)
    env = lmdb.open(str(audit_dir), readonly=True, lock=True, max_dbs=4, subdir=True)
    try:
        db = env.open_db(b"entries", create=False)
        with env.begin(db=db) as txn:
            return {struct.unpack(">Q", k)[0]: bytes(v) for k, v in txn.cursor()}
    finally:
        env.close()


def key_bytes(path):
    return base64.b64decode(path.read_text().strip())


def key_id(k):
    return hmac.new(k, b"custos-audit-key-id-v1", hashlib.sha256).hexdigest()


def mac_ok(raw, k):
    """An independent check of an entry's MAC: HMAC-SHA256 over the entry's
    canonical JSON (sorted keys, compact) without "mac"."""
    e = json.loads(raw)
    given = e.pop("mac")
    body = json.dumps(e, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hmac.new(k, body.encode(), hashlib.sha256).hexdigest() == given


def test_audit_key_rotation_switches_inside_the_chain(start_gw, certs):
    world = start_world(start_gw, certs)
    gw = world.gw
    for _ in range(3):
        world.create(uniq("a"), text=TEXT)
    k1 = key_bytes(keys_dir(gw) / "audit.key")

    r = world.admin("POST", "/v1/keys/audit/rotate")
    assert r.status == 200, r
    assert r.json["key"] == "audit" and r.json["version"] == 2, r
    switch_to = r.json["from_seq"]
    v2 = keys_dir(gw) / "audit.key.2"
    assert v2.exists() and (v2.stat().st_mode & 0o777) == 0o600
    k2 = key_bytes(v2)
    for _ in range(3):
        world.create(uniq("b"), text=TEXT)
    r = world.admin("GET", "/v1/audit/verify")
    assert r.status == 200 and r.json["ok"] is True, r

    # The chain says where the key changes, MAC'd with the old key; every
    # entry before verifies under the old key, every entry after under the
    # new one and not the old (checked here with Python's hmac).
    log = read_log(gw.dir / "data" / "audit")
    sw = json.loads(log[switch_to - 1])
    assert sw["key_switch"] == {"from": key_id(k1), "to": key_id(k2), "from_seq": switch_to}
    assert sw["action"] == "keys:rotate" and sw["resource"] == "keys/audit"
    for seq, raw in log.items():
        if seq < switch_to:
            assert mac_ok(raw, k1) and not mac_ok(raw, k2), seq
        else:
            assert mac_ok(raw, k2) and not mac_ok(raw, k1), seq
    assert max(log) > switch_to + 2

    # After a restart the log's key id picks version 2 among the files.
    assert gw.stop() == 0
    gw.start()
    world.create(uniq("c"), text=TEXT)
    r = world.admin("GET", "/v1/audit/verify")
    assert r.status == 200 and r.json["ok"] is True, r
    assert gw.stop() == 0
    verify_audit(gw)

    # Offline: every version next to the key file is used; without the new
    # one the verification stops exactly at the switch.
    saved = v2.read_bytes()
    v2.unlink()
    r = run_custos("audit", "verify", "--data", str(gw.dir / "data"))
    assert r.returncode == 1, r
    assert f"first bad seq {switch_to}: the audit key in force at this seq was not given" \
        in r.stdout, r
    v2.write_bytes(saved)
    os.chmod(v2, 0o600)

    # An entry MAC'd with the retired key after its switch is refused: a
    # forger holding only the old key re-MACs an entry of a copy.
    import lmdb
    copy = gw.dir / "copy"
    (copy / "audit").mkdir(parents=True)
    shutil.copyfile(gw.dir / "data" / "audit" / "data.mdb", copy / "audit" / "data.mdb")
    target = switch_to + 1
    e = json.loads(log[target])
    e.pop("mac")
    e["reason"] = "forged"
    body = json.dumps(e, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    e["mac"] = hmac.new(k1, body.encode(), hashlib.sha256).hexdigest()
    forged = json.dumps(e, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    env = lmdb.open(str(copy / "audit"), max_dbs=4, map_size=64 << 20)
    try:
        db = env.open_db(b"entries", create=False)
        with env.begin(db=db, write=True) as txn:
            txn.put(struct.pack(">Q", target), forged)
    finally:
        env.close()
    r = run_custos("audit", "verify", "--data", str(copy / "audit"),
                   "--key", str(keys_dir(gw) / "audit.key"))
    assert r.returncode == 1 and f"first bad seq {target}: mac mismatch" in r.stdout, r

    # Offline rotation by the CLI: version 3, in force from the next seq.
    r = run_custos("keys", "rotate", "audit", "--config", str(gw.config_path), timeout=30)
    assert r.returncode == 0 and "audit key version 3 is in force from seq" in r.stdout, r
    gw.start()
    world.create(uniq("d"), text=TEXT)
    assert gw.stop() == 0
    verify_audit(gw)
    log = read_log(gw.dir / "data" / "audit")
    k3 = key_bytes(keys_dir(gw) / "audit.key.3")
    assert mac_ok(log[max(log)], k3)


# ------------------------------------------------- a master key in a PKCS#11 token

URI = "pkcs11:token=custos;object=master"


@pytest.fixture
def softhsm(tmp_path, monkeypatch):
    """A SoftHSM2 token "custos" (user PIN in the returned pin file) in a
    temporary token directory, for this test's processes only."""
    d = tmp_path / "softhsm"
    (d / "tokens").mkdir(parents=True)
    conf = d / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {d / 'tokens'}\nobjectstore.backend = file\n"
                    "log.level = ERROR\n")
    monkeypatch.setenv("SOFTHSM2_CONF", str(conf))
    r = subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", "custos",
                        "--pin", "1234", "--so-pin", "5678"],
                       capture_output=True, text=True, timeout=30, check=False)
    assert r.returncode == 0, r
    pin = d / "pin"
    pin.write_text("1234\n")
    os.chmod(pin, 0o600)
    return pin


def token_keys(pin, drop_file=True):
    k = {"master": URI, "pin_file": str(pin)}
    if drop_file:
        k["master_key_file"] = None
    return k


def test_token_master_from_scratch_and_refusals(start_gw, certs, softhsm, tmp_path):
    gw = start_gw("tok", wait=False, overrides={
        "audit": {"export": "./audit.jsonl"}, "keys": token_keys(softhsm)})
    # No key object on the token yet: a clear refusal, exit 1.
    assert gw.wait_exit(20) == 1
    gw.stopped_by_test = True
    assert "no secret key object 'master' on the token" in gw.log_text()
    r = run_custos("keys", "init", "--config", str(gw.config_path))
    assert r.returncode == 0 and f"master key on the token {URI}" in r.stdout, r
    os.unlink(keys_dir(gw) / "master.key")  # the harness's; no file key at all

    gw.start()
    from conv_world import World
    world = World(gw, certs)
    ids = [world.create(uniq("t"), text=TEXT) for _ in range(3)]
    readable(world, ids)
    misses = metric(gw, "custos_keys_dek_cache_misses_total")
    readable(world, ids)
    # The second pass opens every data key from the cache, not the token.
    hits = metric(gw, "custos_keys_dek_cache_hits_total")
    assert hits >= 3 and metric(gw, "custos_keys_dek_cache_misses_total") == misses, \
        (hits, misses, gw.ops_get("/metrics").body.decode()[-1500:], gw.log_tail())
    assert gw.stop() == 0
    gw.start()
    readable(world, ids)
    assert gw.stop() == 0
    verify_audit(gw)

    # Wrong PIN, token absent: exit 1 with the reason, nothing opened.
    bad_pin = tmp_path / "bad-pin"
    bad_pin.write_text("0000\n")
    gw.overrides["keys"]["pin_file"] = str(bad_pin)
    gw.start(wait=False)
    assert gw.wait_exit(20) == 1
    gw.stopped_by_test = True
    assert "cannot log in to the token" in gw.log_text()
    gw.overrides["keys"]["pin_file"] = str(softhsm)
    gw.overrides["keys"]["master"] = "pkcs11:token=absent;object=master"
    gw.start(wait=False)
    assert gw.wait_exit(20) == 1
    gw.stopped_by_test = True
    assert "no PKCS#11 token matches the URI" in gw.log_text()


def test_rotate_from_a_file_key_to_the_token(start_gw, certs, softhsm):
    world = start_world(start_gw, certs)
    gw = world.gw
    ids = [world.create(uniq("f"), text=TEXT) for _ in range(6)]
    assert gw.stop() == 0

    # The token's key is added next to the file key; the offline rotation
    # makes it version 2 and rewraps every data key on the token.
    gw.overrides.setdefault("keys", {}).update(token_keys(softhsm, drop_file=False))
    gw.write_config()
    r = run_custos("keys", "init", "--config", str(gw.config_path))
    assert r.returncode == 0, r
    r = run_custos("keys", "rotate", "master", "--config", str(gw.config_path), timeout=60)
    assert r.returncode == 0, r
    assert "master key version 2 is current; rewrapping 6 data keys" in r.stdout, r
    st = status(gw)
    assert (st["current"], st["oldest"], st["rewrap_pending"]) == (2, 2, 0), st
    assert not (keys_dir(gw) / "master.key.2").exists()

    # Version 1's file is retired: the gateway runs from the token alone.
    os.unlink(keys_dir(gw) / "master.key")
    gw.overrides["keys"]["master_key_file"] = None
    gw.start()
    readable(world, ids)
    new = world.create(uniq("g"), text=TEXT)
    readable(world, [new])
    assert token_objects(softhsm) == {"master": TOKEN_FLAGS}
    assert gw.stop() == 0

    # From the token's key to a new key on the token, online (this was
    # refused with 409 before token versions existed). One data key per
    # step: the rewrap takes many ticks, requests meet it while it runs.
    gw.overrides["keys"]["rewrap_batch"] = 1
    gw.start()
    ids += [new] + [world.create(uniq("h"), text=TEXT) for _ in range(20)]
    r = world.admin("POST", "/v1/keys/master/rotate")
    assert r.status == 200, r
    assert r.json == {"key": "master", "version": 3, "rewrap_pending": 27}, r
    # A new key on the token: sensitive, never extractable, next to the old.
    assert token_objects(softhsm) == {"master": TOKEN_FLAGS, "master.3": TOKEN_FLAGS}
    r = world.admin("POST", "/v1/keys/master/rotate")
    assert r.status == 409 and r.error_code() == "rotation_in_progress", r
    assert metric(gw, "custos_keys_master_version") == 3
    assert metric(gw, "custos_keys_master_oldest_version") == 2
    assert metric(gw, "custos_keys_master_on_token") == 1
    after = [world.create(uniq("i"), text=TEXT) for _ in range(3)]
    readable(world, ids + after)
    wait_for(lambda: metric(gw, "custos_keys_master_oldest_version") == 3, 60 * SLOW)
    # Retired: the old key object is destroyed on the token (audited).
    wait_for(lambda: metric(gw, "custos_keys_token_keys_destroyed_total") == 1, 10 * SLOW)
    assert token_objects(softhsm) == {"master.3": TOKEN_FLAGS}
    readable(world, ids + after)
    st = status(gw)
    assert (st["current"], st["oldest"], st["rewrap_pending"]) == (3, 3, 0), st
    assert [(v["version"], v["state"], v["data_keys"], v.get("token_key"),
             v.get("token_key_destroyed")) for v in st["versions"]] == [
        (1, "retired", 0, None, None), (2, "retired", 0, "master", True),
        (3, "current", 30, "master.3", False)], st
    wait_for(lambda: any("destroyed on the token: master" in e.get("reason", "")
                         for e in world.entries_for("keys/master")), 5 * SLOW)
    ents = world.entries_for("keys/master", "keys:rotate")
    assert any(e["subject"] == "svc:admin-cli" and e.get("version") == 3 for e in ents), ents
    assert any(e["subject"] == "system:keys" and "before 3 retired" in e.get("reason", "")
               for e in ents), ents
    assert gw.stop() == 0
    gw.start()
    readable(world, ids + after)
    assert gw.stop() == 0
    verify_audit(gw)


# The flags p11tool shows for a key custos makes on the token.
TOKEN_FLAGS = frozenset({"CKA_PRIVATE", "CKA_SENSITIVE", "CKA_NEVER_EXTRACTABLE"})


def token_objects(pin):
    """The secret keys on the test's token, {label: flags}, listed by
    GnuTLS's p11tool through SoftHSM2's module (not through custos)."""
    r = subprocess.run(["p11tool", "--provider", "/usr/lib/softhsm/libsofthsm2.so", "--login",
                        "--list-all", "pkcs11:token=custos"],
                       env={**os.environ, "GNUTLS_PIN": pin.read_text().strip()},
                       capture_output=True, text=True, timeout=30, check=False)
    assert r.returncode == 0, r
    keys, label, typ = {}, None, None
    for ln in r.stdout.splitlines():
        ln = ln.strip()
        if ln.startswith("Type:"):
            typ = ln.split(":", 1)[1].strip()
        elif ln.startswith("Label:"):
            label = ln.split(":", 1)[1].strip()
        elif ln.startswith("Flags:") and typ and typ.startswith("Secret key"):
            keys[label] = frozenset(f.strip() for f in ln.split(":", 1)[1].split(";")
                                    if f.strip()) & TOKEN_FLAGS
    return keys


def object_files(pin):
    """SoftHSM2's files of the token's objects (one per object)."""
    return set((pin.parent / "tokens").glob("*/*.object")) - \
        set((pin.parent / "tokens").glob("*/token.object"))


def test_token_key_rotation_killed_midway_then_offline(start_gw, certs, softhsm):
    gw = start_gw("tok2", wait=False, overrides={
        "audit": {"export": "./audit.jsonl"}, "retention": {"sweep_interval_s": 3600},
        "keys": {**token_keys(softhsm), "rewrap_batch": 1}})
    assert gw.wait_exit(20) == 1  # no key on the token yet
    gw.stopped_by_test = True
    r = run_custos("keys", "init", "--config", str(gw.config_path))
    assert r.returncode == 0, r
    os.unlink(keys_dir(gw) / "master.key")  # the harness's; no file key at all
    gw.start()
    from conv_world import World
    world = World(gw, certs)
    ids = [world.create(uniq("t"), text=TEXT) for _ in range(40)]
    files = object_files(softhsm)
    r = world.admin("POST", "/v1/keys/master/rotate")
    assert r.status == 200 and r.json["version"] == 2, r
    v2_file, = object_files(softhsm) - files  # the new key's object
    wait_for(lambda: metric(gw, "custos_keys_rewrapped_total") >= 3, 30 * SLOW)
    gw.kill()  # SIGKILL in the middle of the token-to-token rewrap

    st = status(gw)
    assert st["current"] == 2 and st["oldest"] == 1 and 0 < st["rewrap_pending"] < 40, st
    assert [(v["version"], v["state"], v["token_key"]) for v in st["versions"]] == [
        (1, "in use (rewrap running)", "master"), (2, "current", "master.2")], st
    assert token_objects(softhsm) == {"master": TOKEN_FLAGS, "master.2": TOKEN_FLAGS}

    # A version in use whose key object is not on the token (its file moved
    # out of SoftHSM2's store): exit 1, no fallback.
    os.rename(v2_file, str(v2_file) + ".away")
    gw.start(wait=False)
    assert gw.wait_exit(20) == 1
    gw.stopped_by_test = True
    assert ("master key version 2 is in use but not on the token: "
            "no secret key object 'master.2' on the token") in gw.log_text()
    os.rename(str(v2_file) + ".away", v2_file)

    # The rewrap resumes; the old key goes when nothing uses it.
    gw.start()
    readable(world, ids)
    wait_for(lambda: metric(gw, "custos_keys_master_oldest_version") == 2, 60 * SLOW)
    wait_for(lambda: metric(gw, "custos_keys_token_keys_destroyed_total") == 1, 10 * SLOW)
    assert token_objects(softhsm) == {"master.2": TOKEN_FLAGS}
    readable(world, ids)
    assert gw.stop() == 0

    # Offline, by the CLI: a new key on the token, the rewrap to its end,
    # the old key destroyed before it returns.
    r = run_custos("keys", "rotate", "master", "--config", str(gw.config_path), timeout=60)
    assert r.returncode == 0, r
    assert "master key version 3 is current; rewrapping 40 data keys" in r.stdout, r
    assert "rewrap finished" in r.stdout, r
    assert token_objects(softhsm) == {"master.3": TOKEN_FLAGS}
    st = status(gw)
    assert (st["current"], st["oldest"], st["rewrap_pending"]) == (3, 3, 0), st
    assert [(v["version"], v["token_key"], v["token_key_destroyed"])
            for v in st["versions"]] == [
        (1, "master", True), (2, "master.2", True), (3, "master.3", False)], st
    gw.start()
    readable(world, ids)
    assert gw.stop() == 0
    verify_audit(gw)
    ents = [json.loads(ln) for ln in (gw.dir / "audit.jsonl").read_text().splitlines()]
    gone = [e["reason"] for e in ents if e.get("subject") == "system:keys"
            and "destroyed on the token" in e.get("reason", "")]
    assert gone == ["retired master keys destroyed on the token: master",
                    "retired master keys destroyed on the token: master.2"], gone
    assert [e["reason"] for e in ents if e.get("subject") == "system:cli"] == \
        ["rotate requested"]
