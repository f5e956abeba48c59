#!/usr/bin/env bash
# Creates the playground's topics on a Kafka broker: waits until the broker answers, creates the
# missing topics in one request and reports every topic. Safe to run again.
#
#   scripts/create-topics.sh [--bootstrap-server HOST:PORT] [--partitions N]
#                            [--replication-factor N] [--timeout 60s] [--help]
#
# Builds the local-kafka module first if its jar is missing or older than its sources.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

ensure_local_kafka

exec "$JAVA_CMD" -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$(local_kafka_classpath)" \
  dev.kafkaplayground.localkafka.TopicSetup "$@"
