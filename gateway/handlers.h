/* handlers: thin request handlers (parse, authorize, act, record, reply). */
#ifndef CUSTOS_HANDLERS_H
#define CUSTOS_HANDLERS_H

#include "http.h"

/* GET /v1/whoami: the caller's principal and certificate fingerprint. */
void h_whoami(struct req *r);

#endif
