/* retention: deletes expired conversations that are not under legal hold.
 * Order per conversation: list it (vault_expired, read only), make its
 * "retention:delete" audit entry durable, and only then delete it
 * (vault_delete, which refuses one put on hold in between). A deletion that
 * does not happen after its entry gets a second, "error" entry saying why. */
#include "retention.h"

#include <inttypes.h>
#include <stdio.h>
#include <time.h>

#include "app-t.h"
#include "audit.h"
#include "log.h"
#include "record.h"
#include "timefmt.h"
#include "vault.h"

#define BATCH     100   /* conversations listed per vault_expired call */
#define SWEEP_MAX 10000 /* deletions per sweep; the next sweep continues */

/* A decision entry (record.h) of the system, no policy decided it. */
static json_t *entry(const char *request_id, const char *decision, const char *id, const char *pn,
		     const char *reason)
{
	char res[64];
	struct record_src src = {.request_id = request_id, .subject = "system:retention"};
	snprintf(res, sizeof res, "conversation/%s", id);
	json_t *e = record_entry(&src, decision, "retention:delete", res, NULL, reason);
	if (e)
		json_object_set_new(e, "user", json_string(pn));
	return e;
}

static int record(const struct app *a, json_t *e, const char *id)
{
	if (!e) {
		log_error("retention: out of memory", "conversation", id);
		return -1;
	}
	int rc = audit_append_sync(a->audit, e, NULL);
	if (rc)
		log_error("retention: audit entry not recorded; sweep stopped, nothing deleted",
			  "conversation", id, "error", audit_strerror(rc));
	return rc ? -1 : 0;
}

int retention_sweep(const struct app *a, size_t *deleted)
{
	*deleted = 0;
	if (!a->vault || !a->audit)
		return -1;
	if (!audit_ready(a->audit)) {
		log_warn("retention: audit log not ready; sweep skipped");
		return -1;
	}
	char rid[40];
	snprintf(rid, sizeof rid, "retention-%" PRIu64, time_mono_ms());
	size_t attempts = 0;
	int ret = 0;
	while (attempts < SWEEP_MAX && !ret) {
		json_t *due = NULL;
		int rc = vault_expired(a->vault, time(NULL), BATCH, &due);
		if (rc) {
			log_error("retention: cannot list expired conversations", "error",
				  vault_strerror(rc));
			return -1;
		}
		size_t n = json_array_size(due), i, failed = 0;
		json_t *it;
		json_array_foreach (due, i, it) {
			const char *id = json_string_value(json_object_get(it, "id"));
			const char *pn = json_string_value(json_object_get(it, "user_pseudonym"));
			attempts++;
			if (record(a, entry(rid, "allow", id, pn, "expired"), id)) {
				ret = -1;
				break;
			}
			rc = vault_delete(a->vault, id);
			if (rc == 0) {
				(*deleted)++;
				continue;
			}
			failed++;
			char why[96];
			snprintf(why, sizeof why, "not deleted: %s", vault_strerror(rc));
			log_warn("retention: recorded deletion did not happen", "conversation", id,
				 "error", vault_strerror(rc));
			if (record(a, entry(rid, "error", id, pn, why), id)) {
				ret = -1;
				break;
			}
		}
		json_decref(due);
		/* Done when the vault has nothing more, or only what we could
		 * not delete (retried at the next sweep). */
		if (n < BATCH || failed == n)
			break;
	}
	if (*deleted) {
		char nbuf[24];
		snprintf(nbuf, sizeof nbuf, "%zu", *deleted);
		log_info("retention: expired conversations deleted", "count", nbuf);
	}
	return ret;
}
