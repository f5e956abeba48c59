#!/usr/bin/env bash
# Checks exactly-once on the running playground: compares, minute by minute, the analytics
# processor's final windows (analytics.metrics) with what the generator really produced
# (generator.truth) and prints a computed-vs-truth table. Builds the tool if it is missing or
# stale. See --help and docs/exactly-once.md.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

TOOLS_MODULE="playground-tools"
DEFAULT_BOOTSTRAP_SERVER="localhost:9092"

usage() {
  cat << 'EOF_USAGE'
Usage: scripts/verify-exactly-once.sh [options]

Reads generator.truth and analytics.metrics (read-committed, final records only) from the
running playground and prints, for every minute that has both the generator's final ground
truth and the processor's final window: events, revenue and orders (truth and computed),
whether funnel and per-game figures are equal, the events sent late and those the processor
dropped as late, and a verdict:

  OK                        every figure equals the ground truth
  explained by late drops   fewer events than produced, no more than were sent late
  DIFFERENT                 a difference late drops do not explain

Minutes whose window has not closed yet are listed as pending. Try it after a kill -9 of a
processor instance: see docs/exactly-once.md.

Options:
  --bootstrap-server HOST:PORT  the Kafka broker (default localhost:9092)
  --minutes N                   compare only the last N closed minutes (default: all)
  --help                        show this help

Exit status: 0 when every compared minute is OK or explained by late drops, 1 when a
difference is not explained, 3 when there is nothing to compare yet or the topics cannot be
read.
EOF_USAGE
}

BOOTSTRAP_SERVER="$DEFAULT_BOOTSTRAP_SERVER"
MINUTES=""
CALLER_DIR="$PWD"

while (($# > 0)); do
  case "$1" in
    --bootstrap-server)
      BOOTSTRAP_SERVER="$(option_value "$@")"
      shift
      ;;
    --bootstrap-server=*) BOOTSTRAP_SERVER="${1#*=}" ;;
    --minutes)
      MINUTES="$(option_value "$@")"
      shift
      ;;
    --minutes=*) MINUTES="${1#*=}" ;;
    -h | --help)
      usage
      exit 0
      ;;
    *) die "Unknown option '$1'. Run scripts/verify-exactly-once.sh --help to see the options." ;;
  esac
  shift
done

[[ -n "$BOOTSTRAP_SERVER" ]] || die "Option '--bootstrap-server' needs a HOST:PORT."
tool_args=(--bootstrap-server "$BOOTSTRAP_SERVER")
if [[ -n "$MINUTES" ]]; then
  MINUTES="$(whole_number "Option '--minutes'" "$MINUTES" 1 100000)"
  tool_args+=(--minutes "$MINUTES")
fi

if module_is_stale "$TOOLS_MODULE"; then
  build_modules "[1/2]" "$TOOLS_MODULE"
else
  require_java
  say "[1/2] $TOOLS_MODULE is up to date"
fi
say "[2/2] Comparing analytics.metrics with generator.truth on $BOOTSTRAP_SERVER..."
say ""
exec "$JAVA_CMD" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$(exec_jar "$TOOLS_MODULE")" "${tool_args[@]}"
