#!/usr/bin/env bash
# Rules benchmark: the Crime Recording Rules catalogue over the synthetic force (default: a Metropolitan Police year,
# 5,000,000 incidents over 365 days). Generates the force into a throwaway embedded PostgreSQL (or reuses one named by
# DATA_DIR), then in one JVM (org.crimeledger.compliance.RulesBenchmark, test classpath): the in-application batch over
# the database, the export of the same records as an interchange extract, the whole catalogue over that extract
# (wall time, records a second), and, in the same run, the representative rules (timeliness, one crime per victim,
# cancellation authority) in our engine and as hand-written DuckDB SQL over the same CSV files, with their ratio.
# Usage:
#   ./mvnw -q package -DskipTests && bench/rules.sh [incidents] [days]
#   DATA_DIR=/path/to/generated/postgres bench/rules.sh        # skip generation, reuse a generated database
# NO_BATCH=1 leaves out the in-application batch. JAVA_OPTS passes options to the benchmark JVM.
# REUSE_EXTRACT=<folder> checks an extract exported before (no database is started); TILES=N checks the extract
# written N times over with distinct references (ExtractTiles), for sizes the generator cannot reach in time.
set -euo pipefail
cd "$(dirname "$0")/.."
incidents="${1:-5000000}"
days="${2:-365}"
[ -f application/target/crimeledger.jar ] || { echo "Build the jar first: ./mvnw -q package -DskipTests" >&2; exit 1; }
./mvnw -q -pl application test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/application/target/bench-classpath.txt" >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1); $(date -u +%F)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
data="${DATA_DIR:-}"
if [ -z "$data" ] && [ -z "${REUSE_EXTRACT:-}" ]; then
  data="$work/postgres"
  started=$(date +%s)
  java -jar application/target/crimeledger.jar generate --incidents "$incidents" --days "$days" --data-dir "$data" | grep -v INFO
  echo "generation (not part of the benchmark): $(( $(date +%s) - started )) s"
fi
java ${JAVA_OPTS:--Xmx8g} -Djava.io.tmpdir="$work" \
  -cp "application/target/classes:application/target/test-classes:$(cat application/target/bench-classpath.txt)" \
  org.crimeledger.compliance.RulesBenchmark "$data" "${REUSE_EXTRACT:-$work/extract}" ${NO_BATCH:+--no-batch} \
  ${REUSE_EXTRACT:+--reuse-extract} ${TILES:+--tiles "$TILES"} 2>&1 | grep -v ' INFO '
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
