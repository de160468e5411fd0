/* gateway/detect/alerts.c and sinks.c through real interfaces: a real
 * LMDB environment, a real HTTPS receiver (libmicrohttpd with a
 * certificate made here by the openssl CLI) and a real unix datagram socket
 * standing in for /dev/log.
 *
 *   - the webhook gets each alert once, in order, signed (HMAC checked here
 *     with OpenSSL), and gets the backlog after it was down; a restart of
 *     the pipeline resumes from the durable cursor (nothing repeated); a new
 *     sink starts after the alerts already stored;
 *   - syslog lines are RFC 5424 with the SD element and the seqs;
 *   - a store that refuses writes (map full) never blocks alerts_raise: the
 *     queue fills and further alerts are dropped and counted. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <lmdb.h>
#include <microhttpd.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "alerts.h"
#include "sinks.h"

#define TESTDIR_NAME "alerts"
#include "../testdir.h"
static const uint8_t KEY[32] = "0123456789abcdef0123456789abcdef";

static MDB_env *env_open(const char *sub, size_t map)
{
	char path[128];
	snprintf(path, sizeof path, "%s/%s", dir, sub);
	mkdir(path, 0700);
	MDB_env *env;
	assert_int_equal(mdb_env_create(&env), 0);
	assert_int_equal(mdb_env_set_maxdbs(env, 16), 0);
	assert_int_equal(mdb_env_set_mapsize(env, map), 0);
	assert_int_equal(mdb_env_open(env, path, MDB_NOTLS, 0600), 0);
	return env;
}

static uint64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/* ---- the receiver ---- */

#define MAX_GOT 64

static struct {
	pthread_mutex_t mu;
	int n;
	uint64_t ids[MAX_GOT];
	int sig_ok[MAX_GOT];
	char kinds[MAX_GOT][32];
	char *key_pem, *cert_pem;
} rx = {.mu = PTHREAD_MUTEX_INITIALIZER};

struct body {
	char buf[8192];
	size_t len;
};

static enum MHD_Result handler(void *cls, struct MHD_Connection *c, const char *url,
			       const char *method, const char *version, const char *data,
			       size_t *size, void **con_cls)
{
	(void)cls;
	(void)url;
	(void)version;
	struct body *b = *con_cls;
	if (!b) {
		b = calloc(1, sizeof *b);
		*con_cls = b;
		return MHD_YES;
	}
	if (*size) {
		size_t n = *size < sizeof b->buf - b->len - 1 ? *size : sizeof b->buf - b->len - 1;
		memcpy(b->buf + b->len, data, n);
		b->len += n;
		*size = 0;
		return MHD_YES;
	}
	const char *sig = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-Custos-Signature");
	const char *id = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-Custos-Alert-Id");
	unsigned char mac[32];
	unsigned int ml;
	HMAC(EVP_sha256(), KEY, sizeof KEY, (unsigned char *)b->buf, b->len, mac, &ml);
	char want[72] = "sha256=";
	for (int i = 0; i < 32; i++)
		snprintf(want + 7 + 2 * i, 3, "%02x", mac[i]);
	json_t *j = json_loadb(b->buf, b->len, 0, NULL);
	pthread_mutex_lock(&rx.mu);
	if (rx.n < MAX_GOT && !strcmp(method, "POST")) {
		rx.ids[rx.n] = id ? strtoull(id, NULL, 10) : 0;
		rx.sig_ok[rx.n] = sig && !strcmp(sig, want) && j &&
				  (uint64_t)json_integer_value(json_object_get(j, "id")) == rx.ids[rx.n];
		snprintf(rx.kinds[rx.n], sizeof rx.kinds[0], "%s",
			 j ? json_string_value(json_object_get(j, "kind")) : "?");
		rx.n++;
	}
	pthread_mutex_unlock(&rx.mu);
	json_decref(j);
	struct MHD_Response *r = MHD_create_response_from_buffer(2, (void *)"ok",
								 MHD_RESPMEM_PERSISTENT);
	enum MHD_Result ret = MHD_queue_response(c, 200, r);
	MHD_destroy_response(r);
	return ret;
}

static void done(void *cls, struct MHD_Connection *c, void **con_cls,
		 enum MHD_RequestTerminationCode toe)
{
	(void)cls;
	(void)c;
	(void)toe;
	free(*con_cls);
	*con_cls = NULL;
}

static struct MHD_Daemon *receiver(uint16_t port)
{
	return MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_TLS, port, NULL, NULL,
				handler, NULL, MHD_OPTION_HTTPS_MEM_KEY, rx.key_pem,
				MHD_OPTION_HTTPS_MEM_CERT, rx.cert_pem,
				MHD_OPTION_NOTIFY_COMPLETED, done, NULL,
				MHD_OPTION_LISTENING_ADDRESS_REUSE, 1, MHD_OPTION_END);
}

static char *slurp(const char *name)
{
	char path[128];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	char *buf = calloc(1, 16384);
	size_t n = fread(buf, 1, 16383, f);
	fclose(f);
	assert_true(n > 0);
	return buf;
}

static int wait_for(int n, uint32_t ms)
{
	uint64_t end = now_ms() + ms;
	for (;;) {
		pthread_mutex_lock(&rx.mu);
		int got = rx.n;
		pthread_mutex_unlock(&rx.mu);
		if (got >= n || now_ms() > end)
			return got;
		usleep(20000);
	}
}

static void raise_n(alerts *a, int from, int n)
{
	for (int i = from; i < from + n; i++) {
		uint64_t seqs[2] = {(uint64_t)i * 10, (uint64_t)i * 10 + 1};
		char subj[32];
		snprintf(subj, sizeof subj, "user:corp/u%d", i);
		assert_int_equal(alerts_raise(a, i % 2 ? "bulk_access" : "denial_streak", subj,
					      "detail", seqs, 2, 1767601800, NULL),
				 0);
	}
	assert_int_equal(alerts_flush(a, 10000), 0);
}

static void test_webhook_once_signed_backlog_restart(void **state)
{
	(void)state;
	assert_int_equal(testdir_run("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes "
			     "-keyout key.pem -out cert.pem -days 2 -subj /CN=127.0.0.1 "
			     "-addext subjectAltName=IP:127.0.0.1"),
			 0);
	rx.key_pem = slurp("key.pem");
	rx.cert_pem = slurp("cert.pem");
	char ca[128], url[128];
	snprintf(ca, sizeof ca, "%s/cert.pem", dir);

	/* A port that nothing listens on yet. */
	struct MHD_Daemon *d = receiver(0);
	assert_non_null(d);
	uint16_t port = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT)->port;
	MHD_stop_daemon(d);
	snprintf(url, sizeof url, "https://127.0.0.1:%u/hook", port);

	MDB_env *env = env_open("env", 1 << 24);
	dstore *ds;
	assert_int_equal(dstore_open(env, NULL, &ds, NULL, 0), 0);
	/* Alerts stored before the webhook was ever configured are not replayed. */
	json_t *old = json_pack("{s:s}", "kind", "old");
	assert_int_equal(dstore_alerts_append(ds, &old, 1, NULL, NULL), 0);
	json_decref(old);

	alerts_conf c = {.store = ds, .webhook_url = url, .webhook_key = KEY,
			 .webhook_key_len = sizeof KEY, .webhook_ca_file = ca,
			 .webhook_timeout_ms = 2000, .backoff_min_ms = 50, .backoff_max_ms = 200};
	alerts *a;
	char err[256];
	assert_int_equal(alerts_start(&c, &a, err, sizeof err), 0);
	raise_n(a, 1, 5); /* the receiver is down */
	uint64_t end = now_ms() + 10000;
	alerts_stats st;
	do {
		usleep(20000);
		alerts_get_stats(a, &st);
	} while (st.sinks[0].failures < 2 && now_ms() < end);
	assert_true(st.sinks[0].failures >= 2); /* retried, with backoff */
	assert_int_equal(st.sinks[0].delivered, 0);
	assert_int_equal(st.sinks[0].pending, 5);
	assert_non_null(strstr(st.sinks[0].last_error, "onnect"));
	json_t *dj = alerts_delivery_json(a);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(dj, "webhook"), "pending")), 5);
	json_decref(dj);

	d = receiver(port); /* back up: the backlog arrives, in order, once */
	assert_non_null(d);
	assert_int_equal(wait_for(5, 15000), 5);
	raise_n(a, 6, 2);
	assert_int_equal(wait_for(7, 15000), 7);
	usleep(300000); /* any duplicate would arrive now */
	pthread_mutex_lock(&rx.mu);
	assert_int_equal(rx.n, 7);
	for (int i = 0; i < 7; i++) {
		assert_int_equal(rx.ids[i], (uint64_t)i + 2); /* id 1 is the old alert */
		assert_true(rx.sig_ok[i]);
	}
	assert_string_equal(rx.kinds[0], "bulk_access");
	pthread_mutex_unlock(&rx.mu);
	alerts_get_stats(a, &st);
	assert_int_equal(st.sinks[0].delivered, 7);
	assert_int_equal(st.sinks[0].pending, 0);
	assert_int_equal(st.raised[1], 4); /* bulk_access */
	alerts_stop(a);

	/* Restart: the cursor is durable; only the new alert goes out. */
	assert_int_equal(alerts_start(&c, &a, err, sizeof err), 0);
	raise_n(a, 8, 1);
	assert_int_equal(wait_for(8, 15000), 8);
	usleep(300000);
	pthread_mutex_lock(&rx.mu);
	assert_int_equal(rx.n, 8);
	assert_int_equal(rx.ids[7], 9);
	pthread_mutex_unlock(&rx.mu);
	alerts_stop(a);
	MHD_stop_daemon(d);

	/* A wrong CA: the receiver is not trusted, nothing is delivered. */
	d = receiver(port);
	c.webhook_ca_file = "/etc/ssl/certs/ca-certificates.crt";
	assert_int_equal(alerts_start(&c, &a, err, sizeof err), 0);
	raise_n(a, 9, 1);
	end = now_ms() + 10000;
	do {
		usleep(20000);
		alerts_get_stats(a, &st);
	} while (st.sinks[0].failures < 1 && now_ms() < end);
	assert_true(st.sinks[0].failures >= 1);
	assert_int_equal(wait_for(9, 200), 8);
	alerts_stop(a);
	MHD_stop_daemon(d);

	/* Bad sink settings are refused at start. */
	c.webhook_url = "http://127.0.0.1/hook";
	assert_int_equal(alerts_start(&c, &a, err, sizeof err), -1);
	assert_non_null(strstr(err, "https://"));
	dstore_close(ds);
	mdb_env_close(env);
	free(rx.key_pem);
	free(rx.cert_pem);
}

static void test_syslog_rfc5424(void **state)
{
	(void)state;
	char path[100];
	snprintf(path, sizeof path, "%.60s/log.sock", dir);
	int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	snprintf(sa.sun_path, sizeof sa.sun_path, "%s", path);
	assert_int_equal(bind(fd, (struct sockaddr *)&sa, sizeof sa), 0);
	struct timeval tv = {.tv_sec = 10};
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);

	MDB_env *env = env_open("env2", 1 << 24);
	dstore *ds;
	assert_int_equal(dstore_open(env, NULL, &ds, NULL, 0), 0);
	alerts_conf c = {.store = ds, .syslog_socket = path, .backoff_min_ms = 50};
	alerts *a;
	char err[256];
	assert_int_equal(alerts_start(&c, &a, err, sizeof err), 0);
	uint64_t seqs[3] = {12, 15, 19};
	json_t *extra = json_pack("{s:s}", "review_id", "7");
	assert_int_equal(alerts_raise(a, "bulk_access", "user:corp/e\"ve]",
				      "21 distinct end users\nread", seqs, 3, 1767601800, extra),
			 0);
	json_decref(extra);
	char msg[4096];
	ssize_t n = recv(fd, msg, sizeof msg - 1, 0);
	assert_true(n > 0);
	msg[n] = '\0';
	char host[256];
	gethostname(host, sizeof host);
	char want[512];
	snprintf(want, sizeof want, "<84>1 2026-01-05T08:30:00Z %s custos %d bulk_access "
		 "[custos@32473 id=\"1\" subject=\"user:corp/e\\\"ve\\]\" seqs=\"12,15,19\"] "
		 "21 distinct end users?read", host, (int)getpid());
	assert_string_equal(msg, want);
	alerts_stop(a);
	dstore_close(ds);
	mdb_env_close(env);
	close(fd);

	/* The formatter alone: a long detail is cut to the buffer. */
	json_t *al = json_pack("{s:I,s:s,s:s,s:s,s:s,s:[]}", "id", (json_int_t)3, "time",
			       "2026-01-05T08:30:00Z", "kind", "off_hours", "subject", "svc:x",
			       "detail", "x");
	char small[256];
	size_t len = sink_syslog_format(al, "h", 1, small, sizeof small);
	assert_true(len > 0 && len < sizeof small);
	assert_int_equal(sink_syslog_format(al, "h", 1, small, 100), 0);
	json_decref(al);
}

/* A store that refuses every write: raise never blocks, the queue holds
 * what it can, the rest is dropped and counted; stop does not hang. */
static void test_store_failing_never_blocks(void **state)
{
	(void)state;
	MDB_env *env = env_open("env3", 64 * 1024);
	dstore *ds;
	assert_int_equal(dstore_open(env, NULL, &ds, NULL, 0), 0);
	alerts_conf c = {.store = ds, .queue_max = 16};
	alerts *a;
	char err[256], big[2000];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	assert_int_equal(alerts_start(&c, &a, err, sizeof err), 0);
	uint64_t t0 = now_ms();
	int ok = 0, full = 0;
	for (int i = 0; i < 200; i++) {
		int rc = alerts_raise(a, "bulk_access", "svc:x", big, NULL, 0, 1, NULL);
		ok += rc == 0;
		full += rc == ALERTS_E_FULL;
	}
	assert_true(now_ms() - t0 < 1000);
	assert_int_equal(ok + full, 200);
	/* How many the writer drained meanwhile depends on the scheduler (a
	 * loaded machine saw more than two batches go): what must hold is that
	 * raise never blocked, the queue was bounded and every refusal counted. */
	assert_true(ok >= 1 && full >= 1);
	assert_int_equal(alerts_flush(a, 300), -1);
	alerts_stats st;
	alerts_get_stats(a, &st);
	assert_true(st.store_failures >= 1);
	assert_int_equal(st.dropped, (uint64_t)full);
	alerts_stop(a);
	dstore_close(ds);
	mdb_env_close(env);
}

static void test_sign(void **state)
{
	(void)state;
	char sig[SINK_SIG_LEN];
	/* RFC 4231 test case 2: key "Jefe". */
	const char *data = "what do ya want for nothing?";
	sink_sign((const uint8_t *)"Jefe", 4, data, strlen(data), sig);
	assert_string_equal(sig, "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
	assert_int_equal(alerts_raise(NULL, "x", "s", "d", NULL, 0, 0, NULL), ALERTS_E_ARG);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sign),
		cmocka_unit_test_setup_teardown(test_syslog_rfc5424, testdir_setup, testdir_teardown),
		cmocka_unit_test_setup_teardown(test_store_failing_never_blocks, testdir_setup, testdir_teardown),
		cmocka_unit_test_setup_teardown(test_webhook_once_signed_backlog_restart, testdir_setup,
						testdir_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
