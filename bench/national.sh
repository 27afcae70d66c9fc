#!/usr/bin/env bash
# National benchmark (docs/benchmarks.md, "National runs on Apache Spark"). In one run, on a throwaway PostgreSQL
# server (port 18202), times:
#  1. the real four-month national street-level set (../shared/data/real/police-uk/all-forces, ~1.43 M rows):
#     the in-application path (crimeledger import police-uk, then crimeledger data-quality), Spark local[2] over
#     the files as published and over their Parquet export, and DuckDB (2 threads) running the same SQL files;
#  2. growth: Spark local[2] over one, two and four months of those files;
#  3. a generated force (INCIDENTS incidents over a year, default 100000): crimeledger integrity in the
#     application, its export, Spark local[2] over it and over COPIES copies of it as 43 forces (a national year
#     made of repeated generated facts), and DuckDB over the same Parquet.
# Usage: ./mvnw -q -pl application,national package -DskipTests && bench/national.sh [INCIDENTS] [COPIES]
#   (REAL=<folder> names another copy of the all-forces files)
set -euo pipefail
cd "$(dirname "$0")/.."
incidents="${1:-100000}"
copies="${2:-387}"
real="${REAL:-../shared/data/real/police-uk/all-forces}"
work=/tmp/national-bench
port=18202
jar=application/target/crimeledger.jar
spark_cp="national/target/crimeledger-national.jar:$(cat national/target/spark-classpath.txt)"
duckdb_jar="$(find ~/.m2/repository/org/duckdb/duckdb_jdbc/1.5.6.0 -name 'duckdb_jdbc-1.5.6.0.jar' | head -1)"
export SPARK_LOCAL_IP=127.0.0.1
[ -f "$jar" ] && [ -f national/target/crimeledger-national.jar ] || { echo "Build first: ./mvnw -q -pl application,national package -DskipTests" >&2; exit 1; }

rm -rf "$work" && mkdir -p "$work/pg"
as_pg=() # PostgreSQL refuses to run as root: then it runs as the postgres user
if [ "$(id -u)" = 0 ]; then chown postgres "$work/pg" && chmod 777 "$work" && as_pg=(runuser -u postgres --); fi
"${as_pg[@]}" initdb -D "$work/pg" -U postgres --auth=trust >/dev/null
"${as_pg[@]}" pg_ctl -D "$work/pg" -o "-p $port -k $work" -l "$work/pg/server.log" -w start >/dev/null
trap '"${as_pg[@]}" pg_ctl -D "$work/pg" -m fast stop >/dev/null 2>&1 || true' EXIT
psql -h localhost -p $port -U postgres -qc "create database real" -c "create database generated" postgres

timed() { # label command...: runs it, prints the wall time
  local label="$1"; shift
  local start end
  start=$(date +%s.%N)
  "$@" > "$work/$(echo "$label" | tr ' /' '__').log" 2>&1
  end=$(date +%s.%N)
  printf '%-58s %8.1f s\n' "$label" "$(echo "$end - $start" | bc)"
}
app() { SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$port/$1" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD= java -Xmx1g -jar "$jar" "${@:2}"; }
national() { java -Xmx1536m -cp "$spark_cp" org.crimeledger.national.NationalRun "$@" --master 'local[2]'; }
duck() { java -Xmx1536m -cp "$duckdb_jar" bench/NationalDuckDb.java "$@"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1); $(date -u +%FT%TZ)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -d "$real" ]; then
  rows=$(for f in "$real"/*/*-street.csv.gz; do zcat "$f" | tail -n +2; done | wc -l)
  echo "real national set: $rows street-level rows in $(ls "$real"/*/*-street.csv* | wc -l) files"
  timed "application: import police-uk (every check on)" app real import police-uk --no-progress "$real"
  timed "application: data-quality (shared SQL on PostgreSQL)" app real data-quality --output "$work/app-quality.csv"
  timed "export to Parquet (JDBC, local[2])" national export --jdbc-url "jdbc:postgresql://localhost:$port/real" \
    --user postgres --force XX --output "$work/export-real"
  timed "spark local[2]: checks over the files as published" national run --csv "$real" \
    --reference "$work/export-real/reference" --output "$work/spark-csv"
  timed "spark local[2]: checks over the Parquet export" national run --exports "$work/export-real" --output "$work/spark-parquet"
  timed "duckdb (2 threads): same SQL over the files as published" duck quality "$work/export-real/reference" "$real"
  for n in 1 2; do
    months=$(ls "$real" | head -$n | sed "s#^#$real/#")
    m_rows=$(for f in $(ls $months/*-street.csv.gz 2>/dev/null || true); do zcat "$f" | tail -n +2; done | wc -l)
    timed "spark local[2]: checks over $n month(s) ($m_rows rows)" national run --csv $months \
      --reference "$work/export-real/reference" --output "$work/spark-csv-$n"
  done
  cmp -s "$work/app-quality.csv" "$work/spark-csv/quality-findings.csv" && echo "same findings: application = Spark (files)" \
    || echo "DIFFERENT findings: application vs Spark (files)"
  cmp -s "$work/app-quality.csv" "$work/spark-parquet/quality-findings.csv" && echo "same findings: application = Spark (Parquet)" \
    || echo "DIFFERENT findings: application vs Spark (Parquet)"
  grep -h "duckdb" "$work"/duckdb*.log | tail -12
else
  echo "Skipped the real files: none at $real"
fi

start=$(date -d "$(date +%Y-%m-01) -13 months" +%F)
as_of=$(date -d "$start +11 months" +%Y-%m)
timed "application: generate $incidents incidents over a year" app generated generate --incidents "$incidents" \
  --days 365 --start "$start" --seed 2013
timed "application: integrity (24 months to $as_of)" app generated integrity --month "$as_of" --output "$work/app-integrity"
timed "export to Parquet (JDBC, local[2])" national export --jdbc-url "jdbc:postgresql://localhost:$port/generated" \
  --user postgres --force DS --output "$work/export-generated"
timed "spark local[2]: integrity over the force's export" national run --exports "$work/export-generated" --month "$as_of" \
  --output "$work/spark-integrity"
cmp -s "$work/app-integrity/integrity-findings.csv" "$work/spark-integrity/integrity-findings.csv" \
  && echo "same integrity findings: application = Spark" || echo "DIFFERENT integrity findings: application vs Spark"
# a national year: the force's facts as 43 forces, each holding COPIES/43 (rounded up) copies of them
mkdir -p "$work/national-year"
per_force=$(( (copies + 42) / 43 ))
for f in $(seq -w 1 43); do
  for table in decision_facts crime_facts month_end_facts recorded_crime_facts; do
    (cd "$work/export-generated/$table/force=DS" && find . -name '*.parquet' | while read -r file; do
      for c in $(seq 1 $per_force); do
        mkdir -p "$work/national-year/$table/force=F$f/$(dirname "$file")"
        ln "$PWD/$file" "$work/national-year/$table/force=F$f/$(dirname "$file")/c$c-$(basename "$file")"
      done
    done)
  done
done
timed "spark local[2]: integrity over 43 forces x $per_force copies" national run --exports "$work/national-year" \
  --month "$as_of" --output "$work/spark-national-year"
timed "duckdb (2 threads): same counts over 43 forces x $per_force copies" duck integrity \
  "$(date -d "$as_of-01 -23 months" +%F)" "$as_of-01" "$work/national-year"
grep -h "duckdb" "$work"/duckdb*43*.log | tail -10
grep -E "alerts|seconds" "$work/spark-national-year/run.properties"
echo "crimes in the national year (Spark's recorded-crime table): $(awk -F, 'NR > 1 {n += $NF} END {print n}' "$work/spark-national-year/recorded-crime.csv")"
echo "crimes in the generated force: $(awk -F, 'NR > 1 {n += $NF} END {print n}' "$work/spark-integrity/recorded-crime.csv")"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
