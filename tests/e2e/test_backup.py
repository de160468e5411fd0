"""Backup and restore as docs/OPERATIONS.md describes them: a hot copy of both
LMDB environments with mdb_copy while the gateway keeps writing (the store
first, then the audit log), checked with mdb_stat and `custos audit verify`,
then restored into a new data directory and served by a new gateway that has
the same three keys."""

import shutil
import subprocess
import threading

import pytest

from conv_world import World, module_world, uniq
from gw import Gateway, run_custos


@pytest.fixture(scope="module")
def world(custos, certs, tmp_path_factory):
    yield from module_world(certs, tmp_path_factory, "backup")


def tool(*args):
    r = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=60,
                       check=False)
    assert r.returncode == 0, f"{args}: {r.stdout}{r.stderr}"
    return r.stdout


def test_hot_copy_of_both_environments_verifies_and_restores(world, certs, tmp_path):
    gw = world.gw
    data = gw.dir / "data"
    before = [world.create(uniq("b")) for _ in range(3)]

    stop, during = threading.Event(), []

    def writer():
        while not stop.is_set():
            during.append(world.create(uniq("d")))

    t = threading.Thread(target=writer)
    t.start()
    backup = tmp_path / "backup"
    try:
        for env in ("store", "audit"):          # the store first, then the audit log
            (backup / env).mkdir(parents=True)
            tool("mdb_copy", "-c", data / env, backup / env)
    finally:
        stop.set()
        t.join(30)
    assert during, "no write ran during the copy"

    for env in ("store", "audit"):
        assert "Tree depth" in tool("mdb_stat", backup / env)
    key = gw.dir / "keys" / "audit.key"
    r = run_custos("audit", "verify", "--data", str(backup / "audit"), "--key", str(key))
    assert r.returncode == 0 and r.stdout.startswith("ok: "), r

    # restore: a new data directory from the copy, the same keys
    keys = {f"keys/{k}.key": (gw.dir / "keys" / f"{k}.key").read_bytes()
            for k in ("master", "audit", "pseudonym")}
    restored = Gateway(certs, tmp_path / "restored", overrides=gw.overrides, files=keys)
    for env in ("store", "audit"):
        shutil.copytree(backup / env, restored.dir / "data" / env)
    restored.start()
    try:
        again = World.__new__(World)
        again.gw, again.certs, again.key = restored, certs, world.key
        for cid in before:
            r = again.alice("GET", f"/v1/conversations/{cid}")
            assert r.status == 200, r
            assert r.json["messages"][1]["text"] == "Thanks, noted."
            assert r.json["user"] == world.alice("GET", f"/v1/conversations/{cid}").json["user"]
        r = again.create(uniq("after"))
        assert r
    finally:
        assert restored.stop() == 0
    r = run_custos("audit", "verify", "--data", str(restored.dir / "data"), "--key", str(key))
    assert r.returncode == 0 and r.stdout.startswith("ok: "), r
