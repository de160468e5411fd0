/* table: the route table. One line per route shows the whole API: the
 * method and path, the policy action it is decided on, the resource its
 * audit entries name, and the handler's load, act and (the decision point,
 * listings) decide. Order matters only where patterns overlap: the first
 * match wins. */
#include "handlers.h"

static const struct route table[] = {
	{"GET", "/v1/whoami", NULL, NULL, NULL, NULL, h_whoami_act, NULL},
	{"GET", "/v1/privacy-notice", NULL, NULL, NULL, NULL, h_privacy_notice_act, NULL},
	{"POST", "/v1/authorize", "authorize", NULL, NULL, h_authorize_load, h_authorize_act,
	 h_authorize_decide},
	{"GET", "/v1/proxy/auth", "authorize", "request", NULL, h_proxy_auth_load, h_proxy_auth_act,
	 h_proxy_auth_decide},
	{"GET", "/v1/proxy/auth/{...}", "authorize", NULL, h_proxy_name, h_proxy_auth_load,
	 h_proxy_auth_act, h_proxy_auth_decide},
	{"POST", "/v1/proxy/auth/{...}", "authorize", NULL, h_proxy_name, h_proxy_auth_load,
	 h_proxy_auth_act, h_proxy_auth_decide},
	{"PUT", "/v1/proxy/auth/{...}", "authorize", NULL, h_proxy_name, h_proxy_auth_load,
	 h_proxy_auth_act, h_proxy_auth_decide},
	{"PATCH", "/v1/proxy/auth/{...}", "authorize", NULL, h_proxy_name, h_proxy_auth_load,
	 h_proxy_auth_act, h_proxy_auth_decide},
	{"DELETE", "/v1/proxy/auth/{...}", "authorize", NULL, h_proxy_name, h_proxy_auth_load,
	 h_proxy_auth_act, h_proxy_auth_decide},

	{"POST", "/v1/conversations", "conversation:create", "conversation", NULL,
	 h_conv_create_load, h_conv_create_act, NULL},
	{"GET", "/v1/conversations", "conversation:list", "conversation", NULL, h_conv_list_load,
	 NULL, h_conv_list_decide},
	{"POST", "/v1/conversations/{}/messages", "conversation:append", NULL, h_conv_name,
	 h_conv_existing_load, h_conv_append_act, NULL},
	{"PUT", "/v1/conversations/{}/hold", "conversation:hold", NULL, h_conv_name,
	 h_conv_hold_load, h_conv_hold_act, NULL},
	{"GET", "/v1/conversations/{}", "conversation:read", NULL, h_conv_name,
	 h_conv_existing_load, h_conv_read_act, NULL},
	{"DELETE", "/v1/conversations/{}", "conversation:delete", NULL, h_conv_name,
	 h_conv_existing_load, h_conv_delete_act, NULL},

	{"PUT", "/v1/users/{}/consent", "user:consent", NULL, h_user_name, h_user_consent_load,
	 h_user_consent_act, NULL},
	{"GET", "/v1/users/{}/export", "user:export", NULL, h_user_name, h_user_load,
	 h_user_export_act, NULL},
	{"GET", "/v1/users/{}/access-log", "user:export", NULL, h_user_name, h_user_load,
	 h_user_access_log_act, NULL},
	{"DELETE", "/v1/users/{}", "user:erase", NULL, h_user_name, h_user_load, h_user_erase_act,
	 NULL},
	{"POST", "/v1/concerns", "concern:create", "concern", NULL, h_concern_create_load,
	 h_concern_create_act, NULL},
	{"GET", "/v1/concerns", "concern:read", "concern", NULL, h_concerns_list_load,
	 h_concerns_list_act, NULL},

	{"GET", "/v1/roles", "policy:read", "roles", NULL, NULL, h_roles_list_act, NULL},
	{"GET", "/v1/roles/{}", "policy:read", NULL, h_role_name, NULL, h_role_get_act, NULL},
	{"PUT", "/v1/roles/{}", "policy:write", NULL, h_role_name, NULL, h_role_put_act, NULL},
	{"DELETE", "/v1/roles/{}", "policy:write", NULL, h_role_name, NULL, h_role_delete_act,
	 NULL},
	{"GET", "/v1/bindings", "policy:read", "bindings", NULL, NULL, h_bindings_list_act, NULL},
	{"GET", "/v1/bindings/{...}", "policy:read", NULL, h_binding_name, NULL, h_binding_get_act,
	 NULL},
	{"PUT", "/v1/bindings/{...}", "policy:write", NULL, h_binding_name, NULL, h_binding_put_act,
	 NULL},
	{"DELETE", "/v1/bindings/{...}", "policy:write", NULL, h_binding_name, NULL,
	 h_binding_delete_act, NULL},
	{"GET", "/v1/policy/versions", "policy:read", "policy/versions", NULL, NULL,
	 h_policy_versions_act, NULL},
	{"POST", "/v1/policy/rollback", "policy:write", "policy/rollback", NULL, NULL,
	 h_policy_rollback_act, NULL},
	{"POST", "/v1/policy/simulate", "policy:read", "policy/simulate", NULL, NULL,
	 h_policy_simulate_act, NULL},

	{"GET", "/v1/revocations", "revocation:write", "revocation", NULL, h_revocations_list_load,
	 h_revocations_list_act, h_revocations_decide},
	{"POST", "/v1/revocations", "revocation:write", "revocation", NULL, h_revocation_add_load,
	 h_revocation_add_act, h_revocations_decide},
	{"DELETE", "/v1/revocations", "revocation:write", "revocation", NULL,
	 h_revocation_remove_load, h_revocation_remove_act, h_revocations_decide},

	{"GET", "/v1/audit", "audit:read", "audit", NULL, h_audit_query_load, h_audit_query_act,
	 NULL},
	{"GET", "/v1/audit/verify", "audit:read", "audit", NULL, NULL, h_audit_verify_act, NULL},
	{"GET", "/v1/alerts", "alert:read", "alerts", NULL, h_alerts_load, h_alerts_act, NULL},
	{"POST", "/v1/keys/{}/rotate", "keys:rotate", NULL, h_key_name, NULL, h_key_rotate_act,
	 NULL},
	{"GET", "/v1/locks", "lock:write", "locks", NULL, NULL, h_locks_list_act, NULL},
	{"POST", "/v1/locks", "lock:write", "lock", NULL, h_lock_add_load, h_lock_add_act, NULL},
	{"DELETE", "/v1/locks/{...}", "lock:write", NULL, h_lock_name, NULL, h_lock_remove_act,
	 NULL},
	{"GET", "/v1/reviews", "review:read", "reviews", NULL, h_reviews_list_load,
	 h_reviews_list_act, NULL},
	{"POST", "/v1/reviews/{}", "review:write", NULL, h_review_name, h_review_close_load,
	 h_review_close_act, NULL},
};

const struct route *handlers_routes(size_t *n)
{
	*n = sizeof table / sizeof table[0];
	return table;
}
