#!/usr/bin/env bash
# What the tenant wall costs: the same indexed read of one row, with pgbench, 16 clients,
#   (a) as the application role, tenant set with set_config(..., true), row-level security forced;
#   (b) as the owner, row-level security off.
# 1,000,000 rows over 1,000 organisations in a table with the keys and the policy of every tenant table.
# Runs against the embedded PostgreSQL of the packaged application (ui/target/inclusio.jar), which it starts
# with a throw-away data directory.
# Usage: infra/bench/tenant-wall.sh [seconds per run, default 30]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-30}"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar=ui/target/inclusio.jar
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -B -DskipTests package" >&2; exit 1; }
command -v pgbench >/dev/null || { echo "pgbench is missing: apt-get install -y postgresql-client" >&2; exit 1; }

work=$(mktemp -d)
app_port=18181 db_port=15491
"$java" -jar "$jar" --server.port=$app_port --inclusio.data-dir="$work/data" \
    --inclusio.embedded-database.port=$db_port >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
until curl -fsS "http://127.0.0.1:$app_port/actuator/health" >/dev/null 2>&1; do
    kill -0 $app 2>/dev/null || { echo "application failed to start, see $work/app.log" >&2; exit 1; }
    sleep 0.5
done
password() { grep "^$1=" "$work/data/pg-credentials.properties" | cut -d= -f2-; }
owner() { PGPASSWORD="$(password inclusio_owner)" "$@" -h 127.0.0.1 -p $db_port -U inclusio_owner inclusio; }
app_role() { PGPASSWORD="$(password inclusio_app)" "$@" -h 127.0.0.1 -p $db_port -U inclusio_app inclusio; }

echo "Loading 1,000,000 rows over 1,000 organisations..."
owner psql -q -v ON_ERROR_STOP=1 <<'SQL'
CREATE TABLE bench_tenant_rows (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  payload text NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
INSERT INTO bench_tenant_rows
SELECT ('00000000-0000-0000-0000-' || lpad(t::text, 12, '0'))::uuid, md5(t || '-' || r)::uuid, repeat('x', 100)
FROM generate_series(1, 1000) t, generate_series(1, 1000) r;
ALTER TABLE bench_tenant_rows ENABLE ROW LEVEL SECURITY;
ALTER TABLE bench_tenant_rows FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON bench_tenant_rows
  USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());
VACUUM ANALYZE bench_tenant_rows;
SQL

# Round trips as the application makes them with pgjdbc and prepared statements: the driver sends BEGIN together
# with the first statement, which for (a) is the transaction manager's one statement setting the tenant, the user and
# the sign-in username (empty for a machine client), then the read, then COMMIT. A transaction without any of them
# (health checks, the client directory) sends no set_config at all and costs what (b) costs.
cat >"$work/app.sql" <<'SQL'
\set t random(1, 1000)
\set r random(1, 1000)
\startpipeline
BEGIN;
SELECT set_config('app.tenant_id', '00000000-0000-0000-0000-' || lpad(:t::text, 12, '0'), true),
       set_config('app.user_id', '', true), set_config('app.sign_in_username', '', true);
\endpipeline
SELECT payload FROM bench_tenant_rows
 WHERE tenant_id = ('00000000-0000-0000-0000-' || lpad(:t::text, 12, '0'))::uuid AND id = md5(:t || '-' || :r)::uuid;
COMMIT;
SQL
# (c) the same work as (a), but set_config travels in the same round trip as the read: what the wall itself costs
# in the server, without the extra round trip.
cat >"$work/app-pipelined.sql" <<'SQL'
\set t random(1, 1000)
\set r random(1, 1000)
\startpipeline
BEGIN;
SELECT set_config('app.tenant_id', '00000000-0000-0000-0000-' || lpad(:t::text, 12, '0'), true),
       set_config('app.user_id', '', true), set_config('app.sign_in_username', '', true);
SELECT payload FROM bench_tenant_rows
 WHERE tenant_id = ('00000000-0000-0000-0000-' || lpad(:t::text, 12, '0'))::uuid AND id = md5(:t || '-' || :r)::uuid;
\endpipeline
COMMIT;
SQL
cat >"$work/owner.sql" <<'SQL'
\set t random(1, 1000)
\set r random(1, 1000)
\startpipeline
BEGIN;
SELECT payload FROM bench_tenant_rows
 WHERE tenant_id = ('00000000-0000-0000-0000-' || lpad(:t::text, 12, '0'))::uuid AND id = md5(:t || '-' || :r)::uuid;
\endpipeline
COMMIT;
SQL

# The application role must see exactly one row per read and nothing without a tenant.
seen=$(app_role psql -tAq -c "BEGIN; SELECT set_config('app.tenant_id', '00000000-0000-0000-0000-000000000007', true); SELECT count(*) FROM bench_tenant_rows; COMMIT;" | tail -1)
none=$(app_role psql -tAq -c "SELECT count(*) FROM bench_tenant_rows")
[ "$seen" = 1000 ] && [ "$none" = 0 ] || { echo "row-level security is not in force ($seen, $none)" >&2; exit 1; }

run() { "$@" -n -M prepared -c 16 -j 2 -T "$duration" 2>/dev/null | awk '/^tps/ {print $3}'; }
echo "(a) application role, tenant set, row-level security forced: ${duration}s, 16 clients"
tps_app=$(app_role run pgbench -f "$work/app.sql")
echo "(c) as (a), set_config in the same round trip as the read: ${duration}s, 16 clients"
tps_pipelined=$(app_role run pgbench -f "$work/app-pipelined.sql")
owner psql -q -c "ALTER TABLE bench_tenant_rows NO FORCE ROW LEVEL SECURITY"
echo "(b) owner, row-level security off: ${duration}s, 16 clients"
tps_owner=$(owner run pgbench -f "$work/owner.sql")

echo
echo "machine:        $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo)"
echo "(a) wall on:    $tps_app tps"
echo "(b) wall off:   $tps_owner tps"
echo "(c) wall on, set_config in the read's round trip: $tps_pipelined tps"
awk -v a="$tps_app" -v b="$tps_owner" -v c="$tps_pipelined" 'BEGIN {
  r = a / b; printf "ratio (a)/(b):  %.3f  (target >= 0.85: %s)\n", r, (r >= 0.85 ? "PASS" : "MISS")
  printf "ratio (c)/(b):  %.3f  (the wall in the server, without the extra round trip)\n", c / b }'
