/* policy: the pure policy engine (role documents -> snapshot -> decisions).
 *
 * Role documents (API.md section 4) are validated, compiled together with the
 * principal->roles bindings into an immutable pol_snapshot, and decisions are
 * taken against a snapshot with pol_eval. A pol_holder publishes the current
 * snapshot to many reader threads without locks. Only jansson is used; this
 * module never touches storage (see store.h, prefix pol_store_). */
#ifndef CUSTOS_POLICY_H
#define CUSTOS_POLICY_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "errors-t.h"

/* Error codes (0 is success; values in errors.def): POL_EDOC (invalid role
 * document or document set, see pol_error), POL_EBINDINGS (invalid bindings
 * object), POL_ELIMIT (a runtime limit was exceeded, e.g. roles per
 * subject), POL_EARG (invalid argument, NULL where a value is required),
 * and POL_ENOMEM: */
enum {
	POL_OK = 0,
	POL_ENOMEM = CUSTOS_E_NOMEM, /* allocation failed */
};

/* Human text for an error code (custos_strerror). Never NULL, static storage. */
const char *pol_strerror(int rc);

/* A validation problem: a JSON path into the input (`$.rules[1].when.all[0].attr`
 * for one document, `$[3].inherits[0]` for a set, `$["user:x"][0]` for bindings)
 * and a message. Both always NUL-terminated; over-long text is truncated. */
typedef struct pol_error {
	char path[256];
	char msg[256];
} pol_error;

/* Caps applied to untrusted documents. NULL wherever a `const pol_limits *` is
 * taken means pol_limits_default(). */
typedef struct pol_limits {
	size_t max_rules;      /* rules per role (256) */
	size_t max_depth;      /* condition nesting depth, `when` itself is 1 (16) */
	size_t max_nodes;      /* condition nodes per document (1024) */
	size_t max_doc_bytes;  /* compact serialization of one document (65536) */
	size_t max_list;       /* actions, redact, inherits, `in` values, all/any children (256) */
	size_t max_string;     /* description and string values, bytes (1024) */
	size_t max_roles;      /* documents in one set (100000) */
	size_t max_principals; /* principals in the bindings object (1000000) */
	size_t max_subject_roles; /* effective roles of one subject at eval (1024, hard max 1024) */
} pol_limits;

/* The defaults listed above. Static storage. */
const pol_limits *pol_limits_default(void);

/* ---- Vocabulary ------------------------------------------------------- */

/* Number of known actions and the name of action i (0 <= i < pol_action_count()). */
size_t pol_action_count(void);
const char *pol_action_name(size_t i);
/* 1 if `action` is one of the concrete actions of API.md (no wildcards), else 0. */
int pol_action_known(const char *action);

/* The built-in type names, in the canonical order used in decisions:
 * email, phone, card, iban, ip, ssn, gov_id, secret, person, address, dob,
 * pii. "ssn" is a subtype of "gov_id". "pii" means the raw end-user id
 * (hidden: replaced by its pseudonym). */
size_t pol_redact_builtin_count(void);
const char *pol_redact_builtin_name(size_t i);

/* Most custom type names accepted by validation/compile (on top of the builtins). */
#define POL_MAX_CUSTOM_REDACT 52

/* ---- Principals and recorded strings (principal.c) ---------------------
 * ONE grammar, used by config, CLI, control plane, revocations and the token
 * path (docs/POLICY.md, "Principals"):
 *   svc:NAME            NAME 1..255 printable ASCII, no space (as certificates)
 *   user:ISSUER/SUB     ISSUER 1..64 of [A-Za-z0-9_.-]; SUB an id (below)
 *   group:ISSUER/NAME   NAME an id
 * An id (a token's sub, a group name, a token's jti) is 1..256 bytes of valid
 * UTF-8 without controls (C0, DEL, C1), Unicode spaces other than U+0020,
 * line/paragraph separators, invisible formatting characters (zero-width,
 * bidi, BOM, tags) or noncharacters, and without a space at either end. */

#define POL_PRINCIPAL_MAX 400 /* bytes: the longest principal is 327 */
#define POL_ISSUER_MAX    64
#define POL_ID_MAX        256
#define POL_SVC_MAX       255
#define POL_PURPOSE_MAX   256

/* The role only configuration can grant outright, never a document. */
#define POL_ADMIN_ROLE "admin"

enum { POL_PRINCIPAL_SVC = 1, POL_PRINCIPAL_USER = 2, POL_PRINCIPAL_GROUP = 3 };

/* A parsed principal; issuer and id point into the parsed string. */
typedef struct pol_principal {
	int kind;           /* POL_PRINCIPAL_* */
	const char *issuer; /* user/group only, else NULL */
	size_t issuer_len;
	const char *id; /* svc name, user sub or group name */
	size_t id_len;
} pol_principal;

/* Parses s[0..n) (n bytes; a NUL inside is refused). Returns 0 with *out set
 * (out may be NULL), or POL_EARG with *why (may be NULL; static text). */
int pol_principal_parse(const char *s, size_t n, pol_principal *out, const char **why);

/* 1 when the NUL-terminated s is a principal, else 0. */
int pol_principal_ok(const char *s);

/* "svc", "user" or "group" for a POL_PRINCIPAL_* kind, else NULL. */
const char *pol_principal_kind_name(int kind);

/* The kind name of the NUL-terminated principal s, or NULL when s is not a
 * principal. */
const char *pol_principal_kind(const char *s);

/* The id rule above for s[0..n): 0, or POL_EARG with *why (may be NULL). */
int pol_id_check(const char *s, size_t n, const char **why);

/* An issuer name ([issuer:NAME] sections): 0 or POL_EARG. */
int pol_issuer_check(const char *s, size_t n);

/* A purpose (X-Access-Purpose, or "purpose" in a body): 1..256 printable
 * ASCII characters (0x20..0x7e). 0 or POL_EARG. */
int pol_purpose_check(const char *s, size_t n);

/* ---- Validation ------------------------------------------------------- */

/* Validates one role document. `custom_redact` (ncustom names, may be NULL
 * when 0) extends the redact vocabulary; names must match [a-z0-9_]{1,32}.
 * Returns 0, POL_EDOC with *err set to the first problem found, or POL_EARG.
 * Does not check `inherits` against other documents (see pol_set_validate). */
int pol_doc_validate(const json_t *doc, const pol_limits *lim, const char *const *custom_redact,
		     size_t ncustom, pol_error *err);

/* Like pol_doc_validate but collects up to `maxerrs` problems into errs[]
 * (for the CLI). *nerrs gets the count stored; if it equals maxerrs there may
 * be more. Returns 0 when the document is valid, else POL_EDOC or POL_EARG. */
int pol_doc_validate_all(const json_t *doc, const pol_limits *lim, const char *const *custom_redact,
			 size_t ncustom, pol_error *errs, size_t maxerrs, size_t *nerrs);

/* Validates an array of role documents as one policy: each document (paths
 * `$[i]...`), then duplicate names, `inherits` naming an unknown role (the
 * built-in `admin` always exists) and inheritance cycles (`$[i].inherits[j]`).
 * Returns 0, POL_EDOC with *err set, or POL_EARG. */
int pol_set_validate(const json_t *docs, const pol_limits *lim, const char *const *custom_redact,
		     size_t ncustom, pol_error *err);

/* pol_set_validate collecting up to maxerrs problems, as pol_doc_validate_all. */
int pol_set_validate_all(const json_t *docs, const pol_limits *lim,
			 const char *const *custom_redact, size_t ncustom, pol_error *errs,
			 size_t maxerrs, size_t *nerrs);

/* ---- Snapshots -------------------------------------------------------- */

typedef struct pol_snapshot pol_snapshot;

/* Compiles a document set (JSON array, validated with pol_set_validate) and a
 * bindings object {"principal": ["role", ...], ...} (NULL = no bindings) into
 * an immutable snapshot tagged `version`. Binding entries naming a role that
 * does not exist are ignored (they grant nothing). The built-in admin role is
 * always added; no document may be named "admin" (see docs/POLICY.md).
 * The snapshot keeps no reference to the JSON inputs. Returns the snapshot
 * (caller owns; pol_snapshot_free) or NULL with *rc (may be NULL) set to
 * POL_EDOC/POL_EBINDINGS (and *err filled, err may be NULL), POL_ENOMEM or POL_EARG. */
pol_snapshot *pol_compile(const json_t *docs, const json_t *bindings, uint64_t version,
			  const pol_limits *lim, const char *const *custom_redact, size_t ncustom,
			  pol_error *err, int *rc);

/* The built-in admin role as a read-only document {"name": "admin",
 * "builtin": true, "description", "rules": [{"id": "builtin", ...}]} (new
 * reference, caller owns; NULL when out of memory). */
json_t *pol_builtin_admin_doc(void);

/* Frees a snapshot; NULL is accepted. No pol_eval may be running on it. */
void pol_snapshot_free(pol_snapshot *snap);

/* The version given to pol_compile. */
uint64_t pol_snapshot_version(const pol_snapshot *snap);

/* Number of roles in the snapshot (documents plus the built-in admin). */
size_t pol_snapshot_role_count(const pol_snapshot *snap);

/* ---- Decisions -------------------------------------------------------- */

/* Bounds on the attribute values a decision reads (claims, resource, and the
 * request strings). A condition that reads a longer string, or an array with
 * more items or a longer string item, makes the whole decision a deny
 * ("attribute ... is over ..."): over-long input never matches an allow and
 * never hides a deny. */
#define POL_VALUE_MAX       4096 /* bytes of one string value */
#define POL_VALUE_ITEMS_MAX 256  /* items of one array value */

/* One decision request. Every pointer is borrowed for the duration of pol_eval.
 * NULL strings and hour_utc < 0 mean "attribute missing". */
typedef struct pol_request {
	const char *subject_id;        /* subject.id, e.g. "user:corp/alice" */
	const char *subject_kind;      /* subject.kind, e.g. "user" or "service" */
	const char *const *principals; /* binding keys: the subject id and its groups */
	size_t nprincipals;
	const char *const *extra_roles; /* role names granted outright (bootstrap admins);
                                            "admin" here pins the built-in admin rule:
                                            no deny overrides it for its actions */
	size_t nextra;
	const json_t *claims;   /* subject.claims.* (object or NULL) */
	const char *client;     /* request.client, e.g. "svc:support-console" */
	const char *purpose;    /* request.purpose (X-Access-Purpose) */
	int hour_utc;           /* request.hour_utc, 0..23, or -1 */
	const char *action;     /* e.g. "conversation:read" */
	const json_t *resource; /* resource.* (object or NULL) */
	int explain;            /* nonzero: fill pol_decision.explain */
	int64_t time_s;         /* Unix time of the request, for request.time.hour and
                                            request.time.weekday (in the timezone of the role
                                            whose rule reads them) and working hours; <= 0:
                                            missing */
} pol_request;

typedef struct pol_decision {
	int allow;               /* 1 allow, 0 deny */
	char rule[160];          /* "role/ruleid" that decided, "" when none did */
	char reason[256];        /* e.g. "allowed by support_agent/assigned" */
	json_t *redact;          /* owned array: the hidden types (empty on deny) */
	json_t *reveal;          /* owned array: the revealed types (empty on deny) */
	json_t *roles;           /* owned array of the subject's effective role names */
	json_t *explain;         /* owned object when requested, else NULL */
	uint64_t policy_version; /* version of the snapshot that decided */
	/* What the subject's roles (with inherited ones) say for detection
     * (docs/DETECTION.md); filled by pol_eval and pol_eval_possible. Where
     * several roles set a value the most generous one counts, as allows do. */
	int limit_set;                /* 1 when a role has "limits" for req->action: */
	double limit_rate;            /*   tokens per second (0 = unlimited) */
	double limit_burst;           /*   bucket size */
	uint32_t bulk_distinct_users; /* a role's "bulk_distinct_users", 0 = none */
	int off_hours;                /* 1: a role has "working_hours" and time_s is
                                  outside those of every such role */
} pol_decision;

/* Decides `req` against `snap`: default deny, any matching deny wins, among
 * matching allows the redact sets are intersected. An allow whose purpose
 * is "break-glass:<reason>" becomes a deny when the reason is shorter than
 * the longest "break_glass_min_reason" of the subject's roles. Safe to call from many
 * threads on one snapshot. *out is overwritten (call pol_decision_clear on it
 * afterwards, also after an error). Returns 0 (the decision is in *out; an
 * unknown action is a deny), POL_ELIMIT when the subject has more than
 * max_subject_roles roles (out is a deny), POL_ENOMEM or POL_EARG. */
int pol_eval(const pol_snapshot *snap, const pol_request *req, pol_decision *out);

/* Could `req` be allowed for some resource? Decides as pol_eval does, but
 * without a resource: every condition on resource.* is unknown, the others
 * (subject, request) are evaluated, and all/any/not carry "unknown" through
 * (three-valued logic). out->allow = 1 when some allow rule's condition is
 * not false and no deny rule's is true; then rule is "" and redact empty (the
 * real redactions depend on the resource). A deny that holds whatever the
 * resource is reported like pol_eval's (rule, reason "denied by ..."). For
 * callers that must answer 403 before they look at any resource (lists,
 * ids that may not exist), so that no answer depends on data the caller
 * could never see. req->resource is ignored. Returns as pol_eval. */
int pol_eval_possible(const pol_snapshot *snap, const pol_request *req, pol_decision *out);

/* Releases the JSON owned by a decision and zeroes it. NULL is accepted. */
void pol_decision_clear(pol_decision *d);

/* ---- Privacy notice (notice.c) -------------------------------------------
 * What the policy lets staff and services do with end users' conversation
 * data, generated from the role documents themselves (docs/PRIVACY_NOTICE.md
 * shows the form). For end users and auditors; it names roles, never the
 * people or services bound to them. */

/* Builds the notice of a document set as the store holds it (an array of
 * role documents, validated; the built-in admin role is added) at policy
 * `version`, with the vocabulary `custom` (ncustom names) of [redact]:
 *   {"policy_version": N, "types": [{"name", "text"}],
 *    "roles": [{"name", "description", "builtin", "inherits": [closure],
 *               "access": [{"rule", "actions", "may", "purposes", "conditions",
 *                           "when", "shown", "hidden"}],
 *               "restrictions": [{"rule", "actions", "never", "conditions", "when"}]}]}
 * Roles in name order; each lists the rules of the role and of the roles it
 * inherits whose actions touch end users' data (conversation:*, user:*,
 * concern:read). Returns 0 with *out (new reference, caller owns), POL_EARG,
 * POL_EDOC (a document that would not compile) or POL_ENOMEM. */
int pol_notice(const json_t *docs, uint64_t version, const char *const *custom, size_t ncustom,
	       json_t **out);

/* Appends a notice made by pol_notice to b as Markdown (every text from a
 * document escaped, so a description cannot inject links, HTML or
 * headings). 0 or the buf error (CUSTOS_E_TOOBIG, CUSTOS_E_NOMEM). */
struct buf;
int pol_notice_markdown(const json_t *notice, struct buf *b);

/* ---- Holder: the current snapshot, lock-free for readers ----------------- */

typedef struct pol_holder pol_holder;

/* Creates a holder owning `initial` (may be NULL). NULL on allocation failure
 * (then `initial` is still the caller's). */
pol_holder *pol_holder_create(pol_snapshot *initial);

/* Frees the holder and its current snapshot. No reader may be active. NULL accepted. */
void pol_holder_free(pol_holder *h);

/* Pins the current snapshot for one use without taking a lock. Returns it
 * (NULL if none was published) and stores in *ticket what must be passed to
 * pol_holder_release. The snapshot stays valid until that release. */
const pol_snapshot *pol_holder_acquire(pol_holder *h, unsigned *ticket);

/* Ends a use started by pol_holder_acquire. */
void pol_holder_release(pol_holder *h, unsigned ticket);

/* Publishes `next` (ownership passes to the holder; may be NULL), waits until
 * no reader still uses the previous snapshot and frees it. Writers are
 * serialized; a reader must not call this while holding a ticket. */
void pol_holder_swap(pol_holder *h, pol_snapshot *next);

#endif
