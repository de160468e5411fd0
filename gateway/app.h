/* app: the process-wide handles that handlers use (configuration, stores,
 * verifiers). Set up once by server.c before the listeners start; read-only
 * afterwards except where a module swaps its own state safely. */
#ifndef CUSTOS_APP_H
#define CUSTOS_APP_H

#include <stdatomic.h>

struct config;

struct app {
	struct config *cfg;
	atomic_int draining;   /* SIGTERM received */
};

extern struct app g_app;

/* 1 when the gateway can serve and record decisions (for /readyz). */
int app_ready(const char **why);

#endif
