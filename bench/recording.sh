#!/usr/bin/env bash
# Recording-core benchmarks against the embedded PostgreSQL, started clean in a temporary folder:
# the write path (incident + decision + crime over HTTP, 32 clients, 60 s) and the decision queue page
# with 10,000 undecided incidents; first, the web stack's floor (an authenticated GET that records nothing) with the
# same clients. Each loop prints the CPU it cost the application, PostgreSQL and the load client. Usage: ./mvnw -q package -DskipTests && bench/recording.sh [clients] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
clients="${1:-32}"; seconds="${2:-60}"; port="${PORT:-18081}"
work="$(mktemp -d)"
java -jar "${JAR:-application/target/crimeledger.jar}" --port "$port" --data-dir "$work/postgres" --reset-data \
  --crimeledger.demo.synthetic-incidents=0 >"$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf "http://localhost:$port/actuator/health" | grep -q UP; do sleep 0.5; done
sleep 2  # demo users are created just after the first healthy answer
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); $(date -u +%F)"
export APP_PID=$pid PG_PID="$(head -1 "$work/postgres/postmaster.pid")"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java bench/RecordingLoad.java floor "http://localhost:$port" "$clients" "$seconds"
java bench/RecordingLoad.java write "http://localhost:$port" "$clients" "$seconds"
java bench/RecordingLoad.java first-contact "http://localhost:$port" "$clients" "$seconds"
java bench/RecordingLoad.java queue "http://localhost:$port" 10000 200
