#!/usr/bin/env bash
# The national job on a Spark standalone cluster on this machine (docs/scale-out.md, "On a cluster, measured"): a
# master and two workers of one core each, on loopback, each a plain JVM on the national jar's Spark class path, and
# the job submitted with spark-submit's own class (org.apache.spark.deploy.SparkSubmit) in client mode. Runs the same
# job in local[2] first, then on the cluster, and requires the same output files, byte for byte.
# Usage: ./mvnw -q -pl application,national package -DskipTests && bench/national-cluster.sh [RUN ARGUMENTS...]
#   RUN ARGUMENTS are NationalRun's (default: --exports /tmp/national-bench/national-year --reference
#   /tmp/national-bench/export-generated/reference, the national year
#   bench/national.sh builds), without --master and --output.
#   PORT (default 18116) is the master's; the workers, the driver and the block managers use the 13 ports after it.
#   WORK (default /tmp/national-cluster), WORKER_MEMORY (default 1g per worker), EXECUTOR_MEMORY (default 768m).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-18116}"
work="${WORK:-/tmp/national-cluster}"
national_jar="${NATIONAL_JAR:-national/target/crimeledger-national.jar}"
[ -f "$national_jar" ] || { echo "Build first: ./mvnw -q -pl application,national package -DskipTests" >&2; exit 1; }
[ $# -gt 0 ] || set -- --exports /tmp/national-bench/national-year --reference /tmp/national-bench/export-generated/reference
export SPARK_LOCAL_IP=127.0.0.1 SPARK_SCALA_VERSION=2.13

rm -rf "$work" && mkdir -p "$work/spark-home/jars" "$work/conf"
# A Spark home whose jars/ is the national module's Spark class path: the worker builds each executor's class path
# from SPARK_HOME/jars, as in a Spark distribution; the job's own jar reaches the executors from the driver.
tr ':' '\n' < national/target/spark-classpath.txt | while read -r jar; do ln -s "$jar" "$work/spark-home/jars/"; done
# Spark's own dependencies that the module's build resolves as compile scope (commons-io and commons-codec, through
# commons-csv; commons-math3) are in the shaded jar, not in that class path: a worker needs them before it loads the
# job's jar, so their jars from the local Maven repository join the Spark home, as a distribution ships them.
for properties in $(unzip -Z1 "$national_jar" 'META-INF/maven/*/pom.properties' | grep -v org.crimeledger); do
  eval "$(unzip -p "$national_jar" "$properties" | grep -E '^(groupId|artifactId|version)=')"
  ln -sf "$HOME/.m2/repository/${groupId//.//}/$artifactId/$version/$artifactId-$version.jar" "$work/spark-home/jars/"
done
export SPARK_HOME="$work/spark-home"
spark_cp="$SPARK_HOME/jars/*"

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT
cpu() { # CPU-seconds so far of a process and its ended children (a worker's executors)
  awk -v ticks="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15 + $16 + $17) / ticks}' "/proc/$1/stat"; }

java -Xmx256m -cp "$spark_cp" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" \
  --webui-port $((port + 1)) > "$work/master.log" 2>&1 &
pids+=($!)
for n in 1 2; do
  java -Xmx256m -cp "$spark_cp" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port $((port + 2 * n)) \
    --webui-port $((port + 2 * n + 1)) --cores 1 --memory "${WORKER_MEMORY:-1g}" --work-dir "$work/worker$n" \
    "spark://127.0.0.1:$port" > "$work/worker$n.log" 2>&1 &
  pids+=($!)
done
workers=("${pids[1]}" "${pids[2]}")
for _ in $(seq 120); do
  [ "$(grep -l "Successfully registered with master" "$work"/worker*.log 2>/dev/null | wc -l)" = 2 ] && break
  sleep 1
done
[ "$(grep -l "Successfully registered with master" "$work"/worker*.log | wc -l)" = 2 ] \
  || { echo "The workers did not register: see $work/*.log" >&2; exit 1; }
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)"
echo "cluster: master spark://127.0.0.1:$port, 2 workers of 1 core and ${WORKER_MEMORY:-1g}"

timed() { # label command...: wall time and the command's own CPU-seconds (its children included)
  local label="$1"; shift
  local TIMEFORMAT="%R %U %S"
  { time "$@" > "$work/$label.log" 2>&1 || { echo "FAILED: $label (see $work/$label.log)"; tail -5 "$work/$label.log"; exit 1; }; } 2> "$work/time"
  read -r wall user sys < <(tail -1 "$work/time")
  printf '%-34s %8.1f s %8.1f CPU-s (driver JVM)' "$label" "$wall" "$(echo "$user + $sys" | bc)"
}
timed "local[2]" java -Xmx1536m -cp "$national_jar:$(cat national/target/spark-classpath.txt)" \
  org.crimeledger.national.NationalRun run "$@" --output "$work/local" --master 'local[2]'
echo
before=$(( $(cpu "${workers[0]}" | tr -d .) + $(cpu "${workers[1]}" | tr -d .) ))
timed "cluster: 2 executors of 1 core" java -Xmx1536m -cp "$national_jar:$spark_cp" org.apache.spark.deploy.SparkSubmit \
  --master "spark://127.0.0.1:$port" --deploy-mode client --class org.crimeledger.national.NationalRun \
  --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
  --conf spark.driver.port=$((port + 6)) --conf spark.driver.blockManager.port=$((port + 7)) \
  --conf spark.blockManager.port=$((port + 8)) --conf spark.port.maxRetries=4 --conf spark.ui.enabled=false \
  --conf spark.executor.cores=1 --conf spark.cores.max=2 --conf spark.executor.memory="${EXECUTOR_MEMORY:-768m}" \
  --conf spark.sql.shuffle.partitions=8 \
  "$national_jar" run "$@" --output "$work/cluster"
sleep 2 # the executors end after the driver; their CPU reaches the workers when they have
after=$(( $(cpu "${workers[0]}" | tr -d .) + $(cpu "${workers[1]}" | tr -d .) ))
echo "; workers and executors $(echo "($after - $before) / 10" | bc -l | xargs printf '%.1f') CPU-s"
executors=$(find "$work"/worker*/ -name stderr | wc -l)
echo "executors that ran: $executors ($(ls -d "$work"/worker*/app-* 2>/dev/null | wc -l) application folders)"

same=yes
for file in "$work"/local/*.csv; do
  if cmp -s "$file" "$work/cluster/$(basename "$file")"; then
    echo "same $(basename "$file"): local[2] = cluster ($(($(wc -l < "$file") - 1)) rows)"
  else
    echo "DIFFERENT $(basename "$file"): local[2] vs cluster"; same=no
  fi
done
grep -E "alerts|forces|seconds" "$work/local/run.properties" "$work/cluster/run.properties" | cut -c1-140
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$same" = yes ]
