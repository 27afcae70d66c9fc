#!/usr/bin/env bash
# Generation benchmark: generate and load the synthetic force (default: a Metropolitan Police year,
# 5,000,000 incidents over 365 days, about 700,000 crimes) and, in the same run, PostgreSQL's own COPY of
# the same rows into the same tables (exported with COPY TO, then loaded back with COPY FROM in a
# transaction that is rolled back). Prints rows a second for both and their ratio; the goal is at least 0.5.
# Ledger adoption is timed separately and is not in either rate. Builds nothing. Usage:
#   ./mvnw -q package -DskipTests && bench/generate.sh [incidents] [days]
#   DATABASE_URL=jdbc:postgresql://localhost:5432/empty_db DATABASE_USERNAME=u DATABASE_PASSWORD=p bench/generate.sh
# With DATABASE_URL the database must be empty (migrations run on start); otherwise a throwaway embedded
# PostgreSQL is used. JAVA_OPTS passes options to the JVM; JAR names another build of the jar. Needs several GB
# of free disk per million incidents: the database with its ledger, plus a CSV export of about 1 GB per million.
set -euo pipefail
cd "$(dirname "$0")/.."
incidents="${1:-5000000}"
days="${2:-365}"
jar="${JAR:-application/target/crimeledger.jar}"
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -q package -DskipTests" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
arguments=(generate --incidents "$incidents" --days "$days" --compare-with-copy)
started=$(date +%s)
if [ -n "${DATABASE_URL:-}" ]; then
  echo "database: PostgreSQL server at $DATABASE_URL"
  SPRING_DATASOURCE_URL="$DATABASE_URL" SPRING_DATASOURCE_USERNAME="${DATABASE_USERNAME:-}" \
    SPRING_DATASOURCE_PASSWORD="${DATABASE_PASSWORD:-}" \
    java ${JAVA_OPTS:-} -Djava.io.tmpdir="$work" -jar "$jar" "${arguments[@]}"
else
  echo "database: embedded PostgreSQL in $work/postgres"
  (unset SPRING_DATASOURCE_URL; java ${JAVA_OPTS:-} -Djava.io.tmpdir="$work" -jar "$jar" "${arguments[@]}" \
    --data-dir "$work/postgres")
fi
echo "wall clock, including start-up, migrations and ledger adoption: $(( $(date +%s) - started )) s"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
