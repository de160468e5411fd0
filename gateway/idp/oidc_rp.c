/* oidc_rp: discovery, the authorization URL and the code exchange (see
 * oidc_rp.h). */
#include "oidc_rp.h"

#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "b64.h"
#include "errbuf.h"
#include "jwks_int.h"
#include "jwt_verify.h"

#define DISCOVERY_TTL_S 3600

struct oidc_rp {
	char *issuer, *iss, *discovery, *ca_file, *client_id, *secret, *redirect, *scope;
	int timeout_ms, allow_http;
	pthread_mutex_t mu;
	char *auth_ep, *token_ep; /* from discovery (mu) */
	time_t discovered_at;
};

static char *dup_opt(const char *s, int *oom)
{
	char *d = s ? strdup(s) : NULL;
	if (s && !d)
		*oom = 1;
	return d;
}

int oidc_rp_open(struct oidc_rp **out, const oidc_rp_conf *c, char *err, size_t errsz)
{
	char why[200];
	int oom = 0;
	*out = NULL;
	if (!c->issuer || !c->iss || !c->discovery || !c->client_id || !c->client_secret ||
	    !c->redirect_url || !c->scope)
		return errbuf_fail(err, errsz, -1,
				   "console sign-in needs discovery, a client id, a secret and "
				   "a redirect URL");
	if (jwksf_url_ok(c->discovery, c->allow_http, why, sizeof why))
		return errbuf_fail(err, errsz, -1, "discovery: %s", why);
	struct oidc_rp *rp = calloc(1, sizeof *rp);
	if (!rp)
		return errbuf_fail(err, errsz, -1, "out of memory");
	rp->issuer = dup_opt(c->issuer, &oom);
	rp->iss = dup_opt(c->iss, &oom);
	rp->discovery = dup_opt(c->discovery, &oom);
	rp->ca_file = dup_opt(c->ca_file, &oom);
	rp->client_id = dup_opt(c->client_id, &oom);
	rp->secret = dup_opt(c->client_secret, &oom);
	rp->redirect = dup_opt(c->redirect_url, &oom);
	rp->scope = dup_opt(c->scope, &oom);
	rp->timeout_ms = c->timeout_ms > 0 ? c->timeout_ms : JWKSF_TIMEOUT_MS;
	rp->allow_http = c->allow_http;
	pthread_mutex_init(&rp->mu, NULL);
	if (oom || curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		oidc_rp_close(rp);
		return errbuf_fail(err, errsz, -1, "out of memory");
	}
	*out = rp;
	return 0;
}

void oidc_rp_close(struct oidc_rp *rp)
{
	if (!rp)
		return;
	if (rp->secret) {
		volatile char *p = rp->secret;
		while (*p)
			*p++ = 0;
	}
	free(rp->issuer);
	free(rp->iss);
	free(rp->discovery);
	free(rp->ca_file);
	free(rp->client_id);
	free(rp->secret);
	free(rp->redirect);
	free(rp->scope);
	free(rp->auth_ep);
	free(rp->token_ep);
	pthread_mutex_destroy(&rp->mu);
	free(rp);
}

const char *oidc_rp_issuer(const struct oidc_rp *rp)
{
	return rp->issuer;
}

const char *oidc_rp_client_id(const struct oidc_rp *rp)
{
	return rp->client_id;
}

/* One exchange: GET url, or POST form with the client's Basic credentials.
 * 0 with the body in x and *status, or -1 with a message in err. */
static int exchange(struct oidc_rp *rp, const char *url, const char *form, struct xfer *x,
		    long *status, char *err, size_t errsz)
{
	char ebuf[CURL_ERROR_SIZE] = "";
	struct curl_slist *hdrs = NULL;
	char *basic = NULL, *id = NULL, *sec = NULL;
	int rc = -1;
	CURL *e = curl_easy_init();
	if (!e)
		return errbuf_fail(err, errsz, -1, "out of memory");
	x->max = OIDC_RP_MAX_RESPONSE;
	jwksf_easy_setup(e, url, rp->allow_http ? "http,https" : "https", rp->timeout_ms,
			 rp->ca_file, x, ebuf);
	hdrs = curl_slist_append(hdrs, "Accept: application/json");
	if (form) {
		/* RFC 6749 2.3.1: id and secret form-encoded, then Basic. */
		id = curl_easy_escape(e, rp->client_id, 0);
		sec = curl_easy_escape(e, rp->secret, 0);
		size_t n = id && sec ? strlen(id) + 1 + strlen(sec) : 0;
		char *pair = n ? malloc(n + 1) : NULL;
		basic = pair ? malloc(sizeof "Authorization: Basic " + B64_ENCODED_SIZE(n)) : NULL;
		if (!basic) {
			free(pair);
			errbuf_set(err, errsz, "out of memory");
			goto out;
		}
		snprintf(pair, n + 1, "%s:%s", id, sec);
		memcpy(basic, "Authorization: Basic ", sizeof "Authorization: Basic " - 1);
		b64_encode((const uint8_t *)pair, n, basic + sizeof "Authorization: Basic " - 1);
		memset(pair, 0, n);
		free(pair);
		hdrs = curl_slist_append(hdrs, basic);
		curl_easy_setopt(e, CURLOPT_POSTFIELDS, form);
	}
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, hdrs);
	CURLcode cc = curl_easy_perform(e);
	if (cc != CURLE_OK) {
		errbuf_set(err, errsz, "%s: %s", url,
			   x->too_large ? "response larger than allowed"
			   : ebuf[0]    ? ebuf
					: curl_easy_strerror(cc));
		goto out;
	}
	curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, status);
	rc = 0;
out:
	if (basic) {
		memset(basic, 0, strlen(basic));
		free(basic);
	}
	if (sec)
		memset(sec, 0, strlen(sec));
	curl_free(id);
	curl_free(sec);
	curl_slist_free_all(hdrs);
	curl_easy_cleanup(e);
	return rc;
}

/* An endpoint of the discovery document: an https URL we fetch or send to. */
static int endpoint(const struct oidc_rp *rp, json_t *doc, const char *name, char **out, char *err,
		    size_t errsz)
{
	char why[200];
	const char *u = json_string_value(json_object_get(doc, name));
	if (!u)
		return errbuf_fail(err, errsz, -1, "discovery has no %s", name);
	if (jwksf_url_ok(u, rp->allow_http, why, sizeof why))
		return errbuf_fail(err, errsz, -1, "discovery %s: %s", name, why);
	*out = strdup(u);
	return *out ? 0 : errbuf_fail(err, errsz, -1, "out of memory");
}

/* Fills the endpoints from discovery when they are missing or old (mu held). */
static int discover(struct oidc_rp *rp, char *err, size_t errsz)
{
	time_t now = time(NULL);
	if (rp->auth_ep && now - rp->discovered_at < DISCOVERY_TTL_S)
		return 0;
	struct xfer x = {0};
	long status = 0;
	char *a = NULL, *t = NULL;
	json_t *doc = NULL;
	int rc = exchange(rp, rp->discovery, NULL, &x, &status, err, errsz);
	if (!rc && status != 200)
		rc = errbuf_fail(err, errsz, -1, "%s: HTTP status %ld", rp->discovery, status);
	if (!rc) {
		doc = json_loadb(x.buf ? x.buf : "", x.len, JSON_REJECT_DUPLICATES, NULL);
		const char *is = json_string_value(json_object_get(doc, "issuer"));
		if (!json_is_object(doc))
			rc = errbuf_fail(err, errsz, -1, "discovery is not a JSON object");
		else if (!is || strcmp(is, rp->iss))
			rc = errbuf_fail(err, errsz, -1, "discovery issuer is not %s", rp->iss);
	}
	if (!rc)
		rc = endpoint(rp, doc, "authorization_endpoint", &a, err, errsz);
	if (!rc)
		rc = endpoint(rp, doc, "token_endpoint", &t, err, errsz);
	if (!rc) {
		free(rp->auth_ep);
		free(rp->token_ep);
		rp->auth_ep = a;
		rp->token_ep = t;
		rp->discovered_at = now;
		a = t = NULL;
	}
	free(a);
	free(t);
	json_decref(doc);
	free(x.buf);
	return rc;
}

int oidc_rp_auth_url(struct oidc_rp *rp, const char *state, const char *nonce,
		     const char *challenge, char **url, char *err, size_t errsz)
{
	*url = NULL;
	pthread_mutex_lock(&rp->mu);
	int rc = discover(rp, err, errsz);
	char *base = !rc ? strdup(rp->auth_ep) : NULL;
	pthread_mutex_unlock(&rp->mu);
	if (rc)
		return rc;
	char *cid = curl_easy_escape(NULL, rp->client_id, 0),
	     *red = curl_easy_escape(NULL, rp->redirect, 0);
	char *scope = curl_easy_escape(NULL, rp->scope, 0);
	if (base && cid && red && scope &&
	    asprintf(url,
		     "%s%sresponse_type=code&client_id=%s&redirect_uri=%s&scope=%s&state=%s"
		     "&nonce=%s&code_challenge=%s&code_challenge_method=S256",
		     base, strchr(base, '?') ? "&" : "?", cid, red, scope, state, nonce,
		     challenge) < 0)
		*url = NULL;
	free(base);
	curl_free(cid);
	curl_free(red);
	curl_free(scope);
	return *url ? 0 : errbuf_fail(err, errsz, -1, "out of memory");
}

int oidc_rp_exchange(struct oidc_rp *rp, const char *code, const char *verifier, char **id_token,
		     char *err, size_t errsz)
{
	*id_token = NULL;
	if (!code || !*code || strlen(code) > OIDC_RP_MAX_CODE)
		return errbuf_fail(err, errsz, -1, "no usable authorization code");
	pthread_mutex_lock(&rp->mu);
	int rc = discover(rp, err, errsz);
	char *ep = !rc ? strdup(rp->token_ep) : NULL;
	pthread_mutex_unlock(&rp->mu);
	if (rc)
		return rc;
	char *form = NULL, *c = curl_easy_escape(NULL, code, 0),
	     *red = curl_easy_escape(NULL, rp->redirect, 0);
	struct xfer x = {0};
	json_t *doc = NULL;
	long status = 0;
	rc = -1;
	if (!ep || !c || !red ||
	    asprintf(&form,
		     "grant_type=authorization_code&code=%s&redirect_uri=%s&code_verifier=%s", c,
		     red, verifier) < 0) {
		form = NULL;
		errbuf_set(err, errsz, "out of memory");
		goto out;
	}
	if (exchange(rp, ep, form, &x, &status, err, errsz))
		goto out;
	doc = json_loadb(x.buf ? x.buf : "", x.len, JSON_REJECT_DUPLICATES, NULL);
	if (status != 200) {
		const char *e = json_string_value(json_object_get(doc, "error"));
		char safe[64] = "";
		for (size_t i = 0; e && e[i] && i + 1 < sizeof safe; i++)
			safe[i] = (e[i] >= 0x21 && e[i] <= 0x7e) ? e[i] : '?';
		errbuf_set(err, errsz, "token endpoint answered HTTP %ld%s%s", status,
			   safe[0] ? ": " : "", safe);
		goto out;
	}
	const char *t = json_string_value(json_object_get(doc, "id_token"));
	if (!t || !*t || strlen(t) > JWTV_MAX_TOKEN) {
		errbuf_set(err, errsz, "token endpoint sent no usable id_token");
		goto out;
	}
	*id_token = strdup(t);
	rc = *id_token ? 0 : errbuf_fail(err, errsz, -1, "out of memory");
out:
	json_decref(doc);
	if (x.buf)
		memset(x.buf, 0, x.len);
	free(x.buf);
	free(form);
	free(ep);
	curl_free(c);
	curl_free(red);
	return rc;
}
