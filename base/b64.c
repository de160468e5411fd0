/* b64: one table-driven codec for both alphabets. */
#include "b64.h"

#include <pthread.h>
#include <string.h>

static const char STD[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char URL[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

static int8_t tab_std[256], tab_url[256];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void init(void)
{
	memset(tab_std, -1, sizeof tab_std);
	memset(tab_url, -1, sizeof tab_url);
	for (int i = 0; i < 64; i++) {
		tab_std[(unsigned char)STD[i]] = (int8_t)i;
		tab_url[(unsigned char)URL[i]] = (int8_t)i;
	}
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int b64_decode(const char *in, size_t inlen, uint8_t *out, size_t outsz)
{
	pthread_once(&once, init);
	/* Pass 1: count the symbols and the final padding, check every byte. */
	size_t chars = 0, pad = 0;
	for (size_t i = 0; i < inlen; i++) {
		char c = in[i];
		if (is_space(c))
			continue;
		if (c == '=') {
			pad++;
			continue;
		}
		if (pad || tab_std[(unsigned char)c] < 0)
			return -1;
		chars++;
	}
	if (pad > 2 || chars % 4 == 1)
		return -1;
	size_t need = chars / 4 * 3 + (chars % 4 ? chars % 4 - 1 : 0);
	if (need > outsz)
		return -1;
	/* Pass 2: decode. */
	uint32_t acc = 0;
	size_t bits = 0, o = 0;
	for (size_t i = 0; i < inlen && o < need; i++) {
		char c = in[i];
		if (is_space(c) || c == '=')
			continue;
		acc = (acc << 6) | (uint32_t)tab_std[(unsigned char)c];
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[o++] = (uint8_t)(acc >> bits);
		}
	}
	return (int)need;
}

size_t b64_encode(const uint8_t *in, size_t n, char *out)
{
	size_t o = 0, i = 0;
	for (; i + 3 <= n; i += 3) {
		uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2];
		out[o++] = STD[v >> 18];
		out[o++] = STD[(v >> 12) & 63];
		out[o++] = STD[(v >> 6) & 63];
		out[o++] = STD[v & 63];
	}
	if (n - i == 1) {
		uint32_t v = (uint32_t)in[i] << 16;
		out[o++] = STD[v >> 18];
		out[o++] = STD[(v >> 12) & 63];
		out[o++] = '=';
		out[o++] = '=';
	} else if (n - i == 2) {
		uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8;
		out[o++] = STD[v >> 18];
		out[o++] = STD[(v >> 12) & 63];
		out[o++] = STD[(v >> 6) & 63];
		out[o++] = '=';
	}
	out[o] = '\0';
	return o;
}

int b64url_decode(const char *in, size_t n, uint8_t *out, size_t outsz, size_t *outlen)
{
	pthread_once(&once, init);
	const int8_t *t = tab_url;
	if (n % 4 == 1)
		return -1;
	size_t need = n / 4 * 3 + (n % 4 ? n % 4 - 1 : 0);
	if (need > outsz)
		return -1;
	size_t o = 0, i = 0;
	for (; i + 4 <= n; i += 4) {
		int a = t[(unsigned char)in[i]], b = t[(unsigned char)in[i + 1]];
		int c = t[(unsigned char)in[i + 2]], d = t[(unsigned char)in[i + 3]];
		if ((a | b | c | d) < 0)
			return -1;
		uint32_t v = (uint32_t)a << 18 | (uint32_t)b << 12 | (uint32_t)c << 6 | (uint32_t)d;
		out[o++] = (uint8_t)(v >> 16);
		out[o++] = (uint8_t)(v >> 8);
		out[o++] = (uint8_t)v;
	}
	if (n - i == 2) {
		int a = t[(unsigned char)in[i]], b = t[(unsigned char)in[i + 1]];
		if ((a | b) < 0 || (b & 0x0f))
			return -1;
		out[o++] = (uint8_t)(a << 2 | b >> 4);
	} else if (n - i == 3) {
		int a = t[(unsigned char)in[i]], b = t[(unsigned char)in[i + 1]];
		int c = t[(unsigned char)in[i + 2]];
		if ((a | b | c) < 0 || (c & 0x03))
			return -1;
		out[o++] = (uint8_t)(a << 2 | b >> 4);
		out[o++] = (uint8_t)((b & 0x0f) << 4 | c >> 2);
	}
	*outlen = o;
	return 0;
}

size_t b64url_encode(const uint8_t *in, size_t n, char *out)
{
	size_t o = b64_encode(in, n, out);
	while (o && out[o - 1] == '=')
		out[--o] = '\0';
	for (size_t i = 0; i < o; i++)
		out[i] = out[i] == '+' ? '-' : out[i] == '/' ? '_' : out[i];
	return o;
}
