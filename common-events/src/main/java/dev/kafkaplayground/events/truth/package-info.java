/**
 * The generator's ground truth: what was really produced, minute by minute, so that the
 * processor's and the dashboard's figures can be checked against it.
 */
package dev.kafkaplayground.events.truth;
