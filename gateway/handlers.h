/* handlers: thin request handlers (parse, authorize, act, record, reply).
 * Each is listed with its route and action in routes.c. */
#ifndef CUSTOS_HANDLERS_H
#define CUSTOS_HANDLERS_H

#include "http.h"

/* handlers_misc.c */
void h_whoami(struct req *r);            /* GET /v1/whoami (no decision) */

/* handlers_authz.c: the policy decision point */
void h_authorize(struct req *r);         /* POST /v1/authorize */

/* handlers_admin.c: control plane (policy) */
void h_roles_list(struct req *r);        /* GET /v1/roles */
void h_role_get(struct req *r);          /* GET /v1/roles/{name} */
void h_role_put(struct req *r);          /* PUT /v1/roles/{name} */
void h_role_delete(struct req *r);       /* DELETE /v1/roles/{name} */
void h_bindings_list(struct req *r);     /* GET /v1/bindings */
void h_binding_get(struct req *r);       /* GET /v1/bindings/{principal...} */
void h_binding_put(struct req *r);       /* PUT /v1/bindings/{principal...} */
void h_binding_delete(struct req *r);    /* DELETE /v1/bindings/{principal...} */
void h_policy_versions(struct req *r);   /* GET /v1/policy/versions */
void h_policy_rollback(struct req *r);   /* POST /v1/policy/rollback */
void h_policy_simulate(struct req *r);   /* POST /v1/policy/simulate */

/* handlers_revocations.c */
void h_revocations_list(struct req *r);  /* GET /v1/revocations */
void h_revocation_add(struct req *r);    /* POST /v1/revocations */
void h_revocation_remove(struct req *r); /* DELETE /v1/revocations */

/* handlers_audit.c */
void h_audit_query(struct req *r);       /* GET /v1/audit */
void h_audit_verify(struct req *r);      /* GET /v1/audit/verify */
void h_alerts(struct req *r);            /* GET /v1/alerts */

/* handlers_conv.c: conversations */
void h_conv_create(struct req *r);       /* POST /v1/conversations */
void h_conv_append(struct req *r);       /* POST /v1/conversations/{id}/messages */
void h_conv_read(struct req *r);         /* GET /v1/conversations/{id} */
void h_conv_list(struct req *r);         /* GET /v1/conversations */
void h_conv_delete(struct req *r);       /* DELETE /v1/conversations/{id} */
void h_conv_hold(struct req *r);         /* PUT /v1/conversations/{id}/hold */

/* handlers_privacy.c: data-subject rights */
void h_user_consent(struct req *r);      /* PUT /v1/users/{user}/consent */
void h_user_export(struct req *r);       /* GET /v1/users/{user}/export */
void h_user_access_log(struct req *r);   /* GET /v1/users/{user}/access-log */
void h_user_erase(struct req *r);        /* DELETE /v1/users/{user} */
void h_concern_create(struct req *r);    /* POST /v1/concerns */
void h_concerns_list(struct req *r);     /* GET /v1/concerns */

#endif
