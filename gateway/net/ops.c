/* ops: the plain-HTTP ops listener (/healthz, /readyz, /metrics) and the
 * small libmicrohttpd helpers every listener uses (server_int.h). */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "metrics.h"
#include "server_int.h"

void srv_mhd_logger(void *cls, const char *fmt, va_list ap)
{
	(void)cls;
	char buf[512];
	vsnprintf(buf, sizeof buf, fmt, ap);
	size_t n = strlen(buf);
	while (n && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
		buf[--n] = '\0';
	log_debug("libmicrohttpd", "detail", buf);
}

size_t srv_no_unescape(void *cls, struct MHD_Connection *c, char *s)
{
	(void)cls;
	(void)c;
	return strlen(s);
}

int srv_make_addr(const char *host, int port, struct sockaddr_storage *ss)
{
	memset(ss, 0, sizeof *ss);
	struct sockaddr_in *a4 = (struct sockaddr_in *)ss;
	struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)ss;
	if (inet_pton(AF_INET, host, &a4->sin_addr) == 1) {
		a4->sin_family = AF_INET;
		a4->sin_port = htons((uint16_t)port);
		return 0;
	}
	if (inet_pton(AF_INET6, host, &a6->sin6_addr) == 1) {
		a6->sin6_family = AF_INET6;
		a6->sin6_port = htons((uint16_t)port);
		return 1;
	}
	return -1;
}

static enum MHD_Result ops_reply(struct MHD_Connection *mc, unsigned status, const char *ctype,
				 char *body, size_t len, int must_free)
{
	struct MHD_Response *resp = MHD_create_response_from_buffer(
		len, body, must_free ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
	if (!resp)
		return MHD_NO;
	MHD_add_response_header(resp, "Content-Type", ctype);
	enum MHD_Result ret = MHD_queue_response(mc, status, resp);
	MHD_destroy_response(resp);
	return ret;
}

/* A static string answer; its length is computed, never written by hand. */
static enum MHD_Result ops_static(struct MHD_Connection *mc, unsigned status, const char *body)
{
	return ops_reply(mc, status, "application/json", (char *)body, strlen(body), 0);
}

static enum MHD_Result ops_handler(void *cls, struct MHD_Connection *mc, const char *url,
				   const char *method, const char *version, const char *upload_data,
				   size_t *upload_data_size, void **con_cls)
{
	const struct server_conf *conf = cls;
	(void)version;
	(void)upload_data;
	static int marker;
	if (!*con_cls) {
		*con_cls = &marker;
		return MHD_YES;
	}
	if (*upload_data_size) {
		*upload_data_size = 0; /* ops takes no bodies */
		return MHD_YES;
	}
	if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0)
		return ops_static(mc, 405, "{\"error\":{\"code\":\"method_not_allowed\"}}");
	if (!strcmp(url, "/healthz"))
		return ops_static(mc, 200, "{\"status\":\"ok\"}");
	if (!strcmp(url, "/readyz")) {
		const char *why = NULL;
		if (!conf->ready || conf->ready(&why))
			return ops_static(mc, 200, "{\"ready\":true}");
		char *b = NULL;
		int n = asprintf(&b, "{\"ready\":false,\"reason\":\"%s\"}", why ? why : "unknown");
		if (n < 0)
			return MHD_NO;
		return ops_reply(mc, 503, "application/json", b, (size_t)n, 1);
	}
	if (!strcmp(url, "/metrics")) {
		size_t len = 0;
		char *m = metrics_render(&len);
		if (!m)
			return MHD_NO;
		return ops_reply(mc, 200, "text/plain; version=0.0.4", m, len, 1);
	}
	return ops_static(
		mc, 404,
		"{\"error\":{\"code\":\"not_found\",\"message\":\"ops serves /healthz /readyz /metrics only\"}}");
}

struct MHD_Daemon *srv_start_ops(const struct server_conf *cfg)
{
	struct sockaddr_storage ss;
	int v6 = srv_make_addr(cfg->ops_host, cfg->ops_port, &ss);
	if (v6 < 0)
		return NULL;
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_POLL | MHD_USE_ERROR_LOG |
			 (v6 ? MHD_USE_IPv6 : 0);
	/* One option and its values a line. */
	/* clang-format off */
	return MHD_start_daemon(flags, 0, NULL, NULL, ops_handler, (void *)cfg,
				MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
				MHD_OPTION_CONNECTION_LIMIT, 64u,
				MHD_OPTION_CONNECTION_TIMEOUT, 10u,
				MHD_OPTION_UNESCAPE_CALLBACK, srv_no_unescape, NULL,
				MHD_OPTION_EXTERNAL_LOGGER, srv_mhd_logger, NULL,
				MHD_OPTION_END);
	/* clang-format on */
}
