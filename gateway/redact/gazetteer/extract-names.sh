#!/bin/sh
# Regenerates given.txt and surnames.txt from the pinned @faker-js/faker
# release (MIT). Needs npm and node (not build dependencies: the lists are
# committed; run this only to update them). Usage: sh extract-names.sh
set -eu
VERSION=10.6.0
# sha512 integrity of the tarball as the npm registry publishes it
INTEGRITY=sha512-3RQHgEtvL1Frl/d1cSreo7qhJ3Gk1OdNUai/CtZ8G+wYeRQnJih3s9xJ9/kgYekPQRdwgh0HXRPqMlzWGwivIQ==
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent "@faker-js/faker@$VERSION" >/dev/null
got="sha512-$(openssl dgst -sha512 -binary faker-js-faker-$VERSION.tgz | base64 -w0)"
if [ "$got" != "$INTEGRITY" ]; then
  echo "extract-names: tarball integrity mismatch: $got" >&2
  exit 1
fi
tar xzf "faker-js-faker-$VERSION.tgz"
node "$here/extract-names.mjs" "$tmp/package" "$here"
cp package/LICENSE "$here/LICENSE.faker"
