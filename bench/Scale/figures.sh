#!/usr/bin/env bash
# The three list figures of issue 18 at one size, app beside the raw baseline and the database's own
# time (EXPLAIN ANALYZE): first page, a page at row N/2, a search for a rare reference, and the first
# comment page of the matter with --big-comments comments. Usage:
#   bench/Scale/figures.sh [matters=1000000] [comments=1000000]
# Expects the Release builds (dotnet build -c Release src/Api; dotnet build -c Release bench/Scale).
set -euo pipefail
MATTERS=${1:-1000000}; COMMENTS=${2:-$MATTERS}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DBNAME=${DBNAME:-scale_figures}
PGADMIN="Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres"
DB="${PGADMIN/Database=postgres/Database=$DBNAME}"
psqlq() { psql "host=127.0.0.1 port=55432 user=postgres dbname=$DBNAME" -qAt "$@"; }
APP_PORT=${APP_PORT:-5197}; RAW_PORT=${RAW_PORT:-5198}
OUT="$ROOT/bench/Scale/out"; mkdir -p "$OUT"
APP="$ROOT/src/Api/bin/Release/net10.0/WorkflowPortal.Api.dll"
BENCH="$ROOT/bench/Scale/bin/Release/net10.0/WorkflowPortal.Scale.Bench.dll"
psql "host=127.0.0.1 port=55432 user=postgres dbname=postgres" -qAt -c "DROP DATABASE IF EXISTS $DBNAME WITH (FORCE)" -c "CREATE DATABASE $DBNAME"
start_app() {
  (cd "$ROOT/src/Api" && ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres ConnectionStrings__Portal="$DB" \
    Seed__Demo=true Storage__Root="$OUT/data" Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$APP_PORT" \
    dotnet "$APP" >"$OUT/app.log" 2>&1 & echo $! >"$OUT/app.pid")
  until curl -sf "http://127.0.0.1:$APP_PORT/health/ready" >/dev/null 2>&1; do sleep 0.3; done
}
stop_app() { local p; p=$(cat "$OUT/app.pid"); kill "$p" 2>/dev/null || true; while kill -0 "$p" 2>/dev/null; do sleep 0.2; done; }
start_app; stop_app
time dotnet "$BENCH" seed --db "$DB" --matters "$MATTERS" --comments "$COMMENTS" --big-comments 10000
start_app
dotnet "$BENCH" raw --db "$DB" --port $RAW_PORT >"$OUT/raw.log" 2>&1 & RAW=$!
sleep 2
LAWYER=$(curl -sf -X POST "http://127.0.0.1:$APP_PORT/api/v1/auth/login" -H 'content-type: application/json' \
  -d '{"email":"lawyer@demo.portal","password":"Demo#Portal2026"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
MID=$(psqlq -c "SELECT \"Id\" FROM \"Matters\" ORDER BY \"SubmittedAt\" DESC, \"Id\" DESC OFFSET $((MATTERS/2)) LIMIT 1")
MIDAT=$(psqlq -c "SELECT (EXTRACT(EPOCH FROM \"SubmittedAt\") * 10000000)::bigint + 621355968000000000 FROM \"Matters\" WHERE \"Id\" = '$MID'")
DEEP=$(printf '%s:%s' "$MIDAT" "${MID//-/}" | base64 -w0 | tr '+/' '-_' | tr -d '=')
BIG=$(psqlq -c 'SELECT "MatterId" FROM "MatterComments" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1')
REF=$(printf 'bm-%08d' $((MATTERS/3)))
R="$OUT/figures.txt"; : >"$R"
echo "matters $MATTERS, comments $COMMENTS; load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$R"
load() { dotnet "$BENCH" load --concurrency 4 --seconds 10 --warmup 2 "$@" | tee -a "$R"; }
for q in "" "?cursor=$DEEP" "?search=$REF"; do
  load --url "http://127.0.0.1:$APP_PORT/api/v1/matters$q" --token "$LAWYER"
  load --url "http://127.0.0.1:$RAW_PORT/matters$q"
done
load --url "http://127.0.0.1:$APP_PORT/api/v1/matters/$BIG/comments" --token "$LAWYER"
load --url "http://127.0.0.1:$APP_PORT/api/v1/matters/$BIG" --token "$LAWYER"
explain() { echo "$1:" | tee -a "$R"; psqlq -c "EXPLAIN (ANALYZE, BUFFERS) $2" | grep -E "Execution Time|Scan|Index Cond" | sed 's/^/  /' | tee -a "$R"; }
SEL='SELECT m."Id", m."Reference", m."Title", m."Status", m."SubmittedAt" FROM "Matters" m'
explain "first page" "$SEL ORDER BY m.\"SubmittedAt\" DESC, m.\"Id\" DESC LIMIT 26"
explain "page at row $((MATTERS/2))" "$SEL WHERE (m.\"SubmittedAt\", m.\"Id\") < (SELECT \"SubmittedAt\", \"Id\" FROM \"Matters\" WHERE \"Id\" = '$MID') ORDER BY m.\"SubmittedAt\" DESC, m.\"Id\" DESC LIMIT 26"
explain "search $REF" "$SEL WHERE m.\"SearchText\" LIKE '%$REF%' ORDER BY m.\"SubmittedAt\" DESC, m.\"Id\" DESC LIMIT 26"
explain "comments page of the 10,000-comment matter" "SELECT * FROM \"MatterComments\" c WHERE c.\"MatterId\" = '$BIG' ORDER BY c.\"CreatedAt\" DESC, c.\"Id\" DESC LIMIT 26"
echo "app RSS: $(( $(grep VmRSS /proc/$(cat "$OUT/app.pid")/status | awk '{print $2}') / 1024 )) MB" | tee -a "$R"
kill $RAW || true; stop_app
[ "${KEEP_DB:-}" = 1 ] || psql "host=127.0.0.1 port=55432 user=postgres dbname=postgres" -qAt -c "DROP DATABASE IF EXISTS $DBNAME WITH (FORCE)"
