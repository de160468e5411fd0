/* address: (being written) */
#include "redact_int.h"

const struct rx_frag rx_address_frags[1] = {{0, 0, NULL, NULL, NULL}};
const size_t rx_address_nfrags = 0;
