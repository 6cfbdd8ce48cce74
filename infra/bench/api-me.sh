#!/usr/bin/env bash
# Authenticated GET /api/v1/me with a bearer token against unauthenticated GET /actuator/health, in the same run
# of the packaged application, 32 concurrent connections each, with wrk (Debian package wrk).
# Then the price of reusing a resolved actor for up to one second: the client is revoked in the database behind the
# application's back (as on another node or by an operator), and the script measures how long until /api/v1/me
# answers 401 (at most 1 s is the promise; a revocation through Inclusio takes effect with the next request).
# Usage: infra/bench/api-me.sh [seconds per run, default 30]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-30}"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar=ui/target/inclusio.jar
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -B -DskipTests package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is missing: apt-get install -y postgresql-client" >&2; exit 1; }

work=$(mktemp -d)
port=18182 db_port=15492
"$java" -jar "$jar" --server.port=$port --inclusio.data-dir="$work/data" \
    --inclusio.embedded-database.port=$db_port >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
until curl -fsS "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 $app 2>/dev/null || { echo "application failed to start, see $work/app.log" >&2; exit 1; }
    sleep 0.5
done

token=$(curl -fsS -u demo-city-integration:demo-secret -d grant_type=client_credentials -d 'scope=manager caseworker' \
    "http://localhost:$port/oauth2/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
curl -fsS -H "Authorization: Bearer $token" "http://localhost:$port/api/v1/me" | grep -q '"demo-city"' \
    || { echo "the token does not work" >&2; exit 1; }

measure() { # name, then wrk arguments
    local name=$1; shift
    wrk -t2 -c32 -d5s "$@" >/dev/null   # warm-up
    local out; out=$(wrk -t2 -c32 -d"${duration}s" --latency "$@")
    local rate p99 errors
    rate=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx|Socket errors/ {sub(/^[^:]*: */, ""); print}' <<<"$out" | paste -sd ' ')
    printf '%-32s %10s req/s   p99 %8s   errors: %s\n' "$name" "$rate" "$p99" "${errors:-none}"
    echo "$rate" >"$work/$name.rate"
}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo)"
measure health "http://127.0.0.1:$port/actuator/health"
measure me -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/me"
awk -v me="$(cat "$work/me.rate")" -v h="$(cat "$work/health.rate")" \
    'BEGIN { printf "ratio me/health: %.3f\n", me / h }'

owner_password=$(grep '^inclusio_owner=' "$work/data/pg-credentials.properties" | cut -d= -f2-)
PGPASSWORD="$owner_password" psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $db_port -U inclusio_owner inclusio >/dev/null <<'SQL'
BEGIN;
SELECT set_config('app.tenant_id', (SELECT id::text FROM organisation WHERE slug = 'demo-city'), true);
UPDATE api_client SET revoked_at = now() WHERE client_id = 'demo-city-integration';
COMMIT;
SQL
revoked=$(date +%s%N)
until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/me")" = 401 ]; do
    [ $(( ($(date +%s%N) - revoked) / 1000000 )) -lt 5000 ] || { echo "revocation not effective after 5 s" >&2; exit 1; }
    sleep 0.02
done
echo "revocation effective after: $(( ($(date +%s%N) - revoked) / 1000000 )) ms (promise: at most 1000 ms)"
