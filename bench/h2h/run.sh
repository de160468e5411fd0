#!/bin/bash
# bench/h2h/run.sh: custos vs nginx 1.22 serving a static 200, side by side,
# over mutual TLS, with the same PKI (certs/gen.sh), the same load generator
# (wrk with an LD_PRELOAD client-certificate shim) and the two servers
# alternating inside every repetition: on a shared machine only ratios
# measured side by side are stable. Adapted from ../shared/perf/h2h.
#
#   CUSTOS=<custos binary> bench/h2h/run.sh [PHASE...]
#
# PHASE (default: setup s1 s2 s3 s4): each repeats REPS times (default 3),
# DUR seconds per measured run (default 10); medians are reported.
#   s1   keep-alive, pinned (server on CPU0, wrk -t1 on CPU1), 16 and 64
#        connections: nginx GET /allow | custos GET /v1/whoami | custos POST
#        /v1/authorize with one RS256 token (cached after the first request;
#        every decision durably audited)
#   s1u  the same, unpinned (nginx 2 workers, custos threads=2, wrk -t2)
#   s2   token-cache misses: 20,000 distinct tokens (> [tokens] cache_max
#        10,000, FIFO) cycled, RS256 and ES256, each next to the same request
#        with one cached token, and `openssl speed rsa2048 ecdsap256` on CPU0
#   s3   a new mTLS connection per request (Connection: close), pinned, c16
#   s4   RSS with 1,000 idle mTLS connections (holdconns.py)
#   prof perf cpu-clock profiles (DWARF call graphs) of custos: whoami c64,
#        authorize cached c64, authorize uncached RS256 c16 (raw/prof.*.txt)
#   callgrind  instruction counts per function (valgrind), the same three,
#        CG_REQUESTS (300) keep-alive requests each, handshakes not collected
#        (raw/callgrind.*.txt)
# Work files go to $PERF (a fresh mktemp -d unless set), raw output and
# results.csv to $RES (default build-release/h2h). summarize.py prints the
# ratio table. Needs nginx wrk curl openssl gettext-base (envsubst) gcc
# python3-jwt (scripts/bench-deps.sh). Kills only the processes it starts.
set -u
H2H=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "$H2H/../.." && pwd)
: "${CUSTOS:?set CUSTOS to the custos binary (make bench builds build-release/custos)}"
export PERF=${PERF:-$(mktemp -d /var/tmp/custos-h2h.XXXXXX)}
RES=${RES:-$SRC/build-release/h2h}
REPS=${REPS:-3}
DUR=${DUR:-10}
NGX_PORT=${NGX_PORT:-28443} C_PORT=${C_PORT:-28444} C_OPS=${C_OPS:-28490}
HZ=$(getconf CLK_TCK)
CSV=$RES/results.csv
mkdir -p "$RES/raw"
ulimit -n 16384 2>/dev/null || ulimit -n "$(ulimit -Hn)"
export MTLS_CERT=$PERF/certs/support-console.crt MTLS_KEY=$PERF/certs/support-console.key
CURL="curl -s --cacert $PERF/certs/ca.crt --cert $MTLS_CERT --key $MTLS_KEY"
log() { printf '%s %s\n' "$(date +%T)" "$*" | tee -a "$RES/run.log" >&2; }

write_ini() { # NAME EXTRA_SERVER_LINES
	cat > "$PERF/$1" <<INI
[server]
listen = 127.0.0.1:$C_PORT
data_dir = ./data
threads = 2
$2
[tls]
cert = certs/server.crt
key = certs/server.key
client_ca = certs/ca.crt
[ops]
listen = 127.0.0.1:$C_OPS
[keys]
master_key_file = keys/master.key
audit_key_file = keys/audit.key
pseudonym_key_file = keys/pseudonym.key
[bootstrap]
admins = svc:admin-cli
[issuer:corp]
iss = https://idp.example.test
audience = custos
algorithms = RS256, ES256
key_file = certs/idp-both.pub
groups_claim = groups
leeway_s = 30
[limits]
; the load is one subject: measured here is the pipeline, not the limiter
; (bench_detect measures limits and detection)
default = off
[detect]
denial_streak = 0
[log]
level = warn
INI
}

setup() {
	log "setup in PERF=$PERF"
	mkdir -p "$PERF"/{certs,keys,nginx/tmp,shim,logs}
	chmod 755 "$PERF"
	sh "$SRC/certs/gen.sh" "$PERF/certs" >/dev/null 2>&1 || { echo "gen.sh failed" >&2; exit 1; }
	chmod 755 "$PERF/certs"; chmod 644 "$PERF/certs/"*.crt # nginx workers (www-data) read the CA
	cat "$PERF/certs/idp-rsa.pub" "$PERF/certs/idp-ec.pub" > "$PERF/certs/idp-both.pub"
	for k in master audit pseudonym; do head -c 32 /dev/urandom | base64 > "$PERF/keys/$k.key"; done
	chmod 600 "$PERF/keys/"*
	for w in 1 2; do
		NGX_WORKERS=$w NGX_PORT=$NGX_PORT PERF=$PERF envsubst '${PERF} ${NGX_PORT} ${NGX_WORKERS}' \
			< "$H2H/nginx.conf.in" > "$PERF/nginx/nginx-${w}w.conf"
	done
	cc -O2 -shared -fPIC -o "$PERF/shim/mtls_shim.so" "$H2H/mtls_shim.c" -ldl -lssl -lcrypto || exit 1
	write_ini custos.ini ""
	# s4: room for 1000 connections from one address, and no idle close during the test
	write_ini custos-idle.ini "max_connections = 4096
per_ip_connections = 4096
idle_timeout_s = 600
request_timeout_s = 600"
	cp -r "$SRC/examples/policies" "$PERF/policies"
	"$CUSTOS" check-config --config "$PERF/custos.ini" || exit 1
	"$CUSTOS" policy import --config "$PERF/custos.ini" "$PERF/policies" > "$PERF/logs/import.txt" 2>&1 || {
		cat "$PERF/logs/import.txt" >&2; exit 1; }
	mv "$PERF/data" "$PERF/data0" # template: policies imported, empty audit
	/usr/bin/python3 "$H2H/mint_pool.py" "$PERF/certs/idp-rsa.key" RS256 20000 "$PERF/pool-rs256.txt"
	/usr/bin/python3 "$H2H/mint_pool.py" "$PERF/certs/idp-ec.key" ES256 20000 "$PERF/pool-es256.txt"
	head -1 "$PERF/pool-rs256.txt" > "$PERF/one-rs256.txt"
	head -1 "$PERF/pool-es256.txt" > "$PERF/one-es256.txt"
}

# ---------------------------------------------------------------- servers
SPID= SKIND=
start_nginx() { # CONF PIN
	rm -f "$PERF/nginx/nginx.pid"
	local ts=; [ "$2" = pin ] && ts="taskset -c 0"
	$ts nginx -p "$PERF/nginx" -c "$PERF/nginx/$1" -e "$PERF/nginx/error.log" || { log "nginx failed to start"; exit 1; }
	local i=0
	until [ -s "$PERF/nginx/nginx.pid" ] && $CURL -o /dev/null "https://127.0.0.1:$NGX_PORT/allow"; do
		i=$((i + 1)); [ $i -lt 100 ] || { log "nginx not ready"; exit 1; }; sleep 0.05
	done
	SPID=$(cat "$PERF/nginx/nginx.pid") SKIND=nginx
}
start_custos() { # INI PIN LOGNAME
	rm -rf "$PERF/data"; cp -a "$PERF/data0" "$PERF/data"
	local ts=; [ "$2" = pin ] && ts="taskset -c 0"
	$ts "$CUSTOS" serve --config "$PERF/$1" 2>> "$PERF/logs/$3.log" &
	SPID=$! SKIND=custos
	local i=0
	until curl -sf "http://127.0.0.1:$C_OPS/readyz" >/dev/null 2>&1; do
		i=$((i + 1))
		if [ $i -gt 200 ] || ! kill -0 "$SPID" 2>/dev/null; then log "custos not ready"; tail -5 "$PERF/logs/$3.log" >&2; exit 1; fi
		sleep 0.05
	done
}
stop_server() {
	if [ "$SKIND" = nginx ]; then
		kill -QUIT "$SPID"
		local i=0; while kill -0 "$SPID" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
	else
		kill -TERM "$SPID"; wait "$SPID" 2>/dev/null
		local rc=$?; [ $rc -eq 0 ] || log "custos exited with status $rc"
	fi
	SPID= SKIND=
}
server_pids() { if [ "$SKIND" = nginx ]; then echo "$SPID $(pgrep -P "$SPID" | tr '\n' ' ')"; else echo "$SPID"; fi; }
cpu_ticks() { local s=0 p; for p in $(server_pids); do set -- $(cut -d' ' -f14,15 "/proc/$p/stat"); s=$((s + $1 + $2)); done; echo $s; }
# user+nice+system+irq+softirq+steal in ticks, all CPUs; and steal alone
sys_busy() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $9}' /proc/stat; }
task_ticks() { # per-thread CPU of a process: "TID COMM TICKS"
	local t s rest
	for t in /proc/$1/task/*; do
		s=$(cat "$t/stat" 2>/dev/null) || continue
		rest=${s##*) }; set -- $rest
		local comm=${s#*(}; comm=${comm%)*}
		echo "${t##*/} ${comm// /_} $(( ${12} + ${13} ))"
	done
}
metric() { curl -s "http://127.0.0.1:$C_OPS/metrics" | awk -v m="$1" '$1 == m {print $2}'; }

# ---------------------------------------------------------------- one measured run
# measure SCEN VARIANT SERVER PIN CONNS PATH REP [VAR=VALUE...]   (server started)
measure() {
	local scen=$1 var=$2 srv=$3 pin=$4 c=$5 path=$6 rep=$7; shift 7
	local port=$NGX_PORT warm=/allow; [ "$srv" = custos ] && port=$C_PORT warm=/v1/whoami
	local ts= wt=2; [ "$pin" = pin ] && ts="taskset -c 1" wt=1
	local tag="$scen.$var.$srv.$pin.c$c.r$rep" out="$RES/raw/$scen.$var.$srv.$pin.c$c.r$rep.txt"
	# warm-up: 1 s of plain GETs (never the token pool, whose cache must stay cold)
	env LD_PRELOAD="$PERF/shim/mtls_shim.so" $ts wrk -t$wt -c"$c" -d1s "https://127.0.0.1:$port$warm" >/dev/null 2>&1
	local h0=0 m0=0 th0=
	if [ "$srv" = custos ]; then h0=$(metric custos_token_cache_hits_total); m0=$(metric custos_token_cache_misses_total); th0=$(task_ticks "$SPID"); fi
	local b0 st0 b1 st1 n0 n1 t0 t1
	read -r b0 st0 < <(sys_busy); n0=$(cpu_ticks); t0=$(date +%s.%N)
	{ echo "### $tag  server=$srv pin=$pin conns=$c path=$path env: $*"
	  TIMEFORMAT="LOADGEN real=%R user=%U sys=%S"
	  time env "$@" WRK_THREADS=$wt LD_PRELOAD="$PERF/shim/mtls_shim.so" $ts \
		wrk -t$wt -c"$c" -d"${DUR}s" --latency -s "$H2H/h2h.lua" "https://127.0.0.1:$port$path"
	} > "$out" 2>&1
	t1=$(date +%s.%N); n1=$(cpu_ticks); read -r b1 st1 < <(sys_busy)
	local extra=
	if [ "$srv" = custos ]; then
		local h1 m1; h1=$(metric custos_token_cache_hits_total); m1=$(metric custos_token_cache_misses_total)
		extra="cache_hits=$((${h1:-0} - ${h0:-0})) cache_misses=$((${m1:-0} - ${m0:-0}))"
		{ echo "token cache: $extra"; echo "per-thread CPU ticks during the run (tid comm ticks):"
		  join <(echo "$th0" | sort) <(task_ticks "$SPID" | sort) | awk '{d=$5-$3; if (d>0) print "  ", $1, $2, d}'
		  echo "metrics:"; curl -s "http://127.0.0.1:$C_OPS/metrics" | grep -v '^#' | sed 's/^/  /'; } >> "$out"
	fi
	awk -v scen="$scen" -v var="$var" -v srv="$srv" -v pin="$pin" -v c="$c" -v rep="$rep" \
	    -v n0="$n0" -v n1="$n1" -v hz="$HZ" -v t0="$t0" -v t1="$t1" -v b0="$b0" -v b1="$b1" \
	    -v st0="$st0" -v st1="$st1" -v extra="$extra" '
		/^WRKSUM/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); w[kv[1]] = kv[2] } }
		/Non-2xx or 3xx responses:/ { non2xx = $NF }
		/^LOADGEN/ { split($3, u, "="); split($4, s, "="); lg = u[2] + s[2] }
		END {
			wall = t1 - t0; cpu = (n1 - n0) / hz
			err = w["err_connect"] + w["err_read"] + w["err_write"] + w["err_timeout"]
			printf "%s,%s,%s,%s,%s,%s,%d,%.0f,%d,%d,%d,%d,%d,%d,%d,%.2f,%.0f,%.2f,%.2f,%.2f,%.2f,%.2f,%s\n",
				scen, var, srv, pin, c, rep, w["requests"], w["rps"], w["p50_us"], w["p90_us"], w["p99_us"],
				w["p999_us"], w["max_us"], err, non2xx + 0, cpu, 100 * cpu / wall,
				(w["requests"] > 0 ? cpu * 1e6 / w["requests"] : 0), lg, (b1 - b0) / hz, (st1 - st0) / hz, wall, extra
		}' "$out" | tee -a "$CSV" >&2
}

# run SCEN VARIANT SERVER PIN CONNS PATH REP [VAR=VALUE...]: start, measure, stop
run() {
	local srv=$3 pin=$4
	if [ "$srv" = nginx ]; then
		local conf=nginx-2w.conf; [ "$pin" = pin ] && conf=nginx-1w.conf
		start_nginx "$conf" "$pin"
	else
		start_custos "${CINI:-custos.ini}" "$pin" "$1.$2"
	fi
	measure "$@"
	stop_server
}

# ---------------------------------------------------------------- phases
s1() { # keep-alive; $1 = pin | nopin
	local pin=$1 scen=s1; [ "$pin" = nopin ] && scen=s1u
	log "$scen: keep-alive, $pin, REPS=$REPS DUR=$DUR"
	for rep in $(seq 1 "$REPS"); do
		for c in 16 64; do
			run $scen allow nginx "$pin" $c /allow "$rep"
			run $scen whoami custos "$pin" $c /v1/whoami "$rep"
			run $scen authorize_rs256_cached custos "$pin" $c /v1/authorize "$rep" POOL="$PERF/one-rs256.txt"
		done
	done
}

s2() { # token-cache misses, next to cached requests and openssl speed on the server's CPU
	log "s2: uncached vs cached tokens, pinned, c16, REPS=$REPS DUR=$DUR"
	for rep in $(seq 1 "$REPS"); do
		taskset -c 0 openssl speed -seconds 2 rsa2048 ecdsap256 > "$RES/raw/s2.openssl_speed.r$rep.txt" 2>/dev/null
		awk -v rep="$rep" '/^rsa 2048 bits/ {print "s2,openssl_speed_rsa2048,openssl,pin,0," rep ",0," $NF ",,,,,,,,,,,,,,,sign_per_s=" $(NF-1)}
			/ecdsa \(nistp256\)/ {print "s2,openssl_speed_ecdsap256,openssl,pin,0," rep ",0," $NF ",,,,,,,,,,,,,,,sign_per_s=" $(NF-1)}' \
			"$RES/raw/s2.openssl_speed.r$rep.txt" | tee -a "$CSV" >&2
		run s2 authorize_rs256_uncached custos pin 16 /v1/authorize "$rep" POOL="$PERF/pool-rs256.txt"
		run s2 authorize_rs256_cached custos pin 16 /v1/authorize "$rep" POOL="$PERF/one-rs256.txt"
		run s2 authorize_es256_uncached custos pin 16 /v1/authorize "$rep" POOL="$PERF/pool-es256.txt"
		run s2 authorize_es256_cached custos pin 16 /v1/authorize "$rep" POOL="$PERF/one-es256.txt"
	done
}

s3() { # a full mTLS handshake per request
	log "s3: Connection: close, pinned, c16, REPS=$REPS DUR=$DUR"
	for rep in $(seq 1 "$REPS"); do
		run s3 close nginx pin 16 /allow "$rep" CLOSE=1
		run s3 close custos pin 16 /v1/whoami "$rep" CLOSE=1
	done
}

prof() { # where custos spends CPU: perf cpu-clock samples with DWARF call graphs, pinned
	command -v perf >/dev/null || { log "prof: no perf, skipped"; return; }
	log "prof: perf record -e cpu-clock --call-graph dwarf of custos (whoami c64, authorize cached c64, authorize uncached RS256 c16)"
	local v path c envs
	for v in whoami authorize uncached; do
		path=/v1/whoami c=64 envs=
		[ $v = authorize ] && path=/v1/authorize envs="POOL=$PERF/one-rs256.txt"
		[ $v = uncached ] && path=/v1/authorize c=16 envs="POOL=$PERF/pool-rs256.txt"
		start_custos custos.ini pin "prof.$v"
		env LD_PRELOAD="$PERF/shim/mtls_shim.so" taskset -c 1 wrk -t1 -c$c -d1s "https://127.0.0.1:$C_PORT/v1/whoami" >/dev/null 2>&1
		perf record -q -e cpu-clock -F 999 --call-graph dwarf,16384 -p "$SPID" -o "$PERF/prof.$v.data" -- sleep 5 2>/dev/null &
		local pp=$!
		env $envs LD_PRELOAD="$PERF/shim/mtls_shim.so" taskset -c 1 \
			wrk -t1 -c$c -d6s -s "$H2H/h2h.lua" "https://127.0.0.1:$C_PORT$path" > "$PERF/logs/prof.$v.wrk" 2>&1
		wait "$pp"
		stop_server
		{ grep WRKSUM "$PERF/logs/prof.$v.wrk"
		  echo "## self time by library (dso)"
		  perf report -i "$PERF/prof.$v.data" --stdio --no-children --sort dso --percent-limit 0.5 -g none 2>/dev/null | grep -v '^$' | grep -v '^#'
		  echo "## self time by function"
		  perf report -i "$PERF/prof.$v.data" --stdio --no-children --sort dso,sym --percent-limit 0.4 -g none 2>/dev/null | grep -v '^$' | grep -v '^#'
		  echo "## inclusive time (children) by function"
		  perf report -i "$PERF/prof.$v.data" --stdio --children --sort sym --percent-limit 3 -g none 2>/dev/null | grep -v '^$' | grep -v '^#'
		} > "$RES/raw/prof.$v.txt"
		log "prof: $RES/raw/prof.$v.txt"
	done
}

cg() { # instructions per request (valgrind --tool=callgrind), collected only around N keep-alive requests
	command -v callgrind_control >/dev/null || { log "callgrind: no valgrind, skipped"; return; }
	local n=${CG_REQUESTS:-300}
	log "callgrind: $n keep-alive requests each: whoami, authorize cached, authorize uncached RS256"
	local v path pool i
	for v in whoami authorize uncached; do
		path=/v1/whoami pool=
		[ $v = authorize ] && path=/v1/authorize pool="$PERF/one-rs256.txt"
		[ $v = uncached ] && path=/v1/authorize pool="$PERF/pool-rs256.txt"
		rm -rf "$PERF/data"; cp -a "$PERF/data0" "$PERF/data"
		valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$PERF/cg.$v.out" \
			"$CUSTOS" serve --config "$PERF/custos.ini" 2>> "$PERF/logs/cg.$v.log" &
		SPID=$! SKIND=custos
		i=0; until curl -sf "http://127.0.0.1:$C_OPS/readyz" >/dev/null 2>&1; do
			i=$((i + 1)); [ $i -lt 1200 ] || { log "custos under callgrind not ready"; exit 1; }; sleep 0.1; done
		/usr/bin/python3 "$H2H/cgload.py" "$C_PORT" "$path" "$n" "$SPID" "$MTLS_CERT" "$MTLS_KEY" \
			"$PERF/certs/ca.crt" $pool > "$PERF/logs/cg.$v.load" 2>&1 || { cat "$PERF/logs/cg.$v.load" >&2; }
		stop_server
		{ echo "$v: $(cat "$PERF/logs/cg.$v.load")"
		  callgrind_annotate --inclusive=no "$PERF/cg.$v.out" 2>/dev/null | sed -n '/PROGRAM TOTALS/,$p' | head -40
		  echo "## inclusive"
		  callgrind_annotate --inclusive=yes "$PERF/cg.$v.out" 2>/dev/null | sed -n '/PROGRAM TOTALS/,$p' | head -60
		} > "$RES/raw/callgrind.$v.txt"
		log "callgrind: $RES/raw/callgrind.$v.txt"
	done
}

rss_of() { # "RSS_kB PSS_kB ANON_kB FILE_kB" summed over the server's processes
	local r=0 p=0 an=0 fl=0 pid
	for pid in $(server_pids); do
		set -- $(awk '/^VmRSS/{r=$2} /^RssAnon/{a=$2} /^RssFile/{f=$2} END{print r, a, f}' "/proc/$pid/status") \
			$(awk '/^Pss:/{print $2}' "/proc/$pid/smaps_rollup")
		r=$((r + $1)); an=$((an + $2)); fl=$((fl + $3)); p=$((p + $4))
	done
	echo "$r $p $an $fl"
}
mem_one() { # REP SERVER CONF PATH PORT
	local rep=$1 srv=$2 conf=$3 path=$4 port=$5 out="$RES/raw/s4.$2.$3.r$1.txt"
	if [ "$srv" = nginx ]; then start_nginx "$conf" nopin; else start_custos "$conf" nopin "s4.$conf"; fi
	# one request first, so that lazily built state exists at the baseline
	$CURL -o /dev/null "https://127.0.0.1:$port$path"
	sleep 0.5
	local base after closed estab hc line
	base=$(rss_of)
	/usr/bin/python3 "$H2H/holdconns.py" "$port" "$path" 1000 "$MTLS_CERT" "$MTLS_KEY" "$PERF/certs/ca.crt" > "$PERF/logs/hold.txt" 2>&1 &
	hc=$!
	local i=0; until grep -q READY "$PERF/logs/hold.txt" || [ $i -gt 1200 ]; do sleep 0.1; i=$((i + 1)); done
	sleep 2
	after=$(rss_of)
	estab=$(ss -Htn state established "( sport = :$port )" | wc -l)
	line=$(cat "$PERF/logs/hold.txt")
	kill "$hc"; wait "$hc" 2>/dev/null
	sleep 1
	closed=$(rss_of)
	{ echo "### s4 $srv $conf rep $rep"; echo "holdconns: $line"; echo "server-side established: $estab"
	  echo "rss_kB/pss_kB/anon_kB/file_kB baseline: $base; with 1000 idle: $after; after close: $closed"; } > "$out"
	cat "$out" >&2
	set -- $base; local rb=$1 pb=$2 ab=$3 fb=$4; set -- $after; local ra=$1 pa=$2 aa=$3 fa=$4; set -- $closed
	echo "s4,idle1000_$conf,$srv,nopin,1000,$rep,0,,,,,,,,,,,,,,,,rss_base_kB=$rb rss_1000_kB=$ra rss_closed_kB=$1 pss_base_kB=$pb pss_1000_kB=$pa anon_base_kB=$ab file_base_kB=$fb anon_1000_kB=$aa file_1000_kB=$fa per_conn_rss_kB=$(( (ra - rb) / 1000 )) estab=$estab" | tee -a "$CSV" >&2
	stop_server
}
s4() {
	log "s4: RSS with 1000 idle mTLS connections"
	local rep
	for rep in $(seq 1 "$(( REPS < 2 ? REPS : 2 ))"); do
		mem_one "$rep" nginx nginx-1w.conf /allow "$NGX_PORT"
		mem_one "$rep" custos custos-idle.ini /v1/whoami "$C_PORT"
	done
}

machine() {
	{
		echo "date: $(date -u +%FT%TZ)"
		echo "kernel: $(uname -r); cpus: $(nproc) ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'))"
		echo "mem: $(awk '/MemTotal/{printf "%.1f GiB", $2/1048576}' /proc/meminfo); load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
		echo "debian: $(cat /etc/debian_version)"
		echo "openssl: $(openssl version)"
		echo "nginx: $(nginx -v 2>&1 | cut -d/ -f2); wrk: $(dpkg-query -W -f '${Version}' wrk 2>/dev/null)"
		echo "custos: $("$CUSTOS" version --deps 2>/dev/null | tr '\n' ';')"
		echo "custos commit: $(git -C "$SRC" rev-parse --short HEAD 2>/dev/null)$(git -C "$SRC" diff --quiet HEAD 2>/dev/null || echo ' (modified)')"
		echo "REPS=$REPS DUR=$DUR"
	} > "$RES/machine.txt"
	cat "$RES/machine.txt" >&2
}

cleanup() { [ -n "$SPID" ] && kill "$SPID" 2>/dev/null; }
trap cleanup EXIT
phases=${*:-setup s1 s2 s3 s4}
[ -f "$CSV" ] || echo "scen,variant,server,pin,conns,rep,requests,rps,p50_us,p90_us,p99_us,p999_us,max_us,errors,non2xx,server_cpu_s,server_cpu_pct,us_per_req,loadgen_cpu_s,busy_all_s,steal_s,wall_s,extra" > "$CSV"
[ -f "$RES/machine.txt" ] || machine
for ph in $phases; do
	case $ph in
	setup) setup ;;
	s1) s1 pin ;;
	s1u) s1 nopin ;;
	s2) s2 ;;
	s3) s3 ;;
	s4) s4 ;;
	prof) prof ;;
	callgrind) cg ;;
	*) echo "unknown phase $ph" >&2; exit 2 ;;
	esac
done
log "done: $CSV"
