/* handlers_revocations: not built yet; every route answers 501. */
#include "handlers.h"

void h_revocations_list(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_revocation_add(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_revocation_remove(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

