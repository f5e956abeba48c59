/**
 * The exactly-once check: the analytics processor's final windows on
 * {@code analytics.metrics} against the generator's ground truth on
 * {@code generator.truth}, minute by minute. {@link ExactlyOnceComparison} holds the
 * rules (plain code, unit-tested), {@link FinalRecordsReader} reads the two topics and
 * {@link VerifyExactlyOnce} is the command behind {@code scripts/verify-exactly-once.sh}.
 * Documented in {@code docs/exactly-once.md}.
 */
package dev.kafkaplayground.tools.exactlyonce;
