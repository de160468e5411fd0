/* identity-t.h: who is asking (types only; see identity.h). */
#ifndef CUSTOS_IDENTITY_T_H
#define CUSTOS_IDENTITY_T_H

#include <stddef.h>

#include "jwt_verify.h"
#include "policy.h"

#define IDENT_MAX_PRINCIPALS (1 + JWTV_MAX_GROUPS)

/* The caller of one request, or a subject named in an authorize request. */
struct identity {
	char subject[POL_PRINCIPAL_MAX +
		     1];  /* "user:<issuer>/<sub>" with a token, else the svc principal */
	const char *kind; /* "user", "svc" or "group" (static) */
	char *principals[IDENT_MAX_PRINCIPALS]; /* subject, then "group:<issuer>/<g>"; owned */
	size_t nprincipals;
	jwtv_identity *token;              /* NULL without a Bearer token; owned reference */
	char purpose[POL_PURPOSE_MAX + 1]; /* X-Access-Purpose, "" when absent */
	int bootstrap_admin;               /* a principal is listed in [bootstrap] admins */
};

#endif
