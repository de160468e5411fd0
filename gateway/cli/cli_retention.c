/* cli_retention: "custos retention sweep --config FILE". With a gateway
 * running on the data directory it asks that gateway to sweep (SIGUSR1: one
 * writer per data directory); otherwise it opens everything and sweeps
 * itself, recording each deletion in the audit log first. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "cli.h"
#include "config.h"
#include "retention.h"

static const char help_text[] =
	"usage: custos retention sweep --config FILE\n"
	"Deletes the conversations whose retention has expired (legal holds\n"
	"excepted), each deletion recorded in the audit log first. If a gateway\n"
	"runs on the data directory it is asked to sweep (SIGUSR1) instead.\n";

static int usage(void)
{
	fputs(help_text, stderr);
	return 2;
}

/* The pid in data_dir/custos.pid, or 0. */
static long running_pid(const char *data_dir)
{
	char path[4096], buf[24] = "";
	snprintf(path, sizeof path, "%s/custos.pid", data_dir);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	ssize_t n = read(fd, buf, sizeof buf - 1);
	close(fd);
	buf[n > 0 ? n : 0] = '\0';
	char *end = NULL;
	long pid = strtol(buf, &end, 10);
	if (end == buf || pid <= 1)
		return 0;
	return pid;
}

int cli_retention(int argc, char **argv)
{
	const char *path = NULL;
	if (cli_wants_help(argc, argv, 2)) {
		fputs(help_text, stdout);
		return 0;
	}
	if (argc < 3 || strcmp(argv[2], "sweep"))
		return usage();
	path = cli_opt(argc, argv, 3, "--config");
	if (!path)
		return usage();

	struct config *cfg = NULL;
	if (cli_config_load(path, 1, &cfg))
		return 1;

	char err[512];
	int lock = app_lock_data_dir(cfg->data_dir, err, sizeof err);
	if (lock < 0) {
		long pid = running_pid(cfg->data_dir);
		if (pid && kill((pid_t)pid, SIGUSR1) == 0) {
			printf("a gateway (pid %ld) runs on %s: asked it to sweep now (SIGUSR1); "
			       "its deletions are in the audit log\n",
			       pid, cfg->data_dir);
			config_free(cfg);
			return 0;
		}
		fprintf(stderr, "custos retention sweep: %s%s%s\n", err,
			pid ? "; cannot signal it: " : "", pid ? strerror(errno) : "");
		config_free(cfg);
		return 1;
	}
	int ret = 1;
	if (app_open(cfg, err, sizeof err)) {
		fprintf(stderr, "custos retention sweep: %s\n", err);
		goto out;
	}
	size_t n = 0;
	if (retention_sweep(app_handles(), &n)) {
		fprintf(stderr,
			"custos retention sweep: stopped after %zu deletions (see the log)\n", n);
	} else {
		printf("deleted %zu expired conversations\n", n);
		ret = 0;
	}
out:
	app_close();
	close(lock);
	config_free(cfg);
	return ret;
}
