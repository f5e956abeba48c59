#!/usr/bin/env bash
# Runs the whole playground on this machine with one command: builds what is missing or stale,
# starts a real Kafka broker on localhost:9092, creates the topics, starts the event generator,
# the analytics processor(s) and the dashboard as separate JVMs, waits until each reports healthy
# and prints the URLs. Ctrl-C, or SIGTERM (--stop, kill) where it runs in the background, stops
# exactly the processes it started, the build included. With --scale it adds or removes processor
# instances of a playground that another run-local.sh runs. See --help.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

usage() {
  cat << 'EOF'
Usage: scripts/run-local.sh [options]
       scripts/run-local.sh --scale processors=N

Builds what is missing or stale, starts a Kafka broker on localhost:9092, creates the topics,
starts the event generator, the analytics processor(s) and the dashboard, and waits until all
of them are healthy. Open http://localhost:8000 and press Ctrl-C to stop everything.
Started in the background (where Ctrl-C does not reach it), stop it with
scripts/run-local.sh --stop or kill PID: SIGTERM stops everything as Ctrl-C does.

Options:
  --processors N   run N analytics processor instances, 1 to 6 (default 1); instance i
                   listens on port 8081+i
  --no-build       use the jars as they are, even if sources changed
  --reset          delete the broker's data and the processors' state first
  --stop           stop the playground another run-local.sh started, then exit
  --scale processors=N
                   while another run-local.sh runs the playground: start or stop
                   processor instances until N run (0 to 6), then exit. Added
                   instances get the next free numbers, removed ones are the
                   highest-numbered; Ctrl-C of that run-local.sh stops added ones too
  --help           show this help

Environment:
  JAVA_HOME                  JDK 17+ to use (default: java on the PATH)
  PLAYGROUND_HOME            folder for broker data, processor state, logs and the PID file
                             (default: .playground in the repository)
  PLAYGROUND_START_TIMEOUT   seconds to wait for the services to report healthy (default 180)
  PLAYGROUND_JAVA_OPTS       extra JVM options for the three services

Ports: 9092 and 9093 (Kafka), 8000 (dashboard), 8081 (generator), 8082.. (processors).
EOF
}

# ---------------------------------------------------------------------------------------------
# Settings

KAFKA_PORT=9092
CONTROLLER_PORT=9093
DASHBOARD_PORT=8000
GENERATOR_PORT=8081
BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT"
MAX_PROCESSORS=6

GENERATOR_MODULE="event-generator-service"
PROCESSOR_MODULE="analytics-processor-service"
DASHBOARD_MODULE="dashboard-service"

START_TIMEOUT="${PLAYGROUND_START_TIMEOUT:-180}"
# paths are shown relative to where the user started the script; everything runs from the root
CALLER_DIR="$PWD"

# Makes the playground folder absolute (the JVMs run from the repository root) and derives the
# folders and files in it.
init_paths() {
  PLAYGROUND_HOME="${PLAYGROUND_HOME:-$PLAYGROUND_ROOT/.playground}"
  mkdir -p "$PLAYGROUND_HOME"
  PLAYGROUND_HOME="$(cd "$PLAYGROUND_HOME" && pwd)"
  LOG_DIR="$PLAYGROUND_HOME/logs"
  KAFKA_DATA_DIR="$PLAYGROUND_HOME/kafka"
  STATE_DIR="$PLAYGROUND_HOME/state"
  # the supervising run-local.sh, and every process it started ("pid name marker" per line)
  PID_FILE="$PLAYGROUND_HOME/run-local.pid"
  CHILDREN_FILE="$PLAYGROUND_HOME/run-local.children"
}

STEPS=5

# ---------------------------------------------------------------------------------------------
# Command line

PROCESSORS=1
BUILD=1
RESET=0
STOP_ONLY=0
SCALE=""
PROCESSORS_GIVEN=0

while (($# > 0)); do
  case "$1" in
    --processors)
      (($# >= 2)) || die "Option '--processors' needs a value (1 to $MAX_PROCESSORS)."
      PROCESSORS="$2"
      PROCESSORS_GIVEN=1
      shift
      ;;
    --processors=*)
      PROCESSORS="${1#*=}"
      PROCESSORS_GIVEN=1
      ;;
    --scale)
      SCALE="$(option_value "$@")"
      shift
      ;;
    --scale=*) SCALE="${1#*=}" ;;
    --no-build) BUILD=0 ;;
    --reset) RESET=1 ;;
    --stop) STOP_ONLY=1 ;;
    -h | --help)
      usage
      exit 0
      ;;
    *) die "Unknown option '$1'. Run scripts/run-local.sh --help to see the options." ;;
  esac
  shift
done

if ! [[ "$PROCESSORS" =~ ^[0-9]+$ ]] || ((10#$PROCESSORS < 1 || 10#$PROCESSORS > MAX_PROCESSORS)); then
  die "Option '--processors' must be a whole number from 1 to $MAX_PROCESSORS (the topics have 6 partitions) but was '$PROCESSORS'."
fi
PROCESSORS=$((10#$PROCESSORS))
if ! [[ "$START_TIMEOUT" =~ ^[0-9]+$ ]] || ((10#$START_TIMEOUT < 1)); then
  die "PLAYGROUND_START_TIMEOUT must be a whole number of seconds but was '$START_TIMEOUT'."
fi
START_TIMEOUT=$((10#$START_TIMEOUT))
if [[ -n "$SCALE" ]]; then
  if ((PROCESSORS_GIVEN || RESET || STOP_ONLY)); then
    die "Option '--scale' changes a running playground and cannot be combined with --processors, --reset or --stop."
  fi
  [[ "$SCALE" == processors=* ]] || die "Option '--scale' takes processors=N, e.g. --scale processors=3, but was '$SCALE'."
  SCALE="$(whole_number "Option '--scale processors=N': N" "${SCALE#processors=}" 0 "$MAX_PROCESSORS")"
fi

# ---------------------------------------------------------------------------------------------
# Processes

# The command line of a running process, or nothing.
process_command() {
  if [[ -r "/proc/$1/cmdline" ]]; then
    tr '\0' ' ' < "/proc/$1/cmdline" 2> /dev/null || true
  elif command -v ps > /dev/null 2>&1; then
    ps -p "$1" -o command= 2> /dev/null || true
  fi
}

# Whether a process is alive and its command line contains a marker (guards against reused PIDs).
is_alive_as() {
  local pid="$1" marker="$2"
  [[ -n "$pid" ]] && kill -0 "$pid" 2> /dev/null || return 1
  local command
  command="$(process_command "$pid")"
  if [[ -z "$command" ]]; then
    # a zombie (exited, not yet reaped) has no command line; without /proc or ps there is no
    # way to tell, so trust the PID
    [[ ! -d /proc/self ]] && ! command -v ps > /dev/null 2>&1
    return
  fi
  [[ "$command" == *"$marker"* ]]
}

# ---------------------------------------------------------------------------------------------
# Ports

# What listens on a port, if the system can tell.
port_holder() {
  local port="$1"
  if command -v ss > /dev/null 2>&1; then
    ss -ltnp "sport = :$port" 2> /dev/null | tail -n +2 | sed 's/  */ /g' | head -n 3
  elif command -v lsof > /dev/null 2>&1; then
    lsof -nP -iTCP:"$port" -sTCP:LISTEN 2> /dev/null | tail -n +2 | head -n 3
  fi
}

check_ports() {
  local port holder busy=0
  for port in "$@"; do
    if port_in_use "$port"; then
      busy=1
      warn "Port $port is already in use."
      holder="$(port_holder "$port" || true)"
      [[ -z "$holder" ]] || warn "$(printf '%s\n' "$holder" | sed 's/^/    held by: /')"
    fi
  done
  if ((busy)); then
    die "the playground needs these ports. Is another Kafka, playground or service running? Stop it and try again."
  fi
}

# ---------------------------------------------------------------------------------------------
# Bookkeeping of what this run started

BUILD_PID=""
BUILD_IN_BACKGROUND=1
BROKER_PID=""
TOPICS_PID=""
SERVICE_NAMES=()
SERVICE_PIDS=()
SERVICE_PORTS=()
SERVICE_STATE=() # starting, up, exited
OWNS_LOCK=0
READY=0
CLEANING=0

record_child() {
  printf '%s %s %s\n' "$1" "$2" "$3" >> "$CHILDREN_FILE"
}

# Whether a PID is still recorded: --scale removes the line of an instance before stopping it.
is_recorded() {
  [[ -f "$CHILDREN_FILE" ]] && grep -q "^$1 " "$CHILDREN_FILE"
}

# Takes on the processor instances that run-local.sh --scale added, so that Ctrl-C stops them
# too. They are not children of this shell: their exit status is not ours to collect.
adopt_added_processors() {
  [[ -f "$CHILDREN_FILE" ]] || return 0
  local pid name marker i known
  while read -r pid name marker; do
    [[ "$name" == processor-* ]] || continue
    known=0
    for ((i = 0; i < ${#SERVICE_PIDS[@]}; i++)); do
      if [[ "${SERVICE_PIDS[$i]}" == "$pid" ]]; then known=1; fi
    done
    if ((known == 0)); then
      say "      $OK_MARK $name (PID $pid) added with --scale, port $(processor_port "${name#processor-}")"
      SERVICE_NAMES+=("$name")
      SERVICE_PIDS+=("$pid")
      SERVICE_PORTS+=("$(processor_port "${name#processor-}")")
      SERVICE_STATE+=(up)
    fi
  done < "$CHILDREN_FILE"
}

stop_playground() {
  local status=$?
  ((CLEANING == 0)) || return 0
  CLEANING=1
  # a second Ctrl-C must not leave processes behind half-way through stopping
  trap '' INT TERM HUP
  local services=() i started=0 start
  start="$(now_micros)"
  ((OWNS_LOCK == 0)) || adopt_added_processors
  for ((i = ${#SERVICE_PIDS[@]} - 1; i >= 0; i--)); do
    # an exited service was reaped already: its PID may belong to another process by now
    if [[ "${SERVICE_STATE[$i]}" != exited ]] && kill -0 "${SERVICE_PIDS[$i]}" 2> /dev/null; then
      services+=("${SERVICE_PIDS[$i]}")
    fi
  done
  if [[ -n "$BUILD_PID" || -n "$TOPICS_PID" || ${#services[@]} -gt 0 || -n "$BROKER_PID" ]]; then
    started=1
    say ""
    say "Stopping the playground..."
  fi
  [[ -z "$BUILD_PID" ]] || stop_processes 30 "$BUILD_PID"
  [[ -z "$TOPICS_PID" ]] || stop_processes 5 "$TOPICS_PID"
  if ((${#services[@]} > 0)); then
    stop_processes 20 "${services[@]}"
    say "      $OK_MARK services stopped"
  fi
  if [[ -n "$BROKER_PID" ]]; then
    stop_processes 30 "$BROKER_PID"
    say "      $OK_MARK Kafka broker stopped"
  fi
  if ((OWNS_LOCK)); then
    rm -f "$PID_FILE" "$CHILDREN_FILE"
  fi
  if ((started)); then
    say "Stopped ($(elapsed_since "$start")). Data is kept in $(display_path "$PLAYGROUND_HOME") for the next run."
  fi
  exit "$status"
}

on_signal() {
  if ((READY)); then exit 0; else exit 130; fi
}

# ---------------------------------------------------------------------------------------------
# Already running?

# Stops the run recorded in the PID file (--stop), or what it left behind if it died.
stop_recorded_run() {
  local pid="" name marker
  [[ ! -f "$PID_FILE" ]] || pid="$(head -n 1 "$PID_FILE")"
  if [[ -n "$pid" ]] && is_alive_as "$pid" "run-local"; then
    say "Stopping the playground run by run-local.sh (PID $pid)..."
    kill -TERM "$pid"
    if wait_gone "$pid" 60; then
      # it removes its files once it has stopped everything it started
      if [[ ! -f "$CHILDREN_FILE" ]]; then
        say "$OK_MARK stopped"
        return 0
      fi
    else
      warn "run-local.sh (PID $pid) did not stop within 60 s; stopping its processes directly."
    fi
  fi
  local services=() brokers=()
  if [[ -f "$CHILDREN_FILE" ]]; then
    while read -r pid name marker; do
      if is_alive_as "$pid" "$marker"; then
        say "Stopping $name (PID $pid) left behind by an earlier run..."
        if [[ "$name" == kafka ]]; then brokers+=("$pid"); else services+=("$pid"); fi
      fi
    done < "$CHILDREN_FILE"
  fi
  rm -f "$PID_FILE" "$CHILDREN_FILE"
  if ((${#services[@]} + ${#brokers[@]} == 0)); then
    say "No playground is running."
    return 0
  fi
  # services first, so that they do not spend their last seconds retrying a missing broker
  ((${#services[@]} == 0)) || stop_processes 20 "${services[@]}"
  ((${#brokers[@]} == 0)) || stop_processes 30 "${brokers[@]}"
  say "$OK_MARK stopped"
}

refuse_if_running() {
  local pid="" name marker alive=""
  [[ ! -f "$PID_FILE" ]] || pid="$(head -n 1 "$PID_FILE")"
  if [[ -n "$pid" ]] && is_alive_as "$pid" "run-local"; then
    die "The playground is already running (run-local.sh, PID $pid). Stop it with Ctrl-C in its terminal or with scripts/run-local.sh --stop."
  fi
  if [[ -f "$CHILDREN_FILE" ]]; then
    while read -r pid name marker; do
      if is_alive_as "$pid" "$marker"; then alive="${alive:+$alive, }$name (PID $pid)"; fi
    done < "$CHILDREN_FILE"
  fi
  if [[ -n "$alive" ]]; then
    die "An earlier run-local.sh ended without stopping $alive. Stop them with scripts/run-local.sh --stop."
  fi
  rm -f "$PID_FILE" "$CHILDREN_FILE"
}

take_lock() {
  if ! (set -o noclobber && printf '%s\n' "$$" > "$PID_FILE") 2> /dev/null; then
    die "Another run-local.sh is starting right now (see $(display_path "$PID_FILE"))."
  fi
  OWNS_LOCK=1
  : > "$CHILDREN_FILE"
}

# ---------------------------------------------------------------------------------------------
# Build

# Modules whose jar is missing or older than their sources (see module_is_stale).
playground_stale_modules() {
  stale_modules local-kafka "$GENERATOR_MODULE" "$PROCESSOR_MODULE" "$DASHBOARD_MODULE"
}

build() {
  local stale
  stale="$(playground_stale_modules)"
  if ((BUILD == 0)); then
    say "[2/$STEPS] Skipping the build (--no-build)"
    if [[ -n "$stale" ]]; then
      local module missing=""
      for module in $stale; do
        if [[ "$module" == local-kafka ]]; then
          local_kafka_is_built || missing="$missing $module"
        elif [[ ! -f "$(exec_jar "$module")" ]]; then
          missing="$missing $module"
        fi
      done
      [[ -z "$missing" ]] || die "--no-build, but these modules were never built:$missing. Run without --no-build."
      warn "      note: sources changed since the last build of: $(printf '%s' "$stale" | tr '\n' ' ')"
    fi
    return 0
  fi
  if [[ -z "$stale" ]]; then
    say "[2/$STEPS] Build is up to date"
    return 0
  fi
  local modules=() module
  for module in $stale; do modules+=("$module"); done
  build_modules "[2/$STEPS]" "${modules[@]}"
}

# ---------------------------------------------------------------------------------------------
# Kafka

start_broker() {
  local log start status
  log="$(log_file kafka)"
  say "[3/$STEPS] Starting Kafka broker on $BOOTSTRAP_SERVERS (log: $(display_path "$log"))..."
  start="$(now_micros)"
  "$JAVA_CMD" -Xmx512m -cp "$(local_kafka_classpath)" dev.kafkaplayground.localkafka.LocalKafkaBroker \
    --data-dir "$KAFKA_DATA_DIR" --port "$KAFKA_PORT" --controller-port "$CONTROLLER_PORT" > "$log" 2>&1 &
  BROKER_PID=$!
  record_child "$BROKER_PID" kafka LocalKafkaBroker

  say "[4/$STEPS] Waiting for Kafka and creating topics..."
  # the topic set-up waits until the broker answers; watch the broker meanwhile
  "$JAVA_CMD" -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$(local_kafka_classpath)" \
    dev.kafkaplayground.localkafka.TopicSetup --bootstrap-server "$BOOTSTRAP_SERVERS" --timeout 120s \
    > "$(log_file create-topics)" 2>&1 &
  TOPICS_PID=$!
  record_child "$TOPICS_PID" create-topics TopicSetup
  while kill -0 "$TOPICS_PID" 2> /dev/null; do
    if ! kill -0 "$BROKER_PID" 2> /dev/null; then
      stop_processes 5 "$TOPICS_PID"
      TOPICS_PID=""
      wait "$BROKER_PID" 2> /dev/null && status=0 || status=$?
      BROKER_PID=""
      fail "the Kafka broker exited while starting (status $status); if its data is damaged, --reset starts afresh" "$log"
    fi
    sleep 0.2
  done
  wait "$TOPICS_PID" && status=0 || status=$?
  TOPICS_PID=""
  sed 's/^/      /' "$(log_file create-topics)"
  ((status == 0)) || fail "creating the topics failed (status $status)" "$log"
  say "      $OK_MARK Kafka ready on $BOOTSTRAP_SERVERS ($(elapsed_since "$start"))"
}

# ---------------------------------------------------------------------------------------------
# Services

start_service() {
  local name="$1" port="$2" heap="$3" jar="$4"
  shift 4
  # PLAYGROUND_JAVA_OPTS is split into words on purpose
  # shellcheck disable=SC2086
  "$JAVA_CMD" "-Xmx$heap" ${PLAYGROUND_JAVA_OPTS:-} -jar "$jar" \
    "--spring.kafka.bootstrap-servers=$BOOTSTRAP_SERVERS" "--server.port=$port" "$@" \
    > "$(log_file "$name")" 2>&1 &
  local pid=$!
  record_child "$pid" "$name" "$(basename "$jar")"
  SERVICE_NAMES+=("$name")
  SERVICE_PIDS+=("$pid")
  SERVICE_PORTS+=("$port")
  SERVICE_STATE+=(starting)
}

processor_port() { printf '%s' $((GENERATOR_PORT + $1)); }

# Starts processor instance i with its own port, state directory and instance id.
start_processor() {
  local i="$1"
  mkdir -p "$STATE_DIR/processor-$i"
  start_service "processor-$i" "$(processor_port "$i")" 1g "$(exec_jar "$PROCESSOR_MODULE")" \
    "--spring.kafka.streams.state-dir=$STATE_DIR/processor-$i" "--playground.processor.instance-id=processor-$i"
}

start_services() {
  local i start
  say "[5/$STEPS] Starting the event generator, $PROCESSORS analytics processor$( ((PROCESSORS == 1)) || printf 's') and the dashboard (logs: $(display_path "$LOG_DIR")/)..."
  start="$(now_micros)"
  start_service generator "$GENERATOR_PORT" 256m "$(exec_jar "$GENERATOR_MODULE")"
  for ((i = 1; i <= PROCESSORS; i++)); do
    start_processor "$i"
  done
  start_service dashboard "$DASHBOARD_PORT" 256m "$(exec_jar "$DASHBOARD_MODULE")"
  await_healthy "$start"
}

# Waits until every service still starting reports healthy; fails when one exits, when the
# time is up, or (with --scale) when the playground's run-local.sh stops meanwhile.
await_healthy() {
  local start="$1" i deadline waiting status
  deadline=$((start + START_TIMEOUT * 1000000))
  while true; do
    if [[ -n "${SUPERVISOR_PID:-}" ]] && ! is_alive_as "$SUPERVISOR_PID" "run-local"; then
      fail "the playground stopped (run-local.sh, PID $SUPERVISOR_PID exited)"
    fi
    waiting=""
    for ((i = 0; i < ${#SERVICE_PIDS[@]}; i++)); do
      [[ "${SERVICE_STATE[$i]}" == starting ]] || continue
      if ! kill -0 "${SERVICE_PIDS[$i]}" 2> /dev/null; then
        wait "${SERVICE_PIDS[$i]}" 2> /dev/null && status=0 || status=$?
        SERVICE_STATE[i]=exited
        fail "${SERVICE_NAMES[$i]} exited during start-up (status $status)" "$(log_file "${SERVICE_NAMES[$i]}")"
      fi
      if is_healthy "${SERVICE_PORTS[$i]}"; then
        SERVICE_STATE[i]=up
        say "      $OK_MARK ${SERVICE_NAMES[$i]} up on port ${SERVICE_PORTS[$i]} ($(elapsed_since "$start"))"
      else
        waiting="$waiting ${SERVICE_NAMES[$i]}"
      fi
    done
    [[ -n "$waiting" ]] || return 0
    if (($(now_micros) > deadline)); then
      for ((i = 0; i < ${#SERVICE_PIDS[@]}; i++)); do
        [[ "${SERVICE_STATE[$i]}" != starting ]] || show_log_tail "$(log_file "${SERVICE_NAMES[$i]}")"
      done
      fail "not healthy after $START_TIMEOUT s:$waiting (set PLAYGROUND_START_TIMEOUT to wait longer)"
    fi
    sleep 0.5
  done
}

print_urls() {
  local i
  say ""
  say "The playground is running (ready in $(elapsed_since "$RUN_START"))."
  say ""
  say "  Dashboard              http://localhost:$DASHBOARD_PORT"
  say "  Event generator        http://localhost:$GENERATOR_PORT/actuator/health   metrics: http://localhost:$GENERATOR_PORT/actuator/prometheus"
  for ((i = 1; i <= PROCESSORS; i++)); do
    say "  Analytics processor $i  http://localhost:$((GENERATOR_PORT + i))/actuator/health   metrics: http://localhost:$((GENERATOR_PORT + i))/actuator/prometheus"
  done
  say "  Kafka bootstrap        $BOOTSTRAP_SERVERS"
  say "  Logs                   $(display_path "$LOG_DIR")/"
  say ""
  if ((SIGINT_IGNORED)); then
    say "Ctrl-C does not reach this run-local.sh: it was started in the background, where SIGINT is ignored."
    say "Stop it with scripts/run-local.sh --stop or kill $$ (SIGTERM)."
  else
    say "Press Ctrl-C to stop (or run scripts/run-local.sh --stop from another terminal)."
  fi
}

# Reports services that exit while the playground runs (stopping a processor to watch the others
# take over its partitions is fair play; one removed with --scale is no news); stops everything if
# the broker goes.
watch_processes() {
  local i status
  while true; do
    sleep 1
    adopt_added_processors
    if ! kill -0 "$BROKER_PID" 2> /dev/null; then
      wait "$BROKER_PID" 2> /dev/null && status=0 || status=$?
      BROKER_PID=""
      fail "the Kafka broker exited (status $status); stopping the playground" "$(log_file kafka)"
    fi
    for ((i = 0; i < ${#SERVICE_PIDS[@]}; i++)); do
      [[ "${SERVICE_STATE[$i]}" == up ]] || continue
      if ! kill -0 "${SERVICE_PIDS[$i]}" 2> /dev/null; then
        wait "${SERVICE_PIDS[$i]}" 2> /dev/null && status=0 || status=$?
        SERVICE_STATE[i]=exited
        if ! is_recorded "${SERVICE_PIDS[$i]}"; then
          say "      ${SERVICE_NAMES[$i]} (PID ${SERVICE_PIDS[$i]}) stopped: removed with --scale"
        else
          # 127: an instance added with --scale is not our child, its status is unknown
          warn "$FAIL_MARK ${SERVICE_NAMES[$i]} (PID ${SERVICE_PIDS[$i]}) exited$( ((status == 127)) || printf ' with status %s' "$status"); the rest keeps running. Log: $(display_path "$(log_file "${SERVICE_NAMES[$i]}")")"
        fi
      fi
    done
  done
}

# ---------------------------------------------------------------------------------------------
# Scaling a running playground (--scale)

SUPERVISOR_PID=""
SCALE_LOCK=""
ADDED=()

# The numbers of the processor instances the playground runs now, one a line, ascending.
running_processors() {
  [[ -f "$CHILDREN_FILE" ]] || return 0
  local pid name marker
  while read -r pid name marker; do
    if [[ "$name" == processor-* ]] && is_alive_as "$pid" "$marker"; then printf '%s\n' "${name#processor-}"; fi
  done < "$CHILDREN_FILE" | sort -n -u
}

# The PID of a running processor instance.
processor_pid() {
  local pid name marker
  while read -r pid name marker; do
    if [[ "$name" == "processor-$1" ]] && is_alive_as "$pid" "$marker"; then printf '%s' "$pid"; fi
  done < "$CHILDREN_FILE"
}

# Removes the lines of PIDs from the children file, so that the playground's run-local.sh sees
# their exit as intended.
forget_children() {
  local pid pattern=""
  for pid in "$@"; do pattern="$pattern|^$pid "; done
  grep -v -E "${pattern#|}" "$CHILDREN_FILE" > "$CHILDREN_FILE.tmp" || true
  mv "$CHILDREN_FILE.tmp" "$CHILDREN_FILE"
}

# On a failed or interrupted --scale: stops what it started, and lets the next one in.
end_scaling() {
  local status=$? i pids=()
  trap '' INT TERM HUP
  for ((i = 0; i < ${#SERVICE_PIDS[@]}; i++)); do
    [[ "${SERVICE_STATE[$i]}" == up ]] || pids+=("${SERVICE_PIDS[$i]}")
  done
  if ((status != 0 && ${#pids[@]} > 0)); then
    forget_children "${pids[@]}"
    stop_processes 20 "${pids[@]}"
    warn "      stopped the instances that did not come up"
  fi
  [[ -z "$SCALE_LOCK" ]] || rm -f "$SCALE_LOCK"
  exit "$status"
}

take_scale_lock() {
  local holder=""
  SCALE_LOCK="$PLAYGROUND_HOME/run-local.scale.pid"
  if ! (set -o noclobber && printf '%s\n' "$$" > "$SCALE_LOCK") 2> /dev/null; then
    holder="$(head -n 1 "$SCALE_LOCK" 2> /dev/null || true)"
    if [[ -n "$holder" ]] && is_alive_as "$holder" "run-local"; then
      SCALE_LOCK=""
      die "Another run-local.sh --scale (PID $holder) is changing the playground right now."
    fi
    printf '%s\n' "$$" > "$SCALE_LOCK"
  fi
}

scale_processors() {
  local target="$1" running=() number count i start stopping=() names=""
  [[ ! -f "$PID_FILE" ]] || SUPERVISOR_PID="$(head -n 1 "$PID_FILE")"
  if [[ -z "$SUPERVISOR_PID" ]] || ! is_alive_as "$SUPERVISOR_PID" "run-local" || [[ ! -f "$CHILDREN_FILE" ]]; then
    die "No playground is running in $(display_path "$PLAYGROUND_HOME"). Start one with scripts/run-local.sh, then scale it from another terminal."
  fi
  [[ -f "$(exec_jar "$PROCESSOR_MODULE")" ]] || die "The processor is not built: $(display_path "$(exec_jar "$PROCESSOR_MODULE")") is missing."
  require_java
  take_scale_lock
  trap end_scaling EXIT
  trap 'exit 130' INT TERM HUP
  for number in $(running_processors); do running+=("$number"); done
  count=${#running[@]}
  if ((count == target)); then
    say "The playground runs $count analytics processor$( ((count == 1)) || printf 's') already: nothing to change."
    return 0
  fi
  start="$(now_micros)"
  if ((target > count)); then
    say "Adding analytics processors: $count -> $target (logs: $(display_path "$LOG_DIR")/)..."
    for ((i = 1; i <= MAX_PROCESSORS && count < target; i++)); do
      [[ " ${running[*]} " != *" $i "* ]] || continue
      check_ports "$(processor_port "$i")"
      start_processor "$i"
      ADDED+=("$i")
      count=$((count + 1))
    done
    await_healthy "$start"
    say "$OK_MARK $target processor$( ((target == 1)) && printf ' runs now; it has all the partitions' || printf 's run now; the group shares the partitions among them'). Ctrl-C of the playground's run-local.sh stops the added ones too."
    return 0
  fi
  say "Removing analytics processors: $count -> $target..."
  for ((i = count - 1; i >= target; i--)); do
    stopping+=("$(processor_pid "${running[$i]}")")
    names="$names processor-${running[$i]}"
  done
  forget_children "${stopping[@]}"
  stop_processes 20 "${stopping[@]}"
  if ((target == 0)); then
    say "      $OK_MARK stopped$names ($(elapsed_since "$start")); the group has no member: its input waits on the topics, and its lag grows"
  else
    say "      $OK_MARK stopped$names ($(elapsed_since "$start")); $( ((${#stopping[@]} == 1)) && printf 'its' || printf 'their') partitions move to the remaining instances"
  fi
  say "$OK_MARK $target processor$( ((target == 1)) && printf ' runs' || printf 's run') now."
}

# ---------------------------------------------------------------------------------------------
# Main

init_paths
cd "$PLAYGROUND_ROOT"

if ((STOP_ONLY)); then
  stop_recorded_run
  exit 0
fi
if [[ -n "$SCALE" ]]; then
  scale_processors "$SCALE"
  exit 0
fi

RUN_START="$(now_micros)"
say "[1/$STEPS] Checking Java, ports and earlier runs..."
require_java
refuse_if_running
processor_ports=()
for ((i = 1; i <= PROCESSORS; i++)); do processor_ports+=($((GENERATOR_PORT + i))); done
check_ports "$KAFKA_PORT" "$CONTROLLER_PORT" "$DASHBOARD_PORT" "$GENERATOR_PORT" "${processor_ports[@]}"
take_lock
trap stop_playground EXIT
trap on_signal INT TERM HUP
# Started in the background by a non-interactive shell (./mvnw verify &, setsid in CI) the script
# inherits SIGINT ignored and cannot trap it; SIGTERM (--stop, kill) stops it the same way.
SIGINT_IGNORED=0
[[ "$(trap -p INT)" != "trap -- '' SIGINT" ]] || SIGINT_IGNORED=1
say "      $OK_MARK $("$JAVA_CMD" -version 2>&1 | head -n 1); ports free"

if ((RESET)); then
  say "      wiping broker data and processor state (--reset)"
  rm -rf "$KAFKA_DATA_DIR" "$STATE_DIR"
fi
mkdir -p "$LOG_DIR" "$STATE_DIR"

build
RUN_START="$(now_micros)"
start_broker
start_services
READY=1
print_urls
watch_processes
