/* dob: (being written) */
#include "redact_int.h"

const struct rx_frag rx_dob_frags[1] = {{0, 0, NULL, NULL, NULL}};
const size_t rx_dob_nfrags = 0;
