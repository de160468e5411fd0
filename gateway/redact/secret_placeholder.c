/* secret_placeholder.c: values that stand for a secret without being one
 * (<your-key>, ${VAR}, ****, changeme, a format's %s, a fixture's zeros,
 * one character repeated), for every secret detector. */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "secret_int.h"

/* Values that stand for a secret without being one. */
static const char *const ph_words[] = {
	"xxxx", "****", "....", "changeme", "change_me", "change-me", "your_", "your-",
	"yourtoken", "your token", "<", "${", "$(", "{{", "placeholder", "example",
	"redacted", "replace", "todo", "dummy", "sample", "secret_here", "token_here",
	"key_here", "password_here", "insert", "process.env", "os.environ", "getenv",
	"env(", "null", "none", "undefined", "true", "false", "...", "filtered", "masked",
	"!vault", "!secret", "\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2", "generate-with", "generate with",
	"openssl rand", "openssl-rand", NULL,
};
#define N_PH (sizeof ph_words / sizeof ph_words[0] - 1)
static uint8_t ph_len[N_PH];
static uint8_t ph_next[N_PH];     /* next word with the same first byte, +1 */
static uint8_t ph_head[256];      /* first word of each first byte, +1 */
static pthread_once_t ph_once = PTHREAD_ONCE_INIT;

static void ph_init(void)
{
	for (size_t i = N_PH; i-- > 0;) {
		unsigned char f = (unsigned char)ph_words[i][0];
		ph_len[i] = (uint8_t)strlen(ph_words[i]);
		ph_next[i] = ph_head[f];
		ph_head[f] = (uint8_t)(i + 1);
	}
}

/* Whether s[0..n) is written as a word is: in one case, or capitalised
 * ("null", "NULL", "None"; not "NUlL" inside random base64). */
static int one_case(const char *s, size_t n)
{
	size_t up = 0, low = 0;
	for (size_t i = 0; i < n; i++) {
		up += rx_is_upper((unsigned char)s[i]) != 0;
		low += rx_is_lower((unsigned char)s[i]) != 0;
	}
	return !up || !low || (up == 1 && rx_is_upper((unsigned char)s[0]));
}

int sc_placeholder(const char *v, size_t n)
{
	char buf[128];
	if (n == 0)
		return 1;
	pthread_once(&ph_once, ph_init);
	size_t fl = rx_fold(v, n < sizeof buf - 1 ? n : sizeof buf - 1, buf, sizeof buf);
	for (size_t i = 0; i < fl; i++)
		for (unsigned w = ph_head[(unsigned char)buf[i]]; w; w = ph_next[w - 1])
			if (i + ph_len[w - 1] <= fl && memcmp(buf + i, ph_words[w - 1], ph_len[w - 1]) == 0 &&
			    (i + ph_len[w - 1] > n || one_case(v + i, ph_len[w - 1])))
				return 1;
	/* a variable in '%' ("%SMTP_PASS%", "%%SMTP_PASS%%") or a format's
	 * conversion ("%s", "pass_%s"; "%(pw)s" is the variable list's;
	 * "Lofoten%Sea2" and "BjotI%s~gNSh7" are passwords) */
	if (n >= 3 && v[0] == '%' && v[n - 1] == '%')
		return 1;
	for (size_t i = 0; i + 1 < n; i++)
		if (v[i] == '%' && (v[i + 1] == 's' || v[i + 1] == 'd') && (i + 2 == n || !rx_is_alnum((unsigned char)v[i + 2])) &&
		    (i == 0 || !rx_is_alnum((unsigned char)v[i - 1])))
			return 1;
	/* a template's or a tool's stand-in: "<set to the key ...>", "<none>",
	 * "(sensitive value)", "(hidden)" */
	if (v[0] == '<' || v[0] == '(')
		return 1;
	/* a template's variable in braces ("{password}", "{{ .Pass }}",
	 * "{FRIGATE_RTSP_PASSWORD}") */
	if (n >= 3 && v[0] == '{' && v[n - 1] == '}') {
		size_t i = 1;
		while (i < n - 1 && (rx_is_alnum((unsigned char)v[i]) || rx_in("_.-{} ", v[i])))
			i++;
		if (i == n - 1)
			return 1;
	}
	/* a value SOPS or git-crypt encrypted ("ENC[AES256_GCM,data:...]"):
	 * ciphertext, whose key is kept elsewhere */
	if (n > 8 && memcmp(v, "ENC[", 4) == 0)
		return 1;
	/* a shell variable ("$NX_PASS"), a fixture's zero-filled counter
	 * ("test-token-000000") */
	if (n >= 3 && v[0] == '$') {
		size_t i = 1;
		while (i < n && (rx_is_upper((unsigned char)v[i]) || rx_is_digit((unsigned char)v[i]) || v[i] == '_'))
			i++;
		if (i == n)
			return 1;
	}
	if (n >= 8) {
		size_t e = n, z;
		while (e > 0 && rx_in(".,;:)]}", v[e - 1]))
			e--;
		for (z = e; z > 0 && v[z - 1] == '0';)
			z--;
		if (e - z >= 6 && z > 0 && (v[z - 1] == '-' || v[z - 1] == '_'))
			return 1;
	}
	/* one character repeated (aaaaaaaa, 00000000, •••••••••) */
	size_t cl = 1;
	while (cl < n && cl < 4 && ((unsigned char)v[cl] & 0xC0) == 0x80)
		cl++;
	if (n % cl || (n == cl && cl > 1)) /* ("é" alone is a word) */
		return 0;
	for (size_t i = cl; i < n; i += cl)
		if (memcmp(v + i, v, cl) != 0)
			return 0;
	return 1;
}
