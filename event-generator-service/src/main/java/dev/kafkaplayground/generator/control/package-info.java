/**
 * Live control of the generator: switching scenario, rate, clock and fault knobs while it
 * runs, and its status, for the REST API and the meters.
 */
package dev.kafkaplayground.generator.control;
