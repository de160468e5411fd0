#!/bin/sh
# Installs what `make bench` needs on top of scripts/deps.sh: the peer server
# (nginx 1.22), the load generators (wrk, ab) and perf for the profiles.
# `make test` never runs this. Does nothing when they are all present.
set -eu
sh "$(dirname "$0")/deps.sh"
exec sh "$(dirname "$0")/deps.sh" bench-deps nginx wrk apache2-utils gettext-base linux-perf \
  procps iproute2
