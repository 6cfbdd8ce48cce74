# Sourced by the benchmarks that need an organisation at scale (case-work.sh, needs.sh): starts the packaged
# application (ui/target/inclusio.jar) on a throw-away data directory, loads 1,000 organisations of Zipf sizes with
# the COPY data generator (infra/bench/datagen), the largest being Demo City with $largest case files, signs in the
# demo machine client (scopes caseworker and manager) and defines measure().
# Expects: $duration (seconds per measurement) and $largest (Demo City's case files); sets $work, $api, $auth,
# superuser().
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar=ui/target/inclusio.jar
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -B -DskipTests package" >&2; exit 1; }
command -v hey >/dev/null || { echo "hey is missing: apt-get install -y hey" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is missing: apt-get install -y postgresql-client" >&2; exit 1; }
driver=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)

work=$(mktemp -d)
port=18183 db_port=15493
"$java" -jar "$jar" --server.port=$port --inclusio.data-dir="$work/data" \
    --inclusio.embedded-database.port=$db_port >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
until curl -fsS "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 $app 2>/dev/null || { echo "application failed to start, see $work/app.log" >&2; exit 1; }
    sleep 0.5
done
password() { grep "^$1=" "$work/data/pg-credentials.properties" | cut -d= -f2-; }
superuser() { PGPASSWORD="$(password postgres)" psql -qAt -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $db_port -U postgres inclusio "$@"; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo)"
echo "generating data..."
"$java" -cp "$driver" infra/bench/datagen/DataGenerator.java --url "jdbc:postgresql://127.0.0.1:$db_port/inclusio" \
    --user postgres --password "$(password postgres)" --seed 42 --organisations 1000 \
    --largest-case-files "$largest" --largest-organisation demo-city
superuser -c "VACUUM ANALYZE"
superuser -c "SELECT 'demo-city: ' || (SELECT count(*) FROM case_file WHERE tenant_id = o.id) || ' case files, '
                     || (SELECT count(*) FROM consultation WHERE tenant_id = o.id) || ' consultations, '
                     || (SELECT count(*) FROM needs_assessment WHERE tenant_id = o.id) || ' needs assessments'
              FROM organisation o WHERE slug = 'demo-city'"

token=$(curl -fsS -u demo-city-integration:demo-secret -d grant_type=client_credentials -d 'scope=manager caseworker' \
    "http://127.0.0.1:$port/oauth2/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
auth="Authorization: Bearer $token"
api="http://127.0.0.1:$port/api/v1"

measure() { # name, concurrency, then hey arguments
    local name=$1 clients=$2; shift 2
    hey -z 5s -c "$clients" -H "$auth" "$@" >/dev/null   # warm-up
    local out; out=$(hey -z "${duration}s" -c "$clients" -H "$auth" "$@")
    local rate p50 p95 p99 codes
    rate=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '/ 50% in/ {printf "%.1f", $3 * 1000}' <<<"$out")
    p95=$(awk '/ 95% in/ {printf "%.1f", $3 * 1000}' <<<"$out")
    p99=$(awk '/ 99% in/ {printf "%.1f", $3 * 1000}' <<<"$out")
    codes=$(sed -n '/Status code distribution/,/^$/p' <<<"$out" | grep -o '\[[0-9]*\][^r]*responses' | paste -sd ' ')
    printf '%-40s c=%-3s %8s req/s  p50 %6s ms  p95 %6s ms  p99 %6s ms  %s\n' "$name" "$clients" "$rate" \
        "$p50" "$p95" "$p99" "$codes"
}
