/**
 * What every response of the dashboard shares: JSON written with the contract's mapper,
 * and the security headers (Content-Security-Policy and friends).
 */
package dev.kafkaplayground.dashboard.web;
