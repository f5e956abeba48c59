/**
 * The generator's REST API on port 8081: status and live control, JSON in and out, errors
 * as RFC 9457 problem details naming the field.
 */
package dev.kafkaplayground.generator.api;
