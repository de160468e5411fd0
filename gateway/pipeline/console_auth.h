/* console_auth: the identity phase of the console listener (see
 * console_auth.c). */
#ifndef CUSTOS_CONSOLE_AUTH_H
#define CUSTOS_CONSOLE_AUTH_H

#include "req-t.h"

/* Sets r->session and r->who from the session cookie. A route that needs
 * a session (needs: an action, its own decision, an API route) without a
 * live one: 401
 * sign_in_required (PIPE_SEND). A change without the session's CSRF token
 * or from another Origin: 403 csrf_failed, recorded (PIPE_SEND). Else
 * PIPE_NEXT (public routes go on without a session). */
int console_identify(struct req *r, int needs);

#endif
