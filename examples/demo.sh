#!/bin/sh
# make demo: start the gateway on the example policies and walk a real request
# flow over mutual TLS: a service ingests a conversation, a support agent reads
# it redacted and pseudonymous, requests are denied, the user withdraws
# consent, and the audit chain is verified online and offline.
set -eu
CUSTOS=${1:-$(pwd)/build/custos}
cd "$(dirname "$0")"
HERE=$(pwd)
RUN=$HERE/demo-run
CERTS=$HERE/../certs/dev
PY=/usr/bin/python3

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
show() { printf '   $ %s\n' "$*"; }

rm -rf "$RUN"
mkdir -p "$RUN/keys"
for k in master audit pseudonym; do
  head -c 32 /dev/urandom | base64 > "$RUN/keys/$k.key"
  chmod 600 "$RUN/keys/$k.key"
done

say "check the configuration"
"$CUSTOS" check-config --config custos.ini

say "import the example role documents and bindings (one new policy version each)"
"$CUSTOS" policy import --config custos.ini policies

say "start the gateway (HTTPS 127.0.0.1:8443, ops 127.0.0.1:9090)"
"$CUSTOS" serve --config custos.ini 2> "$RUN/gateway.log" &
GW=$!
trap 'kill $GW 2>/dev/null || true' EXIT INT TERM
# wait_ready PID LOG: until /readyz answers 200 (15 s), or the log's tail and exit
wait_ready() {
  i=0
  until curl -sf http://127.0.0.1:9090/readyz >/dev/null 2>&1; do
    i=$((i + 1))
    if [ $i -gt 150 ] || ! kill -0 "$1" 2>/dev/null; then
      echo "gateway did not become ready:" >&2; tail -5 "$2" >&2; exit 1
    fi
    sleep 0.1
  done
}
wait_ready $GW "$RUN/gateway.log"
echo "ready (pid $GW)"

# call SERVICE METHOD PATH [curl args...]: mTLS as svc:SERVICE, prints status and body
call() {
  svc=$1; method=$2; path=$3; shift 3
  curl -s --cacert "$CERTS/ca.crt" --cert "$CERTS/$svc.crt" --key "$CERTS/$svc.key" \
    -X "$method" "https://localhost:8443$path" -w '\n   -> HTTP %{http_code}\n' "$@"
}

say "a client without a certificate gets nothing (the handshake fails)"
show "curl https://localhost:8443/v1/conversations   (no --cert)"
if curl -s --cacert "$CERTS/ca.crt" https://localhost:8443/v1/conversations; then
  echo "UNEXPECTED: served without a client certificate" >&2; exit 1
else
  echo "   -> refused (curl exit $?)"
fi

say "svc:ingest stores a conversation (encrypted at rest)"
BODY='{"user":"end-user-8812","labels":{"ticket":"4711","assignee":"user:corp/alice","region":"eu"},
 "consent":{"human_review":true,"training":false},
 "messages":[{"role":"user","text":"Hi, I am jane.doe@example.com, call me on +44 20 7946 0958. My card 4111 1111 1111 1111 was charged twice."},
             {"role":"assistant","text":"Sorry Jane, I have opened ticket 4711 for the refund."}]}'
OUT=$(call ingest POST /v1/conversations -H 'Content-Type: application/json' -d "$BODY")
echo "$OUT"
CID=$(echo "$OUT" | $PY -c 'import json,sys; print(json.loads(sys.stdin.readline())["id"])')

ALICE=$($PY mint-token.py "$CERTS/idp-rsa.key" alice support)
BOB=$($PY mint-token.py "$CERTS/idp-rsa.key" bob support)
DORA=$($PY mint-token.py "$CERTS/idp-rsa.key" dora privacy)

say "alice (support agent, assigned, purpose ticket:4711) reads it: PII redacted, user pseudonymous"
show "GET /v1/conversations/$CID  Authorization: Bearer <alice>  X-Access-Purpose: ticket:4711"
call support-console GET "/v1/conversations/$CID" -H "Authorization: Bearer $ALICE" \
  -H 'X-Access-Purpose: ticket:4711' | $PY -c '
import json, sys
lines = sys.stdin.read().split("\n")
doc = json.loads(lines[0]); print(json.dumps({k: doc[k] for k in ("id", "user", "labels", "messages")}, indent=2)); print(lines[1])'

say "denied: alice without a stated purpose"
call support-console GET "/v1/conversations/$CID" -H "Authorization: Bearer $ALICE"

say "denied: bob is a support agent but not assigned to this ticket"
call support-console GET "/v1/conversations/$CID" -H "Authorization: Bearer $BOB" \
  -H 'X-Access-Purpose: ticket:4711'

say "the end user withdraws consent to human review (via the chat frontend)"
call chat-frontend PUT /v1/users/end-user-8812/consent -d '{"human_review":false,"training":false}'
say "... and alice's next read is denied"
call support-console GET "/v1/conversations/$CID" -H "Authorization: Bearer $ALICE" \
  -H 'X-Access-Purpose: ticket:4711'

say "the privacy officer places a legal hold; deleting the conversation is then refused"
call support-console PUT "/v1/conversations/$CID/hold" -H "Authorization: Bearer $DORA" \
  -d '{"legal_hold":true}'
call support-console DELETE "/v1/conversations/$CID" -H "Authorization: Bearer $DORA"

say "the user's access log: who touched their data, when, why (staff pseudonymous)"
call chat-frontend GET /v1/users/end-user-8812/access-log | $PY -c '
import json, sys
lines = sys.stdin.read().split("\n")
for e in json.loads(lines[0])["entries"]:
    print("   #%-3s %s %-5s %-20s by %-36s purpose=%s" % (e["decision_id"], e["time"], e["decision"],
          e["action"], e["by"], e["purpose"]))
print(lines[1])'

say "the policy decision point explains a decision without side effects (simulate)"
call admin-cli POST /v1/policy/simulate -d "{\"action\":\"conversation:read\",\"subject\":\"user:corp/alice\",
  \"groups\":[\"group:corp/support\"],\"purpose\":\"ticket:4711\",
  \"resource\":{\"type\":\"conversation\",\"id\":\"$CID\",
  \"labels\":{\"assignee\":\"user:corp/alice\"},\"consent\":{\"human_review\":true}}}" | $PY -c '
import json, sys
lines = sys.stdin.read().split("\n")
d = json.loads(lines[0])
print(json.dumps({k: d[k] for k in ("decision", "rule", "reason", "redact", "reveal", "roles", "policy_version")}, indent=2))
print(lines[1])'

say "detection: alice reads 12 different customers' conversations in a row (threshold 10)"
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
  B="{\"user\":\"end-user-90$i\",\"labels\":{\"ticket\":\"4711\",\"assignee\":\"user:corp/alice\"},
   \"consent\":{\"human_review\":true,\"training\":false},\"messages\":[{\"role\":\"user\",\"text\":\"order $i\"}]}"
  C=$(call ingest POST /v1/conversations -d "$B" | $PY -c 'import json,sys; print(json.loads(sys.stdin.readline())["id"])')
  printf '   read %-2s %s -> ' "$i" "$C"
  call support-console GET "/v1/conversations/$C" -H "Authorization: Bearer $ALICE" \
    -H 'X-Access-Purpose: ticket:4711' | tail -1 | sed 's/ *-> //'
done
say "... a bulk-access alert names the audit seqs of the reads, and alice is locked (403 subject_locked)"
call admin-cli GET "/v1/alerts?kind=bulk_access" | $PY -c '
import json, sys
lines = sys.stdin.read().split("\n")
for a in json.loads(lines[0])["alerts"]:
    print("   alert #%s %s %s: %s\n     seqs %s" % (a["id"], a["kind"], a["subject"], a["detail"], a["seqs"]))
print(lines[1])'
call admin-cli GET /v1/locks
say "an admin unlocks her (recorded)"
call admin-cli DELETE "/v1/locks/user%3Acorp%2Falice"

say "every decision above is in the audit log, hash-chained; verify it online"
call admin-cli GET /v1/audit/verify

say "stop the gateway (SIGTERM drains) and verify the chain offline"
kill -TERM $GW; wait $GW || true; trap - EXIT INT TERM
"$CUSTOS" audit verify --data "$RUN/data" --key "$RUN/keys/audit.key"

say "no message text and no end-user id in plain form anywhere under data_dir"
if grep -rla -e 'jane.doe@example.com' -e 'end-user-8812' "$RUN/data"; then
  echo "UNEXPECTED: plaintext found" >&2; exit 1
fi
echo "   -> grep found nothing"
say "demo done; the gateway log is $RUN/gateway.log"
if [ "${DEMO_HOLD:-0}" = 1 ]; then
  . "$HERE/demo-console.sh"
fi
