/* vault_check: the checks of untrusted input (create, append, consent and
 * concern bodies), also offered alone (vault_*_check) so that a handler can
 * refuse a bad body before deciding on it. Messages name the field, never
 * echo its value. */
#include <assert.h>
#include <limits.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codec.h"
#include "errbuf.h"
#include "log.h"
#include "timefmt.h"
#include "vault_int.h"

int vlt_check_user(const char *user, char *err, size_t errsz)
{
	if (!user || !user[0])
		return errbuf_fail(err, errsz, VAULT_E_INVALID, "user: required");
	if (strnlen(user, VAULT_MAX_USER_LEN + 1) > VAULT_MAX_USER_LEN)
		return errbuf_fail(err, errsz, VAULT_E_INVALID, "user: longer than %d bytes",
				   VAULT_MAX_USER_LEN);
	return 0;
}

int vlt_check_str(const json_t *j, size_t min, size_t max, const char *field, char *err,
		  size_t errsz, const char **out)
{
	if (!json_is_string(j))
		return errbuf_fail(err, errsz, VAULT_E_INVALID, "%s: must be a string", field);
	const char *s = json_string_value(j);
	size_t n = json_string_length(j);
	if (strlen(s) != n)
		return errbuf_fail(err, errsz, VAULT_E_INVALID, "%s: contains a NUL character",
				   field);
	if (n < min)
		return errbuf_fail(err, errsz, VAULT_E_INVALID, "%s: must not be empty", field);
	if (n > max)
		return errbuf_fail(err, errsz, VAULT_E_INVALID, "%s: longer than %zu bytes", field,
				   max);
	*out = s;
	return 0;
}

static int check_labels(const json_t *labels, char *err, size_t errsz)
{
	const char *key;
	size_t klen;
	json_t *val;

	if (!json_is_object(labels))
		return errbuf_fail(err, errsz, VAULT_E_INVALID,
				   "labels: must be an object of strings");
	if (json_object_size(labels) > VAULT_MAX_LABELS)
		return errbuf_fail(err, errsz, VAULT_E_INVALID, "labels: more than %d labels",
				   VAULT_MAX_LABELS);
	json_object_keylen_foreach ((json_t *)labels, key, klen, val) {
		const char *s;
		if (klen == 0 || klen > VAULT_MAX_LABEL_LEN || strlen(key) != klen)
			return errbuf_fail(err, errsz, VAULT_E_INVALID,
					   "labels: a key is empty, longer than %d bytes "
					   "or contains NUL",
					   VAULT_MAX_LABEL_LEN);
		if (strchr(key, ':'))
			return errbuf_fail(err, errsz, VAULT_E_INVALID,
					   "labels: a key contains ':' (reserved for "
					   "label=K:V filters)");
		if (vlt_check_str(val, 0, VAULT_MAX_LABEL_LEN, "labels: value", err, errsz, &s))
			return VAULT_E_INVALID;
	}
	return 0;
}

int vlt_check_consent(const json_t *c, const char *field, char *err, size_t errsz)
{
	const char *key;
	size_t klen;
	json_t *val;

	if (!json_is_object(c))
		return errbuf_fail(err, errsz, VAULT_E_INVALID, "%s: must be an object of booleans",
				   field);
	if (json_object_size(c) > VAULT_MAX_CONSENT_KEYS)
		return errbuf_fail(err, errsz, VAULT_E_INVALID, "%s: more than %d entries", field,
				   VAULT_MAX_CONSENT_KEYS);
	json_object_keylen_foreach ((json_t *)c, key, klen, val) {
		if (klen == 0 || klen > VAULT_MAX_CONSENT_KEY_LEN || strlen(key) != klen)
			return errbuf_fail(err, errsz, VAULT_E_INVALID,
					   "%s: a key is empty or longer than %d bytes", field,
					   VAULT_MAX_CONSENT_KEY_LEN);
		if (!json_is_boolean(val))
			return errbuf_fail(err, errsz, VAULT_E_INVALID,
					   "%s: values must be true or false", field);
	}
	return 0;
}

/* Validates one message and returns its normalised internal form
 * {"role","text","at": Unix seconds} (new reference). */
static int check_message(const json_t *m, size_t idx, time_t now, json_t **out, char *err,
			 size_t errsz)
{
	char f[48];
	const char *key, *role, *text, *at_s;
	json_t *val;
	time_t at = now;

	if (!json_is_object(m))
		return errbuf_fail(err, errsz, VAULT_E_INVALID, "messages[%zu]: must be an object",
				   idx);
	json_object_foreach ((json_t *)m, key, val) {
		if (strcmp(key, "role") && strcmp(key, "text") && strcmp(key, "at"))
			return errbuf_fail(err, errsz, VAULT_E_INVALID,
					   "messages[%zu]: unknown member (allowed: role, "
					   "text, at)",
					   idx);
	}
	snprintf(f, sizeof f, "messages[%zu].role", idx);
	if (vlt_check_str(json_object_get(m, "role"), 1, 16, f, err, errsz, &role))
		return VAULT_E_INVALID;
	if (strcmp(role, "user") && strcmp(role, "assistant"))
		return errbuf_fail(err, errsz, VAULT_E_INVALID,
				   "%s: must be \"user\" or \"assistant\"", f);
	snprintf(f, sizeof f, "messages[%zu].text", idx);
	if (vlt_check_str(json_object_get(m, "text"), 0, VAULT_MAX_TEXT, f, err, errsz, &text))
		return VAULT_E_INVALID;
	val = json_object_get(m, "at");
	if (val) {
		snprintf(f, sizeof f, "messages[%zu].at", idx);
		if (vlt_check_str(val, 1, 40, f, err, errsz, &at_s))
			return VAULT_E_INVALID;
		if (time_parse_rfc3339(at_s, &at) != 0)
			return errbuf_fail(err, errsz, VAULT_E_INVALID, "%s: not an RFC 3339 time",
					   f);
	}
	*out = json_pack("{s:s, s:s%, s:I}", "role", role, "text", text,
			 json_string_length(json_object_get(m, "text")), "at", (json_int_t)at);
	return *out ? 0 : VAULT_E_NOMEM;
}

/* body: one message, an array, or {"messages": [...]} -> new array of
 * normalised messages. */
int vlt_parse_messages(const json_t *body, time_t now, int allow_single, json_t **out, char *err,
		       size_t errsz)
{
	const json_t *arr = body;
	json_t *res = NULL, *m;
	size_t i;
	int rc;

	if (allow_single && json_is_object(body)) {
		if (json_object_get(body, "role") || json_object_get(body, "text")) {
			json_t *one = NULL;
			rc = check_message(body, 0, now, &one, err, errsz);
			if (rc)
				return rc;
			res = json_array();
			if (!res || json_array_append_new(res, one)) {
				json_decref(one);
				json_decref(res);
				return VAULT_E_NOMEM;
			}
			*out = res;
			return 0;
		}
		if (json_object_size(body) != 1 || !json_object_get(body, "messages"))
			return errbuf_fail(err, errsz, VAULT_E_INVALID,
					   "body: expected a message, an array of messages "
					   "or {\"messages\": [...]}");
		arr = json_object_get(body, "messages");
	}
	if (!json_is_array(arr))
		return errbuf_fail(err, errsz, VAULT_E_INVALID, "messages: must be an array");
	if (json_array_size(arr) > VAULT_MAX_MESSAGES)
		return errbuf_fail(err, errsz, VAULT_E_INVALID, "messages: more than %d messages",
				   VAULT_MAX_MESSAGES);
	res = json_array();
	if (!res)
		return VAULT_E_NOMEM;
	json_array_foreach (arr, i, m) {
		json_t *norm = NULL;
		rc = check_message(m, i, now, &norm, err, errsz);
		if (rc)
			goto fail;
		if (json_array_append_new(res, norm)) {
			rc = VAULT_E_NOMEM;
			goto fail;
		}
	}
	*out = res;
	return 0;
fail:
	json_decref(res);
	return rc;
}

/* Checks a create body; on success *user (borrowed from body), *expires
 * (0 when the body names none) and *msgs (new array, may be NULL). */
int vlt_create_check(const json_t *body, time_t now, const char **user, time_t *expires,
		     json_t **msgs, char *err, size_t errsz)
{
	const char *key, *s;
	json_t *val, *labels, *consent, *hold, *exp;

	*expires = 0;
	*msgs = NULL;
	if (!json_is_object(body))
		return errbuf_fail(err, errsz, VAULT_E_INVALID, "body: must be a JSON object");
	json_object_foreach ((json_t *)body, key, val) {
		if (!strcmp(key, "id") || !strcmp(key, "created_at"))
			return errbuf_fail(err, errsz, VAULT_E_INVALID,
					   "%s: assigned by the server", key);
		if (strcmp(key, "user") && strcmp(key, "labels") && strcmp(key, "consent") &&
		    strcmp(key, "legal_hold") && strcmp(key, "expires_at") &&
		    strcmp(key, "messages"))
			return errbuf_fail(err, errsz, VAULT_E_INVALID,
					   "body: unknown member (allowed: user, labels, "
					   "consent, legal_hold, expires_at, messages)");
	}
	if (vlt_check_str(json_object_get(body, "user"), 1, VAULT_MAX_USER_LEN, "user", err, errsz,
			  user))
		return VAULT_E_INVALID;
	labels = json_object_get(body, "labels");
	if (labels && check_labels(labels, err, errsz))
		return VAULT_E_INVALID;
	consent = json_object_get(body, "consent");
	if (consent && vlt_check_consent(consent, "consent", err, errsz))
		return VAULT_E_INVALID;
	hold = json_object_get(body, "legal_hold");
	if (hold && !json_is_boolean(hold))
		return errbuf_fail(err, errsz, VAULT_E_INVALID,
				   "legal_hold: must be true or false");
	exp = json_object_get(body, "expires_at");
	if (exp && !json_is_null(exp)) {
		if (vlt_check_str(exp, 1, 40, "expires_at", err, errsz, &s))
			return VAULT_E_INVALID;
		if (time_parse_rfc3339(s, expires) != 0)
			return errbuf_fail(err, errsz, VAULT_E_INVALID,
					   "expires_at: not an RFC 3339 time");
		if (*expires <= now)
			return errbuf_fail(err, errsz, VAULT_E_INVALID,
					   "expires_at: must lie in the future");
	}
	if (json_object_get(body, "messages"))
		return vlt_parse_messages(json_object_get(body, "messages"), now, 0, msgs, err,
					  errsz);
	return 0;
}

int vault_create_check(const json_t *body, time_t now, char *err, size_t errsz)
{
	const char *user = NULL;
	time_t expires = 0;
	json_t *msgs = NULL;
	errbuf_clear(err, errsz);
	int rc = vlt_create_check(body, now, &user, &expires, &msgs, err, errsz);
	json_decref(msgs);
	return rc;
}

int vault_consent_check(const json_t *consent, char *err, size_t errsz)
{
	errbuf_clear(err, errsz);
	return vlt_check_consent(consent, "consent", err, errsz);
}

/* Checks a concern body; on success *user, *cid (NULL if none) and *dec
 * (NULL if none) are borrowed from it. */
int vlt_concern_check(const json_t *body, const char **user, const char **cid, const json_t **dec,
		      char *err, size_t errsz)
{
	const char *key, *text;
	json_t *val;

	*cid = NULL;
	*dec = NULL;
	if (!json_is_object(body))
		return errbuf_fail(err, errsz, VAULT_E_INVALID, "body: must be a JSON object");
	json_object_foreach ((json_t *)body, key, val) {
		if (strcmp(key, "user") && strcmp(key, "conversation_id") &&
		    strcmp(key, "decision_id") && strcmp(key, "text"))
			return errbuf_fail(err, errsz, VAULT_E_INVALID,
					   "body: unknown member (allowed: user, "
					   "conversation_id, decision_id, text)");
	}
	if (vlt_check_str(json_object_get(body, "user"), 1, VAULT_MAX_USER_LEN, "user", err, errsz,
			  user) ||
	    vlt_check_str(json_object_get(body, "text"), 1, VAULT_MAX_TEXT, "text", err, errsz,
			  &text))
		return VAULT_E_INVALID;
	val = json_object_get(body, "conversation_id");
	if (val && !json_is_null(val)) {
		if (!json_is_string(val) || !vault_valid_id(json_string_value(val), 'c'))
			return errbuf_fail(err, errsz, VAULT_E_INVALID,
					   "conversation_id: not a conversation id");
		*cid = json_string_value(val);
	}
	val = json_object_get(body, "decision_id");
	if (val && !json_is_null(val)) {
		if (!json_is_integer(val) || json_integer_value(val) < 0)
			return errbuf_fail(err, errsz, VAULT_E_INVALID,
					   "decision_id: must be a non-negative integer");
		*dec = val;
	}
	return 0;
}

int vault_concern_check(const json_t *body, char *err, size_t errsz)
{
	const char *user, *cid;
	const json_t *dec;
	errbuf_clear(err, errsz);
	return vlt_concern_check(body, &user, &cid, &dec, err, errsz);
}
