#!/usr/bin/env bash
# The issue's reference bench: two app instances (Release, Production) on one fresh PostgreSQL
# database, N submissions from 20 concurrent clients split over both, then the database's own
# count of matters and distinct references. Usage:
#   bench/References/run.sh [total=10000] [clients=20]
# PGADMIN (default Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres) must allow CREATE DATABASE.
set -euo pipefail
TOTAL=${1:-10000}
CLIENTS=${2:-20}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PGADMIN=${PGADMIN:-"Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres"}
DBNAME=${DBNAME:-references_bench}
DB="${PGADMIN/Database=postgres/Database=$DBNAME}"
PSQL="host=127.0.0.1 port=55432 user=postgres"
OUT="$ROOT/bench/References/out"; mkdir -p "$OUT"
PORTS=(5101 5102)

if [ "${SKIP_BUILD:-}" != 1 ]; then
  dotnet build -c Release "$ROOT/src/Api" -v q -nologo >/dev/null
  dotnet build -c Release "$ROOT/bench/References" -v q -nologo >/dev/null
fi
APP="$ROOT/src/Api/bin/Release/net10.0/WorkflowPortal.Api.dll"
BENCH="$ROOT/bench/References/bin/Release/net10.0/WorkflowPortal.References.Bench.dll"
psql "$PSQL dbname=postgres" -qAt -c "DROP DATABASE IF EXISTS $DBNAME WITH (FORCE)"
psql "$PSQL dbname=postgres" -qAt -c "CREATE DATABASE $DBNAME"

pids=()
stop_all() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop_all EXIT
# Both start at the same moment on the empty database (the start-up lock serialises migration and seeding).
for port in "${PORTS[@]}"; do
  (cd "$ROOT/src/Api" && exec env ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres ConnectionStrings__Portal="$DB" \
    Seed__Demo=true Storage__Root="$OUT/data" Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$port" \
    RateLimits__Writes__PermitLimit=100000000 RateLimits__SignIn__PermitLimit=100000 RateLimits__SignInPerAccount__PermitLimit=100000 \
    dotnet "$APP" >"$OUT/app-$port.log" 2>&1) &
  pids+=($!)
done
for port in "${PORTS[@]}"; do
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do sleep 0.3; done
done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) before the run"
set +e
dotnet "$BENCH" --urls "http://127.0.0.1:${PORTS[0]},http://127.0.0.1:${PORTS[1]}" --total "$TOTAL" --clients "$CLIENTS" | tee "$OUT/results.txt"
status=${PIPESTATUS[0]}
set -e
echo "database: $(psql "$PSQL dbname=$DBNAME" -qAt -c "SELECT count(*) || ' bench matters, ' || count(DISTINCT \"Reference\") || ' distinct references' FROM \"Matters\" WHERE \"Title\" LIKE 'Bench %'")" | tee -a "$OUT/results.txt"
grep -c '" 500\|fail:' "$OUT"/app-*.log | sed 's/^/log failures: /' | tee -a "$OUT/results.txt" || true
stop_all
[ "${KEEP_DB:-}" = 1 ] || psql "$PSQL dbname=postgres" -qAt -c "DROP DATABASE IF EXISTS $DBNAME WITH (FORCE)"
exit "$status"
