# Two crimeledger instances on loopback behind nginx, against one throwaway PostgreSQL 15 cluster.
# Sourced by reliability/faults.sh; every port and folder is under RELIABILITY_PORT_BASE and RELIABILITY_DIR.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BASE_PORT="${RELIABILITY_PORT_BASE:-18210}"
PG_PORT=$BASE_PORT; APP1_PORT=$((BASE_PORT + 1)); APP2_PORT=$((BASE_PORT + 2)); LB_PORT=$((BASE_PORT + 3))
DIR="${RELIABILITY_DIR:-/tmp/reliability-run}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
JAR="${RELIABILITY_JAR:-$ROOT/application/target/crimeledger.jar}"  # a copy lets a build run meanwhile
LB="http://127.0.0.1:$LB_PORT"
DB=crimeledger
LOAD_PASSWORD="${LOAD_PASSWORD:-load-password-2026}"; export LOAD_PASSWORD

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
log() { echo "[$(date -u +%T)] $*"; }
psql_db() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "${PSQL_DB:-$DB}" -v ON_ERROR_STOP=1 -qAt "$@"; }

require_tools() {
  if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
    log "installing nginx (Debian)"
    if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq nginx-light >/dev/null; else sudo apt-get install -y -qq nginx-light >/dev/null; fi
  fi
  [ -f "$JAR" ] || { echo "Build the jar first: ./mvnw -q package -DskipTests" >&2; exit 1; }
}

pg_start() {
  if [ ! -d "$DIR/pg/data" ]; then
    mkdir -p "$DIR/pg"; chown postgres "$DIR/pg" 2>/dev/null || true
    as_postgres "$PG_BIN/initdb" -D "$DIR/pg/data" -U postgres --auth=trust -E UTF8 >/dev/null
  fi
  as_postgres "$PG_BIN/pg_ctl" -D "$DIR/pg/data" -l "$DIR/pg/log" -w -o "-p $PG_PORT -k $DIR/pg -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
}
pg_stop() { as_postgres "$PG_BIN/pg_ctl" -D "$DIR/pg/data" -m "${1:-fast}" -w stop >/dev/null 2>&1 || true; }

db_create() {
  PSQL_DB=postgres psql_db -c "drop database if exists $DB" -c "create database $DB"
}

app_start() { # app_start N
  local n=$1 port=$((BASE_PORT + $1))
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD=unused \
    nohup java -Xms256m -Xmx512m -XX:+UseSerialGC -jar "$JAR" --port "$port" \
      --crimeledger.compliance.batch-cron="${BATCH_CRON:--}" >>"$DIR/app$n.log" 2>&1 &
  echo $! >"$DIR/app$n.pid"
}
app_wait() { # app_wait N
  local port=$((BASE_PORT + $1)) tries=0
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do
    sleep 1; tries=$((tries + 1)); [ $tries -lt 180 ] || { echo "instance $1 did not start" >&2; tail -30 "$DIR/app$1.log" >&2; exit 1; }
  done
}
app_pid() { cat "$DIR/app$1.pid"; }
app_kill9() { kill -9 "$(app_pid "$1")" 2>/dev/null || true; wait "$(app_pid "$1")" 2>/dev/null || true; }
app_stop() { kill "$(app_pid "$1")" 2>/dev/null || true; for _ in $(seq 30); do kill -0 "$(app_pid "$1")" 2>/dev/null || return 0; sleep 1; done; app_kill9 "$1"; }

lb_start() {
  mkdir -p "$DIR/nginx"
  cat >"$DIR/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $DIR/nginx/nginx.pid;
error_log $DIR/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $DIR/nginx/body; proxy_temp_path $DIR/nginx/proxy;
  fastcgi_temp_path $DIR/nginx/fastcgi; uwsgi_temp_path $DIR/nginx/uwsgi; scgi_temp_path $DIR/nginx/scgi;
  upstream crimeledger {
    server 127.0.0.1:$APP1_PORT max_fails=1 fail_timeout=5s;
    server 127.0.0.1:$APP2_PORT max_fails=1 fail_timeout=5s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    location / {
      proxy_pass http://crimeledger;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host:$LB_PORT;
      # The client's address and scheme, honoured by the instances only from a loopback proxy
      # (server.forward-headers-strategy=native: Tomcat's RemoteIpValve and its internal proxies).
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_connect_timeout 1s;
      proxy_read_timeout 60s;
      # A request that never reached an instance goes to the other; one that did is answered 502 and the
      # client retries it with its Idempotency-Key.
      proxy_next_upstream error timeout;
    }
  }
}
CONF
  /usr/sbin/nginx -c "$DIR/nginx/nginx.conf"
}
lb_stop() { [ -f "$DIR/nginx/nginx.pid" ] && kill "$(cat "$DIR/nginx/nginx.pid")" 2>/dev/null || true; }

load_users() { # the harness's own accounts, made from the first administrator's password hash
  java -jar "$JAR" create-admin --username load.admin --password="$LOAD_PASSWORD" \
    >/dev/null 2>>"$DIR/cli.log" </dev/null || true
  psql_db <<SQL
insert into users (username, password, enabled, display_name, team)
  select u, password, true, 'Load ' || u, 'RESPONSE-A' from users, unnest(array['load.call.handler', 'load.officer',
    'load.registrar']) u where username = 'load.admin' on conflict do nothing;
insert into authorities (username, authority) values ('load.call.handler', 'ROLE_CALL_HANDLER'),
  ('load.officer', 'ROLE_OFFICER'), ('load.registrar', 'ROLE_CRIME_REGISTRAR') on conflict do nothing;
SQL
}

cluster_up() {
  require_tools
  cluster_down
  rm -rf "$DIR"; mkdir -p "$DIR"
  pg_start; db_create
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=unused
  app_start 1; app_wait 1   # the first start runs the migrations
  app_start 2; app_wait 2
  load_users
  lb_start
  log "cluster up: PostgreSQL :$PG_PORT, instances :$APP1_PORT :$APP2_PORT, nginx $LB"
}

cluster_down() {
  lb_stop
  for n in 1 2; do [ -f "$DIR/app$n.pid" ] && app_kill9 "$n"; done
  [ -d "$DIR/pg/data" ] && pg_stop immediate
  return 0
}

verify_ledger() { java -jar "$JAR" verify-ledger 2>>"$DIR/cli.log" | tail -3; }

# Acknowledged writes present, none written twice: every key the client saw acknowledged is checked in the database.
check_writes() { # check_writes OUTDIR
  local out=$1
  psql_db <<SQL
create temp table acked (kind text, key text, reference text);
\copy acked from '$out/acknowledged.csv' (format csv)
select 'acknowledged writes ' || count(*) || ' (incidents ' || count(*) filter (where kind = 'incident')
  || ', updates ' || count(*) filter (where kind = 'update') || ', decisions ' || count(*) filter (where kind = 'decision') || ')'
  from acked;
select 'acknowledged incidents missing ' || count(*) from acked a where kind = 'incident'
  and not exists (select 1 from incident i join incident_update u on u.incident_id = i.id
                  where i.reference = a.reference and u.text like 'rel-' || a.key || '%');
select 'acknowledged updates missing ' || count(*) from acked a where kind = 'update'
  and not exists (select 1 from incident_update u where u.text like 'rel-' || a.key || '%');
select 'acknowledged decisions missing ' || count(*) from acked a where kind = 'decision'
  and not exists (select 1 from recording_decision d join incident i on i.id = d.incident_id where i.reference = a.reference);
select 'incidents written twice ' || count(*) from (select substr(text, 1, 40) from incident_update
  where text like 'rel-%' group by 1 having count(*) > 1) twice;
select 'incidents with more than one crime ' || count(*) from (select incident_id from crime group by 1 having count(*) > 1) twice;
select 'rows: incidents ' || (select count(*) from incident) || ', crimes ' || (select count(*) from crime)
  || ', ledger entries ' || (select count(*) from ledger_entry);
SQL
}
