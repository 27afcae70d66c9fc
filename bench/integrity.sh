#!/usr/bin/env bash
# Integrity benchmark (docs/benchmarks.md, "Integrity signatures"). On a generated force (default: a Metropolitan
# Police year, 5,000,000 incidents over 2025, about 700,000 crimes) in a throwaway PostgreSQL server, times:
#  1. crimeledger integrity: every indicator and test by team, then by officer (pseudonymised), for the 24 months to
#     LAST_MONTH (the report's own time and the command's wall clock with its start-up);
#  2. three indicators (late decisions, downgrades, month-end slippage) as the application's SQL on PostgreSQL against
#     the same shared SQL on DuckDB over a CSV export of their facts, same counts checked (bench/IntegrityDuckDb.java);
#  3. the dashboard as an analyst, on the application started on PORT, p50 and p95 of PAGE_REQUESTS requests each:
#     first the stored reports the scheduled recomputation writes at start-up (the last complete month: the summary
#     by team, station and officer, two indicator pages by officer, the JSON), after waiting for it and printing how
#     long it took; then LAST_MONTH, which nothing stored, so its first request computes the report.
# The generator writes outcomes; on a force generated before it did (no outcome rows), one outcome is written per crime
# recorded before timing (a stated mix: charges, penalty notices, cannabis warnings, cautions, TICs (about eight a
# case), no suspect) so the outcome indicators count real rows. Usage:
#   ./mvnw -q -pl application package -DskipTests && bench/integrity.sh [INCIDENTS] [LAST_MONTH]
#   DATABASE_URL=jdbc:postgresql://localhost:18102/met bench/integrity.sh   (a force generated before; no generation)
set -euo pipefail
cd "$(dirname "$0")/.."
incidents="${1:-5000000}"
month="${2:-2025-12}"
jar="${JAR:-application/target/crimeledger.jar}"
pg_port="${PG_PORT:-18102}"
port="${PORT:-8102}"
requests="${PAGE_REQUESTS:-20}"
work="${WORK:-/tmp/integrity-bench}"
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -q -pl application package -DskipTests" >&2; exit 1; }
classpath="$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-42.7.*.jar' | sort | tail -1)"
classpath="$classpath:$(find ~/.m2/repository/org/duckdb/duckdb_jdbc/1.5.6.0 -name 'duckdb_jdbc-1.5.6.0.jar' | head -1)"
mkdir -p "$work"
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  if [ -d "$work/pg" ]; then "${as_pg[@]}" pg_ctl -D "$work/pg" -m fast stop >/dev/null 2>&1 || true; fi
}
as_pg=()
trap cleanup EXIT

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -z "${DATABASE_URL:-}" ]; then
  rm -rf "$work/pg" && mkdir -p "$work/pg"
  if [ "$(id -u)" = 0 ]; then chown postgres "$work/pg" && chmod 777 "$work" && as_pg=(runuser -u postgres --); fi
  "${as_pg[@]}" initdb -D "$work/pg" -U postgres --auth=trust >/dev/null
  "${as_pg[@]}" pg_ctl -D "$work/pg" -o "-p $pg_port -k $work -c max_wal_size=4GB -c shared_buffers=1GB" \
    -l "$work/pg/server.log" -w start >/dev/null
  psql -h localhost -p "$pg_port" -U postgres -qc "create database met" postgres
  DATABASE_URL="jdbc:postgresql://localhost:$pg_port/met"
  start=$(date +%s)
  SPRING_DATASOURCE_URL="$DATABASE_URL" SPRING_DATASOURCE_USERNAME=postgres java -Djava.io.tmpdir="$work" -jar "$jar" \
    generate --incidents "$incidents" --days 365 --start 2025-01-01 > "$work/generate.log" 2>&1
  echo "generated $incidents incidents in $(( $(date +%s) - start )) s (with ledger adoption; not part of the figures)"
fi
hostport="${DATABASE_URL#jdbc:postgresql://}"; hostport="${hostport%%/*}"
database="${DATABASE_URL##*/}"
sql() { psql -h "${hostport%%:*}" -p "${hostport##*:}" -U postgres -d "$database" -qAt -c "$1"; }
echo "data: $(sql "select count(*) from incident") incidents, $(sql "select count(*) from recording_decision") decisions, $(sql "select count(*) from crime") crimes"

if [ "$(sql "select count(*) from crime_outcome")" = 0 ]; then
  start=$(date +%s)
  sql "insert into crime_outcome (crime_id, outcome_type_code, tic_case_reference, reason, status, proposed_by,
         proposed_role, proposed_at, applied_at)
       select c.id, t.code, case when t.code = '4' then 'TIC-' || (c.id / 400) end, 'Benchmark outcome', 'APPLIED',
              c.recorded_by, 'OFFICER', c.recorded_at + interval '20 days', c.recorded_at + interval '20 days'
       from crime c cross join lateral (select case when r < 0.25 then '1' when r < 0.30 then '6' when r < 0.33 then '7'
              when r < 0.40 then '3' when r < 0.42 then '4' else '18' end as code
              from (select (hashtext(c.reference) & 1023) / 1024.0 as r) x) t" >/dev/null
  sql "analyze" >/dev/null
  echo "wrote $(sql "select count(*) from crime_outcome") outcomes in $(( $(date +%s) - start )) s (setup; not part of the figures)"
fi

run_integrity() { # label args...
  local label="$1"; shift
  local start end
  start=$(date +%s.%N)
  SPRING_DATASOURCE_URL="$DATABASE_URL" SPRING_DATASOURCE_USERNAME=postgres \
    java -jar "$jar" integrity --month "$month" "$@" > "$work/$label.log" 2>&1 || [ $? = 3 ]
  end=$(date +%s.%N)
  printf '%-44s report %s, command %.1f s with start-up\n' "crimeledger integrity $label" \
    "$(grep -o '([0-9.]* s)' "$work/$label.log" | head -1)" "$(echo "$end - $start" | bc)"
  grep -E '^  [A-Z]|alerts?:|No alerts' "$work/$label.log" | head -20 | sed 's/^/    /'
}
if [ -z "${PAGES_ONLY:-}" ]; then # PAGES_ONLY=1 measures the pages alone
  run_integrity "by team"
  run_integrity "by officer" --level OFFICER --pseudonymise
  echo "three indicators, PostgreSQL against DuckDB:"
  java -cp "$classpath" bench/IntegrityDuckDb.java "$DATABASE_URL" postgres "$month" "$work" | sed 's/^/    /'
fi

sql "insert into users (username, password, enabled, display_name) values ('bench.analyst', '{noop}bench-only-password', true, 'Benchmark analyst') on conflict do nothing" >/dev/null
sql "insert into authorities (username, authority) values ('bench.analyst', 'ROLE_ANALYST') on conflict do nothing" >/dev/null
SPRING_DATASOURCE_URL="$DATABASE_URL" SPRING_DATASOURCE_USERNAME=postgres \
  java -jar "$jar" --crimeledger.demo.enabled=false --server.port="$port" > "$work/app.log" 2>&1 &
app_pid=$!
until curl -sf "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$app_pid" 2>/dev/null || { echo "the application did not start: $work/app.log" >&2; exit 1; }
  sleep 2
done
jar_cookies="$work/cookies"
rm -f "$jar_cookies"
csrf=$(curl -s -c "$jar_cookies" "http://localhost:$port/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -b "$jar_cookies" -c "$jar_cookies" -o /dev/null --data-urlencode "username=bench.analyst" \
  --data-urlencode "password=bench-only-password" --data-urlencode "_csrf=$csrf" "http://localhost:$port/sign-in"
percentiles() { sort -n | awk '{ a[NR] = $1 } END { p50 = a[int((NR + 1) * 0.5)]; i = int(NR * 0.95 + 0.999); if (i > NR) i = NR;
  printf "p50 %.0f ms, p95 %.0f ms, max %.0f ms (n = %d)\n", p50 * 1000, a[i] * 1000, a[NR] * 1000, NR }'; }
measure() { # label curl-args...: the first request (which computes the report), then REQUESTS more
  local label="$1"; shift
  local first
  first=$(curl -s -o "$work/page.out" -w '%{http_code} %{time_total}' "$@")
  [ "${first%% *}" = 200 ] || { echo "$label: HTTP ${first%% *}" >&2; exit 1; }
  printf '%-44s first %.0f ms; then ' "$label" "$(echo "${first##* } * 1000" | bc)"
  for _ in $(seq "$requests"); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done | percentiles
}
waited=0
until [ "$(sql "select count(*) from integrity_report where scheduled")" -ge 4 ]; do
  kill -0 "$app_pid" 2>/dev/null || { echo "the application stopped: $work/app.log" >&2; exit 1; }
  sleep 5; waited=$((waited + 5))
  [ "$waited" -lt 3600 ] || { echo "no stored reports after an hour: $work/app.log" >&2; exit 1; }
done
echo "scheduled recomputation at start-up: $(grep -o 'Integrity reports recomputed.*' "$work/app.log" | tail -1)"
base="http://localhost:$port"
measure "GET /integrity (stored, team)" -b "$jar_cookies" "$base/integrity"
measure "GET /integrity?level=station (stored)" -b "$jar_cookies" "$base/integrity?level=station"
measure "GET /integrity?level=officer (stored)" -b "$jar_cookies" "$base/integrity?level=officer"
measure "GET /integrity/indicators/downgrades officer" -b "$jar_cookies" "$base/integrity/indicators/downgrades?level=officer"
measure "GET /integrity/indicators/recorded-crime officer" -b "$jar_cookies" "$base/integrity/indicators/recorded-crime?level=officer"
measure "GET /api/v1/integrity (stored, officer)" -u bench.analyst:bench-only-password "$base/api/v1/integrity?level=officer"
echo "LAST_MONTH $month, computed on its first request and stored:"
measure "GET /integrity (team)" -b "$jar_cookies" "http://localhost:$port/integrity?month=$month"
measure "GET /integrity?level=officer" -b "$jar_cookies" "http://localhost:$port/integrity?month=$month&level=officer"
measure "GET /integrity/indicators/downgrades officer" -b "$jar_cookies" "$base/integrity/indicators/downgrades?month=$month&level=officer"
measure "GET /api/v1/integrity (team)" -u bench.analyst:bench-only-password "http://localhost:$port/api/v1/integrity?month=$month"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
