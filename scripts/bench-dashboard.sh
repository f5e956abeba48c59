#!/usr/bin/env bash
# Measures one dashboard under many SSE clients, in one run: builds what is stale, starts a broker
# of its own on free ports with a fresh data folder and one dashboard from its jar (as run-local.sh
# starts it), opens N event streams from one client JVM, feeds window updates to analytics.metrics
# at a steady rate, and prints the delivery delay of the updates and the dashboard's memory per
# client. Ctrl-C stops exactly the processes it started. See --help.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

usage() {
  cat << 'EOF_USAGE'
Usage: scripts/bench-dashboard.sh [options]

Measures one dashboard serving many browsers at once, on this machine. Builds what is stale,
starts a Kafka broker of its own (fresh data folder, free ports; the playground's broker is not
touched) and one dashboard (its jar, -Xmx256m as run-local.sh gives it), then, from one client
JVM on the loopback interface:

  1. measures the dashboard's heap after a full GC (jcmd GC.run) and its RSS, with no client
  2. opens N SSE streams of /api/stream and measures again: memory per client
  3. sends window updates to analytics.metrics at a steady rate for a while, each stamped
     updatedAt = the time it was sent (the contract's serializer), and times every update from
     that stamp to its arrival at each client

and prints the clients connected, the updates delivered, the delivery delay p50/p90/p99/max
(target: p99 <= 1 s) and the memory per client. Exits 0 whether or not the target is met;
non-zero only if a step failed.

Options:
  --clients N      SSE clients (default 5000); needs N + 1024 open files ('ulimit -n')
  --rate R         window updates a second (default 2; the processor publishes each open
                   window at most once a second, and one or two are open)
  --seconds N      how long to send updates (default 60)
  --kafka-port P   client port of the benchmark's broker (default: a free port)
  --keep           keep the benchmark folder (broker data, logs) afterwards
  --help           show this help

Environment:
  JAVA_HOME                  JDK 17+ to use (default: java on the PATH); needs jcmd
  PLAYGROUND_HOME            the benchmark works in PLAYGROUND_HOME/bench/dashboard-<run>
                             (default: .playground in the repository)
  PLAYGROUND_START_TIMEOUT   seconds to wait for the dashboard to report healthy (default 180)
  BENCH_DASHBOARD_JAVA_OPTS  extra JVM options for the dashboard, e.g. to profile it
EOF_USAGE
}

# ---------------------------------------------------------------------------------------------
# Settings

BENCH_NAME="dashboard"
DASHBOARD_MODULE="dashboard-service"
# the same heap as run-local.sh gives the dashboard
DASHBOARD_HEAP=256m
CLIENT_HEAP=1g
TARGET_P99_MS=1000
# file descriptors beyond one per client: jars, Kafka, the JVM's own
SPARE_FILES=1024

START_TIMEOUT="${PLAYGROUND_START_TIMEOUT:-180}"
CALLER_DIR="$PWD"
STEPS=5

# ---------------------------------------------------------------------------------------------
# Command line

CLIENTS=5000
RATE=2
SECONDS_TO_SEND=60
KAFKA_PORT=""
KEEP=0

while (($# > 0)); do
  case "$1" in
    --clients)
      CLIENTS="$(option_value "$@")"
      shift
      ;;
    --clients=*) CLIENTS="${1#*=}" ;;
    --rate)
      RATE="$(option_value "$@")"
      shift
      ;;
    --rate=*) RATE="${1#*=}" ;;
    --seconds)
      SECONDS_TO_SEND="$(option_value "$@")"
      shift
      ;;
    --seconds=*) SECONDS_TO_SEND="${1#*=}" ;;
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
    *) die "Unknown option '$1'. Run scripts/bench-dashboard.sh --help to see the options." ;;
  esac
  shift
done

CLIENTS="$(whole_number "Option '--clients'" "$CLIENTS" 1 50000)"
RATE="$(whole_number "Option '--rate'" "$RATE" 1 1000)"
SECONDS_TO_SEND="$(whole_number "Option '--seconds'" "$SECONDS_TO_SEND" 5 3600)"
[[ -z "$KAFKA_PORT" ]] || KAFKA_PORT="$(whole_number "Option '--kafka-port'" "$KAFKA_PORT" 1 65535)"
START_TIMEOUT="$(whole_number "PLAYGROUND_START_TIMEOUT" "$START_TIMEOUT" 1 3600)"

# ---------------------------------------------------------------------------------------------
# Steps

start_dashboard() {
  local start
  DASHBOARD_PORT="$(free_port "$KAFKA_PORT" "$CONTROLLER_PORT")"
  say "[4/$STEPS] Starting the dashboard on port $DASHBOARD_PORT (-Xmx$DASHBOARD_HEAP)..."
  start="$(now_micros)"
  # BENCH_DASHBOARD_JAVA_OPTS is split into words on purpose (several JVM options)
  # shellcheck disable=SC2086
  bench_start dashboard "$JAVA_CMD" "-Xmx$DASHBOARD_HEAP" ${BENCH_DASHBOARD_JAVA_OPTS:-} \
    -jar "$(exec_jar "$DASHBOARD_MODULE")" "--spring.kafka.bootstrap-servers=$BOOTSTRAP_SERVERS" \
    "--server.port=$DASHBOARD_PORT"
  DASHBOARD_PID="$BENCH_PID"
  bench_await_healthy dashboard "$DASHBOARD_PORT" "$START_TIMEOUT"
  say "      $OK_MARK dashboard up, PID $DASHBOARD_PID ($(elapsed_since "$start"))"
}

measure() {
  local start
  RESULTS="$RUN_DIR/results.txt"
  say "[5/$STEPS] $CLIENTS SSE clients, then $RATE window updates a second for $SECONDS_TO_SEND s..."
  start="$(now_micros)"
  bench_run_tool "$RESULTS" "$(log_file clients)" "$JAVA_CMD" "-Xmx$CLIENT_HEAP" -cp "$(bench_classpath)" \
    dev.kafkaplayground.benchmarks.dashboard.DashboardLoad --bootstrap-server "$BOOTSTRAP_SERVERS" \
    --dashboard-url "http://127.0.0.1:$DASHBOARD_PORT" --dashboard-pid "$DASHBOARD_PID" \
    --clients "$CLIENTS" --rate "$RATE" --seconds "$SECONDS_TO_SEND" ||
    fail "the clients failed" "$(log_file clients)"
  say "      $OK_MARK measured ($(elapsed_since "$start"))"
}

value() { result_value "$1" "$RESULTS"; }

# KiB per client between two samples, with one decimal
per_client() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN { if (n > 0) printf "%.1f", (b - a) / n; else printf "-" }'; }

# processor time of a process over the feed, as a share of one core
cpu_share() { awk -v c="$(value "$1")" -v w="$(value cpu-wall-ms)" 'BEGIN { if (w > 0) printf "%.0f %%", 100 * c / w; else printf "-" }'; }

mib() { awk -v k="$1" 'BEGIN { printf "%.0f MiB", k / 1024 }'; }

print_results() {
  local connected sent delivered expected p99 heap rss
  connected="$(value clients-connected)"
  sent="$(value records-sent)"
  delivered="$(value updates-delivered)"
  expected=$((connected * sent))
  p99="$(value delay-ms-p99)"
  heap="$(per_client "$(value heap-0-kb)" "$(value heap-n-kb)" "$connected")"
  rss="$(per_client "$(value rss-0-kb)" "$(value rss-n-kb)" "$connected")"
  say ""
  say "Results ($(date -u '+%Y-%m-%d %H:%M UTC'), load average $(load_average))"
  say ""
  result_row "Machine" "$(cores) cores" "$JAVA_VERSION"
  result_row "Clients connected" "$connected of $CLIENTS" \
    "in $(value connect-ms) ms; $(value clients-open-at-end) still open at the end, $(value stream-failures) streams failed"
  result_row "Updates sent" "$sent" "$RATE a second for $SECONDS_TO_SEND s (after a 10 s warm-up), the last one $(value record-bytes) bytes"
  result_row "Updates delivered" "$delivered" "of $expected (clients x updates); a slow client skips to the latest"
  result_row "Delivery delay p50" "$(value delay-ms-p50) ms" "from updatedAt (sent) to arrival at a client"
  result_row "Delivery delay p90" "$(value delay-ms-p90) ms" ""
  result_row "Delivery delay p99" "$p99 ms" "target <= $TARGET_P99_MS ms: $(verdict le "$p99" "$TARGET_P99_MS")"
  result_row "Delivery delay max" "$(value delay-ms-max) ms" ""
  result_row "Heap per client" "$heap KiB" \
    "after a full GC: $(mib "$(value heap-0-kb)") with no client, $(mib "$(value heap-n-kb)") with $connected"
  result_row "RSS per client" "$rss KiB" "$(mib "$(value rss-0-kb)") with no client, $(mib "$(value rss-n-kb)") with $connected"
  result_row "Processor time, dashboard" "$(cpu_share cpu-dashboard-ms)" "of one core, while updates were sent and delivered"
  result_row "Processor time, clients" "$(cpu_share cpu-clients-ms)" "of one core (the client JVM, same machine)"
}

# ---------------------------------------------------------------------------------------------
# Main

cd "$PLAYGROUND_ROOT"
say "[1/$STEPS] Checking Java, open files and ports..."
require_java
[[ -x "$(dirname "$JAVA_CMD")/jcmd" ]] ||
  die "jcmd is missing next to $JAVA_CMD: the benchmark needs a full JDK 17+ to measure the dashboard's heap."
require_open_files $((CLIENTS + SPARE_FILES)) "--clients $CLIENTS"
bench_prepare
say "      $OK_MARK $JAVA_VERSION; $(cores) cores; open files $(ulimit -n); broker ports $KAFKA_PORT and $CONTROLLER_PORT"

bench_build "[2/$STEPS]" local-kafka "$DASHBOARD_MODULE" "$BENCH_MODULE"
bench_start_broker "[3/$STEPS]"
start_dashboard
measure
print_results
