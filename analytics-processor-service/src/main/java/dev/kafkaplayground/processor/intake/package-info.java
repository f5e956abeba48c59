/**
 * Intake of the five store topics: every record is read as raw bytes and checked against
 * the contract before anything stateful sees it. Accepted events continue, stamped with
 * their event time; rejected records go to the dead-letter topic with their original key
 * and bytes and the reason and origin in headers, and processing goes on.
 */
package dev.kafkaplayground.processor.intake;
