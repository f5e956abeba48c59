/**
 * Window aggregation: every accepted event becomes a small
 * {@link dev.kafkaplayground.processor.figures.Tally} delta, all deltas meet in one task
 * behind a named repartition topic, and one processor keeps the open 1-minute event-time
 * windows in a named store, publishing update records while a window is open and exactly
 * one final record when stream time passes its end plus grace.
 */
package dev.kafkaplayground.processor.window;
