/* depver: is a library we run with older than the Debian security release
 * the build saw?
 *
 * At configure time cmake/debdeps.sh records, for each linked library, its
 * Debian package, the version installed on the build machine, the newest
 * version apt then knew in a *-security suite, and the newest it knew at
 * all (apt's candidate). At run time we read the version installed now from
 * dpkg's status file and compare with dpkg's ordering (epoch, upstream,
 * revision; '~' before everything). "Older" means exactly: the installed
 * package version sorts before the newest *-security version recorded at
 * build time. It is only as fresh as the build machine's package lists, says
 * nothing of fixes published since, and cannot see a library that is not a
 * Debian package (then: unknown). It complements, never replaces, a
 * vulnerability scanner or `apt list --upgradable`. */
#ifndef CUSTOS_DETECT_DEPVER_H
#define CUSTOS_DETECT_DEPVER_H

#include <stddef.h>
#include <stdio.h>

struct debdeps_build_entry {
	const char *lib, *pkg, *built, *security, *newest;
};

enum {
	DEPVER_CURRENT = 0,     /* at or above the security release */
	DEPVER_OLDER = 1,       /* below it */
	DEPVER_NO_SECURITY = 2, /* apt knew no security release of the package */
	DEPVER_UNKNOWN = 3,     /* the package or its installed version is unknown */
};

typedef struct depver_row {
	const char *lib;      /* "OpenSSL" */
	const char *pkg;      /* "libssl3" ("" unknown) */
	const char *built;    /* installed at build time */
	const char *security; /* newest *-security version at build ("" none) */
	const char *newest;   /* apt candidate at build */
	char runtime[128];    /* installed now ("" unknown) */
	int status;           /* DEPVER_* */
} depver_row;

/* dpkg's ordering of two version strings: <0, 0 or >0. */
int depver_compare(const char *a, const char *b);

/* The installed version of pkg into out: from the dpkg status file at path
 * (a test's copy), or with path NULL as `dpkg-query -W` tells it (the
 * database is dpkg's own). 0, or -1 when absent or not installed. */
int depver_installed(const char *path, const char *pkg, char *out, size_t cap);

/* Fills up to max rows (one per library recorded at build time). Returns
 * the number of rows. */
size_t depver_rows(const char *status_path, depver_row *out, size_t max);

/* Prints one line per library and returns how many are older. */
size_t depver_print(FILE *f, const char *status_path);

/* When the build recorded the versions (RFC 3339). */
const char *depver_build_date(void);

#endif
