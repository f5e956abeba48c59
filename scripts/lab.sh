#!/usr/bin/env bash
# Runs one of the lab programs (module labs) against the playground's broker, localhost:9092
# unless told otherwise. Builds labs/target/labs.jar if it is missing or stale.
#
#   scripts/lab.sh NAME [options]
#   scripts/lab.sh keyed-producer --keys session-a,session-b --acks 1
#   scripts/lab.sh group-member --group lab-members --from-beginning
#   scripts/lab.sh revenue-per-minute
#   scripts/lab.sh fulfil-orders --worker w1 --fail-fraction 0.2 --poison-every 50
#
# "scripts/lab.sh --help" lists the programs; "scripts/lab.sh NAME --help" shows a program's options.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

LABS_MODULE="labs"
LABS_JAR="$PLAYGROUND_ROOT/$LABS_MODULE/target/$LABS_MODULE.jar"

if [[ ! -f "$LABS_JAR" ]] || jar_is_older_than_sources "$LABS_JAR" "$LABS_MODULE"; then
  # on stderr: what a program prints on stdout is the lab's output
  build_modules "[lab.sh]" "$LABS_MODULE" >&2
else
  require_java
fi

exec "$JAVA_CMD" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$LABS_JAR" "$@"
