/* http: reading a request and building answers. */
#include "http.h"

#include <openssl/rand.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "guard.h"
#include "identity.h"
#include "routes.h"
#include "detect.h"
#include "log.h"
#include "hex.h"

static void set_response(struct req *r, unsigned status, const char *data, size_t len,
			 int must_free)
{
	if (r->resp) {
		MHD_destroy_response(r->resp);
		r->resp = NULL;
	}
	struct MHD_Response *resp = MHD_create_response_from_buffer(
		len, (void *)data, must_free ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
	if (!resp) {
		if (must_free)
			free((void *)data);
		return;
	}
	MHD_add_response_header(resp, "Content-Type", "application/json");
	MHD_add_response_header(resp, "X-Request-Id", r->request_id);
	MHD_add_response_header(resp, "Cache-Control", "no-store");
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	r->status = status;
	r->resp = resp;
}

void http_reply_json(struct req *r, unsigned status, json_t *body)
{
	if (!body) {
		set_response(r, status, "", 0, 0);
		return;
	}
	char *s = json_dumps(body, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(body);
	if (!s) {
		set_response(r, 500,
			     "{\"error\":{\"code\":\"internal\",\"message\":\"cannot encode reply\"}}",
			     62, 0);
		return;
	}
	set_response(r, status, s, strlen(s), 1);
}

void http_reply_error(struct req *r, unsigned status, const char *code, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	json_t *m = json_string(msg);
	if (!m)
		m = json_string("(message not valid UTF-8)");
	json_t *e = json_pack("{s:{s:s,s:o,s:s}}", "error", "code", code, "message", m,
			      "request_id", r->request_id);
	http_reply_json(r, status, e);
}

void http_close_after(struct req *r)
{
	if (r->resp)
		MHD_add_response_header(r->resp, "Connection", "close");
}

const char *http_header(struct req *r, const char *name)
{
	return MHD_lookup_connection_value(r->mc, MHD_HEADER_KIND, name);
}

#define QUERY_VALUE_MAX 2048

/* MHD's unescaping is off (server.c) so that paths keep an encoded '/';
 * query values are therefore decoded here. */
const char *http_query(struct req *r, const char *name)
{
	const char *raw = MHD_lookup_connection_value(r->mc, MHD_GET_ARGUMENT_KIND, name);
	if (!raw || !strchr(raw, '%'))
		return raw;
	if (r->nqdecoded == sizeof r->qdecoded / sizeof r->qdecoded[0])
		return NULL;
	char *d = routes_pct_decode(raw, strlen(raw), QUERY_VALUE_MAX);
	if (!d)
		return NULL;
	r->qdecoded[r->nqdecoded++] = d;
	return d;
}

static enum MHD_Result check_arg(void *cls, enum MHD_ValueKind kind, const char *key,
				 const char *value)
{
	(void)kind;
	int *bad = cls;
	const char *parts[2] = {key, value};
	for (int i = 0; i < 2; i++) {
		if (!parts[i])
			continue;
		char *d = routes_pct_decode(parts[i], strlen(parts[i]), QUERY_VALUE_MAX);
		if (!d) {
			*bad = 1;
			return MHD_NO;
		}
		free(d);
	}
	return MHD_YES;
}

size_t http_query_count(struct req *r)
{
	int n = MHD_get_connection_values(r->mc, MHD_GET_ARGUMENT_KIND, NULL, NULL);
	return n > 0 ? (size_t)n : 0;
}

int http_query_valid(struct req *r)
{
	int bad = 0;
	MHD_get_connection_values(r->mc, MHD_GET_ARGUMENT_KIND, check_arg, &bad);
	return bad ? -1 : 0;
}

int http_body_json(struct req *r, json_t **out)
{
	json_error_t je;
	*out = NULL;
	if (!r->body || r->body_len == 0) {
		http_reply_error(r, 400, "bad_request", "a JSON object body is required");
		return -1;
	}
	json_t *j = json_loadb(r->body, r->body_len, JSON_REJECT_DUPLICATES, &je);
	if (!j) {
		http_reply_error(r, 400, "bad_request", "invalid JSON at line %d column %d: %s",
				 je.line, je.column, je.text);
		return -1;
	}
	if (!json_is_object(j)) {
		json_decref(j);
		http_reply_error(r, 400, "bad_request", "the body must be a JSON object");
		return -1;
	}
	*out = j;
	return 0;
}

static int id_char_ok(char ch)
{
	return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
	       ch == '.' || ch == '_' || ch == ':' || ch == '-';
}

void http_assign_request_id(struct req *r)
{
	const char *h = http_header(r, "X-Request-Id");
	if (h) {
		size_t n = strlen(h);
		int ok = n >= 1 && n <= HTTP_REQUEST_ID_MAX;
		for (size_t i = 0; ok && i < n; i++)
			ok = id_char_ok(h[i]);
		if (ok) {
			memcpy(r->request_id, h, n + 1);
			return;
		}
	}
	unsigned char rnd[12];
	if (RAND_bytes(rnd, sizeof rnd) != 1)
		memset(rnd, 0, sizeof rnd);
	r->request_id[0] = 'r';
	r->request_id[1] = '-';
	hex_encode(rnd, sizeof rnd, r->request_id + 2);
}

static void audit_done(void *arg, int rc, uint64_t seq)
{
	struct req *r = arg;
	/* Written before MHD_resume_connection, whose lock orders them before
	 * the MHD thread's next look at r. */
	r->audit_rc = rc;
	r->decision_id = rc == 0 ? seq : 0;
	MHD_resume_connection(r->mc);
}

void http_record(struct req *r, json_t *entry, int then_continue)
{
	r->awaiting = 1;
	r->recorded = 1;
	r->continue_after = then_continue;
	r->audit_rc = 0;
	MHD_suspend_connection(r->mc);
	if (entry && audit_entry_fit(entry))
		log_error("audit entry could not be bounded", "request_id", r->request_id);
	detect_observe(entry); /* alerts (detect.c); entry borrowed */
	/* done may run before this returns (entry refused): the resume is then
	 * simply pending when the handler returns. */
	audit_submit(g_app.audit, entry, audit_done, r);
}

void http_req_clear(struct req *r)
{
	free(r->body);
	r->body = NULL;
	for (size_t i = 0; i < r->nparams; i++)
		free(r->params[i]);
	r->nparams = 0;
	if (r->resp)
		MHD_destroy_response(r->resp);
	r->resp = NULL;
	if (r->state && r->state_free)
		r->state_free(r->state);
	r->state = NULL;
	ident_free(r->who);
	r->who = NULL;
	pol_decision_clear(&r->decision);
	for (size_t i = 0; i < r->nqdecoded; i++)
		free(r->qdecoded[i]);
	r->nqdecoded = 0;
}
