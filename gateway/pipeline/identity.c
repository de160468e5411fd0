/* identity: identities from certificates, tokens and names; revocations. */
#include "identity.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "errors-t.h"
#include "idp.h"
#include "jdump.h"
#include "store.h"
#include "str.h"

void ident_free(struct identity *who)
{
	if (!who)
		return;
	for (size_t i = 0; i < who->nprincipals; i++)
		free(who->principals[i]);
	jwtv_identity_free(who->token);
	free(who);
}

int ident_is_admin(const struct ident_ctx *c, const char *principal)
{
	for (size_t i = 0; i < c->nadmins; i++)
		if (!strcmp(c->admins[i], principal))
			return 1;
	return 0;
}

/* Adds prefix + a + (b ? "/" + b : "") as a principal. */
static int add_principal(struct identity *who, const char *prefix, const char *a, const char *b)
{
	if (who->nprincipals == IDENT_MAX_PRINCIPALS)
		return CUSTOS_E_ARG;
	size_t lp = strlen(prefix), la = strlen(a), lb = b ? strlen(b) + 1 : 0;
	char *p = malloc(lp + la + lb + 1);
	if (!p)
		return CUSTOS_E_NOMEM;
	memcpy(p, prefix, lp);
	memcpy(p + lp, a, la);
	if (b) {
		p[lp + la] = '/';
		memcpy(p + lp + la + 1, b, lb - 1);
	}
	p[lp + la + lb] = '\0';
	who->principals[who->nprincipals++] = p;
	return 0;
}

static void mark_admin(const struct ident_ctx *c, struct identity *who)
{
	for (size_t i = 0; i < who->nprincipals; i++)
		who->bootstrap_admin |= ident_is_admin(c, who->principals[i]);
}

/* Fills who from a verified token (taken over: who owns the reference). The
 * subject and groups were checked against the principal grammar by the
 * verifier, so the principals built here are principals. */
static int of_token(const struct ident_ctx *c, struct identity *who, jwtv_identity *tok)
{
	int rc = 0;
	who->token = tok;
	who->kind = "user";
	snprintf(who->subject, sizeof who->subject, "user:%s/%s", tok->issuer, tok->sub);
	rc = add_principal(who, "", who->subject, NULL);
	for (size_t i = 0; !rc && i < tok->ngroups; i++)
		rc = add_principal(who, "group:", tok->issuer, tok->groups[i]);
	mark_admin(c, who);
	return rc ? CUSTOS_E_NOMEM : 0;
}

static int verify(const struct ident_ctx *c, const char *token, size_t len, time_t now,
		  jwtv_identity **tok)
{
	*tok = NULL;
	return idp_verify(c->idp, token, len, now, c->cert_sha256, tok);
}

int ident_of_token(const struct ident_ctx *c, const char *token, size_t len, time_t now,
		   struct identity **out)
{
	jwtv_identity *tok = NULL;
	*out = NULL;
	int rc = verify(c, token, len, now, &tok);
	if (rc)
		return rc;
	struct identity *who = calloc(1, sizeof *who);
	if (!who) {
		jwtv_identity_free(tok);
		return CUSTOS_E_NOMEM;
	}
	rc = of_token(c, who, tok);
	if (rc) {
		ident_free(who);
		return rc;
	}
	*out = who;
	return 0;
}

int ident_of_request(const struct ident_ctx *c, const char *client, const char *authorization,
		     const char *purpose, time_t now, struct identity **out)
{
	int rc = 0;
	*out = NULL;
	if (purpose && purpose[0] && pol_purpose_check(purpose, strlen(purpose)))
		return IDENT_E_PURPOSE;
	struct identity *who = calloc(1, sizeof *who);
	if (!who)
		return CUSTOS_E_NOMEM;
	if (purpose)
		str_copy(who->purpose, sizeof who->purpose, purpose);
	if (authorization) {
		jwtv_identity *tok = NULL;
		if (strncasecmp(authorization, "Bearer ", 7) != 0)
			rc = JWTV_E_MALFORMED;
		else
			rc = verify(c, authorization + 7, strlen(authorization + 7), now, &tok);
		if (!rc)
			rc = of_token(c, who, tok);
	} else {
		who->kind = "svc";
		str_copy(who->subject, sizeof who->subject, client);
		rc = add_principal(who, "", who->subject, NULL) ? CUSTOS_E_NOMEM : 0;
		who->bootstrap_admin = ident_is_admin(c, who->subject);
	}
	if (rc) {
		ident_free(who);
		return rc;
	}
	*out = who;
	return 0;
}

int ident_named(const struct ident_ctx *c, const char *subject, const char *const *groups,
		size_t ngroups, struct identity **out)
{
	int rc = 0;
	*out = NULL;
	if (strlen(subject) >= sizeof((struct identity *)0)->subject ||
	    ngroups + 1 > IDENT_MAX_PRINCIPALS)
		return CUSTOS_E_ARG;
	struct identity *who = calloc(1, sizeof *who);
	if (!who)
		return CUSTOS_E_NOMEM;
	str_copy(who->subject, sizeof who->subject, subject);
	who->kind = pol_principal_kind(subject);
	rc = add_principal(who, "", subject, NULL);
	for (size_t i = 0; !rc && i < ngroups; i++)
		rc = add_principal(who, "", groups[i], NULL);
	mark_admin(c, who);
	if (rc) {
		ident_free(who);
		return rc;
	}
	*out = who;
	return 0;
}

int ident_revoked(const struct ident_ctx *c, const struct identity *who, const char *client,
		  const char *cert_sha256, const char **what)
{
	/* Every lookup of the request in one read transaction. A revoked
	 * group refuses its members (principals[0] is the subject). */
	struct pol_revocation_query q[4 + IDENT_MAX_PRINCIPALS];
	static const char *const labels[] = {"client", "certificate", "subject", "token"};
	size_t n = 0;
	q[n++] = (struct pol_revocation_query){"subject", client};
	q[n++] = (struct pol_revocation_query){"cert", cert_sha256};
	q[n++] = (struct pol_revocation_query){"subject", who->subject};
	q[n++] = (struct pol_revocation_query){"jti", who->token ? who->token->jti : NULL};
	for (size_t i = 1; i < who->nprincipals; i++)
		q[n++] = (struct pol_revocation_query){"subject", who->principals[i]};
	size_t first = 0;
	int rc = pol_store_first_revoked(c->store, q, n, &first);
	if (rc)
		return rc;
	if (first == n)
		return 0;
	*what = first < 4 ? labels[first] : "group";
	return 1;
}

json_t *ident_whoami_json(const struct identity *who, const char *client, const char *cert_sha256)
{
	json_t *o = json_pack("{s:s,s:s,s:s,s:s}", "principal", client, "cert_sha256", cert_sha256,
			      "subject", who->subject, "kind", who->kind);
	if (o && who->token) {
		json_t *groups = json_array();
		for (size_t i = 1; i < who->nprincipals; i++)
			json_array_append_new(groups, json_string(who->principals[i]));
		json_object_set_new(o, "groups", groups);
		json_object_set_new(o, "issuer", json_string(who->token->issuer));
		json_object_set_new(o, "sub", json_string(who->token->sub));
	}
	return o;
}

/* ,"member":"s" (the leading comma unless first); CUSTOS_E_ARG for NULL. */
static int dump_member(struct buf *b, const char *member, const char *s)
{
	if (!s)
		return CUSTOS_E_ARG;
	int rc = buf_adds(b, member);
	return rc ? rc : jdump_string(b, s, strlen(s));
}

int ident_whoami_dump(const struct identity *who, const char *client, const char *cert_sha256,
		      struct buf *b)
{
	int rc = dump_member(b, "{\"principal\":", client);
	if (!rc)
		rc = dump_member(b, ",\"cert_sha256\":", cert_sha256);
	if (!rc)
		rc = dump_member(b, ",\"subject\":", who->subject);
	if (!rc)
		rc = dump_member(b, ",\"kind\":", who->kind);
	if (!rc && who->token) {
		rc = buf_adds(b, ",\"groups\":[");
		for (size_t i = 1; !rc && i < who->nprincipals; i++) {
			if (i > 1)
				rc = buf_adds(b, ",");
			if (!rc)
				rc = dump_member(b, "", who->principals[i]);
		}
		if (!rc)
			rc = buf_adds(b, "]");
		if (!rc)
			rc = dump_member(b, ",\"issuer\":", who->token->issuer);
		if (!rc)
			rc = dump_member(b, ",\"sub\":", who->token->sub);
	}
	if (!rc)
		rc = buf_adds(b, "}");
	return rc;
}
