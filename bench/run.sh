#!/bin/sh
# make bench: every benchmark, each printing its figures against a baseline
# measured in the same run (machines are noisy; ratios travel, absolute
# figures do not). Usage: bench/run.sh BUILD_DIR
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
section() { printf '\n=== %s\n' "$*"; }

section "policy: decisions/s with 10, 1,000, 10,000 roles and 100,000 bindings (vs 10 roles)"
"$build/bench_policy"
section "policy store: LMDB reads and durable writes"
"$build/bench_policy_store"
section "tokens: uncached RS256/ES256 verifications vs openssl speed, and cached"
sh "$here/bench/jwt.sh" "$build"
section "audit: durable entries/s, group commit vs one fsync per entry, 1/16/64 clients"
"$build/bench_audit" 2 /tmp
section "redaction: MB/s, every type in one pass vs one type at a time (two corpora)"
"$build/bench_redact" "$here/tests/redact-corpus/dev.jsonl"
"$build/bench_redact" "$here/examples/pii-corpus/corpus.jsonl"
section "gateway: audited decisions/s over mTLS, group commit vs fsync per entry, 1/16/64 clients"
sh "$here/bench/gateway.sh" "$build"
