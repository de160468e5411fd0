#!/bin/sh
# Installs the Debian packages that building, testing and the demo need, or
# (with arguments) the packages named: `deps.sh NAME PKG...` (bench-deps.sh).
# Does nothing when they are all present.
set -eu
WHO=deps
if [ $# -gt 0 ]; then
  WHO=$1
  shift
  PKGS="$*"
else
  PKGS="build-essential cmake pkg-config libmicrohttpd-dev libgnutls28-dev libssl-dev
libjwt-dev liblmdb-dev lmdb-utils libjansson-dev libinih-dev libpcre2-dev libcmocka-dev
libsystemd-dev bash-completion mandoc debhelper lintian strace nginx
testssl.sh sslscan slowhttptest cppcheck clang-tools-14 clang-format-14 systemd man-db
openssl curl gnutls-bin python3 python3-pytest python3-jwt python3-cryptography python3-lmdb
valgrind clang-14 libclang-rt-14-dev libphonenumber-dev libprotobuf-dev libcurl4-openssl-dev
chromium libp11-kit-dev softhsm2"
fi
missing=""
for p in $PKGS; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing="$missing $p"
  fi
done
# make deps (no arguments) also installs the browser tests' npm packages.
browser() { if [ "$WHO" = deps ]; then sh "$(dirname "$0")/browser-deps.sh"; fi; }
if [ -z "$missing" ]; then
  browser
  exit 0
fi
echo "$WHO: installing:$missing" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "$WHO: not root; install these packages first:$missing" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# Several builds may install at once: wait for dpkg's lock instead of failing.
apt-get -o DPkg::Lock::Timeout=900 update -qq
# shellcheck disable=SC2086
apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends $missing
browser
