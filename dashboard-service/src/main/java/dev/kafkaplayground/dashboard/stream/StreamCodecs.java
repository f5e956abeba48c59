package dev.kafkaplayground.dashboard.stream;

import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds the writer of {@link SseFrame}s to the codecs WebFlux writes responses with. */
@Configuration(proxyBeanMethods = false)
class StreamCodecs {

	@Bean
	CodecCustomizer sseFrameWriter() {
		return (configurer) -> configurer.customCodecs().register(new SseFrameWriter());
	}

}
