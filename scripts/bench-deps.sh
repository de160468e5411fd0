#!/bin/sh
# Installs what `make bench` needs on top of scripts/deps.sh: the peer server
# (nginx 1.22), the load generators (wrk, ab) and perf for the profiles.
# `make test` never runs this. Does nothing when they are all present.
set -eu
sh "$(dirname "$0")/deps.sh"
PKGS="nginx wrk apache2-utils gettext-base linux-perf procps iproute2"
missing=""
for p in $PKGS; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0
echo "bench-deps: installing:$missing" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "bench-deps: not root; install these packages first:$missing" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=900 update -qq
# shellcheck disable=SC2086
apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends $missing
