/* tz: local time in a named IANA time zone, for request.time.* and working
 * hours. glibc can only convert through the process-global TZ (setenv +
 * tzset races every other thread's localtime_r), so zones are read here from
 * Debian's tzdata (TZif files under $TZDIR or /usr/share/zoneinfo, RFC 8536)
 * and evaluated without global state: the transition table by binary search,
 * times after it by the POSIX TZ rule in the file's footer. A loaded zone is
 * immutable and cached for the life of the process (at most TZ_CACHE_MAX
 * zones), so a decision never touches the file system. Checked against
 * glibc's localtime_r over 1900..2100 in tests/unit/test_policy_tz.c. */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pol_int.h"

#define TZ_CACHE_MAX 512
#define TZ_FILE_MAX  (256 * 1024) /* real files are under 4 KiB */
#define TZ_TIMES_MAX 4096         /* transitions kept (real zones: under 300) */
#define TZ_TYPES_MAX 256

/* A POSIX TZ rule date: Jn, n or Mm.w.d, and the local time of the change. */
typedef struct tz_rdate {
	char form; /* 'J', 'n' or 'M' */
	int n, m, w, d;
	int32_t secs; /* local time of day of the change, -167h..167h */
} tz_rdate;

typedef struct tz_rule {
	int present;     /* a footer rule exists */
	int32_t std_off; /* seconds east of UTC (the POSIX sign flipped) */
	int has_dst;
	int32_t dst_off;
	int has_dates; /* without dates a DST name has no effect (as glibc) */
	tz_rdate start, end;
} tz_rule;

struct pol_tz {
	char name[POL_TZ_NAME_MAX + 1];
	size_t ntimes;
	int64_t *times; /* transition instants, ascending */
	uint8_t *idx;   /* type index after each transition */
	size_t ntypes;
	int32_t off[TZ_TYPES_MAX];
	tz_rule rule;
};

static pthread_mutex_t cache_mu = PTHREAD_MUTEX_INITIALIZER;
static pol_tz *cache[TZ_CACHE_MAX];
static size_t ncache;

static const pol_tz utc_zone = {.name = "UTC", .ntypes = 1};

int pol_tz_name_ok(const char *s)
{
	size_t n = s ? strlen(s) : 0, seg = 0;
	if (n == 0 || n > POL_TZ_NAME_MAX || s[0] == '/')
		return 0;
	for (size_t i = 0; i <= n; i++) {
		char c = s[i];
		if (c == '/' || c == '\0') {
			/* no empty, "." or ".." segment: the name stays under TZDIR */
			if (seg == 0 || (seg == 1 && s[i - 1] == '.') ||
			    (seg == 2 && s[i - 1] == '.' && s[i - 2] == '.'))
				return 0;
			seg = 0;
			continue;
		}
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '_' || c == '-' || c == '+' || c == '.'))
			return 0;
		seg++;
	}
	return 1;
}

/* ---- POSIX TZ footer ---- */

static int p_name(const char **pp)
{
	const char *p = *pp;
	if (*p == '<') {
		p++;
		size_t k = 0;
		while (*p && *p != '>') {
			if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
			      (*p >= '0' && *p <= '9') || *p == '+' || *p == '-'))
				return -1;
			p++;
			k++;
		}
		if (*p != '>' || k < 3)
			return -1;
		*pp = p + 1;
		return 0;
	}
	size_t k = 0;
	while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) {
		p++;
		k++;
	}
	if (k < 3)
		return -1;
	*pp = p;
	return 0;
}

static int p_num(const char **pp, int lo, int hi, int *out)
{
	const char *p = *pp;
	int v = 0, k = 0;
	while (*p >= '0' && *p <= '9' && k < 4) {
		v = v * 10 + (*p - '0');
		p++;
		k++;
	}
	if (k == 0 || v < lo || v > hi)
		return -1;
	*pp = p;
	*out = v;
	return 0;
}

/* [+-]hh[:mm[:ss]] with hh up to maxh; seconds. */
static int p_hms(const char **pp, int maxh, int32_t *out)
{
	const char *p = *pp;
	int sign = 1, h, m = 0, s = 0;
	if (*p == '+' || *p == '-') {
		sign = *p == '-' ? -1 : 1;
		p++;
	}
	if (p_num(&p, 0, maxh, &h))
		return -1;
	if (*p == ':') {
		p++;
		if (p_num(&p, 0, 59, &m))
			return -1;
		if (*p == ':') {
			p++;
			if (p_num(&p, 0, 59, &s))
				return -1;
		}
	}
	*pp = p;
	*out = sign * (h * 3600 + m * 60 + s);
	return 0;
}

static int p_rdate(const char **pp, tz_rdate *d)
{
	const char *p = *pp;
	memset(d, 0, sizeof *d);
	if (*p == 'J') {
		p++;
		d->form = 'J';
		if (p_num(&p, 1, 365, &d->n))
			return -1;
	} else if (*p == 'M') {
		p++;
		d->form = 'M';
		if (p_num(&p, 1, 12, &d->m) || *p++ != '.' || p_num(&p, 1, 5, &d->w) ||
		    *p++ != '.' || p_num(&p, 0, 6, &d->d))
			return -1;
	} else {
		d->form = 'n';
		if (p_num(&p, 0, 365, &d->n))
			return -1;
	}
	d->secs = 7200;
	if (*p == '/') {
		p++;
		if (p_hms(&p, 167, &d->secs))
			return -1;
	}
	*pp = p;
	return 0;
}

static int parse_rule(const char *s, tz_rule *r)
{
	const char *p = s;
	int32_t v;
	memset(r, 0, sizeof *r);
	if (*p == '\0')
		return 0; /* empty footer: no rule */
	if (p_name(&p) || p_hms(&p, 24, &v))
		return -1;
	r->present = 1;
	r->std_off = -v;
	if (*p == '\0')
		return 0;
	if (p_name(&p))
		return -1;
	r->has_dst = 1;
	r->dst_off = r->std_off + 3600;
	if (*p && *p != ',') {
		if (p_hms(&p, 24, &v))
			return -1;
		r->dst_off = -v;
	}
	if (*p == '\0')
		return 0;
	if (*p++ != ',' || p_rdate(&p, &r->start) || *p++ != ',' || p_rdate(&p, &r->end) ||
	    *p != '\0')
		return -1;
	r->has_dates = 1;
	return 0;
}

/* ---- calendar ---- */

/* Days since 1970-01-01 of y-m-d (proleptic Gregorian; H. Hinnant's days_from_civil). */
static int64_t days_from_civil(int64_t y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int64_t floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;
	return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/* Civil year of a day count. */
static int64_t year_of_days(int64_t z)
{
	z += 719468;
	int64_t era = floor_div(z, 146097);
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int m = (int)(mp < 10 ? mp + 3 : mp - 9);
	return yoe + era * 400 + (m <= 2);
}

static int is_leap(int64_t y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int64_t y, int m)
{
	static const int md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && is_leap(y) ? 29 : md[m - 1];
}

/* Day number (since the epoch) of a rule date in year y. */
static int64_t rdate_day(const tz_rdate *d, int64_t y)
{
	int64_t jan1 = days_from_civil(y, 1, 1);
	if (d->form == 'J')
		return jan1 + d->n - 1 + (is_leap(y) && d->n >= 60);
	if (d->form == 'n')
		return jan1 + d->n;
	int64_t first = days_from_civil(y, d->m, 1);
	int wd = (int)((first + 4) % 7 + 7) % 7; /* 0 = Sunday; 1970-01-01 was a Thursday */
	int64_t day = first + (d->d - wd + 7) % 7 + (int64_t)(d->w - 1) * 7;
	while (day - first >= month_days(y, d->m))
		day -= 7;
	return day;
}

static int32_t rule_offset(const tz_rule *r, int64_t t)
{
	if (!r->has_dst || !r->has_dates)
		return r->std_off;
	int64_t y = year_of_days(floor_div(t + r->std_off, 86400));
	int64_t start = rdate_day(&r->start, y) * 86400 + r->start.secs - r->std_off;
	int64_t end = rdate_day(&r->end, y) * 86400 + r->end.secs - r->dst_off;
	int dst = start < end ? (t >= start && t < end) : !(t >= end && t < start);
	return dst ? r->dst_off : r->std_off;
}

int32_t pol_tz_offset(const pol_tz *z, int64_t t)
{
	if (!z)
		return 0;
	if (z->ntimes == 0 || t < z->times[0]) {
		if (z->ntimes == 0 && z->rule.present)
			return rule_offset(&z->rule, t);
		return z->ntypes ? z->off[0] : 0;
	}
	if (t >= z->times[z->ntimes - 1] && z->rule.present)
		return rule_offset(&z->rule, t);
	size_t lo = 0, hi = z->ntimes; /* last transition <= t */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (z->times[mid] <= t)
			lo = mid;
		else
			hi = mid;
	}
	return z->off[z->idx[lo]];
}

void pol_tz_local(const pol_tz *z, int64_t t, pol_tm *out)
{
	int32_t off = pol_tz_offset(z, t);
	int64_t local = t + off;
	int64_t days = floor_div(local, 86400);
	int64_t secs = local - days * 86400;
	out->offset = off;
	out->hour = (int)(secs / 3600);
	out->minute = (int)(secs % 3600 / 60);
	out->weekday = (int)(((days + 3) % 7 + 7) % 7) + 1; /* ISO: Monday 1 .. Sunday 7 */
}

/* ---- TZif ---- */

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int64_t be64(const unsigned char *p)
{
	return (int64_t)((uint64_t)be32(p) << 32 | be32(p + 4));
}

/* Parses a TZif file (version 2 or later: the 64-bit block and footer). */
static int parse_tzif(const unsigned char *b, size_t n, pol_tz *z)
{
	if (n < 44 || memcmp(b, "TZif", 4) != 0 || b[4] < '2')
		return -1;
	/* Skip the version 1 block. */
	size_t c[6];
	for (int i = 0; i < 6; i++)
		c[i] = be32(b + 20 + 4 * i);
	size_t v1 = 44 + c[3] * 5 + c[4] * 6 + c[5] + c[2] * 8 + c[1] + c[0];
	if (v1 + 44 > n)
		return -1;
	const unsigned char *h = b + v1;
	if (memcmp(h, "TZif", 4) != 0)
		return -1;
	for (int i = 0; i < 6; i++)
		c[i] = be32(h + 20 + 4 * i);
	size_t isut = c[0], isstd = c[1], leap = c[2], timecnt = c[3], typecnt = c[4],
	       charcnt = c[5];
	if (timecnt > TZ_TIMES_MAX || typecnt == 0 || typecnt > TZ_TYPES_MAX || charcnt > 4096 ||
	    leap > 4096 || isut > typecnt || isstd > typecnt)
		return -1;
	size_t need = 44 + timecnt * 9 + typecnt * 6 + charcnt + leap * 12 + isstd + isut;
	if (v1 + need > n)
		return -1;
	const unsigned char *p = h + 44;
	z->ntimes = timecnt;
	z->times = timecnt ? malloc(timecnt * sizeof *z->times) : NULL;
	z->idx = timecnt ? malloc(timecnt) : NULL;
	if (timecnt && (!z->times || !z->idx))
		return -1;
	for (size_t i = 0; i < timecnt; i++) {
		z->times[i] = be64(p + 8 * i);
		if (i && z->times[i] <= z->times[i - 1])
			return -1;
	}
	p += timecnt * 8;
	for (size_t i = 0; i < timecnt; i++) {
		if (p[i] >= typecnt)
			return -1;
		z->idx[i] = p[i];
	}
	p += timecnt;
	z->ntypes = typecnt;
	for (size_t i = 0; i < typecnt; i++) {
		int32_t off = (int32_t)be32(p + 6 * i);
		if (off < -25 * 3600 || off > 26 * 3600)
			return -1;
		z->off[i] = off;
	}
	p += typecnt * 6 + charcnt + leap * 12 + isstd + isut;
	/* Footer: "\n" TZ "\n". */
	const unsigned char *end = b + n;
	if (p < end) {
		if (*p != '\n')
			return -1;
		const unsigned char *nl = memchr(p + 1, '\n', (size_t)(end - p - 1));
		if (!nl || nl - p - 1 > 255)
			return -1;
		char rule[256];
		memcpy(rule, p + 1, (size_t)(nl - p - 1));
		rule[nl - p - 1] = '\0';
		if (parse_rule(rule, &z->rule))
			return -1;
	}
	return 0;
}

static void tz_free(pol_tz *z)
{
	if (!z)
		return;
	free(z->times);
	free(z->idx);
	free(z);
}

static pol_tz *load(const char *name, const char **why)
{
	const char *dir = getenv("TZDIR");
	char path[512];
	unsigned char *buf = NULL;
	pol_tz *z = NULL;
	int fd = -1;
	snprintf(path, sizeof path, "%s/%s", dir && *dir ? dir : "/usr/share/zoneinfo", name);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		*why = "unknown time zone (no such file in the tz database)";
		goto out;
	}
	if (st.st_size <= 0 || st.st_size > TZ_FILE_MAX) {
		*why = "time zone file has an unexpected size";
		goto out;
	}
	size_t n = (size_t)st.st_size, got = 0;
	buf = malloc(n);
	z = calloc(1, sizeof *z);
	if (!buf || !z) {
		*why = "out of memory";
		goto fail;
	}
	while (got < n) {
		ssize_t r = read(fd, buf + got, n - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	if (got != n || parse_tzif(buf, n, z)) {
		*why = "time zone file is not a TZif file of version 2 or later";
		goto fail;
	}
	snprintf(z->name, sizeof z->name, "%s", name);
	goto out;
fail:
	tz_free(z);
	z = NULL;
out:
	if (fd >= 0)
		close(fd);
	free(buf);
	return z;
}

const pol_tz *pol_tz_get(const char *name, const char **why)
{
	const char *dummy;
	if (!why)
		why = &dummy;
	*why = NULL;
	if (!pol_tz_name_ok(name)) {
		*why = "time zone must be an IANA name such as Europe/Berlin";
		return NULL;
	}
	pol_tz *z = NULL;
	pthread_mutex_lock(&cache_mu);
	for (size_t i = 0; i < ncache; i++) {
		if (strcmp(cache[i]->name, name) == 0) {
			z = cache[i];
			goto out;
		}
	}
	if (ncache == TZ_CACHE_MAX) {
		*why = "too many distinct time zones in use";
		goto out;
	}
	/* Loaded under the lock: a zone is read once per process, and only
     * validation and compilation (never a decision) get here. */
	z = load(name, why);
	if (!z && strcmp(name, "UTC") == 0) {
		*why = NULL;
		z = (pol_tz *)&utc_zone; /* no tzdata installed: UTC needs none */
		goto out;
	}
	if (z)
		cache[ncache++] = z;
out:
	pthread_mutex_unlock(&cache_mu);
	return z;
}

const char *pol_tz_name(const pol_tz *z)
{
	return z ? z->name : "UTC";
}
