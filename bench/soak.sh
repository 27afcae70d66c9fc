#!/usr/bin/env bash
# Soak of one instance on the embedded PostgreSQL (fsync and synchronous commit on), started clean in a temporary
# folder: CLIENTS clients for MINUTES minutes, half looping over the write mix (open an incident; one in four gets a
# narrative update; read it and record a crime on it; every write with an Idempotency-Key, retried with it), half
# over the read mix (decision queue, incident list, crime search, a crime recorded in the run), plus a signed-in
# page user (reliability/ReliabilityClient.java). Prints error rate, throughput, p50/p95/p99 per kind, heap after a
# full GC at the start, every HEAP_EVERY seconds (default 300) and at the end, so a leak shows as a slope and a warm-up
# as a step that levels off, database connections sampled every 15 s, and the ledger verification.
#   ./mvnw -q package -DskipTests && bench/soak.sh [minutes] [clients]      (default 10 minutes, 32 clients)
# PORT (default 18082), JAR and JAVA_OPTS (default -Xmx512m) can be set. The two-instance soak behind nginx is
# reliability/faults.sh soak.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-10}"; clients="${2:-32}"; port="${PORT:-18082}"
work="$(mktemp -d)"
java ${JAVA_OPTS:--Xmx512m} -jar "${JAR:-application/target/crimeledger.jar}" --port "$port" --data-dir "$work/postgres" \
  --reset-data --crimeledger.demo.synthetic-incidents=0 >"$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
base="http://localhost:$port"
until curl -sf "$base/actuator/health" | grep -q UP; do sleep 0.5; done
sleep 2  # demo users are created just after the first healthy answer
pg_port="$(grep -o 'on port [0-9]*' "$work/app.log" | head -1 | awk '{print $3}')"
sql() { psql -h localhost -p "$pg_port" -U postgres -d crimeledger -Atc "$1"; }
heap() { jcmd "$pid" GC.run >/dev/null; jcmd "$pid" GC.heap_info | grep -oE 'used [0-9]+K' | head -1; }
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $(date -u +%FT%TZ)"
echo "soak: $clients clients for $minutes min against $base (one instance, JAVA_OPTS ${JAVA_OPTS:--Xmx512m})"
echo "heap after full GC at start: $(heap)"
LOAD_USER_PREFIX="" LOAD_PASSWORD=demo-password \
  java reliability/ReliabilityClient.java load "$base" "$clients" $((minutes * 60)) "$work/soak" reads &
client=$!
heap_every="${HEAP_EVERY:-300}"; started=$SECONDS; next_heap=$heap_every
while kill -0 $client 2>/dev/null; do
  if [ $((SECONDS - started)) -ge "$next_heap" ]; then
    echo "$((next_heap / 60)) min: $(heap)" >>"$work/heap.log"; next_heap=$((next_heap + heap_every))
  fi
  echo "$(date -u +%T) $(sql "select count(*) || ' connections, ' || count(*) filter (where state = 'active') || ' active'
      from pg_stat_activity where datname = 'crimeledger'") load $(cut -d' ' -f1 /proc/loadavg)" >>"$work/connections.log"
  sleep 15
done
wait $client
echo "heap after full GC at end:   $(heap)"
[ -f "$work/heap.log" ] && echo "heap after full GC during the run: $(paste -sd ';' "$work/heap.log" | sed 's/;/; /g')"
echo "database connections (sampled every 15 s): $(awk '{print $2}' "$work/connections.log" | sort -n | uniq -c | awk '{printf "%s in %s samples; ", $2, $1}')"
echo "  at most $(awk '{print $4}' "$work/connections.log" | sort -n | tail -1) active; load average $(awk '{print $NF}' "$work/connections.log" | sort -n | head -1)-$(awk '{print $NF}' "$work/connections.log" | sort -n | tail -1) during the run"
echo "rows: $(sql "select (select count(*) from incident) || ' incidents, ' || (select count(*) from incident_update) || ' updates, '
    || (select count(*) from crime) || ' crimes, ' || (select count(*) from victim_task) || ' victim tasks, '
    || (select count(*) from ledger_entry) || ' ledger entries'")"
echo "ledger: $(curl -s -u admin:demo-password "$base/api/v1/ledger/verification" | grep -oE '"(intact|entriesChecked|recordFindingCount)":[a-z0-9]+' | tr '\n' ' ')"
