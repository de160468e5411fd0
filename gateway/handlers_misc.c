/* handlers_misc: diagnostics for the caller's own identity. */
#include "handlers.h"

void h_whoami(struct req *r)
{
	json_t *o = json_pack("{s:s,s:s}", "principal", r->peer.principal, "cert_sha256",
			      r->peer.cert_sha256);
	http_reply_json(r, 200, o);
}
