/* admin_keys: POST /v1/keys/{key}/rotate [keys:rotate]. The decision is
 * recorded first (as every admin change); the application rotates
 * (app/keyring.h) and the outcome is recorded before the answer is sent.
 * The rewrap of old data keys runs in the background (docs/KEYS.md). */
#include <stdio.h>

#include "admin.h"
#include "app-t.h"
#include "handlers.h"
#include "req.h"

void h_key_name(struct req *r, char *out, size_t outsz)
{
	snprintf(out, outsz, "keys/%s", req_param(r, 0));
}

void h_key_rotate_act(struct req *r)
{
	json_t *out = NULL;
	char err[256] = "";
	int status = r->app->rotate_key ? r->app->rotate_key(req_param(r, 0), &out, err, sizeof err)
					: 501;
	if (status == 0) {
		json_int_t ver = json_integer_value(json_object_get(out, "version"));
		admin_answer_change(r, 200, out, "rotate", (uint64_t)ver, NULL);
		return;
	}
	static const struct {
		int status;
		const char *code;
	} codes[] = {
		{404, "not_found"},
		{409, "rotation_in_progress"},
		{501, "not_supported"},
	};
	const char *code = "internal";
	for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
		if (codes[i].status == status)
			code = codes[i].code;
	if (!err[0])
		snprintf(err, sizeof err, "key rotation failed");
	admin_fail(r, (unsigned)(status >= 400 && status < 600 ? status : 500), code, NULL, "%s",
		   err);
}
