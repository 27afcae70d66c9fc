#!/usr/bin/env bash
# Fault and soak tests on demand (never part of ./mvnw verify). Everything runs on loopback: a throwaway
# PostgreSQL 15 cluster, two instances of the jar and nginx in front (installed from Debian if missing).
#
#   ./mvnw -q package -DskipTests
#   reliability/faults.sh all                    # the five fault scenarios, about 6 minutes on 2 cores
#   reliability/faults.sh kill-instance          # kill -9 one instance during sustained writes through nginx
#   reliability/faults.sh restart-postgres       # stop PostgreSQL for 10 s during writes: 503 + Retry-After
#   reliability/faults.sh kill-import            # kill -9 an import of data.police.uk files, then rerun it
#   reliability/faults.sh kill-batch             # kill -9 an instance during a batch rules run, then rerun it
#   reliability/faults.sh backup-restore         # pg_dump, restore to a new database, verify ledger and counts
#   reliability/faults.sh soak [MINUTES] [CLIENTS]   # write and read mix, heap and connections (default 10 min)
#   reliability/faults.sh kill-import kill-batch     # several scenarios, one cluster
#
# Ports RELIABILITY_PORT_BASE .. +3 (default 18210-18213), files under RELIABILITY_DIR (/tmp/reliability-run).
# Each scenario prints its figures; docs/reliability.md holds the latest run's.
source "$(dirname "$0")/cluster.sh"
trap cluster_down EXIT
CLIENT="$ROOT/reliability/ReliabilityClient.java"
CLIENTS="${CLIENTS:-8}"

machine() { echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $(date -u +%FT%TZ)"; }

kill_instance() {
  log "scenario kill-instance: $CLIENTS writing clients for 90 s through nginx; instance 1 killed -9 once the page user"
  log "has signed in and at least 20 s have passed, restarted 15 s later"
  java "$CLIENT" load "$LB" "$CLIENTS" 90 "$DIR/kill-instance" &
  local client=$!
  sleep 20
  for _ in $(seq 60); do [ -f "$DIR/kill-instance/signed-in" ] && break; sleep 1; done
  sleep 3; log "kill -9 instance 1 (pid $(app_pid 1))"; app_kill9 1
  sleep 15; log "restarting instance 1"; app_start 1
  wait $client
  app_wait 1
  check_writes "$DIR/kill-instance"
  verify_ledger
}

restart_postgres() {
  log "scenario restart-postgres: $CLIENTS writing clients for 60 s; PostgreSQL stopped at 20 s for 10 s"
  java "$CLIENT" load "$LB" "$CLIENTS" 60 "$DIR/restart-postgres" &
  local client=$!
  sleep 20; log "stopping PostgreSQL (fast shutdown: sessions cut)"; pg_stop fast
  local t0=$(date +%s)
  for i in 1 2 3; do
    curl -s -o /dev/null -w "  while down: POST %{http_code} in %{time_total}s, " -u "load.call.handler:$LOAD_PASSWORD" \
      -H 'Content-Type: application/json' -H "Idempotency-Key: probe-$i-$$" -d '{}' "$LB/api/v1/incidents"
    curl -s -D - -o /dev/null -u "load.officer:$LOAD_PASSWORD" "$LB/api/v1/decision-queue" | grep -i '^retry-after' || echo "no Retry-After"
    sleep 2
  done
  sleep $((10 - ($(date +%s) - t0) > 0 ? 10 - ($(date +%s) - t0) : 0)); log "starting PostgreSQL"; pg_start
  wait $client
  check_writes "$DIR/restart-postgres"
  verify_ledger
}

kill_import() {
  local data="$ROOT/../shared/data/real/police-uk/kent"
  if [ ! -d "$data" ]; then echo "kill-import skipped: $data is absent"; return 0; fi
  log "scenario kill-import: import $(ls "$data" | wc -l) Kent files, kill -9 once rows are flowing, run again"
  java -jar "$JAR" import police-uk "$data" >"$DIR/import1.log" 2>&1 &
  local pid=$!
  for _ in $(seq 600); do grep -q "rows/s" "$DIR/import1.log" 2>/dev/null && break; sleep 0.2; done
  sleep 1; log "kill -9 the import: $(tr '\r' '\n' <"$DIR/import1.log" | grep 'rows/s' | tail -1)"
  kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null || true
  psql_db -c "select 'after the kill: ' || count(*) || ' files recorded, ' ||
    (select count(*) from police_uk_street_crime) || ' street rows' from police_uk_import"
  java -jar "$JAR" import police-uk "$data" >"$DIR/import2.log" 2>&1 || true
  java -jar "$JAR" import police-uk "$data" >"$DIR/import3.log" 2>&1 || true
  tail -6 "$DIR/import2.log"
  psql_db -c "select 'after the reruns: ' || count(*) filter (where status = 'loaded') || ' files loaded, '
    || count(*) filter (where status = 'loaded') - count(distinct file_sha256) filter (where status = 'loaded')
    || ' loaded twice; rows loaded by the import records ' || coalesce(sum(rows_loaded) filter (where status = 'loaded'), 0)
    || ', street rows in the table ' || (select count(*) from police_uk_street_crime) || ', of which distinct (file, line) '
    || (select count(distinct (import_id, line)) from police_uk_street_crime) from police_uk_import"
}

kill_batch() {
  log "scenario kill-batch: generate 30,000 synthetic incidents, a clean batch run, a run killed -9 half-way, a rerun"
  java -jar "$JAR" generate --incidents 30000 >"$DIR/generate.log" 2>&1 || { tail "$DIR/generate.log"; return 1; }
  local t0=$(date +%s%N)
  java "$CLIENT" batch "http://127.0.0.1:$APP2_PORT" load.registrar "$LOAD_PASSWORD"
  local took=$((($(date +%s%N) - t0) / 1000000))
  psql_db -c "select 'clean run: ' || incidents_checked || ' incidents, ' || (select count(*) from rule_finding f where f.run_id = r.id) || ' findings in ${took} ms' from rule_run r order by id desc limit 1"
  java "$CLIENT" batch "http://127.0.0.1:$APP1_PORT" load.registrar "$LOAD_PASSWORD" &
  local client=$!
  # the run is one transaction, which holds a lock on rule_run from its first insert until it commits
  for _ in $(seq 600); do
    [ "$(psql_db -c "select count(*) from pg_locks l join pg_class c on c.oid = l.relation
      where c.relname = 'rule_run' and l.mode = 'RowExclusiveLock'")" -gt 0 ] && break; sleep 0.2
  done
  sleep 1; log "kill -9 instance 1 during its run"; app_kill9 1; wait $client 2>/dev/null || true
  psql_db -c "select 'after the kill: ' || count(*) || ' runs, findings in runs ' || coalesce((select string_agg(n::text, ',') from (select count(*) n from rule_finding group by run_id order by run_id) x), '') from rule_run"
  app_start 1; app_wait 1
  java "$CLIENT" batch "http://127.0.0.1:$APP1_PORT" load.registrar "$LOAD_PASSWORD"
  psql_db -c "select 'after the rerun: ' || count(*) || ' runs, findings in runs ' || (select string_agg(n::text, ',') from (select count(*) n from rule_finding group by run_id order by run_id) x) from rule_run"
  psql_db -c "select 'runs without finish or with a different result from the clean one: ' || count(*) from rule_run r
    where (select count(*) from rule_finding f where f.run_id = r.id) <> (select count(*) from rule_finding f where f.run_id = (select min(id) from rule_run))"
}

backup_restore() {
  log "scenario backup-restore: pg_dump, restore into crimeledger_restored, compare counts, verify the ledger"
  local t0=$(date +%s)
  pg_dump -h 127.0.0.1 -p "$PG_PORT" -U postgres -Fc -f "$DIR/backup.dump" "$DB"
  log "dump $(du -h "$DIR/backup.dump" | cut -f1) in $(($(date +%s) - t0)) s"
  PSQL_DB=postgres psql_db -c "drop database if exists crimeledger_restored" -c "create database crimeledger_restored"
  t0=$(date +%s)
  pg_restore -h 127.0.0.1 -p "$PG_PORT" -U postgres -d crimeledger_restored "$DIR/backup.dump"
  log "restored in $(($(date +%s) - t0)) s"
  local counts="select (select count(*) from incident) || ' incidents, ' || (select count(*) from crime) || ' crimes, '
    || (select count(*) from ledger_entry) || ' ledger entries, ' || (select count(*) from police_uk_street_crime) || ' street rows'"
  echo "  original: $(psql_db -c "$counts")"
  echo "  restored: $(PSQL_DB=crimeledger_restored psql_db -c "$counts")"
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/crimeledger_restored" verify_ledger
}

soak() {
  local minutes="${1:-10}" clients="${2:-16}"
  log "scenario soak: $clients clients (half the write mix, half the read mix) for $minutes min through nginx"
  heap() { for n in 1 2; do jcmd "$(app_pid "$n")" GC.run >/dev/null 2>&1; echo -n "instance $n $(jcmd "$(app_pid "$n")" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -2 | tr '\n' ' ')| "; done; echo; }
  echo "heap after full GC at start: $(heap)"
  java "$CLIENT" load "$LB" "$clients" $((minutes * 60)) "$DIR/soak" reads &
  local client=$!
  while kill -0 $client 2>/dev/null; do
    echo "$(date -u +%T) connections $(psql_db -c "select count(*) || ' (' || count(*) filter (where state = 'active') || ' active)' from pg_stat_activity where datname = '$DB'")" >>"$DIR/connections.log"
    sleep 15
  done
  wait $client
  echo "heap after full GC at end:   $(heap)"
  echo "database connections: $(sort -t' ' -k3 -n "$DIR/connections.log" | tail -1 | cut -d' ' -f2-) at most; sampled every 15 s in $DIR/connections.log"
  check_writes "$DIR/soak"
  verify_ledger
}

machine
cluster_up
[ $# -gt 0 ] || set -- all
while [ $# -gt 0 ]; do
  case "$1" in
    kill-instance) kill_instance ;;
    restart-postgres) restart_postgres ;;
    kill-import) kill_import ;;
    kill-batch) kill_batch ;;
    backup-restore) backup_restore ;;
    soak) soak "${2:-10}" "${3:-16}"; shift $(($# > 2 ? 2 : $# - 1)) ;;
    all) kill_instance; restart_postgres; kill_import; kill_batch; backup_restore ;;
    *) echo "unknown scenario $1" >&2; exit 2 ;;
  esac
  shift
done
log "done; logs in $DIR"
