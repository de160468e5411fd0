/* The redactor's word lexer (gateway/redact/tok.c), checked against
 * definitions written independently of it, on hand-picked texts and on
 * random texts built from a palette of the characters that matter (ASCII
 * letters, digits, '_', Latin-1 capitals, x and the division sign, Cyrillic,
 * CJK and its punctuation, NBSP, en dash, full-width forms, trigger bytes):
 * - the words are exactly the maximal runs of rx_letter_at letters, a run
 *   of three-byte letters being a word of its own (but those of Latin
 *   Extended Additional join the Latin letters around them);
 * - each word's hash is rx_hash of its bytes (case-folded);
 * - RXT_GAPTRIG says whether a trigger byte lies between the word and the
 *   one before, RXT_WS whether no scan word character ('_', ASCII letter or
 *   digit, two-byte character) precedes it, RXT_DIGIT/UPPER/LOWER the first
 *   character's class, RXT_ALPHA whether every byte is an ASCII letter.
 * The scan (engine.c) relies on all of these to skip what it skips. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "redact.h"
#include "redact_int.h"

static uint8_t trig[256];

/* Byte length of the letter at t[i] (0: none) and whether it is a
 * three-byte one outside Latin Extended Additional (U+1E00-U+1EFF, whose
 * letters belong to the words of Latin letters: "Nguyễn" is one word). */
static size_t letter(const char *t, size_t n, size_t i, int *wide)
{
	size_t k = rx_letter_at(t, n, i);
	const unsigned char *u = (const unsigned char *)t;
	*wide = k == 3 && !(u[i] == 0xE1 && u[i + 1] >= 0xB8 && u[i + 1] <= 0xBB);
	return k;
}

static int scan_word_char_before(const unsigned char *u, size_t i)
{
	if (i == 0)
		return 0;
	unsigned char c = u[i - 1];
	if (c < 0x80)
		return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
	return i >= 2 && c <= 0xBF && u[i - 2] >= 0xC3 && u[i - 2] <= 0xDF;
}

static void check_text(const char *t, size_t n)
{
	struct rx_scratch *sc = rx_scratch_get();
	assert_non_null(sc);
	size_t ntk = 0;
	assert_int_equal(rx_lex(sc, t, n, trig, &ntk), 0);
	const struct rx_tok *tk = sc->tk;
	const unsigned char *u = (const unsigned char *)t;
	/* the reference words: maximal runs of letters of one width class */
	size_t i = 0, w = 0, prev_end = 0;
	while (i < n) {
		int wide;
		size_t k = letter(t, n, i, &wide);
		if (!k) {
			i++;
			continue;
		}
		size_t s = i;
		int wide0 = wide;
		while (i < n && (k = letter(t, n, i, &wide)) > 0 && wide == wide0)
			i += k;
		if (w >= ntk)
			fail_msg("word %zu [%zu, %zu) missing in \"%.*s\"", w, s, i, (int)n, t);
		assert_int_equal(tk[w].s, s);
		assert_int_equal(tk[w].e, i);
		assert_int_equal(tk[w].h, rx_hash(t + s, i - s));
		int gap = 0;
		for (size_t b = prev_end; b < s; b++)
			gap |= trig[u[b]] != 0;
		assert_int_equal(!!(tk[w].f & RXT_GAPTRIG), gap);
		if (!wide0) {
			assert_int_equal(!!(tk[w].f & RXT_WS), !scan_word_char_before(u, s));
			assert_int_equal(!!(tk[w].f & RXT_DIGIT), u[s] >= '0' && u[s] <= '9');
			assert_int_equal(!!(tk[w].f & RXT_LOWER), u[s] >= 'a' && u[s] <= 'z');
			assert_int_equal(!!(tk[w].f & RXT_UPPER), rx_cap_at(t, n, s) != 0);
			int alpha = 1;
			for (size_t b = s; b < i; b++)
				alpha &= (u[b] >= 'a' && u[b] <= 'z') || (u[b] >= 'A' && u[b] <= 'Z');
			assert_int_equal(!!(tk[w].f & RXT_ALPHA), alpha);
		} else {
			assert_true(tk[w].f & RXT_WIDE);
		}
		prev_end = i;
		w++;
	}
	assert_int_equal(ntk, w);
}

static void test_lex_examples(void **state)
{
	(void)state;
	static const char *const texts[] = {
		"",
		"a",
		"Hello, World! user@example.com: key=value",
		"Ärger über Öl, STRASSE Straße, 3×4÷2 = 6",
		"Жанна Петрова: +7 (912) 345-67-89",
		"中文字符。日本語のテキスト、한국어 text",
		"IBAN\xc2\xa0" "DE89\xc2\xa0" "3704 0044 0532 0130 00 \xe2\x80\x93 ok",
		"\xef\xbc\x91\xef\xbc\x92 full-width digits ｆｕｌｌ",
		"snake_case_word __init__ a_b-c",
		"x\xc3\x97y x\xc3\xb7y \xc3\x89l\xc3\xa8ve",
		"trailing trigger @",
		"@:=+(-% only triggers",
		/* Vietnamese: "Địa chỉ: Nguyễn Thị Hằng", "ẤP Ở" (capitals) */
		"\xc4\x90\xe1\xbb\x8b" "a ch\xe1\xbb\x89: Nguy\xe1\xbb\x85n Th\xe1\xbb\x8b H\xe1\xba\xb1ng",
		"\xe1\xba\xa4P \xe1\xbb\x9e \xe1\xbb\x9f\xe4\xb8\xad\xe1\xbb\x9f x\xe1\xbb",
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		check_text(texts[i], strlen(texts[i]));
}

static void test_lex_random(void **state)
{
	(void)state;
	static const char *const pal[] = {
		"a", "z", "Q", "7", "0", "_", " ", " ", "\n", "@", ":", "=", "+", "(", ")", "-", "%",
		".", ",", "\xc3\xa9", "\xc3\x89", "\xc3\x97", "\xc3\xb7", "\xc3\x9f", "\xd0\x96",
		"\xd0\xb6", "\xe4\xb8\xad", "\xe3\x80\x82", "\xed\x95\x9c", "\xc2\xa0", "\xe2\x80\x93",
		"\xef\xbc\x91", "\xe2\x80\xaf", "\xce\xa9", "\xd9\x85", "\xe1\xbb\x85",
		"\xe1\xba\xa4", "\xe1\xb8\x80", "\xe1\x83\x90",
	};
	unsigned seed = 12345;
	char buf[256];
	for (int r = 0; r < 3000; r++) {
		size_t n = 0, m;
		seed = seed * 1103515245u + 12345u;
		m = (seed >> 16) % 40;
		for (size_t j = 0; j < m; j++) {
			seed = seed * 1103515245u + 12345u;
			const char *p = pal[(seed >> 16) % (sizeof pal / sizeof pal[0])];
			size_t l = strlen(p);
			memcpy(buf + n, p, l);
			n += l;
		}
		check_text(buf, n);
	}
}

/* Words of ASCII letters and digits are read from 16-byte loads (tok.c's
 * tok_ascii): words of every length around 8 and 16 bytes, ending at the
 * text's end or in a two-byte letter, in both cases; and the hash folds
 * case whichever way the word was read. */
static void test_lex_long_words(void **state)
{
	(void)state;
	static const char *const tails[] = {"", " ", "\xc3\xa9", "\xc3\x89x", "_", "@a", "\xe4\xb8\xad",
					    "\xe1\xbb\x85n"};
	char buf[128];
	for (size_t l = 1; l <= 40; l++) {
		for (size_t t = 0; t < sizeof tails / sizeof tails[0]; t++) {
			for (int pre = 0; pre < 3; pre++) {
				size_t n = 0;
				if (pre == 1)
					buf[n++] = ' ';
				if (pre == 2)
					n += (size_t)snprintf(buf + n, 8, "\xc3\xa4 ");
				for (size_t i = 0; i < l; i++)
					buf[n++] = "aZ9qK0x"[(i * 5 + l) % 7];
				size_t tl = strlen(tails[t]);
				memcpy(buf + n, tails[t], tl);
				n += tl;
				check_text(buf, n);
			}
		}
	}
	static const char *const pairs[][2] = {
		{"Straße", "STRAßE"}, {"ÄRGER", "ärger"}, {"Abcdefgh", "aBCDEFGH"},
		{"Internationalisation", "INTERNATIONALISATION"}, {"x9Y8z7W6v5U4t3S2", "X9y8Z7w6V5u4T3s2"},
	};
	for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
		assert_int_equal(rx_hash(pairs[i][0], strlen(pairs[i][0])),
				 rx_hash(pairs[i][1], strlen(pairs[i][1])));
		struct rx_scratch *sc = rx_scratch_get();
		size_t ntk = 0;
		assert_int_equal(rx_lex(sc, pairs[i][0], strlen(pairs[i][0]), trig, &ntk), 0);
		assert_int_equal(ntk, 1);
		assert_int_equal(sc->tk[0].h, rx_hash(pairs[i][1], strlen(pairs[i][1])));
	}
	/* words of 8 and 9 bytes that differ only in their last byte */
	assert_int_not_equal(rx_hash("abcdefgh", 8), rx_hash("abcdefgi", 8));
	assert_int_not_equal(rx_hash("abcdefghi", 9), rx_hash("abcdefghj", 9));
	assert_int_not_equal(rx_hash("abcdefgh", 8), rx_hash("abcdefgh0", 9));
}

int main(void)
{
	static const char tb[] = "@%[({-:=+\xef";
	for (const char *p = tb; *p; p++)
		trig[(unsigned char)*p] = 1;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lex_examples),
		cmocka_unit_test(test_lex_random),
		cmocka_unit_test(test_lex_long_words),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	redact_thread_cleanup();
	return rc;
}
