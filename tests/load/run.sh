#!/usr/bin/env bash
# 100 signed-in residents for 60 s against gunicorn + PostgreSQL + Redis + a Celery worker, all on loopback.
# Not part of `make test`. Figures go in tests/benchmarks/README.md.
#
# Residents arrive 5 a second (20 s until all 100 are in, each signing in as they come), then the figures are
# reset and the 100 use the site together for the remaining 60 s, which is what the figures describe.
# RESET_STATS=0 keeps the arrival in the figures; SPAWN_RATE=20 makes them arrive four times as fast.
#
#   bash tests/load/run.sh            # LOAD_DB=ro_perf, LOAD_REDIS_DB=9, 100 users, 20 s arriving + 60 s
#   REUSE_DB=1 bash tests/load/run.sh # keep the database the last run built (skips about a minute)
#
# Starts its own gunicorn and Celery worker (stopped on exit, by their process ids), rebuilds the database
# LOAD_DB from nothing (migrate, seed_demo, load-test residents), then runs locust headless and writes its
# CSV files and HTML report under $OUT (default: a new temporary directory). Exits non-zero when any request
# failed with a server error or the 95th percentile of all requests is 500 ms or more.
set -euo pipefail
cd "$(dirname "$0")/../.."

LOAD_DB=${LOAD_DB:-ro_perf}
LOAD_REDIS_DB=${LOAD_REDIS_DB:-9}
USERS=${USERS:-100}
SPAWN_RATE=${SPAWN_RATE:-5}
DURATION=${DURATION:-80s}  # including the 20 s of arrivals
RESET_STATS=${RESET_STATS:-1}
WORKERS=${WORKERS:-4}
THREADS=${THREADS:-4}
PORT=${PORT:-8765}
OUT=${OUT:-$(mktemp -d /tmp/load-XXXXXX)}
mkdir -p "$OUT"
BIN=.venv/bin

export DATABASE_URL="postgres://postgres@127.0.0.1:5432/${LOAD_DB}"
export CELERY_BROKER_URL="redis://127.0.0.1:6379/${LOAD_REDIS_DB}"
export CELERY_RESULT_BACKEND="$CELERY_BROKER_URL"
export CACHE_URL="rediscache://127.0.0.1:6379/${LOAD_REDIS_DB}"
export SECRET_KEY="load-test-not-a-secret-0123456789abcdefghijklmnopqrstuvwxyz"
export STATIC_ROOT="$OUT/static" MEDIA_ROOT="$OUT/media" PRIVATE_MEDIA_ROOT="$OUT/private"
export ALLOWED_HOSTS=127.0.0.1,localhost
# Plain HTTP on loopback, as if behind a TLS proxy that sets X-Forwarded-For (each simulated resident is a
# different client, so the per-address sign-in limits apply to each one, as in production).
export BEHIND_TLS_PROXY=1 SECURE_SSL_REDIRECT=0 SECURE_HSTS_SECONDS=0 SECURE_COOKIES=0 LOG_LEVEL=WARNING
export EMAIL_URL=consolemail://  # emails go to the Celery log

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

redis-cli -n "$LOAD_REDIS_DB" FLUSHDB >/dev/null
if [ -z "${REUSE_DB:-}" ]; then  # REUSE_DB=1: keep the database a previous run built
  echo "== building ${LOAD_DB} (redis db ${LOAD_REDIS_DB}) in $OUT"
  psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS ${LOAD_DB}" -c "CREATE DATABASE ${LOAD_DB}"
  DEBUG=1 "$BIN/python" manage.py migrate --noinput -v0
  DEBUG=1 "$BIN/python" manage.py seed_demo >/dev/null
else
  DEBUG=1 "$BIN/python" manage.py migrate --noinput -v0
fi
DEBUG=1 "$BIN/python" tests/load/seed_load.py "$USERS" "$OUT/data.json"
"$BIN/python" manage.py collectstatic --noinput -v0

echo "== starting gunicorn ($WORKERS workers x $THREADS threads) on 127.0.0.1:$PORT and a Celery worker"
# Keep-alive longer than a resident's pause between actions (1-3 s): with gunicorn's default of 2 s, a request
# sent on a connection the server was closing at that moment failed ("Remote end closed connection").
"$BIN/gunicorn" recruit_outreach.wsgi:application --preload --workers "$WORKERS" --threads "$THREADS" \
  --keep-alive 10 --bind "127.0.0.1:$PORT" --no-control-socket >"$OUT/gunicorn.log" 2>&1 &
pids+=($!)
"$BIN/python" -m celery -A recruit_outreach worker --concurrency=1 --loglevel=WARNING >"$OUT/celery.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$PORT/healthz/" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$PORT/healthz/" >/dev/null
# Warm up every worker (templates, translations, the checks engine's model) before measuring.
warm=()
for _ in $(seq 1 "$((WORKERS * THREADS))"); do
  for path in /en/account/login/ /en/get-help/how-nhs-applications-work/ /ar/ /en/support-sessions/; do
    curl -s -o /dev/null "http://127.0.0.1:$PORT$path" &
    warm+=($!)
  done
done
wait "${warm[@]}"

echo "== locust: $USERS users, $SPAWN_RATE a second, $DURATION; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
LOAD_DATA="$OUT/data.json" "$BIN/locust" -f tests/load/locustfile.py --headless -u "$USERS" -r "$SPAWN_RATE" \
  -t "$DURATION" --host "http://127.0.0.1:$PORT" --csv "$OUT/locust" --html "$OUT/locust.html" \
  --only-summary --exit-code-on-error 0 $([ "$RESET_STATS" = 1 ] && echo --reset-stats) 2>&1 | tail -40
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg); server errors in the gunicorn log: $(grep -c ' 5[0-9][0-9] \|Traceback' "$OUT/gunicorn.log" || true)"

"$BIN/python" - "$OUT/locust_stats.csv" "$OUT/locust_failures.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
total = next(row for row in rows if row["Name"] == "Aggregated")
failures = list(csv.DictReader(open(sys.argv[2])))
server_errors = sum(int(row["Occurrences"]) for row in failures if "50" in row["Error"] or "Server" in row["Error"])
p95 = float(total["95%"])
print(f"requests {total['Request Count']}, failures {total['Failure Count']}, server errors {server_errors}, "
      f"median {total['50%']} ms, p95 {p95:.0f} ms, max {float(total['Max Response Time']):.0f} ms, "
      f"{float(total['Requests/s']):.1f} req/s")
for row in failures:
    print(f"  failure: {row['Method']} {row['Name']}: {row['Error']} x{row['Occurrences']}")
sys.exit(0 if server_errors == 0 and p95 < 500 else 1)
PY
