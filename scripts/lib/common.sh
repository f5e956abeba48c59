# shellcheck shell=bash
# Shared by the scripts in scripts/: repository paths, the JDK check, output helpers and the
# local-kafka class path. Source it; it defines functions and variables and runs nothing else.
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

# Whether local-kafka's jar is missing or older than its sources, its pom, the root pom or the
# shared contract (common-events).
local_kafka_is_stale() {
  local_kafka_is_built || return 0
  local newer
  newer="$(find "$PLAYGROUND_ROOT/local-kafka/src" "$PLAYGROUND_ROOT/local-kafka/pom.xml" "$PLAYGROUND_ROOT/pom.xml" \
    "$PLAYGROUND_ROOT/common-events/src" "$PLAYGROUND_ROOT/common-events/pom.xml" \
    -newer "$LOCAL_KAFKA_JAR" -type f 2> /dev/null | head -n 1)" || true
  [[ -n "$newer" ]]
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
