/* errors-t.h: the error codes of every module (types only; see errors.def
 * for the list and errors.h for custos_strerror). Module headers include
 * this and keep their own names for their codes. */
#ifndef CUSTOS_ERRORS_T_H
#define CUSTOS_ERRORS_T_H

enum custos_err {
	CUSTOS_OK = 0,
#define CUSTOS_ERR(name, value, msg) name = (value),
#include "errors.def"
#undef CUSTOS_ERR
};

/* The first code of each module's range (its codes are base - 1 .. base - 99). */
#define CUSTOS_ERR_RANGE 100

#endif
