#!/bin/sh
# End-to-end: durable, audited decisions per second through the real gateway
# over mutual TLS (keep-alive), with group commit against one fsync per audit
# entry, both measured in this run, at 1, 16 and 64 concurrent clients; plus
# GET /v1/whoami (no decision, no audit) as the ceiling of the HTTP+TLS path.
# Load: ab (apache2-utils) with a client certificate (-E). Usage:
#   bench/gateway.sh BUILD_DIR [REQUESTS_PER_CELL]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
n=${2:-20000}
command -v ab >/dev/null 2>&1 || {
	echo "bench/gateway.sh: installing apache2-utils (ab)" >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq apache2-utils >/dev/null
}
dir=$(mktemp -d /var/tmp/custos-gw-bench.XXXXXX) # a real disk, not tmpfs
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT INT TERM

sh "$here/certs/gen.sh" "$dir/certs" >/dev/null 2>&1
cat "$dir/certs/admin-cli.crt" "$dir/certs/admin-cli.key" > "$dir/client.pem"
mkdir -p "$dir/keys"
for k in master audit pseudonym; do head -c 32 /dev/urandom | base64 > "$dir/keys/$k.key"; done
chmod 600 "$dir/keys/"*
printf '{"action":"conversation:read","resource":{"type":"conversation","id":"c-1"}}' > "$dir/body.json"

start() { # $1 = group_commit true|false
	rm -rf "$dir/data"
	cat > "$dir/gw.ini" <<INI
[server]
listen = 127.0.0.1:18643
data_dir = ./data
threads = 2
[tls]
cert = certs/server.crt
key = certs/server.key
client_ca = certs/ca.crt
[ops]
listen = 127.0.0.1:18690
[keys]
master_key_file = keys/master.key
audit_key_file = keys/audit.key
pseudonym_key_file = keys/pseudonym.key
[bootstrap]
admins = svc:admin-cli
[audit]
group_commit = $1
[limits]
; the load is one subject: measured here is the pipeline, not the limiter
; (bench_detect measures limits and detection)
default = off
[detect]
denial_streak = 0
[log]
level = warn
INI
	"$build/custos" serve --config "$dir/gw.ini" 2>"$dir/gw.log" &
	pid=$!
	i=0
	until curl -sf http://127.0.0.1:18690/readyz >/dev/null 2>&1; do
		i=$((i + 1)); [ $i -lt 100 ] || { cat "$dir/gw.log" >&2; exit 1; }
		sleep 0.1
	done
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
rate() { # $1 = concurrency, $2 = path, [$3 = POST body]
	if [ -n "${3:-}" ]; then
		ab -q -k -n "$n" -c "$1" -E "$dir/client.pem" -p "$3" -T application/json \
			"https://127.0.0.1:18643$2" 2>/dev/null
	else
		ab -q -k -n "$n" -c "$1" -E "$dir/client.pem" "https://127.0.0.1:18643$2" 2>/dev/null
	fi | awk '/^Requests per second/ {print $4} /^Non-2xx responses/ {print "NON2XX", $3 > "/dev/stderr"}'
}

echo "requests per cell: $n (ab -k, TLS 1.3, client certificate; 2 server threads)"
printf '%-8s %14s %14s %8s %14s\n' clients group_commit fsync_each ratio whoami_ceiling
start true
for c in 1 16 64; do eval "g$c=\$(rate $c /v1/authorize $dir/body.json)"; done
for c in 1 16 64; do eval "w$c=\$(rate $c /v1/whoami)"; done
stop
start false
for c in 1 16 64; do eval "e$c=\$(rate $c /v1/authorize $dir/body.json)"; done
stop
for c in 1 16 64; do
	eval "g=\$g$c e=\$e$c w=\$w$c"
	printf '%-8s %14s %14s %7.1fx %14s\n' "$c" "$g" "$e" "$(awk -v a="$g" -v b="$e" 'BEGIN{print a/b}')" "$w"
done
