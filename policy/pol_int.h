/* pol_int: internals shared by doc.c, compile.c, eval.c and vocab.c.
 * Not part of the policy interface: nothing outside policy/ includes this.
 * A compiled snapshot is immutable: any thread may read one. */
#ifndef CUSTOS_POL_INT_H
#define CUSTOS_POL_INT_H

#include <stddef.h>
#include <stdint.h>

#include "policy.h"

/* ---- vocabulary (vocab.c) ---- */

#define POL_NACTIONS        21
#define POL_NREDACT_BUILTIN 12
#define POL_NAME_MAX        64  /* role names and rule ids */
#define POL_ATTR_MAX        256 /* attribute path, bytes */
#define POL_ATTR_SEGS       8   /* segments after subject.claims. / resource. */
#define POL_SEG_MAX         64  /* one segment, bytes */
#define POL_GLOB_MAX        256 /* matches pattern, bytes */
#define POL_GLOB_STARS      16  /* '*' per pattern (bounds matching cost) */
#define POL_BINDING_KEY_MAX 512 /* binding key, bytes (legacy keys compile too) */
#define POL_REDACT_NAME_MAX 32

enum pol_op { PO_EQUALS, PO_NOT_EQUALS, PO_IN, PO_MATCHES, PO_EXISTS, PO_LT, PO_GT, PO_COUNT };

enum pol_root {
	PA_SUBJECT_ID,
	PA_SUBJECT_ROLES,
	PA_SUBJECT_KIND,
	PA_SUBJECT_CLAIMS,
	PA_REQUEST_CLIENT,
	PA_REQUEST_PURPOSE,
	PA_REQUEST_HOUR,
	PA_RESOURCE,
	PA_REQUEST_TIME_HOUR,
	PA_REQUEST_TIME_WEEKDAY
};

/* What an attribute can hold, for operator/value checks at validation. */
enum pol_atype {
	PT_STR,
	PT_STRLIST,
	PT_INT,
	PT_ANY,
	PT_WEEKDAY /* 1..7 (ISO, Monday 1), or a day name in equals/in */
};

enum pol_ref { PR_NONE = 0, PR_SUBJECT_ID, PR_SUBJECT_KIND, PR_REQUEST_CLIENT };

typedef struct pol_attr_info {
	int root;          /* enum pol_root */
	int type;          /* enum pol_atype */
	size_t prefix_len; /* bytes of "subject.claims." / "resource." before the segments */
	size_t nseg;       /* segments after the prefix (0 for fixed attributes) */
} pol_attr_info;

extern const char *const pol_v_actions[POL_NACTIONS];
extern const char *const pol_v_redact_builtin[POL_NREDACT_BUILTIN];
/* The text types that existed before "reveal" (email, phone, card, iban,
 * ip, ssn: bits 0-5): a legacy `redact` list reveals those of them it does
 * not name, and custom names alike; every later type, and pii, stay
 * hidden. */
#define POL_LEGACY_BUILTIN_MASK UINT64_C(0x3F)
#define POL_BIT_SSN             5
#define POL_BIT_GOV_ID          6

/* The types rule r shows, as bits of the vocabulary (builtins, then
 * custom[]; `all` has a bit for each): compile.c. 0, or -1 for a name
 * outside the vocabulary. */
int pol_rule_reveal(const json_t *r, const char *const *custom, size_t ncustom, uint64_t all,
		    uint64_t *out);
/* Bits of an action pattern ("conversation:read", "conversation:*", "*"). 0 ok, -1 unknown. */
int pol_v_action_bits(const char *s, uint32_t *bits);
/* Index of a concrete action, or -1. */
int pol_v_action_index(const char *s);
/* Bit index of a redact name (builtins first, then custom[]), or -1. */
int pol_v_redact_index(const char *s, const char *const *custom, size_t ncustom);
/* Checks a custom redact list: count, syntax, no duplicates, no builtin names. 0 or -1. */
int pol_v_custom_ok(const char *const *custom, size_t ncustom);
/* enum pol_op for an operator key, or -1. */
int pol_v_op(const char *key);
const char *pol_v_op_name(int op);
/* Parses an attribute path; 0 ok, -1 with *why set. */
int pol_v_attr_parse(const char *s, pol_attr_info *info, const char **why);
/* PR_* for a string value: PR_NONE for a literal, -1 for an unknown "$..." reference. */
int pol_v_ref(const char *s);
const char *pol_v_ref_name(int ref);
/* ISO weekday (1 Monday .. 7 Sunday) of "mon".."sun" or "monday".."sunday"
 * (any case), or -1. */
int pol_v_weekday(const char *s);
/* Minutes after midnight of "HH:MM" (00:00..24:00), or -1. */
int pol_v_hhmm(const char *s);
/* 1 if s is a valid role name / rule id ([a-z0-9_.-]{1,64}). */
int pol_v_name_ok(const char *s);
/* Validates a glob (only * and ? are special); 0 ok, -1 with *why. */
int pol_v_glob_check(const char *s, const char **why);
/* 1 if the glob matches s[0..slen). Linear: O(slen + strlen(pat)), each byte of s looked at once. */
int pol_v_glob_match(const char *pat, const char *s, size_t slen);

/* Copies untrusted text for a message: printable ASCII except quotes ('?'
 * otherwise), truncated with "..." to fit outlen. */
void pol_v_san(const char *s, char *out, size_t outlen);

/* ---- time zones (tz.c) ---- */

#define POL_TZ_NAME_MAX 64

typedef struct pol_tz pol_tz;

/* Local time of an instant in a zone. */
typedef struct pol_tm {
	int hour;       /* 0..23 */
	int minute;     /* 0..59 */
	int weekday;    /* ISO 8601: 1 Monday .. 7 Sunday */
	int32_t offset; /* seconds east of UTC in force */
} pol_tm;

/* 1 if s is an acceptable zone name: 1..64 bytes of [A-Za-z0-9_+.-] in
 * '/'-separated segments, none empty, "." or "..", no leading '/'. */
int pol_tz_name_ok(const char *s);
/* The zone named s, loaded from $TZDIR or /usr/share/zoneinfo on first use
 * and cached for the life of the process (never freed; thread-safe). NULL
 * with *why (static text; why may be NULL) when the name is bad, the file is
 * missing or not TZif v2+. "UTC" works without tzdata. */
const pol_tz *pol_tz_get(const char *name, const char **why);
/* Seconds east of UTC in force at Unix time t (NULL zone: UTC). */
int32_t pol_tz_offset(const pol_tz *z, int64_t t);
/* Local hour, minute and ISO weekday at Unix time t (NULL zone: UTC). */
void pol_tz_local(const pol_tz *z, int64_t t, pol_tm *out);
/* The name the zone was loaded under ("UTC" for NULL). */
const char *pol_tz_name(const pol_tz *z);

/* ---- detection (eval_detect.c) ---- */

struct pol_snapshot;
/* Fills the detection fields of out from the roles list[n] of s (rate limit
 * of req->action, bulk threshold, off_hours at req->time_s); returns the
 * longest break_glass_min_reason of those roles (0 = none). */
uint32_t pol_e_profile(const struct pol_snapshot *s, const uint32_t *list, size_t n,
		       const pol_request *req, pol_decision *out);
/* An allow whose break-glass reason is shorter than bg characters becomes a
 * deny that reveals nothing. */
void pol_e_break_glass(const pol_request *req, uint32_t bg, pol_decision *out);

/* ---- string index: open addressing over an external key array ---- */

typedef struct pol_sidx_slot {
	uint32_t idx1;
	uint32_t h32;
} pol_sidx_slot; /* idx1 = index + 1, 0 = empty */
typedef struct pol_sidx {
	pol_sidx_slot *slot;
	size_t mask;
} pol_sidx;

uint64_t pol_v_hash(const char *s, size_t len);
/* Table for up to n keys (calloc). 0 or -1 (ENOMEM). */
int pol_sidx_init(pol_sidx *x, size_t n);
void pol_sidx_free(pol_sidx *x);
/* Index of key k (length klen) in keys[], or -1. */
long pol_sidx_find(const pol_sidx *x, const char *const *keys, const char *k, size_t klen);
/* Inserts index i for keys[i] (caller ensured it is absent). */
void pol_sidx_put(pol_sidx *x, const char *const *keys, uint32_t i);

/* ---- compiled snapshot (compile.c builds, eval.c reads) ---- */

enum pol_kind { PK_ALL, PK_ANY, PK_NOT, PK_LEAF };
enum pol_vtype { PV_STR, PV_NUM, PV_BOOL };

typedef struct pol_cval {
	uint8_t type; /* enum pol_vtype */
	uint8_t ref;  /* enum pol_ref; when set, the value is resolved at eval */
	uint8_t b;
	double num;
	const char *s; /* literal, or the reference text for explain */
	size_t len;
} pol_cval;

typedef struct pol_node {
	uint8_t kind; /* enum pol_kind */
	uint8_t op;   /* enum pol_op (leaf) */
	uint8_t root; /* enum pol_root (leaf) */
	uint8_t nseg;
	uint32_t n; /* kids (all/any/not) or vals (in) */
	struct pol_node **kids;
	const char *const *seg; /* pre-split attribute segments after the prefix */
	const char *attr;       /* full attribute text (explain) */
	const char *path;       /* JSON path of this node in its document (explain) */
	pol_cval val;           /* equals/not_equals/matches/exists/lt/gt */
	pol_cval *vals;         /* in */
} pol_node;

typedef struct pol_rule {
	const char *id;
	const char *full; /* "role/id" */
	int deny;
	uint32_t actions;     /* bit i = pol_v_actions[i] */
	uint64_t reveal;      /* bit i = type name i of the snapshot is shown */
	const pol_node *when; /* NULL = always */
} pol_rule;

typedef struct pol_role {
	const char *name;
	pol_rule *rules;
	uint32_t nrules;
	uint32_t nparents;
	uint32_t *parents; /* role indices */
	/* Detection settings of the document (docs/DETECTION.md). */
	const pol_tz *tz;                /* "timezone"; NULL = UTC */
	uint32_t limit_mask;             /* actions with a "limits" entry */
	double limit_rate[POL_NACTIONS]; /* tokens/s, 0 = unlimited */
	double limit_burst[POL_NACTIONS];
	uint8_t wh_days;          /* "working_hours" days: bit d-1 for ISO weekday d; 0 = none */
	int16_t wh_start, wh_end; /* minutes after midnight, local; end < start: overnight */
	uint32_t bulk;            /* "bulk_distinct_users", 0 = unset */
	uint32_t bg_min;          /* "break_glass_min_reason", 0 = unset */
} pol_role;

typedef struct pol_bind {
	uint32_t nroles;
	uint32_t *roles; /* role indices, deduplicated */
} pol_bind;

typedef struct pol_arena_chunk pol_arena_chunk;

struct pol_snapshot {
	uint64_t version;
	pol_arena_chunk *arena;
	uint32_t nroles; /* roles sorted by name: index order = name order */
	pol_role *roles;
	const char **role_names;
	pol_sidx role_idx;
	size_t nbinds;
	pol_bind *binds;
	const char **bind_keys;
	pol_sidx bind_idx;
	unsigned nredact; /* builtins + custom */
	const char *redact_names[64];
	uint64_t all_types; /* bits of every name above */
	size_t max_subject_roles;
	uint32_t admin_actions; /* actions of the built-in admin rule */
};

#endif
