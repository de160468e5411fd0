/* Shared by secret.c (secrets by shape and key) and secret_phrase.c
 * (secrets named in words). */
#ifndef CUSTOS_REDACT_SECRET_INT_H
#define CUSTOS_REDACT_SECRET_INT_H

#include <stddef.h>

#include "redact_int.h"

/* Whether the n bytes at s hold w (ASCII, case-insensitive). */
int sc_ci_contains(const char *s, size_t n, const char *w);
/* A placeholder, not a secret: <your-key>, ${VAR}, ****, changeme, one
 * character repeated... */
int sc_placeholder(const char *v, size_t n);
/* Something else where a secret would be: an email address, a phone
 * number, a host name, a variable, a call, a digest, a publishable key, a
 * Twilio resource SID, a list or CSV header. */
int sc_other_value(const char *v, size_t n);
/* A value that is a list of IP addresses (secret_more.c). */
int sc_ip_list(const char *s, size_t vs, size_t ve);
/* A token of twenty hex digits or more, digits and letters both
 * (secret_more.c). */
int sc_hex_token(const char *v, size_t n);
/* A DSN with its key as the URL's user ("https://<hex>@o43.ingest.sentry.io/37"):
 * the key's offsets in [*ks, *ke) (secret_more.c). */
int sc_dsn(const char *v, size_t n, size_t *ks, size_t *ke);
/* A pgbouncer userlist's "name" "password" lines, after "userlist"
 * (sc_userlist_kws): secret_more.c. */
extern struct rx_kwset sc_userlist_kws;
unsigned sc_detect_userlist(struct rx_ctx *c);
/* Whether a value is varied: a digit, a symbol (a space counts) or both
 * cases with a capital after its first letter (secret_again.c). */
int sc_varied(const char *v, size_t n);
/* A word that reads like a password, and is no placeholder. */
int sc_password_like(const char *v, size_t n);
/* The value at s[i] (after quotes and spaces), its start in *vs and its raw
 * end in *raw; its end without trailing sentence punctuation. */
size_t sc_value_at(const char *s, size_t len, size_t i, size_t *vs, size_t *raw);
/* A key named by the word before it (the key word starts at ks): "Cache
 * key", "primary key" name identifiers, not credentials. */
int sc_id_key(const char *s, size_t ks);
/* Whether the identifier s[ks..ke) names a password or a secret (not a
 * generic key). */
int sc_secret_key(const char *s, size_t ks, size_t ke);

/* The phrase detectors (secret_phrase.c) and the words that trigger them. */
extern struct rx_kwset sc_phrase_kws;
extern struct rx_kwset sc_user_option_kws;
unsigned sc_detect_phrase(struct rx_ctx *c);
unsigned sc_detect_user_option(struct rx_ctx *c);
/* "net use ... /user:name <password>", "net user <name> <password> /add",
 * "rabbitmqctl add_user <name> <password>" (sc_account_cmd_kws). */
extern struct rx_kwset sc_account_cmd_kws;
unsigned sc_detect_account_cmd(struct rx_ctx *c);
/* A password file's line "host:port:database:user:password" (secret_phrase.c). */
unsigned sc_detect_pgpass(struct rx_ctx *c);
/* {"key": "password", "value": "..."}: fired at "value" (sc_pair_kws). */
extern struct rx_kwset sc_pair_kws;
unsigned sc_detect_pair_value(struct rx_ctx *c);
/* "WiFi: Net / pass", "log in as user / pass" (sc_slash_kws). */
extern struct rx_kwset sc_slash_kws;
unsigned sc_detect_slash_pair(struct rx_ctx *c);
/* A door's, a gate's or a key box's code after its words (sc_door_kws),
 * or after such words of a CJK or Thai script (at the code's digit); a
 * password after its label in other scripts, or after a Wi-Fi network's
 * name (at ':'): secret_door.c. */
extern struct rx_kwset sc_door_kws;
unsigned sc_detect_door(struct rx_ctx *c);
unsigned sc_detect_door_script(struct rx_ctx *c);
/* A code after a word that only says "code" on a line about a door, a
 * gate, a locker or opening one (secret_door.c). */
extern struct rx_kwset sc_code_kws;
unsigned sc_detect_code_said(struct rx_ctx *c);
/* A porting code, a SIM's PUK, a router's password under a label of
 * another language (secret_door.c). */
extern struct rx_kwset sc_sim_kws;
unsigned sc_detect_sim_code(struct rx_ctx *c);
unsigned sc_detect_script_pw(struct rx_ctx *c);

/* Configuration forms (secret_config.c): an XML element named like a
 * secret (at '<'), Redis's "requirepass"/"masterauth" (sc_directive_kws),
 * "Basic <base64 of user:password>" (sc_scheme_kws). */
unsigned sc_detect_xml(struct rx_ctx *c);
/* Keys by their shape or place: wallet import format, 64 hex digits after
 * a private-key word, node providers' URL keys, Teams webhooks
 * (secret_keys.c); triggered at a word's first digit or letter. */
unsigned sc_detect_key_shape(struct rx_ctx *c);
unsigned sc_detect_telegram(struct rx_ctx *c);
unsigned sc_detect_pass_show(struct rx_ctx *c);
extern struct rx_kwset sc_pass_show_kws;
extern struct rx_kwset sc_directive_kws;
/* An INI section of accounts ("[users]"), its lines' passwords
 * (secret_config.c). */
extern struct rx_kwset sc_section_kws;
unsigned sc_detect_account_section(struct rx_ctx *c);
unsigned sc_detect_directive(struct rx_ctx *c);
/* "    HTTP_Passwd  value" at a line's start, fired at the key's last '_'. */
unsigned sc_detect_spaced_key(struct rx_ctx *c);
/* secret_mfa.c: a two-factor account's backup codes under their heading
 * (at the heading's words, or at a numbered list's "1." when a heading in
 * a script without spaces is above it); a setup key or an app password in
 * groups of four, a screen time's passcode (at ':'). */
extern struct rx_kwset sc_recovery_kws;
unsigned sc_detect_recovery_codes(struct rx_ctx *c);
unsigned sc_detect_recovery_list(struct rx_ctx *c);
unsigned sc_detect_grouped_key(struct rx_ctx *c);
/* A security question's answer after its words (secret_mfa.c). */
extern struct rx_kwset sc_question_kws;
unsigned sc_detect_security_answer(struct rx_ctx *c);
/* secret_more.c: an SNMP community, a cookies.txt line's value (at its
 * last tab), Cisco type 7, a PuTTY key file (at "PuTTY"). */
extern struct rx_kwset sc_snmp_kws, sc_cisco7_kws;
unsigned sc_detect_snmp(struct rx_ctx *c);
unsigned sc_detect_cookie_line(struct rx_ctx *c);
unsigned sc_detect_cisco7(struct rx_ctx *c);
/* Cisco's type 0 (the password in clear), Dovecot's {PLAIN} scheme
 * (secret_more.c). */
extern struct rx_kwset sc_cisco0_kws, sc_plain_scheme_kws;
unsigned sc_detect_cisco0(struct rx_ctx *c);
unsigned sc_detect_plain_scheme(struct rx_ctx *c);
unsigned sc_detect_ppk(struct rx_ctx *c);
/* An Oracle connect string's password (sqlplus, connect: sc_connect_kws). */
extern struct rx_kwset sc_connect_kws;
unsigned sc_detect_connect_string(struct rx_ctx *c);
/* "[smtp.host]:587 user:password" (Postfix's sasl_passwd), at '['. */
unsigned sc_detect_sasl_passwd(struct rx_ctx *c);
/* curl's and wget's "user = name:password": the password (secret.c's
 * assignments ask for keys that name no secret). */
/* A one-time link's token in a URL's query, its parameter's name ending
 * at ke (secret_more.c). */
int sc_link_token(const char *s, size_t ke, size_t vs, size_t ve);
unsigned sc_user_pair(struct rx_ctx *c, size_t ks, size_t ke, size_t vs, size_t ve);
extern struct rx_kwset sc_scheme_kws;
unsigned sc_detect_basic(struct rx_ctx *c);
/* A "Key  Value" table's secret rows and FreeRADIUS's logged passwords
 * (sc_table_kws: "key", "login incorrect", "login ok"). */
extern struct rx_kwset sc_table_kws;
unsigned sc_detect_table(struct rx_ctx *c);
/* PHP's define('DB_PASSWORD', '...') (sc_define_kws), and a table cell
 * under a column, or beside a row's key, that names a secret (at '|'):
 * secret_more.c. */
extern struct rx_kwset sc_define_kws;
unsigned sc_detect_define(struct rx_ctx *c);
unsigned sc_detect_secret_cell(struct rx_ctx *c);
/* Whether the label before the ':' or '=' at s[at] names a secret in words
 * ("Pre-Shared Key", "Communauté SNMP", "WLAN-Netzwerkschlüssel (WPA2)",
 * "aws_secret_access_key"; secret_more.c). */
int sc_named_secret(const struct rx_ctx *c, size_t at);
/* A key of three digit groups or more (4-6 digits each, 12 digits at
 * least) at vs to its field's end: its end, or vs (secret_wifi.c). */
size_t sc_digit_groups(const char *s, size_t len, size_t vs);
/* A network's name and its key after a Wi-Fi label ("Guest Wi-Fi: GUEST-PB
 * / 0660 4213 ..."): the key. */
/* Whether the label before the colon at c->ms is a Wi-Fi's, a note in
 * parentheses after it or not ("Wi-Fi (members):"). */
int sc_wifi_label(struct rx_ctx *c);
/* A router's login after its address: "http://192.168.0.1 admin / <password>"
 * (secret_wifi.c); the value [vs, ve) is the address. */
unsigned sc_login_after_url(struct rx_ctx *c, size_t vs, size_t ve);
unsigned sc_wifi_pair(struct rx_ctx *c, size_t vs);
/* A network's name in quotes after a Wi-Fi word, before the colon at
 * c->ms ('WLAN "HL-Staff": Roof-78056Q'): the key [vs, ve) is emitted. */
unsigned sc_wifi_named(struct rx_ctx *c, size_t vs, size_t ve);
/* A router's key alone after a Wi-Fi label ("Wi-Fi: rrwk-3qny-a8g3", "Wi-Fi
 * Livebox-3F2A : 9rxb-7zfv-wvaz"), when it is shaped like a key, not like
 * a network's name. */
unsigned sc_wifi_alone(struct rx_ctx *c, size_t vs, size_t ve);
/* A Wi-Fi's key said in a chat after a Wi-Fi word ("la wifi del despacho
 * es Lumen#7424!"). */
extern struct rx_kwset sc_wifi_said_kws;
unsigned sc_detect_wifi_said(struct rx_ctx *c);
/* An account's password after its e-mail and a slash ("Netflix: a@b.com /
 * OtterLuna1907!"), fired at '/' or '|' (secret_account.c). */
unsigned sc_detect_account_pair(struct rx_ctx *c);
/* Google's app password at s[vs], four groups of four lower-case letters
 * with a space between them (19 bytes), then the line's or the value's end
 * ("MAIL_PASSWORD=tigw zshn pbqg lhew"). */
int sc_app_password(const char *s, size_t len, size_t vs);
/* A URL's or connection string's password, at "://" (secret_config.c). */
unsigned sc_detect_url_password(struct rx_ctx *c);
/* A credentials file's user and password lines under its name
 * (sc_cred_file_kws: "creds.txt:"; secret_cli.c). */
extern struct rx_kwset sc_cred_file_kws;
unsigned sc_detect_cred_file(struct rx_ctx *c);

/* A wallet's recovery phrase after its words; a password of the usual
 * shape said in a message about logging in (secret_seed.c). */
extern struct rx_kwset sc_seed_kws;
unsigned sc_detect_seed(struct rx_ctx *c);
/* A recovery phrase alone on its line, at the '\n' before it. */
unsigned sc_detect_seed_line(struct rx_ctx *c);
unsigned sc_detect_said_password(struct rx_ctx *c);

#endif
