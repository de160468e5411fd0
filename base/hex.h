/* hex: lowercase hex of bytes, and back.
 * Pure functions: any thread. */
#ifndef CUSTOS_HEX_H
#define CUSTOS_HEX_H

#include <stddef.h>
#include <stdint.h>

/* Lowercase hex of n bytes into out (2n+1 bytes, NUL-terminated). */
void hex_encode(const uint8_t *in, size_t n, char *out);

/* The value of one hex digit (0-9, a-f, A-F), or -1. */
int hex_digit(char c);

/* Decodes 2n hex digits of in into n bytes of out. With lower_only, digits
 * A-F are refused (a canonical form: one string per value). 0 or -1. */
int hex_decode(const char *in, size_t n, uint8_t *out, int lower_only);

#endif
