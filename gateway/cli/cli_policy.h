/* cli_policy: what the files of "custos policy" share (cli_policy.c:
 * inputs and validate; cli_policy_store.c: import and export;
 * cli_policy_test.c: test). Role documents come from files (one document or
 * an array each) and directories (every *.json in name order;
 * *bindings.json holds bindings, a file with "cases" is a test file and is
 * skipped). Everything prints its own problems: stdout for problems of the
 * documents ("FILE: $path: message"), stderr for the rest.
 * The main thread of the CLI. */
#ifndef CUSTOS_CLI_POLICY_H
#define CUSTOS_CLI_POLICY_H

#include <jansson.h>
#include <stddef.h>

#include "policy.h"

struct config;

#define CLI_MAX_FILE   (16u << 20)
#define CLI_MAX_ERRS   256
#define CLI_MAX_GROUPS 64
#define CLI_MAX_EXTRA  64

/* Where the role documents of one file sit in the combined array. */
struct src {
	char *file;
	int is_array;
	size_t first, n;
};

struct inputs {
	struct src *srcs;
	size_t nsrcs, cap;
	json_t *docs;     /* every role document, in file order */
	json_t *bindings; /* {"principal": ["role", ...]} merged over bindings files */
	int problems;     /* files that could not be used (already printed) */
};

void cpol_inputs_init(struct inputs *in);
void cpol_inputs_clear(struct inputs *in);

/* Adds a file, or every *.json of a directory in name order; a file that
 * cannot be used counts in in->problems. */
void cpol_add_path(struct inputs *in, const char *path);

/* Adds the positional arguments of argv[from..] (skipping --config, --out
 * and their values). Returns how many there were. */
int cpol_collect_positional(int argc, char **argv, int from, struct inputs *in);

/* The JSON of a file (at most CLI_MAX_FILE bytes, duplicate keys refused),
 * or NULL with the problem printed. */
json_t *cpol_load_json(const char *path);

/* Merges a bindings object ({"p": ["r"]} or {"p": {"roles": ["r"]}}) into
 * out as {"p": ["r"]}. Returns the number of problems (printed). */
int cpol_merge_bindings(const char *file, const json_t *b, json_t *out);

/* Validates all (whose first documents are in's) as one set; prints every
 * problem against its file. Returns the number of problems. */
size_t cpol_validate_all(const struct inputs *in, const json_t *all, const char *const *custom,
			 size_t ncustom);

/* Warns (stderr, the exit code is unchanged) about each rule that still
 * uses `redact`: it is read as revealing the older types it does not name,
 * and every newer type stays hidden; `reveal` says what is shown. */
void cpol_warn_legacy_redact(const struct inputs *in);

/* The custom redact names of cfg (NULL: none); static storage. */
const char *const *cpol_custom_names(const struct config *cfg, size_t *n);

/* Prints the usage on stderr; returns 2. */
int cpol_usage(void);

/* The commands; argv[2] is the command's name. Exit codes as cli.h. */
int cpol_import(int argc, char **argv); /* cli_policy_store.c */
int cpol_export(int argc, char **argv); /* cli_policy_store.c */
int cpol_test(int argc, char **argv);   /* cli_policy_test.c */

#endif
