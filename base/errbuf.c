/* errbuf: error messages into caller buffers. */
#include "errbuf.h"

#include <stdio.h>

void errbuf_vset(char *err, size_t errsz, const char *fmt, va_list ap)
{
	if (!err || !errsz)
		return;
	vsnprintf(err, errsz, fmt, ap);
}

void errbuf_set(char *err, size_t errsz, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	errbuf_vset(err, errsz, fmt, ap);
	va_end(ap);
}

int errbuf_fail(char *err, size_t errsz, int rc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	errbuf_vset(err, errsz, fmt, ap);
	va_end(ap);
	return rc;
}

void errbuf_clear(char *err, size_t errsz)
{
	if (err && errsz)
		err[0] = '\0';
}
