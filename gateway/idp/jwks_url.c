/* jwks_url: the fetcher's pure helpers (see jwks_fetch.h): Cache-Control
 * lifetimes, the URLs we fetch, origins, the OpenID discovery document.
 * No I/O, no state: any thread. */
#include <curl/curl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "errbuf.h"
#include "jwks_fetch.h"

/* ------------------------------------------------------------ pure helpers */

int jwksf_cache_control(const char *value, long *max_age)
{
	int said = 0;
	long best = -1;
	const char *p = value ? value : "";
	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		const char *name = p;
		while (*p && *p != '=' && *p != ',' && *p != ' ' && *p != '\t')
			p++;
		size_t nl = (size_t)(p - name);
		const char *val = NULL;
		size_t vl = 0;
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '=') {
			p++;
			while (*p == ' ' || *p == '\t')
				p++;
			int quoted = *p == '"';
			if (quoted)
				p++;
			val = p;
			while (*p && (quoted ? *p != '"' : (*p != ',' && *p != ' ' && *p != '\t')))
				p++;
			vl = (size_t)(p - val);
			if (quoted && *p == '"')
				p++;
		}
		while (*p && *p != ',')
			p++; /* skip whatever follows a directive */
		if ((nl == 8 && strncasecmp(name, "no-cache", 8) == 0) ||
		    (nl == 8 && strncasecmp(name, "no-store", 8) == 0)) {
			best = 0;
			said = 1;
		} else if (nl == 7 && strncasecmp(name, "max-age", 7) == 0 && val && vl > 0 &&
			   vl <= 10) {
			long x = 0;
			size_t i = 0;
			while (i < vl && val[i] >= '0' && val[i] <= '9')
				x = x * 10 + (val[i++] - '0');
			if (i == vl) {
				if (best < 0 || x < best)
					best = x;
				said = 1;
			}
		}
	}
	if (said)
		*max_age = best;
	return said;
}

int jwksf_url_ok(const char *url, int allow_http, char *why, size_t whysz)
{
	char *scheme = NULL, *host = NULL, *user = NULL, *pass = NULL, *frag = NULL;
	int rc = -1;
	size_t n = url ? strlen(url) : 0;
	if (n == 0 || n > JWKSF_MAX_URL)
		return errbuf_fail(why, whysz, -1, "empty or longer than %d bytes", JWKSF_MAX_URL);
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)url[i] <= 0x20 || (unsigned char)url[i] == 0x7f)
			return errbuf_fail(why, whysz, -1, "spaces or control characters");
	/* libcurl's parser is lenient ("https:///x" has host "x", "https:/x://y"
	 * is https too): the URL must begin with the scheme and "://" spelled
	 * out, then the authority. */
	size_t sl = strncasecmp(url, "https://", 8) == 0                ? 8
		    : allow_http && strncasecmp(url, "http://", 7) == 0 ? 7
									: 0;
	if (sl == 0 && !strstr(url, "://"))
		return errbuf_fail(why, whysz, -1, "not an absolute URL");
	if (sl == 0)
		return errbuf_fail(why, whysz, -1, "%s",
				   allow_http ? "not http(s)"
					      : "not https (plain http only with "
						"CUSTOS_ALLOW_HTTP_ISSUERS=1, for tests)");
	if (url[sl] == '/' || url[sl] == '\0')
		return errbuf_fail(why, whysz, -1, "not an absolute URL");
	CURLU *u = curl_url();
	if (!u)
		return errbuf_fail(why, whysz, -1, "out of memory");
	if (curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK) {
		errbuf_fail(why, whysz, -1, "not an absolute URL");
		goto out;
	}
	curl_url_get(u, CURLUPART_SCHEME, &scheme, 0);
	curl_url_get(u, CURLUPART_HOST, &host, 0);
	curl_url_get(u, CURLUPART_USER, &user, 0);
	curl_url_get(u, CURLUPART_PASSWORD, &pass, 0);
	curl_url_get(u, CURLUPART_FRAGMENT, &frag, 0);
	if (!scheme || !(strcasecmp(scheme, "https") == 0 ||
			 (allow_http && strcasecmp(scheme, "http") == 0))) {
		errbuf_fail(
			why, whysz, -1, "%s",
			allow_http
				? "not http(s)"
				: "not https (plain http only with CUSTOS_ALLOW_HTTP_ISSUERS=1, for tests)");
		goto out;
	}
	if (!host || !*host) {
		errbuf_fail(why, whysz, -1, "no host");
		goto out;
	}
	if (user || pass) {
		errbuf_fail(why, whysz, -1, "user info (credentials) in the URL");
		goto out;
	}
	if (frag) {
		errbuf_fail(why, whysz, -1, "a fragment");
		goto out;
	}
	rc = 0;
out:
	curl_free(scheme);
	curl_free(host);
	curl_free(user);
	curl_free(pass);
	curl_free(frag);
	curl_url_cleanup(u);
	return rc;
}

struct origin {
	char *scheme, *host, *port;
};

static int origin_of(const char *url, struct origin *o)
{
	memset(o, 0, sizeof *o);
	CURLU *u = curl_url();
	int ok = u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
		 curl_url_get(u, CURLUPART_SCHEME, &o->scheme, 0) == CURLUE_OK &&
		 curl_url_get(u, CURLUPART_HOST, &o->host, 0) == CURLUE_OK &&
		 curl_url_get(u, CURLUPART_PORT, &o->port, CURLU_DEFAULT_PORT) == CURLUE_OK;
	curl_url_cleanup(u);
	return ok ? 0 : -1;
}

static void origin_free(struct origin *o)
{
	curl_free(o->scheme);
	curl_free(o->host);
	curl_free(o->port);
}

int jwksf_same_origin(const char *a, const char *b)
{
	struct origin oa, ob;
	int ra = origin_of(a, &oa), rb = origin_of(b, &ob);
	int same = ra == 0 && rb == 0 && strcasecmp(oa.scheme, ob.scheme) == 0 &&
		   strcasecmp(oa.host, ob.host) == 0 && strcmp(oa.port, ob.port) == 0;
	origin_free(&oa);
	origin_free(&ob);
	return same;
}

int jwksf_discovery_parse(const char *doc, size_t len, const char *iss, int allow_http, char *out,
			  size_t outsz, char *err, size_t errsz)
{
	json_error_t jerr;
	char why[160];
	int rc = -1;
	json_t *j = json_loadb(doc, len, JSON_REJECT_DUPLICATES, &jerr);
	const char *issuer = json_string_value(json_object_get(j, "issuer"));
	const char *uri = json_string_value(json_object_get(j, "jwks_uri"));
	if (!json_is_object(j)) {
		errbuf_fail(err, errsz, rc, "the discovery document is not a JSON object%s%s",
			    j ? "" : ": ", j ? "" : jerr.text);
		goto out;
	}
	if (!issuer) {
		errbuf_fail(err, errsz, rc, "the discovery document has no \"issuer\"");
		goto out;
	}
	/* OpenID Connect Discovery 4.3: it must be exactly the issuer we trust,
	 * else its keys would verify another issuer's tokens as ours. */
	if (strcmp(issuer, iss) != 0) {
		errbuf_fail(err, errsz, rc,
			    "the discovery document's issuer \"%.200s\" is not iss \"%.200s\"",
			    issuer, iss);
		goto out;
	}
	if (!uri) {
		errbuf_fail(err, errsz, rc, "the discovery document has no \"jwks_uri\"");
		goto out;
	}
	if (jwksf_url_ok(uri, allow_http, why, sizeof why) != 0) {
		errbuf_fail(err, errsz, rc, "jwks_uri \"%.200s\": %s", uri, why);
		goto out;
	}
	if (strlen(uri) >= outsz) {
		errbuf_fail(err, errsz, rc, "jwks_uri too long");
		goto out;
	}
	snprintf(out, outsz, "%s", uri);
	rc = 0;
out:
	json_decref(j);
	return rc;
}
