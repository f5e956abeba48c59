/**
 * The {@code group-member} lab: consumer groups share a topic's partitions.
 * {@link GroupMember} joins a group, prints its assignment at every rebalance and what it
 * reads per partition, so that a learner who starts a second and a third member, then
 * stops one, sees the partitions move between them.
 */
package dev.kafkaplayground.labs.group;
