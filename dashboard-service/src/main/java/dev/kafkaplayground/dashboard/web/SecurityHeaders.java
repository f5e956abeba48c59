package dev.kafkaplayground.dashboard.web;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Security headers on every response. The page is served from this origin only, with no
 * inline scripts, styles or handlers, so its Content-Security-Policy allows nothing else:
 * even a title that slipped into the page as HTML could neither run a script nor load an
 * image from elsewhere.
 */
@Component
class SecurityHeaders implements WebFilter {

	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "connect-src 'self'", "font-src 'self'", "object-src 'none'",
			"base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'");

	static final String REFERRER_POLICY = "no-referrer";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		HttpHeaders headers = exchange.getResponse().getHeaders();
		headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("Referrer-Policy", REFERRER_POLICY);
		return chain.filter(exchange);
	}

}
