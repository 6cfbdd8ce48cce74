#!/usr/bin/env bash
# Anonymous feedback intake (issue 9): POST /api/v1/public/feedback/{token} with 32 concurrent clients for 30 s (hey),
# and in the same 30 s pgbench inserting the same row shape (a feedback row and its receipt row) with 32 clients into
# the same database: the API's rate against the database's own, on the same machine at the same time.
# Targets: API rate >= 0.5 x pgbench rate, p99 <= 50 ms, no errors, stored rows = hey's 2xx count.
# Also the public form's page weight (HTML and script, as transferred) and time to first byte.
# Runs the packaged application (ui/target/inclusio.jar) on a throw-away data directory, rate limits raised.
# Usage: infra/bench/feedback-intake.sh [seconds, default 30] [clients, default 32]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-30}"
clients="${2:-32}"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar=ui/target/inclusio.jar
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -B -DskipTests package" >&2; exit 1; }
for tool in hey pgbench psql curl; do
    command -v $tool >/dev/null || { echo "$tool is missing: apt-get install -y hey postgresql-client curl" >&2; exit 1; }
done

work=$(mktemp -d)
port=18193 db_port=15503
"$java" -jar "$jar" --server.port=$port --inclusio.data-dir="$work/data" \
    --inclusio.embedded-database.port=$db_port \
    --inclusio.feedback.abuse.global.submissions=100000000 --inclusio.feedback.abuse.global.per=1s \
    --inclusio.feedback.abuse.channel.submissions=100000000 --inclusio.feedback.abuse.channel.per=1s \
    --inclusio.feedback.abuse.channel-without-proof.submissions=100000000 \
    --inclusio.feedback.abuse.channel-without-proof.per=1s \
    >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
until curl -fsS "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 $app 2>/dev/null || { echo "application failed to start, see $work/app.log" >&2; exit 1; }
    sleep 0.5
done
password() { grep "^$1=" "$work/data/pg-credentials.properties" | cut -d= -f2-; }
superuser() { PGPASSWORD="$(password postgres)" psql -qAt -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $db_port -U postgres inclusio "$@"; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo)"
token=$(curl -fsS -u demo-city-integration:demo-secret -d grant_type=client_credentials -d 'scope=manager caseworker' \
    "http://127.0.0.1:$port/oauth2/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
created=$(curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Benchmark channel\",\"languages\":[\"en\",\"ar\"],\"opensOn\":\"$(date -d yesterday +%F)\",
         \"closesOn\":null,\"recurrenceMonths\":null,\"questions\":[]}" \
    "http://127.0.0.1:$port/api/v1/feedback-channels")
channel=$(sed -E 's/.*"publicToken":"([^"]+)".*/\1/' <<<"$created")
channel_id=$(sed -E 's/.*"id":"([0-9a-f-]{36})".*/\1/' <<<"$created")
tenant=$(superuser -c "SELECT id FROM organisation WHERE slug = 'demo-city'")
intake="http://127.0.0.1:$port/api/v1/public/feedback/$channel"
cat >"$work/feedback.json" <<'JSON'
{"language":"ar","category":"SUGGESTION","satisfaction":4,"answers":{},"comment":"The waiting room could open earlier in the morning, please."}
JSON

# The page: weight as transferred (gzip when the server compresses) and time to first byte, warm.
curl -fsS -o /dev/null "http://127.0.0.1:$port/f/$channel"
page=$(curl -fsS --compressed -o /dev/null -w '%{size_download} %{time_starttransfer}' \
    -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port/f/$channel?lang=ar")
script=$(curl -fsS --compressed -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' \
    "http://127.0.0.1:$port/f/static/altcha.js")
printf 'public form (ar): %s bytes HTML + %s bytes script = %s bytes transferred, time to first byte %.1f ms\n' \
    "${page% *}" "$script" "$(( ${page% *} + script ))" "$(awk "BEGIN {print ${page#* } * 1000}")"

# pgbench inserts the same rows as the intake, into the same tables, as the superuser (past row-level security).
# The same row shape: the feedback row and the receipt directory row (the SHA-256 of a random code), in one
# transaction, as the intake stores them; marked PAPER so that the API's rows can be counted apart.
cat >"$work/insert.sql" <<SQL
WITH f AS (
  INSERT INTO feedback (tenant_id, id, channel_id, intake, received_on, language, category, satisfaction, answers,
                        comment, status, version)
  VALUES ('$tenant', gen_random_uuid(), '$channel_id', 'PAPER', current_date, 'ar', 'SUGGESTION', 4, '{}',
          'The waiting room could open earlier in the morning, please.', 'RECEIVED', 0)
  RETURNING tenant_id, id)
INSERT INTO feedback_receipt (receipt_hash, organisation_id, feedback_id)
SELECT sha256(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid())), tenant_id, id FROM f;
SQL
count_rows="SELECT count(*) FROM feedback WHERE channel_id = '$channel_id' AND intake = 'API'"
hey -z 3s -c 4 -m POST -T application/json -D "$work/feedback.json" "$intake" >/dev/null   # warm-up
before=$(superuser -c "$count_rows")
PGPASSWORD="$(password postgres)" pgbench -n -h 127.0.0.1 -p $db_port -U postgres -c "$clients" -j 2 \
    -T "$duration" -f "$work/insert.sql" inclusio >"$work/pgbench.out" 2>&1 &
pgbench=$!
hey_out=$(hey -z "${duration}s" -c "$clients" -m POST -T application/json -D "$work/feedback.json" "$intake")
wait $pgbench
after=$(superuser -c "$count_rows")

api_rate=$(awk '/Requests\/sec/ {print $2}' <<<"$hey_out")
p99=$(awk '/ 99% in/ {printf "%.1f", $3 * 1000}' <<<"$hey_out")
created=$(sed -n '/Status code distribution/,/^$/p' <<<"$hey_out" | awk '/\[201\]/ {print $2}')
codes=$(sed -n '/Status code distribution/,/^$/p' <<<"$hey_out" | grep -o '\[[0-9]*\][^r]*responses' | paste -sd ' ')
errors=$(sed -n '/Error distribution/,/^$/p' <<<"$hey_out" | awk '/\[[0-9]+\]/ {sum += substr($1, 2, length($1) - 2)} END {print sum + 0}')
non_created=$(sed -n '/Status code distribution/,/^$/p' <<<"$hey_out" | awk '/\[[0-9]+\]/ && !/\[201\]/ {sum += $2} END {print sum + 0}')
db_rate=$(awk '/^tps = / {print $3; exit}' "$work/pgbench.out")
stored=$(( after - before ))
printf 'API intake      c=%s  %10s req/s  p99 %s ms  %s\n' "$clients" "$api_rate" "$p99" "$codes"
printf 'pgbench insert  c=%s  %10s tx/s\n' "$clients" "$db_rate"
printf 'ratio API / pgbench: %s (target >= 0.5)\n' "$(awk "BEGIN {printf \"%.2f\", $api_rate / $db_rate}")"
printf 'p99 %s ms (target <= 50), errors %s (target 0), API rows stored %s = 201 answers %s: %s\n' "$p99" \
    "$(( errors + non_created ))" "$stored" "${created:-0}" "$([ "$stored" = "${created:-0}" ] && echo yes || echo NO)"
