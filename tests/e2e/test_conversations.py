"""Conversations through the real gateway: create/append as the ingest
service, reads by support staff redacted per decision with the end user
pseudonymised, list filtered per item, delete and legal hold, and the audit
entries that name the end user only by pseudonym."""

import secrets

import pytest

from conv_world import (CONSENTED, PII_TEXT, PII_VALUES, PLACEHOLDERS, module_world, q,
                        uniq)


@pytest.fixture(scope="module")
def world(custos, certs, tmp_path_factory):
    yield from module_world(certs, tmp_path_factory, "conv")


def texts(doc):
    return [m["text"] for m in doc["messages"]]


# ------------------------------------------------------------------ create / append

def test_ingest_creates_and_appends(world):
    user = uniq()
    cid = world.create(user)
    assert cid.startswith("c-") and len(cid) == 24
    r = world.ingest("POST", f"/v1/conversations/{cid}/messages",
                     {"role": "user", "text": "one more"})
    assert r.status == 200, r
    assert r.json == {"id": cid, "messages": 3}
    assert r.header("X-Decision-Id")
    r = world.ingest("POST", f"/v1/conversations/{cid}/messages",
                     {"messages": [{"role": "assistant", "text": "a"},
                                   {"role": "user", "text": "b"}]})
    assert r.status == 200 and r.json["messages"] == 5, r


def test_create_refuses_bad_bodies(world):
    r = world.ingest("POST", "/v1/conversations", {"labels": {}})
    assert (r.status, r.error_code()) == (400, "bad_request"), r
    r = world.ingest("POST", "/v1/conversations", {"user": "x", "colour": "red"})
    assert (r.status, r.error_code()) == (400, "bad_request"), r
    assert "unknown member" in r.json["error"]["message"]
    r = world.ingest("POST", "/v1/conversations", b"{not json")
    assert (r.status, r.error_code()) == (400, "bad_request"), r
    r = world.ingest("POST", "/v1/conversations",
                     {"user": "x", "expires_at": "2001-01-01T00:00:00Z"})
    assert (r.status, r.error_code()) == (400, "bad_request"), r


def test_append_errors(world):
    cid = world.create(uniq())
    r = world.ingest("POST", f"/v1/conversations/{cid}/messages", {"role": "robot", "text": "x"})
    assert (r.status, r.error_code()) == (400, "bad_request"), r
    missing = "c-" + "A" * 22
    r = world.ingest("POST", f"/v1/conversations/{missing}/messages",
                     {"role": "user", "text": "x"})
    assert (r.status, r.error_code()) == (404, "not_found"), r


def test_staff_may_not_create_and_frontend_may_not_append(world):
    r = world.alice("POST", "/v1/conversations", body={"user": uniq()})
    assert (r.status, r.error_code()) == (403, "forbidden"), r
    cid = world.create(uniq())
    r = world.frontend("POST", f"/v1/conversations/{cid}/messages",
                       {"role": "user", "text": "x"})
    assert (r.status, r.error_code()) == (403, "forbidden"), r


# ------------------------------------------------------------------ reads

def test_agent_reads_assigned_conversation_with_every_pii_type_redacted(world):
    user = uniq("jane")
    cid = world.create(user)
    r = world.alice("GET", f"/v1/conversations/{cid}")
    assert r.status == 200, r
    assert r.header("X-Decision-Id")
    doc = r.json
    first = doc["messages"][0]["text"]
    for value in PII_VALUES:
        assert value not in r.body.decode(), value
    for ph in PLACEHOLDERS:
        assert ph in first, (ph, first)
    assert doc["messages"][1]["text"] == "Thanks, noted."
    assert doc["user"].startswith("u-") and len(doc["user"]) == 34
    assert user not in r.body.decode()
    assert "user_pseudonym" not in doc
    assert doc["id"] == cid
    assert doc["labels"]["assignee"] == "user:corp/alice"
    assert doc["consent"] == CONSENTED
    assert doc["legal_hold"] is False
    # the pseudonym is stable across reads and conversations of the user
    again = world.alice("GET", f"/v1/conversations/{cid}")
    assert again.json["user"] == doc["user"]
    other = world.create(user)
    assert world.alice("GET", f"/v1/conversations/{other}").json["user"] == doc["user"]
    # and differs between users
    third = world.create(uniq("john"))
    assert world.alice("GET", f"/v1/conversations/{third}").json["user"] != doc["user"]


def test_read_without_purpose_is_forbidden(world):
    cid = world.create(uniq())
    r = world.alice("GET", f"/v1/conversations/{cid}", purpose=None)
    assert (r.status, r.error_code()) == (403, "forbidden"), r
    assert r.header("X-Decision-Id")
    r = world.alice("GET", f"/v1/conversations/{cid}", purpose="curiosity")
    assert (r.status, r.error_code()) == (403, "forbidden"), r


def test_unassigned_conversation_is_forbidden(world):
    cid = world.create(uniq(), assignee="user:corp/bob")
    r = world.alice("GET", f"/v1/conversations/{cid}")
    assert (r.status, r.error_code()) == (403, "forbidden"), r
    r = world.staff("bob", ["support"], "GET", f"/v1/conversations/{cid}")
    assert r.status == 200, r


def test_service_without_a_person_reads_nothing(world):
    cid = world.create(uniq())
    r = world.call("support-console", "GET", f"/v1/conversations/{cid}",
                   headers={"X-Access-Purpose": "ticket:4711"})
    assert (r.status, r.error_code()) == (403, "forbidden"), r
    r = world.ingest("GET", f"/v1/conversations/{cid}")
    assert (r.status, r.error_code()) == (403, "forbidden"), r


def test_lead_sees_email_and_phone_but_not_card_or_iban(world):
    user = uniq()
    cid = world.create(user, assignee="user:corp/bob")
    r = world.staff("carol", ["support-leads"], "GET", f"/v1/conversations/{cid}")
    assert r.status == 200, r
    text = r.json["messages"][0]["text"]
    assert "jane.doe@example.com" in text and "+44 20 7946 0958" in text
    assert "[CARD]" in text and "[IBAN]" in text
    assert "4111 1111 1111 1111" not in text
    assert r.json["user"].startswith("u-") and user not in r.body.decode()
    r = world.staff("carol", ["support-leads"], "GET", f"/v1/conversations/{cid}",
                    purpose=None)
    assert (r.status, r.error_code()) == (403, "forbidden"), r


def test_reviewer_without_redaction_sees_raw_text_and_user(world):
    user = uniq()
    cid = world.create(user)
    r = world.legal("GET", f"/v1/conversations/{cid}")
    assert r.status == 200, r
    assert r.json["user"] == user
    assert r.json["messages"][0]["text"] == PII_TEXT


def test_withdrawn_consent_makes_the_next_read_forbidden(world):
    user = uniq()
    cid = world.create(user)
    assert world.alice("GET", f"/v1/conversations/{cid}").status == 200
    r = world.frontend("PUT", f"/v1/users/{q(user)}/consent",
                       {"human_review": False, "training": False})
    assert r.status == 200, r
    r = world.alice("GET", f"/v1/conversations/{cid}")
    assert (r.status, r.error_code()) == (403, "forbidden"), r
    # given again, reads work again
    r = world.frontend("PUT", f"/v1/users/{q(user)}/consent",
                       {"human_review": True, "training": False})
    assert r.status == 200, r
    assert world.alice("GET", f"/v1/conversations/{cid}").status == 200


def test_create_without_consent_is_not_readable_by_staff(world):
    cid = world.create(uniq(), consent={})
    r = world.alice("GET", f"/v1/conversations/{cid}")
    assert (r.status, r.error_code()) == (403, "forbidden"), r


def test_missing_or_malformed_conversation_is_404_and_recorded(world):
    missing = "c-" + secrets.token_hex(11)[:22]
    r = world.alice("GET", f"/v1/conversations/{missing}")
    assert (r.status, r.error_code()) == (404, "not_found"), r
    assert r.header("X-Decision-Id")
    es = world.entries_for(resource=f"conversation/{missing}")
    assert [(e["decision"], e["reason"]) for e in es] == [("error", "not_found")]
    assert es[0]["subject"] == "user:corp/alice"
    r = world.alice("GET", "/v1/conversations/..%2Fetc")
    assert (r.status, r.error_code()) == (404, "not_found"), r
    assert world.entries_for(resource="conversation/(malformed id)")


# ------------------------------------------------------------------ list

def pseudonym_of(world, cid):
    """The end user's pseudonym, as a support agent reading cid sees it."""
    r = world.alice("GET", f"/v1/conversations/{cid}")
    assert r.status == 200, r
    return r.json["user"]


def test_list_returns_only_what_the_subject_may_read(world):
    user = uniq()
    mine = world.create(user)
    theirs = world.create(user, assignee="user:corp/bob")
    pn = pseudonym_of(world, mine)
    r = world.alice("GET", f"/v1/conversations?user={pn}")
    assert r.status == 200, r
    ids = [c["id"] for c in r.json["conversations"]]
    assert ids == [mine]
    item = r.json["conversations"][0]
    assert "messages" not in item
    assert item["user"] == pn and user not in r.body.decode()
    assert item["message_count"] == 2
    assert r.json["next"] is None
    r = world.staff("bob", ["support"], "GET", f"/v1/conversations?user={pn}")
    assert [c["id"] for c in r.json["conversations"]] == [theirs]
    # by label
    r = world.alice("GET", "/v1/conversations?label=assignee:user:corp/bob")
    assert r.status == 200 and r.json["conversations"] == [], r
    # one entry for the call, with counts and the user's pseudonym only
    es = [e for e in world.entries_for(action="conversation:list")
          if e.get("returned") == [mine]]
    assert len(es) == 1
    e = es[0]
    assert e["decision"] == "allow" and e["resource"] == "conversation"
    assert e["user"] == pn
    assert "listed 1 of 2" in e["reason"]
    assert e["rule"] == "support_agent/assigned" and e["roles"] == ["support_agent"]
    assert user not in str(e)
    # found but withheld: the call's entry is a denial
    labelled = [e for e in world.entries_for(action="conversation:list")
                if "with label assignee" in e["reason"]]
    assert labelled[-1]["decision"] == "deny" and labelled[-1]["returned"] == []
    assert labelled[-1]["reason"].startswith("listed 0 of ")
    # nothing found: nothing withheld
    r = world.alice("GET", "/v1/conversations?user=u-" + "0" * 32)
    assert r.status == 200 and r.json == {"conversations": [], "next": None}, r
    assert world.entries_for(action="conversation:list")[-1]["decision"] == "allow"


def test_list_refuses_bad_filters(world):
    r = world.alice("GET", "/v1/conversations?label=nocolon")
    assert (r.status, r.error_code()) == (400, "bad_request"), r
    r = world.alice("GET", "/v1/conversations?limit=0")
    assert (r.status, r.error_code()) == (400, "bad_request"), r
    r = world.alice("GET", "/v1/conversations?after=../x")
    assert (r.status, r.error_code()) == (400, "bad_request"), r
    # a malformed request is accountable like any other
    e = [e for e in world.audit_entries() if e["seq"] == int(r.header("X-Decision-Id"))][0]
    assert (e["decision"], e["reason"], e["subject"]) == ("error", "bad_request",
                                                          "user:corp/alice"), e


# ---- item 9: the list cursor must not leak what the caller may not see

def test_list_is_403_for_a_caller_no_rule_could_allow(world):
    user = uniq()
    cid = world.create(user)
    # no list rule at all; a rule that needs a ticket purpose, without one
    for r in (world.ingest("GET", f"/v1/conversations?user={q(user)}&limit=1"),
              world.alice("GET", "/v1/conversations?limit=1", purpose=None)):
        assert (r.status, r.error_code()) == (403, "forbidden"), r
        assert "next" not in r.body.decode()
        e = [e for e in world.audit_entries() if e["seq"] == int(r.header("X-Decision-Id"))]
        assert e and e[0]["decision"] == "deny" and e[0]["action"] == "conversation:list"
    # the same for one conversation: an id that exists and one that does not
    # get the same answer from a caller without any right to read
    missing = "c-" + "Z" * 22
    a = world.ingest("GET", f"/v1/conversations/{cid}")
    b = world.ingest("GET", f"/v1/conversations/{missing}")
    assert (a.status, a.error_code()) == (b.status, b.error_code()) == (403, "forbidden")
    assert a.json["error"]["message"] == b.json["error"]["message"]


def test_list_cursor_is_opaque_and_comes_from_returned_items_only(world):
    user = uniq()
    mine = {world.create(user) for _ in range(3)}
    bobs = {world.create(user, assignee="user:corp/bob") for _ in range(4)}
    pn = pseudonym_of(world, next(iter(mine)))
    seen, cursors, after = [], [], None
    for _ in range(10):
        path = f"/v1/conversations?user={pn}&limit=1" + (f"&after={after}" if after else "")
        r = world.alice("GET", path)
        assert r.status == 200, r
        seen += [c["id"] for c in r.json["conversations"]]
        after = r.json["next"]
        if after is None:
            break
        cursors.append(after)
    assert set(seen) == mine and len(seen) == 3
    for c in cursors:
        # no id, of a returned item or a withheld one, can be read from it
        assert not c.startswith("c-") and all(i not in c for i in mine | bobs)
    # a forged, altered or foreign cursor is refused
    bad = cursors[0][:-2] + ("00" if not cursors[0].endswith("00") else "11")
    for after in (bad, sorted(bobs)[0], "zz", cursors[0] + "00"):
        r = world.alice("GET", f"/v1/conversations?user={pn}&limit=1&after={after}")
        assert (r.status, r.error_code()) == (400, "bad_request"), (after, r)
    r = world.alice("GET", f"/v1/conversations?limit=1&after={cursors[0]}")
    assert (r.status, r.error_code()) == (400, "bad_request"), r


def test_a_page_of_withheld_items_looks_exactly_like_an_empty_page(world):
    user = uniq()
    for _ in range(3):
        world.create(user, assignee="user:corp/bob")
    bob_only = world.staff("bob", ["support"], "GET",
                           f"/v1/conversations?label=assignee:user:corp/bob&limit=1")
    assert bob_only.status == 200 and len(bob_only.json["conversations"]) == 1
    withheld = world.alice("GET", "/v1/conversations?label=assignee:user:corp/bob&limit=1")
    nothing = world.alice("GET", "/v1/conversations?label=assignee:user:corp/nobody&limit=1")
    assert withheld.status == nothing.status == 200
    assert withheld.json == nothing.json == {"conversations": [], "next": None}
    assert withheld.body == nothing.body
    assert withheld.header("X-Decision-Id") and nothing.header("X-Decision-Id")


# ---- item 10: ?user= must not confirm a guessed identity

def test_raw_user_filter_is_honoured_only_with_pii(world):
    user = uniq("jane")
    cid = world.create(user)
    # the agent's decisions redact pii: a raw id matches nothing, exactly
    # like an id nobody has
    guessed = world.alice("GET", f"/v1/conversations?user={q(user)}")
    unknown = world.alice("GET", f"/v1/conversations?user={q(uniq('jane'))}")
    assert guessed.status == unknown.status == 200
    assert guessed.json == unknown.json == {"conversations": [], "next": None}
    # ... but the attempt is recorded under the user's pseudonym
    pn = pseudonym_of(world, cid)
    e = [e for e in world.audit_entries()
         if e["seq"] == int(guessed.header("X-Decision-Id"))][0]
    assert e["user"] == pn and user not in str(e)
    # by pseudonym the agent finds it
    r = world.alice("GET", f"/v1/conversations?user={pn}")
    assert [c["id"] for c in r.json["conversations"]] == [cid]
    assert r.json["conversations"][0]["user"] == pn
    # a reviewer whose decision shows raw ids may filter by one
    r = world.legal("GET", f"/v1/conversations?user={q(user)}")
    assert r.status == 200, r
    assert [c["id"] for c in r.json["conversations"]] == [cid]
    assert r.json["conversations"][0]["user"] == user


def test_list_scan_is_bounded_per_request(start_gw, certs):
    # With list_scan_max = 20, a caller who may see none of 30 matching
    # conversations costs 20 examinations, not 30, and sees an empty page
    # without a cursor: the same answer as for no match at all.
    from conv_world import start_world
    w = start_world(start_gw, certs, overrides={"server": {"list_scan_max": 20}})
    for _ in range(30):
        w.create(uniq(), assignee="user:corp/bob")
    mine = w.create(uniq())
    r = w.alice("GET", "/v1/conversations?label=assignee:user:corp/bob&limit=5")
    assert r.status == 200 and r.json == {"conversations": [], "next": None}, r
    e = [e for e in w.audit_entries() if e["seq"] == int(r.header("X-Decision-Id"))][0]
    assert e["reason"].startswith("listed 0 of 20 conversations examined"), e["reason"]
    assert e["reason"].endswith("scan limit reached"), e["reason"]
    # the bob who may see them pages through all 30 (full pages carry next)
    seen, after = [], None
    while True:
        path = "/v1/conversations?label=assignee:user:corp/bob&limit=7"
        r = w.staff("bob", ["support"], "GET", path + (f"&after={after}" if after else ""))
        seen += [c["id"] for c in r.json["conversations"]]
        after = r.json["next"]
        if not after:
            break
    assert len(seen) == len(set(seen)) == 30
    # a filter that matches what the caller may see finds it
    r = w.alice("GET", "/v1/conversations?label=assignee:user:corp/alice")
    assert [c["id"] for c in r.json["conversations"]] == [mine]


# ------------------------------------------------------------------ delete and hold

def test_legal_hold_blocks_delete_until_released(world):
    cid = world.create(uniq())
    r = world.dpo("PUT", f"/v1/conversations/{cid}/hold", {"legal_hold": True})
    assert r.status == 200 and r.json == {"id": cid, "legal_hold": True}, r
    r = world.dpo("DELETE", f"/v1/conversations/{cid}")
    assert (r.status, r.error_code()) == (409, "legal_hold"), r
    assert world.alice("GET", f"/v1/conversations/{cid}").json["legal_hold"] is True
    r = world.dpo("PUT", f"/v1/conversations/{cid}/hold", {"legal_hold": False})
    assert r.status == 200, r
    r = world.dpo("DELETE", f"/v1/conversations/{cid}")
    assert r.status == 204 and r.body == b"", r
    r = world.alice("GET", f"/v1/conversations/{cid}")
    assert (r.status, r.error_code()) == (404, "not_found"), r
    holds = world.entries_for(resource=f"conversation/{cid}", action="conversation:hold")
    assert [e["legal_hold"] for e in holds] == [True, False]


def test_hold_and_delete_need_permission_and_a_good_body(world):
    cid = world.create(uniq())
    r = world.alice("PUT", f"/v1/conversations/{cid}/hold", body={"legal_hold": True})
    assert (r.status, r.error_code()) == (403, "forbidden"), r
    r = world.alice("DELETE", f"/v1/conversations/{cid}")
    assert (r.status, r.error_code()) == (403, "forbidden"), r
    r = world.dpo("PUT", f"/v1/conversations/{cid}/hold", {"legal_hold": "yes"})
    assert (r.status, r.error_code()) == (400, "bad_request"), r
    r = world.dpo("DELETE", "/v1/conversations/c-" + "B" * 22)
    assert (r.status, r.error_code()) == (404, "not_found"), r


# ------------------------------------------------------------------ audit

def test_audit_entries_name_the_user_by_pseudonym_only(world):
    user = uniq("zed")
    canary = "canary-" + secrets.token_hex(8)
    cid = world.create(user, text=f"{PII_TEXT} {canary}")
    r = world.alice("GET", f"/v1/conversations/{cid}")
    pn = r.json["user"]
    world.alice("GET", f"/v1/conversations/{cid}", purpose=None)
    es = world.entries_for(resource=f"conversation/{cid}")
    assert [(e["action"], e["decision"]) for e in es] == [
        ("conversation:create", "allow"), ("conversation:read", "allow"),
        ("conversation:read", "deny")]
    for e in es:
        assert e["user"] == pn
    read = es[1]
    assert read["subject"] == "user:corp/alice"
    assert read["client"] == "svc:support-console"
    assert read["purpose"] == "ticket:4711"
    assert read["rule"] == "support_agent/assigned"
    assert "pii" in read["redact"]
    create_decision = [e for e in world.entries_for(resource="conversation")
                       if e.get("user") == pn and e["action"] == "conversation:create"]
    assert len(create_decision) == 1 and create_decision[0]["decision"] == "allow"
    everything = "\n".join(str(e) for e in world.audit_entries())
    assert user not in everything and canary not in everything
    assert "jane.doe@example.com" not in everything
