/* serve: the gateway process (custos serve). Loads the TLS material, locks
 * the data directory, opens the application, runs the data and ops
 * listeners with the phase engine over the handlers' route table, and waits
 * for signals: SIGHUP reloads, SIGUSR1 sweeps expired conversations now,
 * SIGTERM/SIGINT drain and stop. Tells systemd with sd_notify (READY,
 * RELOADING, STOPPING; a no-op without $NOTIFY_SOCKET). */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <systemd/sd-daemon.h>
#include <time.h>
#include <unistd.h>

#include "app-t.h"
#include "app.h"
#include "config.h"
#include "detect.h"
#include "handlers.h"
#include "keyring.h"
#include "log.h"
#include "pipeline.h"
#include "retention.h"
#include "server.h"
#include "tls.h"
#include "tlsfail.h"

/* Housekeeping state, touched by the deadline thread (tick) and SIGUSR1. */
static struct {
	atomic_int sweep_now;   /* SIGUSR1: sweep expired conversations now */
	uint64_t last_sweep_ms; /* deadline thread only */
	unsigned ticks;
	int sweep_interval_s;
} H;

int app_lock_data_dir(const char *data_dir, char *err, size_t errsz)
{
	char path[4096];
	if (mkdir(data_dir, 0700) != 0 && errno != EEXIST) {
		snprintf(err, errsz, "cannot create data_dir %s: %s", data_dir, strerror(errno));
		return -1;
	}
	snprintf(path, sizeof path, "%s/custos.pid", data_dir);
	int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0) {
		snprintf(err, errsz, "cannot open %s: %s", path, strerror(errno));
		return -1;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
		char pid[24] = "";
		ssize_t n = pread(fd, pid, sizeof pid - 1, 0);
		pid[n > 0 ? n : 0] = '\0';
		pid[strcspn(pid, "\n")] = '\0';
		snprintf(err, errsz, "data_dir %s is in use by another custos process (pid %s)",
			 data_dir, pid[0] ? pid : "?");
		close(fd);
		return -1;
	}
	char pid[24];
	int n = snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
	if (ftruncate(fd, 0) != 0 || pwrite(fd, pid, (size_t)n, 0) != n) {
		snprintf(err, errsz, "cannot write %s: %s", path, strerror(errno));
		close(fd);
		return -1;
	}
	return fd;
}

/* On the deadline thread, four times a second: a policy changed by another
 * process, the handshake refusals' summaries (once a second), the retention
 * sweep when due or asked for, one step of a master key rewrap if one is
 * running (bounded by [keys] rewrap_batch, so the deadline thread is never
 * held long). */
static void tick(uint64_t now_ms)
{
	keyring_tick(NULL);
	if (++H.ticks % 4 == 0) {
		app_poll();
		tlsfail_tick(now_ms);
		detect_tick(app_handles()->detect);
	}
	if (atomic_exchange(&H.sweep_now, 0) ||
	    now_ms - H.last_sweep_ms >= (uint64_t)H.sweep_interval_s * 1000u) {
		size_t n = 0;
		H.last_sweep_ms = now_ms;
		retention_sweep(app_handles(), &n);
	}
}

static void reload(void)
{
	char err[512];
	if (tls_reload(err, sizeof err) == 0)
		log_info("reloaded certificates, keys and trust list");
	else
		log_error("reload failed; keeping the previous certificates, keys and trust list",
			  "error", err);
	app_reload();
}

/* RELOADING=1 carries the monotonic time (systemd >= 253 asks for it with
 * Type=notify-reload; older ones ignore it). */
static void notify_reloading(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	sd_notifyf(0, "RELOADING=1\nMONOTONIC_USEC=%llu\nSTATUS=reloading",
		   (unsigned long long)ts.tv_sec * 1000000ull +
			   (unsigned long long)ts.tv_nsec / 1000u);
}

static struct server_conf server_conf_of(const struct config *cfg, struct pipeline *p,
					 struct pipeline *console)
{
	struct server_conf c = {
		.listen = cfg->listen,
		.listen_host = cfg->listen_host,
		.listen_port = cfg->listen_port,
		.ops_listen = cfg->ops_listen,
		.ops_host = cfg->ops_host,
		.ops_port = cfg->ops_port,
		.threads = cfg->threads,
		.max_body_bytes = cfg->max_body_bytes,
		.max_header_bytes = cfg->max_header_bytes,
		.max_connections = cfg->max_connections,
		.per_ip_connections = cfg->per_ip_connections,
		.idle_timeout_s = cfg->idle_timeout_s,
		.request_timeout_s = cfg->request_timeout_s,
		.ready = app_ready,
		.tick = tick,
	};
	pipe_hooks(p, &c.hooks);
	if (console) {
		c.console_listen = cfg->console_listen;
		c.console_host = cfg->console_host;
		c.console_port = cfg->console_port;
		c.console_cert_required = cfg->console_cert_required;
		pipe_hooks(console, &c.console_hooks);
	}
	return c;
}

/* Waits for a stopping signal, serving SIGHUP and SIGUSR1 meanwhile. */
static void wait_for_stop(const sigset_t *set, const struct config *cfg)
{
	for (;;) {
		int sig = 0;
		if (sigwait(set, &sig) != 0)
			continue;
		if (sig == SIGHUP) {
			notify_reloading();
			reload();
			sd_notifyf(0, "READY=1\nSTATUS=serving on %s", cfg->listen);
			continue;
		}
		if (sig == SIGUSR1) {
			atomic_store(&H.sweep_now, 1);
			continue;
		}
		log_info("stopping: draining in-flight requests", "signal",
			 sig == SIGTERM ? "SIGTERM" : "SIGINT");
		return;
	}
}

int app_serve(struct config *cfg)
{
	int rc = 1, lock_fd = -1, started = 0;
	struct pipeline *p = NULL, *console = NULL;
	char err[512];

	log_set_level(cfg->log_level);
	H.sweep_interval_s = cfg->sweep_interval_s;

	/* Signals are taken by sigwait in this thread only. */
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGUSR1);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);

	struct tls_conf tc = {.cert = cfg->cert,
			      .key = cfg->key,
			      .client_ca = cfg->client_ca,
			      .crl = cfg->crl,
			      .priorities = cfg->priorities,
			      .allow_intermediates = cfg->tls_allow_intermediates};
	if (tls_init(&tc, err, sizeof err)) {
		log_error("cannot load TLS material", "error", err);
		goto out;
	}
	lock_fd = app_lock_data_dir(cfg->data_dir, err, sizeof err);
	if (lock_fd < 0) {
		log_error("cannot start", "error", err);
		goto out;
	}
	if (app_open(cfg, err, sizeof err)) {
		log_error("cannot start", "error", err);
		goto out;
	}
	tlsfail_init(app_handles()->audit);
	tls_set_refusal_hook(tlsfail_report);
	size_t nroutes = 0;
	const struct route *routes = handlers_routes(&nroutes);
	if (pipe_create(app_handles(), routes, nroutes, &p)) {
		log_error("cannot start", "error", "out of memory");
		goto out;
	}
	if (cfg->console_listen) {
		size_t npublic = 0;
		const struct route *croutes = handlers_console_routes(&nroutes, &npublic);
		if (!croutes || pipe_create(app_handles(), croutes, nroutes, &console)) {
			log_error("cannot start", "error", "out of memory");
			goto out;
		}
		pipe_set_console(console, npublic);
	}
	struct server_conf sc = server_conf_of(cfg, p, console);
	if (server_start(&sc))
		goto out;
	started = 1;
	char threads[8];
	snprintf(threads, sizeof threads, "%d", cfg->threads);
	log_info("custos serving", "listen", cfg->listen, "ops", cfg->ops_listen, "console",
		 cfg->console_listen, "threads", threads, "version", CUSTOS_VERSION);
	/* Both listeners accept connections and the stores are open. */
	sd_notifyf(0, "READY=1\nSTATUS=serving on %s", cfg->listen);

	wait_for_stop(&set, cfg);
	sd_notify(0, "STOPPING=1\nSTATUS=draining in-flight requests");
	app_set_draining();
	server_drain(cfg->drain_timeout_s);
	rc = 0;
out:
	if (!started || rc)
		server_stop();
	tls_set_refusal_hook(NULL);
	tlsfail_shutdown();
	app_close();
	pipe_free(p);
	pipe_free(console);
	tls_shutdown();
	if (lock_fd >= 0)
		close(lock_fd); /* releases the lock */
	config_free(cfg);
	if (rc == 0)
		log_info("stopped");
	return rc;
}

const char *app_tls_default_priorities(void)
{
	return TLS_DEFAULT_PRIORITIES;
}
