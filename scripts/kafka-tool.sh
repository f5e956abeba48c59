#!/usr/bin/env bash
# Runs one of Apache Kafka's own command-line tools from the local-kafka class path (the Maven
# jars: no Kafka download needed), against localhost:9092 unless told otherwise.
#
#   scripts/kafka-tool.sh TOOL [tool options]
#   scripts/kafka-tool.sh consumer-groups --describe --group analytics-processor
#   scripts/kafka-tool.sh console-consumer --topic analytics.metrics --from-beginning \
#     --consumer-property isolation.level=read_committed
#
# Run without arguments for the list of tools; "TOOL --help" shows a tool's own options.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

DEFAULT_BOOTSTRAP_SERVER="localhost:9092"

usage() {
  cat << 'EOF_USAGE'
Usage: scripts/kafka-tool.sh TOOL [tool options]

Runs Apache Kafka's own tool TOOL (the same as Kafka's bin/kafka-TOOL.sh). Tools that talk to a
broker get --bootstrap-server localhost:9092 unless you pass --bootstrap-server yourself.

Tools:
  topics               list, describe, create and delete topics
  consumer-groups      list and describe consumer groups, their members, offsets and lag
  streams-groups       Kafka Streams groups (new protocol)
  streams-application-reset
                       reset a Kafka Streams application to reprocess its input: input
                       offsets to a time or the start, its internal topics deleted (stop
                       every instance first, and delete their local state)
  groups               every kind of group
  console-consumer     print the records of a topic
  console-producer     send lines as records
  get-offsets          earliest and latest offsets of partitions
  configs              show or change topic and broker configuration
  transactions         list and describe transactions
  delete-records       delete records up to an offset
  log-dirs             partition sizes on disk
  metadata-quorum      the KRaft controller quorum
  broker-api-versions  the API versions the broker supports
  producer-perf-test   measure producer throughput (pass --producer-props bootstrap.servers=...)
  consumer-perf-test   measure consumer throughput
  dump-log             print the contents of log segment files (offline)

Examples:
  scripts/kafka-tool.sh topics --list
  scripts/kafka-tool.sh consumer-groups --describe --group analytics-processor
  scripts/kafka-tool.sh console-consumer --topic analytics.metrics --from-beginning --max-messages 5 \
    --consumer-property isolation.level=read_committed   # the processor writes in transactions
EOF_USAGE
}

if (($# == 0)) || [[ "$1" == "--help" || "$1" == "-h" ]]; then
  usage
  exit 0
fi

tool="$1"
shift
needs_broker=1
case "$tool" in
  topics) main_class=org.apache.kafka.tools.TopicCommand ;;
  consumer-groups) main_class=org.apache.kafka.tools.consumer.group.ConsumerGroupCommand ;;
  streams-groups) main_class=org.apache.kafka.tools.streams.StreamsGroupCommand ;;
  streams-application-reset) main_class=org.apache.kafka.tools.StreamsResetter ;;
  groups) main_class=org.apache.kafka.tools.GroupsCommand ;;
  console-consumer) main_class=org.apache.kafka.tools.consumer.ConsoleConsumer ;;
  console-producer) main_class=org.apache.kafka.tools.ConsoleProducer ;;
  get-offsets) main_class=org.apache.kafka.tools.GetOffsetShell ;;
  configs) main_class=kafka.admin.ConfigCommand ;;
  transactions) main_class=org.apache.kafka.tools.TransactionsCommand ;;
  delete-records) main_class=org.apache.kafka.tools.DeleteRecordsCommand ;;
  log-dirs) main_class=org.apache.kafka.tools.LogDirsCommand ;;
  metadata-quorum) main_class=org.apache.kafka.tools.MetadataQuorumCommand ;;
  broker-api-versions) main_class=org.apache.kafka.tools.BrokerApiVersionsCommand ;;
  producer-perf-test)
    main_class=org.apache.kafka.tools.ProducerPerformance
    needs_broker=0
    ;;
  consumer-perf-test) main_class=org.apache.kafka.tools.ConsumerPerformance ;;
  dump-log)
    main_class=kafka.tools.DumpLogSegments
    needs_broker=0
    ;;
  *) die "Unknown tool '$tool'. Run scripts/kafka-tool.sh --help to see the tools." ;;
esac

args=("$@")
if ((needs_broker)); then
  has_bootstrap=0
  for arg in "$@"; do
    case "$arg" in
      --bootstrap-server | --bootstrap-server=* | --bootstrap-controller | --bootstrap-controller=* | --help) has_bootstrap=1 ;;
    esac
  done
  ((has_bootstrap)) || args=(--bootstrap-server "$DEFAULT_BOOTSTRAP_SERVER" "$@")
fi

ensure_local_kafka

exec "$JAVA_CMD" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$(local_kafka_classpath)" \
  "$main_class" ${args[@]+"${args[@]}"}
