/* http: reading a request and building answers. */
#include "http.h"

#include <microhttpd.h>
#include <openssl/rand.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hex.h"
#include "jdump.h"

#define QUERY_VALUE_MAX 2048
#define JSON_TYPE       "application/json"
/* No cap of its own (json_dumps had none): replies are bounded where built. */
#define HTTP_REPLY_MAX ((size_t)1 << 30)

static void set_response(struct http_req *h, unsigned status, const char *data, size_t len,
			 int must_free, const char *ctype)
{
	if (h->resp) {
		MHD_destroy_response(h->resp);
		h->resp = NULL;
	}
	struct MHD_Response *resp = MHD_create_response_from_buffer(
		len, (void *)data, must_free ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
	if (!resp) {
		if (must_free)
			free((void *)data);
		return;
	}
	MHD_add_response_header(resp, "Content-Type", ctype);
	MHD_add_response_header(resp, "X-Request-Id", h->request_id);
	MHD_add_response_header(resp, "Cache-Control", "no-store");
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	h->status = status;
	h->resp = resp;
}

void http_reply_json(struct http_req *h, unsigned status, json_t *body)
{
	if (!body) {
		set_response(h, status, "", 0, 0, JSON_TYPE);
		return;
	}
	/* jdump: json_dumps's bytes without its costs (base/jdump.h). */
	struct buf b;
	buf_init(&b, HTTP_REPLY_MAX);
	int rc = jdump(body, JSON_COMPACT | JSON_PRESERVE_ORDER, &b);
	size_t len = 0;
	char *s = rc ? NULL : buf_take(&b, &len);
	buf_free(&b);
	json_decref(body);
	if (!s) {
		static const char oom[] =
			"{\"error\":{\"code\":\"internal\",\"message\":\"cannot encode reply\"}}";
		set_response(h, 500, oom, sizeof oom - 1, 0, JSON_TYPE);
		return;
	}
	set_response(h, status, s, len, 1, JSON_TYPE);
}

void http_reply_text(struct http_req *h, unsigned status, const char *ctype, char *data, size_t len)
{
	set_response(h, status, data, len, 1, ctype);
}

void http_reply_verror(struct http_req *h, unsigned status, const char *code, const json_t *extra,
		       const char *fmt, va_list ap)
{
	char msg[512];
	vsnprintf(msg, sizeof msg, fmt, ap);
	json_t *m = json_string(msg);
	if (!m)
		m = json_string("(message not valid UTF-8)");
	json_t *err =
		json_pack("{s:s,s:o,s:s}", "code", code, "message", m, "request_id", h->request_id);
	if (err && extra)
		json_object_update(err, (json_t *)extra);
	http_reply_json(h, status, err ? json_pack("{s:o}", "error", err) : NULL);
}

void http_reply_error(struct http_req *h, unsigned status, const char *code, const json_t *extra,
		      const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	http_reply_verror(h, status, code, extra, fmt, ap);
	va_end(ap);
}

void http_add_header(struct http_req *h, const char *name, const char *value)
{
	if (h->resp)
		MHD_add_response_header(h->resp, name, value);
}

void http_close_after(struct http_req *h)
{
	http_add_header(h, "Connection", "close");
}

const char *http_header(struct http_req *h, const char *name)
{
	return MHD_lookup_connection_value(h->mc, MHD_HEADER_KIND, name);
}

char *http_pct_decode(const char *s, size_t n, size_t max)
{
	char *out = malloc(n + 1);
	if (!out)
		return NULL;
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '%') {
			if (i + 2 >= n) {
				free(out);
				return NULL;
			}
			int hi = hex_digit(s[i + 1]), lo = hex_digit(s[i + 2]);
			if (hi < 0 || lo < 0 || (hi == 0 && lo == 0)) {
				free(out);
				return NULL;
			}
			c = (char)(hi * 16 + lo);
			i += 2;
		} else if (c == '\0') {
			free(out);
			return NULL;
		}
		out[o++] = c;
	}
	out[o] = '\0';
	if (o > max) {
		free(out);
		return NULL;
	}
	return out;
}

/* MHD's unescaping is off (server.c) so that paths keep an encoded '/';
 * query values are therefore decoded here. */
const char *http_query(struct http_req *h, const char *name)
{
	const char *raw = MHD_lookup_connection_value(h->mc, MHD_GET_ARGUMENT_KIND, name);
	if (!raw || !strchr(raw, '%'))
		return raw;
	if (h->nqdecoded == HTTP_MAX_QDECODED)
		return NULL;
	char *d = http_pct_decode(raw, strlen(raw), QUERY_VALUE_MAX);
	if (!d)
		return NULL;
	h->qdecoded[h->nqdecoded++] = d;
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
		char *d = http_pct_decode(parts[i], strlen(parts[i]), QUERY_VALUE_MAX);
		if (!d) {
			*bad = 1;
			return MHD_NO;
		}
		free(d);
	}
	return MHD_YES;
}

size_t http_query_count(struct http_req *h)
{
	int n = MHD_get_connection_values(h->mc, MHD_GET_ARGUMENT_KIND, NULL, NULL);
	return n > 0 ? (size_t)n : 0;
}

int http_query_valid(struct http_req *h)
{
	int bad = 0;
	MHD_get_connection_values(h->mc, MHD_GET_ARGUMENT_KIND, check_arg, &bad);
	return bad ? -1 : 0;
}

static int id_char_ok(char ch)
{
	return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
	       ch == '.' || ch == '_' || ch == ':' || ch == '-';
}

/* Generated request ids come from a per-thread pool of CSPRNG bytes, refilled
 * RID_POOL ids at a time: one RAND_bytes call per request cost a getpid()
 * system call (OpenSSL's fork check) and a DRBG lock on every request. Ids
 * are taken from the end of the pool and never reused. If the CSPRNG fails,
 * the id is all zeros (a request id is a public label, not a secret; it must
 * never block a request). */
#define RID_BYTES 12
#define RID_POOL  32

static void rid_random(unsigned char out[RID_BYTES])
{
	static _Thread_local unsigned char pool[RID_POOL * RID_BYTES];
	static _Thread_local unsigned left;
	if (left == 0) {
		if (RAND_bytes(pool, sizeof pool) != 1) {
			memset(out, 0, RID_BYTES);
			return;
		}
		left = RID_POOL;
	}
	left--;
	memcpy(out, pool + (size_t)left * RID_BYTES, RID_BYTES);
}

void http_assign_request_id(struct http_req *h)
{
	const char *v = http_header(h, "X-Request-Id");
	if (v) {
		size_t n = strlen(v);
		int ok = n >= 1 && n <= HTTP_REQUEST_ID_MAX;
		for (size_t i = 0; ok && i < n; i++)
			ok = id_char_ok(v[i]);
		if (ok) {
			memcpy(h->request_id, v, n + 1);
			return;
		}
	}
	unsigned char rnd[RID_BYTES];
	rid_random(rnd);
	h->request_id[0] = 'r';
	h->request_id[1] = '-';
	hex_encode(rnd, sizeof rnd, h->request_id + 2);
}

void http_req_clear(struct http_req *h)
{
	buf_free(&h->body);
	if (h->resp)
		MHD_destroy_response(h->resp);
	h->resp = NULL;
	for (size_t i = 0; i < h->nqdecoded; i++)
		free(h->qdecoded[i]);
	h->nqdecoded = 0;
}
