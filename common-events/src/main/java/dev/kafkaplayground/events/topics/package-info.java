/**
 * Topic names, their definitions and the dead-letter headers: the parts of the contract
 * that other programs address by name.
 */
package dev.kafkaplayground.events.topics;
