#!/usr/bin/env bash
# Audit benchmark, run on demand (never by ./mvnw verify):
#  1. plan and draw a seeded sample from a population of 5,000,000 incident identifiers
#     (`crimeledger audit plan` and `crimeledger audit sample` reading a 5-million-line file), against
#     coreutils `shuf -n` drawing the same number of lines from the same file in the same run;
#  2. estimates from 2,000 reviewed incidents with a 2,000-resample bootstrap over incidents
#     (`crimeledger audit estimate --bootstrap 2000`), against the same estimate without the bootstrap.
# Times are wall clock including JVM start. Usage:
#   ./mvnw -q package -DskipTests && bench/audit.sh [population] [reviewed] [resamples]
set -euo pipefail
cd "$(dirname "$0")/.."
population="${1:-5000000}"
reviewed="${2:-2000}"
resamples="${3:-2000}"
jar="${JAR:-application/target/crimeledger.jar}"
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -q package -DskipTests" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
seq 1 "$population" > "$work/population.csv"
echo "population file: $population incident identifiers"

started=$(now)
java -jar "$jar" audit plan --population "$population" --precision 2 --expected-rate 85 \
  --design-effect 1.1 --crimes-per-incident 0.85 > "$work/plan.txt"
plan_seconds=$(since "$started")
size=$(sed -n 's/^Sample size: \([0-9]*\) incidents.*/\1/p' "$work/plan.txt")
echo "audit plan:   ${plan_seconds} s -> $size incidents"

started=$(now)
java -jar "$jar" audit sample --population-file "$work/population.csv" --size "$size" --seed 20260601 > "$work/sample.csv"
sample_seconds=$(since "$started")
echo "audit sample: ${sample_seconds} s -> $(($(wc -l < "$work/sample.csv") - 1)) incidents drawn"
started=$(now)
java -jar "$jar" audit sample --population-file "$work/population.csv" --size "$size" --seed 20260601 > "$work/again.csv"
cmp -s "$work/sample.csv" "$work/again.csv" && echo "same seed, same sample: yes ($(since "$started") s)" || echo "same seed, same sample: NO"

started=$(now)
shuf -n "$size" --random-source=<(yes) "$work/population.csv" > "$work/shuf.csv"
echo "baseline, shuf -n $size of the same file: $(since "$started") s"

awk -v n="$reviewed" 'BEGIN { srand(7); print "incident_id,should_have_been_recorded,recorded";
  for (i = 1; i <= n; i++) { s = 1 + int(rand() * 3); r = 0; for (c = 0; c < s; c++) if (rand() < 0.85) r++;
  print i "," s "," r } }' > "$work/judgements.csv"

started=$(now)
java -jar "$jar" audit estimate --judgements "$work/judgements.csv" --population "$population" \
  --recorded-crime 120000 > "$work/estimate.txt"
echo "baseline, estimate without bootstrap ($reviewed incidents): $(since "$started") s"
started=$(now)
java -jar "$jar" audit estimate --judgements "$work/judgements.csv" --population "$population" \
  --recorded-crime 120000 --bootstrap "$resamples" --seed 11 > "$work/bootstrap.txt"
echo "estimate with a $resamples-resample bootstrap over $reviewed incidents: $(since "$started") s"
grep -E "Crime-recording rate|Bootstrap|Unrecorded" "$work/bootstrap.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
