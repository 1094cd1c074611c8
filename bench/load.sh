#!/usr/bin/env bash
# Throughput under load: wrk against gunicorn (gunicorn.conf.py) on loopback, replaying a mixed
# list of distinct URLs (bench/load_urls.py: search queries of every class, filters, later
# pages, ruling pages, analytics) from many connections at once.
#
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/ipcases_perf_bench bench/load.sh
#
# Settings from the environment: DURATION (60s), CONNECTIONS (64), THREADS (2), URLS (4000,
# more than a 60 s run requests, so that no URL is requested twice: see load.lua),
# WEB_CONCURRENCY (gunicorn's workers, twice the cores), PORT (8765). wrk comes from Debian
# (`make wrk` as root). Prints wrk's report (requests a second, latency percentiles, errors,
# responses other than 2xx/3xx) and the workers' memory (resident and proportional set
# sizes, summed over the workers) after they started and after the run.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATABASE_URL:?set DATABASE_URL to the database to measure}"
command -v wrk >/dev/null || { echo "wrk is not installed: run make wrk (as root)" >&2; exit 2; }

DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-8765}
export DEBUG=0 SECURE_SSL_REDIRECT=0 SECRET_KEY=${SECRET_KEY:-bench-only}
export GUNICORN_BIND=127.0.0.1:$PORT ALLOWED_HOSTS=127.0.0.1

work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# Refuses a database without planner statistics.
.venv/bin/python bench/load_urls.py --count "${URLS:-4000}" >"$work/urls.txt"
echo "URLs: $(wc -l <"$work/urls.txt") distinct"

# Django logs a failed request on stderr: both go to the log that is counted at the end.
.venv/bin/gunicorn --error-logfile "$work/server.log" 2>>"$work/server.log" &
server=$!
for _ in $(seq 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz" && break
  sleep 1
done

memory() {
  local rss=0 pss=0 count=0
  for pid in $(pgrep -P "$server"); do
    rss=$((rss + $(awk '/^Rss:/ {print $2}' "/proc/$pid/smaps_rollup")))
    pss=$((pss + $(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup")))
    count=$((count + 1))
  done
  echo "$1: $count workers, RSS $((rss / 1024)) MB, PSS $((pss / 1024)) MB (summed)"
}

memory "Worker memory before"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --timeout 30s --latency \
  -s bench/load.lua "http://127.0.0.1:$PORT" -- "$work/urls.txt" "$THREADS" | tee "$work/wrk.txt"
requests=$(awk '/ requests in / {print $1}' "$work/wrk.txt")
if [ "${requests:-0}" -gt "$(wc -l <"$work/urls.txt")" ]; then
  echo "Note: $requests requests for $(wc -l <"$work/urls.txt") URLs: some were requested twice (raise URLS)"
fi
memory "Worker memory after"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
errors=$(grep -c -E "^Traceback|ERROR" "$work/server.log" || true)
echo "Server log: $errors errors"
