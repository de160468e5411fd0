/* errors: the table behind custos_strerror, generated from errors.def. */
#include "errors.h"

#include <stddef.h>

struct entry {
	int rc;
	const char *name, *msg;
};

static const struct entry table[] = {
#define CUSTOS_ERR(name, value, msg) {(value), #name, (msg)},
#include "errors.def"
#undef CUSTOS_ERR
};

static const struct entry *find(int rc)
{
	/* errors.def lists codes in descending order: a binary search. */
	size_t lo = 0, hi = sizeof table / sizeof table[0];
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (table[mid].rc == rc)
			return &table[mid];
		if (table[mid].rc > rc)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const char *custos_strerror(int rc)
{
	if (rc == 0)
		return "ok";
	const struct entry *e = find(rc);
	return e ? e->msg : "unknown error";
}

const char *custos_errname(int rc)
{
	if (rc == 0)
		return "OK";
	const struct entry *e = find(rc);
	return e ? e->name : NULL;
}
