#!/usr/bin/env bash
# Measures the event generator's throughput against Kafka's own ProducerPerformance, in one run:
# builds what is stale, starts a broker of its own on free ports with a fresh data folder, records
# a payload file of real generated events, runs ProducerPerformance with that payload and the
# generator's producer settings, runs the generator at its maximum rate, and prints both rates and
# their ratio. Ctrl-C stops exactly the processes it started. See --help.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

usage() {
  cat << 'EOF'
Usage: scripts/bench-generator.sh [options]

Compares the event generator's throughput with Kafka's own ProducerPerformance on this machine.
Builds what is stale, starts a Kafka broker of its own (fresh data folder, free ports; the
playground's broker is not touched), records a payload of real generated events, then measures:

  ProducerPerformance  records/s of Kafka's tool sending that payload, with the generator's
                       producer settings, after a shorter warm-up run
  event generator      events/s the generator gets onto the five store topics at its maximum
                       rate, counted from the topics' end offsets, after a warm-up

and prints both, their ratio (target: generator >= 0.80 x ProducerPerformance), the number of
cores and the Java version. Exits 0 whether or not the target is met; non-zero only if a step
failed.

Options:
  --seconds N      measure the generator for N seconds (default 30), after a 10 s warm-up
  --records N      records per ProducerPerformance run (default 2000000; warm-up: a quarter)
  --max-rate R     events/s to ask the generator for (default $BENCH_MAX_RATE or 1000000); if
                   the generator refuses it, the run falls back to the generator's own maximum
  --kafka-port P   client port of the benchmark's broker (default: a free port)
  --keep           keep the benchmark folder (broker data, payload, logs) afterwards
  --help           show this help

Environment:
  JAVA_HOME              JDK 17+ to use (default: java on the PATH)
  PLAYGROUND_HOME        the benchmark works in PLAYGROUND_HOME/bench/<run> (default:
                         .playground in the repository)
  BENCH_MAX_RATE         default of --max-rate
  BENCH_GENERATOR_ARGS   extra --name=value settings for the generator at maximum rate,
                         split on spaces (for example to turn off fault injection)
  PLAYGROUND_START_TIMEOUT   seconds to wait for the generator to report healthy (default 180)
  PLAYGROUND_JAVA_OPTS   extra JVM options for the generator
EOF
}

# ---------------------------------------------------------------------------------------------
# Settings: everything the two measurements depend on, in one place (printed by each run)

GENERATOR_MODULE="event-generator-service"
GENERATOR_CONFIG="$GENERATOR_MODULE/src/main/resources/event-generator.yml"
# the same heap as run-local.sh gives the generator
GENERATOR_HEAP=256m
BROKER_HEAP=512m

# the payload: real events of a seeded generator at a moderate rate
PAYLOAD_RECORDS=20000
PAYLOAD_RATE=2000
PAYLOAD_SEED=42

# ProducerPerformance writes to one store topic; the generator to all five
PERF_TOPIC="store.game-views"
STORE_TOPICS='store\..*'
STORE_TOPIC_COUNT=5

# Kafka producer properties compared, with Kafka 4.2's defaults (the same as 4.0's and 4.1's) for
# those the generator's configuration leaves unset; read_producer_settings fills PRODUCER_PROPS from
# event-generator.yml
PRODUCER_PROPERTIES="acks compression.type linger.ms enable.idempotence batch.size"
kafka_default() {
  case "$1" in
    acks) printf 'all' ;;
    compression.type) printf 'none' ;;
    linger.ms) printf '5' ;;
    enable.idempotence) printf 'true' ;;
    batch.size) printf '16384' ;;
  esac
}

DEFAULT_SECONDS=30
GENERATOR_WARMUP_SECONDS=10
DEFAULT_RECORDS=2000000
# the ProducerPerformance warm-up run sends records / PERF_WARMUP_DIVISOR
PERF_WARMUP_DIVISOR=4
TARGET_RATIO=0.80

START_TIMEOUT="${PLAYGROUND_START_TIMEOUT:-180}"
CALLER_DIR="$PWD"
STEPS=6

# ---------------------------------------------------------------------------------------------
# Command line

MEASURE_SECONDS="$DEFAULT_SECONDS"
RECORDS="$DEFAULT_RECORDS"
MAX_RATE="${BENCH_MAX_RATE:-1000000}"
KAFKA_PORT=""
KEEP=0

while (($# > 0)); do
  case "$1" in
    --seconds)
      MEASURE_SECONDS="$(option_value "$@")"
      shift
      ;;
    --seconds=*) MEASURE_SECONDS="${1#*=}" ;;
    --records)
      RECORDS="$(option_value "$@")"
      shift
      ;;
    --records=*) RECORDS="${1#*=}" ;;
    --max-rate)
      MAX_RATE="$(option_value "$@")"
      shift
      ;;
    --max-rate=*) MAX_RATE="${1#*=}" ;;
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
    *) die "Unknown option '$1'. Run scripts/bench-generator.sh --help to see the options." ;;
  esac
  shift
done

MEASURE_SECONDS="$(whole_number "Option '--seconds'" "$MEASURE_SECONDS" 5 3600)"
RECORDS="$(whole_number "Option '--records'" "$RECORDS" 10000 100000000)"
MAX_RATE="$(whole_number "Option '--max-rate' (or BENCH_MAX_RATE)" "$MAX_RATE" 1 100000000)"
[[ -z "$KAFKA_PORT" ]] || KAFKA_PORT="$(whole_number "Option '--kafka-port'" "$KAFKA_PORT" 1 65535)"
START_TIMEOUT="$(whole_number "PLAYGROUND_START_TIMEOUT" "$START_TIMEOUT" 1 3600)"
WARMUP_RECORDS=$((RECORDS / PERF_WARMUP_DIVISOR))

# ---------------------------------------------------------------------------------------------
# The generator's producer settings

# Flattens simple YAML (nested maps of scalars, two-space or any consistent indent) into
# "dotted.path=value" lines; list items and comments are skipped.
flatten_yaml() {
  awk -v q="'" '
    /^[[:space:]]*(#|-|$)/ { next }
    {
      match($0, /^ */); indent = RLENGTH
      line = substr($0, indent + 1)
      colon = index(line, ":")
      if (colon == 0) next
      key = substr(line, 1, colon - 1)
      value = substr(line, colon + 1)
      sub(/[[:space:]]+#.*$/, "", value)
      gsub(/^[[:space:]]+|[[:space:]]+$/, "", value)
      first = substr(value, 1, 1)
      if (length(value) >= 2 && (first == "\"" || first == q) && substr(value, length(value)) == first) {
        value = substr(value, 2, length(value) - 2)
      }
      while (depth > 0 && indents[depth] >= indent) depth--
      depth++; indents[depth] = indent; keys[depth] = key
      if (value == "") next
      path = keys[1]
      for (i = 2; i <= depth; i++) path = path "." keys[i]
      print path "=" value
    }' "$1"
}

# The last value of a dotted key in flattened YAML ($1), or nothing.
yaml_value() {
  printf '%s\n' "$1" | awk -v key="$2" 'index($0, key "=") == 1 { value = substr($0, length(key) + 2) } END { printf "%s", value }'
}

# The Spring Boot property that sets a Kafka producer property, if it has a dedicated one.
spring_key() {
  case "$1" in
    acks) printf 'spring.kafka.producer.acks' ;;
    compression.type) printf 'spring.kafka.producer.compression-type' ;;
    batch.size) printf 'spring.kafka.producer.batch-size' ;;
  esac
}

# A Spring Boot DataSize ("16KB", "1MB", "16384B") in bytes.
data_size_bytes() {
  local value="$1" number unit
  number="$(printf '%s' "$value" | sed -n 's/^\([0-9][0-9]*\)[[:space:]]*[A-Za-z]*$/\1/p')"
  unit="$(printf '%s' "$value" | sed -n 's/^[0-9][0-9]*[[:space:]]*\([A-Za-z]*\)$/\1/p' | tr '[:lower:]' '[:upper:]')"
  case "$unit" in
    "" | B) printf '%s' "$number" ;;
    KB) printf '%s' "$((number * 1024))" ;;
    MB) printf '%s' "$((number * 1024 * 1024))" ;;
    *) die "cannot read the size '$value' in $GENERATOR_CONFIG." ;;
  esac
}

# Sets PRODUCER_PROPS ("name=value" words, for --producer-props) and PRODUCER_SETTINGS_TEXT (the
# same, marking Kafka defaults) from the generator's configuration file.
read_producer_settings() {
  local flat property value key origin
  [[ -f "$PLAYGROUND_ROOT/$GENERATOR_CONFIG" ]] || die "$GENERATOR_CONFIG is missing."
  flat="$(flatten_yaml "$PLAYGROUND_ROOT/$GENERATOR_CONFIG")"
  PRODUCER_PROPS=()
  PRODUCER_SETTINGS_TEXT=""
  for property in $PRODUCER_PROPERTIES; do
    value=""
    origin=""
    # later wins, as in Spring Boot: common properties, producer properties, dedicated key
    for key in "spring.kafka.properties.$property" "spring.kafka.producer.properties.$property" "$(spring_key "$property")"; do
      [[ -z "$key" || -z "$(yaml_value "$flat" "$key")" ]] || value="$(yaml_value "$flat" "$key")"
    done
    if [[ -z "$value" ]]; then
      value="$(kafka_default "$property")"
      origin=" (Kafka default)"
    fi
    [[ "$property" != batch.size ]] || value="$(data_size_bytes "$value")"
    PRODUCER_PROPS+=("$property=$value")
    PRODUCER_SETTINGS_TEXT="$PRODUCER_SETTINGS_TEXT  $property=$value$origin"
  done
  PRODUCER_SETTINGS_TEXT="${PRODUCER_SETTINGS_TEXT#  }"
}

# ---------------------------------------------------------------------------------------------
# Ports and folders

init_paths() {
  local home="${PLAYGROUND_HOME:-$PLAYGROUND_ROOT/.playground}"
  mkdir -p "$home/bench"
  BENCH_ROOT="$(cd "$home/bench" && pwd)"
  RUN_DIR="$BENCH_ROOT/$(date -u +%Y%m%d-%H%M%S)-$$"
  mkdir "$RUN_DIR"
  LOG_DIR="$RUN_DIR/logs"
  mkdir "$LOG_DIR"
  PAYLOAD_FILE="$RUN_DIR/payload.txt"
}

# ---------------------------------------------------------------------------------------------
# What this run started, and stopping it

BROKER_PID=""
GENERATOR_PID=""
TOOL_PID=""
RUN_DIR=""
CLEANING=0

clean_up() {
  local status=$?
  ((CLEANING == 0)) || return 0
  CLEANING=1
  trap '' INT TERM HUP
  if [[ -n "$TOOL_PID$GENERATOR_PID$BROKER_PID" ]]; then
    say ""
    say "Stopping what the benchmark started..."
  fi
  [[ -z "$TOOL_PID" ]] || stop_processes 5 "$TOOL_PID"
  [[ -z "$GENERATOR_PID" ]] || stop_processes 20 "$GENERATOR_PID"
  if [[ -n "$BROKER_PID" ]]; then
    stop_processes 30 "$BROKER_PID"
    say "      $OK_MARK benchmark broker stopped"
  fi
  if [[ -n "$RUN_DIR" && -d "$RUN_DIR" ]]; then
    if ((KEEP)); then
      say "Benchmark folder kept (--keep): $(display_path "$RUN_DIR")"
    elif ((status != 0 && status != 130)); then
      # the broker's data is large and useless now; the logs say what went wrong
      rm -rf "$RUN_DIR/kafka"
      warn "Logs kept in $(display_path "$LOG_DIR")/"
    else
      rm -rf "$RUN_DIR"
      rmdir "$BENCH_ROOT" 2> /dev/null || true
    fi
  fi
  exit "$status"
}

# Runs a command in the background, so that Ctrl-C and the EXIT trap can stop it, and waits for
# it; its output goes to $1, its errors to $2. Returns the command's status.
run_tool() {
  local out="$1" err="$2" status=0
  shift 2
  "$@" > "$out" 2> "$err" &
  TOOL_PID=$!
  wait "$TOOL_PID" || status=$?
  TOOL_PID=""
  return "$status"
}

# Fails the run if the broker or the generator (when one runs) has exited.
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
    fail "the generator exited (status $status)" "$GENERATOR_LOG"
  fi
}

# Waits until a now_micros instant, watching the broker and the generator.
wait_until() {
  local deadline="$1"
  while (($(now_micros) < deadline)); do
    check_alive
    sleep 0.2
  done
}

# ---------------------------------------------------------------------------------------------
# Steps

build() {
  local stale module modules=()
  stale="$(stale_modules local-kafka "$GENERATOR_MODULE")"
  if [[ -z "$stale" ]]; then
    say "[2/$STEPS] Build is up to date"
    return 0
  fi
  for module in $stale; do modules+=("$module"); done
  build_modules "[2/$STEPS]" "${modules[@]}"
}

start_broker() {
  local log start status topics_log
  log="$(log_file kafka)"
  topics_log="$(log_file create-topics)"
  say "[3/$STEPS] Starting the benchmark's Kafka broker on $BOOTSTRAP_SERVERS (data: $(display_path "$RUN_DIR/kafka"))..."
  start="$(now_micros)"
  "$JAVA_CMD" "-Xmx$BROKER_HEAP" -cp "$(local_kafka_classpath)" dev.kafkaplayground.localkafka.LocalKafkaBroker \
    --data-dir "$RUN_DIR/kafka" --port "$KAFKA_PORT" --controller-port "$CONTROLLER_PORT" > "$log" 2>&1 &
  BROKER_PID=$!
  # the topic set-up waits until the broker answers; watch the broker meanwhile
  "$PLAYGROUND_ROOT/scripts/create-topics.sh" --bootstrap-server "$BOOTSTRAP_SERVERS" --timeout 120s > "$topics_log" 2>&1 &
  TOOL_PID=$!
  while kill -0 "$TOOL_PID" 2> /dev/null; do
    check_alive
    sleep 0.2
  done
  wait "$TOOL_PID" && status=0 || status=$?
  TOOL_PID=""
  sed 's/^/      /' "$topics_log"
  ((status == 0)) || fail "creating the topics failed (status $status)" "$log"
  say "      $OK_MARK Kafka ready on $BOOTSTRAP_SERVERS ($(elapsed_since "$start"))"
}

# Starts the generator with extra --name=value settings and waits until it is healthy. Returns 1
# if it exits during start-up (its log is $GENERATOR_LOG).
start_generator() {
  local name="$1" start deadline
  shift
  GENERATOR_LOG="$(log_file "$name")"
  GENERATOR_PORT="$(free_port "$KAFKA_PORT" "$CONTROLLER_PORT")" || exit 1
  start="$(now_micros)"
  # PLAYGROUND_JAVA_OPTS is split into words on purpose
  # shellcheck disable=SC2086
  "$JAVA_CMD" "-Xmx$GENERATOR_HEAP" ${PLAYGROUND_JAVA_OPTS:-} -jar "$(exec_jar "$GENERATOR_MODULE")" \
    "--spring.kafka.bootstrap-servers=$BOOTSTRAP_SERVERS" "--server.port=$GENERATOR_PORT" "$@" \
    > "$GENERATOR_LOG" 2>&1 &
  GENERATOR_PID=$!
  deadline=$((start + START_TIMEOUT * 1000000))
  until is_healthy "$GENERATOR_PORT"; do
    if ! kill -0 "$GENERATOR_PID" 2> /dev/null; then
      wait "$GENERATOR_PID" 2> /dev/null || true
      GENERATOR_PID=""
      return 1
    fi
    check_alive
    if (($(now_micros) > deadline)); then
      fail "the generator is not healthy after $START_TIMEOUT s (set PLAYGROUND_START_TIMEOUT to wait longer)" "$GENERATOR_LOG"
    fi
    sleep 0.5
  done
  say "      $OK_MARK generator up on port $GENERATOR_PORT ($(elapsed_since "$start"))"
}

stop_generator() {
  stop_processes 20 "$GENERATOR_PID"
  GENERATOR_PID=""
}

record_payload() {
  local count
  say "[4/$STEPS] Recording $PAYLOAD_RECORDS generated events as the payload (generator at $PAYLOAD_RATE events/s, seed $PAYLOAD_SEED)..."
  start_generator generator-payload "--playground.generator.events-per-second=$PAYLOAD_RATE" \
    "--playground.generator.seed=$PAYLOAD_SEED" ||
    fail "the generator exited during start-up" "$GENERATOR_LOG"
  # the consumer keeps pace with the generator, so the payload has the stream's mix of events
  run_tool "$PAYLOAD_FILE" "$(log_file console-consumer)" "$PLAYGROUND_ROOT/scripts/kafka-tool.sh" console-consumer \
    --bootstrap-server "$BOOTSTRAP_SERVERS" --include "$STORE_TOPICS" --from-beginning \
    --max-messages "$PAYLOAD_RECORDS" --timeout-ms 60000 ||
    fail "the console consumer failed" "$(log_file console-consumer)"
  stop_generator
  count="$(wc -l < "$PAYLOAD_FILE" | tr -d ' ')"
  ((count == PAYLOAD_RECORDS)) ||
    fail "the payload has $count events instead of $PAYLOAD_RECORDS" "$(log_file console-consumer)"
  say "      $OK_MARK $(display_path "$PAYLOAD_FILE"): $count events, $(awk '{ bytes += length($0) } END { printf "%d", bytes / NR }' "$PAYLOAD_FILE") bytes on average"
}

# Runs ProducerPerformance once; prints its final line to the log and sets PERF_RATE.
producer_performance() {
  local name="$1" records="$2" log summary
  log="$(log_file "$name")"
  run_tool "$log" "$log.err" "$PLAYGROUND_ROOT/scripts/kafka-tool.sh" producer-perf-test \
    --topic "$PERF_TOPIC" --num-records "$records" --throughput -1 --payload-file "$PAYLOAD_FILE" \
    --producer-props "bootstrap.servers=$BOOTSTRAP_SERVERS" "${PRODUCER_PROPS[@]}" ||
    fail "ProducerPerformance failed" "$log.err"
  # the final line carries the percentiles; the progress lines before it do not
  summary="$(grep ' records sent, .* 50th' "$log" | tail -n 1 || true)"
  PERF_RATE="$(printf '%s' "$summary" | sed -n 's/^[0-9]* records sent, \([0-9.]*\) records\/sec.*/\1/p')"
  [[ -n "$PERF_RATE" ]] || fail "cannot read the records/sec of ProducerPerformance" "$log"
  say "      $name: $summary"
}

measure_producer_performance() {
  say "[5/$STEPS] Kafka ProducerPerformance on $PERF_TOPIC: warm-up with $WARMUP_RECORDS records, then $RECORDS records..."
  producer_performance perf-warmup "$WARMUP_RECORDS"
  producer_performance perf "$RECORDS"
  say "      $OK_MARK ProducerPerformance: $(rounded "$PERF_RATE") records/s"
}

# The sum of the store topics' end offsets (= records written: the generator uses no
# transactions); sets OFFSETS and OFFSETS_AT (now_micros when the query returned: the offsets are
# read just before the tool exits, and at the same point of every query).
store_offsets() {
  local out partitions
  out="$RUN_DIR/offsets.txt"
  run_tool "$out" "$(log_file get-offsets)" "$PLAYGROUND_ROOT/scripts/kafka-tool.sh" get-offsets \
    --bootstrap-server "$BOOTSTRAP_SERVERS" --topic-partitions "$STORE_TOPICS" ||
    fail "reading the end offsets failed" "$(log_file get-offsets)"
  OFFSETS_AT="$(now_micros)"
  partitions="$(cut -d: -f1 "$out" | sort -u | wc -l | tr -d ' ')"
  ((partitions == STORE_TOPIC_COUNT)) || fail "expected offsets of $STORE_TOPIC_COUNT store topics but got $partitions" "$out"
  OFFSETS="$(awk -F: '{ sum += $NF } END { printf "%d", sum }' "$out")"
}

# Starts the generator at MAX_RATE; if it refuses that rate, at the maximum it names.
start_generator_at_max_rate() {
  local extra=() maximum
  # BENCH_GENERATOR_ARGS is split into words on purpose
  # shellcheck disable=SC2206
  extra=(${BENCH_GENERATOR_ARGS:-})
  if start_generator generator-max-rate "--playground.generator.events-per-second=$MAX_RATE" ${extra[@]+"${extra[@]}"}; then
    GENERATOR_RATE="$MAX_RATE"
    return 0
  fi
  # Spring Boot's report names the property and the limit: "Reason: must be less than or equal to N"
  maximum="$(awk '/Property:/ { seen = /eventsPerSecond|events-per-second/ }
    seen && /Reason: must be less than or equal to/ { sub(/.*less than or equal to /, ""); sub(/[^0-9.].*/, ""); print; exit }' "$GENERATOR_LOG")"
  maximum="${maximum%.0}"
  if ! [[ "$maximum" =~ ^[0-9]+$ ]] || ((maximum >= MAX_RATE)); then
    fail "the generator exited during start-up" "$GENERATOR_LOG"
  fi
  warn "      note: the generator refuses events-per-second=$MAX_RATE (its maximum is $maximum): measuring at $maximum events/s instead"
  mv "$GENERATOR_LOG" "$(log_file generator-refused)"
  start_generator generator-max-rate "--playground.generator.events-per-second=$maximum" ${extra[@]+"${extra[@]}"} ||
    fail "the generator exited during start-up" "$GENERATOR_LOG"
  GENERATOR_RATE="$maximum"
}

measure_generator() {
  local first first_at
  say "[6/$STEPS] Event generator at maximum rate ($MAX_RATE events/s asked): warm-up ${GENERATOR_WARMUP_SECONDS} s, then ${MEASURE_SECONDS} s..."
  start_generator_at_max_rate
  wait_until $(($(now_micros) + GENERATOR_WARMUP_SECONDS * 1000000))
  store_offsets
  first="$OFFSETS"
  first_at="$OFFSETS_AT"
  # the interval runs from the first query's return to the second's: MEASURE_SECONDS plus the
  # time the second query takes
  wait_until $((first_at + MEASURE_SECONDS * 1000000))
  store_offsets
  check_alive
  GENERATOR_RECORDS=$((OFFSETS - first))
  GENERATOR_MICROS=$((OFFSETS_AT - first_at))
  stop_generator
  GENERATOR_MEASURED="$(awk -v us="$GENERATOR_MICROS" 'BEGIN { printf "%.1f", us / 1e6 }')"
  GENERATOR_THROUGHPUT="$(awk -v n="$GENERATOR_RECORDS" -v us="$GENERATOR_MICROS" 'BEGIN { printf "%.0f", n / (us / 1e6) }')"
  say "      $OK_MARK generator: $GENERATOR_RECORDS records on the store topics in $GENERATOR_MEASURED s: $GENERATOR_THROUGHPUT events/s"
}

# A decimal number rounded to a whole one (awk: printf's decimal point depends on the locale).
rounded() { awk -v x="$1" 'BEGIN { printf "%.0f", x }'; }

cores() {
  getconf _NPROCESSORS_ONLN 2> /dev/null || nproc 2> /dev/null || sysctl -n hw.ncpu 2> /dev/null || printf '?'
}

print_results() {
  local perf ratio verdict
  perf="$(rounded "$PERF_RATE")"
  ratio="$(awk -v g="$GENERATOR_THROUGHPUT" -v p="$PERF_RATE" 'BEGIN { printf "%.2f", g / p }')"
  if awk -v g="$GENERATOR_THROUGHPUT" -v p="$PERF_RATE" -v t="$TARGET_RATIO" 'BEGIN { exit !(g / p >= t) }'; then
    verdict="target met"
  else
    verdict="below target"
  fi
  say ""
  say "Results ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  say ""
  result_row "Machine" "$(cores) cores" "$JAVA_VERSION"
  result_row "Kafka ProducerPerformance" "$perf records/s" \
    "$RECORDS records to $PERF_TOPIC, after a warm-up of $WARMUP_RECORDS"
  result_row "Event generator" "$GENERATOR_THROUGHPUT events/s" \
    "$GENERATOR_RECORDS records to the $STORE_TOPIC_COUNT store topics in $GENERATOR_MEASURED s, $GENERATOR_RATE events/s asked"
  result_row "Ratio generator / PP" "$ratio" "target >= $TARGET_RATIO: $verdict"
  if awk -v g="$GENERATOR_THROUGHPUT" -v r="$GENERATOR_RATE" 'BEGIN { exit !(g >= 0.95 * r) }'; then
    say ""
    say "Note: the generator kept up with the $GENERATOR_RATE events/s it was asked for: that figure is its"
    say "configured rate limit, not its capacity."
  fi
}

result_row() { printf '  %-26s %18s   %s\n' "$1" "$2" "$3"; }

# ---------------------------------------------------------------------------------------------
# Main

cd "$PLAYGROUND_ROOT"
say "[1/$STEPS] Checking Java, the generator's producer settings and ports..."
require_java
JAVA_VERSION="$("$JAVA_CMD" -version 2>&1 | head -n 1)"
read_producer_settings
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
say "      producer settings of both, from $GENERATOR_CONFIG:"
say "        $PRODUCER_SETTINGS_TEXT"
say "      ProducerPerformance: scripts/kafka-tool.sh producer-perf-test --topic $PERF_TOPIC --throughput -1 --payload-file payload.txt"
say "      generator: -Xmx$GENERATOR_HEAP ${PLAYGROUND_JAVA_OPTS:+$PLAYGROUND_JAVA_OPTS }--playground.generator.events-per-second=$MAX_RATE${BENCH_GENERATOR_ARGS:+ $BENCH_GENERATOR_ARGS}"

build
start_broker
record_payload
measure_producer_performance
measure_generator
print_results
