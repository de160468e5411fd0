/* handlers_audit: not built yet; every route answers 501. */
#include "handlers.h"

void h_audit_query(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_audit_verify(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_alerts(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

