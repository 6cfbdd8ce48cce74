#!/usr/bin/env bash
# Needs at scale (issue 10): Demo City with 200,000 case files and 400,000 needs assessments (two per case file,
# about 4 needs each) among 1,000 organisations of Zipf sizes, loaded with the COPY data generator. Then, with hey and
# the demo machine client (scope manager):
#   - the manager's needs overview of the active caseload (GET /api/v1/needs-overview);
#   - the evidence figures for one practice over a year (GET /api/v1/needs-evidence?practiceId=…&from=…&to=…), and
#     for the whole organisation over the same year.
# Targets: overview p95 <= 200 ms; evidence for a practice-year p95 <= 200 ms.
# Usage: infra/bench/needs.sh [seconds per measurement, default 30] [largest organisation's case files, default 200000]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-30}"
largest="${2:-200000}"
source infra/bench/at-scale.sh

# The generator puts half of every organisation's assessments in one practice.
practice=$(superuser -c "SELECT a.practice_id FROM needs_assessment a JOIN organisation o ON o.id = a.tenant_id
                         WHERE o.slug = 'demo-city' AND a.practice_id IS NOT NULL LIMIT 1")
year="from=2025-11-02&to=2026-11-01"
echo "checking the answers..."
curl -fsS -H "$auth" "$api/needs-overview" | head -c 300; echo
curl -fsS -H "$auth" "$api/needs-evidence?practiceId=$practice&$year" | head -c 300; echo

for clients in 1 16; do
    measure "needs overview" $clients "$api/needs-overview"
    measure "evidence, one practice, one year" $clients "$api/needs-evidence?practiceId=$practice&$year"
    measure "evidence, organisation, one year" $clients "$api/needs-evidence?$year"
done
