#!/usr/bin/env bash
# Measures the whole playground on one machine, in one run: builds what is stale, starts a broker
# of its own on free ports with a fresh data folder, then the generator, one processor and the
# dashboard from their jars as run-local.sh starts them, and measures (a) the latency from an
# event's send to the window update that counts it reaching an SSE client, with the generator at
# 10k events/s, and (b) the highest generator rate the processor sustains with bounded lag.
# Ctrl-C stops exactly the processes it started. See --help.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

usage() {
  cat << 'EOF_USAGE'
Usage: scripts/bench-pipeline.sh [options]

Measures the whole playground on this machine: a Kafka broker of its own (fresh data folder,
free ports; the playground's broker is not touched), the event generator, one analytics
processor (exactly-once) and the dashboard, from their jars with run-local.sh's heaps. The
generator runs at a flat rate (no daily curve), seed 42, no faults.

  (a) latency   with the generator at 10 000 events/s, probe events of the benchmark's own
                (a game id of their own) are sent twice a second; each is timed from its send
                to the first window update on the dashboard's /api/stream that counts it:
                producer -> Kafka -> processor -> analytics.metrics -> dashboard -> SSE.
                Prints p50/p90/p99/max (target: p99 <= 2 s) and the number of probes.
  (b) rate      steps the generator's rate through its REST API, holds each step, watches
                the processor group's lag and the rate written, and prints a table and the
                highest rate sustained (target: 50 000 events/s). A step is sustained when,
                over its second half, the generator wrote >= 95 % of the rate asked, the lag
                grew by at most 1 s of input and ended at most 5 s of input behind. Stepping
                stops at the first step not sustained. Then the highest sustained step's rate
                is held --hold-seconds and judged the same way: a short step sees the
                processor's session state young, and it only reaches its steady size a
                session gap and a grace period (5.5 min) after a rate is set.

Exits 0 whether or not the targets are met; non-zero only if a step failed.

Options:
  --latency-seconds N  probes timed in part (a), after a 30 s warm-up (default 120; 0 skips (a))
  --steps LIST         rates of part (b), comma-separated events/s
                       (default 10000,20000,30000,40000,50000,60000; 'none' skips (b))
  --step-seconds N     how long each step is held (default 60)
  --hold-seconds N     how long the highest sustained step's rate is then held (default 600;
                       0 skips the hold)
  --kafka-port P       client port of the benchmark's broker (default: a free port)
  --keep               keep the benchmark folder (broker data, state, logs) afterwards
  --help               show this help

Environment:
  JAVA_HOME                  JDK 17+ to use (default: java on the PATH)
  PLAYGROUND_HOME            the benchmark works in PLAYGROUND_HOME/bench/pipeline-<run>
                             (default: .playground in the repository)
  PLAYGROUND_START_TIMEOUT   seconds to wait for each service to report healthy (default 180)
EOF_USAGE
}

# ---------------------------------------------------------------------------------------------
# Settings

BENCH_NAME="pipeline"
GENERATOR_MODULE="event-generator-service"
PROCESSOR_MODULE="analytics-processor-service"
DASHBOARD_MODULE="dashboard-service"
# the same heaps as run-local.sh
GENERATOR_HEAP=256m
PROCESSOR_HEAP=1g
DASHBOARD_HEAP=256m
PROCESSOR_GROUP="analytics-processor"
LATENCY_RATE=10000
GENERATOR_SEED=42
# a flat day: the base rate is the rate
FLAT_DAY="$(printf '1,%.0s' {1..24})"
FLAT_DAY="${FLAT_DAY%,}"
WARMUP_SECONDS=30
PROBE_INTERVAL_MS=500
TARGET_P99_MS=2000
TARGET_RATE=50000

START_TIMEOUT="${PLAYGROUND_START_TIMEOUT:-180}"
CALLER_DIR="$PWD"
STEPS=6

# ---------------------------------------------------------------------------------------------
# Command line

LATENCY_SECONDS=120
RATES="10000,20000,30000,40000,50000,60000"
STEP_SECONDS=60
HOLD_SECONDS=600
KAFKA_PORT=""
KEEP=0

while (($# > 0)); do
  case "$1" in
    --latency-seconds)
      LATENCY_SECONDS="$(option_value "$@")"
      shift
      ;;
    --latency-seconds=*) LATENCY_SECONDS="${1#*=}" ;;
    --steps)
      RATES="$(option_value "$@")"
      shift
      ;;
    --steps=*) RATES="${1#*=}" ;;
    --step-seconds)
      STEP_SECONDS="$(option_value "$@")"
      shift
      ;;
    --step-seconds=*) STEP_SECONDS="${1#*=}" ;;
    --hold-seconds)
      HOLD_SECONDS="$(option_value "$@")"
      shift
      ;;
    --hold-seconds=*) HOLD_SECONDS="${1#*=}" ;;
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
    *) die "Unknown option '$1'. Run scripts/bench-pipeline.sh --help to see the options." ;;
  esac
  shift
done

LATENCY_SECONDS="$(whole_number "Option '--latency-seconds'" "$LATENCY_SECONDS" 0 3600)"
STEP_SECONDS="$(whole_number "Option '--step-seconds'" "$STEP_SECONDS" 10 3600)"
HOLD_SECONDS="$(whole_number "Option '--hold-seconds'" "$HOLD_SECONDS" 0 7200)"
((HOLD_SECONDS == 0 || HOLD_SECONDS >= 10)) || die "Option '--hold-seconds' must be 0 or at least 10 but was $HOLD_SECONDS."
if [[ "$RATES" != none ]]; then
  checked=""
  IFS=',' read -r -a rate_list <<< "$RATES"
  for rate in "${rate_list[@]}"; do
    checked="$checked,$(whole_number "Each rate of '--steps'" "$rate" 1 1000000)"
  done
  RATES="${checked#,}"
  [[ -n "$RATES" ]] || die "Option '--steps' needs at least one rate, or 'none'."
fi
((LATENCY_SECONDS > 0)) || [[ "$RATES" != none ]] || die "Nothing to measure: --latency-seconds 0 and --steps none."
[[ -z "$KAFKA_PORT" ]] || KAFKA_PORT="$(whole_number "Option '--kafka-port'" "$KAFKA_PORT" 1 65535)"
START_TIMEOUT="$(whole_number "PLAYGROUND_START_TIMEOUT" "$START_TIMEOUT" 1 3600)"

# ---------------------------------------------------------------------------------------------
# Steps

# Starts a service from its jar as run-local.sh does: start_service NAME PORT HEAP MODULE ARGS...
start_service() {
  local name="$1" port="$2" heap="$3" module="$4"
  shift 4
  bench_start "$name" "$JAVA_CMD" "-Xmx$heap" -jar "$(exec_jar "$module")" \
    "--spring.kafka.bootstrap-servers=$BOOTSTRAP_SERVERS" "--server.port=$port" "$@"
}

start_services() {
  local start
  PROCESSOR_PORT="$(free_port "$KAFKA_PORT" "$CONTROLLER_PORT")"
  DASHBOARD_PORT="$(free_port "$KAFKA_PORT" "$CONTROLLER_PORT" "$PROCESSOR_PORT")"
  GENERATOR_PORT="$(free_port "$KAFKA_PORT" "$CONTROLLER_PORT" "$PROCESSOR_PORT" "$DASHBOARD_PORT")"
  say "[4/$STEPS] Starting the processor, the dashboard and the generator ($LATENCY_RATE events/s, flat day, seed $GENERATOR_SEED)..."
  start="$(now_micros)"
  mkdir -p "$RUN_DIR/processor-state"
  start_service processor "$PROCESSOR_PORT" "$PROCESSOR_HEAP" "$PROCESSOR_MODULE" \
    "--spring.kafka.streams.state-dir=$RUN_DIR/processor-state" "--playground.processor.instance-id=processor-1"
  start_service dashboard "$DASHBOARD_PORT" "$DASHBOARD_HEAP" "$DASHBOARD_MODULE"
  bench_await_healthy processor "$PROCESSOR_PORT" "$START_TIMEOUT"
  bench_await_healthy dashboard "$DASHBOARD_PORT" "$START_TIMEOUT"
  start_service generator "$GENERATOR_PORT" "$GENERATOR_HEAP" "$GENERATOR_MODULE" \
    "--playground.generator.events-per-second=$LATENCY_RATE" "--playground.generator.seed=$GENERATOR_SEED" \
    "--playground.generator.traffic.hourly=$FLAT_DAY" "--playground.generator.traffic.weekend-factor=1"
  bench_await_healthy generator "$GENERATOR_PORT" "$START_TIMEOUT"
  say "      $OK_MARK processor on $PROCESSOR_PORT, dashboard on $DASHBOARD_PORT, generator on $GENERATOR_PORT ($(elapsed_since "$start"))"
}

measure_latency() {
  local start
  LATENCY_RESULTS="$RUN_DIR/latency.txt"
  if ((LATENCY_SECONDS == 0)); then
    say "[5/$STEPS] Latency: skipped (--latency-seconds 0)"
    return 0
  fi
  say "[5/$STEPS] Latency at $LATENCY_RATE events/s: probes every $PROBE_INTERVAL_MS ms, $WARMUP_SECONDS s warm-up, then $LATENCY_SECONDS s timed..."
  start="$(now_micros)"
  bench_run_tool "$LATENCY_RESULTS" "$(log_file probes)" "$JAVA_CMD" -Xmx256m -cp "$(bench_classpath)" \
    dev.kafkaplayground.benchmarks.pipeline.ProbeLatency --bootstrap-server "$BOOTSTRAP_SERVERS" \
    --dashboard-url "http://127.0.0.1:$DASHBOARD_PORT" --group "$PROCESSOR_GROUP" --seconds "$LATENCY_SECONDS" \
    --warmup-seconds "$WARMUP_SECONDS" --interval-ms "$PROBE_INTERVAL_MS" ||
    fail "the latency probes failed" "$(log_file probes)"
  LATENCY_ACHIEVED="$(generator_achieved_rate)"
  say "      $OK_MARK $(result_value probes-seen "$LATENCY_RESULTS") of $(result_value probes-timed "$LATENCY_RESULTS") timed probes seen ($(elapsed_since "$start")); generator achieved ${LATENCY_ACHIEVED:-?} events/s"
}

# The generator's achievedEventsPerSecond (last 10 s), rounded, or nothing without curl.
generator_achieved_rate() {
  command -v curl > /dev/null 2>&1 || return 0
  curl -fsS --max-time 5 "http://127.0.0.1:$GENERATOR_PORT/api/generator" 2> /dev/null |
    sed -n 's/.*"achievedEventsPerSecond":\([0-9.]*\).*/\1/p' | awk '{ printf "%.0f", $1 }'
}

measure_rates() {
  local start
  RATE_RESULTS="$RUN_DIR/rates.txt"
  if [[ "$RATES" == none ]]; then
    say "[6/$STEPS] Sustained rate: skipped (--steps none)"
    return 0
  fi
  say "[6/$STEPS] Sustained rate: steps of $STEP_SECONDS s at ${RATES//,/, } events/s, until one is not sustained,"
  if ((HOLD_SECONDS > 0)); then
    say "      then the highest sustained rate held $HOLD_SECONDS s..."
  else
    say "      no hold (--hold-seconds 0)..."
  fi
  start="$(now_micros)"
  bench_run_tool "$RATE_RESULTS" "$(log_file rate-steps)" "$JAVA_CMD" -Xmx128m -cp "$(bench_classpath)" \
    dev.kafkaplayground.benchmarks.pipeline.RateSteps --bootstrap-server "$BOOTSTRAP_SERVERS" \
    --generator-url "http://127.0.0.1:$GENERATOR_PORT" --group "$PROCESSOR_GROUP" --rates "$RATES" \
    --step-seconds "$STEP_SECONDS" --hold-seconds "$HOLD_SECONDS" ||
    fail "stepping the rate failed" "$(log_file rate-steps)"
  say "      $OK_MARK $(grep -c '^step=' "$RATE_RESULTS") steps, $(grep -c '^hold=' "$RATE_RESULTS") hold ($(elapsed_since "$start"))"
}

print_latency() {
  local p99 seen timed lag lag_remark bound=""
  [[ -f "${LATENCY_RESULTS:-}" ]] || return 0
  p99="$(result_value latency-ms-p99 "$LATENCY_RESULTS")"
  seen="$(result_value probes-seen "$LATENCY_RESULTS")"
  timed="$(result_value probes-timed "$LATENCY_RESULTS")"
  # a probe not seen counts with its delay until the end: the figures above it are lower bounds
  ((seen == timed)) || bound=">= "
  result_row "Probes seen" "$seen of $timed" \
    "generator at $LATENCY_RATE events/s (achieved ${LATENCY_ACHIEVED:-?})"
  lag="$(result_value processor-lag-after-probes "$LATENCY_RESULTS")"
  if ((lag > LATENCY_RATE)); then
    lag_remark="when the last probe was sent: over 1 s of input, it did not keep up; the latency is mostly its backlog"
  else
    lag_remark="when the last probe was sent: under 1 s of input, it kept up"
  fi
  result_row "Processor lag" "$lag events" "$lag_remark"
  result_row "Latency p50" "$bound$(result_value latency-ms-p50 "$LATENCY_RESULTS") ms" "event sent -> window update at an SSE client"
  result_row "Latency p90" "$bound$(result_value latency-ms-p90 "$LATENCY_RESULTS") ms" ""
  result_row "Latency p99" "$bound$p99 ms" "target <= $TARGET_P99_MS ms: $(verdict le "$p99" "$TARGET_P99_MS")"
  result_row "Latency max" "$bound$(result_value latency-ms-max "$LATENCY_RESULTS") ms" ""
  say "  Latency over time, p50/max in ms per 30 s of probes: $(result_value latency-ms-over-time "$LATENCY_RESULTS")"
  ((seen == timed)) ||
    say "  $((timed - seen)) probes were not seen 60 s after the last was sent: they count with their delay until then, so the figures marked >= may be lower bounds."
}

# One row of the step table: print_rate_row LABEL ASKED WRITTEN PROCESSED LAG_HALF LAG_END OUTCOME
print_rate_row() {
  printf '  %-6s %12s %12s %12s %14s %14s   %s\n' "$1" "$2" "$3" "$4" "$5" "$6" "${7//_/ }"
}

print_rates() {
  local highest hold asked written outcome
  [[ -f "${RATE_RESULTS:-}" ]] || return 0
  highest="$(result_value highest-sustained "$RATE_RESULTS")"
  hold="$(result_value hold "$RATE_RESULTS")"
  say ""
  print_rate_row "" "asked (ev/s)" "written" "processed" "lag at half" "lag at end" "verdict"
  sed -n 's/^step=//p' "$RATE_RESULTS" | while read -r line; do
    # shellcheck disable=SC2086 # the line's six fields
    print_rate_row step $line
  done
  if [[ -n "$hold" ]]; then
    # shellcheck disable=SC2086 # the line's six fields
    print_rate_row hold $hold
  fi
  say ""
  result_row "Highest step sustained" "$highest events/s" "written, in a step of $STEP_SECONDS s"
  if ((HOLD_SECONDS == 0)); then
    result_row "Sustained rate" "not held" "--hold-seconds 0: the steps alone see young session state"
  elif [[ -z "$hold" ]]; then
    result_row "Sustained rate" "0 events/s" "no step sustained, nothing to hold; target >= $TARGET_RATE: below target"
  else
    read -r asked written _ _ _ outcome <<< "$hold"
    if [[ "$outcome" == sustained ]]; then
      result_row "Sustained rate" "$asked events/s" \
        "asked ($written written), held $HOLD_SECONDS s; target >= $TARGET_RATE: $(verdict ge "$asked" "$TARGET_RATE")"
    else
      result_row "Sustained rate" "not held" \
        "$asked events/s held $HOLD_SECONDS s: ${outcome//_/ }; target >= $TARGET_RATE: below target"
    fi
  fi
}

print_results() {
  say ""
  say "Results ($(date -u '+%Y-%m-%d %H:%M UTC'), load average $(load_average))"
  say ""
  result_row "Machine" "$(cores) cores" "$JAVA_VERSION"
  print_latency
  print_rates
}

# ---------------------------------------------------------------------------------------------
# Main

cd "$PLAYGROUND_ROOT"
say "[1/$STEPS] Checking Java and ports..."
bench_prepare
say "      $OK_MARK $JAVA_VERSION; $(cores) cores; broker ports $KAFKA_PORT and $CONTROLLER_PORT"

bench_build "[2/$STEPS]" local-kafka "$GENERATOR_MODULE" "$PROCESSOR_MODULE" "$DASHBOARD_MODULE" "$BENCH_MODULE"
bench_start_broker "[3/$STEPS]"
start_services
measure_latency
measure_rates
print_results
