/* vault_pseudo: pseudonym key versions, their rotation and the pseudonym
 * index (docs/KEYS.md, "Pseudonym key").
 *
 * Version 1 is the key the vault was made with: uh = HMAC(key, user id)
 * keys the user index, consent records and concerns, and "u-" + its first
 * 32 hex digits is the version 1 pseudonym. It stays the storage key for
 * good: consent records hold no raw id, so they could not be rekeyed. A
 * version N >= 2 changes what is shown: "uN-" + 32 hex digits of
 * HMAC(key N's end-user subkey, id), staff "sN-" from key N's staff subkey.
 * A rotation makes N current at once; the index that maps a stored uh to
 * version N's pseudonym and back (user_pn: 'f' | BE32 N | uh -> 32 hex,
 * 'r' | BE32 N | 32 hex -> uh) is then built in the background, one batch
 * of conversations per step, its position committed with the step. Until a
 * user is indexed, the pseudonym is computed from a conversation's sealed
 * user id. The previous version's pseudonyms are accepted for the grace
 * period after the rotation, then refused (VAULT_E_RETIRED).
 *
 * conv_info records: pn_cur (BE32, absent: 1), pn_indexed (BE32, the
 * version whose index is complete, absent: 1), pn_rotated_at (BE64 Unix
 * seconds), pn_pos (the conversation id the rebuild goes on from) and
 * pn_check.N (HMAC(key N, "custos-pseudonym-check-v1")). */
#include <inttypes.h>
#include <openssl/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codec.h"
#include "errbuf.h"
#include "hex.h"
#include "log.h"
#include "timefmt.h"
#include "vault_int.h"

#define USER_LABEL  "custos-pseudonym-user\0v2"
#define CHECK_LABEL "custos-pseudonym-check-v1"
#define PN_HEX      32
#define PN_KEY_LEN  (1 + 4 + UH_HEX) /* the longer of the two index keys */

static unsigned cur_of(const vault *v)
{
	unsigned c = atomic_load(&((vault *)v)->pn_cur);
	return c ? c : 1;
}

/* kind "-" or kind N "-", then 32 hex digits (N <= VAULT_PN_MAX: two digits). */
static void format_pn(char kind, unsigned ver, const char *hex, char out[VAULT_PN_LEN])
{
	size_t n = 0;
	out[n++] = kind;
	if (ver >= 10)
		out[n++] = (char)('0' + ver / 10 % 10);
	if (ver >= 2)
		out[n++] = (char)('0' + ver % 10);
	out[n++] = '-';
	memcpy(out + n, hex, PN_HEX);
	out[n + PN_HEX] = '\0';
}

/* Version ver's 32 hex digits for user (ver >= 2 must be loaded). */
static void user_hex(const vault *v, unsigned ver, const char *user, char hex[UH_HEX + 1])
{
	uint8_t mac[32];
	if (ver <= 1) {
		vlt_user_hash(v, user, hex);
		return;
	}
	/* HMAC with the subkey as key: vlt_hmac32 takes the key first. */
	vlt_hmac32(v->pn_ukey[ver], user, strlen(user), mac);
	hex_encode(mac, sizeof mac, hex);
	OPENSSL_cleanse(mac, sizeof mac);
}

void vault_pseudonym(const vault *v, const char *user, char out[VAULT_PN_LEN])
{
	char hex[UH_HEX + 1];
	unsigned cur = cur_of(v);
	user_hex(v, cur, user, hex);
	format_pn('u', cur, hex, out);
}

void vault_staff_pseudonym(const vault *v, const char *principal, char out[VAULT_PN_LEN])
{
	uint8_t mac[32];
	char hex[UH_HEX + 1];
	unsigned cur = cur_of(v);
	vlt_hmac32(cur <= 1 ? v->staff_key : v->pn_skey[cur], principal, strlen(principal), mac);
	hex_encode(mac, sizeof mac, hex);
	format_pn('s', cur, hex, out);
}

size_t vault_pseudonyms_all(vault *v, const char *user, char (*out)[VAULT_PN_LEN], size_t cap)
{
	char hex[UH_HEX + 1];
	size_t n = 0;
	unsigned cur = cur_of(v);
	for (unsigned ver = 1; ver <= cur && n < cap; ver++) {
		if (ver >= 2 && !v->pn_loaded[ver])
			continue;
		user_hex(v, ver, user, hex);
		format_pn('u', ver, hex, out[n++]);
	}
	return n;
}

/* "u-" or "uN-" (N 2..VAULT_PN_MAX, no leading zero) + 32 lowercase hex
 * digits: 1 with *ver and *hex (pointing into s), else 0. */
static int parse_pn(const char *s, unsigned *ver, const char **hex)
{
	if (!s || s[0] != 'u')
		return 0;
	const char *p = s + 1;
	unsigned n = 1;
	if (*p != '-') {
		n = 0;
		for (int i = 0; i < 2 && *p >= '0' && *p <= '9'; i++, p++)
			n = n * 10 + (unsigned)(*p - '0');
		if (s[1] == '0' || n < 2 || n > VAULT_PN_MAX || *p != '-')
			return 0;
	}
	p++;
	if (strnlen(p, PN_HEX + 1) != PN_HEX)
		return 0;
	for (size_t i = 0; i < PN_HEX; i++)
		if (!((p[i] >= '0' && p[i] <= '9') || (p[i] >= 'a' && p[i] <= 'f')))
			return 0;
	*ver = n;
	*hex = p;
	return 1;
}

int vault_is_pseudonym(const char *s)
{
	unsigned ver;
	const char *hex;
	return parse_pn(s, &ver, &hex);
}

int vault_pseudonym_accept(vault *v, const char *s, time_t now, char *err, size_t errsz)
{
	unsigned ver = 0;
	const char *hex;
	errbuf_clear(err, errsz);
	if (!parse_pn(s, &ver, &hex)) {
		errbuf_set(err, errsz, "not an end-user pseudonym");
		return VAULT_E_INVALID;
	}
	unsigned cur = cur_of(v);
	if (ver == cur)
		return 0;
	if (ver > cur) {
		errbuf_set(err, errsz, "no pseudonym key version %u (the current one is %u)", ver,
			   cur);
		return VAULT_E_INVALID;
	}
	int64_t until = atomic_load(&v->pn_rotated_at) + v->pn_grace_s;
	if (ver == cur - 1 && (int64_t)now < until)
		return 0;
	char when[32] = "";
	if (ver == cur - 1)
		time_rfc3339((time_t)until, when, sizeof when);
	errbuf_set(err, errsz,
		   "pseudonym of retired pseudonym key version %u%s%s; pseudonyms are now of "
		   "version %u (\"u%u-...\"): look the user up again",
		   ver, when[0] ? ", its grace period ended at " : "", when, cur, cur);
	return VAULT_E_RETIRED;
}

/* ---- the index ------------------------------------------------------------ */

static size_t fwd_key(uint8_t kb[PN_KEY_LEN], unsigned ver, const char *uh)
{
	kb[0] = 'f';
	be32_put(kb + 1, ver);
	memcpy(kb + 5, uh, UH_HEX);
	return 5 + UH_HEX;
}

static size_t rev_key(uint8_t kb[PN_KEY_LEN], unsigned ver, const char *hex)
{
	kb[0] = 'r';
	be32_put(kb + 1, ver);
	memcpy(kb + 5, hex, PN_HEX);
	return 5 + PN_HEX;
}

/* Version ver's hex of uh from the index: 0, or VAULT_E_NOTFOUND. */
static int fwd_get(vault *v, MDB_txn *t, unsigned ver, const char *uh, char hex[PN_HEX + 1])
{
	uint8_t kb[PN_KEY_LEN];
	MDB_val k = {.mv_size = fwd_key(kb, ver, uh), .mv_data = kb}, val;
	int rc = vlt_lmdb(v, mdb_get(t, v->upn, &k, &val));
	if (rc)
		return rc;
	if (val.mv_size != PN_HEX)
		return VAULT_E_CRYPTO;
	memcpy(hex, val.mv_data, PN_HEX);
	hex[PN_HEX] = '\0';
	return 0;
}

static int index_put(vault *v, MDB_txn *t, unsigned ver, const char *uh, const char *hex)
{
	uint8_t kb[PN_KEY_LEN];
	MDB_val k = {.mv_size = fwd_key(kb, ver, uh), .mv_data = kb};
	MDB_val val = {.mv_size = PN_HEX, .mv_data = (void *)hex};
	int rc = vlt_put(v, t, v->upn, &k, &val, 0);
	if (rc)
		return rc;
	k.mv_size = rev_key(kb, ver, hex);
	val.mv_size = UH_HEX;
	val.mv_data = (void *)uh;
	return vlt_put(v, t, v->upn, &k, &val, 0);
}

int vlt_pn_index_user(vault *v, MDB_txn *t, const char *uh, const char *user)
{
	char hex[UH_HEX + 1];
	unsigned cur = cur_of(v);
	if (cur <= 1)
		return 0;
	user_hex(v, cur, user, hex);
	return index_put(v, t, cur, uh, hex);
}

int vlt_pn_forget(vault *v, MDB_txn *t, const char *uh)
{
	char hex[PN_HEX + 1];
	uint8_t kb[PN_KEY_LEN];
	for (unsigned ver = 2; ver <= cur_of(v); ver++) {
		int rc = fwd_get(v, t, ver, uh, hex);
		if (rc == VAULT_E_NOTFOUND)
			continue;
		if (!rc)
			rc = vlt_del(v, t, v->upn, kb, rev_key(kb, ver, hex));
		if (!rc)
			rc = vlt_del(v, t, v->upn, kb, fwd_key(kb, ver, uh));
		if (rc)
			return rc;
	}
	return 0;
}

/* The pseudonym of conversation id's user computed from its sealed id. */
static int pn_from_conv(vault *v, MDB_txn *t, unsigned ver, const char *id, const struct meta *m,
			char hex[UH_HEX + 1])
{
	uint8_t dek[KEYLEN];
	char *user = NULL;
	int rc = vlt_unwrap_dek(v, t, id, dek);
	if (!rc)
		rc = vlt_open_user(v, id, m, dek, &user);
	OPENSSL_cleanse(dek, sizeof dek);
	if (!rc)
		user_hex(v, ver, user, hex);
	if (user) {
		OPENSSL_cleanse(user, strlen(user));
		free(user);
	}
	return rc;
}

int vlt_conv_pseudonym(vault *v, MDB_txn *t, const char *id, const struct meta *m,
		       char out[VAULT_PN_LEN])
{
	char hex[UH_HEX + 1];
	unsigned cur = cur_of(v);
	if (cur <= 1) {
		format_pn('u', 1, m->uh, out);
		return 0;
	}
	int rc = fwd_get(v, t, cur, m->uh, hex);
	if (rc == VAULT_E_NOTFOUND) /* not indexed yet: the rebuild is running */
		rc = pn_from_conv(v, t, cur, id, m, hex);
	if (rc)
		return rc;
	format_pn('u', cur, hex, out);
	return 0;
}

int vlt_pn_resolve(vault *v, MDB_txn *t, const char *pn, time_t now, char uh[UH_HEX + 1])
{
	unsigned ver = 0;
	const char *hex = NULL;
	int rc = vault_pseudonym_accept(v, pn, now, NULL, 0);
	if (rc)
		return rc;
	parse_pn(pn, &ver, &hex);
	if (ver >= 2) {
		uint8_t kb[PN_KEY_LEN];
		MDB_val k = {.mv_size = rev_key(kb, ver, hex), .mv_data = kb}, val;
		rc = vlt_lmdb(v, mdb_get(t, v->upn, &k, &val));
		if (rc)
			return rc;
		if (val.mv_size != UH_HEX)
			return VAULT_E_CRYPTO;
		memcpy(uh, val.mv_data, UH_HEX);
		uh[UH_HEX] = '\0';
		return 0;
	}
	/* Version 1: the pseudonym is the first 32 hex digits of uh. */
	MDB_cursor *cur = NULL;
	rc = vlt_lmdb(v, mdb_cursor_open(t, v->uidx, &cur));
	if (rc)
		return rc;
	MDB_val k = {.mv_size = PN_HEX, .mv_data = (void *)hex};
	int r = mdb_cursor_get(cur, &k, NULL, MDB_SET_RANGE);
	if (r == 0 && k.mv_size == UH_HEX + VAULT_ID_LEN && memcmp(k.mv_data, hex, PN_HEX) == 0) {
		memcpy(uh, k.mv_data, UH_HEX);
		uh[UH_HEX] = '\0';
	} else {
		rc = r == 0 || r == MDB_NOTFOUND ? VAULT_E_NOTFOUND : vlt_lmdb(v, r);
	}
	mdb_cursor_close(cur);
	return rc;
}

/* The first conversation id of user uh in the user index. */
static int first_conv(vault *v, MDB_txn *t, const char *uh, char id[VAULT_ID_LEN + 1])
{
	MDB_cursor *cur = NULL;
	int rc = vlt_lmdb(v, mdb_cursor_open(t, v->uidx, &cur));
	if (rc)
		return rc;
	MDB_val k = {.mv_size = UH_HEX, .mv_data = (void *)uh};
	int r = mdb_cursor_get(cur, &k, NULL, MDB_SET_RANGE);
	if (r == 0 && k.mv_size == UH_HEX + VAULT_ID_LEN && memcmp(k.mv_data, uh, UH_HEX) == 0) {
		memcpy(id, (const char *)k.mv_data + UH_HEX, VAULT_ID_LEN);
		id[VAULT_ID_LEN] = '\0';
	} else {
		rc = r == 0 || r == MDB_NOTFOUND ? VAULT_E_NOTFOUND : vlt_lmdb(v, r);
	}
	mdb_cursor_close(cur);
	return rc;
}

int vault_pseudonym_current(vault *v, const char *pn, time_t now, char out[VAULT_PN_LEN])
{
	MDB_txn *t = NULL;
	char uh[UH_HEX + 1], id[VAULT_ID_LEN + 1];
	struct meta m;
	int rc = vlt_begin(v, 1, &t);
	if (!rc)
		rc = vlt_pn_resolve(v, t, pn, now, uh);
	if (!rc)
		rc = first_conv(v, t, uh, id);
	if (!rc)
		rc = vlt_meta_load(v, t, id, &m);
	if (!rc) {
		/* Index entries are not authenticated: trust the metadata. */
		rc = strcmp(m.uh, uh) == 0 ? vlt_conv_pseudonym(v, t, id, &m, out)
					   : VAULT_E_NOTFOUND;
		vlt_meta_free(&m);
	}
	if (t)
		mdb_txn_abort(t);
	return rc;
}

/* ---- versions ------------------------------------------------------------- */

struct pn_state {
	uint64_t cur, indexed, rotated_at;
};

static int read_state(const vault *v, MDB_txn *t, struct pn_state *s)
{
	int rc = vlt_info_get(v, t, "pn_cur", 4, 1, &s->cur);
	if (!rc)
		rc = vlt_info_get(v, t, "pn_indexed", 4, 1, &s->indexed);
	if (!rc)
		rc = vlt_info_get(v, t, "pn_rotated_at", 8, 0, &s->rotated_at);
	if (!rc && (s->cur < 1 || s->cur > VAULT_PN_MAX || s->indexed < 1 || s->indexed > s->cur))
		rc = VAULT_E_CRYPTO;
	return rc;
}

static void derive_version(vault *v, unsigned ver, const keys_secret *k)
{
	const uint8_t *kb = keys_secret_bytes(k);
	vlt_hmac32(kb, USER_LABEL, sizeof USER_LABEL - 1, v->pn_ukey[ver]);
	vlt_hmac32(kb, STAFF_LABEL, sizeof STAFF_LABEL - 1, v->pn_skey[ver]);
}

/* Checks key k against version ver's stored check (or stores it). */
static int check_key(vault *v, MDB_txn *t, unsigned ver, const keys_secret *k, int create)
{
	char name[32];
	uint8_t pc[32];
	snprintf(name, sizeof name, "pn_check.%u", ver);
	vlt_hmac32(keys_secret_bytes(k), CHECK_LABEL, sizeof CHECK_LABEL - 1, pc);
	MDB_val key = vlt_info_key(name), val = {.mv_size = sizeof pc, .mv_data = pc};
	if (create)
		return vlt_put(v, t, v->info, &key, &val, 0);
	int rc = vlt_lmdb(v, mdb_get(t, v->info, &key, &val));
	if (rc)
		return rc == VAULT_E_NOTFOUND ? VAULT_E_CRYPTO : rc;
	return val.mv_size == sizeof pc && CRYPTO_memcmp(val.mv_data, pc, sizeof pc) == 0
		       ? 0
		       : VAULT_E_CRYPTO;
}

/* Conversations from the rebuild's position to the end (its pending). */
static int count_from_pos(vault *v, MDB_txn *t, uint64_t *n)
{
	MDB_cursor *c = NULL;
	MDB_val pk = vlt_info_key("pn_pos"), pos, k, val;
	*n = 0;
	int r = mdb_get(t, v->info, &pk, &pos);
	if (r && r != MDB_NOTFOUND)
		return vlt_lmdb(v, r);
	int have_pos = r == 0;
	int rc = vlt_lmdb(v, mdb_cursor_open(t, v->meta, &c));
	if (rc)
		return rc;
	k = have_pos ? pos : (MDB_val){0, NULL};
	r = mdb_cursor_get(c, &k, &val, have_pos ? MDB_SET_RANGE : MDB_FIRST);
	for (; r == 0; r = mdb_cursor_get(c, &k, &val, MDB_NEXT))
		(*n)++;
	mdb_cursor_close(c);
	return r == MDB_NOTFOUND ? 0 : vlt_lmdb(v, r);
}

int vault_pseudonym_open(vault *v, const keys_secret *const pks[VAULT_PN_MAX + 1], int64_t grace_s,
			 char *err, size_t errsz)
{
	MDB_txn *t = NULL;
	struct pn_state s = {0}; /* read only after read_state() succeeded */
	uint64_t pending = 0;
	errbuf_clear(err, errsz);
	v->pn_grace_s = grace_s;
	int rc = vlt_begin(v, 1, &t);
	if (!rc)
		rc = read_state(v, t, &s);
	if (rc == VAULT_E_CRYPTO)
		errbuf_set(err, errsz, "the pseudonym key version records are damaged");
	for (unsigned ver = 2; !rc && ver <= s.cur; ver++) {
		if (!pks[ver]) {
			if (ver < s.cur)
				continue; /* only older users' older audit entries need it */
			errbuf_set(err, errsz,
				   "pseudonym key version %u is current but was not loaded "
				   "(its file is missing)",
				   ver);
			rc = VAULT_E_CRYPTO;
			break;
		}
		rc = check_key(v, t, ver, pks[ver], 0);
		if (rc == VAULT_E_CRYPTO)
			errbuf_set(err, errsz,
				   "pseudonym key version %u does not match this data directory",
				   ver);
		if (!rc) {
			derive_version(v, ver, pks[ver]);
			v->pn_loaded[ver] = 1;
		}
	}
	if (!rc && s.indexed < s.cur)
		rc = count_from_pos(v, t, &pending);
	if (t)
		mdb_txn_abort(t);
	if (rc) {
		if (err && errsz && !err[0])
			snprintf(err, errsz, "%s", vault_strerror(rc));
		return rc;
	}
	atomic_store(&v->pn_rotated_at, (int_least64_t)s.rotated_at);
	atomic_store(&v->pn_pending, pending);
	atomic_store(&v->pn_indexed, (unsigned)s.indexed);
	atomic_store(&v->pn_cur, (unsigned)s.cur);
	return 0;
}

static void fill_info(unsigned cur, unsigned indexed, int64_t rotated, int64_t grace_s,
		      struct vault_pn_info *out)
{
	out->current = cur;
	out->indexed = indexed;
	out->rotated_at = rotated;
	out->grace_until = cur >= 2 && rotated ? rotated + grace_s : 0;
}

void vault_pseudonym_info(vault *v, struct vault_pn_info *out)
{
	unsigned ix = atomic_load(&v->pn_indexed);
	fill_info(cur_of(v), ix ? ix : 1, atomic_load(&v->pn_rotated_at), v->pn_grace_s, out);
	out->pending = atomic_load(&v->pn_pending);
	out->indexed_total = atomic_load(&v->pn_total);
}

int vault_pseudonym_rotate(vault *v, const keys_secret *k, time_t now, unsigned *ver, char *err,
			   size_t errsz)
{
	MDB_txn *t = NULL;
	struct pn_state s;
	unsigned next = 0;
	MDB_stat st;
	errbuf_clear(err, errsz);
	int rc = vlt_begin(v, 0, &t);
	if (!rc)
		rc = read_state(v, t, &s);
	if (rc)
		goto out;
	if (s.indexed < s.cur || s.cur != cur_of(v)) {
		errbuf_set(err, errsz, "the pseudonym index rebuild to version %u has not finished",
			   (unsigned)s.cur);
		rc = VAULT_E_INVALID;
		goto out;
	}
	next = (unsigned)s.cur + 1;
	if (next > VAULT_PN_MAX) {
		errbuf_set(err, errsz, "at most %d pseudonym key versions", VAULT_PN_MAX);
		rc = VAULT_E_INVALID;
		goto out;
	}
	if (CRYPTO_memcmp(keys_secret_bytes(k), v->pseudo_key, KEYLEN) == 0) {
		errbuf_set(err, errsz, "the new pseudonym key is version 1's");
		rc = VAULT_E_INVALID;
		goto out;
	}
	/* Published only by pn_cur below. */
	derive_version(v, next, k);
	rc = check_key(v, t, next, k, 1);
	if (!rc)
		rc = vlt_info_put(v, t, "pn_cur", 4, next);
	if (!rc)
		rc = vlt_info_put(v, t, "pn_rotated_at", 8, (uint64_t)now);
	if (!rc)
		rc = vlt_del(v, t, v->info, "pn_pos", 6);
	if (!rc)
		rc = vlt_lmdb(v, mdb_stat(t, v->meta, &st));
out:
	rc = vlt_end(v, t, rc);
	if (rc) {
		if (next && next <= VAULT_PN_MAX && !v->pn_loaded[next]) {
			OPENSSL_cleanse(v->pn_ukey[next], KEYLEN);
			OPENSSL_cleanse(v->pn_skey[next], KEYLEN);
		}
		if (err && errsz && !err[0])
			snprintf(err, errsz, "%s", vault_strerror(rc));
		return rc;
	}
	v->pn_loaded[next] = 1;
	atomic_store(&v->pn_pending, (uint64_t)st.ms_entries);
	atomic_store(&v->pn_rotated_at, (int_least64_t)now);
	atomic_store(&v->pn_cur, next);
	*ver = next;
	return 0;
}

/* Indexes conversation id's user under cur unless already indexed. A
 * conversation whose records fail authentication is skipped (its reads
 * fail too); it is counted in *damaged. */
static int index_conv(vault *v, MDB_txn *t, unsigned cur, const char *id, size_t *damaged)
{
	struct meta m;
	char hex[UH_HEX + 1];
	int rc = vlt_meta_load(v, t, id, &m);
	if (rc == VAULT_E_NOTFOUND)
		return 0;
	if (rc == VAULT_E_CRYPTO) {
		(*damaged)++;
		return 0;
	}
	if (rc)
		return rc;
	rc = fwd_get(v, t, cur, m.uh, hex);
	if (rc == VAULT_E_NOTFOUND) {
		rc = pn_from_conv(v, t, cur, id, &m, hex);
		if (rc == VAULT_E_CRYPTO) {
			(*damaged)++;
			rc = 0;
		} else if (!rc) {
			rc = index_put(v, t, cur, m.uh, hex);
		}
	}
	vlt_meta_free(&m);
	return rc;
}

int vault_pseudonym_reindex(vault *v, size_t batch, size_t *n, int *finished)
{
	unsigned cur = cur_of(v);
	uint8_t from[VAULT_ID_LEN];
	struct vlt_batch b = {.batch = batch ? batch : 1};
	size_t damaged = 0;
	MDB_txn *t = NULL;
	*n = 0;
	*finished = atomic_load(&v->pn_indexed) >= cur;
	if (*finished)
		return 0;
	b.max_seen = b.batch;
	b.ids = malloc(b.batch * sizeof *b.ids);
	if (!b.ids)
		return VAULT_E_NOMEM;
	MDB_val pk = vlt_info_key("pn_pos"), pos;
	int rc = vlt_begin(v, 0, &t);
	if (rc)
		goto out;
	/* The position is in the store, so a restart goes on from it. */
	rc = vlt_lmdb(v, mdb_get(t, v->info, &pk, &pos));
	if (!rc && pos.mv_size == VAULT_ID_LEN) {
		memcpy(from, pos.mv_data, VAULT_ID_LEN);
		b.from = from;
	}
	if (rc == VAULT_E_NOTFOUND)
		rc = 0;
	if (!rc)
		rc = vlt_batch_ids(v, t, v->meta, &b);
	for (size_t i = 0; i < b.nids && !rc; i++) {
		char id[VAULT_ID_LEN + 1];
		memcpy(id, b.ids[i], VAULT_ID_LEN);
		id[VAULT_ID_LEN] = '\0';
		rc = index_conv(v, t, cur, id, &damaged);
	}
	if (rc)
		goto out;
	if (b.at_end) {
		rc = vlt_info_put(v, t, "pn_indexed", 4, cur);
		if (!rc)
			rc = vlt_del(v, t, v->info, "pn_pos", 6);
	} else {
		MDB_val nv = {.mv_size = VAULT_ID_LEN, .mv_data = b.next};
		rc = vlt_put(v, t, v->info, &pk, &nv, 0);
	}
out:
	rc = vlt_end(v, t, rc);
	free(b.ids);
	if (rc)
		return rc;
	if (damaged) {
		char nb[24];
		snprintf(nb, sizeof nb, "%zu", damaged);
		log_error("vault: pseudonym index: conversations that fail authentication were "
			  "not indexed",
			  "conversations", nb);
	}
	*n = b.nids;
	uint64_t p = atomic_load(&v->pn_pending);
	atomic_store(&v->pn_pending, b.at_end ? 0 : p > b.nids ? p - b.nids : 0);
	atomic_fetch_add(&v->pn_total, b.nids);
	if (b.at_end) {
		atomic_store(&v->pn_indexed, cur);
		*finished = 1;
	}
	return 0;
}

int vault_pseudonym_peek(db_env *env, int64_t grace_s, struct vault_pn_info *out)
{
	vault tmp;
	MDB_txn *t = NULL;
	struct pn_state s;
	uint64_t pending = 0;
	memset(out, 0, sizeof *out);
	int rc = vlt_peek_begin(env, &tmp, &t, "conv_meta", &tmp.meta);
	if (rc)
		return rc;
	rc = read_state(&tmp, t, &s);
	if (!rc && s.indexed < s.cur)
		rc = count_from_pos(&tmp, t, &pending);
	mdb_txn_abort(t);
	if (rc)
		return rc;
	fill_info((unsigned)s.cur, (unsigned)s.indexed, (int64_t)s.rotated_at, grace_s, out);
	out->pending = pending;
	return 0;
}
