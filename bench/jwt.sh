#!/bin/sh
# Token verification throughput vs the OpenSSL floor on this machine.
# Usage: bench/jwt.sh [BUILD_DIR]   (default ./build; needs bench_jwt built)
# Mints fresh keys/tokens, runs bench_jwt (one thread) and
# `openssl speed -seconds 2 rsa2048 ecdsap256`, and prints our uncached
# figures as a percentage of openssl's verify/s (target >= 70 %).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
dir=$(mktemp -d /tmp/custos-jwt-bench.XXXXXX)
trap 'rm -rf "$dir"' EXIT INT TERM

/usr/bin/python3 "$here/tests/unit/mint_tokens.py" "$dir"
ours=$("$build/bench_jwt" "$dir" 2 2>/dev/null)
speed=$(openssl speed -seconds 2 rsa2048 ecdsap256 2>/dev/null)

rsa_ossl=$(printf '%s\n' "$speed" | awk '/^rsa 2048 bits/ {print $NF}')
ec_ossl=$(printf '%s\n' "$speed" | awk '/ecdsa \(nistp256\)/ {print $NF}')
rsa_ours=$(printf '%s\n' "$ours" | awk '$1 == "rs256_uncached_per_s" {print $2}')
ec_ours=$(printf '%s\n' "$ours" | awk '$1 == "es256_uncached_per_s" {print $2}')
cached=$(printf '%s\n' "$ours" | awk '$1 == "rs256_cached_per_s" {print $2}')

echo "machine: $(nproc) vCPU, $(openssl version | cut -d' ' -f1-2), $(uname -m)"
awk -v o="$rsa_ossl" -v u="$rsa_ours" 'BEGIN {printf "RS256 uncached: %8.0f/s  openssl rsa2048 verify: %8.0f/s  -> %5.1f %%\n", u, o, 100*u/o}'
awk -v o="$ec_ossl" -v u="$ec_ours" 'BEGIN {printf "ES256 uncached: %8.0f/s  openssl ecdsap256 verify: %6.0f/s  -> %5.1f %%\n", u, o, 100*u/o}'
echo "RS256 cached:   ${cached}/s"
