# shellcheck shell=bash
# Shared by the scripts in scripts/: repository paths, the JDK check, output helpers, the build of
# stale modules, the local-kafka class path, and the handling of the processes, ports and health
# checks of what a script starts. Source it; it defines functions and variables and runs nothing
# else.
# Written for bash 3.2 (macOS) and newer.

# The repository root, whatever directory the script was started from.
PLAYGROUND_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

LOCAL_KAFKA_JAR="$PLAYGROUND_ROOT/local-kafka/target/local-kafka.jar"
LOCAL_KAFKA_LIB="$PLAYGROUND_ROOT/local-kafka/target/lib"

# Ticks and crosses only where the terminal speaks UTF-8.
# shellcheck disable=SC2034 # used by the scripts that source this file
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  *UTF-8* | *utf-8* | *UTF8* | *utf8*) OK_MARK="✓" FAIL_MARK="✗" ;;
  *) OK_MARK="OK" FAIL_MARK="FAILED" ;;
esac

say() { printf '%s\n' "$*"; }
warn() { printf '%s\n' "$*" >&2; }
die() {
  warn "Error: $*"
  exit 1
}

# ---------------------------------------------------------------------------------------------
# Command lines, paths and failures (the scripts set CALLER_DIR, the caller's working directory,
# and LOG_DIR)

# The value after an option ("--seconds 30"), or a clear error when it is missing.
option_value() {
  (($# >= 2)) || die "Option '$1' needs a value. Run scripts/$(basename "$0") --help to see the options."
  printf '%s' "$2"
}

# Checks that a setting is a whole number within bounds and prints it without leading zeros.
whole_number() {
  local name="$1" value="$2" min="$3" max="$4"
  if ! [[ "$value" =~ ^[0-9]{1,9}$ ]] || ((10#$value < min || 10#$value > max)); then
    die "$name must be a whole number from $min to $max but was '$value'."
  fi
  printf '%s' "$((10#$value))"
}

# A path as the user would type it from where they started the script.
display_path() {
  case "$1" in
    "${CALLER_DIR:-$PWD}"/*) printf '%s' "${1#"${CALLER_DIR:-$PWD}"/}" ;;
    *) printf '%s' "$1" ;;
  esac
}

log_file() { printf '%s' "$LOG_DIR/$1.log"; }

show_log_tail() {
  local file="$1"
  if [[ -s "$file" ]]; then
    warn "      last lines of $(display_path "$file"):"
    tail -n 25 "$file" | sed 's/^/        /' >&2
  fi
}

# Ends the run: says what went wrong (and shows the end of a log), and the script's EXIT trap
# stops everything it started.
fail() {
  warn "      $FAIL_MARK $1"
  [[ -z "${2:-}" ]] || show_log_tail "$2"
  exit 1
}


# Microseconds since the epoch (whole seconds where bash has no EPOCHREALTIME).
now_micros() {
  if [[ -n "${EPOCHREALTIME:-}" ]]; then
    local t="${EPOCHREALTIME/[.,]/}"
    printf '%s' "$((10#$t))"
  else
    printf '%s' "$(($(date +%s) * 1000000))"
  fi
}

# Seconds elapsed since a now_micros value, as "4.2 s".
elapsed_since() {
  local tenths=$((($(now_micros) - $1) / 100000))
  printf '%d.%d s' $((tenths / 10)) $((tenths % 10))
}

# Finds java (JAVA_HOME first, then PATH) and checks that it is 17 or newer.
# Sets JAVA_CMD. With "jdk" as argument also requires javac, which a build needs.
require_java() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    JAVA_CMD="$JAVA_HOME/bin/java"
  elif command -v java > /dev/null 2>&1; then
    JAVA_CMD="$(command -v java)"
  else
    die "JDK 17+ required: no 'java' on the PATH and JAVA_HOME is not set. Install a JDK 17 or newer (for example from https://adoptium.net) and try again."
  fi
  local version_line version major
  version_line="$("$JAVA_CMD" -version 2>&1 | grep -i 'version' | head -n 1 || true)"
  version="$(printf '%s' "$version_line" | sed -n 's/.*version "\([^"]*\)".*/\1/p')"
  case "$version" in
    1.*) major="$(printf '%s' "$version" | cut -d. -f2)" ;;
    *) major="$(printf '%s' "$version" | sed 's/[^0-9].*//')" ;;
  esac
  if [[ -z "$major" ]]; then
    die "JDK 17+ required: cannot tell the version of $JAVA_CMD ('$version_line')."
  fi
  if ((major < 17)); then
    die "JDK 17+ required: $JAVA_CMD is Java $version. Install a JDK 17 or newer, or point JAVA_HOME at one."
  fi
  if [[ "${1:-}" == "jdk" ]]; then
    local javac
    javac="$(dirname "$JAVA_CMD")/javac"
    if [[ ! -x "$javac" ]] && ! command -v javac > /dev/null 2>&1; then
      die "JDK 17+ required to build: $JAVA_CMD belongs to a runtime without javac. Install a full JDK or point JAVA_HOME at one."
    fi
  fi
}

# Runs the committed Maven wrapper from the repository root (never a system mvn). The wrapper
# uses JAVA_HOME or the java on the PATH: the same java require_java checked.
run_maven() {
  (cd "$PLAYGROUND_ROOT" && sh ./mvnw "$@")
}

local_kafka_classpath() {
  printf '%s' "$LOCAL_KAFKA_JAR:$LOCAL_KAFKA_LIB/*"
}

local_kafka_is_built() {
  [[ -f "$LOCAL_KAFKA_JAR" && -d "$LOCAL_KAFKA_LIB" ]]
}

# Whether a module's jar is older than what it is built from: the module's sources and pom, the
# root pom or the shared contract (common-events).
jar_is_older_than_sources() {
  local jar="$1" module="$2" newer
  newer="$(find "$PLAYGROUND_ROOT/$module/src" "$PLAYGROUND_ROOT/$module/pom.xml" "$PLAYGROUND_ROOT/pom.xml" \
    "$PLAYGROUND_ROOT/common-events/src" "$PLAYGROUND_ROOT/common-events/pom.xml" \
    -newer "$jar" -type f 2> /dev/null | head -n 1)" || true
  [[ -n "$newer" ]]
}

# Whether local-kafka's jar is missing or older than its sources.
local_kafka_is_stale() {
  local_kafka_is_built || return 0
  jar_is_older_than_sources "$LOCAL_KAFKA_JAR" local-kafka
}

# The executable jar of a service module (event-generator-service, ...).
exec_jar() { printf '%s' "$PLAYGROUND_ROOT/$1/target/$1-exec.jar"; }

# The plain jar of a module run from a class path with its dependencies in target/lib
# (local-kafka, benchmarks).
plain_jar() { printf '%s' "$PLAYGROUND_ROOT/$1/target/$1.jar"; }

# Whether a module (local-kafka, benchmarks or a service) needs a build: its jar is missing or
# stale.
module_is_stale() {
  local module="$1"
  case "$module" in
    local-kafka)
      local_kafka_is_stale
      return
      ;;
    benchmarks)
      [[ -f "$(plain_jar "$module")" && -d "$PLAYGROUND_ROOT/$module/target/lib" ]] || return 0
      jar_is_older_than_sources "$(plain_jar "$module")" "$module"
      return
      ;;
  esac
  [[ -f "$(exec_jar "$module")" ]] || return 0
  jar_is_older_than_sources "$(exec_jar "$module")" "$module"
}

# The modules among the arguments that need a build, one a line.
stale_modules() {
  local module
  for module in "$@"; do
    if module_is_stale "$module"; then printf '%s\n' "$module"; fi
  done
}

# Builds modules (and the modules they depend on) with the wrapper, reporting under a step label
# such as "[2/5]". Sets JAVA_CMD; dies if the build fails. With BUILD_IN_BACKGROUND=1 the build
# runs as a background child whose PID is in BUILD_PID meanwhile: the caller's traps must stop it.
build_modules() {
  local step="$1" start names list
  shift
  require_java jdk
  names="$(printf '%s, ' "$@")"
  list="$(printf '%s,' "$@")"
  say "$step Building ${names%, } (the first build downloads dependencies and may take a few minutes)..."
  start="$(now_micros)"
  local status
  if ((${BUILD_IN_BACKGROUND:-0})); then
    # bash runs a trap only once the foreground command has ended: a build in the background
    # lets SIGTERM stop the script at once, and its EXIT trap stop the build (BUILD_PID)
    (cd "$PLAYGROUND_ROOT" && exec sh ./mvnw -q -B -DskipTests package -pl "${list%,}" -am) &
    BUILD_PID=$!
    wait "$BUILD_PID" && status=0 || status=$?
    BUILD_PID=""
  else
    run_maven -q -B -DskipTests package -pl "${list%,}" -am && status=0 || status=$?
  fi
  ((status == 0)) || die "the build failed (see the Maven output above)."
  say "      $OK_MARK built ($(elapsed_since "$start"))"
}

# Finds java and builds local-kafka if its jar is missing or stale. Sets JAVA_CMD.
ensure_local_kafka() {
  if local_kafka_is_stale; then
    require_java jdk
    say "Building local-kafka (the first build downloads dependencies and may take a few minutes)..." >&2
    run_maven -q -B -pl local-kafka -am package -DskipTests >&2 || die "the build of local-kafka failed (see the Maven output above)."
  else
    require_java
  fi
}

# ---------------------------------------------------------------------------------------------
# Processes, ports and health checks of what a script starts

# Waits until a process is gone, polling; returns 1 if it is still there after $2 seconds.
wait_gone() {
  local pid="$1" deadline=$(($(now_micros) + $2 * 1000000))
  while kill -0 "$pid" 2> /dev/null; do
    (($(now_micros) < deadline)) || return 1
    sleep 0.1
  done
}

# Asks processes to stop (SIGTERM), waits, and kills those still there after the timeout.
stop_processes() {
  local timeout="$1" pid
  shift
  (($# > 0)) || return 0
  for pid in "$@"; do
    kill -TERM "$pid" 2> /dev/null || true
  done
  for pid in "$@"; do
    if ! wait_gone "$pid" "$timeout"; then
      warn "      PID $pid did not stop within ${timeout} s: killing it"
      kill -KILL "$pid" 2> /dev/null || true
      wait_gone "$pid" 5 || true
    fi
    # collects the exit status of our own children; others are not ours to wait for
    wait "$pid" 2> /dev/null || true
  done
}

# Whether something listens on a local port.
port_in_use() {
  local port="$1"
  if command -v ss > /dev/null 2>&1 && [[ -n "$(ss -ltn "sport = :$port" 2> /dev/null | tail -n +2)" ]]; then
    return 0
  fi
  # anything that accepts a connection holds the port
  (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null
}

# A free local port, not among the arguments.
free_port() {
  local port tries taken used
  for ((tries = 0; tries < 200; tries++)); do
    port=$((20000 + RANDOM % 30000))
    taken=0
    for used in "$@"; do
      [[ "$port" != "$used" ]] || taken=1
    done
    if ((taken == 0)) && ! port_in_use "$port"; then
      printf '%s' "$port"
      return 0
    fi
  done
  die "found no free port between 20000 and 50000."
}

# Whether a service's /actuator/health answers 200 with status UP; curl if present, else bash's
# /dev/tcp (a fresh machine may have no curl).
is_healthy() {
  local port="$1" response
  if command -v curl > /dev/null 2>&1; then
    response="$(curl -fsS --max-time 2 "http://127.0.0.1:$port/actuator/health" 2> /dev/null)" || return 1
    [[ "$response" == *'"status":"UP"'* ]]
  else
    response="$(
      exec 2> /dev/null
      exec 3<> "/dev/tcp/127.0.0.1/$port" || exit 1
      printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
      while IFS= read -r -t 2 line <&3 || [[ -n "$line" ]]; do
        printf '%s\n' "$line"
        line=""
      done
    )" || return 1
    [[ "$(printf '%s' "$response" | head -n 1)" == *" 200"* && "$response" == *'"status":"UP"'* ]]
  fi
}

# ---------------------------------------------------------------------------------------------
# Benchmarks (scripts/bench-*.sh): the run's folder, the processes it starts (watched while it
# measures, stopped newest first), its broker, and the results table. The scripts set
# BENCH_NAME (the run folder's prefix) and KEEP (1 with --keep).

BENCH_MODULE="benchmarks"
BENCH_BROKER_HEAP=512m
RUN_DIR=""
BENCH_NAMES=()
BENCH_PIDS=()
BENCH_TOOL_PID=""
BENCH_CLEANING=0

# The class path of the benchmark programs (the benchmarks module and its dependencies).
bench_classpath() { printf '%s' "$(plain_jar "$BENCH_MODULE"):$PLAYGROUND_ROOT/$BENCH_MODULE/target/lib/*"; }

# Creates the run's folder, PLAYGROUND_HOME/bench/<BENCH_NAME>-<time>-<pid> (default home:
# .playground in the repository), with a logs folder. Sets BENCH_ROOT, RUN_DIR and LOG_DIR.
init_bench_run() {
  local home="${PLAYGROUND_HOME:-$PLAYGROUND_ROOT/.playground}"
  mkdir -p "$home/bench"
  BENCH_ROOT="$(cd "$home/bench" && pwd)"
  RUN_DIR="$BENCH_ROOT/$BENCH_NAME-$(date -u +%Y%m%d-%H%M%S)-$$"
  mkdir "$RUN_DIR"
  LOG_DIR="$RUN_DIR/logs"
  mkdir "$LOG_DIR"
}

# Starts a process of the run in the background, output to logs/<name>.log: bench_start NAME
# COMMAND... Sets BENCH_PID.
bench_start() {
  local name="$1"
  shift
  "$@" > "$(log_file "$name")" 2>&1 &
  BENCH_PID=$!
  BENCH_NAMES+=("$name")
  BENCH_PIDS+=("$BENCH_PID")
}

# Fails the run if a process it started has exited.
bench_check_alive() {
  local i status
  for ((i = 0; i < ${#BENCH_PIDS[@]}; i++)); do
    [[ -n "${BENCH_PIDS[$i]}" ]] || continue
    if ! kill -0 "${BENCH_PIDS[$i]}" 2> /dev/null; then
      wait "${BENCH_PIDS[$i]}" 2> /dev/null && status=0 || status=$?
      BENCH_PIDS[i]=""
      fail "the ${BENCH_NAMES[$i]} exited (status $status)" "$(log_file "${BENCH_NAMES[$i]}")"
    fi
  done
}

# Runs a tool to its end (stdout to $1, stderr to $2) while watching the run's processes, so that
# a crash ends the run at once. Returns the tool's status.
bench_run_tool() {
  local out="$1" err="$2" status
  shift 2
  "$@" > "$out" 2> "$err" &
  BENCH_TOOL_PID=$!
  while kill -0 "$BENCH_TOOL_PID" 2> /dev/null; do
    bench_check_alive
    sleep 0.2
  done
  wait "$BENCH_TOOL_PID" && status=0 || status=$?
  BENCH_TOOL_PID=""
  return "$status"
}

# Waits until the service NAME (a process of the run) answers healthy on PORT, at most TIMEOUT s.
bench_await_healthy() {
  local name="$1" port="$2" timeout="$3" start
  start="$(now_micros)"
  until is_healthy "$port"; do
    bench_check_alive
    (($(now_micros) - start < timeout * 1000000)) ||
      fail "the $name is not healthy after $timeout s (set PLAYGROUND_START_TIMEOUT to wait longer)" "$(log_file "$name")"
    sleep 0.5
  done
}

# Starts the run's own broker (KAFKA_PORT, CONTROLLER_PORT, data in RUN_DIR/kafka) and creates
# the playground's topics. Sets BOOTSTRAP_SERVERS.
bench_start_broker() {
  local step="$1" start log
  BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT"
  log="$(log_file create-topics)"
  say "$step Starting the benchmark's Kafka broker on $BOOTSTRAP_SERVERS (data: $(display_path "$RUN_DIR/kafka"))..."
  start="$(now_micros)"
  bench_start kafka "$JAVA_CMD" "-Xmx$BENCH_BROKER_HEAP" -cp "$(local_kafka_classpath)" \
    dev.kafkaplayground.localkafka.LocalKafkaBroker --data-dir "$RUN_DIR/kafka" --port "$KAFKA_PORT" \
    --controller-port "$CONTROLLER_PORT"
  # the topic set-up waits until the broker answers
  bench_run_tool "$log" "$log.err" "$PLAYGROUND_ROOT/scripts/create-topics.sh" \
    --bootstrap-server "$BOOTSTRAP_SERVERS" --timeout 120s || fail "creating the topics failed" "$log.err"
  say "      $OK_MARK Kafka ready on $BOOTSTRAP_SERVERS with the playground's topics ($(elapsed_since "$start"))"
}

# The EXIT trap of a benchmark: stops what the run started (the tool, then the processes newest
# first) and removes the run's folder, unless --keep; after a failure only the logs stay.
bench_clean_up() {
  local status=$? i
  ((BENCH_CLEANING == 0)) || return 0
  BENCH_CLEANING=1
  trap '' INT TERM HUP
  if [[ -n "$BENCH_TOOL_PID" ]] || ((${#BENCH_PIDS[@]} > 0)); then
    say ""
    say "Stopping what the benchmark started..."
  fi
  [[ -z "$BENCH_TOOL_PID" ]] || stop_processes 5 "$BENCH_TOOL_PID"
  for ((i = ${#BENCH_PIDS[@]} - 1; i >= 0; i--)); do
    [[ -n "${BENCH_PIDS[$i]}" ]] || continue
    stop_processes 30 "${BENCH_PIDS[$i]}"
    say "      $OK_MARK ${BENCH_NAMES[$i]} stopped"
  done
  if [[ -n "$RUN_DIR" && -d "$RUN_DIR" ]]; then
    if ((${KEEP:-0})); then
      say "Benchmark folder kept (--keep): $(display_path "$RUN_DIR")"
    elif ((status != 0 && status != 130)); then
      # broker data and state are large and useless now; the logs say what went wrong
      find "$RUN_DIR" -mindepth 1 -maxdepth 1 ! -name logs -exec rm -rf {} +
      warn "Logs kept in $(display_path "$LOG_DIR")/"
    else
      rm -rf "$RUN_DIR"
      rmdir "$BENCH_ROOT" 2> /dev/null || true
    fi
  fi
  exit "$status"
}

# Raises the soft limit of open files towards the hard one if it is below $1, and fails clearly
# if it cannot reach it ($2 says what needs them).
require_open_files() {
  local needed="$1" what="$2" soft hard
  soft="$(ulimit -n)"
  [[ "$soft" == unlimited ]] && return 0
  if ((soft < needed)); then
    hard="$(ulimit -Hn)"
    if [[ "$hard" == unlimited ]] || ((hard >= needed)); then
      ulimit -n "$needed" 2> /dev/null || true
    fi
    soft="$(ulimit -n)"
    ((soft >= needed)) || die "$what needs $needed open files per process but 'ulimit -n' allows $soft (hard limit ${hard}). Raise it (e.g. 'ulimit -n $needed' as allowed by your system) or ask for fewer."
  fi
}

# The number of this machine's cores.
cores() {
  getconf _NPROCESSORS_ONLN 2> /dev/null || nproc 2> /dev/null || sysctl -n hw.ncpu 2> /dev/null || printf '?'
}

# The load average over the last minute, as uptime shows it.
load_average() {
  uptime | sed -n 's/.*load averages*: *\([0-9.,]*\).*/\1/p' | tr -d ','
}

# "target met" or "below target" ($1: "ge" or "le" the target $3, for the value $2)
verdict() {
  if awk -v x="$2" -v t="$3" -v op="$1" 'BEGIN { exit !((op == "ge") ? x >= t : x <= t) }'; then
    printf 'target met'
  else
    printf 'below target'
  fi
}

# One line of a results table: what, figure, remarks.
result_row() { printf '  %-28s %18s   %s\n' "$1" "$2" "$3"; }

# The value of a result line NAME=VALUE a benchmark program printed (the last one), or nothing.
result_value() { sed -n "s/^$1=//p" "$2" | tail -n 1; }

# Checks Java, picks the broker's ports (KAFKA_PORT if set, else a free one), installs the EXIT
# trap and creates the run's folder. Sets JAVA_CMD, JAVA_VERSION, KAFKA_PORT and CONTROLLER_PORT.
bench_prepare() {
  require_java
  JAVA_VERSION="$("$JAVA_CMD" -version 2>&1 | head -n 1)"
  if [[ -n "$KAFKA_PORT" ]]; then
    ! port_in_use "$KAFKA_PORT" || die "Port $KAFKA_PORT (--kafka-port) is already in use. Leave the option out to use a free port."
  else
    KAFKA_PORT="$(free_port)"
  fi
  CONTROLLER_PORT="$(free_port "$KAFKA_PORT")"
  trap bench_clean_up EXIT
  trap 'exit 130' INT TERM HUP
  init_bench_run
}

# Builds those of the modules that are stale, reporting under a step label such as "[2/5]".
bench_build() {
  local step="$1" stale module modules=()
  shift
  stale="$(stale_modules "$@")"
  if [[ -z "$stale" ]]; then
    say "$step Build is up to date"
    return 0
  fi
  for module in $stale; do modules+=("$module"); done
  build_modules "$step" "${modules[@]}"
}
