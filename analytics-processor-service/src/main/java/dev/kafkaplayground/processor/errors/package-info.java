/**
 * How the processor treats failures of its own code: skip the record, log and count.
 */
package dev.kafkaplayground.processor.errors;
