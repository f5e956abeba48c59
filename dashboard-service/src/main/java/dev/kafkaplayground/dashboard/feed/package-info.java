/**
 * What every topic the dashboard reads has in common: a listener that rebuilds recent
 * history by seeking back in time on start, a bounded history of recent records keyed by
 * time, and one shared feed of its changes.
 */
package dev.kafkaplayground.dashboard.feed;
