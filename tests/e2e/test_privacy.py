"""Data-subject rights through the real gateway: consent (and its effect on
staff reads), export, the access log with staff shown by pseudonym, erasure
that keeps what is under legal hold, and privacy concerns."""

import pytest

from conv_world import CONSENTED, PII_TEXT, PII_VALUES, module_world, q, uniq


@pytest.fixture(scope="module")
def world(custos, certs, tmp_path_factory):
    yield from module_world(certs, tmp_path_factory, "privacy")


# ------------------------------------------------------------------ consent

def test_consent_put_answers_current_consent_and_is_recorded(world):
    user = uniq()
    r = world.frontend("PUT", f"/v1/users/{q(user)}/consent",
                       {"human_review": True, "training": False})
    assert r.status == 200, r
    assert r.json == {"human_review": True, "training": False}
    assert r.header("X-Decision-Id")
    cid = world.create(user)
    pn = world.alice("GET", f"/v1/conversations/{cid}").json["user"]
    es = world.entries_for(resource=f"user/{pn}", action="user:consent")
    assert len(es) == 1
    assert es[0]["user"] == pn and es[0]["subject"] == "svc:chat-frontend"
    assert es[0]["consent"] == {"human_review": True, "training": False}
    assert user not in str(es[0])


def test_consent_refuses_bad_bodies_and_staff(world):
    user = uniq()
    path = f"/v1/users/{q(user)}/consent"
    r = world.frontend("PUT", path, {"human_review": "yes", "training": False})
    assert (r.status, r.error_code()) == (400, "bad_request"), r
    r = world.frontend("PUT", path, {"human_review": True})
    assert (r.status, r.error_code()) == (400, "bad_request"), r
    r = world.frontend("PUT", path, b"[]")
    assert (r.status, r.error_code()) == (400, "bad_request"), r
    r = world.alice("PUT", path, body={"human_review": True, "training": True})
    assert (r.status, r.error_code()) == (403, "forbidden"), r


def unavailable_alerts(world):
    r = world.admin("GET", "/v1/alerts")
    assert r.status == 200, r
    return [a for a in r.json["alerts"] if a["kind"] == "audit_unavailable"]


def test_absurd_consent_body_is_a_recorded_400_not_an_unrecordable_decision(world):
    # 1,500 boolean keys passed the handler's checks and went into the
    # decision's entry, which then exceeded the entry cap: 503, nothing
    # recorded, and a false audit_unavailable alert.
    user = uniq()
    body = {"human_review": True, "training": False}
    body.update({f"flag{i}": True for i in range(1500)})
    h = {"X-Request-Id": "consent-1500-keys"}
    r = world.call("chat-frontend", "PUT", f"/v1/users/{q(user)}/consent", body, h)
    assert (r.status, r.error_code()) == (400, "bad_request"), r
    assert "16" in r.json["error"]["message"]
    es = [e for e in world.audit_entries() if e.get("request_id") == "consent-1500-keys"]
    assert len(es) == 1, es
    e = es[0]
    assert (e["decision"], e["reason"], e["action"]) == ("error", "bad_request",
                                                         "user:consent"), e
    assert e["subject"] == "svc:chat-frontend" and e["seq"] == int(r.header("X-Decision-Id"))
    assert user not in str(e) and "flag1" not in str(e)
    # a token's user is the subject once identified, and a body that is not
    # JSON is accounted for just the same
    r = world.staff("dave", ["privacy"], "PUT", f"/v1/users/{q(user)}/consent",
                    b"{not json")
    assert (r.status, r.error_code()) == (400, "bad_request"), r
    e = [e for e in world.audit_entries() if e["seq"] == int(r.header("X-Decision-Id"))][0]
    assert (e["decision"], e["subject"]) == ("error", "user:corp/dave"), e
    # nothing was set
    r = world.frontend("GET", f"/v1/users/{q(user)}/export")
    assert r.json["consent"] is None, r
    assert unavailable_alerts(world) == []


def test_consent_withdrawal_applies_to_existing_conversations(world):
    user = uniq()
    a = world.create(user)
    b = world.create(user)
    assert world.alice("GET", f"/v1/conversations/{b}").status == 200
    r = world.frontend("PUT", f"/v1/users/{q(user)}/consent",
                       {"human_review": False, "training": False})
    assert r.status == 200, r
    for cid in (a, b):
        r = world.alice("GET", f"/v1/conversations/{cid}")
        assert (r.status, r.error_code()) == (403, "forbidden"), r
    r = world.alice("GET", f"/v1/conversations?user={q(user)}")
    assert r.status == 200 and r.json["conversations"] == [], r


# ------------------------------------------------------------------ export and access log

def test_export_returns_raw_conversations_consent_history_and_access_log(world):
    user = uniq()
    cid = world.create(user)
    world.frontend("PUT", f"/v1/users/{q(user)}/consent", {"human_review": True,
                                                           "training": False})
    world.frontend("PUT", f"/v1/users/{q(user)}/consent", {"human_review": True,
                                                           "training": True})
    assert world.alice("GET", f"/v1/conversations/{cid}").status == 200
    r = world.frontend("GET", f"/v1/users/{q(user)}/export")
    assert r.status == 200, r
    doc = r.json
    assert doc["user"] == user
    assert [c["id"] for c in doc["conversations"]] == [cid]
    text = doc["conversations"][0]["messages"][0]["text"]
    assert text == PII_TEXT
    for v in PII_VALUES:
        assert v in text
    assert doc["consent"] == {"human_review": True, "training": True}
    assert [h["consent"]["training"] for h in doc["consent_history"]] == [False, True]
    assert all(h["author"] == "svc:chat-frontend" for h in doc["consent_history"])
    log = doc["access_log"]["entries"]
    reads = [e for e in log if e["action"] == "conversation:read"]
    assert len(reads) == 1
    assert reads[0]["resource"] == f"conversation/{cid}"
    assert reads[0]["by"].startswith("s-") and reads[0]["by_kind"] == "person"
    # the export itself is in its own access log
    assert log[-1]["action"] == "user:export" and log[-1]["by"] == "svc:chat-frontend"
    assert doc["access_log"]["truncated"] is False


def test_export_of_unknown_user_is_empty_not_an_error(world):
    r = world.frontend("GET", f"/v1/users/{q(uniq())}/export")
    assert r.status == 200, r
    assert r.json["conversations"] == [] and r.json["consent"] is None
    assert r.json["consent_history"] == []


def test_access_log_shows_staff_reads_by_pseudonym_never_by_name(world):
    user = uniq()
    cid = world.create(user)
    other = world.create(uniq())  # another user's conversation: not in this log
    assert world.alice("GET", f"/v1/conversations/{cid}").status == 200
    assert world.alice("GET", f"/v1/conversations/{cid}", purpose=None).status == 403
    assert world.staff("bob", ["support"], "GET", f"/v1/conversations/{cid}").status == 403
    assert world.alice("GET", f"/v1/conversations/{other}").status == 200
    r = world.frontend("GET", f"/v1/users/{q(user)}/access-log")
    assert r.status == 200, r
    body = r.body.decode()
    assert "alice" not in body and "bob" not in body and user not in body
    assert r.json["user_pseudonym"].startswith("u-")
    es = r.json["entries"]
    reads = [e for e in es if e["action"] == "conversation:read"]
    assert [(e["decision"], e["purpose"]) for e in reads] == [
        ("allow", "ticket:4711"), ("deny", None), ("deny", "ticket:4711")]
    alice = reads[0]["by"]
    assert reads[1]["by"] == alice and reads[2]["by"] != alice
    assert alice.startswith("s-") and len(alice) == 34
    assert reads[0]["roles"] == ["support_agent"]
    assert reads[0]["client"] == "svc:support-console"
    assert isinstance(reads[0]["decision_id"], int) and reads[0]["time"]
    assert all(e["resource"] != f"conversation/{other}" for e in es)
    # the ingest that created it is there too, by service name
    assert es[0]["action"] == "conversation:create" and es[0]["by"] == "svc:ingest"


def test_user_export_cannot_compute_a_staff_pseudonym(world):
    # Who may export any end user's data learns the pseudonym of any string
    # they choose as a user id. With one key for both kinds, exporting the
    # "user" named like a staff principal gave that person's s- pseudonym.
    user = uniq()
    cid = world.create(user)
    assert world.alice("GET", f"/v1/conversations/{cid}").status == 200
    log = world.frontend("GET", f"/v1/users/{q(user)}/access-log").json["entries"]
    alice = [e["by"] for e in log if e["action"] == "conversation:read"][0]
    assert alice.startswith("s-") and len(alice) == 34
    r = world.frontend("GET", f"/v1/users/{q('user:corp/alice')}/export")
    assert r.status == 200, r
    guessed = r.json["user_pseudonym"]
    assert guessed.startswith("u-")
    assert alice[2:] != guessed[2:]
    # still stable: the same person is the same pseudonym in another log
    user2 = uniq()
    cid2 = world.create(user2)
    assert world.alice("GET", f"/v1/conversations/{cid2}").status == 200
    log2 = world.frontend("GET", f"/v1/users/{q(user2)}/access-log").json["entries"]
    assert [e["by"] for e in log2 if e["action"] == "conversation:read"] == [alice]


def test_access_log_needs_permission(world):
    r = world.alice("GET", f"/v1/users/{q(uniq())}/access-log")
    assert (r.status, r.error_code()) == (403, "forbidden"), r
    r = world.ingest("GET", f"/v1/users/{q(uniq())}/export")
    assert (r.status, r.error_code()) == (403, "forbidden"), r


# ------------------------------------------------------------------ erasure

def test_erasure_removes_everything_not_held(world):
    user = uniq()
    gone = world.create(user)
    held = world.create(user)
    world.frontend("PUT", f"/v1/users/{q(user)}/consent", CONSENTED)
    r = world.frontend("POST", "/v1/concerns", {"user": user, "text": "why was I read?"})
    assert r.status == 201, r
    r = world.dpo("PUT", f"/v1/conversations/{held}/hold", {"legal_hold": True})
    assert r.status == 200, r
    pn = world.alice("GET", f"/v1/conversations/{gone}").json["user"]

    r = world.frontend("DELETE", f"/v1/users/{q(user)}")
    assert r.status == 200, r
    assert r.json["erased"] == [gone] and r.json["held"] == [held]
    # consent: the current record and its one history entry
    assert r.json["concerns_erased"] == 1 and r.json["consent_records_erased"] == 2
    assert user not in r.body.decode()

    r = world.alice("GET", f"/v1/conversations/{gone}")
    assert (r.status, r.error_code()) == (404, "not_found"), r
    # the held one stays, with the consent the user had when erased
    r = world.alice("GET", f"/v1/conversations/{held}")
    assert r.status == 200 and r.json["legal_hold"] is True, r
    r = world.frontend("GET", f"/v1/users/{q(user)}/export")
    assert [c["id"] for c in r.json["conversations"]] == [held]
    assert r.json["consent"] is None and r.json["concerns"] == []
    # the audit keeps its entries (pseudonymous), and records the outcome
    assert world.entries_for(resource=f"conversation/{gone}")
    outcome = [e for e in world.entries_for(resource=f"user/{pn}", action="user:erase")
               if "erased" in e]
    assert len(outcome) == 1
    assert outcome[0]["erased"] == [gone] and outcome[0]["held"] == [held]
    # a second erasure finds nothing more to erase
    r = world.dpo("DELETE", f"/v1/users/{q(user)}")
    assert r.status == 200 and r.json["erased"] == [] and r.json["held"] == [held], r


def test_erasure_needs_permission(world):
    user = uniq()
    cid = world.create(user)
    r = world.alice("DELETE", f"/v1/users/{q(user)}")
    assert (r.status, r.error_code()) == (403, "forbidden"), r
    assert world.alice("GET", f"/v1/conversations/{cid}").status == 200


# ------------------------------------------------------------------ concerns

def test_concerns_are_created_and_listed_pseudonymised(world):
    user = uniq()
    cid = world.create(user)
    r = world.frontend("POST", "/v1/concerns",
                       {"user": user, "conversation_id": cid,
                        "text": "Reach me at jane.doe@example.com, not by phone"})
    assert r.status == 201, r
    qid = r.json["id"]
    assert qid.startswith("q-") and len(qid) == 24
    r = world.alice("POST", "/v1/concerns", body={"user": user, "text": "agent flag"})
    assert r.status == 201, r

    r = world.dpo("GET", "/v1/concerns")
    assert r.status == 200, r
    mine = [c for c in r.json["concerns"] if c["id"] == qid]
    assert len(mine) == 1
    c = mine[0]
    assert c["user"].startswith("u-") and user not in r.body.decode()
    assert c["conversation_id"] == cid
    assert "[EMAIL]" in c["text"] and "jane.doe" not in c["text"]
    # a reader whose decision allows pii sees the raw id
    r = world.legal("GET", "/v1/concerns")
    assert r.status == 200, r
    assert [x["user"] for x in r.json["concerns"] if x["id"] == qid] == [user]


def test_concerns_refuse_bad_bodies_and_readers_without_permission(world):
    r = world.frontend("POST", "/v1/concerns", {"text": "no user"})
    assert (r.status, r.error_code()) == (400, "bad_request"), r
    r = world.frontend("POST", "/v1/concerns", {"user": "u", "text": "x", "extra": 1})
    assert (r.status, r.error_code()) == (400, "bad_request"), r
    r = world.frontend("POST", "/v1/concerns", {"user": "u", "text": "x",
                                                "conversation_id": "nope"})
    assert (r.status, r.error_code()) == (400, "bad_request"), r
    r = world.alice("GET", "/v1/concerns")
    assert (r.status, r.error_code()) == (403, "forbidden"), r
    r = world.ingest("POST", "/v1/concerns", {"user": "u", "text": "x"})
    assert (r.status, r.error_code()) == (403, "forbidden"), r


# ------------------------------------------------------------------ export per decision (item 11)

EXAMPLE_ORDER = ["common", "staff", "support_agent", "support_lead", "trust_safety",
                 "privacy_officer", "auditor", "svc_ingest", "svc_chat_frontend"]  # admin is built in


def load_examples(w):
    import json as _json
    from gw import REPO
    ex = REPO / "examples" / "policies"
    for name in EXAMPLE_ORDER:
        r = w.admin("PUT", f"/v1/roles/{name}", _json.loads((ex / f"{name}.json").read_text()))
        assert r.status == 200, (name, r)
    for p, roles in _json.loads((ex / "bindings.json").read_text()).items():
        r = w.admin("PUT", f"/v1/bindings/{q(p)}", {"roles": roles})
        assert r.status == 200, (p, r)


def test_export_applies_the_decisions_redactions_as_every_read(start_gw, certs):
    # The example privacy officer, described as reading no transcripts, got
    # every user's transcripts and raw ids through GET /v1/users/{id}/export.
    from conv_world import start_world
    w = start_world(start_gw, certs)
    load_examples(w)
    user = uniq("jane")
    cid = w.create(user)
    assert w.frontend("PUT", f"/v1/users/{q(user)}/consent", CONSENTED).status == 200
    r = w.frontend("POST", "/v1/concerns",
                   {"user": user, "conversation_id": cid,
                    "text": "Please mail jane.doe@example.com about it"})
    assert r.status == 201, r

    r = w.staff("pia", ["privacy"], "GET", f"/v1/users/{q(user)}/export", purpose=None)
    assert r.status == 200, r
    body = r.body.decode()
    assert user not in body
    for v in PII_VALUES:
        assert v not in body, v
    doc = r.json
    pn = doc["user_pseudonym"]
    assert doc["user"] == pn and pn.startswith("u-")
    conv = doc["conversations"][0]
    assert conv["id"] == cid and conv["user"] == pn and "user_pseudonym" not in conv
    text = conv["messages"][0]["text"]
    for ph in ("[EMAIL]", "[PHONE]", "[CARD]", "[IBAN]", "[IP]"):
        assert ph in text, text
    concern = doc["concerns"][0]
    assert concern["user"] == pn and "[EMAIL]" in concern["text"]
    assert [h["author"] for h in doc["consent_history"]] == ["svc:chat-frontend"]
    e = [e for e in w.audit_entries() if e["seq"] == int(r.header("X-Decision-Id"))][0]
    assert e["rule"] == "privacy_officer/export" and "pii" in e["redact"], e

    # the user-facing service, acting for the user under a rule that
    # redacts nothing, gets everything
    r = w.frontend("GET", f"/v1/users/{q(user)}/export")
    assert r.status == 200, r
    doc = r.json
    assert doc["user"] == user and doc["conversations"][0]["user"] == user
    assert doc["conversations"][0]["messages"][0]["text"] == PII_TEXT
    assert doc["concerns"][0]["user"] == user
    assert "jane.doe@example.com" in doc["concerns"][0]["text"]


# ------------------------------------------------------------------ concerns paging (item 12)

def test_concerns_page_newest_first_with_an_opaque_cursor(start_gw, certs):
    # Concerns used to come oldest first, at most 1,000, with no paging: the
    # newest were unreachable once there were more.
    from conv_world import start_world
    w = start_world(start_gw, certs)
    made = []
    for i in range(5):
        r = w.frontend("POST", "/v1/concerns", {"user": uniq(), "text": f"concern {i}"})
        assert r.status == 201, r
        made.append(r.json["id"])

    def walk(query):
        ids, after, pages = [], None, 0
        while True:
            path = "/v1/concerns?" + query + (f"&after={after}" if after else "")
            r = w.dpo("GET", path)
            assert r.status == 200, r
            assert set(r.json) == {"concerns", "next"}, r.json
            ids += [c["id"] for c in r.json["concerns"]]
            pages += 1
            after = r.json["next"]
            if after is None:
                return ids, pages
            assert all(i not in after for i in made) and not after.startswith("q-")

    # newest first by default; `next` only while more follow
    ids, pages = walk("limit=2")
    assert ids == made[::-1] and pages == 3
    ids, pages = walk("limit=5")
    assert ids == made[::-1] and pages == 1
    ids, _ = walk("limit=2&order=oldest")
    assert ids == made
    r = w.dpo("GET", "/v1/concerns")
    assert [c["id"] for c in r.json["concerns"]] == made[::-1] and r.json["next"] is None
    # bad paging is a 400 (recorded); a cursor only continues its own order
    first = w.dpo("GET", "/v1/concerns?limit=2").json["next"]
    for qs in ("limit=0", "limit=1001", "limit=x", "order=sideways", "after=zz",
               f"after={first}&order=oldest", f"after={first[:-2]}00"):
        r = w.dpo("GET", "/v1/concerns?" + qs)
        assert (r.status, r.error_code()) == (400, "bad_request"), (qs, r)
    # paging needs the permission like the list itself
    r = w.alice("GET", "/v1/concerns?limit=2")
    assert (r.status, r.error_code()) == (403, "forbidden"), r
