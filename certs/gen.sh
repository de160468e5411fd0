#!/bin/sh
# gen.sh OUTDIR: makes the test and demo PKI for custos with the openssl CLI.
# Idempotent: a file that already exists is kept. When a CA is (re)made, every
# file it signs is remade too, so the set stays consistent. See certs/README.md.
# Nothing here is a secret worth keeping: never commit the output.
set -eu

if [ $# -ne 1 ]; then
	echo "usage: $0 OUTDIR" >&2
	exit 2
fi
OUT=$1
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
umask 077
TMP=$(mktemp -d "${TMPDIR:-/tmp}/custos-certs.XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM

# One openssl config for both CAs: paths come from the environment.
cat >"$TMP/openssl.cnf" <<'EOF'
[ca]
default_ca = ca_any

[ca_any]
dir = $ENV::CA_DIR
database = $dir/index.txt
new_certs_dir = $dir/new
serial = $dir/serial
crlnumber = $dir/crlnumber
certificate = $ENV::CA_CRT
private_key = $ENV::CA_KEY
default_md = sha256
default_days = 825
default_crl_days = 3650
policy = policy_any
unique_subject = no
copy_extensions = none
email_in_dn = no
preserve = yes

[policy_any]
commonName = supplied

[req]
distinguished_name = req_dn
prompt = no

[req_dn]
CN = unused

[ext_ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[ext_server]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[ext_client]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[ext_client_uri]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectAltName = URI:spiffe://custos.test/uri-svc
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[ext_client_san]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectAltName = $ENV::SAN
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[ext_inter_ca]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
nameConstraints = $ENV::NC
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[ext_serveronly]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[crl_ext]
authorityKeyIdentifier = keyid:always
EOF
export OPENSSL_CONF="$TMP/openssl.cnf"
# The config names these; openssl refuses a config with an unset $ENV:: value.
CA_DIR=$TMP CA_CRT=$OUT/ca.crt CA_KEY=$OUT/ca.key
SAN=URI:unused NC=permitted\;DNS:unused.test
export CA_DIR CA_CRT CA_KEY SAN NC
# KEYSPEC (ec or rsa:BITS) and MD (signature digest) apply to the next sign.
KEYSPEC=ec MD=sha256

have() { [ -s "$OUT/$1" ]; }

# run CMD...: runs an openssl command quietly; on failure shows its stderr and
# stops. (set -e does not apply inside functions called from `if`, so every
# openssl call goes through here.)
run() {
	if ! "$@" 2>"$TMP/err" >"$TMP/out"; then
		echo "gen.sh: failed: $*" >&2
		cat "$TMP/err" >&2
		exit 1
	fi
}

# ec_key NAME: private key NAME.key (mode 0600), unless present: P-256, or
# RSA of the size KEYSPEC=rsa:BITS names.
ec_key() {
	if ! have "$1.key"; then
		case $KEYSPEC in
		rsa:*)
			run openssl genpkey -algorithm RSA \
				-pkeyopt "rsa_keygen_bits:${KEYSPEC#rsa:}" -out "$OUT/$1.key" ;;
		*)
			run openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 \
				-out "$OUT/$1.key" ;;
		esac
	fi
	chmod 600 "$OUT/$1.key"
}

# use_ca NAME: selects CA NAME and gives it a fresh, empty database in $TMP.
use_ca() {
	CA_DIR="$TMP/db-$1"
	CA_CRT="$OUT/$1.crt"
	CA_KEY="$OUT/$1.key"
	export CA_DIR CA_CRT CA_KEY
	if [ ! -d "$CA_DIR" ]; then
		mkdir -p "$CA_DIR/new"
		: >"$CA_DIR/index.txt"
		echo 1000 >"$CA_DIR/crlnumber"
	fi
}

# make_ca NAME CN: self-signed CA; sets MADE=1 when it was (re)made now.
make_ca() {
	MADE=0
	if have "$1.crt" && have "$1.key"; then
		chmod 600 "$OUT/$1.key"
		return 0
	fi
	rm -f "$OUT/$1.key" "$OUT/$1.crt"
	ec_key "$1"
	run openssl req -new -x509 -key "$OUT/$1.key" -out "$OUT/$1.crt" \
		-subj "/CN=$2" -days 3650 -sha256 -extensions ext_ca
	MADE=1
}

# sign NAME CN EXT [STARTDATE ENDDATE]: key + certificate signed by the
# selected CA; STARTDATE/ENDDATE (YYYYMMDDHHMMSSZ) set an exact validity.
sign() {
	if have "$1.crt" && have "$1.key"; then
		chmod 600 "$OUT/$1.key"
		return 0
	fi
	rm -f "$OUT/$1.crt"
	ec_key "$1"
	run openssl req -new -key "$OUT/$1.key" -subj "/CN=$2" -out "$TMP/$1.csr"
	if [ $# -ge 5 ]; then
		run openssl ca -batch -notext -rand_serial -extensions "$3" \
			-startdate "$4" -enddate "$5" \
			-in "$TMP/$1.csr" -out "$OUT/$1.crt"
	else
		run openssl ca -batch -notext -rand_serial -extensions "$3" -days 825 \
			-md "$MD" -in "$TMP/$1.csr" -out "$OUT/$1.crt"
	fi
	chmod 644 "$OUT/$1.crt"
}

# ---- the trusted CA and what it signs
make_ca ca "custos test CA"
if [ "$MADE" = 1 ]; then
	for f in server server2 support-console chat-frontend ingest admin-cli \
		uri-client expired notyet revoked serveronly long-uri many-san rsa768 \
		rsa1024 rsa2048 sha1-client inter-ca inter-dns-ca; do
		rm -f "$OUT/$f.crt" "$OUT/$f.key"
	done
	rm -f "$OUT/crl.pem" "$OUT/crl-empty.pem"
fi
chmod 644 "$OUT/ca.crt"
use_ca ca
sign server localhost ext_server
sign server2 localhost-2 ext_server
for svc in support-console chat-frontend ingest admin-cli edge-proxy; do
	sign "$svc" "$svc" ext_client
done
sign uri-client uri-client ext_client_uri
sign expired expired ext_client 20200101000000Z 20210101000000Z
sign notyet notyet ext_client 20400101000000Z 20410101000000Z
have revoked.crt || rm -f "$OUT/crl.pem" # a new revoked.crt needs a new CRL
sign revoked revoked ext_client
sign serveronly serveronly ext_serveronly

# ---- certificates that must be refused for their names (docs/IDENTITY.md).
# CN admin-cli (a bootstrap admin) with a SAN URI too long to be a principal,
# and with a URI after more SAN entries than we read: never the CN instead.
SAN="URI:spiffe://custos.test/$(printf '%0600d' 0 | tr 0 x)"
sign long-uri admin-cli ext_client_san
SAN=$(i=0; while [ $i -lt 65 ]; do printf 'DNS:d%d.custos.test, ' $i; i=$((i + 1)); done)
SAN="${SAN}URI:spiffe://custos.test/many-san"
sign many-san admin-cli ext_client_san

# ---- keys and signatures too weak for a client, and a strong RSA control.
KEYSPEC=rsa:768
sign rsa768 rsa768 ext_client
KEYSPEC=rsa:1024
sign rsa1024 rsa1024 ext_client
KEYSPEC=rsa:2048
sign rsa2048 rsa2048 ext_client
KEYSPEC=ec MD=sha1
sign sha1-client sha1-client ext_client
MD=sha256

# ---- intermediate CAs with name constraints, signed by the trusted CA.
# inter-ca: URI and DNS constraints (.team-a.test); inter-dns-ca: DNS only
# (team-a.test). Each issues an in-bounds and an out-of-bounds URI client;
# inter-ca also a CN-only client named like the bootstrap admin. Clients
# present NAME-chain.crt (leaf + intermediate).
# inter_ca NAME CN CONSTRAINTS LEAF...: the intermediate (a new one drops its
# LEAFs, so they are signed again) and selects it for leaf.
inter_ca() {
	name=$1 cn=$2 NC=$3
	shift 3
	use_ca ca
	if ! have "$name.crt" || ! have "$name.key"; then
		for f in "$@"; do
			rm -f "$OUT/$f.crt" "$OUT/$f.key" "$OUT/$f-chain.crt"
		done
	fi
	sign "$name" "$cn" ext_inter_ca
	use_ca "$name"
}
# leaf NAME CN [SAN]: a client of the selected intermediate, and its chain.
leaf() {
	if [ $# -ge 3 ]; then
		SAN=$3
		sign "$1" "$2" ext_client_san
	else
		sign "$1" "$2" ext_client
	fi
	if ! have "$1-chain.crt"; then
		cat "$OUT/$1.crt" "$CA_CRT" >"$OUT/$1-chain.crt"
		chmod 644 "$OUT/$1-chain.crt"
	fi
}
inter_ca inter-ca "team-a intermediate CA" \
	"critical, permitted;URI:.team-a.test, permitted;DNS:.team-a.test" \
	team-a team-b inter-cn
leaf team-a team-a URI:spiffe://svc.team-a.test/payments
leaf team-b team-b URI:spiffe://svc.team-b.test/payments
leaf inter-cn admin-cli
inter_ca inter-dns-ca "team-a DNS-constrained CA" "critical, permitted;DNS:team-a.test" \
	dns-team-a dns-team-b
leaf dns-team-a dns-team-a URI:spiffe://svc.team-a.test/ledger
leaf dns-team-b dns-team-b URI:spiffe://svc.team-b.test/ledger
use_ca ca

# CRLs: an empty one, then one that revokes revoked.crt. The CA database
# lives in $TMP only; `openssl ca -revoke` adds an unknown cert before revoking.
if ! have crl-empty.pem; then
	run openssl ca -gencrl -crlexts crl_ext -out "$OUT/crl-empty.pem"
	chmod 644 "$OUT/crl-empty.pem"
fi
if ! have crl.pem; then
	run openssl ca -revoke "$OUT/revoked.crt" -crl_reason keyCompromise
	run openssl ca -gencrl -crlexts crl_ext -out "$OUT/crl.pem"
	chmod 644 "$OUT/crl.pem"
fi

# ---- a second CA that custos does not trust, and a client it signs
make_ca foreign-ca "foreign CA"
if [ "$MADE" = 1 ]; then
	rm -f "$OUT/foreign-client.crt" "$OUT/foreign-client.key"
fi
chmod 644 "$OUT/foreign-ca.crt"
use_ca foreign-ca
sign foreign-client support-console ext_client

# ---- token issuer keys for demo and tests
if ! have idp-rsa.key; then
	run openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 \
		-out "$OUT/idp-rsa.key"
	rm -f "$OUT/idp-rsa.pub"
fi
chmod 600 "$OUT/idp-rsa.key"
if ! have idp-rsa.pub; then
	run openssl pkey -in "$OUT/idp-rsa.key" -pubout -out "$OUT/idp-rsa.pub"
fi
if ! have idp-ec.key; then
	ec_key idp-ec
	rm -f "$OUT/idp-ec.pub"
fi
chmod 600 "$OUT/idp-ec.key"
if ! have idp-ec.pub; then
	run openssl pkey -in "$OUT/idp-ec.key" -pubout -out "$OUT/idp-ec.pub"
fi
chmod 644 "$OUT/idp-rsa.pub" "$OUT/idp-ec.pub"
