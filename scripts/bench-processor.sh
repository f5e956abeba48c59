#!/usr/bin/env bash
# Measures how fast the analytics processor catches up on a backlog of store events, against a
# minimal reference Kafka Streams job, in one run: builds what is stale, starts a broker of its
# own on free ports with a fresh data folder, preloads N generated events, times the reference
# job and then the processor until their consumer groups have no lag, and prints both rates,
# their ratio and the processor's repartition records per input event. Ctrl-C stops exactly the
# processes it started. See --help.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

usage() {
  cat << 'EOF'
Usage: scripts/bench-processor.sh [options]

Compares how fast the analytics processor works through a backlog of store events with a
minimal reference Kafka Streams job (parse, re-key, count per 1-minute window, exactly once) on
this machine. Builds what is stale, starts a Kafka broker of its own (fresh data folder, free
ports; the playground's broker is not touched), preloads N generated events onto the five store
topics, then measures each job from its start until its consumer group has committed the end
offset of every store partition:

  reference job   events/s of benchmarks' ReferenceStreamsJob (group bench-reference)
  processor       events/s of analytics-processor-service (group analytics-processor)

and prints both, their ratio (target: processor >= 0.50 x reference), the processor's records
on its repartition topic per input event (target: <= 0.01), the number of cores and the Java
version. Exits 0 whether or not the targets are met; non-zero only if a step failed.

Options:
  --events N       events to preload (default 3000000); the generator is paused as soon as
                   the store topics hold N, so a few more get there
  --kafka-port P   client port of the benchmark's broker (default: a free port)
  --keep           keep the benchmark folder (broker data, state, logs) afterwards
  --help           show this help

Environment:
  JAVA_HOME                JDK 17+ to use (default: java on the PATH)
  PLAYGROUND_HOME          the benchmark works in PLAYGROUND_HOME/bench/processor-<run>
                           (default: .playground in the repository)
  BENCH_CATCH_UP_TIMEOUT   seconds each job may take to catch up (default 900)
  BENCH_PROCESSOR_JAVA_OPTS  extra JVM options for the processor, e.g. to profile it:
                         -XX:StartFlightRecording=filename=processor.jfr,settings=profile
EOF
}

# ---------------------------------------------------------------------------------------------
# Settings

GENERATOR_MODULE="event-generator-service"
PROCESSOR_MODULE="analytics-processor-service"
# the same heaps as run-local.sh; the reference job gets the processor's
GENERATOR_HEAP=256m
JOB_HEAP=1g
BROKER_HEAP=512m
GENERATOR_RATE=1000000
GENERATOR_SEED=42

STORE_TOPICS='store\..*'
STORE_TOPIC_COUNT=5
REFERENCE_GROUP="bench-reference"
PROCESSOR_GROUP="analytics-processor"
REPARTITION_TOPIC="$PROCESSOR_GROUP-window-deltas-repartition"

DEFAULT_EVENTS=3000000
TARGET_RATIO=0.50
TARGET_REPARTITION=0.01

CATCH_UP_TIMEOUT="${BENCH_CATCH_UP_TIMEOUT:-900}"
CALLER_DIR="$PWD"
STEPS=6

# ---------------------------------------------------------------------------------------------
# Command line

EVENTS="$DEFAULT_EVENTS"
KAFKA_PORT=""
KEEP=0

while (($# > 0)); do
  case "$1" in
    --events)
      EVENTS="$(option_value "$@")"
      shift
      ;;
    --events=*) EVENTS="${1#*=}" ;;
    --kafka-port)
      KAFKA_PORT="$(option_value "$@")"
      shift
      ;;
    --kafka-port=*) KAFKA_PORT="${1#*=}" ;;
    --keep) KEEP=1 ;;
    -h | --help)
      usage
      exit 0
      ;;
    *) die "Unknown option '$1'. Run scripts/bench-processor.sh --help to see the options." ;;
  esac
  shift
done

EVENTS="$(whole_number "Option '--events'" "$EVENTS" 10000 100000000)"
[[ -z "$KAFKA_PORT" ]] || KAFKA_PORT="$(whole_number "Option '--kafka-port'" "$KAFKA_PORT" 1 65535)"
CATCH_UP_TIMEOUT="$(whole_number "BENCH_CATCH_UP_TIMEOUT" "$CATCH_UP_TIMEOUT" 10 86400)"

# ---------------------------------------------------------------------------------------------
# Folders

init_paths() {
  local home="${PLAYGROUND_HOME:-$PLAYGROUND_ROOT/.playground}"
  mkdir -p "$home/bench"
  BENCH_ROOT="$(cd "$home/bench" && pwd)"
  RUN_DIR="$BENCH_ROOT/processor-$(date -u +%Y%m%d-%H%M%S)-$$"
  mkdir "$RUN_DIR"
  LOG_DIR="$RUN_DIR/logs"
  mkdir "$LOG_DIR"
}

# ---------------------------------------------------------------------------------------------
# What this run started, and stopping it

BROKER_PID=""
GENERATOR_PID=""
JOB_PID=""
JOB_NAME=""
JOB_LOG=""
TOOL_PID=""
RUN_DIR=""
CLEANING=0

clean_up() {
  local status=$?
  ((CLEANING == 0)) || return 0
  CLEANING=1
  trap '' INT TERM HUP
  if [[ -n "$TOOL_PID$JOB_PID$GENERATOR_PID$BROKER_PID" ]]; then
    say ""
    say "Stopping what the benchmark started..."
  fi
  [[ -z "$TOOL_PID" ]] || stop_processes 5 "$TOOL_PID"
  [[ -z "$JOB_PID" ]] || stop_processes 30 "$JOB_PID"
  [[ -z "$GENERATOR_PID" ]] || stop_processes 20 "$GENERATOR_PID"
  if [[ -n "$BROKER_PID" ]]; then
    stop_processes 30 "$BROKER_PID"
    say "      $OK_MARK benchmark broker stopped"
  fi
  if [[ -n "$RUN_DIR" && -d "$RUN_DIR" ]]; then
    if ((KEEP)); then
      say "Benchmark folder kept (--keep): $(display_path "$RUN_DIR")"
    elif ((status != 0 && status != 130)); then
      # broker data and state are large and useless now; the logs say what went wrong
      rm -rf "$RUN_DIR/kafka" "$RUN_DIR/reference-state" "$RUN_DIR/processor-state"
      warn "Logs kept in $(display_path "$LOG_DIR")/"
    else
      rm -rf "$RUN_DIR"
      rmdir "$BENCH_ROOT" 2> /dev/null || true
    fi
  fi
  exit "$status"
}

# Fails the run if the broker, the generator or the measured job (when they run) has exited.
check_alive() {
  local status
  if ! kill -0 "$BROKER_PID" 2> /dev/null; then
    wait "$BROKER_PID" 2> /dev/null && status=0 || status=$?
    BROKER_PID=""
    fail "the benchmark broker exited (status $status)" "$(log_file kafka)"
  fi
  if [[ -n "$GENERATOR_PID" ]] && ! kill -0 "$GENERATOR_PID" 2> /dev/null; then
    wait "$GENERATOR_PID" 2> /dev/null && status=0 || status=$?
    GENERATOR_PID=""
    fail "the generator exited (status $status)" "$(log_file generator)"
  fi
  if [[ -n "$JOB_PID" ]] && ! kill -0 "$JOB_PID" 2> /dev/null; then
    wait "$JOB_PID" 2> /dev/null && status=0 || status=$?
    JOB_PID=""
    fail "the $JOB_NAME exited (status $status)" "$JOB_LOG"
  fi
}

# Runs a command in the background (output to $1, errors to $2) while watching what the run
# started, so that a crash ends the run at once. Returns the command's status.
run_watched() {
  local out="$1" err="$2" status
  shift 2
  "$@" > "$out" 2> "$err" &
  TOOL_PID=$!
  while kill -0 "$TOOL_PID" 2> /dev/null; do
    check_alive
    sleep 0.2
  done
  wait "$TOOL_PID" && status=0 || status=$?
  TOOL_PID=""
  return "$status"
}

# ---------------------------------------------------------------------------------------------
# Steps

build() {
  local stale module modules=()
  stale="$(stale_modules local-kafka "$GENERATOR_MODULE" "$PROCESSOR_MODULE" "$BENCH_MODULE")"
  if [[ -z "$stale" ]]; then
    say "[2/$STEPS] Build is up to date"
    return 0
  fi
  for module in $stale; do modules+=("$module"); done
  build_modules "[2/$STEPS]" "${modules[@]}"
}

start_broker() {
  local log start topics_log
  log="$(log_file kafka)"
  topics_log="$(log_file create-topics)"
  say "[3/$STEPS] Starting the benchmark's Kafka broker on $BOOTSTRAP_SERVERS (data: $(display_path "$RUN_DIR/kafka"))..."
  start="$(now_micros)"
  "$JAVA_CMD" "-Xmx$BROKER_HEAP" -cp "$(local_kafka_classpath)" dev.kafkaplayground.localkafka.LocalKafkaBroker \
    --data-dir "$RUN_DIR/kafka" --port "$KAFKA_PORT" --controller-port "$CONTROLLER_PORT" > "$log" 2>&1 &
  BROKER_PID=$!
  # the topic set-up waits until the broker answers
  run_watched "$topics_log" "$topics_log.err" "$PLAYGROUND_ROOT/scripts/create-topics.sh" \
    --bootstrap-server "$BOOTSTRAP_SERVERS" --timeout 120s ||
    fail "creating the topics failed" "$topics_log.err"
  say "      $OK_MARK Kafka ready on $BOOTSTRAP_SERVERS with the playground's topics ($(elapsed_since "$start"))"
}

# The sum of the end offsets of the partitions matching a regular expression.
end_offsets_sum() {
  local pattern="$1" name="$2" out
  out="$RUN_DIR/$name.txt"
  run_watched "$out" "$(log_file "$name")" "$PLAYGROUND_ROOT/scripts/kafka-tool.sh" get-offsets \
    --bootstrap-server "$BOOTSTRAP_SERVERS" --topic-partitions "$pattern" ||
    fail "reading the end offsets of $pattern failed" "$(log_file "$name")"
  awk -F: '{ sum += $NF } END { printf "%d", sum }' "$out"
}

preload() {
  local start log partitions port
  log="$(log_file generator)"
  port="$(free_port "$KAFKA_PORT" "$CONTROLLER_PORT")"
  say "[4/$STEPS] Preloading $EVENTS events (generator at up to $GENERATOR_RATE events/s, seed $GENERATOR_SEED)..."
  start="$(now_micros)"
  "$JAVA_CMD" "-Xmx$GENERATOR_HEAP" -jar "$(exec_jar "$GENERATOR_MODULE")" \
    "--spring.kafka.bootstrap-servers=$BOOTSTRAP_SERVERS" "--server.port=$port" \
    "--playground.generator.events-per-second=$GENERATOR_RATE" "--playground.generator.seed=$GENERATOR_SEED" \
    > "$log" 2>&1 &
  GENERATOR_PID=$!
  run_watched "$RUN_DIR/preload.txt" "$(log_file lag-watch-preload)" "$JAVA_CMD" -Xmx128m -cp "$(bench_classpath)" \
    dev.kafkaplayground.benchmarks.LagWatch --bootstrap-server "$BOOTSTRAP_SERVERS" --records "$EVENTS" \
    --timeout-seconds "$CATCH_UP_TIMEOUT" ||
    fail "the store topics did not reach $EVENTS records" "$(log_file lag-watch-preload)"
  # a shutdown takes seconds, in which the generator would send a million more: pause it first
  pause_generator "$port"
  stop_processes 20 "$GENERATOR_PID"
  GENERATOR_PID=""
  # count what is there now: a little more than asked
  PRELOADED="$(end_offsets_sum "$STORE_TOPICS" offsets-store)"
  partitions="$(cut -d: -f1 "$RUN_DIR/offsets-store.txt" | sort -u | wc -l | tr -d ' ')"
  ((partitions == STORE_TOPIC_COUNT)) ||
    fail "expected offsets of $STORE_TOPIC_COUNT store topics but got $partitions" "$RUN_DIR/offsets-store.txt"
  say "      $OK_MARK $PRELOADED events on the $STORE_TOPIC_COUNT store topics ($(elapsed_since "$start"))"
}

# Asks the generator on a port to stop producing (its REST API), if curl is there.
pause_generator() {
  if command -v curl > /dev/null 2>&1; then
    curl -fsS --max-time 5 -X POST "http://127.0.0.1:$1/api/generator/pause" > /dev/null 2>&1 ||
      warn "      note: could not pause the generator; it sends until it has stopped"
  fi
}

# Starts a job (the rest of the arguments), times it until its group has no lag on the store
# topics, and stops it. Sets CATCH_UP_SECONDS, STARTUP_SECONDS and RATE.
measure_job() {
  local name="$1" group="$2" start out first caught
  shift 2
  JOB_NAME="$name"
  JOB_LOG="$(log_file "${name// /-}")"
  out="$RUN_DIR/lag-$group.txt"
  start="$(now_micros)"
  "$@" > "$JOB_LOG" 2>&1 &
  JOB_PID=$!
  run_watched "$out" "$(log_file "lag-watch-$group")" "$JAVA_CMD" -Xmx128m -cp "$(bench_classpath)" \
    dev.kafkaplayground.benchmarks.LagWatch --bootstrap-server "$BOOTSTRAP_SERVERS" --group "$group" \
    --timeout-seconds "$CATCH_UP_TIMEOUT" ||
    fail "the $name did not catch up within $CATCH_UP_TIMEOUT s (set BENCH_CATCH_UP_TIMEOUT to wait longer)" "$JOB_LOG"
  first="$(sed -n 's/^first-commit-at-ms=//p' "$out")"
  caught="$(sed -n 's/^caught-up-at-ms=//p' "$out")"
  [[ -n "$first" && -n "$caught" ]] || fail "cannot read the lag watch's result" "$out"
  stop_processes 30 "$JOB_PID"
  JOB_PID=""
  CATCH_UP_SECONDS="$(awk -v s="$start" -v c="$caught" 'BEGIN { printf "%.1f", (c * 1000 - s) / 1e6 }')"
  STARTUP_SECONDS="$(awk -v s="$start" -v f="$first" 'BEGIN { printf "%.1f", (f * 1000 - s) / 1e6 }')"
  RATE="$(awk -v n="$PRELOADED" -v t="$CATCH_UP_SECONDS" 'BEGIN { printf "%.0f", n / t }')"
  say "      $OK_MARK $name: $PRELOADED events in $CATCH_UP_SECONDS s from its start (first commit after $STARTUP_SECONDS s): $RATE events/s"
}

measure_reference() {
  say "[5/$STEPS] Reference Streams job (group $REFERENCE_GROUP) from its start until no lag..."
  measure_job "reference job" "$REFERENCE_GROUP" "$JAVA_CMD" "-Xmx$JOB_HEAP" -cp "$(bench_classpath)" \
    dev.kafkaplayground.benchmarks.ReferenceStreamsJob --bootstrap-server "$BOOTSTRAP_SERVERS" \
    --application-id "$REFERENCE_GROUP" --state-dir "$RUN_DIR/reference-state"
  REFERENCE_SECONDS="$CATCH_UP_SECONDS"
  REFERENCE_STARTUP="$STARTUP_SECONDS"
  REFERENCE_RATE="$RATE"
}

measure_processor() {
  say "[6/$STEPS] Analytics processor (group $PROCESSOR_GROUP) from its start until no lag..."
  # BENCH_PROCESSOR_JAVA_OPTS is split into words on purpose (several JVM options)
  # shellcheck disable=SC2086
  measure_job "processor" "$PROCESSOR_GROUP" "$JAVA_CMD" "-Xmx$JOB_HEAP" ${BENCH_PROCESSOR_JAVA_OPTS:-} -jar "$(exec_jar "$PROCESSOR_MODULE")" \
    "--spring.kafka.bootstrap-servers=$BOOTSTRAP_SERVERS" "--server.port=$(free_port "$KAFKA_PORT" "$CONTROLLER_PORT")" \
    "--spring.kafka.streams.state-dir=$RUN_DIR/processor-state"
  PROCESSOR_SECONDS="$CATCH_UP_SECONDS"
  PROCESSOR_STARTUP="$STARTUP_SECONDS"
  PROCESSOR_RATE="$RATE"
  REPARTITION_RECORDS="$(end_offsets_sum "$REPARTITION_TOPIC" offsets-repartition)"
  say "      $OK_MARK $REPARTITION_TOPIC: end offsets sum to $REPARTITION_RECORDS"
}

print_results() {
  local ratio per_event
  ratio="$(awk -v p="$PROCESSOR_RATE" -v r="$REFERENCE_RATE" 'BEGIN { printf "%.2f", p / r }')"
  per_event="$(awk -v x="$REPARTITION_RECORDS" -v n="$PRELOADED" 'BEGIN { printf "%.4f", x / n }')"
  say ""
  say "Results ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  say ""
  result_row "Machine" "$(cores) cores" "$JAVA_VERSION"
  result_row "Events preloaded" "$PRELOADED" "on the $STORE_TOPIC_COUNT store topics, generator seed $GENERATOR_SEED"
  result_row "Reference Streams job" "$REFERENCE_RATE events/s" \
    "$REFERENCE_SECONDS s from its start to no lag, first commit after $REFERENCE_STARTUP s"
  result_row "Analytics processor" "$PROCESSOR_RATE events/s" \
    "$PROCESSOR_SECONDS s from its start to no lag, first commit after $PROCESSOR_STARTUP s"
  result_row "Ratio processor / reference" "$ratio" "target >= $TARGET_RATIO: $(verdict ge "$ratio" "$TARGET_RATIO")"
  result_row "Repartition per event" "$per_event" \
    "$REPARTITION_RECORDS offsets on $REPARTITION_TOPIC; target <= $TARGET_REPARTITION: $(verdict le "$per_event" "$TARGET_REPARTITION")"
}

# ---------------------------------------------------------------------------------------------
# Main

cd "$PLAYGROUND_ROOT"
say "[1/$STEPS] Checking Java and ports..."
require_java
JAVA_VERSION="$("$JAVA_CMD" -version 2>&1 | head -n 1)"
if [[ -n "$KAFKA_PORT" ]]; then
  ! port_in_use "$KAFKA_PORT" || die "Port $KAFKA_PORT (--kafka-port) is already in use. Leave the option out to use a free port."
else
  KAFKA_PORT="$(free_port)"
fi
CONTROLLER_PORT="$(free_port "$KAFKA_PORT")"
BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT"
trap clean_up EXIT
trap 'exit 130' INT TERM HUP
init_paths
say "      $OK_MARK $JAVA_VERSION; $(cores) cores; broker ports $KAFKA_PORT and $CONTROLLER_PORT"

build
start_broker
preload
measure_reference
measure_processor
print_results
