/**
 * The container deployment ({@code docker-compose.yml}, {@code Dockerfile},
 * {@code deploy/}) checked against the local run, the services' configuration and the
 * topic set-up, without a container engine.
 */
package dev.kafkaplayground.deploy;
