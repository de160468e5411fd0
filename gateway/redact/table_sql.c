/* table_sql: the column of a quoted value in an SQL INSERT statement
 * ("INSERT INTO t (a, b, ...) VALUES (...), (...)"), for table.c's
 * rx_column_header. */
#include <string.h>

#include "redact_int.h"

/* Case-insensitive: s[i..) starts with the ASCII word w (lower case). */
static int word_ci(const char *s, size_t len, size_t i, const char *w)
{
	size_t n = strlen(w);
	if (i + n > len)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (rx_lower(s[i + k]) != w[k])
			return 0;
	return (i == 0 || !rx_is_alnum((unsigned char)s[i - 1])) &&
	       (i + n == len || !rx_is_alnum((unsigned char)s[i + n]));
}

int rx_sql_column(const char *s, size_t len, size_t at, char *hdr, size_t cap)
{
	if (at == 0 || at >= len || (s[at - 1] != '\'' && s[at - 1] != '"'))
		return 0;
	/* VALUES, within the statement's last 2 KiB before the value */
	size_t from = at > 2048 ? at - 2048 : 0, v = RX_NONE;
	for (size_t i = at; i-- > from;) {
		if (s[i] == ';')
			return 0;
		if ((s[i] == 'V' || s[i] == 'v') && word_ci(s, len, i, "values")) {
			v = i;
			break;
		}
	}
	if (v == RX_NONE)
		return 0;
	/* the column list: "INSERT INTO name (a, b, c)" right before VALUES */
	size_t ce = v;
	while (ce > from && rx_in(" \t\r\n", s[ce - 1]))
		ce--;
	if (ce == from || s[ce - 1] != ')')
		return 0;
	size_t cs = ce - 1;
	while (cs > from && s[cs - 1] != '(' && s[cs - 1] != ')' && s[cs - 1] != ';' && ce - cs < 512)
		cs--;
	if (cs == from || s[cs - 1] != '(')
		return 0;
	size_t k = cs - 1, ins = RX_NONE;
	for (size_t i = k; i-- > from && k - i < 256;)
		if ((s[i] == 'I' || s[i] == 'i') && word_ci(s, len, i, "insert")) {
			ins = i;
			break;
		}
	if (ins == RX_NONE)
		return 0;
	/* the value's place in its tuple: quotes ('' and "" escape), depth */
	size_t i = v + 6, idx = 0;
	int depth = 0;
	char q = 0;
	for (; i < at - 1; i++) {
		char ch = s[i];
		if (q) {
			if (ch == q) {
				if (i + 1 < at - 1 && s[i + 1] == q)
					i++;
				else
					q = 0;
			}
			continue;
		}
		if (ch == '\'' || ch == '"')
			q = ch;
		else if (ch == '(') {
			if (++depth == 1)
				idx = 0; /* the next tuple */
		} else if (ch == ')')
			depth--;
		else if (ch == ',' && depth == 1)
			idx++;
		else if (ch == ';')
			return 0;
	}
	if (q || depth != 1)
		return 0;
	/* the idx-th column name, without quotes, backticks or brackets */
	size_t col = 0, a = cs;
	for (size_t j = cs; j <= ce - 1; j++) {
		if (j < ce - 1 && s[j] != ',')
			continue;
		if (col == idx) {
			size_t b = j;
			while (a < b && rx_in(" \t\r\n`\"[", s[a]))
				a++;
			while (b > a && rx_in(" \t\r\n`\"]", s[b - 1]))
				b--;
			if (b <= a)
				return 0;
			rx_fold(s + a, b - a, hdr, cap);
			return 1;
		}
		col++;
		a = j + 1;
	}
	return 0;
}

int rx_sql_text(const char *s, size_t len)
{
	for (size_t i = 0; i + 6 <= len; i++)
		if ((s[i] | 0x20) == 'i' && word_ci(s, len, i, "insert"))
			return 1;
	return 0;
}
