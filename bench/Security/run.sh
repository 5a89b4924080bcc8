#!/usr/bin/env bash
# Timing of refusals: login unknown vs existing vs inactive, sign-up existing vs new address.
# Starts a fresh demo instance (Release, SQLite, limits and lockout raised so that only the work
# per request is measured), runs the bench, stops the instance.
#   bench/Security/run.sh [attempts per case = 150] [warm-up = 10]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PORT=${PORT:-5099}
OUT=$(mktemp -d)
if [ "${SKIP_BUILD:-}" != 1 ]; then
  dotnet build -c Release "$ROOT/src/Api" -v q -nologo >/dev/null
  dotnet build -c Release "$ROOT/bench/Security" -v q -nologo >/dev/null
fi
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is taken"; exit 1; fi
(cd "$ROOT/src/Api" && ASPNETCORE_ENVIRONMENT=Production Seed__Demo=true Storage__Root="$OUT" Logging__LogLevel__Default=Warning \
  Account__SignUp=RequiresApproval Account__LockoutAttempts=1000000 \
  RateLimits__SignIn__PermitLimit=1000000 RateLimits__SignInPerAccount__PermitLimit=1000000 RateLimits__SignUp__PermitLimit=1000000 \
  ASPNETCORE_URLS="http://127.0.0.1:$PORT" dotnet "$ROOT/src/Api/bin/Release/net10.0/WorkflowPortal.Api.dll" >"$OUT/app.log" 2>&1 & echo $! >"$OUT/app.pid")
trap 'kill "$(cat "$OUT/app.pid")" 2>/dev/null || true; rm -rf "$OUT"' EXIT
until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1; do sleep 0.3; done
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
dotnet "$ROOT/bench/Security/bin/Release/net10.0/WorkflowPortal.Security.Bench.dll" "http://127.0.0.1:$PORT" "${1:-150}" "${2:-10}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
