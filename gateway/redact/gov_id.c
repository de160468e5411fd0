/* gov_id: (being written) */
#include "redact_int.h"

static unsigned detect_ssn(struct rx_ctx *c)
{
	const char *s = c->text + c->ms;
	unsigned area = (unsigned)((s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0'));
	unsigned group = (unsigned)((s[4] - '0') * 10 + (s[5] - '0'));
	unsigned serial = (unsigned)((s[7] - '0') * 1000 + (s[8] - '0') * 100 + (s[9] - '0') * 10 +
				     (s[10] - '0'));
	if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0)
		return 0;
	return (unsigned)rx_emit(c, c->ms, c->me, REDACT_SSN);
}

const struct rx_frag rx_gov_frags[] = {
	{F_GOV, RX_WORD, "(?<![\\-])[0-9]{3}-[0-9]{2}-[0-9]{4}(?![A-Za-z0-9_]|-[0-9])", detect_ssn,
	 "ssn"},
};
const size_t rx_gov_nfrags = sizeof rx_gov_frags / sizeof rx_gov_frags[0];
