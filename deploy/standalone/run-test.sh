#!/usr/bin/env bash
# deploy/standalone/run-test.sh — ingest and bench on a real standalone Spark cluster (a master and two
# workers on 127.0.0.1, one core each) that loses a worker mid-ingest, then the same jobs on local[*]:
# every lake table and every benchmark table must be equal.
#
# Exit 0 when they are; 1 when a table differs (named on stderr); 2 when the cluster could not be set
# up, a job failed or the kill came too late. Every process it starts is stopped by pid on exit.
# Environment: STANDALONE_STATIONS (default 500: × 2 contract years ≈ 2,100 reports),
#              STANDALONE_KEEP=1 keeps the work folder (logs, corpus, lakes, event log) after a pass,
#              STANDALONE_JOB_TIMEOUT (default 1500 s) for each of the four jobs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"

stations="${STANDALONE_STATIONS:-500}"
work="$(mktemp -d "${TMPDIR:-/tmp}/stations-standalone.XXXXXX")"
jar="$here/jobs/target/stations-cluster.jar"
export SPARK_HOME="$here/deploy/standalone/spark-home/target/spark-home"
# A worker starts executors through Spark's launcher, which takes Scala's version from here or else
# from a Spark source tree (launcher/target/scala-2.13): without either, "Cannot find any build directories".
export SPARK_SCALA_VERSION=2.13
export SPARK_LOCAL_IP=127.0.0.1          # master, workers, executors and drivers bind loopback only
export SPARK_CONF_DIR="$work/conf"       # no spark-defaults.conf of the machine's own Spark
jvm_options="$(sed -n 's/^jvm.options=//p' "$here/jvm.properties")"

started=()        # pid of every JVM started in the background
declare -A worker_pid
passed=""

say() { printf 'standalone: %s\n' "$*"; }
fail() { say "$2" >&2; exit "$1"; }
clock() { date +%s; }

# a worker's executors are its child processes
children() { cat /proc/"$1"/task/*/children 2>/dev/null || true; }

# forget PID…: processes that ended are dropped from the list, so that their pids, free for reuse, are never signalled
forget() {
  local keep=() p
  for p in "${started[@]}"; do [[ " $* " == *" $p "* ]] || keep+=("$p"); done
  started=("${keep[@]}")
}

stop_all() {
  local pid all=() left=()
  for pid in "${started[@]}"; do
    # shellcheck disable=SC2207
    all+=($(children "$pid") "$pid")
  done
  for pid in "${all[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 30); do
    left=()
    for pid in "${all[@]}"; do kill -0 "$pid" 2>/dev/null && left+=("$pid"); done
    [ ${#left[@]} -eq 0 ] && break
    sleep 0.5
  done
  for pid in "${left[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  if [ -n "$passed" ] && [ "${STANDALONE_KEEP:-}" != 1 ]; then
    rm -rf "$work"
  else
    say "logs, corpus and lakes kept in $work" >&2
  fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# wait_for FILE PATTERN COUNT SECONDS PID WHAT: until FILE has COUNT lines with PATTERN, while PID lives
wait_for() {
  local file=$1 pattern=$2 count=$3 end=$((SECONDS + $4)) pid=$5 what=$6 n
  while :; do
    n="$(grep -c -- "$pattern" "$file" 2>/dev/null || true)"
    [ "${n:-0}" -ge "$count" ] && return 0
    kill -0 "$pid" 2>/dev/null || fail 2 "$what: its process ended (see $file)"
    [ "$SECONDS" -lt "$end" ] || fail 2 "$what: not within $4 s (see $file)"
    sleep 0.5
  done
}

# submit NAME MASTER COMMAND…: the cluster jar under SparkSubmit, in the background (pid in $driver);
# Delta's extension and catalog are set by the jar itself (SparkSessions), so no --conf names them.
# With $events set, Spark's event log (plain JSON lines) goes there: what the job lost and retried.
submit() {
  local name=$1 master=$2 logging=()
  shift 2
  if [ -n "${events:-}" ]; then
    mkdir -p "$events"
    logging=(--conf spark.eventLog.enabled=true --conf spark.eventLog.dir="file://$events"
      --conf spark.eventLog.compress=false --conf spark.eventLog.rolling.enabled=false)
  fi
  # shellcheck disable=SC2086
  java $jvm_options -Xmx2g -cp "$SPARK_HOME/jars/*:$jar" org.apache.spark.deploy.SparkSubmit \
    --master "$master" --name "stations $name" \
    --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
    --conf spark.executor.memory=1g "${logging[@]}" \
    --class org.stations.cli.Main "$jar" "$@" >"$work/$name.out" 2>"$work/$name.err" &
  driver=$!
  started+=("$driver")
}

# finish NAME: waits for the driver started by submit; a failed job, or one that waits longer than
# STANDALONE_JOB_TIMEOUT (default 1500 s) for executors that never come, stops the test
finish() {
  local rc=0 end=$((SECONDS + ${STANDALONE_JOB_TIMEOUT:-1500}))
  while kill -0 "$driver" 2>/dev/null; do
    if [ "$SECONDS" -ge "$end" ]; then
      kill -KILL "$driver" 2>/dev/null || true
      fail 2 "$1 did not end within ${STANDALONE_JOB_TIMEOUT:-1500} s (log: $work/$1.err)"
    fi
    sleep 1
  done
  wait "$driver" || rc=$?
  forget "$driver"
  if [ "$rc" -ne 0 ]; then
    tr '\r' '\n' <"$work/$1.err" | grep -v 'files read$' | tail -n 15 >&2
    fail 2 "$1 failed with exit $rc (log: $work/$1.err)"
  fi
}

# --- 1. the cluster jar and a Spark home built from the project's own Maven dependencies -----------------
t_start=$(clock)
say "building the cluster jar and a Spark home (work folder $work) …"
mvn -B -q -Pcluster -DskipTests package >"$work/build.log" 2>&1 \
  || { tail -n 30 "$work/build.log" >&2; fail 2 "the cluster jar did not build (log: $work/build.log)"; }
rm -rf "$SPARK_HOME" && mkdir -p "$SPARK_HOME" "$SPARK_CONF_DIR"
mvn -B -q -f deploy/standalone/spark-home/pom.xml dependency:copy-dependencies \
  -DoutputDirectory="$SPARK_HOME/jars" >"$work/spark-home.log" 2>&1 \
  || { tail -n 30 "$work/spark-home.log" >&2; fail 2 "Spark's jars were not resolved (log: $work/spark-home.log)"; }
say "cluster jar $(du -m "$jar" | cut -f1) MB; Spark home $(find "$SPARK_HOME/jars" -name '*.jar' | wc -l) jars ($(($(clock) - t_start)) s)"
t0=$(clock)

# --- 2. a master and two workers on 127.0.0.1, ports chosen by the system (port 0) ------------------------
# shellcheck disable=SC2086
java $jvm_options -Xmx256m -Dspark.master.rest.enabled=false -cp "$SPARK_HOME/jars/*" \
  org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0 >"$work/master.log" 2>&1 &
master_pid=$!
started+=("$master_pid")
disown "$master_pid"   # stopped by stop_all, no job notice
wait_for "$work/master.log" 'Starting Spark master at spark://' 1 120 "$master_pid" "the master"
master_url="$(grep -o 'spark://127\.0\.0\.1:[0-9]*' "$work/master.log" | head -n 1)"
for i in 1 2; do
  mkdir -p "$work/worker-$i"
  # shellcheck disable=SC2086
  java $jvm_options -Xmx256m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --port 0 --webui-port 0 --cores 1 --memory 1g --work-dir "$work/worker-$i" \
    "$master_url" >"$work/worker-$i.log" 2>&1 &
  worker_pid[$i]=$!
  started+=("$!")
  disown "$!"
done
wait_for "$work/master.log" 'Registering worker ' 2 180 "$master_pid" "two workers registering with the master"
say "master $master_url (pid $master_pid), workers pid ${worker_pid[1]} and ${worker_pid[2]}: 1 core, 1 GB each ($(($(clock) - t0)) s)"
t0=$(clock)

# --- 3. a synthetic corpus ---------------------------------------------------------------------------------
# shellcheck disable=SC2086
java $jvm_options -cp "$SPARK_HOME/jars/*:$jar" org.stations.cli.Main generate --stations "$stations" --years 2 \
  --out "$work/corpus" >"$work/generate.log" 2>&1 || fail 2 "generate failed (log: $work/generate.log)"
reports="$(find "$work/corpus/reports" -type f | wc -l)"
say "generated $reports reports ($stations stations × 2 years, $(($(clock) - t0)) s)"

# --- 4. ingest on the cluster; worker 2 killed while its executor runs a task ------------------------------
t0=$(clock)
events="$work/events" submit ingest-cluster "$master_url" ingest --input "$work/corpus/reports" --lake "$work/lake-cluster"
killed=""
while kill -0 "$driver" 2>/dev/null; do
  executor_log="$(find "$work/worker-2" -path '*/app-*/*' -name stderr 2>/dev/null | head -n 1)"
  if [ -n "$executor_log" ]; then
    running="$(grep -c 'Running task' "$executor_log" || true)"
    finished="$(grep -c 'Finished task' "$executor_log" || true)"
    # once the executor holds a finished task's output (lost with it) and runs another (retried elsewhere)
    if [ "$finished" -ge 1 ] && [ "$running" -gt "$finished" ]; then
      # the worker and its executor together, as when a machine is lost
      victims="$(echo "${worker_pid[2]}" $(children "${worker_pid[2]}"))"
      # shellcheck disable=SC2086
      kill -KILL $victims 2>/dev/null || true
      # shellcheck disable=SC2086
      forget $victims
      killed_after=$(($(clock) - t0))
      task="$(grep 'Running task' "$executor_log" | tail -n 1 | sed 's/.*Running //')"
      progress="$(tr '\r' '\n' <"$work/ingest-cluster.err" | grep 'files read$' | tail -n 1 || true)"
      killed="worker 2 and its executor (pids $victims) SIGKILLed ${killed_after} s into ingest, running $task; driver: ${progress:-no file read yet}"
      say "$killed"
      break
    fi
  fi
  sleep 0.2
done
[ -n "$killed" ] || fail 2 "ingest ended before worker 2's executor ran a second task: nothing was killed (a larger STANDALONE_STATIONS gives it time)"
finish ingest-cluster
t_ingest_cluster=$(($(clock) - t0))
ingest_line="$(grep '^ingest: ' "$work/ingest-cluster.out" || true)"
[ -n "$ingest_line" ] || fail 2 "cluster ingest printed no closing line (log: $work/ingest-cluster.out)"
say "cluster $ingest_line (${t_ingest_cluster} s)"

# what the job went through, from its event log
event_log="$(find "$work/events" -type f ! -name '.*' | head -n 1)"
lost_executors="$(grep -c '"Event":"SparkListenerExecutorRemoved"' "$event_log" || true)"
[ "${lost_executors:-0}" -ge 1 ] || fail 2 "the cluster ingest lost no executor: the kill did not reach the job"
lost_reason="$(grep -o '"Removed Reason":"[^"]*"' "$event_log" | head -n 1 | cut -d'"' -f4)"
task_failures="$(grep '"Event":"SparkListenerTaskEnd"' "$event_log" | grep -v '"Reason":"Success"' \
  | grep -o '"Reason":"[A-Za-z]*"' | cut -d'"' -f4 | sort | uniq -c | awk '{printf "%s%s %s", sep, $1, $2; sep=", "}')"
# a loss the job did not cause does not count against spark.task.maxFailures
blamed="$(grep -c '"Exit Caused By App":true' "$event_log" || true)"
stage_retries="$(grep '"Event":"SparkListenerStageSubmitted"' "$event_log" | grep -vc '"Stage Attempt ID":0' || true)"
master_saw="$(grep -m 1 -o 'Removing worker .*' "$work/master.log" || true)"

t0=$(clock)
submit bench-cluster "$master_url" bench --lake "$work/lake-cluster" --out "$work/out-cluster"
finish bench-cluster
t_bench_cluster=$(($(clock) - t0))
say "cluster bench on the remaining worker (${t_bench_cluster} s)"

# --- 5. the same on local[*] --------------------------------------------------------------------------------
t0=$(clock)
submit ingest-local 'local[*]' ingest --input "$work/corpus/reports" --lake "$work/lake-local"
finish ingest-local
t_ingest_local=$(($(clock) - t0))
t0=$(clock)
submit bench-local 'local[*]' bench --lake "$work/lake-local" --out "$work/out-local"
finish bench-local
t_bench_local=$(($(clock) - t0))
say "local $(grep '^ingest: ' "$work/ingest-local.out" || true) (${t_ingest_local} s), bench (${t_bench_local} s)"

# --- 6. every lake table and every benchmark table, rows sorted ---------------------------------------------
# Left out, as they differ between any two runs: report.ingested_at and quarantine.at (when the run
# happened). Lake versions, Delta's files and the rows' physical order are not part of the tables.
declare -A run_specific=([report]=ingested_at [quarantine]=at)
tables() {   # the lake's Delta tables and the benchmark folders (views bench_<name>) of one run
  local d
  for d in "$1"/*/_delta_log; do if [ -d "$d" ]; then basename "$(dirname "$d")"; fi; done
  for d in "$2"/bench/*/; do if [ -d "$d" ]; then echo "bench_$(basename "$d")"; fi; done
}
cluster_tables="$(tables "$work/lake-cluster" "$work/out-cluster" | sort)"
local_tables="$(tables "$work/lake-local" "$work/out-local" | sort)"
[ "$cluster_tables" = "$local_tables" ] \
  || fail 1 "the runs wrote different tables: cluster [$(echo $cluster_tables)], local [$(echo $local_tables)]"
t0=$(clock)
{
  # one sorted partition: each result streams back in one task
  echo "SET spark.sql.shuffle.partitions=1;"
  # a backquoted name is a regular expression over the columns: (name)?+.+ is every column but name
  echo "SET spark.sql.parser.quotedRegexColumnNames=true;"
  for t in $cluster_tables; do
    echo "SELECT '$t' AS compared_table, count(*) AS rows FROM $t;"
    if [ -n "${run_specific[$t]:-}" ]; then
      echo "SELECT \`(${run_specific[$t]})?+.+\` FROM $t ORDER BY ALL;"
    else
      echo "SELECT * FROM $t ORDER BY ALL;"
    fi
  done
} >"$work/compare.sql"
# the two runs' tables are read side by side: independent readers, each a few hundred small Spark jobs
declare -A reader
for run in cluster local; do
  # shellcheck disable=SC2086
  java $jvm_options -Xmx2g -cp "$SPARK_HOME/jars/*:$jar" org.stations.cli.Main sql --format csv \
    --lake "$work/lake-$run" --out "$work/out-$run" <"$work/compare.sql" >"$work/tables-$run.csv" 2>"$work/sql-$run.err" &
  reader[$run]=$!
  started+=("$!")
done
for run in cluster local; do
  rc=0
  wait "${reader[$run]}" || rc=$?
  forget "${reader[$run]}"
  [ "$rc" -eq 0 ] \
    || { tail -n 5 "$work/sql-$run.err" >&2; fail 2 "reading the $run run's tables failed (log: $work/sql-$run.err)"; }
  # one file per table: a marker row names the table that the rows after it belong to
  mkdir -p "$work/tables-$run"
  awk -v dir="$work/tables-$run" '
    $0 == "compared_table,rows" { marker = 1; next }
    marker { split($0, f, ","); out = dir "/" f[1] ".csv"; print $0 > out; marker = 0; next }
    out { print > out }' "$work/tables-$run.csv"
done
differ=()
rows_compared=0
for t in $cluster_tables; do
  [ -f "$work/tables-cluster/$t.csv" ] && [ -f "$work/tables-local/$t.csv" ] \
    || fail 2 "table $t was not read (logs: $work/sql-cluster.err, $work/sql-local.err)"
  if ! cmp -s "$work/tables-cluster/$t.csv" "$work/tables-local/$t.csv"; then
    differ+=("$t")
    say "table $t differs (cluster <, local >):" >&2
    diff "$work/tables-cluster/$t.csv" "$work/tables-local/$t.csv" | head -n 8 | cut -c1-300 >&2 || true
  fi
  rows_compared=$((rows_compared + $(head -n 1 "$work/tables-cluster/$t.csv" | cut -d, -f2)))
done
report_rows="$(head -n 1 "$work/tables-cluster/report.csv" | cut -d, -f2)"
[ "${report_rows:-0}" -gt 0 ] || fail 2 "the lake holds no report: nothing was compared"
t_compare=$(($(clock) - t0))
[ ${#differ[@]} -eq 0 ] || fail 1 "${#differ[@]} table(s) differ between the cluster and the local run: ${differ[*]}"

passed=yes
n_tables=$(echo "$cluster_tables" | wc -w)
cat <<EOF
standalone: PASSED — ${reports} reports; ${n_tables} tables (lake and bench, ${rows_compared} rows) equal on the cluster and on local[*]
  killed:    ${killed}
  master:    ${master_saw:-no "Removing worker" line}
  recovered: ${lost_executors} executor(s) lost (${lost_reason}); failed task attempts: ${task_failures:-none} (executor losses blamed on the job: ${blamed:-0}); stages re-attempted: ${stage_retries:-0}
  cluster:   ingest ${t_ingest_cluster} s, bench ${t_bench_cluster} s (one worker left)
  local[*]:  ingest ${t_ingest_local} s, bench ${t_bench_local} s; comparison ${t_compare} s
  total:     $(($(clock) - t_start)) s (build, cluster start, generate, four jobs, comparison)
EOF
