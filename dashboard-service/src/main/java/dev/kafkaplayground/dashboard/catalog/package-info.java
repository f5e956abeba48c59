/**
 * The store's game catalog for the page and for {@code curl}: {@code /api/catalog}.
 */
package dev.kafkaplayground.dashboard.catalog;
