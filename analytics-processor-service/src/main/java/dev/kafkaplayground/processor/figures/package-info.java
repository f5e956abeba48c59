/**
 * The figures that travel from the sessions to the windows: a {@link Tally} of additive
 * sections, one event's delta or a window's running total. Between the stages rather than
 * in either, so that neither imports the other.
 */
package dev.kafkaplayground.processor.figures;
