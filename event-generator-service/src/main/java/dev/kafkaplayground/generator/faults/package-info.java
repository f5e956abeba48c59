/**
 * Faults on purpose: poison pills, records that break the event contract in one named way
 * each, to be sent now and then in place of a valid event so that readers can show they
 * reject them and carry on.
 */
package dev.kafkaplayground.generator.faults;
