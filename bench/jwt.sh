#!/bin/sh
# Token verification throughput vs the OpenSSL floor on this machine.
# Usage: bench/jwt.sh [BUILD_DIR] [ROUNDS]   (default ./build, 2; needs bench_jwt)
# Mints fresh keys/tokens, then ROUNDS times runs bench_jwt (one thread) and
# `openssl speed -seconds 2 rsa2048 ecdsap256` alternately, keeps the best
# figure of each (the least disturbed by other processes), and prints our
# uncached rates as a percentage of openssl's verify/s (target >= 70 %).
# Both are per CPU second (openssl speed's default, bench_jwt's clock).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
rounds=${2:-2}
dir=$(mktemp -d /tmp/custos-jwt-bench.XXXXXX)
trap 'rm -rf "$dir"' EXIT INT TERM

/usr/bin/python3 "$here/tests/unit/mint_tokens.py" "$dir"
best() { awk -v a="$1" -v b="$2" 'BEGIN {print (a + 0 > b + 0) ? a : b}'; }
rsa_ours=0 ec_ours=0 cached=0 rsa_ossl=0 ec_ossl=0
i=0
while [ "$i" -lt "$rounds" ]; do
	ours=$("$build/bench_jwt" "$dir" 1.5 2>/dev/null)
	speed=$(openssl speed -seconds 2 rsa2048 ecdsap256 2>/dev/null)
	rsa_ours=$(best "$rsa_ours" "$(printf '%s\n' "$ours" | awk '$1 == "rs256_uncached_per_s" {print $2}')")
	ec_ours=$(best "$ec_ours" "$(printf '%s\n' "$ours" | awk '$1 == "es256_uncached_per_s" {print $2}')")
	cached=$(best "$cached" "$(printf '%s\n' "$ours" | awk '$1 == "rs256_cached_per_s" {print $2}')")
	rsa_ossl=$(best "$rsa_ossl" "$(printf '%s\n' "$speed" | awk '/^rsa 2048 bits/ {print $NF}')")
	ec_ossl=$(best "$ec_ossl" "$(printf '%s\n' "$speed" | awk '/ecdsa \(nistp256\)/ {print $NF}')")
	i=$((i + 1))
done

echo "machine: $(nproc) vCPU, $(openssl version | cut -d' ' -f1-2), $(uname -m), load:$(cut -d' ' -f1-3 /proc/loadavg)"
awk -v o="$rsa_ossl" -v u="$rsa_ours" 'BEGIN {printf "RS256 uncached: %8.0f/s  openssl rsa2048 verify:   %8.0f/s  -> %5.1f %%\n", u, o, 100*u/o}'
awk -v o="$ec_ossl" -v u="$ec_ours" 'BEGIN {printf "ES256 uncached: %8.0f/s  openssl ecdsap256 verify: %8.0f/s  -> %5.1f %%\n", u, o, 100*u/o}'
echo "RS256 cached:   ${cached}/s  (one thread, per CPU second, best of $rounds rounds)"
