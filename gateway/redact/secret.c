/* secret: (being written) */
#include "redact_int.h"

const struct rx_frag rx_secret_frags[1] = {{0, 0, NULL, NULL, NULL}};
const size_t rx_secret_nfrags = 0;
