#!/usr/bin/env bash
# Case work at scale (issue 8): Demo City with 200,000 case files and 1,000,000 consultations among 1,000
# organisations of Zipf sizes (about 510,000 case files and 2,550,000 consultations in all), loaded with the COPY data
# generator (infra/bench/datagen). Then, with hey and the demo machine client (scopes caseworker and manager):
#   - the consultation list filtered by type: first page, and a page 100 pages deep (keyset cursor);
#   - a case file's detail: the case file and its consultations, for a case file with about 50;
#   - logging a consultation, 16 concurrent clients.
# Targets: list pages and detail p95 <= 50 ms; logging p95 <= 20 ms.
# Runs the packaged application (ui/target/inclusio.jar) on a throw-away data directory.
# Usage: infra/bench/case-work.sh [seconds per measurement, default 30] [largest organisation's case files, default 200000]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-30}"
largest="${2:-200000}"
source infra/bench/at-scale.sh

filter="type=INDIVIDUAL_COUNSELLING&limit=50"
cursor=""
for _ in $(seq 1 100); do
    cursor=$(curl -fsS -H "$auth" "$api/consultations?$filter${cursor:+&cursor=$cursor}" \
        | sed -E 's/.*"nextCursor":"?([^",}]*)"?.*/\1/')
done
busy=$(superuser -c "SELECT l.case_file_id FROM consultation_case_file l JOIN organisation o ON o.id = l.tenant_id
                     WHERE o.slug = 'demo-city' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
echo "busy case file has $(superuser -c "SELECT count(*) FROM consultation_case_file WHERE case_file_id = '$busy'") consultations"
# Consultations are logged for another case file, so that the busy one keeps its 50-odd consultations throughout.
other=$(superuser -c "SELECT c.id FROM case_file c JOIN organisation o ON o.id = c.tenant_id
                      WHERE o.slug = 'demo-city' AND c.id <> '$busy' ORDER BY c.id LIMIT 1")
cat >"$work/consultation.json" <<JSON
{"type":"INDIVIDUAL_COUNSELLING","purpose":"SERVICE_DELIVERY","heldOn":"$(date +%F)","startsAt":"10:00",
 "durationMinutes":45,"channel":"IN_PERSON","place":"Office","language":"uk","interpreterPresent":true,
 "interculturalWorkerPresent":false,"topics":[],"caseFiles":["$other"],"headcounts":[],"stakeholders":[],
 "accommodations":["INTERPRETATION"],"outcome":"Benchmark consultation"}
JSON

# Each request alone (one client: its latency), then under load (16 clients share 2 cores with hey on this machine).
for clients in 1 16; do
    measure "consultations, filtered, first page" $clients "$api/consultations?$filter"
    measure "consultations, filtered, page 101" $clients "$api/consultations?$filter&cursor=$cursor"
    measure "case file" $clients "$api/beneficiaries/$busy"
    measure "case file's consultations (all)" $clients "$api/consultations?caseFile=$busy&limit=100"
    measure "log a consultation (POST)" $clients -m POST -T application/json -D "$work/consultation.json" \
        "$api/consultations"
done
