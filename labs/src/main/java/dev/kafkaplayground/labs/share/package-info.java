/**
 * The {@code fulfil-orders} lab: share groups (KIP-932), Kafka as a queue.
 * {@link FulfilOrders} runs one order-fulfilment worker of a share group: the broker
 * hands out single records rather than whole partitions, so that more workers than
 * partitions all get work, and each delivery is acknowledged on its own (accepted,
 * released for another attempt, or rejected), so that a learner sees failed orders come
 * back with a higher delivery count and poison orders given up on.
 */
package dev.kafkaplayground.labs.share;
