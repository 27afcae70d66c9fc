#!/usr/bin/env bash
# The quarterly Ministry of Justice compliance measures at the size of a Metropolitan Police year. Generating a
# whole Met year with its ledger takes over half an hour on these machines, and the measures read only the
# victims' tasks, so this benchmark generates a small synthetic force (INCIDENTS, default 20,000), opens its
# victims' entitlements, then adds TASKS tasks in SQL (default 3,600,000: about 900,000 crimes with victims a
# year, four on-recording entitlements each) spread over the year's working days and attached to the generated
# crimes in turn, with a year of the victim service's work simulated (80% on time, 12% late, 8% never done).
# Then it times, in the same run: the measures over the year through the API (JSON and CSV), and the baseline
# of PostgreSQL counting the same tasks with no grouping.
# Usage: ./mvnw -q package -DskipTests && bench/victims-measures.sh [incidents] [tasks]
set -euo pipefail
cd "$(dirname "$0")/.."
incidents="${1:-20000}"; tasks="${2:-3600000}"; port=18241
jar="${JAR:-application/target/crimeledger.jar}"
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -q package -DskipTests" >&2; exit 1; }
work="$(mktemp -d /tmp/victims2-measures-XXXX)"
pid=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); $(date -u +%FT%TZ); load $(cut -d' ' -f1-3 /proc/loadavg)"

start="$(date -u -d "-365 days" +%F)"
java -Djava.io.tmpdir="$work" -jar "$jar" generate --incidents "$incidents" --days 365 --start "$start" \
  --data-dir "$work/postgres" > "$work/generate.log" 2>&1 || { tail -20 "$work/generate.log"; exit 1; }

java -Djava.io.tmpdir="$work" -jar "$jar" --port "$port" --data-dir "$work/postgres" \
  --crimeledger.demo.synthetic-incidents=0 --crimeledger.victims.catch-up.enabled=false > "$work/app.log" 2>&1 &
pid=$!
until curl -sf "http://localhost:$port/actuator/health" | grep -q UP; do sleep 0.5; done
sleep 3
base="http://localhost:$port"
java bench/VictimsLoad.java post "$base" admin "/api/v1/victims/entitlements/open-missing?limit=100000000"

pgport=$(sed -n 4p "$work/postgres/postmaster.pid")
psql_() { psql -X -q -h localhost -p "$pgport" -U postgres -d crimeledger "$@"; }
started=$(date +%s)
crimes=$(psql_ -At -c "select count(*) from crime where victim_id is not null")
psql_ -c "
  create temporary table crimes_ as select (row_number() over (order by id) - 1)::int as n, id, incident_id, victim_id
    from crime where victim_id is not null;
  create unique index on crimes_ (n);
  analyze crimes_;
  insert into victim_task (entitlement, crime_id, incident_id, victim_id, restricted, enhanced, reason, opened_at,
                           due_on, status, closed_at, closed_on, closed_by, closing_note)
  select e, c.id, c.incident_id, c.victim_id, false, false, 'Met-scale benchmark', x.due_on::timestamptz, x.due_on,
         case when x.r < 0.92 then 'DONE' else 'OPEN' end,
         case when x.r < 0.92 then (x.closed_on + time '12:00') at time zone 'Europe/London' end,
         case when x.r < 0.92 then x.closed_on end,
         case when x.r < 0.92 then 'victim.service' end,
         case when x.r < 0.92 then 'Simulated' end
  from (select g, r, (array['WRITTEN_ACKNOWLEDGEMENT','NEEDS_ASSESSMENT','REFERRAL_TO_SUPPORT','VPS_OFFER'])[g % 4 + 1] as e,
               date '$start' + ((g / 4) % 365)::int as due_on, ((g / 4) % $crimes)::int as k,
               date '$start' + ((g / 4) % 365)::int + case when r < 0.80 then 0 else 1 + (g % 7) end as closed_on
          from (select g, random() as r from generate_series(0, $tasks - 1) g) s) x
  join crimes_ c on c.n = x.k;"
psql_ -c "vacuum analyze victim_task"
echo "added $tasks tasks in $(( $(date +%s) - started )) s"
psql_ -At -c "select 'tasks: ' || count(*) || ' in all, ' || count(*) filter (where status = 'OPEN') || ' open, due from '
  || min(due_on) || ' to ' || max(due_on) from victim_task"

range=$(psql_ -At -c "select 'from=' || min(due_on) || '&to=' || max(due_on) from victim_task")
java bench/VictimsLoad.java api "$base" analyst "/api/v1/victims/compliance?$range" 5
java bench/VictimsLoad.java api "$base" analyst "/api/v1/victims/compliance.csv?$range" 5
echo "baseline, PostgreSQL counting the same tasks without grouping (psql \\timing, 5 runs):"
for i in 1 2 3 4 5; do
  psql_ -c '\timing on' -c "select count(*) from victim_task t join victim_entitlement e on e.code = t.entitlement
    where e.measured" | grep Time || true
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
