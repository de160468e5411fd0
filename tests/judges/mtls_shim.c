/* mtls_shim: LD_PRELOAD library giving a dynamically linked OpenSSL client
 * that has no client-certificate option (slowhttptest, wrk) a client
 * certificate. Copied from the project's shared perf kit (shared/perf/).
 * Usage: MTLS_CERT=client.crt MTLS_KEY=client.key LD_PRELOAD=mtls_shim.so slowhttptest ...
 * Hooks SSL_CTX_new(); after the real call, loads the cert chain + key into the new context. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

SSL_CTX *SSL_CTX_new(const SSL_METHOD *meth) {
    static SSL_CTX *(*real)(const SSL_METHOD *);
    if (!real) real = (SSL_CTX *(*)(const SSL_METHOD *))dlsym(RTLD_NEXT, "SSL_CTX_new");
    SSL_CTX *ctx = real(meth);
    const char *c = getenv("MTLS_CERT"), *k = getenv("MTLS_KEY");
    if (ctx && c && k) {
        if (SSL_CTX_use_certificate_chain_file(ctx, c) != 1 ||
            SSL_CTX_use_PrivateKey_file(ctx, k, SSL_FILETYPE_PEM) != 1 ||
            SSL_CTX_check_private_key(ctx) != 1) {
            fprintf(stderr, "mtls_shim: failed to load %s / %s\n", c, k);
            ERR_print_errors_fp(stderr);
            exit(2);
        }
        if (getenv("MTLS_VERBOSE")) fprintf(stderr, "mtls_shim: client cert loaded into SSL_CTX %p\n", (void *)ctx);
    }
    return ctx;
}
