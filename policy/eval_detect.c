/* eval_detect: what a decision says for detection (docs/DETECTION.md): the
 * rate limit, bulk threshold and working hours of the subject's roles, and
 * the break-glass reason minimum. */
#include <stdio.h>
#include <string.h>

#include "pol_int.h"

static int in_hours(const pol_role *role, int64_t t)
{
	pol_tm tm;
	pol_tz_local(role->tz, t, &tm);
	int m = tm.hour * 60 + tm.minute;
	int today = (role->wh_days >> (tm.weekday - 1)) & 1;
	int yesterday = (role->wh_days >> ((tm.weekday + 5) % 7)) & 1;
	if (role->wh_start < role->wh_end)
		return today && m >= role->wh_start && m < role->wh_end;
	/* Overnight: a shift belongs to the day it starts. */
	return (today && m >= role->wh_start) || (yesterday && m < role->wh_end);
}

/* Fills the detection fields of out; returns the longest break-glass reason
 * minimum of the roles (0 = none). */
uint32_t pol_e_profile(const pol_snapshot *s, const uint32_t *list, size_t n,
		       const pol_request *req, pol_decision *out)
{
	int ai = pol_v_action_index(req->action);
	uint32_t bit = ai >= 0 ? 1u << ai : 0, bg = 0;
	int any_wh = 0, inside = 0;
	for (size_t i = 0; i < n; i++) {
		const pol_role *r = &s->roles[list[i]];
		if (r->limit_mask & bit) {
			double rate = r->limit_rate[ai], burst = r->limit_burst[ai];
			if (!out->limit_set) {
				out->limit_rate = rate;
				out->limit_burst = burst;
			} else if (out->limit_rate != 0) {
				/* most generous: unlimited (0) wins, else the larger */
				out->limit_rate = rate == 0 || rate > out->limit_rate
							  ? rate
							  : out->limit_rate;
				out->limit_burst = burst > out->limit_burst ? burst
									    : out->limit_burst;
			}
			out->limit_set = 1;
		}
		if (r->bulk > out->bulk_distinct_users)
			out->bulk_distinct_users = r->bulk;
		if (r->bg_min > bg)
			bg = r->bg_min;
		if (r->wh_days) {
			any_wh = 1;
			if (req->time_s > 0 && !inside)
				inside = in_hours(r, req->time_s);
		}
	}
	out->off_hours = any_wh && req->time_s > 0 && !inside;
	return bg;
}

/* An allow with a break-glass purpose whose reason is too short becomes a
 * deny (the subject's roles require at least bg characters). */
void pol_e_break_glass(const pol_request *req, uint32_t bg, pol_decision *out)
{
	if (!out->allow || !bg || !req->purpose || strncmp(req->purpose, "break-glass:", 12) != 0)
		return;
	size_t len = strlen(req->purpose + 12);
	if (len >= bg)
		return;
	out->allow = 0;
	out->rule[0] = '\0';
	snprintf(out->reason, sizeof out->reason,
		 "break-glass reason is %zu characters; the subject's roles require at least %u",
		 len, bg);
	if (out->redact)
		json_array_clear(out->redact);
	if (out->reveal)
		json_array_clear(out->reveal);
}
