/* handlers_admin: not built yet; every route answers 501. */
#include "handlers.h"

void h_roles_list(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_role_get(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_role_put(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_role_delete(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_bindings_list(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_binding_get(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_binding_put(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_binding_delete(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_policy_versions(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_policy_rollback(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_policy_simulate(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

