/* console_signin: opens the console's sign-in from the configuration: the
 * session table (session.h) and the relying party of the one [issuer:NAME]
 * with console_client_id (oidc_rp.h), its client secret read from its file.
 * Separate from app.c so that the console's wiring stays in one place. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app-t.h"
#include "app.h"
#include "config.h"
#include "errbuf.h"
#include "file.h"
#include "oidc_rp.h"
#include "session.h"

#define SECRET_MAX  4096
#define LOGINS_MAX  256 /* sign-ins in progress at once */
#define LOGIN_TTL_S 600

static char origin[256];

int app_console_open(const struct config *cfg, struct app *h, char *err, size_t errsz)
{
	char *secret = NULL;
	size_t len = 0;
	int rc = -1;
	if (!cfg->console_listen || cfg->console_signin < 0)
		return 0; /* no sign-in: the console serves its public pages only */
	const struct config_issuer *is = &cfg->issuers[cfg->console_signin];
	if (file_read(is->console_client_secret_file, SECRET_MAX, &secret, &len) != 0) {
		errbuf_set(err, errsz, "[issuer:%s] console_client_secret_file: cannot read '%s'",
			   is->name, is->console_client_secret_file);
		goto out;
	}
	while (len &&
	       (secret[len - 1] == '\n' || secret[len - 1] == '\r' || secret[len - 1] == ' '))
		secret[--len] = '\0';
	if (!len || strlen(secret) != len) {
		errbuf_set(err, errsz, "[issuer:%s] console_client_secret_file is empty", is->name);
		goto out;
	}
	/* The redirect URL's origin: "https://" up to the path. */
	const char *u = is->console_redirect_url, *path = strchr(u + 8, '/');
	snprintf(origin, sizeof origin, "%.*s", (int)(path ? path - u : (long)strlen(u)), u);
	sess_conf sc = {.max = (unsigned)cfg->console_sessions_max,
			.logins_max = LOGINS_MAX,
			.idle_s = cfg->console_session_idle_s,
			.absolute_s = cfg->console_session_max_s,
			.login_ttl_s = LOGIN_TTL_S};
	if (sess_open(&h->sessions, &sc)) {
		errbuf_set(err, errsz, "console sessions: out of memory");
		goto out;
	}
	oidc_rp_conf rc_ = {.issuer = is->name,
			    .iss = is->iss,
			    .discovery = is->discovery,
			    .ca_file = is->ca_file,
			    .client_id = is->console_client_id,
			    .client_secret = secret,
			    .redirect_url = is->console_redirect_url,
			    .scope = is->console_scope ? is->console_scope : "openid profile email",
			    .allow_http = cfg->allow_http_issuers};
	char e2[300];
	if (oidc_rp_open(&h->signin, &rc_, e2, sizeof e2)) {
		errbuf_set(err, errsz, "[issuer:%s] console sign-in: %s", is->name, e2);
		goto out;
	}
	h->console_origin = origin;
	rc = 0;
out:
	if (secret) {
		memset(secret, 0, len);
		free(secret);
	}
	return rc;
}

void app_console_close(struct app *h)
{
	oidc_rp_close(h->signin);
	sess_close(h->sessions);
	h->signin = NULL;
	h->sessions = NULL;
	h->console_origin = NULL;
}
