/* errmap: the one table from error codes (errors.def) to the HTTP answer
 * the contract gives for them: a status and an error code word. Every
 * answer made from a module's error goes through it, so one condition is
 * answered the same wherever it happens (docs/ADMIN_API.md, "Errors").
 * Pure: any thread. */
#ifndef CUSTOS_ERRMAP_H
#define CUSTOS_ERRMAP_H

/* The answer to rc: *status and *code (static). A code errors.def does not
 * list (or 0) is 500 "internal". The token verifier's codes are 401 with
 * jwtv_code's word. */
void errmap_http(int rc, unsigned *status, const char **code);

/* 1 when errmap_http has a row of its own for rc (tests: every listed code
 * has one). */
int errmap_listed(int rc);

#endif
