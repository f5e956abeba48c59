package dev.kafkaplayground.generator.api;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the REST API ({@code playground.generator.api.*}).
 *
 * @param allowedOrigins web origins whose pages may call the API (the dashboard)
 */
@ConfigurationProperties("playground.generator.api")
record ApiProperties(@DefaultValue( {
		"http://localhost:8000", "http://127.0.0.1:8000" }) List<String> allowedOrigins){

}
