# make demo DEMO_HOLD=1, after the walk-through (sourced by demo.sh, whose
# say, wait_ready, HERE, RUN, CERTS and CUSTOS it uses): the browser console
# with a real OpenID provider. Starts tests/browser/provider.mjs (oidc-provider,
# installed by make deps) on https://127.0.0.1:9445 with the dev server
# certificate, and the gateway again on the walk-through's data with
# [console] listen = 127.0.0.1:8444 signing in there; prints the console
# URL and the test credentials and keeps both running until Ctrl-C.
BROWSER=$HERE/../tests/browser
PROVIDER_PORT=9445

if [ ! -d "$BROWSER/node_modules/oidc-provider" ]; then
  echo "demo-console: tests/browser/node_modules is missing: run make deps" >&2
  exit 1
fi
head -c 24 /dev/urandom | base64 | tr '+/' '-_' > "$RUN/console-secret"
chmod 600 "$RUN/console-secret"

# the provider's ID-token signing key (RS256), made here (provider.mjs says why)
(umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 \
  -out "$RUN/op-signing.key" 2>/dev/null)

say "start the example OpenID provider (oidc-provider) on https://127.0.0.1:$PROVIDER_PORT"
(cd "$BROWSER" && OP_CERT="$CERTS/server.crt" OP_KEY="$CERTS/server.key" OP_PORT=$PROVIDER_PORT \
  OP_SIGNING_KEY="$RUN/op-signing.key" \
  OP_CLIENT_SECRET="$(cat "$RUN/console-secret")" \
  OP_REDIRECT_URIS=https://localhost:8444/callback \
  exec node provider.mjs) > "$RUN/provider.out" 2> "$RUN/provider.log" &
OP=$!
GW=""
trap 'kill $OP $GW 2>/dev/null || true' EXIT INT TERM
i=0
until [ -s "$RUN/provider.out" ]; do
  i=$((i + 1))
  if [ $i -gt 100 ] || ! kill -0 $OP 2>/dev/null; then
    echo "the provider did not start:" >&2; cat "$RUN/provider.log" >&2; exit 1
  fi
  sleep 0.1
done
ISSUER=$(/usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["issuer"])' \
  < "$RUN/provider.out")

# The walk-through's configuration, from demo-run/ (paths one level up), with
# the console on and the provider as [issuer:demo].
sed -e 's|\./demo-run/|./|g' -e 's|\.\./certs/|../../certs/|g' \
  -e 's|^; listen = 127.0.0.1:8444 |listen = 127.0.0.1:8444 |' \
  -e 's|^admins = svc:admin-cli$|admins = svc:admin-cli, group:demo/custos-admins|' \
  custos.ini > "$RUN/console.ini"
cat >> "$RUN/console.ini" <<INI

[issuer:demo]
iss = $ISSUER
discovery = $ISSUER/.well-known/openid-configuration
ca_file = ../../certs/dev/ca.crt
audience = custos
algorithms = RS256
groups_claim = groups
console_client_id = custos-console
console_client_secret_file = ./console-secret
console_redirect_url = https://localhost:8444/callback
console_scope = openid profile email groups
INI
"$CUSTOS" check-config --config "$RUN/console.ini"

say "start the gateway with the console (https://localhost:8444)"
"$CUSTOS" serve --config "$RUN/console.ini" 2> "$RUN/gateway-console.log" &
GW=$!
wait_ready $GW "$RUN/gateway-console.log"
# bob's group reads like a support agent
curl -s -o /dev/null --cacert "$CERTS/ca.crt" --cert "$CERTS/admin-cli.crt" \
  --key "$CERTS/admin-cli.key" -X PUT -H 'Content-Type: application/json' \
  -d '{"roles": ["support_agent"]}' \
  "https://localhost:8443/v1/bindings/group:demo%2Fsupport"

say "the console is up"
cat <<TXT
   console:   https://localhost:8444/   (the certificate is certs/dev/ca.crt's:
              trust it in the browser or accept the warning)
   provider:  $ISSUER
   sign in as alice / alice-console-pw   (group custos-admins: admin)
           or bob   / bob-console-pw     (group support: support_agent)
   logs:      $RUN/gateway-console.log, $RUN/provider.log
   Ctrl-C stops both.
TXT
wait $GW
