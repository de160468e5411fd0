/* sinks: webhook (libcurl, HMAC-SHA256 signature) and RFC 5424 syslog
 * datagrams (see sinks.h). */
#include "sinks.h"

#include <curl/curl.h>
#include <errno.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

void sink_sign(const uint8_t *key, size_t keylen, const char *body, size_t len,
	       char out[SINK_SIG_LEN])
{
	unsigned char mac[32];
	unsigned int maclen = 0;
	static const char hex[] = "0123456789abcdef";
	memcpy(out, "sha256=", 7);
	if (!HMAC(EVP_sha256(), key, (int)keylen, (const unsigned char *)body, len, mac, &maclen) ||
	    maclen != 32) {
		out[7] = '\0'; /* never a valid signature */
		return;
	}
	for (size_t i = 0; i < 32; i++) {
		out[7 + 2 * i] = hex[mac[i] >> 4];
		out[8 + 2 * i] = hex[mac[i] & 15];
	}
	out[71] = '\0';
	OPENSSL_cleanse(mac, sizeof mac);
}

/* ---- webhook ---- */

struct sink_webhook {
	CURL *curl;
	char *url;
	char *ca_file;
	uint8_t key[SINK_KEY_MAX];
	size_t keylen;
	uint32_t timeout_ms;
};

static size_t discard(char *p, size_t size, size_t n, void *ud)
{
	(void)p;
	size_t *seen = ud;
	*seen += size * n;
	/* A receiver's answer is not read; a huge one ends the transfer. */
	return *seen > 65536 ? 0 : size * n;
}

int sink_webhook_create(const char *url, const uint8_t *key, size_t keylen, const char *ca_file,
			uint32_t timeout_ms, sink_webhook **out, char *err, size_t errsz)
{
	*out = NULL;
	if (!url || strncmp(url, "https://", 8) != 0 || strlen(url) > 2048) {
		snprintf(err, errsz, "webhook_url must be an https:// URL of at most 2048 bytes");
		return -1;
	}
	if (!key || keylen == 0 || keylen > SINK_KEY_MAX) {
		snprintf(err, errsz, "the webhook secret must be 1..%d bytes", SINK_KEY_MAX);
		return -1;
	}
	sink_webhook *w = calloc(1, sizeof *w);
	if (!w)
		goto nomem;
	w->url = strdup(url);
	w->ca_file = ca_file ? strdup(ca_file) : NULL;
	w->curl = curl_easy_init();
	if (!w->url || (ca_file && !w->ca_file) || !w->curl)
		goto nomem;
	memcpy(w->key, key, keylen);
	w->keylen = keylen;
	w->timeout_ms = timeout_ms ? timeout_ms : 10000;
	*out = w;
	return 0;
nomem:
	sink_webhook_free(w);
	snprintf(err, errsz, "out of memory");
	return -1;
}

int sink_webhook_post(sink_webhook *w, const char *body, size_t len, uint64_t alert_id, char *err,
		      size_t errsz)
{
	char sig[SINK_SIG_LEN], h_sig[SINK_SIG_LEN + 32], h_id[64];
	struct curl_slist *hdrs = NULL, *tmp;
	size_t seen = 0;
	int rc = -1;
	sink_sign(w->key, w->keylen, body, len, sig);
	snprintf(h_sig, sizeof h_sig, "X-Custos-Signature: %s", sig);
	snprintf(h_id, sizeof h_id, "X-Custos-Alert-Id: %llu", (unsigned long long)alert_id);
	const char *const lines[] = {"Content-Type: application/json", h_sig, h_id, "Expect:"};
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		tmp = curl_slist_append(hdrs, lines[i]);
		if (!tmp) {
			snprintf(err, errsz, "out of memory");
			goto out;
		}
		hdrs = tmp;
	}
	CURL *c = w->curl;
	curl_easy_reset(c);
	curl_easy_setopt(c, CURLOPT_URL, w->url);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "https");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
	if (w->ca_file)
		curl_easy_setopt(c, CURLOPT_CAINFO, w->ca_file);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS,
			 (long)(w->timeout_ms < 5000 ? w->timeout_ms : 5000));
	curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, (long)w->timeout_ms);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
	curl_easy_setopt(c, CURLOPT_POST, 1L);
	curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "custos-alerts/1");
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &seen);
	char ebuf[CURL_ERROR_SIZE] = "";
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, ebuf);
	CURLcode cc = curl_easy_perform(c);
	long status = 0;
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	if (cc != CURLE_OK && !(cc == CURLE_WRITE_ERROR && status >= 200 && status < 300)) {
		snprintf(err, errsz, "%s", ebuf[0] ? ebuf : curl_easy_strerror(cc));
		goto out;
	}
	if (status < 200 || status > 299) {
		snprintf(err, errsz, "HTTP %ld", status);
		goto out;
	}
	rc = 0;
out:
	curl_easy_setopt(w->curl, CURLOPT_HTTPHEADER, NULL);
	curl_easy_setopt(w->curl, CURLOPT_ERRORBUFFER, NULL);
	curl_slist_free_all(hdrs);
	return rc;
}

void sink_webhook_free(sink_webhook *w)
{
	if (!w)
		return;
	if (w->curl)
		curl_easy_cleanup(w->curl);
	free(w->url);
	free(w->ca_file);
	OPENSSL_cleanse(w->key, sizeof w->key);
	free(w);
}

/* ---- syslog ---- */

struct sink_syslog {
	char path[108];
	int fd;
	char host[256];
	int pid;
};

int sink_syslog_create(const char *path, sink_syslog **out, char *err, size_t errsz)
{
	*out = NULL;
	const char *p = path && *path ? path : "/dev/log";
	sink_syslog *s = calloc(1, sizeof *s);
	if (!s) {
		snprintf(err, errsz, "out of memory");
		return -1;
	}
	if (strlen(p) >= sizeof s->path) {
		free(s);
		snprintf(err, errsz, "syslog socket path longer than %zu bytes",
			 sizeof s->path - 1);
		return -1;
	}
	snprintf(s->path, sizeof s->path, "%s", p);
	s->fd = -1;
	if (gethostname(s->host, sizeof s->host - 1) != 0 || !s->host[0])
		snprintf(s->host, sizeof s->host, "-");
	s->pid = (int)getpid();
	*out = s;
	return 0;
}

void sink_syslog_free(sink_syslog *s)
{
	if (!s)
		return;
	if (s->fd >= 0)
		close(s->fd);
	free(s);
}

/* Appends printable ASCII of s (others as '?', cut at max), escaping for an
 * SD-PARAM value when sd (RFC 5424 6.3.3: '"', '\' and ']'). */
static size_t put_text(char *out, size_t o, size_t cap, const char *s, size_t max, int sd)
{
	for (size_t i = 0; s && s[i] && i < max && o + 2 < cap; i++) {
		unsigned char c = (unsigned char)s[i];
		if (sd && (c == '"' || c == '\\' || c == ']'))
			out[o++] = '\\';
		out[o++] = c >= 0x20 && c < 0x7f ? (char)c : '?';
	}
	return o;
}

/* A header field: printable ASCII without spaces, 1..max, else "-". */
static size_t put_token(char *out, size_t o, size_t cap, const char *s, size_t max)
{
	size_t n = 0;
	for (; s && s[n] && n < max && o + n + 1 < cap; n++) {
		unsigned char c = (unsigned char)s[n];
		out[o + n] = c > 0x20 && c < 0x7f ? (char)c : '_';
	}
	if (n == 0)
		out[o + n++] = '-';
	return o + n;
}

/* snprintf at out + *o, keeping *o <= cap - 1 whatever the result. */
__attribute__((format(printf, 4, 5))) static void app(char *out, size_t *o, size_t cap,
						      const char *fmt, ...)
{
	va_list ap;
	if (*o + 1 >= cap)
		return;
	va_start(ap, fmt);
	int n = vsnprintf(out + *o, cap - *o, fmt, ap);
	va_end(ap);
	if (n > 0)
		*o += (size_t)n < cap - *o ? (size_t)n : cap - *o - 1;
}

size_t sink_syslog_format(const json_t *alert, const char *host, int pid, char *out, size_t cap)
{
	if (cap < 256)
		return 0;
	const char *kind = json_string_value(json_object_get(alert, "kind"));
	const char *time = json_string_value(json_object_get(alert, "time"));
	size_t o = 0;
	/* <PRI>: authpriv (10) * 8 + warning (4) = 84. */
	app(out, &o, cap, "<84>1 ");
	o = put_token(out, o, 64, time, 40);
	out[o++] = ' ';
	o = put_token(out, o, 200, host, 120);
	app(out, &o, cap, " custos %d ", pid);
	o = put_token(out, o, o + 40, kind, 32); /* MSGID: at most 32 characters */
	app(out, &o, cap, " [custos@32473 id=\"%lld\" subject=\"",
	    (long long)json_integer_value(json_object_get(alert, "id")));
	o = put_text(out, o, cap / 2, json_string_value(json_object_get(alert, "subject")), 400, 1);
	app(out, &o, cap, "\" seqs=\"");
	const json_t *seqs = json_object_get(alert, "seqs");
	for (size_t i = 0; i < json_array_size(seqs) && o + 48 < cap; i++)
		app(out, &o, cap, "%s%lld", i ? "," : "",
		    (long long)json_integer_value(json_array_get(seqs, i)));
	app(out, &o, cap, "\"] ");
	o = put_text(out, o, cap, json_string_value(json_object_get(alert, "detail")), 1024, 0);
	return o;
}

int sink_syslog_send(sink_syslog *s, const json_t *alert, char *err, size_t errsz)
{
	char msg[SINK_SYSLOG_MAX];
	size_t n = sink_syslog_format(alert, s->host, s->pid, msg, sizeof msg);
	if (s->fd < 0) {
		s->fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
		struct sockaddr_un sa = {.sun_family = AF_UNIX};
		snprintf(sa.sun_path, sizeof sa.sun_path, "%s", s->path);
		if (s->fd < 0 || connect(s->fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
			snprintf(err, errsz, "cannot connect to %s: %s", s->path, strerror(errno));
			if (s->fd >= 0)
				close(s->fd);
			s->fd = -1;
			return -1;
		}
	}
	ssize_t w = send(s->fd, msg, n, MSG_DONTWAIT | MSG_NOSIGNAL);
	if (w != (ssize_t)n) {
		snprintf(err, errsz, "send to %s: %s", s->path, w < 0 ? strerror(errno) : "short");
		/* The daemon may have restarted: reconnect next time. */
		close(s->fd);
		s->fd = -1;
		return -1;
	}
	return 0;
}
