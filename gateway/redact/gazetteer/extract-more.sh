#!/bin/sh
# Regenerates more_given.txt and more_surnames.txt from Debian 12's
# php-faker and ruby-faker packages (both MIT/Expat), filtered by Debian's
# word lists (extract-more.py says how). Needs apt (not a build dependency:
# the lists are committed; run this only to update them). Run as root:
#   sh gateway/redact/gazetteer/extract-more.sh
set -eu
PHP=php-faker_1.20.0+dfsg-1_all.deb
PHP_SHA256=25dc2058d5d33aae702c9a59aa0b13046d46536022c7774fa3042fd601dd7b6f
RUBY=ruby-faker_2.21.0-1_all.deb
RUBY_SHA256=3fee41ce055f9c4d7b868c7988611f488967de21652392560a545ee5d7c13ce8
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
apt-get install -y --no-install-recommends python3-yaml wamerican-large wbritish-large \
  wngerman wfrench wspanish witalian wdutch wportuguese wbrazilian wswedish wdanish \
  wnorwegian wpolish >/dev/null
cd "$tmp"
chmod 777 "$tmp"
apt-get download php-faker=1.20.0+dfsg-1 ruby-faker=2.21.0-1 >/dev/null
echo "$PHP_SHA256  $PHP" | sha256sum -c --quiet
echo "$RUBY_SHA256  $RUBY" | sha256sum -c --quiet
dpkg-deb -x "$PHP" php
dpkg-deb -x "$RUBY" ruby
/usr/bin/python3 "$here/extract-more.py" php/usr/share/php/Faker/Provider \
  ruby/usr/share/rubygems-integration/all/gems/faker-2.21.0/lib/locales "$here"
