"""No plaintext at rest: a unique random canary used as message text and as
the end-user id, driven through every write and read path, appears in no
byte of any file under data_dir, in the audit export file, or in the log."""

import secrets

import pytest

from conv_world import PII_TEXT, q, start_world


def files_containing(root, needles):
    hits = []
    for p in sorted(root.rglob("*")):
        if p.is_file():
            data = p.read_bytes()
            for n in needles:
                if n in data:
                    hits.append((str(p), n))
    return hits


def test_canary_text_and_user_id_are_in_no_file(start_gw, certs):
    world = start_world(start_gw, certs, "canary")
    text_canary = "cnrytext" + secrets.token_hex(12)
    user_canary = "cnryuser" + secrets.token_hex(12)
    concern_canary = "cnryconcern" + secrets.token_hex(12)
    cid = world.create(user_canary, text=f"{PII_TEXT} {text_canary}")
    r = world.ingest("POST", f"/v1/conversations/{cid}/messages",
                     {"role": "assistant", "text": f"echo {text_canary}"})
    assert r.status == 200, r
    path = f"/v1/users/{q(user_canary)}"
    assert world.frontend("PUT", f"{path}/consent",
                          {"human_review": True, "training": False}).status == 200
    r = world.frontend("POST", "/v1/concerns", {"user": user_canary, "conversation_id": cid,
                                                "text": f"concern {concern_canary}"})
    assert r.status == 201, r
    second = world.create(user_canary, text=text_canary)
    # every read path, so that nothing a read writes (audit) leaks either
    assert world.alice("GET", f"/v1/conversations/{cid}").status == 200
    assert world.legal("GET", f"/v1/conversations/{cid}").json["user"] == user_canary
    assert world.alice("GET", f"/v1/conversations?user={q(user_canary)}").status == 200
    r = world.frontend("GET", f"{path}/export")
    assert r.status == 200 and text_canary in r.body.decode(), r
    assert world.frontend("GET", f"{path}/access-log").status == 200
    assert world.dpo("GET", "/v1/concerns").status == 200
    assert world.dpo("PUT", f"/v1/conversations/{second}/hold",
                     {"legal_hold": True}).status == 200
    assert world.dpo("DELETE", path).status == 200
    world.gw.stop()
    assert world.gw.returncode == 0

    needles = [n.encode() for n in (text_canary, user_canary, concern_canary)]
    data_dir = world.gw.dir / "data"
    assert any(p.is_file() for p in data_dir.rglob("*"))
    assert files_containing(data_dir, needles) == []
    export = world.gw.dir / "audit.jsonl"
    assert export.stat().st_size > 0
    assert files_containing(world.gw.dir, needles) == []
    # the log names routes, never paths that hold user ids
    assert user_canary not in world.gw.log_text()
