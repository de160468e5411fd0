/* errors: one error space for custos (errors.def lists every code) and its
 * one strerror. Codes are negative; 0 is success. Modules keep their own
 * names (VAULT_E_HOLD, POL_STORE_E_PRECONDITION, ...), all values of one
 * enum, so that any code can be described and mapped (to an HTTP answer:
 * gateway/pipeline/errmap.h) without knowing which module returned it.
 * Pure: any thread. */
#ifndef CUSTOS_ERRORS_H
#define CUSTOS_ERRORS_H

#include "errors-t.h"

/* A static English sentence for rc: "ok" for 0, "unknown error" for a value
 * errors.def does not list. Thread-safe. */
const char *custos_strerror(int rc);

/* The symbolic name of rc ("VAULT_E_HOLD"), "OK" for 0, or NULL when rc is
 * not listed. For logs and tests. */
const char *custos_errname(int rc);

#endif
