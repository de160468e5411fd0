/* gdt.c: GDT records (Gerätedatentransfer, the German exchange format
 * between a practice's software and its medical devices), pasted as they
 * are:
 *
 *   01380006311           013: the line's length with its CR LF; 8000:
 *   014300045880               the field (the record type, 6311); then
 *   0163101Masenya             the value (3101: the surname)
 *   0153102Lesiba          3102: the given name
 *   017310312091993        3103: the birth date (DDMMYYYY)
 *   0243626+40 721 234 192 3626: a phone number
 *
 * A line is a GDT line when its first three digits are its length plus
 * two and a line next to it is one too (a lone "01380006311" is a UK
 * number whose first digits happen to fit). Its fields name who the
 * record is about: the surname and given name (3101, 3102), the birth
 * date (3103), the address (3106 town with its postcode, 3107 street) and
 * the phone (3626); the lines themselves are no phone numbers. */
#include <string.h>

#include "redact_int.h"

/* Whether [ls, le) reads as a GDT line; its field and its value's start. */
static int gdt_one(const char *s, size_t ls, size_t le, unsigned *field, size_t *vs)
{
	if (le > ls && s[le - 1] == '\r')
		le--;
	if (le < ls + 8 || le - ls > 999)
		return 0;
	for (size_t k = 0; k < 7; k++)
		if (!rx_is_digit((unsigned char)s[ls + k]))
			return 0;
	size_t n = (size_t)(s[ls] - '0') * 100 + (size_t)(s[ls + 1] - '0') * 10 + (size_t)(s[ls + 2] - '0');
	if (n != le - ls + 2)
		return 0;
	*field = (unsigned)(s[ls + 3] - '0') * 1000 + (unsigned)(s[ls + 4] - '0') * 100 +
		 (unsigned)(s[ls + 5] - '0') * 10 + (unsigned)(s[ls + 6] - '0');
	*vs = ls + 7;
	return 1;
}

int rx_gdt_line(const char *s, size_t len, size_t at, unsigned *field, size_t *vs, size_t *ve)
{
	if (at > 0 && s[at - 1] != '\n')
		return 0;
	size_t le = rx_line_end(s, len, at);
	if (!gdt_one(s, at, le, field, vs))
		return 0;
	*ve = le > at && s[le - 1] == '\r' ? le - 1 : le;
	unsigned f;
	size_t v;
	/* a neighbour: the line after it, or the one before */
	if (le < len) {
		size_t ne = rx_line_end(s, len, le + 1);
		if (gdt_one(s, le + 1, ne, &f, &v))
			return 1;
	}
	if (at > 0) {
		size_t ps = rx_line_start(s, at - 1);
		if (gdt_one(s, ps, at - 1, &f, &v))
			return 1;
	}
	return 0;
}

/* At a digit at a line's start: a GDT line's value of the family's type. */
static unsigned gdt_field(struct rx_ctx *c, unsigned want, unsigned type)
{
	const char *s = c->text;
	size_t at = c->ms, vs, ve;
	unsigned f;
	if ((at > 0 && s[at - 1] != '\n') || at + 8 > c->len || !rx_gdt_line(s, c->len, at, &f, &vs, &ve))
		return 0;
	if (f != want && !(want == 3101 && f == 3102) && !(want == 3107 && f == 3106))
		return 0;
	while (vs < ve && s[vs] == ' ')
		vs++;
	return ve > vs ? (unsigned)rx_emit(c, vs, ve, type) : 0;
}

unsigned rx_gdt_person(struct rx_ctx *c)
{
	return gdt_field(c, 3101, REDACT_PERSON);
}

unsigned rx_gdt_dob(struct rx_ctx *c)
{
	return gdt_field(c, 3103, REDACT_DOB);
}

unsigned rx_gdt_address(struct rx_ctx *c)
{
	return gdt_field(c, 3107, REDACT_ADDRESS);
}

unsigned rx_gdt_phone(struct rx_ctx *c)
{
	return gdt_field(c, 3626, REDACT_PHONE);
}
