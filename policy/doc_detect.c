/* doc_detect: the detection settings of a role document (docs/DETECTION.md):
 * "timezone", "limits", "working_hours", "bulk_distinct_users" and
 * "break_glass_min_reason". Validation only; compile.c reads them. */
#include <jansson.h>
#include <string.h>

#include "doc_int.h"

static int v_timezone(vctx *c, const json_t *doc)
{
	const json_t *v = json_object_get(doc, "timezone");
	const char *why = NULL;
	if (!v)
		return 0;
	if (!json_is_string(v) || strlen(json_string_value(v)) != json_string_length(v))
		return pol_dv_err_key(c, "timezone",
				      "timezone must be an IANA zone name such as Europe/Berlin");
	if (!pol_tz_get(json_string_value(v), &why)) {
		char t[72];
		pol_v_san(json_string_value(v), t, sizeof t);
		return pol_dv_err_key(c, "timezone", "timezone '%s': %s", t, why);
	}
	return 0;
}

static int v_uint_field(vctx *c, const json_t *doc, const char *key, json_int_t lo, json_int_t hi)
{
	const json_t *v = json_object_get(doc, key);
	if (v && (!json_is_integer(v) || json_integer_value(v) < lo || json_integer_value(v) > hi))
		return pol_dv_err_key(c, key, "%s must be a whole number in %lld..%lld", key,
				      (long long)lo, (long long)hi);
	return 0;
}

static int v_limits(vctx *c, const json_t *doc)
{
	const json_t *v = json_object_get(doc, "limits");
	if (!v)
		return 0;
	size_t m = pol_dv_path_key(c, "limits");
	int stop = 0;
	if (!json_is_object(v)) {
		stop = pol_dv_err(c, "limits must be an object of action -> {\"rate\", \"burst\"}");
		goto out;
	}
	const char *key;
	json_t *val;
	json_object_foreach ((json_t *)v, key, val) {
		char t[72];
		pol_v_san(key, t, sizeof t);
		size_t mk = pol_dv_path_key(c, key);
		if (pol_v_action_index(key) < 0) {
			stop = pol_dv_err(
				c, "limits: '%s' is not an action (wildcards are not allowed here)",
				t);
		} else if (!json_is_object(val)) {
			stop = pol_dv_err(
				c, "a limit is an object {\"rate\": per second, \"burst\": N}");
		} else {
			static const char *const lk[] = {"rate", "burst"};
			const json_t *rate = json_object_get(val, "rate"),
				     *burst = json_object_get(val, "burst");
			stop = pol_dv_check_keys(c, val, lk, 2, "limit");
			if (!stop && (!json_is_number(rate) || json_number_value(rate) < 0 ||
				      json_number_value(rate) > 1e6))
				stop = pol_dv_err(
					c,
					"rate must be a number of requests per second in 0..1000000 (0: unlimited)");
			else if (!stop && burst &&
				 (!json_is_integer(burst) || json_integer_value(burst) < 1 ||
				  json_integer_value(burst) > 1000000))
				stop = pol_dv_err(c, "burst must be a whole number in 1..1000000");
			else if (!stop && burst && json_number_value(rate) == 0)
				stop = pol_dv_err(c, "an unlimited rate (0) takes no burst");
		}
		pol_dv_path_set(c, mk);
		if (stop)
			break;
	}
out:
	pol_dv_path_set(c, m);
	return stop;
}

static int v_working_hours(vctx *c, const json_t *doc)
{
	const json_t *v = json_object_get(doc, "working_hours");
	if (!v)
		return 0;
	static const char *const wk[] = {"days", "start", "end"};
	size_t m = pol_dv_path_key(c, "working_hours");
	int stop = 0;
	if (!json_is_object(v)) {
		stop = pol_dv_err(
			c,
			"working_hours must be {\"days\": [\"mon\", ...], \"start\": \"08:00\", \"end\": \"18:00\"}");
		goto out;
	}
	stop = pol_dv_check_keys(c, v, wk, 3, "working_hours");
	const json_t *days = json_object_get(v, "days");
	if (!stop &&
	    (!json_is_array(days) || json_array_size(days) == 0 || json_array_size(days) > 7))
		stop = pol_dv_err_key(c, "days",
				      "days must be a list of 1 to 7 weekdays (mon .. sun)");
	unsigned seen = 0;
	for (size_t i = 0; !stop && i < json_array_size(days); i++) {
		const json_t *d = json_array_get(days, i);
		int w = json_is_string(d) ? pol_v_weekday(json_string_value(d)) : -1;
		size_t md = pol_dv_path_key(c, "days");
		pol_dv_path_idx(c, i);
		if (w < 0)
			stop = pol_dv_err(c, "a weekday is mon, tue, wed, thu, fri, sat or sun");
		else if (seen & (1u << w))
			stop = pol_dv_err(c, "weekday listed twice");
		seen |= w > 0 ? 1u << w : 0;
		pol_dv_path_set(c, md);
	}
	int start = -1, end = -1;
	for (int k = 1; !stop && k < 3; k++) {
		const json_t *t = json_object_get(v, wk[k]);
		int mins = json_is_string(t) ? pol_v_hhmm(json_string_value(t)) : -1;
		if (mins < 0)
			stop = pol_dv_err_key(
				c, wk[k], "%s must be a time \"HH:MM\" (00:00 .. 24:00)", wk[k]);
		if (k == 1)
			start = mins;
		else
			end = mins;
	}
	if (!stop && start == end)
		stop = pol_dv_err(
			c,
			"working_hours start and end are equal: leave working_hours out for all day");
out:
	pol_dv_path_set(c, m);
	return stop;
}

int pol_dv_detect(vctx *c, const json_t *doc)
{
	return v_timezone(c, doc) || v_limits(c, doc) || v_working_hours(c, doc) ||
	       v_uint_field(c, doc, "bulk_distinct_users", 1, 1000000) ||
	       v_uint_field(c, doc, "break_glass_min_reason", 0, POL_PURPOSE_MAX - 12);
}
