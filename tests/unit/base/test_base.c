/* Unit tests of base/: the RFC 3339 parser that request bodies reach
 * (conversation and revocation "expires_at", message "at"), base64 (against
 * OpenSSL's decoder), the capped buffer, hex, the byte codecs, the error
 * table and the fault points. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include "b64.h"
#include "buf.h"
#include "codec.h"
#include "errbuf.h"
#include "errors.h"
#include "fault.h"
#include "hex.h"
#include "log.h"
#include "str.h"
#include "timefmt.h"

/* A heap copy of exactly strlen+1 bytes: under ASan a read past the NUL fails. */
static int parse_exact(const char *s, time_t *t)
{
	size_t n = strlen(s) + 1;
	char *c = malloc(n);
	assert_non_null(c);
	memcpy(c, s, n);
	int rc = time_parse_rfc3339(c, t);
	free(c);
	return rc;
}

static void test_rfc3339_utc_and_offsets_give_the_same_instant(void **state)
{
	(void)state;
	time_t a = 0, b = 0, c = 0;
	assert_int_equal(parse_exact("2026-11-29T04:00:00Z", &a), 0);
	assert_int_equal(parse_exact("2026-11-29T09:30:00.123+05:30", &b), 0);
	assert_int_equal(parse_exact("2026-11-28T23:00:00-05:00", &c), 0);
	assert_int_equal(a, 1795924800);
	assert_int_equal(b, a);
	assert_int_equal(c, a);
}

/* Found by fuzz_util: the offset was read with sscanf("%2d:%2d") and then
 * skipped as exactly six bytes, so "+5:30" read past the end of the string. */
static void test_rfc3339_offset_must_be_exactly_hh_colon_mm(void **state)
{
	(void)state;
	static const char *const bad[] = {
		"2026-11-29T04:00:00+5:30", "2026-11-29T04:00:00+05:3", "2026-11-29T04:00:00+05",
		"2026-11-29T04:00:00+", "2026-11-29T04:00:00+ 5:30", "2026-11-29T04:00:00+-1:00",
		"2026-11-29T04:00:00+05:30Z", "2026-11-29T04:00:00+24:00", "2026-11-29T04:00:00+05:60",
		"2026-11-29T04:00:00", "2026-11-29T04:00:00.Z",
		/* impossible dates that timegm would normalise into March */
		"2026-02-30T00:00:00Z", "2026-04-31T12:00:00Z",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		time_t t = 0;
		if (parse_exact(bad[i], &t) != -1)
			fail_msg("accepted %s", bad[i]);
	}
}

static void test_base64_never_writes_past_outsz(void **state)
{
	(void)state;
	uint8_t out[8];
	memset(out, 0xAA, sizeof out);
	assert_int_equal(b64_decode("QUJD REVG", 9, out, 6), 6);
	assert_memory_equal(out, "ABCDEF", 6);
	assert_int_equal(out[6], 0xAA);
	assert_int_equal(b64_decode("QUJDREVG", 8, out, 5), -1);
	assert_int_equal(b64_decode("QUJDR", 5, out, sizeof out), -1);
}

/* The decoder keys.c and the vault used before base/ had: whitespace
 * stripped, trailing '=' counted and re-padded, EVP_DecodeBlock. b64_decode
 * must agree with it on every input, except one: EVP_DecodeBlock takes a
 * '=' in the middle ("QU=D") as a zero symbol, where RFC 4648 (and the
 * contract util.h stated: padding only at the end) refuses it; so does
 * b64_decode. */
static int openssl_b64(const char *in, size_t inlen, uint8_t *out, size_t outsz)
{
	char clean[256];
	size_t n = 0;
	for (size_t i = 0; i < inlen; i++) {
		char c = in[i];
		if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
			continue;
		clean[n++] = c;
	}
	size_t pad = 0;
	while (n > 0 && clean[n - 1] == '=') {
		n--;
		pad++;
	}
	if (pad > 2 || n % 4 == 1)
		return -1;
	size_t full = n;
	while (full % 4)
		clean[full++] = '=';
	uint8_t tmp[256];
	int r = EVP_DecodeBlock(tmp, (const unsigned char *)clean, (int)full);
	if (r < 0)
		return -1;
	size_t real = full / 4 * 3 - (full - n);
	if (real > outsz)
		return -1;
	memcpy(out, tmp, real);
	return (int)real;
}

static void test_base64_agrees_with_openssl(void **state)
{
	(void)state;
	static const char alpha[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/= \n-_*";
	uint8_t rnd[64];
	for (int round = 0; round < 20000; round++) {
		char in[48];
		assert_int_equal(RAND_bytes(rnd, sizeof rnd), 1);
		size_t n = rnd[0] % 40;
		/* Mostly valid symbols, some padding, white space and strangers. */
		for (size_t i = 0; i < n; i++)
			in[i] = alpha[rnd[1 + i] % (rnd[63] & 1 ? 64 : sizeof alpha - 1)];
		uint8_t a[64], b[64];
		size_t outsz = rnd[62] % 40;
		int x = b64_decode(in, n, a, outsz), y = openssl_b64(in, n, b, outsz);
		int inner_pad = 0, seen_pad = 0;
		for (size_t i = 0; i < n; i++) {
			if (in[i] == '=')
				seen_pad = 1;
			else if (seen_pad && in[i] != ' ' && in[i] != '\n')
				inner_pad = 1;
		}
		if (inner_pad) {
			assert_int_equal(x, -1);
			continue;
		}
		if (x != y)
			fail_msg("round %d: '%.*s' decodes to %d here and %d by OpenSSL", round, (int)n,
				 in, x, y);
		if (x > 0)
			assert_memory_equal(a, b, (size_t)x);
	}
}

static void test_base64_encode_round_trips(void **state)
{
	(void)state;
	uint8_t in[40], back[40];
	char enc[B64_ENCODED_SIZE(40)];
	for (size_t n = 0; n <= sizeof in; n++) {
		assert_int_equal(RAND_bytes(in, sizeof in), 1);
		size_t len = b64_encode(in, n, enc);
		assert_int_equal(len, B64_ENCODED_SIZE(n) - 1);
		char ossl[B64_ENCODED_SIZE(40)];
		EVP_EncodeBlock((unsigned char *)ossl, in, (int)n);
		assert_string_equal(enc, ossl);
		assert_int_equal(b64_decode(enc, len, back, sizeof back), (int)n);
		assert_memory_equal(back, in, n);
	}
}

static void test_base64url_is_canonical(void **state)
{
	(void)state;
	uint8_t out[8];
	size_t n = 0;
	assert_int_equal(b64url_decode("QQ", 2, out, sizeof out, &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(out[0], 'A');
	assert_int_equal(b64url_decode("QR", 2, out, sizeof out, &n), -1);   /* unused bits */
	assert_int_equal(b64url_decode("QQ==", 4, out, sizeof out, &n), -1); /* padding */
	assert_int_equal(b64url_decode("Q+8", 3, out, sizeof out, &n), -1);  /* alphabet */
	assert_int_equal(b64url_decode("_-8", 3, out, sizeof out, &n), 0);
}

static void test_buf_holds_at_most_its_cap(void **state)
{
	(void)state;
	struct buf b;
	buf_init(&b, 10);
	assert_int_equal(buf_adds(&b, "hello"), 0);
	assert_int_equal(buf_addf(&b, "%d", 1234), 0);
	assert_int_equal(b.len, 9);
	assert_string_equal(b.p, "hello1234");
	/* One byte over the cap: the buffer is dropped, never left truncated. */
	assert_int_equal(buf_adds(&b, "xy"), CUSTOS_E_TOOBIG);
	assert_null(b.p);
	assert_int_equal(b.len, 0);
	assert_int_equal(buf_adds(&b, "x"), CUSTOS_E_TOOBIG);
	buf_reset(&b);
	assert_int_equal(buf_adds(&b, "0123456789"), 0);
	size_t len = 0;
	char *s = buf_take(&b, &len);
	assert_string_equal(s, "0123456789");
	assert_int_equal(len, 10);
	assert_null(b.p);
	free(s);
	s = buf_take(&b, &len);
	assert_string_equal(s, "");
	free(s);
	buf_free(&b);
}

static void test_grow_array_keeps_its_cap(void **state)
{
	(void)state;
	int *a = NULL;
	size_t cap = 0;
	assert_int_equal(buf_grow_array((void **)&a, &cap, 3, sizeof *a, 5), 0);
	assert_true(cap >= 3 && cap <= 5);
	assert_int_equal(buf_grow_array((void **)&a, &cap, 5, sizeof *a, 5), 0);
	assert_int_equal(cap, 5);
	assert_int_equal(buf_grow_array((void **)&a, &cap, 6, sizeof *a, 5), CUSTOS_E_TOOBIG);
	assert_int_equal(cap, 5);
	free(a);
}

static void test_hex_and_codecs(void **state)
{
	(void)state;
	uint8_t in[4] = {0x00, 0xab, 0xCD, 0xff}, back[4];
	char h[9];
	hex_encode(in, 4, h);
	assert_string_equal(h, "00abcdff");
	assert_int_equal(hex_decode("00ABcdff", 4, back, 0), 0);
	assert_memory_equal(back, in, 4);
	assert_int_equal(hex_decode("00ABcdff", 4, back, 1), -1);
	assert_int_equal(hex_decode("00abcdfg", 4, back, 0), -1);
	uint8_t b[8];
	be64_put(b, 0x0102030405060708ull);
	assert_int_equal(b[0], 1);
	assert_int_equal(b[7], 8);
	assert_true(be64_get(b) == 0x0102030405060708ull);
	be32_put(b, 0xdeadbeef);
	assert_int_equal(be32_get(b), 0xdeadbeef);
}

/* Every code has a name and a message, codes are listed in descending
 * order (custos_strerror searches them), and the ranges keep modules apart. */
static void test_error_table_is_sorted_and_complete(void **state)
{
	(void)state;
	assert_string_equal(custos_strerror(0), "ok");
	assert_string_equal(custos_strerror(-99999), "unknown error");
	assert_null(custos_errname(-99999));
	int prev = 0, n = 0;
	for (int rc = -1; rc > -2000; rc--) {
		const char *name = custos_errname(rc);
		if (!name)
			continue;
		n++;
		assert_true(rc < prev);
		prev = rc;
		assert_string_not_equal(custos_strerror(rc), "unknown error");
		/* The range names the module: -7xx are the token verifier's. */
		if (-rc / CUSTOS_ERR_RANGE == 7)
			assert_int_equal(strncmp(name, "JWTV_E_", 7), 0);
		if (-rc / CUSTOS_ERR_RANGE == 4)
			assert_int_equal(strncmp(name, "POL_STORE_E_", 12), 0);
	}
	assert_true(n > 50);
	assert_string_equal(custos_errname(DB_E_FULL), "DB_E_FULL");
}

static void test_errbuf_truncates_and_tolerates_null(void **state)
{
	(void)state;
	char err[8];
	assert_int_equal(errbuf_fail(err, sizeof err, -5, "%s", "0123456789"), -5);
	assert_string_equal(err, "0123456");
	errbuf_set(NULL, 0, "nothing %d", 1);
	errbuf_clear(err, sizeof err);
	assert_string_equal(err, "");
}

/* str_copy is snprintf(dst, size, "%s", src): same bytes, same return,
 * at every length around the buffer's size. */
static void test_str_copy_is_snprintf_percent_s(void **state)
{
	(void)state;
	char src[40], a[16], b[16];
	for (size_t len = 0; len < sizeof src; len++) {
		for (size_t i = 0; i < len; i++)
			src[i] = (char)('a' + i % 26);
		src[len] = '\0';
		for (size_t size = 1; size <= sizeof a; size++) {
			memset(a, 'X', sizeof a);
			memset(b, 'X', sizeof b);
			int want = snprintf(a, size, "%s", src);
			size_t got = str_copy(b, size, src);
			assert_int_equal(got, (size_t)want);
			assert_memory_equal(a, b, sizeof a);
		}
	}
}

static void test_log_enabled_follows_the_level(void **state)
{
	(void)state;
	log_set_level(LOG_WARN);
	assert_false(log_enabled(LOG_DEBUG));
	assert_false(log_enabled(LOG_INFO));
	assert_true(log_enabled(LOG_WARN));
	assert_true(log_enabled(LOG_ERROR));
	log_set_level(LOG_DEBUG);
	assert_true(log_enabled(LOG_DEBUG));
	log_set_level(LOG_INFO);
	assert_false(log_enabled(LOG_DEBUG));
	assert_true(log_enabled(LOG_INFO));
}

static void test_fault_points_fire_as_armed(void **state)
{
	(void)state;
	assert_int_equal(custos_fault(CUSTOS_FAULT_STORE_COMMIT), 0);
	custos_fault_arm(CUSTOS_FAULT_STORE_COMMIT, 42, 1, 2);
	assert_int_equal(custos_fault(CUSTOS_FAULT_STORE_COMMIT), 0);  /* skipped */
	assert_int_equal(custos_fault(CUSTOS_FAULT_STORE_COMMIT), 42);
	assert_int_equal(custos_fault(CUSTOS_FAULT_STORE_COMMIT), 42);
	assert_int_equal(custos_fault(CUSTOS_FAULT_STORE_COMMIT), 0);  /* times used up */
	assert_int_equal(custos_fault(CUSTOS_FAULT_VAULT_COMMIT), 0);  /* not armed */
	assert_int_equal(custos_fault_hits(CUSTOS_FAULT_STORE_COMMIT), 4);
	custos_fault_clear();
	assert_int_equal(custos_fault(CUSTOS_FAULT_STORE_COMMIT), 0);
	assert_int_equal(custos_fault_hits(CUSTOS_FAULT_STORE_COMMIT), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rfc3339_utc_and_offsets_give_the_same_instant),
		cmocka_unit_test(test_rfc3339_offset_must_be_exactly_hh_colon_mm),
		cmocka_unit_test(test_base64_never_writes_past_outsz),
		cmocka_unit_test(test_base64_agrees_with_openssl),
		cmocka_unit_test(test_base64_encode_round_trips),
		cmocka_unit_test(test_base64url_is_canonical),
		cmocka_unit_test(test_buf_holds_at_most_its_cap),
		cmocka_unit_test(test_grow_array_keeps_its_cap),
		cmocka_unit_test(test_hex_and_codecs),
		cmocka_unit_test(test_error_table_is_sorted_and_complete),
		cmocka_unit_test(test_errbuf_truncates_and_tolerates_null),
		cmocka_unit_test(test_fault_points_fire_as_armed),
		cmocka_unit_test(test_str_copy_is_snprintf_percent_s),
		cmocka_unit_test(test_log_enabled_follows_the_level),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
