/* handlers_misc: diagnostics for the caller's own identity. whoami makes no
 * decision and is not audited when it succeeds; it identifies the caller like
 * every route (so a bad token is 401 and a revoked identity 403, both
 * recorded by guard_identify). */
#include "guard.h"
#include "handlers.h"

void h_whoami(struct req *r)
{
	if (guard_identify(r, NULL, NULL))
		return;
	const struct identity *who = r->who;
	json_t *o = json_pack("{s:s,s:s,s:s,s:s}", "principal", r->peer.principal, "cert_sha256",
			      r->peer.cert_sha256, "subject", who->subject, "kind", who->kind);
	if (o && who->token) {
		json_t *groups = json_array();
		for (size_t i = 1; i < who->nprincipals; i++)
			json_array_append_new(groups, json_string(who->principals[i]));
		json_object_set_new(o, "groups", groups);
		json_object_set_new(o, "issuer", json_string(who->token->issuer));
		json_object_set_new(o, "sub", json_string(who->token->sub));
	}
	http_reply_json(r, 200, o);
}
