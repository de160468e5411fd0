/* person_by.c: what pn_detect_by_uncased (person_lists.c) reads after a
 * name that "by" or such a word introduces: a mailbox or a clock after it,
 * a heading's colon, a review's line, a date in digits. Moved here from
 * person_lists.c in stop 60 to keep that file short. */
#include <string.h>

#include "person_int.h"

/* After a name that "by" introduces, what tells a person's: a mailbox in
 * angle brackets or after a space, or " at " and a clock ("Reviewed by
 * Ewan Gedge <support@...>", "Taken by Tuncay Gökalp at 09:25"; stop 59;
 * a team in parentheses names a tool's maker as often, "Powered by
 * Apache Kafka (ASF)"). */
int pn_by_note_after(const char *s, size_t len, size_t e)
{
	if (e + 4 >= len || s[e] != ' ')
		return 0;
	/* (or " to " or a middle dot and a mailbox further on the line,
	 * "Escalated by Hunold Ochsenreiter to refunds@...", "Processed by Wenna
	 * Gummersall · fines team fines@..."; stop 60) */
	if (!memcmp(s + e, " to ", 4) || !memcmp(s + e, " \xc2\xb7 ", 4)) {
		size_t le = rx_line_end(s, len, e);
		return memchr(s + e, '@', (le < e + 64 ? le : e + 64) - e) != NULL;
	}
	if (s[e + 1] == '<' || rx_is_lower((unsigned char)s[e + 1])) {
		size_t q = e + 1 + (s[e + 1] == '<');
		while (q < len && q - e < 48 && (rx_is_alnum((unsigned char)s[q]) || rx_in("._+-", s[q])))
			q++;
		return q < len && s[q] == '@';
	}
	return e + 5 < len && !memcmp(s + e, " at ", 4) && rx_is_digit((unsigned char)s[e + 4]) &&
	       rx_is_digit((unsigned char)s[e + 5]);
}

/* A colon at e ends its line: a heading's ("Review (1★) by Keziah
 * Whitsett:"; stop 59). */
int pn_colon_ends_line(const char *s, size_t len, size_t e)
{
	return e < len && s[e] == ':' && (e + 1 == len || s[e + 1] == '\n' || s[e + 1] == '\r');
}

/* A review's or a comment's heading before "by" on its line ("Review on
 * Yelp (1★) by ...:"; "Powered by Apache Kafka:" names a tool). */
int pn_review_line(const char *s, size_t by)
{
	static const char *const w[] = {"review", "comment", "reply", "feedback", "posted", "rating", NULL};
	size_t ls = rx_line_start(s, by);
	for (size_t i = ls; i < by; i++)
		for (const char *const *k = w; *k; k++)
			if (i + strlen(*k) <= by && rx_fold_eq(s + i, *k, strlen(*k)))
				return 1;
	return 0;
}

/* A date in digits at i: "03.02.2026", "2026-03-02", "3/2/26". */
int pn_date_at(const char *s, size_t len, size_t i)
{
	size_t d = i, m;
	while (d < len && d - i < 5 && rx_is_digit((unsigned char)s[d]))
		d++;
	if (d == i || d - i > 4 || d + 3 >= len || !rx_in("./-", s[d]))
		return 0;
	for (m = d + 1; m < len && m - d < 4 && rx_is_digit((unsigned char)s[m]);)
		m++;
	return m > d + 1 && m - d <= 3 && m + 1 < len && s[m] == s[d] && rx_is_digit((unsigned char)s[m + 1]);
}

/* Whether the word that ends at e (letters only) is one of the list w,
 * folded. */
static int word_before_in(const char *s, size_t e, const char *const *w)
{
	size_t b = e;
	while (b > 0 && rx_is_alpha((unsigned char)s[b - 1]))
		b--;
	for (const char *const *k = w; *k; k++)
		if (strlen(*k) == e - b && rx_fold_eq(s + b, *k, e - b))
			return 1;
	return 0;
}

/* The word before "by" at `by` credits a tool's or a work's maker, not a
 * person of the message ("Powered by Apache Kafka · ...", "Built by",
 * "Hosted by"; stop 60). */
int pn_tool_by(const char *s, size_t by)
{
	static const char *const w[] = {"powered", "built", "made", "developed", "maintained", "hosted",
					"sponsored", "supported", "provided", "published", "brought", "designed",
					"produced", "distributed", "operated", NULL};
	/* (a cheap look first: the word's last letter, as these end) */
	if (by < 5 || s[by - 1] != ' ' || !rx_in("dteDTE", s[by - 2]))
		return 0;
	return word_before_in(s, by - 1, w);
}

/* One name after a desk's verb and "by", that the message's staff did
 * ("Processed by Lorcan — office@...", "Checked by Geertruida at the front
 * desk", "Seen by Oswin – notes"; stop 63): a name the gazetteer need not
 * know, then punctuation, a dash, or "at", "on", "after". A tool's maker
 * ("Powered by Apache") is pn_tool_by's. */
int pn_staff_by(const char *s, size_t len, size_t at, size_t end)
{
	static const char *const verbs[] = {"processed", "checked", "seen", "served", "handled", "taken",
					    "booked", "entered", "received", "approved", "signed", "verified",
					    "dispensed", "assessed", "authorised", "authorized", "reviewed",
					    "collected", "logged", "issued", "examined", "marked", "witnessed", "decided",
					    "prepared", "completed", "compiled", "drafted", "scanned", "inspected", NULL};
	if (at < 8 || memcmp(s + at - 4, " by ", 4))
		return 0;
	/* (the verb before "by", or the line's first word: "Checked against
	 * utility bills and tenancy agreements by Gislaine."; stop 66) */
	size_t ls = rx_line_start(s, at), vb = at - 4, f = ls;
	while (f < vb && f - ls < 4 && !rx_is_alpha((unsigned char)s[f]))
		f++;
	if (!rx_in("dnDN", s[at - 5])) {
		size_t fe = f;
		while (fe < vb && rx_is_alpha((unsigned char)s[fe]))
			fe++;
		if (fe == f || fe == vb || vb - f > 80 || !rx_in("dnDN", s[fe - 1]))
			return 0;
		vb = fe;
	}
	/* (or the staff member's role in parentheses, "decided by Volkmar
	 * (fees clerk)"; stop 64) */
	if (!(end == len || rx_in(",.;\n\r", s[end]) ||
	      (end + 4 < len && s[end] == ' ' &&
	       ((unsigned char)s[end + 1] == 0xE2 || s[end + 1] == '-' || !memcmp(s + end + 1, "at ", 3) ||
		(s[end + 1] == '(' && (rx_is_lower((unsigned char)s[end + 2]) || vb == at - 4)) ||
		!memcmp(s + end + 1, "\xc2\xb7 ", 3) ||
		!memcmp(s + end + 1, "on ", 3) || (end + 7 <= len && !memcmp(s + end + 1, "after ", 6))))))
		return 0;
	/* (a department or a body is no one: "Approved by Compliance.") */
	static const char *const desks[] = {"legal", "finance", "compliance", "management", "payroll", "accounts",
					    "admin", "reception", "support", "sales", "marketing", "procurement",
					    "audit", "board", "committee", "council", "team", "staff", "office",
					    "security", "operations", "hr", "it", "qa", "ops", NULL};
	if (word_before_in(s, end, desks))
		return 0;
	return word_before_in(s, vb, verbs);
}
