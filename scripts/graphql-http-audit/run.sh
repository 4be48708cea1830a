#!/usr/bin/env bash
# Runs the graphql-http GraphQL-over-HTTP audit (audit.mjs) against the packaged campaign API.
#
#   ./mvnw -B -pl campaign-api -am package -DskipTests   # builds campaign-api/target/campaign-api-*.jar
#   scripts/graphql-http-audit/run.sh [extra server arguments]
#
# It starts the jar on a free port (port 0; the server reports the port it got in its process information
# file) with a temporary data directory, waits until /actuator/health is UP, installs the pinned audit
# packages with `npm ci`, audits /graphql, stops the server and exits with the audit's status: 1 if any MUST
# of the spec fails, 0 otherwise.
#
# Environment:
#   AUDIT_STORE    embedded store backend: memory (default) or h2
#   AUDIT_JAR      the jar to run (default: the one campaign-api/target/campaign-api-*.jar)
#   AUDIT_TIMEOUT  seconds to wait for the server to be healthy (default 120)
# Extra arguments go to the server, e.g. --spring.graphql.schema.locations=file:/some/dir/
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
store="${AUDIT_STORE:-memory}"
timeout="${AUDIT_TIMEOUT:-120}"

case "$store" in
  memory | h2) ;;
  *) echo "run.sh: AUDIT_STORE must be memory or h2, was '$store'" >&2; exit 2 ;;
esac
for tool in java node npm curl; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is required" >&2; exit 2; }
done

jar="${AUDIT_JAR:-}"
if [ -z "$jar" ]; then
  shopt -s nullglob
  jars=("$root"/campaign-api/target/campaign-api-*.jar)
  shopt -u nullglob
  if [ "${#jars[@]}" -ne 1 ]; then
    echo "run.sh: expected one campaign-api/target/campaign-api-*.jar, found ${#jars[@]};" \
      "build it with ./mvnw -B -pl campaign-api -am package -DskipTests" >&2
    exit 2
  fi
  jar="${jars[0]}"
fi

work="$(mktemp -d)"
server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
cleanup() {
  stop_server
  rm -rf "$work"
}
trap cleanup EXIT

echo "run.sh: starting $jar (store: $store)"
java -XX:TieredStopAtLevel=1 -jar "$jar" \
  --server.port=0 \
  --campaign.store.embedded="$store" \
  --campaign.store.path="$work/data/campaign.mv" \
  --campaign.process.info-file="$work/server.properties" \
  --spring.main.banner-mode=off \
  "$@" >"$work/server.log" 2>&1 &
server_pid=$!

deadline=$((SECONDS + timeout))
port=""
while :; do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "run.sh: the server exited before it was ready; its log ends with:" >&2
    tail -n 60 "$work/server.log" >&2
    exit 1
  fi
  if [ -z "$port" ] && [ -f "$work/server.properties" ]; then
    port="$(sed -n 's/^http\.port=//p' "$work/server.properties")"
  fi
  if [ -n "$port" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health")" = 200 ]; then
    break
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "run.sh: the server was not healthy within ${timeout}s; its log ends with:" >&2
    tail -n 60 "$work/server.log" >&2
    exit 1
  fi
  sleep 0.5
done
echo "run.sh: server healthy on port $port"

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

status=0
node "$here/audit.mjs" "http://127.0.0.1:$port/graphql" || status=$?
stop_server
exit "$status"
