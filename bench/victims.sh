#!/usr/bin/env bash
# Victims and outcomes benchmarks against a generated synthetic force on the embedded PostgreSQL, in a temporary
# folder: generates INCIDENTS over 365 days (default 1,000,000, about 140,000 crimes), opens the victims'
# entitlements of the bulk-loaded crimes in one call, simulates a year of the victim service's work in SQL (most
# tasks closed, some late, 8% never done), reopens the OPEN_TASKS (default 50,000) most recently due, then times:
#   - the victim service queue page (goal: p95 under 300 ms), as the victim service (restricted cases hidden)
#     and as the registrar (all), and the decision queue page as the baseline page of the same server;
#   - the quarterly Ministry of Justice compliance measures over the whole year (API, JSON and CSV), against
#     the baseline of PostgreSQL counting the same tasks with no grouping.
# Usage: ./mvnw -q package -DskipTests && bench/victims.sh [incidents] [open-tasks]
set -euo pipefail
cd "$(dirname "$0")/.."
incidents="${1:-1000000}"; open_tasks="${2:-50000}"; port=18240
jar="${JAR:-application/target/crimeledger.jar}"
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -q package -DskipTests" >&2; exit 1; }
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); $(date -u +%FT%TZ); load $(cut -d' ' -f1-3 /proc/loadavg)"

started=$(date +%s)
java -Djava.io.tmpdir="$work" -jar "$jar" generate --incidents "$incidents" --days 365 --start "$(date -u -d "-365 days" +%F)" --data-dir "$work/postgres" \
  > "$work/generate.log" 2>&1 || { tail -20 "$work/generate.log"; exit 1; }
grep -E "crimes|incidents|rows" "$work/generate.log" | tail -4 || true
echo "generated $incidents incidents in $(( $(date +%s) - started )) s (including ledger adoption)"

java -Djava.io.tmpdir="$work" -jar "$jar" --port "$port" --data-dir "$work/postgres" \
  --crimeledger.demo.synthetic-incidents=0 --crimeledger.victims.catch-up.enabled=false > "$work/app.log" 2>&1 &
pid=$!
until curl -sf "http://localhost:$port/actuator/health" | grep -q UP; do sleep 0.5; done
sleep 3  # demo users are created just after the first healthy answer
base="http://localhost:$port"

java bench/VictimsLoad.java post "$base" admin "/api/v1/victims/entitlements/open-missing?limit=100000000"

pgport=$(sed -n 4p "$work/postgres/postmaster.pid")
psql_() { psql -X -q -h localhost -p "$pgport" -U postgres -d crimeledger "$@"; }
# A year of the victim service's work: 80% on time, 12% late, 8% never done; declined referrals and VPS offers.
psql_ -c "
  update victim_task t set status = case when t.entitlement in ('REFERRAL_TO_SUPPORT', 'VPS_OFFER') and random() < 0.2
                                       then 'DECLINED' else 'DONE' end,
         closed_on = x.closed_on, closed_at = (x.closed_on + time '12:00') at time zone 'Europe/London',
         closed_by = 'victim.service', closing_note = 'Simulated'
    from (select id, due_on + case when random() < 0.87 then -((random() * 2)::int) else 1 + (random() * 6)::int end
                 as closed_on from victim_task where random() < 0.92) x
   where t.id = x.id;
  update victim_task set status = 'OPEN', closed_at = null, closed_on = null, closed_by = null, closing_note = null
   where id in (select id from victim_task order by due_on desc, id desc limit $open_tasks);"
psql_ -c "vacuum analyze victim_task"
psql_ -At -c "select 'tasks: ' || count(*) || ' in all, ' || count(*) filter (where status = 'OPEN') || ' open ('
  || count(*) filter (where status = 'OPEN' and restricted) || ' restricted), crimes with tasks: '
  || count(distinct crime_id) || ', due from ' || min(due_on) || ' to ' || max(due_on) from victim_task"

java bench/VictimsLoad.java page "$base" victim.service "/victims/queue" 200
java bench/VictimsLoad.java page "$base" crime.registrar "/victims/queue" 200
java bench/VictimsLoad.java page "$base" victim.service "/victims/queue?offset=25000" 100
java bench/VictimsLoad.java page "$base" crime.registrar "/decision-queue" 200

range=$(psql_ -At -c "select 'from=' || min(due_on) || '&to=' || max(due_on) from victim_task")
java bench/VictimsLoad.java api "$base" analyst "/api/v1/victims/compliance?$range" 10
java bench/VictimsLoad.java api "$base" analyst "/api/v1/victims/compliance.csv?$range" 10
echo "baseline, PostgreSQL counting the same tasks without grouping (psql \\timing, 5 runs):"
for i in 1 2 3 4 5; do
  psql_ -c '\timing on' -c "select count(*) from victim_task t join victim_entitlement e on e.code = t.entitlement
    where e.measured" | grep Time || true
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
