/* person_called.c: a verb before a name that says it is a person's
 * (pn_called; the verbs' lists are person_words.c's, pn_called_kws and
 * pn_person_verb_kws; moved here in stop 52 to keep that file short). */
#include <string.h>

#include "person_int.h"

/* "se llama Ximena", "elle s'appelle Léonie", "si chiama Giulia", "ela se
 * chama Graça", "sie heißt Lena", "ze heet Sanne": an is-called verb (or a
 * verb of a person, "chase Lavanya", or a signature's, "firma Triana")
 * before a given name the gazetteer knows and no ordinary word ("se llama
 * Toledo" and "heißt Hallo" are none). English "called" and "named" name
 * songs, storms and towns too often. */

int pn_called(const struct rx_ctx *c, struct name *n, size_t at)
{
	const char *s = c->text;
	if (at < 5 || s[at - 1] != ' ' || n->nt > 3 || n->caps ||
	    !(rx_is_alpha((unsigned char)s[at - 2]) || (unsigned char)s[at - 2] >= 0x80))
		return 0;
	/* (the is-called verbs take a given name: "se llama Toledo" is a
	 * city's; the verbs of a person a surname too: "pedirle a Goñi") */
	size_t from = at > 32 ? at - 32 : 0;
	unsigned want = rx_kw_ends(c, &pn_called_kws, from, at - 1)	    ? T_GIVEN
			: rx_kw_ends(c, &pn_person_verb_kws, from, at - 1) ? T_GIVEN | T_SUR
									   : 0;
	if (!want || pn_stop_token(c, n, 0))
		return 0;
	/* "ICE" (in case of emergency) only so written: "ice Anna" is none */
	if (at >= 4 && rx_fold_eq(s + at - 4, "ice", 3) && (at == 4 || !rx_is_alpha((unsigned char)s[at - 5])) &&
	    memcmp(s + at - 4, "ICE", 3) != 0)
		return 0;
	if (pn_tok(c, n, 0, want) & want)
		return 1;
	/* a verb of a person before a given name the gazetteer lacks and a
	 * surname it knows ("reported to Zoya Menon") */
	size_t l = n->nt - 1;
	return want == (T_GIVEN | T_SUR) && l > 0 && (pn_tok(c, n, l, T_SUR) & T_SUR) &&
	       !pn_stop_token(c, n, l);
}
