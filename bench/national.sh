#!/usr/bin/env bash
# National benchmark (docs/benchmarks.md, "National runs on Apache Spark"). In one run, on a throwaway PostgreSQL
# server (PORT, default 18202), times:
#  1. the real four-month national street-level set (../shared/data/real/police-uk/all-forces, ~1.43 M rows):
#     the in-application path (crimeledger import police-uk, then crimeledger data-quality), the export to Parquet,
#     Spark local[2] over the files as published and over their Parquet export, and DuckDB (2 threads) running the
#     same SQL files over the same files;
#  2. growth: Spark local[2] over one, two and (from 1.) four months of those files;
#  3. the national generated year: a generated force (INCIDENTS incidents over a year, default 50000: about 6,500 crimes) through
#     crimeledger integrity in the application, its export and Spark over that export; then 43 forces (FORCES) made
#     of 43 x COPIES (default 20) copies of that force's facts (bench/NationalDuckDb.java replicate: forces of unequal
#     size and practice, each copy with its own teams and 0-10% of its rows left out), through Spark local[2], DuckDB
#     (2 threads) and the in-application path at full size: the facts copied into PostgreSQL (COPY), then
#     crimeledger integrity --facts over them (the application's own counting and tests, every force at once).
# Every line gives the wall time, the CPU-seconds of the process (user + system, children included) and those of
# the PostgreSQL server, and the load average (1 minute) when it ended.
# Usage: ./mvnw -q -pl application,national package -DskipTests && bench/national.sh [INCIDENTS] [COPIES]
#   FORCES (default 43) the number of forces; REAL=<folder> names another copy of the all-forces files; PORT and WORK (default /tmp/national-bench) too;
#   JAR and NATIONAL_JAR name the two jars when not those in target/ (for example copies, while a build runs).
set -euo pipefail
cd "$(dirname "$0")/.."
incidents="${1:-50000}"
copies="${2:-20}"
forces="${FORCES:-43}"
real="${REAL:-../shared/data/real/police-uk/all-forces}"
work="${WORK:-/tmp/national-bench}"
port="${PORT:-18202}"
jar="${JAR:-application/target/crimeledger.jar}"
national_jar="${NATIONAL_JAR:-national/target/crimeledger-national.jar}"
spark_cp="$national_jar:$(cat national/target/spark-classpath.txt)"
duckdb_jar="$(find ~/.m2/repository/org/duckdb/duckdb_jdbc/1.5.6.0 -name 'duckdb_jdbc-1.5.6.0.jar' | head -1)"
export SPARK_LOCAL_IP=127.0.0.1
[ -f "$jar" ] && [ -f "$national_jar" ] || { echo "Build first: ./mvnw -q -pl application,national package -DskipTests" >&2; exit 1; }

rm -rf "$work" && mkdir -p "$work/pg"
as_pg=() # PostgreSQL refuses to run as root: then it runs as the postgres user
if [ "$(id -u)" = 0 ]; then chown postgres "$work/pg" && chmod 777 "$work" && as_pg=(runuser -u postgres --); fi
"${as_pg[@]}" initdb -D "$work/pg" -U postgres --auth=trust >/dev/null
"${as_pg[@]}" pg_ctl -D "$work/pg" -o "-p $port -k $work" -l "$work/pg/server.log" -w start >/dev/null
trap '"${as_pg[@]}" pg_ctl -D "$work/pg" -m fast stop >/dev/null 2>&1 || true' EXIT
psql -h localhost -p $port -U postgres -qc "create database real" -c "create database generated" postgres
postmaster=$(head -1 "$work/pg/postmaster.pid")
ticks=$(getconf CLK_TCK)

pg_cpu() { # CPU-seconds used so far by the PostgreSQL server: its processes and those that have ended
  local total=0 pid
  for pid in $postmaster $(pgrep -P "$postmaster" || true); do
    total=$(( total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
  done
  echo $(( total + $(awk '{print $16 + $17}' "/proc/$postmaster/stat") ))
}
timed() { # label command...: runs it; prints wall time, its CPU-seconds, PostgreSQL's, the load at the end
  local label="$1"; shift
  local log="$work/$(echo "$label" | tr -c 'A-Za-z0-9\n' '_').log" pg_before pg_after
  pg_before=$(pg_cpu)
  local TIMEFORMAT="%R %U %S" # bash's own time: the command's children (and their children) included
  { time "$@" > "$log" 2>&1 || { echo "FAILED: $label (see $log)"; tail -5 "$log"; exit 1; }; } 2> "$work/time"
  pg_after=$(pg_cpu)
  read -r wall user sys < <(tail -1 "$work/time")
  printf '%-62s %8.1f s %8.1f CPU-s  PostgreSQL %6.1f CPU-s  load %s\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" \
    "$(echo "($pg_after - $pg_before) / $ticks" | bc -l)" "$(cut -d' ' -f1 /proc/loadavg)"
  echo "$wall $(echo "$user + $sys" | bc)" > "$work/last"
}
app() { SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$port/$1" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD= java -Xmx1g -jar "$jar" "${@:2}"; }
national() { java -Xmx1536m -cp "$spark_cp" org.crimeledger.national.NationalRun "$@" --master 'local[2]'; }
duck() { java -Xmx1536m -cp "$duckdb_jar" bench/NationalDuckDb.java "$@"; }
per_core() { # rows: rows per CPU-second of the last timed line
  awk -v rows="$1" '{printf "%.0f rows per CPU-second (%.0f rows/s wall)", rows / $2, rows / $1}' "$work/last"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1); $(date -u +%FT%TZ)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -d "$real" ]; then
  rows=$(for f in "$real"/*/*-street.csv*; do zcat -f "$f" | tail -n +2; done | wc -l)
  echo "real national set: $rows street-level rows in $(ls "$real"/*/*-street.csv* | wc -l) files"
  timed "application: import police-uk (every check on)" app real import police-uk --no-progress "$real"
  timed "application: data-quality (shared SQL on PostgreSQL)" app real data-quality --output "$work/app-quality.csv"
  timed "export to Parquet (JDBC, local[2])" national export --jdbc-url "jdbc:postgresql://localhost:$port/real" \
    --user postgres --force XX --output "$work/export-real"
  timed "spark local[2]: checks over the files as published" national run --csv "$real" \
    --reference "$work/export-real/reference" --output "$work/spark-csv"
  echo "  4 months: $(per_core "$rows")"
  timed "spark local[2]: checks over the Parquet export" national run --exports "$work/export-real" --output "$work/spark-parquet"
  timed "duckdb (2 threads): same SQL over the files as published" duck quality "$work/export-real/reference" "$real"
  grep -h "^duckdb" "$work"/duckdb*.log | sed 's/^/  /'
  for n in 1 2; do
    months=$(ls "$real" | head -$n | sed "s#^#$real/#")
    m_rows=$(for m in $months; do for f in "$m"/*-street.csv*; do zcat -f "$f" | tail -n +2; done; done | wc -l)
    timed "spark local[2]: checks over $n month(s) ($m_rows rows)" national run --csv $months \
      --reference "$work/export-real/reference" --output "$work/spark-csv-$n"
    echo "  $n month(s): $(per_core "$m_rows")"
  done
  cmp -s "$work/app-quality.csv" "$work/spark-csv/quality-findings.csv" && echo "same findings: application = Spark (files)" \
    || echo "DIFFERENT findings: application vs Spark (files)"
  cmp -s "$work/app-quality.csv" "$work/spark-parquet/quality-findings.csv" && echo "same findings: application = Spark (Parquet)" \
    || echo "DIFFERENT findings: application vs Spark (Parquet)"
  echo "findings: $(($(wc -l < "$work/app-quality.csv") - 1))"
else
  echo "Skipped the real files: none at $real"
fi

start=$(date -d "$(date +%Y-%m-01) -13 months" +%F)
as_of=$(date -d "$start +11 months" +%Y-%m)
first=$(date -d "$as_of-01 -23 months" +%F)
timed "application: generate $incidents incidents over a year" app generated generate --incidents "$incidents" \
  --days 365 --start "$start" --seed 2013
integrity() { app generated integrity "$@" || [ $? -eq 3 ]; } # exit status 3: the run found alerts
timed "application: integrity (24 months to $as_of)" integrity --month "$as_of" --output "$work/app-integrity"
timed "export to Parquet (JDBC, local[2]): the generated force" national export --jdbc-url "jdbc:postgresql://localhost:$port/generated" \
  --user postgres --force DS --output "$work/export-generated"
timed "spark local[2]: integrity over the force's export" national run --exports "$work/export-generated" --month "$as_of" \
  --output "$work/spark-integrity"
cmp -s "$work/app-integrity/integrity-findings.csv" "$work/spark-integrity/integrity-findings.csv" \
  && echo "same integrity findings: application = Spark" || echo "DIFFERENT integrity findings: application vs Spark"
psql -h localhost -p $port -U postgres -Atc "select 'generated force: ' || (select count(*) from incident) || ' incidents, '
  || (select count(*) from recording_decision) || ' decisions, ' || (select count(*) from crime) || ' crimes'" generated

timed "duckdb: build the national year ($forces forces of unequal size, ~$((forces * copies)) copies)" duck replicate "$work/export-generated" \
  "$forces" "$copies" "$work/national-year"
grep -h "^duckdb replicate" "$work"/duckdb__build*.log | sed 's/^/  /'
facts=$(grep -h "^duckdb replicate .* rows " "$work"/duckdb__build*.log | awk '{gsub(",", "", $4); n += $4} END {print n}')
timed "spark local[2]: integrity over the national year" national run --exports "$work/national-year" \
  --reference "$work/export-generated/reference" --month "$as_of" --output "$work/spark-national-year"
echo "  $(per_core "$facts") ($facts facts rows)"
timed "duckdb (2 threads): same SQL over the national year" duck integrity "$first" "$as_of-01" "$work/national-year"
grep -h "^duckdb" "$work"/duckdb__2_threads___same_SQL_over_the_national*.log | sed 's/^/  /'
grep -E "alerts|forces|seconds" "$work/spark-national-year/run.properties" | cut -c1-120
timed "duckdb: the national year's facts as CSV for PostgreSQL" duck postgres "$work/national-year" national_year \
  "$work/national-csv"
copy_facts() { # the CSV files into the tables tables.sql makes, then statistics for the planner
  psql -h localhost -p $port -U postgres -v ON_ERROR_STOP=1 -qf "$work/national-csv/tables.sql" generated
  for file in "$work"/national-csv/*.csv; do
    psql -h localhost -p $port -U postgres -v ON_ERROR_STOP=1 -qc \
      "\\copy national_year.$(basename "$file" .csv) from '$file' csv" generated
  done
  psql -h localhost -p $port -U postgres -v ON_ERROR_STOP=1 -qc "analyze" generated
}
timed "PostgreSQL: COPY the national year's facts ($facts rows)" copy_facts
timed "application: integrity over the national year (PostgreSQL)" integrity --facts national_year --month "$as_of" \
  --output "$work/app-national-year"
echo "  $(per_core "$facts") ($facts facts rows; the JVM's CPU-seconds, PostgreSQL's on the line)"
grep -h "^Integrity signatures of" "$work"/application__integrity_over_the_national_year*.log | sed 's/^/  /'
for file in integrity-findings.csv integrity-teams.csv; do
  cmp -s "$work/app-national-year/$file" "$work/spark-national-year/$file" \
    && echo "same $file: application = Spark (national year)" || echo "DIFFERENT $file: application vs Spark (national year)"
done
echo "crimes in the national year (Spark's recorded-crime table, cancelled and transferred left out):" \
  "$(awk -F, 'NR > 1 {n += $NF} END {print n}' "$work/spark-national-year/recorded-crime.csv")"
echo "crimes in the generated force (the same table): $(awk -F, 'NR > 1 {n += $NF} END {print n}' "$work/spark-integrity/recorded-crime.csv")"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
