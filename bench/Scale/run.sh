#!/usr/bin/env bash
# Reruns the issue's table: fresh database, app-seeded schema, bulk seed, app (Release) and raw
# baseline side by side, the same requests against both. Usage:
#   bench/Scale/run.sh [matters=1000000] [comments=2000000]
# PGADMIN (default Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres) must allow CREATE DATABASE.
set -euo pipefail
MATTERS=${1:-1000000}
COMMENTS=${2:-2000000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PGADMIN=${PGADMIN:-"Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres"}
DBNAME=${DBNAME:-scale_bench}
DB="${PGADMIN/Database=postgres/Database=$DBNAME}"
APP_PORT=5097; RAW_PORT=5098
OUT="$ROOT/bench/Scale/out"; mkdir -p "$OUT"
psql_admin() { psql "host=127.0.0.1 port=55432 user=postgres dbname=postgres" -qAt -c "$1"; }

if [ "${SKIP_BUILD:-}" != 1 ]; then
  dotnet build -c Release "$ROOT/src/Api" -v q -nologo >/dev/null
  dotnet build -c Release "$ROOT/bench/Scale" -v q -nologo >/dev/null
fi
if curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/"; then echo "port $APP_PORT is taken: stop what listens there first"; exit 1; fi
APP="$ROOT/src/Api/bin/Release/net10.0/WorkflowPortal.Api.dll"
BENCH="$ROOT/bench/Scale/bin/Release/net10.0/WorkflowPortal.Scale.Bench.dll"

if [ "${SKIP_SEED:-}" != 1 ]; then
  psql_admin "DROP DATABASE IF EXISTS $DBNAME WITH (FORCE)"; psql_admin "CREATE DATABASE $DBNAME"
fi
start_app() {
  (cd "$ROOT/src/Api" && ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres ConnectionStrings__Portal="$DB" \
    Seed__Demo=true Storage__Root="$OUT/data" Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$APP_PORT" \
    dotnet "$APP" >"$OUT/app.log" 2>&1 & echo $! >"$OUT/app.pid")
  local t0=$(date +%s.%N)
  until curl -sf "http://127.0.0.1:$APP_PORT/health/ready" >/dev/null 2>&1; do sleep 0.2; done
  echo "app up in $(echo "$(date +%s.%N) - $t0" | bc) s (load $(cut -d' ' -f1 /proc/loadavg))"
}
stop_app() { local p; p=$(cat "$OUT/app.pid"); kill "$p" 2>/dev/null || true; while kill -0 "$p" 2>/dev/null; do sleep 0.2; done; }

start_app; stop_app   # migrate and seed the demo data on the empty database
if [ "${SKIP_SEED:-}" != 1 ]; then dotnet "$BENCH" seed --db "$DB" --matters "$MATTERS" --comments "$COMMENTS"; fi
start_app
dotnet "$BENCH" raw --db "$DB" --port $RAW_PORT >"$OUT/raw.log" 2>&1 & echo $! >"$OUT/raw.pid"
sleep 2
login() { curl -sf -X POST "http://127.0.0.1:$APP_PORT/api/v1/auth/login" -H 'content-type: application/json' \
  -d "{\"email\":\"$1\",\"password\":\"Demo#Portal2026\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'; }
LAWYER=$(login lawyer@demo.portal); CLIENT=$(login client@demo.portal)
load() { dotnet "$BENCH" load "$@" | tee -a "$OUT/results.txt"; }
: >"$OUT/results.txt"
DEEP=$(curl -sf "http://127.0.0.1:$RAW_PORT/matters?limit=100" | sed -E 's/.*"nextCursor":"([^"]+)".*/\1/')
BIG=$(psql "host=127.0.0.1 port=55432 user=postgres dbname=$DBNAME" -qAt -c 'SELECT "MatterId" FROM "MatterComments" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1')
SMALL=$(psql "host=127.0.0.1 port=55432 user=postgres dbname=$DBNAME" -qAt -c 'SELECT "MatterId" FROM "MatterComments" GROUP BY 1 HAVING count(*) = 10 LIMIT 1')
MID=$(psql "host=127.0.0.1 port=55432 user=postgres dbname=$DBNAME" -qAt -c "SELECT \"Id\" FROM \"Matters\" ORDER BY \"SubmittedAt\" DESC, \"Id\" DESC OFFSET $((MATTERS/2)) LIMIT 1")

load --url "http://127.0.0.1:$APP_PORT/api/v1/matters" --token "$LAWYER" --concurrency 16
load --url "http://127.0.0.1:$RAW_PORT/matters" --concurrency 16
for rate in ${RATES:-200 400}; do
  load --url "http://127.0.0.1:$APP_PORT/api/v1/matters" --token "$LAWYER" --rate $rate --seconds 10
  load --url "http://127.0.0.1:$RAW_PORT/matters" --rate $rate --seconds 10
done
load --url "http://127.0.0.1:$APP_PORT/api/v1/matters?search=unpaid%20invoice%20123" --token "$LAWYER" --concurrency 8 --seconds 10
load --url "http://127.0.0.1:$RAW_PORT/matters?search=unpaid%20invoice%20123" --concurrency 8 --seconds 10
load --url "http://127.0.0.1:$APP_PORT/api/v1/matters?status=Received" --token "$LAWYER" --concurrency 16 --seconds 10
load --url "http://127.0.0.1:$RAW_PORT/matters?status=Received" --concurrency 16 --seconds 10
load --url "http://127.0.0.1:$APP_PORT/api/v1/matters" --token "$CLIENT" --concurrency 16 --seconds 10
load --url "http://127.0.0.1:$APP_PORT/api/v1/contracts" --token "$CLIENT" --concurrency 16 --seconds 10
load --url "http://127.0.0.1:$APP_PORT/api/v1/matters/$BIG" --token "$LAWYER" --concurrency 8 --seconds 10
load --url "http://127.0.0.1:$APP_PORT/api/v1/matters/$SMALL" --token "$LAWYER" --concurrency 8 --seconds 10
echo "deep page (row $((MATTERS/2))) and search, database time:" | tee -a "$OUT/results.txt"
psql "host=127.0.0.1 port=55432 user=postgres dbname=$DBNAME" -qAt -c "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM \"Matters\" m WHERE (m.\"SubmittedAt\", m.\"Id\") < (SELECT \"SubmittedAt\", \"Id\" FROM \"Matters\" WHERE \"Id\" = '$MID') ORDER BY m.\"SubmittedAt\" DESC, m.\"Id\" DESC LIMIT 26" | grep -E "Execution|Index" | tee -a "$OUT/results.txt"
psql "host=127.0.0.1 port=55432 user=postgres dbname=$DBNAME" -qAt -c "EXPLAIN (ANALYZE) SELECT * FROM \"Matters\" m WHERE m.\"SearchText\" LIKE '%bm-00123456%' ORDER BY m.\"SubmittedAt\" DESC, m.\"Id\" DESC LIMIT 26" | grep -E "Execution|Index" | tee -a "$OUT/results.txt"
echo "app RSS after load: $(( $(grep VmRSS /proc/$(cat "$OUT/app.pid")/status | awk '{print $2}') / 1024 )) MB" | tee -a "$OUT/results.txt"
kill "$(cat "$OUT/raw.pid")" || true; stop_app
[ "${KEEP_DB:-}" = 1 ] || psql_admin "DROP DATABASE IF EXISTS $DBNAME WITH (FORCE)"
