/**
 * Figures the benchmark programs compute from their samples: delay percentiles.
 */
package dev.kafkaplayground.benchmarks.stats;
