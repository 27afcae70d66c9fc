#!/usr/bin/env bash
# Start-up benchmark: time from launching the jar to a healthy /actuator/health (median of N runs),
# resident memory at idle, and jar size; on the embedded default and, if DATABASE_URL is given,
# on a PostgreSQL server. Usage:
#   ./mvnw -q package -DskipTests && bench/startup.sh [runs]
#   DATABASE_URL=jdbc:postgresql://localhost:5432/db DATABASE_USERNAME=u DATABASE_PASSWORD=p bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
jar=application/target/crimeledger.jar
port=18080
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -q package -DskipTests" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }

measure() { # $1 = label; the environment says which database
  local label="$1" times=() rss=""
  for i in $(seq 1 "$runs"); do
    local start pid
    start=$(now_ms)
    java -jar "$jar" --port "$port" --data-dir "$work/postgres" >"$work/app.log" 2>&1 &
    pid=$!
    until curl -sf "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
      kill -0 "$pid" 2>/dev/null || { echo "the application exited; see its log:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
      sleep 0.05
    done
    times+=($(( $(now_ms) - start )))
    if [ "$i" -eq "$runs" ]; then
      sleep 10
      rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$pid/status")
    fi
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  local sorted median
  sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-22s median %6.2f s   runs (ms): %s  idle RSS %s MiB\n' "$label" "$(echo "$median/1000" | bc -l)" "$sorted" "$rss"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "jar: $(du -m "$jar" | cut -f1) MiB ($jar)"
(unset SPRING_DATASOURCE_URL; measure "embedded PostgreSQL")
if [ -n "${DATABASE_URL:-}" ]; then
  (export SPRING_DATASOURCE_URL="$DATABASE_URL" SPRING_DATASOURCE_USERNAME="${DATABASE_USERNAME:-}" \
     SPRING_DATASOURCE_PASSWORD="${DATABASE_PASSWORD:-}"; measure "PostgreSQL server")
fi
