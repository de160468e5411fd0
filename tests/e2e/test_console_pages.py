"""The console's admin pages in a real browser (tests/browser/pages_*.mjs on
the harness of tests/browser/README.md): one provider and one gateway for the
module, so the cases share the policy history they make (run in file order).

- a non-admin sees only what policy:read allows and cannot save;
- an admin edits a role with an error, fixes it, saves, sees the new version
  (author, diff), the privacy notice follows, a concurrent edit is shown and
  not overwritten, and signs out: all with the keyboard;
- simulate an allow, a deny, a real conversation and a proposed document;
  roll back; the audit page shows the console's own actions with the person
  as subject and the chain's status; axe-core on every page; screenshots in
  build/browser-shots/.
"""

import urllib.parse

import pytest

from console_world import ADMIN_CERT, ConsoleWorld, node_ready
from gw import Gateway

ROLE = "helpdesk"
AGENT = "user:op/agent"
HELPDESK = {"description": "Helpdesk: the conversations assigned to them", "rules": [
    {"id": "assigned", "effect": "allow", "actions": ["conversation:read"],
     "when": {"attr": "resource.labels.assignee", "equals": "$subject.id"},
     "reveal": ["email"]}]}


def enc(s):
    return urllib.parse.quote(s, safe="")


@pytest.fixture(scope="module")
def world(custos, certs, tmp_path_factory):
    why = node_ready()
    if why:
        pytest.fail(why)
    tmp = tmp_path_factory.mktemp("console-pages")
    started = []

    def start_gw(name="gw", wait=True, **kw):
        g = Gateway(certs, tmp / name, **kw)
        started.append(g)
        return g.start(wait=wait)

    w = ConsoleWorld(start_gw, tmp / "world")
    try:
        gw = w.gw
        assert gw.request("PUT", f"/v1/roles/{ROLE}", cert=ADMIN_CERT, body=HELPDESK).status == 200
        assert gw.request("PUT", "/v1/bindings/" + enc(AGENT), cert=ADMIN_CERT,
                          body={"roles": [ROLE]}).status == 200
        assert gw.request("PUT", "/v1/roles/intake", cert=ADMIN_CERT, body={"rules": [
            {"id": "create", "effect": "allow", "actions": ["conversation:create"]}]}).status == 200
        assert gw.request("PUT", "/v1/bindings/svc%3Asupport-console", cert=ADMIN_CERT,
                          body={"roles": ["intake"]}).status == 200
        made = gw.request("POST", "/v1/conversations", cert="support-console", body={
            "user": "u-1", "labels": {"assignee": AGENT}, "consent": {"human_review": True},
            "messages": [{"role": "user", "text": "my card is 4111 1111 1111 1111"}]})
        assert made.status == 201, made
        w.conversation = made.json["id"]
        w.setup_version = gw.get("/v1/policy/versions?limit=1", cert=ADMIN_CERT).json["current"]
        yield w
    finally:
        w.stop()
        problems = [p for p in (g.finish() for g in started) if p]
    if problems:
        pytest.fail("\n".join(problems))


def role(w):
    return w.gw.get(f"/v1/roles/{ROLE}", cert=ADMIN_CERT).json


def test_a_policy_reader_sees_read_only_pages_and_cannot_save(world):
    before = role(world)
    res = world.run_case("pages_readonly", role=ROLE)
    assert "may read the policy but not change it" in res["rolesNote"]
    assert res["newRoleLink"] is False and ROLE in res["roleLinks"]
    assert res["editorReadonly"] is True and res["controls"] == [], res
    assert res["putStatus"] == 403 and res["putCode"] == "forbidden", res
    assert res["rollbackButtons"] == 0 and res["diffButtons"] > 0
    assert "refused by the policy (403)" in res["auditRefusal"], res
    assert "forbidden" in res["auditRefusal"]
    assert "refused by the policy (403)" in res["revocationsRefusal"]
    assert all(v == [] for v in res["violations"].values()), res["violations"]
    assert role(world) == before and res["after"] == before["description"]
    bob = world.subject("bob")
    denied = [e for e in world.audit() if e.get("subject") == bob and e["decision"] == "deny"
              and e["action"] == "policy:write" and e["resource"] == f"role/{ROLE}"]
    assert len(denied) == 1, "the refused save is recorded with bob as subject"


def test_an_admin_edits_a_role_with_the_keyboard(world):
    v0 = role(world)["version"]
    res = world.run_case("pages_edit", role=ROLE)
    alice = world.subject("alice")
    assert alice in res["signedInAs"] and res["subject"] == alice
    assert res["errorPath"] == "$.rules[0].actions[0]" and res["errorCode"] == "invalid_policy"
    assert res["selected"] == 'role-doc:"conversation:reed"', res
    assert res["diffChanges"] == 2 and any("edited in the console" in x for x in res["diffIns"])
    assert res["saved"].startswith(f"Saved: role {ROLE} is now version "), res
    new = int(res["saved"].rstrip(".").rsplit(" ", 1)[1])
    assert new > v0
    row = res["versionsFirstRow"]
    assert row[0] == str(new) and row[2] == alice and row[3] == f"role.put {ROLE}", row
    assert any("edited in the console" in x for x in res["versionDiffIns"])
    assert int(res["noticeAfter"]) == new > int(res["noticeBefore"])
    assert "Helpdesk, edited in the console" in res["noticeText"]
    # the conflict: theirs stays, mine stays in the editor, nothing overwritten
    assert res["concurrentPut"] == 200
    assert "changed by someone else since you loaded it (412)" in res["conflictStatus"], res
    assert "Changed by someone else" in res["conflictText"]
    assert "Changed meanwhile through the API" in res["conflictText"]
    assert res["editorKept"] == "Mine"
    assert res["storedAfterConflict"] == "Changed meanwhile through the API"
    assert role(world)["description"] == "Changed meanwhile through the API"
    assert res["sessionAfterSignOut"] == 401
    refused = [e for e in world.audit() if e.get("subject") == alice
               and e["decision"] == "error" and e.get("reason") == "invalid_policy"]
    assert refused, "the refused document is recorded with the person as subject"


def test_simulate_roll_back_audit_and_every_page(world):
    to = world.setup_version
    res = world.run_case("pages_tour", agent=AGENT, conversation=world.conversation,
                         rollback_to=to, role=ROLE)
    assert res["allow"]["decision"] == "Decision: ALLOW", res["allow"]
    assert res["allow"]["rule"] == f"{ROLE}/assigned" and res["allow"]["reveal"] == "email"
    assert "card" in res["allow"]["hidden"]
    assert res["deny"]["decision"] == "Decision: DENY" and res["deny"]["rule"] == "(no rule)"
    assert res["deny"]["reveal"] == "none"
    assert res["real"]["decision"] == "Decision: ALLOW", res["real"]
    assert res["proposed"]["decision"] == "Decision: DENY"
    assert res["proposed"]["rule"] == f"{ROLE}/nothing", res["proposed"]
    assert all(v == [] for v in res["violations"].values()), res["violations"]
    assert len(res["violations"]) >= 11
    # the rollback: a new version, back to the set-up's helpdesk
    assert res["changeBeforeRollback"] == 200
    before = int(res["currentBefore"].rsplit(" ", 1)[1])
    after = int(res["currentAfter"].rsplit(" ", 1)[1])
    assert after == before + 1, res
    assert res["rolledBackRow"][3] == f"rollback to version {to}"
    assert res["rolledBackRow"][2] == res["subject"]
    assert role(world)["description"] == HELPDESK["description"]
    # the audit page: the console's own changes, the person as subject
    assert res["chain"].startswith("Chain intact"), res["chain"]
    rows = res["auditRows"]
    assert rows and all(r[3] == "policy:write" and r[4] == res["subject"] for r in rows), rows
    assert any(r[5] == "policy/rollback" for r in rows), rows
    assert res["openedEntry"]["subject"] == res["subject"]
    sims = [e for e in world.audit() if e.get("simulation") and e["subject"] == res["subject"]]
    assert len(sims) == 4 and {s["simulated"]["decision"] for s in sims} == {"allow", "deny"}
    assert any(s["simulated"].get("conversation") == world.conversation for s in sims)
