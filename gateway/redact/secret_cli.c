/* secret_cli.c: passwords on command lines: a client's user option
 * ("curl -u user:password", "mysql -p'...'", "sshpass -p", "ldapsearch
 * -w", "redis-cli -a", "mcrcon -p", "az login -p"), htpasswd's batch mode,
 * keytool's -storepass and PowerShell's ConvertTo-SecureString. */
#include <string.h>

#include "secret_int.h"

static const char *const user_option_words[] = {"curl", "wget", "mysql", "mysqldump",
						 "mysqladmin", "smbclient", "rpcclient", "smbcacls", "x11vnc",
						 "smbmap", "ipmitool", "sshpass", "ldapsearch", "ldapmodify",
						 "ldapadd", "ldapdelete", "ldapwhoami", "ldappasswd", "ldapcompare",
						 "ldapmodrdn", "htpasswd", "convertto-securestring", "redis-cli",
						 "mcrcon", "keytool", "az login", "b64encode", "btoa", NULL};
struct rx_kwset sc_user_option_kws = RX_KWSET(user_option_words);

/* The argument after s[i] (spaces first): its bounds, 0 when none. */
static int next_arg(const char *s, size_t le, size_t i, size_t *vs, size_t *ve)
{
	size_t raw;
	*ve = sc_value_at(s, le, i, vs, &raw);
	return *ve > *vs;
}

/* "htpasswd -bB /etc/nginx/.htpasswd user 'pass'" (-b: the password on
 * the command line; -n: no file before the user), PowerShell's
 * "ConvertTo-SecureString 'pass' -AsPlainText": the password. */
static unsigned cli_password(struct rx_ctx *c, size_t le)
{
	const char *s = c->text;
	size_t vs, ve, i = c->me;
	if (c->me - c->ms == 8) { /* htpasswd */
		int batch = 0, nofile = 0, args = 0;
		while (i < le && next_arg(s, le, i, &vs, &ve)) {
			i = ve + (ve < le && (s[ve] == '\'' || s[ve] == '"'));
			if (s[vs] == '-' && vs > 0 && s[vs - 1] == ' ') {
				for (size_t k = vs + 1; k < ve; k++) {
					batch |= s[k] == 'b';
					nofile |= s[k] == 'n';
				}
				continue;
			}
			if (++args == (nofile ? 2 : 3))
				return batch && !sc_placeholder(s + vs, ve - vs) && s[vs] != '$'
					       ? (unsigned)rx_emit(c, vs, ve, REDACT_SECRET)
					       : 0;
		}
		return 0;
	}
	/* ConvertTo-SecureString [-String] "pass" -AsPlainText */
	size_t k = i;
	while (k < le && s[k] == ' ')
		k++;
	if (k + 8 < le && rx_fold_eq(s + k, "-string ", 8))
		k += 8;
	if (!next_arg(s, le, k, &vs, &ve) || (s[vs - 1] != '"' && s[vs - 1] != '\'') ||
	    !memmem(s + ve, le - ve, "-AsPlainText", 12) || sc_placeholder(s + vs, ve - vs) || s[vs] == '$')
		return 0;
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}

/* An option's password argument from s[at] (spaces first) on the line
 * ending at le: emitted unless it is a placeholder, a variable or the
 * next option. 1 when emitted. */
static unsigned flag_value(struct rx_ctx *c, size_t le, size_t at)
{
	const char *s = c->text;
	size_t vs, raw, ve = sc_value_at(s, le, at, &vs, &raw);
	if (ve > vs && !sc_placeholder(s + vs, raw - vs) && s[vs] != '$' && s[vs] != '-')
		return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
	return 0;
}

/* "curl -u deploy:Fr4nkfurt#881 https://...", "wget --user=bob --password=...",
 * "--user bob:pass": the password after the user name's ':'; "mysqldump -u
 * root -p'Girasol-4714'" (MySQL's clients take the password glued to -p). */
unsigned sc_detect_user_option(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t le = rx_line_end(s, c->len, c->me);
	/* Basic auth built in code: "b64encode('loadtest:Aizawl@5131x')",
	 * "btoa(`admin:${x}`)", "base64.b64encode(b'user:pw')" (stop 52) */
	if (s[c->ms] == 'b' && (c->me - c->ms == 4 || c->me - c->ms == 9)) {
		size_t q = c->me;
		if (q + 4 >= le || s[q] != '(')
			return 0;
		q += 1 + (s[q + 1] == 'b');
		char qc = s[q];
		if (!rx_in("'\"`", qc))
			return 0;
		size_t vs = q + 1, ve = vs;
		while (ve < le && ve - vs < 200 && s[ve] != qc)
			ve++;
		const char *colon = ve < le ? memchr(s + vs, ':', ve - vs) : NULL;
		if (!colon || colon == s + vs || memchr(s + vs, '$', ve - vs) || memchr(s + vs, '{', ve - vs))
			return 0;
		size_t ps = (size_t)(colon - s) + 1;
		if (ve > ps && sc_password_like(s + ps, ve - ps) && !sc_placeholder(s + ps, ve - ps))
			return (unsigned)rx_emit(c, ps, ve, REDACT_SECRET);
		return 0;
	}
	int mysql = c->me - c->ms >= 5 && rx_fold_eq(s + c->ms, "mysql", 5);
	if (rx_fold_eq(s + c->ms, "htpasswd", 8) || rx_fold_eq(s + c->ms, "convertto", 9))
		return cli_password(c, le);
	/* keytool's "-storepass <pw>" and "-keypass <pw>" */
	if (c->me - c->ms == 7 && rx_fold_eq(s + c->ms, "keytool", 7)) {
		for (size_t i = c->me; i + 11 < le; i++) {
			unsigned k;
			if (s[i] == ' ' && (memcmp(s + i, " -storepass ", 12) == 0 || memcmp(s + i, " -keypass ", 10) == 0) &&
			    (k = flag_value(c, le, i + (s[i + 2] == 's' ? 12 : 10))) != 0)
				return k;
		}
		return 0;
	}
	/* ipmitool's "-P <password>", sshpass's "-p <password>", the
	 * OpenLDAP tools' "-w <password>" */
	char pflag = c->me - c->ms == 8 && rx_fold_eq(s + c->ms, "ipmitool", 8) ? 'P'
		     : c->me - c->ms == 7 && rx_fold_eq(s + c->ms, "sshpass", 7) ? 'p'
		     : rx_fold_eq(s + c->ms, "ldap", 4)				   ? 'w'
		     : rx_fold_eq(s + c->ms, "redis", 5)				   ? 'a'
		     : c->me - c->ms == 6 && rx_fold_eq(s + c->ms, "mcrcon", 6)	   ? 'p'
		     : rx_fold_eq(s + c->ms, "az login", 8)			   ? 'p'
										   : 0;
	for (size_t i = c->me; i + 4 < le; i++) {
		size_t j;
		if (s[i] != ' ' || s[i + 1] != '-')
			continue;
		unsigned k;
		if (pflag && s[i + 2] == pflag && s[i + 3] == ' ') {
			if ((k = flag_value(c, le, i + 4)) != 0)
				return k;
			continue;
		}
		if (mysql && s[i + 2] == 'p' && s[i + 3] != ' ' && s[i + 3] != '-') {
			size_t vs, raw, ve = sc_value_at(s, le, i + 3, &vs, &raw);
			if (ve > vs && !sc_placeholder(s + vs, ve - vs) && s[vs] != '$')
				return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
			continue;
		}
		/* x11vnc's "-passwd <password>" */
		if (i + 9 < le && memcmp(s + i + 1, "-passwd ", 8) == 0) {
			if ((k = flag_value(c, le, i + 9)) != 0)
				return k;
			continue;
		}
		char sep = ':';
		if (s[i + 2] == 'u' && s[i + 3] == ' ') {
			j = i + 4;
		} else if (s[i + 2] == 'U' && s[i + 3] == ' ') {
			j = i + 4; /* smbclient -U 'DOMAIN\user%password' */
			sep = '%';
		} else if (i + 8 < le && memcmp(s + i + 1, "--user", 6) == 0 && rx_in(" =", s[i + 7])) {
			j = i + 8;
		} else {
			continue;
		}
		size_t vs, raw, ve = sc_value_at(s, le, j, &vs, &raw);
		const char *colon = memchr(s + vs, sep, ve - vs);
		if (!colon && ve < le && s[ve] == sep && (ve + 1 == le || s[ve + 1] == ' '))
			colon = s + ve++; /* ("-u <key>: -d ...": the value stopped at its ':') */
		if (!colon || colon == s + vs)
			continue;
		size_t ps = (size_t)(colon - s) + 1;
		if (ve > ps && sc_password_like(s + ps, ve - ps))
			return (unsigned)rx_emit(c, ps, ve, REDACT_SECRET);
		/* an API key as the user, no password ("curl -u <write key>:") */
		if (ve == ps && ps - 1 - vs >= 20 && sc_password_like(s + vs, ps - 1 - vs))
			return (unsigned)rx_emit(c, vs, ps - 1, REDACT_SECRET);
	}
	return 0;
}

/* A credentials file shown whole: a user line and a password line
 * (OpenVPN's auth-user-pass file, a mount's credentials file), under its
 * name ("creds.txt:", "$ cat /etc/openvpn/auth.txt"), when the name says
 * credentials. Fired at the name's word; the file's name ends its line and
 * its two lines follow, each one word, then a blank line, a prompt's
 * line ('$', '#') or the end. */
unsigned sc_detect_cred_file(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, i = c->me, le = rx_line_end(s, len, c->me);
	/* ".txt", ".conf", ".cfg", ".pass" or none, an optional ':', the line's end */
	if (i < le && s[i] == '.') {
		size_t k = i + 1;
		while (k < le && rx_is_alpha((unsigned char)s[k]))
			k++;
		if (k - i - 1 < 3 || k - i - 1 > 5)
			return 0;
		i = k;
	}
	if (i < le && s[i] == ':')
		i++;
	while (i < le && (s[i] == ' ' || s[i] == '\r'))
		i++;
	if (i != le || le >= len || (c->ms > 0 && rx_is_alnum((unsigned char)s[c->ms - 1])))
		return 0;
	size_t a = le + 1, ae = rx_line_end(s, len, a);
	if (ae >= len || ae == a || ae - a > 64)
		return 0;
	size_t b = ae + 1, be = rx_line_end(s, len, b);
	size_t pe = be > b && s[be - 1] == '\r' ? be - 1 : be;
	if (pe == b || pe - b > 128 ||
	    (be < len && !(be + 1 >= len || rx_in("\n\r$#", s[be + 1]))))
		return 0;
	for (size_t k = a; k < ae; k++)
		if (s[k] == ' ' || s[k] == '\t' || s[k] == ':' || s[k] == '=')
			return 0;
	for (size_t k = b; k < pe; k++)
		if (s[k] == ' ' || s[k] == '\t')
			return 0;
	if (!sc_password_like(s + b, pe - b) || sc_placeholder(s + b, pe - b) || sc_other_value(s + b, pe - b))
		return 0;
	return (unsigned)rx_emit(c, b, pe, REDACT_SECRET);
}
static const char *const cred_file_words[] = {"creds", "credentials", "credential", "auth",
					      "userpass", "user-pass", "login", "passwd", "password", NULL};
struct rx_kwset sc_cred_file_kws = RX_KWSET(cred_file_words);
