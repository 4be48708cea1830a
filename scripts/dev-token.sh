#!/usr/bin/env bash
# Mints a development bearer token for the campaign API: a JWT signed with HS256 by the development secret
# (or by CAMPAIGN_SECURITY_JWT_SECRET when it is set, to match a server started with that secret).
#
#   scripts/dev-token.sh --role CITY_ADMIN [--sub canbo.thanhpho] [--minutes 60]
#   scripts/dev-token.sh --role UNIT_OFFICER --unit 18070 --sub canbo.tranphu [--minutes 60]
#   scripts/dev-token.sh --role VIEWER
#
# Prints the token alone on standard output, so that it can be captured:
#   TOKEN=$(scripts/dev-token.sh --role CITY_ADMIN)
#   curl -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"query":"..."}' \
#        http://localhost:8080/graphql
#
# Claims: sub, role, unit (UNIT_OFFICER only), iat, exp. Needs bash, openssl and date, nothing else.
# The server refuses this token in the prod profile, which refuses the development secret itself.
# Exit codes: 0 token printed; 64 wrong command line; 1 openssl failed.
set -euo pipefail

DEVELOPMENT_SECRET='campaign-platform-development-secret-do-not-use-in-production'

usage() {
  sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
}

fail() {
  echo "dev-token.sh: $1" >&2
  exit 64
}

role=""
unit=""
sub=""
minutes=60
while [ "$#" -gt 0 ]; do
  case "$1" in
    --role) [ "$#" -ge 2 ] || fail "--role needs a value"; role="$2"; shift 2 ;;
    --unit) [ "$#" -ge 2 ] || fail "--unit needs a value"; unit="$2"; shift 2 ;;
    --sub) [ "$#" -ge 2 ] || fail "--sub needs a value"; sub="$2"; shift 2 ;;
    --minutes) [ "$#" -ge 2 ] || fail "--minutes needs a value"; minutes="$2"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) usage; fail "unknown argument '$1'" ;;
  esac
done

case "$role" in
  CITY_ADMIN | VIEWER)
    [ -z "$unit" ] || fail "--unit is only for UNIT_OFFICER" ;;
  UNIT_OFFICER)
    [ -n "$unit" ] || fail "a UNIT_OFFICER needs --unit <unit code>, such as --unit 18070"
    [[ "$unit" =~ ^[A-Za-z0-9._-]{1,40}$ ]] || fail "--unit must be a unit code such as 18070, was '$unit'" ;;
  "") usage; fail "--role is required: CITY_ADMIN, UNIT_OFFICER or VIEWER" ;;
  *) fail "--role must be CITY_ADMIN, UNIT_OFFICER or VIEWER, was '$role'" ;;
esac
if [ -z "$sub" ]; then
  sub="dev.$(printf '%s' "$role" | tr 'A-Z_' 'a-z-')${unit:+.$unit}"
fi
[[ "$sub" =~ ^[A-Za-z0-9._@-]{1,100}$ ]] || fail "--sub must be 1 to 100 letters, digits or . _ @ -, was '$sub'"
[[ "$minutes" =~ ^[0-9]+$ ]] && [ "$minutes" -ge 1 ] && [ "$minutes" -le 10080 ] \
  || fail "--minutes must be a whole number from 1 to 10080 (a week), was '$minutes'"
command -v openssl >/dev/null || { echo "dev-token.sh: openssl is required" >&2; exit 1; }

secret="${CAMPAIGN_SECURITY_JWT_SECRET:-$DEVELOPMENT_SECRET}"
now="$(date +%s)"
exp=$((now + minutes * 60))

base64url() {
  openssl base64 -A | tr '+/' '-_' | tr -d '='
}

header='{"alg":"HS256","typ":"JWT"}'
payload="{\"sub\":\"$sub\",\"role\":\"$role\"${unit:+,\"unit\":\"$unit\"},\"iat\":$now,\"exp\":$exp}"
signing_input="$(printf '%s' "$header" | base64url).$(printf '%s' "$payload" | base64url)"
signature="$(printf '%s' "$signing_input" | openssl dgst -sha256 -mac HMAC -macopt "key:$secret" -binary | base64url)"
printf '%s.%s\n' "$signing_input" "$signature"
