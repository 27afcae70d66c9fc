#!/usr/bin/env bash
# Short write-path runs of one or more builds one after the other, for comparing them close in time on a shared
# machine: each jar is started clean on the embedded PostgreSQL (as bench/recording.sh does), then
# RecordingLoad runs MODE (first-contact or write) with CPU per crime read from /proc for the application and for
# PostgreSQL. Usage: bench/recording-compare.sh MODE CLIENTS SECONDS JAR... (PORT sets the port, default 18081)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="$1"; clients="$2"; seconds="$3"; shift 3
port="${PORT:-18081}"
for jar in "$@"; do
  work="$(mktemp -d)"
  java ${JAVA_OPTS:-} -jar "$jar" --port "$port" --data-dir "$work/postgres" --reset-data \
    --crimeledger.demo.synthetic-incidents=0 ${APP_ARGS:-} >"$work/app.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
  until curl -sf "http://localhost:$port/actuator/health" | grep -q UP; do sleep 0.5; done
  sleep 2
  echo "$jar ${APP_ARGS:-}: $(date -u +%H:%M) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  APP_PID=$pid PG_PID="$(head -1 "$work/postgres/postmaster.pid")" \
    java bench/RecordingLoad.java "$mode" "http://localhost:$port" "$clients" "$seconds"
  kill $pid; wait $pid 2>/dev/null || true; rm -rf "$work"; trap - EXIT
done
