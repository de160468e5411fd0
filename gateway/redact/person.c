/* person: (being written) */
#include "redact_int.h"

const struct rx_frag rx_person_frags[1] = {{0, 0, NULL, NULL, NULL}};
const size_t rx_person_nfrags = 0;
