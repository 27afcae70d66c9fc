#!/usr/bin/env bash
# data.police.uk import benchmark: imports the four-month national street-level set (about 1.43 million rows in
# 162 gzipped files under ../shared/data/real/police-uk/all-forces) with every check on, into a throwaway embedded
# PostgreSQL, and in the same run times (a) PostgreSQL's COPY of the same rows, decompressed beforehand, into a bare
# table on the same server and (b) DuckDB reading the same gzipped files. Prints rows a second, the ratios and the
# import's peak heap under -Xmx512m, with the CPU-seconds of the importing JVM and of the PostgreSQL server for each
# timed step (CPU time moves far less with a shared machine's load than wall time). Goal: at least 0.7 of COPY's rate,
# heap under 512 MB. JAVA_OPTS=-Dbench.autovacuum=off turns autovacuum off (a diagnosis run, not the figure). Usage:
#   ./mvnw -q test-compile && bench/import-police-uk.sh [folder]
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-../shared/data/real/police-uk/all-forces}"
[ -d "$folder" ] || { echo "Skipped: no data.police.uk files at $folder" >&2; exit 0; }
[ -d application/target/test-classes ] || { echo "Compile first: ./mvnw -q test-compile" >&2; exit 1; }
./mvnw -q -pl application dependency:build-classpath -Dmdep.outputFile="$PWD/application/target/bench-classpath.txt" -Dmdep.includeScope=test >/dev/null
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1); $(date -u +%F)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx512m ${JAVA_OPTS:-} -cp "application/target/classes:application/target/test-classes:$(cat application/target/bench-classpath.txt)" \
  org.crimeledger.exchange.ImportBench "$folder"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
