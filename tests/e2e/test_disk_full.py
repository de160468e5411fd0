"""Disk full on a real small filesystem (issue 16).

The test makes an 8 MiB ext4 image, loop-mounts it (root only) and puts the
gateway's data_dir on it, with map sizes far larger than the filesystem so
that LMDB meets the full disk (ENOSPC, or EIO on a short write) before its
own map limit. A ballast file then fills the filesystem while clients keep
creating conversations, appending and reading. Every answer must be 2xx
recorded, 507 store_full or 503 audit_unavailable (never 500 internal, never
503 store_unavailable, never an unrecorded 2xx); /readyz must say not ready while the
store cannot write; once the ballast is removed the gateway recovers by
itself (no restart) and every acknowledged write is there.
"""

import os
import shutil
import subprocess
import time

import pytest

from conv_world import start_world, uniq
from gw import SLOW, wait_for

pytestmark = pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("mkfs.ext4"),
                                reason="needs root (mount) and mkfs.ext4")

OK_FAILURES = {(507, "store_full"), (503, "audit_unavailable")}


@pytest.fixture
def small_fs(tmp_path):
    img, mnt = tmp_path / "fs.img", tmp_path / "mnt"
    mnt.mkdir()
    with open(img, "wb") as f:
        f.truncate(8 << 20)
    subprocess.run(["mkfs.ext4", "-q", "-F", "-m", "0", str(img)], check=True,
                   capture_output=True)
    r = subprocess.run(["mount", "-o", "loop", str(img), str(mnt)], capture_output=True,
                       text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot loop-mount an image here: {r.stderr.strip()}")
    try:
        yield mnt
    finally:
        # (set up before the gateway fixture, so torn down after it stopped)
        if subprocess.run(["umount", str(mnt)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def _fill(path):
    """Writes PATH until the filesystem refuses; returns bytes written."""
    n = 0
    chunk = b"\0" * 65536
    with open(path, "wb", buffering=0) as f:
        while True:
            try:
                n += f.write(chunk)
            except OSError:
                break
        try:
            os.fsync(f.fileno())
        except OSError:
            pass
    # the last bytes of the filesystem: small writes until nothing fits
    with open(path, "ab", buffering=0) as f:
        while True:
            try:
                f.write(b"\0" * 512)
                n += 512
            except OSError:
                break
    return n


def test_full_disk_answers_507_or_503_never_unrecorded_and_recovers(small_fs, start_gw, certs):
    w = start_world(start_gw, certs, overrides={"server": {
        "data_dir": str(small_fs / "data"), "store_map_size": 256 << 20,
        "audit_map_size": 256 << 20}})
    gw = w.gw
    user = uniq()
    base = w.create(user)
    assert gw.ops_get("/readyz").status == 200

    ballast = small_fs / "ballast"
    _fill(ballast)
    acked, answers = [], []
    big = "x" * (60 << 10)
    deadline = time.monotonic() + 20 * SLOW
    full_seen = 0
    while time.monotonic() < deadline and full_seen < 6:
        for method, path, body, cert in (
                ("POST", "/v1/conversations",
                 {"user": user, "labels": {"assignee": "user:corp/alice", "team": "support"},
                  "consent": {"human_review": True, "training": False},
                  "messages": [{"role": "user", "text": big}] * 3}, "ingest"),
                ("POST", f"/v1/conversations/{base}/messages",
                 {"role": "assistant", "text": big}, "ingest")):
            r = gw.request(method, path, body=body, cert=cert, timeout=10)
            answers.append((method, path, r.status, r.error_code()))
            if r.status in (200, 201):
                assert r.header("X-Decision-Id"), r
                acked.append((r.header("X-Decision-Id"),
                              r.json.get("id") if r.json else None))
            else:
                assert (r.status, r.error_code()) in OK_FAILURES, (method, path, r)
                full_seen += 1
        r = w.alice("GET", f"/v1/conversations/{base}")
        answers.append(("GET", "read", r.status, r.error_code()))
        if r.status == 200:
            assert r.header("X-Decision-Id")
            acked.append((r.header("X-Decision-Id"), None))
        else:
            assert (r.status, r.error_code()) in OK_FAILURES, r
    assert full_seen >= 6, answers
    ready = gw.ops_get("/readyz")
    assert ready.status == 503, ready
    assert ready.json["reason"] in ("store_full", "store_unavailable", "audit_unavailable")

    # Space returns: the gateway recovers by itself.
    t0 = time.monotonic()
    ballast.unlink()

    def created():
        r = w.ingest("POST", "/v1/conversations", {
            "user": user, "labels": {"assignee": "user:corp/alice", "team": "support"},
            "consent": {"human_review": True, "training": False},
            "messages": [{"role": "user", "text": "after"}]})
        if r.status == 201:
            acked.append((r.header("X-Decision-Id"), r.json["id"]))
            return True
        assert (r.status, r.error_code()) in OK_FAILURES, r
        return False
    assert wait_for(created, 10 * SLOW, interval=0.05), "no recovery"
    assert wait_for(lambda: gw.ops_get("/readyz").status == 200, 10 * SLOW)
    recovery = time.monotonic() - t0
    print(f"recovery {recovery:.2f} s; answers while full: "
          f"{sorted(set((a[2], a[3]) for a in answers))}")

    # Every acknowledged answer was recorded; every created conversation is there.
    r = gw.get("/v1/audit?limit=1000", cert="admin-cli")
    seqs = {str(e["seq"]) for e in r.json["entries"]}
    assert all(seq in seqs for seq, _ in acked), acked
    for _, cid in acked:
        if cid:
            assert w.alice("GET", f"/v1/conversations/{cid}").status == 200
    assert gw.get("/v1/audit/verify", cert="admin-cli").json["ok"] is True


def test_store_full_alone_is_507_store_full_and_readyz_says_so(small_fs, start_gw, certs,
                                                              tmp_path):
    """The store's filesystem full, the audit's not (data_dir/audit is a
    link elsewhere): reads go on, recorded; writes are 507 store_full, never
    500 or 503 store_unavailable; /readyz is 503 "store_full" (it followed
    only the audit environment before) and 200 again once space returns."""
    data = small_fs / "data"
    data.mkdir()
    (tmp_path / "audit-elsewhere").mkdir()
    (data / "audit").symlink_to(tmp_path / "audit-elsewhere")
    w = start_world(start_gw, certs, overrides={"server": {
        "data_dir": str(data), "store_map_size": 256 << 20}})
    gw = w.gw
    user = uniq()
    base = w.create(user)
    ballast = small_fs / "ballast"
    _fill(ballast)
    big = "y" * (60 << 10)
    codes = []
    for _ in range(4):
        r = w.ingest("POST", "/v1/conversations", {
            "user": user, "labels": {"assignee": "user:corp/alice", "team": "support"},
            "consent": {"human_review": True, "training": False},
            "messages": [{"role": "user", "text": big}] * 3})
        codes.append((r.status, r.error_code()))
        r = w.ingest("POST", f"/v1/conversations/{base}/messages",
                     {"role": "user", "text": big})
        codes.append((r.status, r.error_code()))
    assert set(codes) == {(507, "store_full")}, codes
    r = w.alice("GET", f"/v1/conversations/{base}")
    assert r.status == 200 and r.header("X-Decision-Id"), r
    ready = gw.ops_get("/readyz")
    assert (ready.status, ready.json.get("reason")) == (503, "store_full"), ready
    ballast.unlink()
    assert wait_for(lambda: gw.ops_get("/readyz").status == 200, 5 * SLOW)
    assert w.create(user)
