/* handlers_conv: not built yet; every route answers 501. */
#include "handlers.h"

void h_conv_create(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_conv_append(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_conv_read(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_conv_list(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_conv_delete(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

void h_conv_hold(struct req *r)
{
	http_reply_error(r, 501, "not_implemented", "not implemented yet");
}

