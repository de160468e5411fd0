#!/bin/sh
# Installs the Debian packages that building, testing and the demo need.
# Does nothing when they are all present.
set -eu
PKGS="build-essential cmake pkg-config libmicrohttpd-dev libgnutls28-dev libssl-dev
libjwt-dev liblmdb-dev lmdb-utils libjansson-dev libinih-dev libpcre2-dev libcmocka-dev
openssl curl gnutls-bin python3 python3-pytest python3-jwt python3-cryptography python3-lmdb
valgrind clang-14 libclang-rt-14-dev libphonenumber-dev libcurl4-openssl-dev"
missing=""
for p in $PKGS; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0
echo "deps: installing:$missing" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "deps: not root; install these packages first:$missing" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# Several builds may install at once: wait for dpkg's lock instead of failing.
apt-get -o DPkg::Lock::Timeout=900 update -qq
# shellcheck disable=SC2086
apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends $missing
