/* handlers_privacy: not built yet; every route answers 501. */
#include "handlers.h"

void h_user_consent(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_user_export(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_user_access_log(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_user_erase(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_concern_create(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_concerns_list(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

