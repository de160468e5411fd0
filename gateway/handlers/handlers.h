/* handlers: the routes of the data plane. Each route is a line of the
 * table in table.c ({method, pattern, action, resource name, load, act,
 * decide}); the phase engine (pipeline.h) runs them, so a handler only
 * parses its input and loads its resource (load) and acts once the allowed
 * decision is durable (act). The application hands the table to the
 * engine.
 * Handlers run on the request's worker thread, one phase at a time, and own
 * nothing beyond the request (req_keep). */
#ifndef CUSTOS_HANDLERS_H
#define CUSTOS_HANDLERS_H

#include <stddef.h>

#include "req-t.h"

/* The route table (static) and its length. */
const struct route *handlers_routes(size_t *n);

/* ---- decision.c: who am I, may they (the decision point) ---- */
void h_whoami_act(struct req *r);    /* GET /v1/whoami (no decision) */
int h_authorize_load(struct req *r); /* POST /v1/authorize */
int h_authorize_decide(struct req *r);
void h_authorize_act(struct req *r);

/* ---- proxyauth.c: the decision point for nginx auth_request and Envoy ext_authz ---- */
void h_proxy_name(struct req *r, char *out, size_t outsz); /* "request" until load maps it */
int h_proxy_auth_load(struct req *r);                      /* /v1/proxy/auth[/{...}] */
int h_proxy_auth_decide(struct req *r);
void h_proxy_auth_act(struct req *r);

/* ---- conversations.c ---- */
void h_conv_name(struct req *r, char *out, size_t outsz); /* "conversation/<id>" */
int h_conv_create_load(struct req *r);                    /* POST /v1/conversations */
void h_conv_create_act(struct req *r);
int h_conv_existing_load(struct req *r); /* one existing conversation */
int h_conv_hold_load(struct req *r);     /* PUT /v1/conversations/{id}/hold */
void h_conv_append_act(struct req *r);
void h_conv_read_act(struct req *r);
void h_conv_delete_act(struct req *r);
void h_conv_hold_act(struct req *r);
int h_conv_list_load(struct req *r); /* GET /v1/conversations */
int h_conv_list_decide(struct req *r);

/* The console listener's route table (console.c): its own routes (pages,
 * assets, sign-in; the first *npublic) and then every API route. Built once
 * (lives until exit); NULL when out of memory. */
const struct route *handlers_console_routes(size_t *n, size_t *npublic);

/* ---- signin.c: the console's sign-in, session and sign-out ---- */
void h_login_act(struct req *r);           /* GET /login */
void h_callback_act(struct req *r);        /* GET /callback */
void h_console_session_act(struct req *r); /* GET /console/session */
void h_logout_act(struct req *r);          /* POST /logout */

/* ---- notice.c: the privacy notice made from the policy ---- */
void h_privacy_notice_act(struct req *r); /* GET /v1/privacy-notice (no decision) */

/* ---- privacy.c: data-subject rights and concerns ---- */
void h_user_name(struct req *r, char *out, size_t outsz); /* "user/<pseudonym>" */
int h_user_load(struct req *r);                           /* /v1/users/{user}/... */
int h_user_consent_load(struct req *r);
void h_user_consent_act(struct req *r);
void h_user_export_act(struct req *r);
void h_user_access_log_act(struct req *r);
void h_user_erase_act(struct req *r);
int h_concern_create_load(struct req *r);
void h_concern_create_act(struct req *r);
int h_concerns_list_load(struct req *r);
void h_concerns_list_act(struct req *r);

/* ---- admin_keys.c: key rotation ---- */
void h_key_name(struct req *r, char *out, size_t outsz); /* "keys/<name>" */
void h_key_rotate_act(struct req *r);                    /* POST /v1/keys/{key}/rotate */

/* ---- admin_*.c: the control plane ---- */
void h_role_name(struct req *r, char *out, size_t outsz);    /* "role/<name>" */
void h_binding_name(struct req *r, char *out, size_t outsz); /* "binding/<principal>" */
void h_roles_list_act(struct req *r);
void h_role_get_act(struct req *r);
void h_role_put_act(struct req *r);
void h_role_delete_act(struct req *r);
void h_bindings_list_act(struct req *r);
void h_binding_get_act(struct req *r);
void h_binding_put_act(struct req *r);
void h_binding_delete_act(struct req *r);
void h_policy_versions_act(struct req *r);
void h_policy_rollback_act(struct req *r);
void h_policy_simulate_act(struct req *r);

/* ---- revocations.c ---- */
int h_revocations_list_load(struct req *r);
int h_revocation_add_load(struct req *r);
int h_revocation_remove_load(struct req *r);
int h_revocations_decide(struct req *r);
void h_revocations_list_act(struct req *r);
void h_revocation_add_act(struct req *r);
void h_revocation_remove_act(struct req *r);

/* ---- auditlog.c: the log ---- */
/* A decimal in [min, max] (no sign, no spaces) into *out: 0, or -1. */
int h_parse_u64(const char *s, uint64_t min, uint64_t max, uint64_t *out);
int h_audit_query_load(struct req *r);
void h_audit_query_act(struct req *r);
void h_audit_verify_act(struct req *r);

/* ---- detection.c: locks, reviews, alerts ---- */
void h_lock_name(struct req *r, char *out, size_t outsz);
void h_locks_list_act(struct req *r);
int h_lock_add_load(struct req *r);
void h_lock_add_act(struct req *r);
void h_lock_remove_act(struct req *r);
int h_reviews_list_load(struct req *r);
void h_reviews_list_act(struct req *r);
void h_review_name(struct req *r, char *out, size_t outsz);
int h_review_close_load(struct req *r);
void h_review_close_act(struct req *r);
int h_alerts_load(struct req *r);
void h_alerts_act(struct req *r);

#endif
