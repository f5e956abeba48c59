package dev.kafkaplayground.generator.api;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.CorsRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/** Lets the dashboard's page (another origin, port 8000) call the API. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class CorsConfiguration implements WebFluxConfigurer {

	private final ApiProperties properties;

	CorsConfiguration(ApiProperties properties) {
		this.properties = properties;
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/**")
			.allowedOrigins(this.properties.allowedOrigins().toArray(String[]::new))
			.allowedMethods("GET", "PUT", "POST")
			.allowedHeaders("Content-Type");
	}

}
