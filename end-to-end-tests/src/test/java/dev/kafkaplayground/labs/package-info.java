/**
 * The guided labs of {@code docs/labs/}, run step by step against a real playground, so
 * that what a lab tells a learner to type and what it says they will see cannot rot.
 */
package dev.kafkaplayground.labs;
