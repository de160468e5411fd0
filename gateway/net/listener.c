/* listener: the accepting thread of the data listener, the least-loaded
 * hand-over to worker daemons, and the connection caps (see listener.h). */
#include "listener.h"

#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "metrics.h"

#define IP_BUCKETS   1024
#define ACCEPT_BATCH 16
#define MAX_SLOTS    (1u << 20)

enum { SLOT_FREE, SLOT_PENDING, SLOT_CLAIMED };

/* The admission of one descriptor number, from accept until the server
 * claims it (state is the hand-over: fields are written before PENDING is
 * published and read after the claim's compare-and-swap). */
struct slot {
	atomic_int state;
	unsigned worker;
	int over_cap;
	unsigned char key[17];
};

struct ip_count {
	struct ip_count *next;
	unsigned char key[17];
	unsigned count;
};

static struct {
	int lfd, wake_fd;
	pthread_t thread;
	int running;
	atomic_int stop;
	atomic_int at_cap; /* the thread waits for a release */
	struct MHD_Daemon *workers[LISTENER_MAX_WORKERS];
	unsigned nworkers, next;
	atomic_uint live[LISTENER_MAX_WORKERS]; /* admitted, not yet released */
	atomic_uint total;
	unsigned max_conns, per_ip, hard_ip;
	struct slot *slots; /* indexed by descriptor number */
	size_t nslots;
	pthread_mutex_t ip_lock; /* guards ip[] */
	struct ip_count *ip[IP_BUCKETS];
	atomic_uint_fast64_t over_cap_total, closed_at_accept;
	int metrics_added;
} L = {.lfd = -1, .wake_fd = -1, .ip_lock = PTHREAD_MUTEX_INITIALIZER};

/* Family byte + address; an IPv4-mapped IPv6 address counts as IPv4. */
static void make_key(const struct sockaddr *sa, unsigned char key[17])
{
	memset(key, 0, 17);
	if (sa->sa_family == AF_INET) {
		key[0] = 4;
		memcpy(key + 1, &((const struct sockaddr_in *)sa)->sin_addr, 4);
	} else if (sa->sa_family == AF_INET6) {
		const struct in6_addr *a = &((const struct sockaddr_in6 *)sa)->sin6_addr;
		if (IN6_IS_ADDR_V4MAPPED(a)) {
			key[0] = 4;
			memcpy(key + 1, a->s6_addr + 12, 4);
		} else {
			key[0] = 6;
			memcpy(key + 1, a->s6_addr, 16);
		}
	}
}

static unsigned bucket_of(const unsigned char key[17])
{
	uint32_t h = 2166136261u;
	for (int i = 0; i < 17; i++)
		h = (h ^ key[i]) * 16777619u;
	return h % IP_BUCKETS;
}

static void wake(void)
{
	uint64_t one = 1;
	if (write(L.wake_fd, &one, sizeof one) < 0) {
		/* the counter is already non-zero: the thread wakes anyway */
	}
}

/* Gives back one connection of worker w from address key. */
static void release_parts(unsigned w, const unsigned char key[17])
{
	pthread_mutex_lock(&L.ip_lock);
	struct ip_count **pp = &L.ip[bucket_of(key)];
	while (*pp && memcmp((*pp)->key, key, 17) != 0)
		pp = &(*pp)->next;
	if (*pp && --(*pp)->count == 0) {
		struct ip_count *dead = *pp;
		*pp = dead->next;
		free(dead);
	}
	pthread_mutex_unlock(&L.ip_lock);
	atomic_fetch_sub(&L.live[w], 1);
	atomic_fetch_sub(&L.total, 1);
	if (atomic_load(&L.at_cap))
		wake();
}

/* Counts one more connection from key. 1 = admitted (*over set when past
 * per_ip_connections), 0 = past the hard cap, -1 = out of memory. */
static int count_ip(const unsigned char key[17], int *over)
{
	int rc = -1;
	pthread_mutex_lock(&L.ip_lock);
	struct ip_count **pp = &L.ip[bucket_of(key)];
	while (*pp && memcmp((*pp)->key, key, 17) != 0)
		pp = &(*pp)->next;
	struct ip_count *n = *pp;
	if (!n) {
		n = calloc(1, sizeof *n);
		if (!n)
			goto out;
		memcpy(n->key, key, 17);
		*pp = n;
	}
	rc = 0;
	if (n->count >= L.hard_ip)
		goto out;
	*over = n->count >= L.per_ip;
	n->count++;
	rc = 1;
out:
	pthread_mutex_unlock(&L.ip_lock);
	return rc;
}

static unsigned least_loaded(void)
{
	unsigned best = L.next % L.nworkers, best_n = atomic_load(&L.live[best]);
	for (unsigned i = 1; i < L.nworkers; i++) {
		unsigned w = (L.next + i) % L.nworkers, n = atomic_load(&L.live[w]);
		if (n < best_n) {
			best = w;
			best_n = n;
		}
	}
	L.next++; /* ties go round robin */
	return best;
}

static void admit(int fd, const struct sockaddr *sa, socklen_t salen)
{
	if (fd < 0 || (size_t)fd >= L.nslots) {
		close(fd);
		atomic_fetch_add(&L.closed_at_accept, 1);
		return;
	}
	struct slot *s = &L.slots[fd];
	/* MHD never started the connection that last had this number (it
	 * failed before NOTIFY_STARTED and closed it): its admission is stale. */
	int expect = SLOT_PENDING;
	if (atomic_compare_exchange_strong(&s->state, &expect, SLOT_FREE))
		release_parts(s->worker, s->key);

	unsigned char key[17];
	int over = 0;
	make_key(sa, key);
	if (count_ip(key, &over) != 1) {
		close(fd);
		atomic_fetch_add(&L.closed_at_accept, 1);
		return;
	}
	if (over)
		atomic_fetch_add(&L.over_cap_total, 1);
	unsigned w = least_loaded();
	atomic_fetch_add(&L.live[w], 1);
	atomic_fetch_add(&L.total, 1);
	/* The TLS handshake goes out as several records: without this each
	 * later one waits for the client's (delayed) ACK of the first. */
	int one = 1;
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	s->worker = w;
	s->over_cap = over;
	memcpy(s->key, key, 17);
	atomic_store(&s->state, SLOT_PENDING);
	if (MHD_add_connection(L.workers[w], fd, sa, salen) != MHD_YES) {
		/* MHD closed fd; no worker will claim it */
		expect = SLOT_PENDING;
		if (atomic_compare_exchange_strong(&s->state, &expect, SLOT_FREE))
			release_parts(w, key);
	}
}

static void *accept_main(void *arg)
{
	(void)arg;
	while (!atomic_load(&L.stop)) {
		/* at_cap is raised before total is read, and a release lowers total
		 * before it reads at_cap: one of the two sees the other. */
		atomic_store(&L.at_cap, 1);
		int open = atomic_load(&L.total) < L.max_conns;
		if (open)
			atomic_store(&L.at_cap, 0);
		struct pollfd p[2] = {{.fd = L.wake_fd, .events = POLLIN},
				      {.fd = L.lfd, .events = POLLIN}};
		int r = poll(p, open ? 2 : 1, open ? -1 : 1000);
		if (r < 0 && errno != EINTR)
			break;
		if (r <= 0)
			continue;
		if (p[0].revents & POLLIN) {
			uint64_t v;
			if (read(L.wake_fd, &v, sizeof v) < 0) {
				/* EAGAIN: another read took it */
			}
		}
		if (!open || !(p[1].revents & POLLIN))
			continue;
		for (int i = 0; i < ACCEPT_BATCH && atomic_load(&L.total) < L.max_conns; i++) {
			struct sockaddr_storage ss;
			socklen_t len = sizeof ss;
			int fd = accept4(L.lfd, (struct sockaddr *)&ss, &len,
					 SOCK_NONBLOCK | SOCK_CLOEXEC);
			if (fd < 0) {
				if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS ||
				    errno == ENOMEM) {
					/* out of descriptors or memory: say so at most once a
					 * second, and let the backlog hold the clients */
					static time_t last;
					time_t now = time(NULL);
					if (now != last)
						log_warn("cannot accept a connection", "error",
							 strerror(errno));
					last = now;
					struct timespec ts = {0, 50 * 1000 * 1000};
					nanosleep(&ts, NULL);
				}
				break; /* EAGAIN, or the client gave up (ECONNABORTED) */
			}
			admit(fd, (struct sockaddr *)&ss, len);
		}
	}
	return NULL;
}

int listener_full(void)
{
	return atomic_load(&L.at_cap);
}

static size_t render(char *buf, size_t cap, void *ctx)
{
	(void)ctx;
	size_t n = 0;
	int k = snprintf(
		buf, cap,
		"# HELP custos_worker_connections Open data-plane connections per worker thread.\n"
		"# TYPE custos_worker_connections gauge\n");
	if (k > 0)
		n += (size_t)k;
	for (unsigned i = 0; i < L.nworkers && n < cap; i++) {
		k = snprintf(buf + n, cap - n, "custos_worker_connections{worker=\"%u\"} %u\n", i,
			     atomic_load(&L.live[i]));
		if (k > 0)
			n += (size_t)k;
	}
	if (n < cap) {
		k = snprintf(
			buf + n, cap - n,
			"# HELP custos_connections_over_ip_cap_total Connections past per_ip_connections (answered 503).\n"
			"# TYPE custos_connections_over_ip_cap_total counter\n"
			"custos_connections_over_ip_cap_total %llu\n"
			"# HELP custos_connections_closed_at_accept_total Connections closed unread (past twice per_ip_connections, or no resources).\n"
			"# TYPE custos_connections_closed_at_accept_total counter\n"
			"custos_connections_closed_at_accept_total %llu\n",
			(unsigned long long)atomic_load(&L.over_cap_total),
			(unsigned long long)atomic_load(&L.closed_at_accept));
		if (k > 0)
			n += (size_t)k;
	}
	return n;
}

int listener_start(const struct sockaddr *sa, socklen_t salen, int backlog,
		   struct MHD_Daemon **workers, unsigned nworkers, unsigned max_connections,
		   unsigned per_ip_connections)
{
	int rc = -1, err = EINVAL;
	if (L.running || nworkers == 0 || nworkers > LISTENER_MAX_WORKERS)
		goto out;
	struct rlimit rl;
	L.nslots = MAX_SLOTS;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
	    rl.rlim_cur < MAX_SLOTS)
		L.nslots = (size_t)rl.rlim_cur;
	err = ENOMEM;
	L.slots = calloc(L.nslots, sizeof *L.slots);
	if (!L.slots)
		goto out;
	L.wake_fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
	if (L.wake_fd < 0) {
		err = errno;
		goto out;
	}
	L.lfd = socket(sa->sa_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (L.lfd < 0) {
		err = errno;
		goto out;
	}
	int one = 1;
	setsockopt(L.lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	if (sa->sa_family == AF_INET6)
		setsockopt(L.lfd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
	if (bind(L.lfd, sa, salen) != 0 || listen(L.lfd, backlog) != 0) {
		err = errno;
		goto out;
	}
	memcpy(L.workers, workers, nworkers * sizeof *workers);
	L.nworkers = nworkers;
	L.max_conns = max_connections;
	L.per_ip = per_ip_connections;
	L.hard_ip = per_ip_connections > UINT32_MAX / 2 ? UINT32_MAX : per_ip_connections * 2;
	atomic_store(&L.stop, 0);
	if (pthread_create(&L.thread, NULL, accept_main, NULL) != 0) {
		err = EAGAIN;
		goto out;
	}
	L.running = 1;
	if (!L.metrics_added) {
		metrics_add_source(render, NULL);
		L.metrics_added = 1;
	}
	rc = 0;
out:
	if (rc) {
		if (L.lfd >= 0)
			close(L.lfd);
		if (L.wake_fd >= 0)
			close(L.wake_fd);
		L.lfd = L.wake_fd = -1;
		free(L.slots);
		L.slots = NULL;
		errno = err;
	}
	return rc;
}

void listener_stop(void)
{
	if (!L.running)
		return;
	atomic_store(&L.stop, 1);
	wake();
	pthread_join(L.thread, NULL);
	L.running = 0;
	close(L.lfd);
	L.lfd = -1;
	/* wake_fd and slots stay: workers still release into them until their
	 * daemons stop (the process exits soon after). */
}

int listener_claim(int fd, struct listener_admission *out)
{
	out->valid = 0;
	if (fd < 0 || !L.slots || (size_t)fd >= L.nslots)
		return -1;
	struct slot *s = &L.slots[fd];
	int expect = SLOT_PENDING;
	if (!atomic_compare_exchange_strong(&s->state, &expect, SLOT_CLAIMED))
		return -1;
	out->worker = s->worker;
	out->over_cap = s->over_cap;
	memcpy(out->key, s->key, 17);
	out->valid = 1;
	return 0;
}

void listener_release(struct listener_admission *a)
{
	if (!a->valid)
		return;
	a->valid = 0;
	release_parts(a->worker, a->key);
}
