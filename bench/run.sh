#!/bin/sh
# make bench: every benchmark, each printing its figures against a baseline
# measured in the same run (machines are noisy; ratios travel, absolute
# figures do not). Usage: bench/run.sh BUILD_DIR
#   BENCH_QUICK=1      a short run (~4.5 min instead of ~15): fewer requests per
#                      in-process cell, bench/h2h with REPS=1 DUR=3
#   BENCH_PARTS="inproc h2h"   which halves to run (default both)
#   REPS, DUR, H2H_PHASES      passed to bench/h2h/run.sh (default 3, 10,
#                              "setup s1 s2 s3 s4"; add s1u or prof)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
quick=${BENCH_QUICK:-0}
parts=${BENCH_PARTS:-inproc h2h}
section() { printf '\n=== %s\n' "$*"; }

case " $parts " in *" inproc "*)
section "policy: decisions/s with 10, 1,000, 10,000 roles and 100,000 bindings (vs 10 roles)"
"$build/bench_policy"
section "detection: limits + detectors per decision at 100,000 subjects (vs the decision itself)"
"$build/bench_detect"
section "policy store: LMDB reads and durable writes"
"$build/bench_policy_store"
section "tokens: uncached RS256/ES256 verifications vs openssl speed, and cached"
sh "$here/bench/jwt.sh" "$build" "$([ "$quick" = 1 ] && echo 1 || echo 2)"
section "audit: durable entries/s, group commit vs one fsync per entry, 1/16/64 clients"
"$build/bench_audit" "$([ "$quick" = 1 ] && echo 1 || echo 2)" /tmp
"$build/bench_audit" 2 /tmp
section "redaction: MB/s, every type in one pass vs one type at a time (two corpora)"
"$build/bench_redact" "$here/tests/redact-corpus/dev.jsonl"
"$build/bench_redact" "$here/examples/pii-corpus/corpus.jsonl"
section "gateway: audited decisions/s over mTLS, group commit vs fsync per entry, 1/16/64 clients"
sh "$here/bench/gateway.sh" "$build" "$([ "$quick" = 1 ] && echo 4000 || echo 20000)"
;; esac

case " $parts " in *" h2h "*)
section "custos vs nginx 1.22 static 200 over mTLS, side by side (bench/h2h; ratios of medians)"
if [ "$quick" = 1 ]; then : "${REPS:=1}" "${DUR:=3}"; fi
res=$build/h2h
rm -rf "$res"
perf=$(mktemp -d /var/tmp/custos-h2h.XXXXXX)
# shellcheck disable=SC2086
CUSTOS=$build/custos RES=$res PERF=$perf REPS=${REPS:-3} DUR=${DUR:-10} \
	bash "$here/bench/h2h/run.sh" ${H2H_PHASES:-setup s1 s2 s3 s4} 2>"$res.log" || {
	tail -n 30 "$res.log"; rm -rf "$perf"; exit 1; }
rm -rf "$perf"
cat "$res/machine.txt"
echo
/usr/bin/python3 "$here/bench/h2h/summarize.py" "$res/results.csv"
echo "(raw runs: $res/raw, all medians: bench/h2h/summarize.py $res/results.csv --all)"
;; esac
