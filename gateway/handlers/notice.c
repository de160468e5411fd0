/* notice: GET /v1/privacy-notice, the privacy notice generated from the
 * stored policy (policy/notice.c) at the version it was read at: JSON, or
 * Markdown when the client prefers text/markdown (Accept). Public: no
 * action and no decision, like /v1/whoami (the caller still passed the
 * engine's authentication and identification); it shows role names and
 * rules, never who holds a role. ETag is the policy version.
 * docs/PRIVACY_NOTICE.md. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "admin.h"
#include "buf.h"
#include "errors.h"
#include "handlers.h"
#include "req.h"
#include "store.h"

#define MARKDOWN_MAX ((size_t)64 << 20) /* bytes of the Markdown form */

/* A qvalue ("0", "0.5", "1.000") in thousandths; malformed is 0. */
static int parse_q(const char *s, size_t n)
{
	if (!n || (s[0] != '0' && s[0] != '1'))
		return 0;
	int q = (s[0] - '0') * 1000, scale = 100;
	size_t i = 1;
	if (i < n && s[i] == '.')
		for (i++; i < n && scale && s[i] >= '0' && s[i] <= '9'; i++, scale /= 10)
			q += (s[i] - '0') * scale;
	return q > 1000 ? 1000 : q;
}

/* The q of one media range "type/sub;q=0.5" (1000 = 1), or -1 when the
 * range does not cover type/sub. Wildcards count, with precedence below the
 * exact range (*prec 2 exact, 1 type/ *, 0 * / *). */
static int range_q(const char *range, size_t n, const char *type, int *prec)
{
	size_t mlen = 0;
	while (mlen < n && range[mlen] != ';')
		mlen++;
	while (mlen && (range[mlen - 1] == ' ' || range[mlen - 1] == '\t'))
		mlen--;
	const char *slash = strchr(type, '/');
	if (mlen == strlen(type) && !strncasecmp(range, type, mlen))
		*prec = 2;
	else if (mlen == (size_t)(slash - type) + 2 && !strncasecmp(range, type, mlen - 1) &&
		 range[mlen - 1] == '*')
		*prec = 1;
	else if (mlen == 3 && !strncmp(range, "*/*", 3))
		*prec = 0;
	else
		return -1;
	int q = 1000;
	for (size_t i = mlen; i < n; i++) {
		if (range[i] != ';')
			continue;
		size_t j = i + 1;
		while (j < n && range[j] == ' ')
			j++;
		if (j + 2 < n && (range[j] == 'q' || range[j] == 'Q') && range[j + 1] == '=')
			q = parse_q(range + j + 2, n - j - 2);
	}
	return q;
}

/* The best q Accept gives type (the most specific matching range decides),
 * and *first the position of that range. No Accept: 1000 for JSON. */
static int accept_q(const char *accept, const char *type, size_t *first)
{
	int best = -1, best_prec = -1;
	size_t pos = 0;
	*first = (size_t)-1;
	for (const char *p = accept; *p; pos++) {
		while (*p == ' ' || *p == ',')
			p++;
		size_t n = strcspn(p, ",");
		int prec = 0;
		int q = n ? range_q(p, n, type, &prec) : -1;
		if (q >= 0 && prec > best_prec) {
			best = q;
			best_prec = prec;
			*first = pos;
		}
		p += n;
	}
	return best < 0 ? 0 : best;
}

/* 1 when the client prefers Markdown to JSON. */
static int wants_markdown(const char *accept)
{
	if (!accept || strlen(accept) > 4096)
		return 0;
	size_t at_md, at_json;
	int md = accept_q(accept, "text/markdown", &at_md);
	int json = accept_q(accept, "application/json", &at_json);
	return md > json || (md && md == json && at_md < at_json);
}

void h_privacy_notice_act(struct req *r)
{
	json_t *docs = NULL, *bindings = NULL, *notice = NULL;
	uint64_t v = 0;
	struct buf b;
	buf_init(&b, MARKDOWN_MAX);
	int rc = pol_store_load(r->app->store, &docs, &bindings, &v);
	if (rc) {
		req_fail(r, rc, "cannot read the policy: %s", pol_store_strerror(rc));
		goto out;
	}
	size_t ncustom;
	const char *const *names = admin_vocab(r, &ncustom);
	rc = pol_notice(docs, v, names, ncustom, &notice);
	if (rc) {
		/* the stored policy is ours: a document it refuses is not the client's fault */
		req_error(r, 500, "internal", "cannot make the privacy notice: %s",
			  pol_strerror(rc));
		goto out;
	}
	if (wants_markdown(req_header(r, "Accept"))) {
		rc = pol_notice_markdown(notice, &b);
		if (rc) {
			/* over the cap is our limit, not the client's: never 413 */
			req_error(r, 500, "internal", "cannot render the privacy notice: %s",
				  custos_strerror(rc));
			goto out;
		}
		size_t len = 0;
		char *md = buf_take(&b, &len);
		if (!md) {
			req_fail(r, CUSTOS_E_NOMEM, "out of memory");
			goto out;
		}
		req_reply_text(r, 200, "text/markdown; charset=utf-8", md, len);
	} else {
		req_reply(r, 200, notice);
		notice = NULL;
	}
	admin_set_etag(r, (json_int_t)v);
	req_add_header(r, "Vary", "Accept");
out:
	buf_free(&b);
	json_decref(notice);
	json_decref(docs);
	json_decref(bindings);
}
