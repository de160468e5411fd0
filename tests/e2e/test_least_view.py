"""Least view through the real gateway (issue 11): a staff read hides every
detected type the deciding rule does not `reveal`, the newer types (gov_id,
secret, person, address, dob) included; a rule revealing one type shows only
it; an old-style `redact` policy still hides the types it never named;
/v1/authorize and /v1/policy/simulate report the hidden and revealed sets and
the audit entry records the hidden set; `custos policy validate` warns on
`redact`; a bad `[redact] pattern.NAME` fails check-config and serve with a
message that names it."""

import json
import subprocess

import pytest

from conv_world import ALL_TYPES, CONSENTED, module_world, q, uniq
from gw import Gateway, custos_bin, run_custos

# One message with one value of every built-in type.
VALUES = {
    "person": "Maria Garcia",
    "ssn": "464-72-7630",
    "gov_id": "39480356M",
    "secret": "Summer!2024",
    "address": "Bahnhofstraße 93, 10633 Berlin",
    "dob": "12/03/1985",
    "email": "jane.doe@example.com",
    "phone": "+44 20 7946 0958",
    "card": "4111 1111 1111 1111",
}
TEXT = ("Hello, my name is Maria Garcia. SSN 464-72-7630, DNI 39480356M, "
        "password=Summer!2024. I live at Bahnhofstraße 93, 10633 Berlin. DOB: 12/03/1985. "
        "Mail jane.doe@example.com, call +44 20 7946 0958, card 4111 1111 1111 1111.")
PLACEHOLDER = {"person": "[NAME]", "ssn": "[SSN]", "gov_id": "[ID]", "secret": "[SECRET]",
               "address": "[ADDRESS]", "dob": "[DOB]", "email": "[EMAIL]",
               "phone": "[PHONE]", "card": "[CARD]"}
NEWER = ("gov_id", "secret", "person", "address", "dob")

KYC = {"name": "kyc_checker",
       "description": "Age checks: sees the date of birth, nothing else",
       "rules": [{"id": "age", "effect": "allow", "actions": ["conversation:read"],
                  "when": {"attr": "request.purpose", "matches": "kyc:*"},
                  "reveal": ["dob"]}]}
# Written before reveal existed: hides card and iban, meant to show the rest.
LEGACY = {"name": "legacy_reviewer",
          "description": "An old-style role: redact lists what it hides",
          "rules": [{"id": "review", "effect": "allow", "actions": ["conversation:read"],
                     "when": {"attr": "request.purpose", "matches": "review:*"},
                     "redact": ["card", "iban"]}]}


@pytest.fixture(scope="module")
def world(custos, certs, tmp_path_factory):
    for w in module_world(certs, tmp_path_factory, "least-view"):
        for doc in (KYC, LEGACY):
            r = w.admin("PUT", f"/v1/roles/{doc['name']}", doc)
            assert r.status == 200, r
        for principal, roles in (("group:corp/kyc", ["kyc_checker"]),
                                 ("group:corp/legacy", ["legacy_reviewer"]),
                                 ("user:corp/kira", ["kyc_checker"]),
                                 ("user:corp/lars", ["legacy_reviewer"])):
            r = w.admin("PUT", f"/v1/bindings/{q(principal)}", {"roles": roles})
            assert r.status == 200, r
        yield w


def read(world, sub, groups, purpose, cid):
    r = world.staff(sub, groups, "GET", f"/v1/conversations/{cid}", purpose=purpose)
    assert r.status == 200, r
    return r


def shown(text, kinds):
    for k in kinds:
        assert VALUES[k] in text, (k, text)


def hidden(text, kinds):
    for k in kinds:
        assert VALUES[k] not in text, (k, text)
        assert PLACEHOLDER[k] in text, (k, text)


def test_a_support_agent_read_hides_each_new_type(world):
    user = uniq("maria")
    cid = world.create(user, text=TEXT)
    r = read(world, "alice", ["support"], "ticket:4711", cid)
    text = r.json["messages"][0]["text"]
    hidden(text, VALUES)
    assert text == ("Hello, my name is [NAME]. SSN [SSN], DNI [ID], password=[SECRET]. "
                    "I live at [ADDRESS]. DOB: [DOB]. Mail [EMAIL], call [PHONE], "
                    "card [CARD]."), text
    assert user not in r.body.decode() and r.json["user"].startswith("u-")
    # the audit entry of the read records the hidden set as `redact`
    es = world.entries_for(resource=f"conversation/{cid}", action="conversation:read")
    assert len(es) == 1 and es[0]["decision"] == "allow", es
    assert es[0]["redact"] == ALL_TYPES, es[0]


def test_a_rule_revealing_one_type_shows_only_that_type(world):
    user = uniq("kim")
    cid = world.create(user, text=TEXT, assignee="user:corp/nobody")
    r = read(world, "kim", ["kyc"], "kyc:case-1", cid)
    text = r.json["messages"][0]["text"]
    shown(text, ["dob"])
    hidden(text, [k for k in VALUES if k != "dob"])
    assert user not in r.body.decode(), "pii is not revealed: the user is a pseudonym"


def test_an_old_style_policy_still_hides_the_types_it_never_named(world):
    user = uniq("leo")
    cid = world.create(user, text=TEXT, assignee="user:corp/nobody")
    r = read(world, "leo", ["legacy"], "review:7", cid)
    text = r.json["messages"][0]["text"]
    # the older types it does not name are shown, the ones it names hidden ...
    shown(text, ["email", "phone", "ssn"])
    hidden(text, ["card"])
    # ... and every newer type stays hidden, as does the end user's id
    hidden(text, NEWER)
    assert user not in r.body.decode() and r.json["user"].startswith("u-")


def test_authorize_reports_the_hidden_and_revealed_sets(world):
    res = {"type": "conversation", "id": "c-9", "labels": {}, "consent": CONSENTED,
           "legal_hold": False}
    body = {"action": "conversation:read", "subject": "user:corp/kira",
            "purpose": "kyc:case-1", "resource": res}
    r = world.admin("POST", "/v1/authorize", body)
    assert r.status == 200 and r.json["decision"] == "allow", r
    assert r.json["reveal"] == ["dob"]
    assert r.json["hidden"] == [t for t in ALL_TYPES if t != "dob"]
    assert r.json["redact"] == r.json["hidden"]

    body.update(subject="user:corp/lars", purpose="review:1")
    r = world.admin("POST", "/v1/authorize", body)
    assert r.status == 200 and r.json["decision"] == "allow", r
    assert r.json["reveal"] == ["email", "phone", "ip", "ssn"]
    assert r.json["hidden"] == ["card", "iban", "gov_id", "secret", "person", "address",
                                "dob", "pii"]
    assert r.json["redact"] == r.json["hidden"]


def test_simulate_reports_sets_for_a_proposed_rule_and_explains_each_match(world):
    res = {"type": "conversation", "id": "c-9", "labels": {}, "consent": CONSENTED,
           "legal_hold": False}
    doc = dict(KYC, rules=[dict(KYC["rules"][0], reveal=["dob", "person"]),
                           {"id": "age_only", "effect": "allow",
                            "actions": ["conversation:read"], "reveal": ["dob"]}])
    r = world.admin("POST", "/v1/policy/simulate", {
        "action": "conversation:read", "subject": "user:corp/kim",
        "groups": ["group:corp/kyc"], "purpose": "kyc:case-1", "resource": res,
        "documents": [doc]})
    assert r.status == 200 and r.json["proposed"] is True, r
    # two allows match: the one that hides least decides, on its own
    assert r.json["rule"] == "kyc_checker/age"
    assert r.json["reveal"] == ["person", "dob"]
    assert r.json["hidden"] == r.json["redact"] == [
        t for t in ALL_TYPES if t not in ("person", "dob")]
    matched = {m["rule"]: m for m in r.json["explain"]["matched"]}
    assert matched["kyc_checker/age_only"]["reveal"] == ["dob"]
    assert "person" in matched["kyc_checker/age_only"]["redact"]


def test_policy_validate_warns_on_redact_and_refuses_both(custos, tmp_path):
    p = tmp_path / "legacy.json"
    p.write_text(json.dumps(LEGACY))
    r = run_custos("policy", "validate", str(p))
    assert r.returncode == 0, r
    assert f"{p}: $.rules[0].redact: warning: redact is the older form" in r.stderr, r.stderr
    assert "gov_id, secret, person, address, dob, pii" in r.stderr
    both = dict(LEGACY, rules=[dict(LEGACY["rules"][0], reveal=["email"])])
    p.write_text(json.dumps(both))
    r = run_custos("policy", "validate", str(p))
    assert r.returncode == 1, r
    assert "use reveal or redact, not both" in r.stdout, r.stdout
    ok = dict(KYC)
    p.write_text(json.dumps(ok))
    r = run_custos("policy", "validate", str(p))
    assert r.returncode == 0 and "warning" not in r.stderr, r


def test_a_bad_pattern_name_fails_check_config_and_serve_naming_it(certs, tmp_path):
    gw = Gateway(certs, tmp_path, overrides={"redact": {"pattern.Aws-Key": "AKIA[0-9A-Z]{16}"}})
    cfg = gw.write_config()
    r = run_custos("check-config", "--config", str(cfg))
    assert r.returncode == 1, r
    out = r.stdout + r.stderr
    assert "[redact] pattern.Aws-Key: 'Aws-Key' is not a type name" in out, out
    proc = subprocess.run([custos_bin(), "serve", "--config", str(cfg)], capture_output=True,
                          text=True, timeout=20, stdin=subprocess.DEVNULL)
    assert proc.returncode == 1, proc
    assert "pattern.Aws-Key" in proc.stderr, proc.stderr
    assert "cannot compile policy version 0: : " not in proc.stderr, proc.stderr
