"""conv_world: a gateway with test policies, tokens and helpers for the
conversation, privacy, canary and retention end-to-end tests.

Policies go in through the control plane (PUT /v1/roles, /v1/bindings as
svc:admin-cli, the bootstrap admin of the harness config). People are
Bearer tokens minted with python3-jwt and certs/idp-rsa.key; every call goes
over real mTLS with the certificate of the calling service.
"""

import json
import time
import urllib.parse
import uuid

import pytest

import tokens as T

ISS = "https://idp.example.test"

# One message with one of every PII type the redactor knows.
PII_TEXT = ("Mail me at jane.doe@example.com or call +44 20 7946 0958. "
            "Card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, "
            "my IP is 192.168.1.23.")
PII_VALUES = ("jane.doe@example.com", "+44 20 7946 0958", "4111 1111 1111 1111",
              "DE89 3704 0044 0532 0130 00", "192.168.1.23")
PLACEHOLDERS = ("[EMAIL]", "[PHONE]", "[CARD]", "[IBAN]", "[IP]")

# Every type a rule can reveal (a rule reveals only what it names).
ALL_TYPES = ["email", "phone", "card", "iban", "ip", "ssn", "gov_id", "secret", "person",
             "address", "dob", "pii"]

TICKET = {"X-Access-Purpose": "ticket:4711"}

CONSENTED = {"human_review": True, "training": False}

ROLES = [
    {"name": "support_agent",
     "description": "Tier-1 support: assigned tickets with consent, every PII type hidden",
     "rules": [
         {"id": "assigned", "effect": "allow",
          "actions": ["conversation:read", "conversation:list"],
          "when": {"all": [
              {"attr": "resource.labels.assignee", "equals": "$subject.id"},
              {"attr": "resource.consent.human_review", "equals": True},
              {"attr": "request.purpose", "matches": "ticket:*"}]},
          "reveal": []},
         {"id": "concerns", "effect": "allow", "actions": ["concern:create"]}]},
    {"name": "support_lead",
     "description": "Support lead: the support team's tickets; sees email and phone",
     "rules": [
         {"id": "team", "effect": "allow",
          "actions": ["conversation:read", "conversation:list"],
          "when": {"all": [
              {"attr": "resource.labels.team", "equals": "support"},
              {"attr": "resource.consent.human_review", "equals": True},
              {"attr": "request.purpose", "matches": "ticket:*"}]},
          "reveal": ["email", "phone", "ip"]}]},
    {"name": "svc_ingest",
     "description": "Ingest pipeline: stores conversations, reads nothing",
     "rules": [{"id": "write", "effect": "allow",
                "actions": ["conversation:create", "conversation:append"]}]},
    {"name": "frontend",
     "description": "The chat frontend acting for end users",
     "rules": [{"id": "rights", "effect": "allow",
                "actions": ["user:consent", "user:export", "user:erase",
                            "concern:create"],
                "reveal": ALL_TYPES}]},
    {"name": "privacy_officer",
     "description": "Data protection officer",
     "rules": [{"id": "dpo", "effect": "allow",
                "actions": ["conversation:hold", "user:erase", "user:export",
                            "conversation:delete"]},
               {"id": "concerns", "effect": "allow", "actions": ["concern:read"],
                "reveal": ["card", "iban", "ip", "ssn"]}]},
    {"name": "legal_reviewer",
     "description": "Legal case review: full view, only with a legal purpose",
     "rules": [{"id": "case", "effect": "allow",
                "actions": ["conversation:read", "conversation:list", "concern:read"],
                "when": {"attr": "request.purpose", "matches": "legal:*"},
                "reveal": ALL_TYPES}]},
]

BINDINGS = {
    "svc:ingest": ["svc_ingest"],
    "svc:chat-frontend": ["frontend"],
    "group:corp/support": ["support_agent"],
    "group:corp/support-leads": ["support_lead"],
    "group:corp/privacy": ["privacy_officer"],
    "group:corp/legal": ["legal_reviewer"],
}


def uniq(prefix="u"):
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def q(s):
    """Percent-encodes one path segment (everything, '/' included)."""
    return urllib.parse.quote(s, safe="")


class World:
    """A started gateway plus policies; methods speak as the parties."""

    def __init__(self, gw, certs):
        self.gw = gw
        self.certs = certs
        self.key = certs.path("idp-rsa.key").read_bytes()
        for doc in ROLES:
            r = self.admin("PUT", f"/v1/roles/{doc['name']}", doc)
            assert r.status in (200, 201), r
        for principal, roles in BINDINGS.items():
            r = self.admin("PUT", f"/v1/bindings/{q(principal)}", {"roles": roles})
            assert r.status in (200, 201), r

    # ---- identities

    def token(self, sub, groups=(), ttl=600):
        return T.mint(T.claims(iss=ISS, sub=sub, groups=list(groups),
                               exp=int(time.time()) + ttl), self.key)

    def person(self, sub, groups, purpose="ticket:4711"):
        h = {"Authorization": f"Bearer {self.token(sub, groups)}"}
        if purpose:
            h["X-Access-Purpose"] = purpose
        return h

    def call(self, cert, method, path, body=None, headers=None):
        return self.gw.request(method, path, body=body, headers=headers, cert=cert)

    def admin(self, method, path, body=None):
        return self.call("admin-cli", method, path, body)

    def ingest(self, method, path, body=None):
        return self.call("ingest", method, path, body)

    def frontend(self, method, path, body=None):
        return self.call("chat-frontend", method, path, body)

    def staff(self, sub, groups, method, path, body=None, purpose="ticket:4711"):
        return self.call("support-console", method, path, body,
                         self.person(sub, groups, purpose))

    def alice(self, method, path, **kw):
        return self.staff("alice", ["support"], method, path, **kw)

    def legal(self, method, path, body=None):
        return self.staff("lena", ["legal"], method, path, body, purpose="legal:case-9")

    def dpo(self, method, path, body=None):
        return self.staff("dave", ["privacy"], method, path, body, purpose="legal:case-9")

    # ---- data

    def create(self, user, text=PII_TEXT, assignee="user:corp/alice", consent=None,
               **extra):
        body = {"user": user,
                "labels": {"ticket": "4711", "assignee": assignee, "team": "support"},
                "consent": consent if consent is not None else CONSENTED,
                "messages": [{"role": "user", "text": text},
                             {"role": "assistant", "text": "Thanks, noted."}]}
        body.update(extra)
        r = self.ingest("POST", "/v1/conversations", body)
        assert r.status == 201, r
        return r.json["id"]

    def audit_entries(self):
        """Every durable audit entry, from the JSON-lines export file."""
        path = self.gw.dir / "audit.jsonl"
        if not path.exists():
            return []
        return [json.loads(ln) for ln in path.read_text().splitlines() if ln.strip()]

    def entries_for(self, resource=None, action=None):
        return [e for e in self.audit_entries()
                if (resource is None or e.get("resource") == resource)
                and (action is None or e.get("action") == action)]


# Config every world's gateway gets: an audit export file to read entries
# from, and no periodic sweep during a test (SIGUSR1 and the CLI still sweep).
OVERRIDES = {"audit": {"export": "./audit.jsonl"},
             "retention": {"sweep_interval_s": 3600}}


def start_world(start_gw, certs, name="gw", overrides=None):
    ov = {k: dict(v) for k, v in OVERRIDES.items()}
    for k, v in (overrides or {}).items():
        ov.setdefault(k, {}).update(v)
    return World(start_gw(name, overrides=ov), certs)


def error_code(r):
    return r.error_code()


def dumps(o):
    return json.dumps(o, sort_keys=True)


def module_world(certs, tmp_path_factory, name, overrides=None):
    """Generator for a module-scoped fixture: yields a World, stops its gateway."""
    from gw import Gateway
    ov = {k: dict(v) for k, v in OVERRIDES.items()}
    for k, v in (overrides or {}).items():
        ov.setdefault(k, {}).update(v)
    gw = Gateway(certs, tmp_path_factory.mktemp(name), overrides=ov)
    try:
        gw.start()
        yield World(gw, certs)
    finally:
        problem = gw.finish()  # exit code and sanitizer reports
    if problem:
        pytest.fail(problem)
