/* The console's sign-in and session tables (gateway/session/). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "errors-t.h"
#include "session.h"

static const sess_conf CONF = {
	.max = 3, .logins_max = 2, .idle_s = 60, .absolute_s = 300, .login_ttl_s = 600};

static struct sessions *open_store(void)
{
	struct sessions *s = NULL;
	assert_int_equal(sess_open(&s, &CONF), 0);
	return s;
}

static void test_a_sign_in_is_taken_once(void **state)
{
	(void)state;
	struct sessions *s = open_store();
	sess_token cookie;
	sess_login l, got;
	assert_int_equal(sess_login_begin(s, "op", 1000, cookie, &l), 0);
	assert_int_equal(strlen(cookie), SESS_TOKEN_LEN);
	assert_string_not_equal(l.state, l.nonce);
	assert_string_not_equal(l.state, cookie);
	assert_int_equal(sess_login_take(s, cookie, 1001, &got), 0);
	assert_string_equal(got.state, l.state);
	assert_string_equal(got.nonce, l.nonce);
	assert_string_equal(got.verifier, l.verifier);
	assert_string_equal(got.issuer, "op");
	/* once */
	assert_int_equal(sess_login_take(s, cookie, 1001, &got), SESS_E_STATE);
	/* expired: refused and gone */
	assert_int_equal(sess_login_begin(s, "op", 1000, cookie, &l), 0);
	assert_int_equal(sess_login_take(s, cookie, 1600, &got), SESS_E_STATE);
	assert_int_equal(sess_login_take(s, "not a token", 1000, &got), SESS_E_STATE);
	sess_close(s);
}

static void test_sign_ins_are_bounded_but_expired_ones_make_room(void **state)
{
	(void)state;
	struct sessions *s = open_store();
	sess_token a, b, c;
	sess_login l;
	assert_int_equal(sess_login_begin(s, "op", 1000, a, &l), 0);
	assert_int_equal(sess_login_begin(s, "op", 1000, b, &l), 0);
	assert_int_equal(sess_login_begin(s, "op", 1001, c, &l), SESS_E_FULL);
	assert_int_equal(sess_login_begin(s, "op", 1600, c, &l), 0);
	sess_close(s);
}

static void test_sessions_time_out(void **state)
{
	(void)state;
	struct sessions *s = open_store();
	const char *groups[] = {"custos-admins", "eu"};
	sess_token id;
	sess_info info, got;
	assert_int_equal(sess_create(s, "user:op/alice", "op", groups, 2, 1000, id, &info), 0);
	assert_int_equal(info.expires, 1300);
	assert_int_equal(info.idle_expires, 1060);
	assert_int_equal(strlen(info.csrf), SESS_TOKEN_LEN);
	/* each use renews the idle time, never beyond the absolute one */
	for (time_t t = 1050; t < 1300; t += 50) {
		assert_int_equal(sess_get(s, id, t, &got), 0);
		assert_string_equal(got.subject, "user:op/alice");
		assert_string_equal(got.csrf, info.csrf);
		assert_int_equal(got.ngroups, 2);
		assert_string_equal(got.groups, "custos-admins");
		assert_string_equal(got.groups + strlen("custos-admins") + 1, "eu");
	}
	assert_int_equal(sess_get(s, id, 1300, &got), SESS_E_EXPIRED);
	assert_int_equal(sess_get(s, id, 1301, &got), SESS_E_NONE); /* removed */
	/* idle */
	assert_int_equal(sess_create(s, "user:op/bob", "op", NULL, 0, 2000, id, NULL), 0);
	assert_int_equal(sess_get(s, id, 2059, &got), 0);
	assert_int_equal(sess_get(s, id, 2119, &got), SESS_E_EXPIRED);
	sess_close(s);
}

static void test_ended_sessions_and_a_full_table(void **state)
{
	(void)state;
	struct sessions *s = open_store();
	sess_token ids[4];
	sess_info got;
	for (int i = 0; i < 3; i++)
		assert_int_equal(sess_create(s, "user:op/a", "op", NULL, 0, 1000, ids[i], NULL), 0);
	/* full: a live session is never evicted */
	assert_int_equal(sess_create(s, "user:op/b", "op", NULL, 0, 1001, ids[3], NULL),
			 SESS_E_FULL);
	assert_int_equal(sess_end(s, ids[1]), 0);
	assert_int_equal(sess_end(s, ids[1]), SESS_E_NONE);
	assert_int_equal(sess_get(s, ids[1], 1002, &got), SESS_E_NONE);
	assert_int_equal(sess_create(s, "user:op/b", "op", NULL, 0, 1002, ids[3], NULL), 0);
	assert_int_equal(sess_get(s, ids[0], 1003, &got), 0);
	/* expired ones make room */
	sess_token late;
	assert_int_equal(sess_create(s, "user:op/c", "op", NULL, 0, 5000, late, NULL), 0);
	/* ids differ */
	assert_string_not_equal(ids[0], ids[2]);
	sess_close(s);
}

static void test_bad_arguments(void **state)
{
	(void)state;
	struct sessions *s = open_store();
	sess_token id;
	const char *empty[] = {""};
	char longsub[SESS_SUBJECT_MAX + 2];
	memset(longsub, 'x', sizeof longsub - 1);
	longsub[sizeof longsub - 1] = '\0';
	assert_int_equal(sess_create(s, longsub, "op", NULL, 0, 1, id, NULL), CUSTOS_E_ARG);
	assert_int_equal(sess_create(s, "user:op/a", "op", empty, 1, 1, id, NULL), CUSTOS_E_ARG);
	sess_conf bad = CONF;
	bad.max = 0;
	struct sessions *t = NULL;
	assert_int_equal(sess_open(&t, &bad), CUSTOS_E_ARG);
	assert_null(t);
	sess_close(s);
}

static void test_cookie_values(void **state)
{
	(void)state;
	sess_token out;
	const char *tok = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN-_0";
	char h[256];
	snprintf(h, sizeof h, "a=b; %s=%s; c=d", SESS_COOKIE, tok);
	assert_int_equal(sess_cookie_value(h, SESS_COOKIE, out), 0);
	assert_string_equal(out, tok);
	snprintf(h, sizeof h, "%s=%s", SESS_COOKIE, tok);
	assert_int_equal(sess_cookie_value(h, SESS_COOKIE, out), 0);
	/* another cookie whose name ends like ours, a short value, bad characters */
	snprintf(h, sizeof h, "x%s=%s", SESS_COOKIE, tok);
	assert_int_equal(sess_cookie_value(h, SESS_COOKIE, out), -1);
	snprintf(h, sizeof h, "%s=abc", SESS_COOKIE);
	assert_int_equal(sess_cookie_value(h, SESS_COOKIE, out), -1);
	snprintf(h, sizeof h, "%s=%.42s!", SESS_COOKIE, tok);
	assert_int_equal(sess_cookie_value(h, SESS_COOKIE, out), -1);
	assert_int_equal(sess_cookie_value(NULL, SESS_COOKIE, out), -1);
	assert_int_equal(sess_equal("abc", "abc"), 1);
	assert_int_equal(sess_equal("abc", "abd"), 0);
	assert_int_equal(sess_equal("", ""), 0);
	assert_int_equal(sess_equal(NULL, "a"), 0);
}

static void test_the_pkce_challenge(void **state)
{
	(void)state;
	/* RFC 7636 appendix B */
	sess_token ch;
	sess_pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", ch);
	assert_string_equal(ch, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_sign_in_is_taken_once),
		cmocka_unit_test(test_sign_ins_are_bounded_but_expired_ones_make_room),
		cmocka_unit_test(test_sessions_time_out),
		cmocka_unit_test(test_ended_sessions_and_a_full_table),
		cmocka_unit_test(test_bad_arguments),
		cmocka_unit_test(test_cookie_values),
		cmocka_unit_test(test_the_pkce_challenge),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
