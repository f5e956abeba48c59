/**
 * What the dashboard's JSON endpoints share: responses written with the contract's
 * mapper.
 */
package dev.kafkaplayground.dashboard.web;
