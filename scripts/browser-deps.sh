#!/bin/sh
# Installs the browser tests' npm packages (tests/browser/package-lock.json:
# puppeteer-core, oidc-provider, axe-core, exact versions) with `npm ci`, once:
# a stamp in node_modules holds the lock file's hash, so a second run does
# nothing and no test downloads anything. Run by scripts/deps.sh (make deps).
set -eu
dir=$(cd "$(dirname "$0")/../tests/browser" && pwd)
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  sh "$(dirname "$0")/deps.sh" browser-deps nodejs npm
fi
want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
stamp="$dir/node_modules/.custos-lock-sha256"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
echo "browser-deps: npm ci in tests/browser" >&2
(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
echo "$want" >"$stamp"
